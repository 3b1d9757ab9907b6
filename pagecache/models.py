from django.db import models


class ContentVersion(models.Model):
    """One row: a counter bumped in the same transaction as every change readers can see.

    Cache keys and validators (page cache, API ETags) hold ``version``, so a change makes every
    older entry unreachable at the moment it commits. ``changed_at`` is the ``Last-Modified``.
    """

    version = models.BigIntegerField(default=1)
    changed_at = models.DateTimeField()

    def __str__(self):
        return f"content version {self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
