"""Which occupations content elsewhere links to, without importing that content's app."""

from django.db.models import Q

from occupations.models import Occupation


def linked_occupations_filter() -> Q:
    """Occupations referenced by any model outside this app (e.g. a role guide's link)."""
    condition = Q(pk__in=[])
    for relation in Occupation._meta.related_objects:
        if relation.related_model._meta.app_label != Occupation._meta.app_label:
            condition |= Q(**{f"{relation.name}__isnull": False})
    return condition


def linked_codes() -> set[str]:
    return set(Occupation.objects.filter(linked_occupations_filter()).values_list("code", flat=True).distinct())
