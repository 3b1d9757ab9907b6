"""Demo packaged path, built only from what the reference guide says.

The Applied AI path runs from Software Engineer (a transition source in the
reference) to AI Engineer, with the reference's three recommended courses as
its curriculum. The reference gives no durations, so the steps have no weeks,
and no salary figure is invented: while Software Engineer has no published
median, the page says the delta cannot be computed yet.

The role guides and courses come from ``roles.demo``; when any is missing this
module creates no path and says which.
"""

from courses.models import Course
from home.demo import feature_path_on_home
from home.models import HomePage
from paths.models import CurriculumStep, PackagedPathPage, PathIndexPage, PathRole
from roles.models import RolePage

INDEX_INTRO = (
    "Bundles of roles with the curriculum sequence, the compensation delta it unlocks "
    "and the recommended courses, all in one place."
)
PATH_SLUG = "applied-ai"
PATH_TITLE = "Applied AI"
PATH_SUMMARY = (
    "For software engineers moving into AI engineering: the roles in order, the curriculum "
    "our AI Engineer guide recommends, and what the move does to pay."
)
ROLES = [
    (
        "software-engineer",
        "Where most AI Engineers start. The production engineering foundation carries over; "
        "the gap is AI-specific: token budgets, embeddings, retrieval quality and evaluation.",
    ),
    (
        "ai-engineer",
        "The role this path leads to: production AI systems built from LLMs, embedding "
        "pipelines and retrieval architectures.",
    ),
]
CURRICULUM = [
    (
        "AI Engineering Foundations",
        "DecipherU",
        "RAG pipelines, evaluation frameworks and production deployment patterns, with a cybersecurity lens.",
    ),
    (
        "Full Stack LLM Bootcamp",
        "The Full Stack",
        "LLMs in production: prompt engineering, LLMOps, user interface design for AI and security considerations.",
    ),
    (
        "Designing Machine Learning Systems",
        "Chip Huyen",
        "The reference text for the production engineering decisions of your first six months on the job.",
    ),
]


def ensure_path_index(home: HomePage) -> PathIndexPage:
    index = PathIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=PathIndexPage(title="Packaged paths", slug="paths", intro=INDEX_INTRO))
        index.save_revision().publish()
    return index


def load(stdout) -> None:
    index = ensure_path_index(HomePage.objects.get())
    stdout.write("Packaged paths index ready.")
    if PackagedPathPage.objects.child_of(index).filter(slug=PATH_SLUG).exists():
        stdout.write(f"The {PATH_TITLE} path already exists; left as it is.")
        return

    roles = {page.slug: page for page in RolePage.objects.filter(slug__in=[slug for slug, _ in ROLES])}
    courses = {(c.title, c.provider): c for c in Course.objects.filter(title__in=[t for t, _, _ in CURRICULUM])}
    missing = [f"role guide '{slug}'" for slug, _ in ROLES if slug not in roles] + [
        f"course '{title}' ({provider})" for title, provider, _ in CURRICULUM if (title, provider) not in courses
    ]
    if missing:
        stdout.write(f"Skipped the {PATH_TITLE} path: missing {', '.join(missing)} (loaded by roles.demo).")
        return

    path = PackagedPathPage(
        title=PATH_TITLE,
        slug=PATH_SLUG,
        summary=PATH_SUMMARY,
        path_roles=[
            PathRole(role=roles[slug], note=note, sort_order=position) for position, (slug, note) in enumerate(ROLES)
        ],
        curriculum_steps=[
            CurriculumStep(course=courses[(title, provider)], description=description, sort_order=position)
            for position, (title, provider, description) in enumerate(CURRICULUM)
        ],
    )
    index.add_child(instance=path)
    path.save_revision().publish()
    feature_path_on_home(path)
    stdout.write(f"Created the {PATH_TITLE} path at {path.get_url()}, featured on the home page.")
