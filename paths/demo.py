"""Demo packaged paths, from the data in ``demo_data/sample_paths.json``.

Applied AI runs from Software Engineer to the reference AI Engineer guide with
the reference's three recommended courses as its curriculum; Into Detection
Engineering runs through three sample guides. Each step's weeks are Role Atlas
estimates for the demo, so the pages show a total duration, and the compensation
delta is computed from the (illustrative) medians of the published guides.

Rerun rule: a path is created when its slug is missing and never modified. The
role guides and courses come from ``roles.demo`` and ``roles.demo_catalogue``;
when any is missing the path is not created and the output says which.
"""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from wagtail.models import Page

from courses.models import Course
from paths.models import CurriculumStep, PackagedPathPage, PathCourse, PathIndexPage, PathRole
from roles.models import RolePage

PATHS_FILE = Path(__file__).parent / "demo_data" / "sample_paths.json"
INDEX_INTRO = (
    "Bundles of roles with the curriculum sequence, the compensation delta it unlocks "
    "and the recommended courses, all in one place."
)


def ensure_path_index(home: Page) -> PathIndexPage:
    index = PathIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=PathIndexPage(title="Packaged paths", slug="paths", intro=INDEX_INTRO))
        index.save_revision().publish()
    return index


def sample_paths() -> list[dict]:
    return json.loads(PATHS_FILE.read_text(encoding="utf-8"))["paths"]


def _missing_parts(spec: dict, roles: dict, courses: dict) -> list[str]:
    wanted_courses = [(c["title"], c["provider"]) for c in spec["curriculum"] + spec["recommended_courses"]]
    return [f"role guide '{r['slug']}'" for r in spec["roles"] if r["slug"] not in roles] + [
        f"course '{title}' ({provider})" for title, provider in wanted_courses if (title, provider) not in courses
    ]


def create_path(index: PathIndexPage, spec: dict, stdout) -> PackagedPathPage | None:
    roles = {page.slug: page for page in RolePage.objects.filter(slug__in=[r["slug"] for r in spec["roles"]])}
    titles = [c["title"] for c in spec["curriculum"] + spec["recommended_courses"]]
    courses = {(c.title, c.provider): c for c in Course.objects.filter(title__in=titles)}
    missing = _missing_parts(spec, roles, courses)
    if missing:
        stdout.write(f"Skipped the {spec['title']} path: missing {', '.join(missing)} (loaded by roles.demo).")
        return None
    owner = get_user_model().objects.filter(username=spec["review_owner"]).first() if spec["review_owner"] else None
    path = PackagedPathPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        review_owner=owner,
        path_roles=[
            PathRole(role=roles[role["slug"]], note=role["note"], sort_order=n) for n, role in enumerate(spec["roles"])
        ],
        curriculum_steps=[
            CurriculumStep(
                course=courses[(step["title"], step["provider"])],
                description=step["description"],
                weeks=step["weeks"],
                sort_order=n,
            )
            for n, step in enumerate(spec["curriculum"])
        ],
        recommended_courses=[
            PathCourse(course=courses[(c["title"], c["provider"])], sort_order=n)
            for n, c in enumerate(spec["recommended_courses"])
        ],
    )
    index.add_child(instance=path)
    path.save_revision().publish()
    return path


def load(stdout, home: Page) -> list[PackagedPathPage]:
    """Create the missing paths under ``home``'s path index; return the new ones, to be featured on the home page."""
    index = ensure_path_index(home)
    featured = []
    stdout.write("Packaged paths index ready.")
    for spec in sample_paths():
        if PackagedPathPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            stdout.write(f"The {spec['title']} path already exists; left as it is.")
            continue
        path = create_path(index, spec, stdout)
        if path is not None:
            featured.append(path)
            stdout.write(f"Created the {spec['title']} path at {path.get_url()}.")
    return featured
