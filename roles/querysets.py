"""The role guides a query asks for: one definition of the filters the site (/roles/) and the API share."""

from dataclasses import dataclass

from django.db.models import F, Q

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
        """Order by one column (``-`` for descending), unknown (null) figures last, then by title and id
        so pages never overlap."""
        column = F(key.removeprefix("-"))
        first = column.desc(nulls_last=True) if key.startswith("-") else column.asc(nulls_last=True)
        return self.order_by(first, "title", "pk")
