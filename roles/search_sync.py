"""Keep the guides' search entries true when a snippet they name changes.

A guide's entry holds the names of its family, companies and sources and the titles of
its live courses and certifications (``RolePage.search_fields``). Wagtail reindexes a page
when the page is saved, not when a snippet it names changes, so an unpublished course or
a renamed company would go on finding the guide until ``update_index`` ran. These
receivers reindex the guides that name the changed snippet once the change is committed
(for a deletion, the guides are found before the links go).
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.signals import published, unpublished

from core.search_index import index_objects
from courses.models import Certification, Course
from roles.models import Company, RoleFamily, RolePage, Source

PUBLISHED_SNIPPETS = (Course, Certification)  # drafts live in revisions: only publishing changes what guides show
SAVED_SNIPPETS = (RoleFamily, Company, Source)  # every save is what readers see


def guides_naming(snippet) -> list[int]:
    if isinstance(snippet, RoleFamily):
        return list(RolePage.objects.filter(family=snippet).values_list("pk", flat=True))
    return list(RolePage.objects.filter(pk__in=snippet.role_links.values("page_id")).values_list("pk", flat=True))


def reindex_guides_naming(snippet) -> None:
    guide_ids = guides_naming(snippet)
    if guide_ids:
        transaction.on_commit(lambda: index_objects([(RolePage, guide_ids)]))


@receiver(published, dispatch_uid="roles.reindex_on_publish")
@receiver(unpublished, dispatch_uid="roles.reindex_on_unpublish")
def snippet_published_or_unpublished(sender, instance, **kwargs):
    if isinstance(instance, PUBLISHED_SNIPPETS):
        reindex_guides_naming(instance)


@receiver(post_save, dispatch_uid="roles.reindex_on_snippet_save")
def snippet_saved(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, SAVED_SNIPPETS):
        reindex_guides_naming(instance)


@receiver(pre_delete, dispatch_uid="roles.reindex_on_snippet_delete")
def snippet_deleted(sender, instance, **kwargs):
    if isinstance(instance, PUBLISHED_SNIPPETS + SAVED_SNIPPETS):
        reindex_guides_naming(instance)
