"""The frame every release import shares: checksum, one transaction, the freshness signal."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from wagtail.log_actions import log

from occupations.importers.tabular import sha256_of
from occupations.models import Occupation, Release
from occupations.signals import official_figures_moved


@dataclass
class ImportResult:
    release: Release
    created: bool
    rows_stored: int = 0
    rows_read: int = 0
    changes: list = field(default_factory=list)


def import_release(
    path: Path,
    *,
    kind: str,
    name: str,
    source_url: str,
    write_rows: Callable[[Release], tuple[int, int]],
    find_changes: Callable[[Release], list],
    **release_fields,
) -> ImportResult:
    """Create the release and its rows in one transaction, or change nothing.

    A file whose checksum was already imported for this kind returns that
    release untouched. ``write_rows`` raises ``ImportFileError`` on a bad row,
    which rolls everything back.
    """
    path = Path(path)
    checksum = sha256_of(path)
    existing = Release.objects.filter(kind=kind, checksum=checksum).first()
    if existing is not None:
        return ImportResult(release=existing, created=False)
    with transaction.atomic():
        release = Release.objects.create(
            kind=kind, name=name, source_url=source_url, checksum=checksum, file_name=path.name, **release_fields
        )
        rows_read, rows_stored = write_rows(release)
        log(instance=release, action="wagtail.create")  # new figures: cached API answers start afresh
        changes = find_changes(release)
        if changes:
            official_figures_moved.send(sender=Release, release=release, changes=changes)
    return ImportResult(release=release, created=True, rows_read=rows_read, rows_stored=rows_stored, changes=changes)


def occupation_for(code: str, title: str, known: dict[str, int], create_missing: bool) -> int | None:
    """The id of the occupation with ``code``: known ones, or a new one when ``create_missing``."""
    if code in known:
        return known[code]
    if not create_missing:
        return None
    occupation, _ = Occupation.objects.get_or_create(code=code, defaults={"title": title[:255] or code})
    known[code] = occupation.pk
    return occupation.pk
