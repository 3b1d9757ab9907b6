"""The sample catalogue: eleven illustrative role guides published beside the reference AI Engineer guide.

The guides are data, not code: ``demo_data/sample_guides.json`` is a file in the
import/export format (docs/import-export.md), published through the importer.
``demo_data/sample_catalogue.json`` adds what the format leaves out: the review
owner, the guides the home page features, and when each guide was last reviewed,
counted back from the day of the load so that every review state (fresh, due
soon, overdue, never reviewed) exists whatever the date.

Rerun rule, as for the rest of the demo: a guide is imported only when its page
is missing, or is still the untouched draft placeholder ``roles.demo`` created
for a transition source of the AI Engineer guide. Any other existing page is the
editors' and is left alone.
"""

import json
from datetime import timedelta
from pathlib import Path

from django.utils import timezone
from wagtail.models import Page

from reviews.demo import ensure_demo_editor
from roles.demo import ensure_role_index
from roles.demo_content import SOURCE_ROLES
from roles.demo_occupations import ensure_occupations
from roles.import_export.format import RoleGuide
from roles.import_export.importing import import_role_guides, parse_role_guides
from roles.models import RoleIndexPage, RolePage

DATA_DIR = Path(__file__).parent / "demo_data"
GUIDES_FILE = DATA_DIR / "sample_guides.json"
CATALOGUE_FILE = DATA_DIR / "sample_catalogue.json"
SAMPLE_SOURCE_TITLE = "Role Atlas sample data (illustrative figures)"

_PLACEHOLDER_SUMMARIES = {spec["slug"]: spec["summary"] for spec in SOURCE_ROLES}


def sample_guides() -> list[RoleGuide]:
    """The catalogue's guides, validated like any import file, with review dates set relative to today."""
    guides = parse_role_guides(GUIDES_FILE.read_bytes())
    days_ago = catalogue()["reviewed_days_ago"]
    today = timezone.localdate()
    return [
        guide.model_copy(
            update={
                "last_reviewed": None if days_ago[guide.slug] is None else today - timedelta(days=days_ago[guide.slug])
            }
        )
        for guide in guides
    ]


def catalogue() -> dict:
    return json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))


def is_untouched_placeholder(page: RolePage) -> bool:
    """A transition-source draft exactly as ``roles.demo`` left it: never published, never saved by a person."""
    return (
        not page.live
        and page.first_published_at is None
        and page.summary == _PLACEHOLDER_SUMMARIES.get(page.slug)
        and not page.revisions.exclude(user=None).exists()
        and page.revisions.count() <= 1
    )


def _prepare_pages(index: RoleIndexPage, guides: list[RoleGuide], owner) -> tuple[list[RoleGuide], list[str]]:
    """Create a draft page (owned by ``owner`` for reviews) for each missing guide; return what to import."""
    existing = {page.slug: page for page in RolePage.objects.child_of(index).filter(slug__in=[g.slug for g in guides])}
    to_import, created = [], []
    for guide in guides:
        page = existing.get(guide.slug)
        if page is None:
            index.add_child(
                instance=RolePage(
                    title=guide.title, slug=guide.slug, summary=guide.summary, live=False, review_owner=owner
                )
            )
            created.append(guide.slug)
        elif is_untouched_placeholder(page):
            page.review_owner = owner
            page.save(update_fields=["review_owner"])
        else:
            continue
        to_import.append(guide)
    return to_import, created


def load(stdout, home: Page) -> list[RolePage]:
    """Publish the missing sample guides; return the newly created ones the catalogue features on the home page."""
    index = ensure_role_index(home)
    owner = ensure_demo_editor()
    to_import, created = _prepare_pages(index, sample_guides(), owner)
    if not to_import:
        stdout.write("Sample catalogue already loaded; left as it is.")
        return []
    ensure_occupations({link.soc_code for guide in to_import for link in guide.occupations})
    import_role_guides(to_import, publish=True)
    stdout.write(
        f"Published {len(to_import)} sample role guides (illustrative figures): "
        f"{', '.join(guide.slug for guide in to_import)}."
    )
    return [RolePage.objects.get(slug=slug) for slug in catalogue()["featured_on_home"] if slug in created]
