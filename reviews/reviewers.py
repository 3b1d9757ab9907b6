"""The Reviewers group: people who cover content that has no review owner."""

from django.contrib.auth import get_user_model

REVIEWERS_GROUP = "Reviewers"


def is_reviewer(user) -> bool:
    return user.is_authenticated and user.groups.filter(name=REVIEWERS_GROUP).exists()


def reviewers():
    """Active members of the Reviewers group."""
    return get_user_model()._default_manager.filter(groups__name=REVIEWERS_GROUP, is_active=True).distinct()
