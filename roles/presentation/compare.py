"""Two or three live role guides side by side: figures, salary bands, skills, AI-impact outlook, ladders, transitions."""

from dataclasses import dataclass, field

from core.search_input import clean_query_text
from roles.models import RolePage, TransitionPath
from roles.presentation.charts import SalaryChart, SalarySeries, salary_chart

MIN_ROLES = 2
MAX_ROLES = 3


def requested_slugs(query) -> list[str]:
    """Slugs from `?roles=a,b,c` and/or repeated `?roles=a&roles=b` (the index's checkboxes), in order, deduplicated."""
    slugs = []
    for value in query.getlist("roles"):
        for slug in value.split(","):
            slug = clean_query_text(slug, max_length=255)
            if slug and slug not in slugs:
                slugs.append(slug)
    return slugs


@dataclass
class SkillComparison:
    shared: list[str]
    unique: dict[str, list[str]]  # role title -> tags only that role has


@dataclass
class Transition:
    from_role: RolePage
    to_role: RolePage
    typical_months: int


@dataclass
class Comparison:
    roles: list[RolePage]
    notices: list[str] = field(default_factory=list)
    chart: SalaryChart | None = None
    skills: SkillComparison | None = None
    transitions: list[Transition] = field(default_factory=list)

    @property
    def is_ready(self) -> bool:
        return len(self.roles) >= MIN_ROLES


def compare_skills(roles) -> SkillComparison:
    tag_sets = {role.title: {tag.name for tag in role.tags.all()} for role in roles}
    shared = set.intersection(*tag_sets.values()) if tag_sets else set()
    unique = {}
    for title, tags in tag_sets.items():
        others = set().union(*(other for other_title, other in tag_sets.items() if other_title != title))
        unique[title] = sorted(tags - others, key=str.lower)
    return SkillComparison(shared=sorted(shared, key=str.lower), unique=unique)


def transitions_between(roles) -> list[Transition]:
    """Documented moves from one compared role into another."""
    by_id = {role.pk: role for role in roles}
    paths = TransitionPath.objects.filter(page_id__in=by_id, from_role_id__in=by_id).only(
        "page_id", "from_role_id", "typical_months"
    )
    return [
        Transition(from_role=by_id[path.from_role_id], to_role=by_id[path.page_id], typical_months=path.typical_months)
        for path in paths
        if path.from_role_id != path.page_id
    ]


def build_comparison(slugs: list[str]) -> Comparison:
    notices = []
    if len(slugs) > MAX_ROLES:
        notices.append(f"You can compare up to {MAX_ROLES} roles; showing the first {MAX_ROLES}.")
        slugs = slugs[:MAX_ROLES]
    found = {
        role.slug: role
        for role in RolePage.objects.live()
        .public()
        .filter(slug__in=slugs)
        .select_related("family")
        .prefetch_related("tags", "salary_bands", "ladder_steps")
    }
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        notices.append("No published role guide for: " + ", ".join(missing) + ".")
    roles = [found[slug] for slug in slugs if slug in found]
    comparison = Comparison(roles=roles, notices=notices)
    if comparison.is_ready:
        comparison.chart = salary_chart(
            [SalarySeries(role.title, role.salary_bands.all(), role.median_salary) for role in roles]
        )
        comparison.skills = compare_skills(roles)
        comparison.transitions = transitions_between(roles)
    return comparison
