"""The role guides a query asks for: one definition of the filters and orderings the site (/roles/) and the
API share, under one set of parameter names (the fields of `RoleCriteria`, plus ``ordering``)."""

from dataclasses import dataclass

from django.db.models import F, Q
from django.db.models.functions import Lower

from core.visibility import ReadablePageQuerySet


@dataclass(frozen=True)
class RoleCriteria:
    """Filters on role guides; ``None`` (or empty) means 'any'. Unknown figures never match a range."""

    family: str | None = None
    """A role family's slug."""
    entry_level: bool | None = None
    growth_outlook: str | None = None
    ai_impact_min: int | None = None
    ai_impact_max: int | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    skill: str | None = None
    """A skill tag's slug or (any case) name."""
    course: int | None = None
    """A course's id: the guides that recommend it."""
    certification: int | None = None
    """A certification's id: the guides that list it."""


ORDERINGS = (
    "title",
    "-title",
    "median_salary",
    "-median_salary",
    "ai_impact_score",
    "-ai_impact_score",
    "last_reviewed",
    "-last_reviewed",
)
"""Every ``ordering`` value: a column, ``-`` for descending."""


class RolePageQuerySet(ReadablePageQuerySet):
    def matching(self, criteria: RoleCriteria):
        """Apply every criterion given; each is a column or subquery test, so paging stays one query."""
        roles = self
        if criteria.family:
            roles = roles.filter(family__slug=criteria.family)
        if criteria.entry_level is not None:
            roles = roles.filter(entry_level=criteria.entry_level)
        if criteria.growth_outlook:
            roles = roles.filter(growth_outlook=criteria.growth_outlook)
        if criteria.ai_impact_min is not None:
            roles = roles.filter(ai_impact_score__gte=criteria.ai_impact_min)
        if criteria.ai_impact_max is not None:
            roles = roles.filter(ai_impact_score__lte=criteria.ai_impact_max)
        if criteria.salary_min is not None:
            roles = roles.filter(median_salary__gte=criteria.salary_min)
        if criteria.salary_max is not None:
            roles = roles.filter(median_salary__lte=criteria.salary_max)
        if criteria.skill:
            tagged = self.model.tags.through.objects.filter(
                Q(tag__slug=criteria.skill.lower()) | Q(tag__name__iexact=criteria.skill)
            )
            roles = roles.filter(id__in=tagged.values("content_object_id"))
        if criteria.course is not None:
            links = self.model.role_courses.rel.related_model.objects.filter(course_id=criteria.course)
            roles = roles.filter(id__in=links.values("page_id"))
        if criteria.certification is not None:
            certified = self.model.role_certifications.rel.related_model.objects
            roles = roles.filter(id__in=certified.filter(certification_id=criteria.certification).values("page_id"))
        return roles

    def ordered(self, key: str):
        """Order by one of `ORDERINGS`, unknown (null) figures last, then by title (titles compare without
        regard to case) and id, so pages never overlap."""
        name = key.removeprefix("-")
        column = Lower(name) if name == "title" else F(name)
        first = column.desc(nulls_last=True) if key.startswith("-") else column.asc(nulls_last=True)
        return self.order_by(first, Lower("title"), "pk")
