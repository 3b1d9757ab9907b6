"""Filters of the "Reviews due" report, applied to each reviewable model's queryset."""

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet

from reviews import registry
from reviews.status import ReviewStatus


def reviewable_content_types(request=None):
    return ContentType.objects.filter(pk__in=[ct.pk for ct in registry.content_types_by_model().values()])


def review_owners(request=None):
    """Users who own at least one reviewable object."""
    owns_something = Q()
    for model in registry.reviewable_models():
        owns_something |= Q(pk__in=model._default_manager.filter(review_owner__isnull=False).values("review_owner"))
    return get_user_model()._default_manager.filter(owns_something).order_by("first_name", "last_name", "username")


class ReviewsDueFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label="Status", field_name="review_state", choices=ReviewStatus.choices)
    content_type = ContentTypeFilter(label="Type", queryset=reviewable_content_types, method="filter_content_type")
    owner = django_filters.ModelChoiceFilter(
        label="Owner", field_name="review_owner", queryset=review_owners, null_label="Nobody (Reviewers group)"
    )

    def filter_content_type(self, queryset, name, value):
        if value.model_class() is queryset.model:
            return queryset
        return queryset.none()
