"""Import role guides from the JSON format in ``roles.import_export.format``: validate everything, then write it all at once.

1. ``read_role_guides`` checks the file's encoding, JSON syntax and schema, parsing it guide by guide as
   it reads (a full export of any size imports again, in bounded memory apart from the validated guides).
2. ``import_role_guides`` checks references against the database (the role index page, transition
   sources), then, in one transaction, matches or creates snippets and upserts one role page per
   guide by slug, saving a new revision of each: a draft by default, published with ``publish=True``.

Any problem raises ``RoleImportError`` listing every error as ``path: message``
(``roles[0].salary_bands[2].min_usd: must be <= max_usd``), and nothing is written.
"""

import io
import json
from dataclasses import dataclass, field
from functools import partial
from typing import BinaryIO

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from modelcluster.models import get_all_child_relations
from pydantic import ValidationError
from wagtail.models import ReferenceIndex
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.search_index import defer_search_index_updates
from occupations.models import Occupation
from roles.import_export import json_stream
from roles.import_export.errors import RoleImportError
from roles.import_export.format import RoleGuide, RoleGuideFile, error_path, reject_duplicates
from roles.import_export.rich_text import sanitise_rich_text
from roles.import_export.snippets import SnippetMatcher
from roles.models import (
    LadderStep,
    RoleCertification,
    RoleCompany,
    RoleCourse,
    RoleFAQ,
    RoleIndexPage,
    RoleOccupation,
    RolePage,
    RoleSource,
    SalaryBand,
    TransitionPath,
)


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would have done)."""

    publish: bool
    dry_run: bool
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    created_snippets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_role_guides(raw: bytes) -> list[RoleGuide]:
    """Validate a whole file held in memory (see ``read_role_guides``)."""
    return read_role_guides(io.BytesIO(raw))


def read_role_guides(stream: BinaryIO) -> list[RoleGuide]:
    """Validate a file guide by guide without touching the database; ``stream`` must be seekable.

    Accepts the documented envelope ``{"roles": [...]}``, a bare list of guides or one bare guide;
    error paths always read ``roles[i]...``. The JSON is parsed as it is read (``json_stream``), so
    only the validated guides are held, not the file or its parsed tree; every guide is checked and
    every error reported.
    """
    if not json_stream.first_byte(stream):
        raise RoleImportError(["file: is empty"])
    guides: list[RoleGuide] = []
    slugs: dict[int, object] = {}
    errors: list[str] = []
    count = 0
    try:
        for part in json_stream.read_top_level(stream):
            if isinstance(part, json_stream.Scalar):
                raise RoleImportError([TOP_LEVEL_ERROR])
            if isinstance(part, json_stream.OtherKey):
                errors += _field_errors(RoleGuideFile, {part.key: part.value}, slugs, only=part.key)
                continue
            count += 1
            slugs[part.position] = part.value.get("slug") if isinstance(part.value, dict) else None
            try:
                guides.append(RoleGuide.model_validate(part.value))
            except ValidationError as error:
                errors += [_describe(detail, ("roles", part.position), slugs) for detail in error.errors()]
    except json_stream.InvalidJson:
        stream.seek(0)
        _raise_json_error(stream.read())
    except json_stream.DuplicateKey as error:
        raise RoleImportError([f"file: is not valid JSON: {error}"]) from None
    if not errors and count == 0:
        errors += _field_errors(RoleGuideFile, {"roles": []}, slugs)
    if not errors:
        try:
            reject_duplicates("RoleGuideFile", "roles", [g.slug for g in guides], "slug", key_field="slug")
        except ValidationError as error:
            errors += [_describe(detail, (), slugs) for detail in error.errors()]
    if errors:
        raise RoleImportError(errors)
    return guides


@transaction.atomic
def import_role_guides(
    guides: list[RoleGuide], *, publish: bool = False, dry_run: bool = False, user=None
) -> ImportReport:
    """Write validated guides in one transaction (rolled back at the end for a dry run). The search
    index is updated once, in bulk, for everything the import saved (``core.search_index``)."""
    with defer_search_index_updates():
        report = _import(guides, publish=publish, dry_run=dry_run, user=user)
    if dry_run:
        transaction.set_rollback(True)
    return report


def _import(guides: list[RoleGuide], *, publish: bool, dry_run: bool, user) -> ImportReport:
    report = ImportReport(publish=publish, dry_run=dry_run)
    index = RoleIndexPage.objects.first()
    if index is None:
        raise RoleImportError(["database: there is no role index page; create the Roles index page first"])
    pages = {page.slug: page for page in RolePage.objects.child_of(index).filter(slug__in=[g.slug for g in guides])}
    _refuse_locked_pages(guides, pages)
    source_slugs = _resolve_transition_sources(guides, report)
    occupation_ids = _resolve_occupations(guides)
    snippets = SnippetMatcher(guides, user=user)

    # Every save of a page and of each inline row would rebuild the page's reference index (most of
    # an import's time); it is rebuilt once per imported page instead.
    with disable_reference_index_auto_update():
        for position, guide in enumerate(guides):
            if guide.slug not in pages:
                pages[guide.slug] = _with_field_errors(position, _create_page, index, guide, user)
                report.created.append(guide.slug)
            else:
                report.updated.append(guide.slug)
        source_ids = dict(RolePage.objects.filter(slug__in=source_slugs).values_list("slug", "id"))
        source_ids.update({slug: page.id for slug, page in pages.items()})

        for position, guide in enumerate(guides):
            page = pages[guide.slug]
            _fill_page(page, guide, position, snippets, source_ids)
            page.role_occupations = [
                RoleOccupation(sort_order=n, occupation_id=occupation_ids[ref.soc_code], note=ref.note)
                for n, ref in enumerate(guide.occupations)
            ]
            _with_field_errors(position, _save_revision, page, publish, user)
    if not dry_run:
        _index_references(list(pages.values()))

    report.created_snippets = snippets.created
    report.notes += snippets.notes
    return report


#: Pages whose inline rows are read together for the reference index.
REFERENCE_CHUNK = 100


def _index_references(pages: list[RolePage]) -> None:
    """Rebuild each page's reference index from the page as saved, read with its inline rows 100 pages at a time
    (Wagtail reads each inline list of each page by itself: a dozen queries a guide)."""
    relations = [relation.get_accessor_name() for relation in get_all_child_relations(RolePage)]
    ids = [page.pk for page in pages]
    for start in range(0, len(ids), REFERENCE_CHUNK):
        for page in RolePage.objects.filter(pk__in=ids[start : start + REFERENCE_CHUNK]).prefetch_related(*relations):
            ReferenceIndex.create_or_update_for_object(page)


def import_roles_file(
    file: bytes | BinaryIO, *, publish: bool = False, dry_run: bool = False, user=None
) -> ImportReport:
    """Parse, validate and import one file, given as bytes or a seekable binary stream (see the module docstring)."""
    stream = io.BytesIO(file) if isinstance(file, bytes) else file
    return import_role_guides(read_role_guides(stream), publish=publish, dry_run=dry_run, user=user)


def _refuse_locked_pages(guides: list[RoleGuide], pages: dict[str, RolePage]) -> None:
    """A locked page is being edited by someone who asked not to be overwritten."""
    errors = [
        f'roles[{position}].slug: the page "{guide.slug}" is locked in the admin; unlock it to import over it'
        for position, guide in enumerate(guides)
        if guide.slug in pages and pages[guide.slug].locked
    ]
    if errors:
        raise RoleImportError(errors)


def _resolve_transition_sources(guides: list[RoleGuide], report: ImportReport) -> set[str]:
    """The from_role_slugs that name a role page; unknown ones fall back to from_role_name or fail."""
    wanted = {path.from_role_slug for guide in guides for path in guide.transition_paths if path.from_role_slug}
    known = set(RolePage.objects.filter(slug__in=wanted).values_list("slug", flat=True)) | {g.slug for g in guides}
    errors = []
    for position, guide in enumerate(guides):
        for number, path in enumerate(guide.transition_paths):
            if not path.from_role_slug or path.from_role_slug in known:
                continue
            where = f"roles[{position}].transition_paths[{number}].from_role_slug"
            if path.from_role_name:
                report.notes.append(
                    f'{where}: no role page has the slug "{path.from_role_slug}"; '
                    f'kept as the name "{path.from_role_name}"'
                )
            else:
                errors.append(
                    f'{where}: no role page has the slug "{path.from_role_slug}" '
                    f"(add from_role_name to keep it as a name){_role_hint(guide.slug)}"
                )
    if errors:
        raise RoleImportError(errors)
    return wanted & known


def _resolve_occupations(guides: list[RoleGuide]) -> dict[str, int]:
    """The ids of the occupations the guides link, by SOC code (one query); an unknown code is an error."""
    codes = {ref.soc_code for guide in guides for ref in guide.occupations}
    ids = dict(Occupation.objects.filter(code__in=codes).values_list("code", "id")) if codes else {}
    errors = [
        f"roles[{position}].occupations[{n}].soc_code: no occupation {ref.soc_code!r}; "
        "import the occupation list first (import_occupations)"
        for position, guide in enumerate(guides)
        for n, ref in enumerate(guide.occupations)
        if ref.soc_code not in ids
    ]
    if errors:
        raise RoleImportError(errors)
    return ids


def _create_page(index: RoleIndexPage, guide: RoleGuide, user) -> RolePage:
    """A draft page holding just enough to exist, so other guides in the file can link to it."""
    page = RolePage(title=guide.title, slug=guide.slug, summary=guide.summary, live=False, owner=user)
    page.save = partial(page.save, clean=False)  # validated whole before its first revision (_save_revision)
    index.add_child(instance=page)
    del page.save
    setattr(page, COMMENTS_RELATION_NAME, [])  # a new page has none; spares a query per revision
    return page


def _fill_page(page: RolePage, guide: RoleGuide, position: int, snippets: SnippetMatcher, source_ids: dict) -> None:
    """Copy every field of the guide onto the page in memory (child objects are not saved here)."""
    page.title = guide.title
    page.seo_title = guide.seo_title
    page.search_description = guide.search_description
    page.family = snippets.family(guide.family, f"roles[{position}].family") if guide.family else None
    page.specialty = guide.specialty
    page.summary = guide.summary
    page.tags.set(guide.skill_tags)

    page.median_salary = guide.median_salary_usd
    page.growth_outlook = guide.growth_outlook or ""
    page.ai_impact_score = guide.ai_impact_score
    page.entry_level = guide.entry_level
    page.ai_impact_outlook = sanitise_rich_text(guide.ai_impact_outlook_html, RolePage, "ai_impact_outlook")
    page.ai_impact_methodology = guide.ai_impact_methodology
    page.about = sanitise_rich_text(guide.about_html, RolePage, "about")

    page.responsibilities = [("item", text) for text in guide.responsibilities]
    page.average_week = [("slot", {"when": slot.when, "what": slot.what}) for slot in guide.average_week]
    page.required_skills = [("item", text) for text in guide.required_skills]
    page.differentiators = [("item", text) for text in guide.differentiators]

    page.salary_bands = [SalaryBand(sort_order=n, **band.model_dump()) for n, band in enumerate(guide.salary_bands)]
    page.salary_source_note = guide.salary_source_note
    page.ladder_steps = [LadderStep(sort_order=n, **step.model_dump()) for n, step in enumerate(guide.career_ladder)]
    page.transitions = [
        TransitionPath(
            sort_order=n,
            from_role_id=source_ids.get(path.from_role_slug),
            from_role_name=path.from_role_name or "",
            typical_months=path.typical_months,
            description=path.description,
            key_artifacts=[("artifact", text) for text in path.key_artifacts],
        )
        for n, path in enumerate(guide.transition_paths)
    ]

    where = f"roles[{position}]"
    page.role_courses = [
        RoleCourse(sort_order=n, course=snippets.course(ref, f"{where}.courses[{n}]"))
        for n, ref in enumerate(guide.courses)
    ]
    page.role_certifications = [
        RoleCertification(sort_order=n, certification=snippets.certification(ref, f"{where}.certifications[{n}]"))
        for n, ref in enumerate(guide.certifications)
    ]
    page.role_companies = [
        RoleCompany(sort_order=n, company=snippets.company(ref, f"{where}.companies[{n}]"))
        for n, ref in enumerate(guide.companies)
    ]
    page.faqs = [
        RoleFAQ(sort_order=n, question=entry.question, answer=sanitise_rich_text(entry.answer_html, RoleFAQ, "answer"))
        for n, entry in enumerate(guide.faq)
    ]
    page.methodology = sanitise_rich_text(guide.methodology_html, RolePage, "methodology")
    page.role_sources = [
        RoleSource(sort_order=n, source=snippets.source(ref, f"{where}.sources[{n}]"))
        for n, ref in enumerate(guide.sources)
    ]
    page.last_reviewed = guide.last_reviewed
    page.review_every_days = guide.review_every_days


FOREIGN_KEYS = [field.name for field in RolePage._meta.concrete_fields if field.many_to_one]


def _save_revision(page: RolePage, publish: bool, user) -> None:
    """Save like the page editor does: a page that is not live keeps its row in step with its draft;
    a live page only gains a revision unless it is published (publishing saves the row and its
    inline rows from the revision, so they are not saved twice)."""
    # Validated once here: Wagtail's save, save_revision and publish would each run full_clean again
    # (every field, and a query for the slug), three times a guide. Foreign keys are left out: each costs
    # an existence query, and the import sets them from rows it has just read or written.
    page.full_clean(exclude=FOREIGN_KEYS)
    if not page.live and not publish:
        page.save(clean=False)
    revision = page.save_revision(user=user, log_action=True, clean=False)
    if publish:
        # Wagtail's publish rebuilds the page from the revision's JSON, looking up every foreign key of
        # every inline row again; the page in memory is what the revision was just made from, and it
        # was validated above.
        page.save = partial(page.save, clean=False)
        revision.as_object = lambda: page
        revision.publish(user=user)


def _with_field_errors(position: int, action, *args):
    """Run ``action``, reporting model validation errors (a last line of defence) with their role's path."""
    try:
        return action(*args)
    except DjangoValidationError as error:
        details = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
        raise RoleImportError(
            [
                f"roles[{position}]{'.' + name if name else ''}: {message}"
                for name, messages in details.items()
                for message in messages
            ]
        ) from None


TOP_LEVEL_ERROR = 'file: the top level must be {"roles": [...]}, a list of role guides or one role guide'


def _raise_json_error(raw: bytes) -> None:
    """The standard library's exact message for a file ijson refused (read whole, on this error path only)."""
    try:
        json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise RoleImportError([f"file: is not UTF-8 text (bad byte at position {error.start})"]) from None
    except json.JSONDecodeError as error:
        raise RoleImportError(
            [f"file: is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"]
        ) from None
    raise RoleImportError(["file: is not valid JSON"])


def _field_errors(model, data: dict, slugs: dict, only: str | None = None) -> list[str]:
    """The envelope's own errors for ``data`` (an unknown key, a "roles" that is not a list, no roles)."""
    try:
        model.model_validate(data)
    except ValidationError as error:
        details = error.errors()
        return [_describe(d, (), slugs) for d in details if only is None or d["loc"][:1] == (only,)]
    return []


# Readable wording for pydantic's error types; others keep pydantic's message.
_MESSAGES = {"missing": "required field is missing", "extra_forbidden": "unknown field"}


def _describe(detail: dict, prefix: tuple, slugs: dict) -> str:
    """One pydantic error as ``roles[0].salary_bands[2].min_usd: must be <= max_usd (got 150000)``;
    ``prefix`` is where the validated value sits in the file, ``slugs`` the slug of each guide read so far."""
    loc = (*prefix, *detail["loc"])
    path = error_path(loc)
    message = _MESSAGES.get(detail["type"]) or detail["msg"].removeprefix("Value error, ")
    value = detail.get("input")
    if detail["type"] not in _MESSAGES and isinstance(value, str | int | float | bool):
        shown = json.dumps(value, ensure_ascii=False)
        message += f" (got {shown if len(shown) <= 60 else shown[:57] + '...'})"
    return f"{path}: {message}{_role_hint(_slug_at(loc, slugs))}"


def _slug_at(loc: tuple, slugs: dict) -> str | None:
    """The slug of the role an error is in, when the file gives one, to help find it in a long file."""
    if len(loc) < 3 or loc[0] != "roles" or not isinstance(loc[1], int) or loc[2] == "slug":
        return None
    slug = slugs.get(loc[1])
    return slug if isinstance(slug, str) and slug else None


def _role_hint(slug: str | None) -> str:
    return f' [role "{slug}"]' if slug else ""
