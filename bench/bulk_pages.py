"""Insert many Wagtail pages at once: treebeard paths computed here, one INSERT per table and batch.

Wagtail's ``add_child`` costs a dozen queries per page (tree locking, path lookup, signals, search
and reference indexing). For bench data that is the whole cost, so ``insert_children`` writes the
``wagtailcore_page`` rows with ``bulk_create``, then the specific model's own rows, then one
published revision per page, and leaves the search and reference indexes to one rebuild at the end.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail.models.pages import COMMENTS_RELATION_NAME

BATCH = 500


def insert_children(parent: Page, pages: list[Page]) -> list[Page]:
    """Save ``pages`` (unsaved instances of one specific page type) as live, published last children
    of ``parent``, each with one revision. Child relations assigned in memory (``page.faqs = [...]``)
    go into the revision but are not saved: the caller bulk-creates them once the pages have ids."""
    if not pages:
        return pages
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    page_content_type = ContentType.objects.get_for_model(Page)
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild and path
    last_child = parent.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    now = timezone.now()

    base_names = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    rows = []
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.content_type_id = content_type.id
        page.locale_id = parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        setattr(page, COMMENTS_RELATION_NAME, [])  # a new page has none; spares a query per revision
        rows.append(Page(**{name: getattr(page, name) for name in base_names}))
    Page.objects.bulk_create(rows, batch_size=BATCH)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.id

    own_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        model._base_manager._insert(pages[start : start + BATCH], fields=own_fields)

    revisions = [
        Revision(
            content_type_id=content_type.id,
            base_content_type_id=page_content_type.id,
            object_id=str(page.id),
            object_str=page.title,
            content=page.serializable_data(),
            created_at=now,
        )
        for page in pages
    ]
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailcore_page AS p SET latest_revision_id = r.id, live_revision_id = r.id"
            " FROM wagtailcore_revision AS r WHERE r.id = ANY(%s) AND p.id = r.object_id::integer",
            [[revision.id for revision in revisions]],
        )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.id
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages
