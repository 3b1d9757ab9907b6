"""Reading and bumping the site-wide content version (one row, one query either way)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.models import F
from django.utils import timezone

from pagecache.models import ContentVersion

ROW = 1
#: Raw SQL: this runs on every request that reads, where compiling the ORM query cost more than running it
#: (the page cache's front runs the same SQL through libpq: ``core.content_version_read``).
CURRENT_SQL = f"SELECT version, changed_at FROM {ContentVersion._meta.db_table} WHERE id = %s"


@dataclass(frozen=True)
class Version:
    number: int
    changed_at: datetime

    @property
    def timestamp(self) -> int:
        return int(self.changed_at.timestamp())


def bump() -> None:
    """Start a new content version. Call inside the transaction making the change: the new number
    becomes visible exactly when the change commits, and disappears with it on rollback."""
    now = timezone.now()
    if not ContentVersion.objects.filter(pk=ROW).update(version=F("version") + 1, changed_at=now):
        _create(now)


def current() -> Version:
    """The version now."""
    with connection.cursor() as cursor:
        cursor.execute(CURRENT_SQL, [ROW])
        row = cursor.fetchone()
    if row is None:  # only after a test flush or a hand-emptied table
        created = _create(timezone.now())
        row = created.version, created.changed_at
    return Version(*row)


#: WSGI environ key under which a request keeps the version it read.
ENVIRON_KEY = "pagecache.content_version"


def for_environ(environ: dict, read: Callable[[], Version] | None = None) -> Version:
    """``read()`` (``current()``, or the page cache's front's own read), once per request: the front, the API and
    its views share it."""
    if ENVIRON_KEY not in environ:
        environ[ENVIRON_KEY] = (read or current)()
    return environ[ENVIRON_KEY]


def for_request(request) -> Version:
    """``for_environ`` for a Django request."""
    return for_environ(request.environ)


def _create(now) -> ContentVersion:
    row, _ = ContentVersion.objects.get_or_create(pk=ROW, defaults={"changed_at": now})
    return row
