"""Every change readers can see bumps the content version, in the change's own transaction.

Wagtail's audit log covers what editors do in the admin and through Wagtail's actions (publish,
unpublish, delete, move, copy, privacy, snippet edits and publishes, the review mark); direct
handlers cover what code does without a log entry. Bumping twice for one change is harmless.
The list and its reasons are in docs/performance.md ("Caching and invalidation").
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import DraftStateMixin, ModelLogEntry, Page, PageLogEntry, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, published, unpublished

from pagecache import purge
from pagecache.version import bump

#: Audit-log actions that change nothing a reader can see.
INVISIBLE_ACTIONS = {
    "wagtail.lock",
    "wagtail.unlock",
    "wagtail.moderation.approve",
    "wagtail.moderation.reject",
    "wagtail.publish.schedule",
    "wagtail.schedule.cancel",
    "wagtail.apitoken.create",
    "wagtail.apitoken.revoke",
}
INVISIBLE_PREFIXES = ("wagtail.comments.", "wagtail.workflow.")
#: Actions that only write a draft when the object has a draft state (pages, Course, Certification);
#: on other models (Company, Source, RoleFamily, images...) the same actions change live data.
DRAFT_ACTIONS = {"wagtail.create", "wagtail.edit", "wagtail.revert"}

#: Snippets without a draft state: every save or delete is live.
LIVE_SNIPPETS = ("roles.Company", "roles.Source", "roles.RoleFamily")
#: Snippets with a draft state: deleted in code without a log entry.
DRAFT_SNIPPETS = ("courses.Course", "courses.Certification")


def changes_what_readers_see(action: str, model) -> bool:
    if action in INVISIBLE_ACTIONS or action.startswith(INVISIBLE_PREFIXES):
        return False
    has_drafts = model is not None and issubclass(model, DraftStateMixin)
    return not (has_drafts and action in DRAFT_ACTIONS)


def on_page_log(sender, instance, created, raw=False, **kwargs):
    if created and not raw and changes_what_readers_see(instance.action, Page):
        bump()
        purge.after_commit(instance.page_id and _page_or_none(instance.page_id))


def on_model_log(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
    if changes_what_readers_see(instance.action, model):
        bump()
        purge.after_commit(_object_or_none(model, instance.object_id))


def on_change(sender, instance=None, raw=False, **kwargs):
    if not raw:
        bump()
        purge.after_commit(instance)


def on_restriction_change(sender, instance, raw=False, **kwargs):
    if not raw:
        bump()
        purge.after_commit(_page_or_none(instance.page_id))


def on_any_save(sender, instance, created, raw=False, **kwargs):
    """Site and generic settings (footer text, review periods...) appear on many pages. Wagtail
    creates the row with its defaults on first read, which changes nothing; later saves do."""
    if not raw and not created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        bump()
        purge.after_commit(None)


def on_migrate(sender, **kwargs):
    """A deploy that migrates may change templates too: start afresh."""
    if sender.name == "pagecache":
        bump()


def connect():
    for log_model, handler in ((PageLogEntry, on_page_log), (ModelLogEntry, on_model_log)):
        post_save.connect(handler, sender=log_model, dispatch_uid=f"pagecache-{log_model.__name__}")
    page_published.connect(on_change, dispatch_uid="pagecache-page-published")
    page_unpublished.connect(on_change, dispatch_uid="pagecache-page-unpublished")
    published.connect(on_change, dispatch_uid="pagecache-published")
    unpublished.connect(on_change, dispatch_uid="pagecache-unpublished")
    post_delete.connect(on_change, sender=Page, dispatch_uid="pagecache-page-deleted")
    for event, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(on_restriction_change, sender=PageViewRestriction, dispatch_uid=f"pagecache-restriction-{event}")
        # Sites name every page (the header) and root its routing; code changes them without a log entry.
        signal.connect(on_change, sender=Site, dispatch_uid=f"pagecache-site-{event}")
        for label in LIVE_SNIPPETS:
            signal.connect(on_change, sender=label, dispatch_uid=f"pagecache-{label}-{event}")
    for label in DRAFT_SNIPPETS:
        post_delete.connect(on_change, sender=label, dispatch_uid=f"pagecache-{label}-deleted")
    post_save.connect(on_any_save, dispatch_uid="pagecache-settings")
    post_migrate.connect(on_migrate, dispatch_uid="pagecache-migrate")


def _page_or_none(page_id):
    return Page.objects.filter(pk=page_id).first() if page_id and purge.enabled() else None


def _object_or_none(model, object_id):
    if model is None or not purge.enabled():
        return None
    return model._default_manager.filter(pk=object_id).first()
