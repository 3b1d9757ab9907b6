"""The Reviewers group: people who cover content that has no review owner."""

from django.contrib.auth import get_user_model

REVIEWERS_GROUP = "Reviewers"


def is_reviewer(user) -> bool:
    return user.is_authenticated and user.groups.filter(name=REVIEWERS_GROUP).exists()


def reviewers():
    """Active members of the Reviewers group."""
    return get_user_model()._default_manager.filter(groups__name=REVIEWERS_GROUP, is_active=True).distinct()


def join_reviewers(user) -> bool:
    """Add ``user`` to the Reviewers group; False when they already were a member."""
    from django.contrib.auth.models import Group

    group, _ = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    if user.groups.filter(pk=group.pk).exists():
        return False
    user.groups.add(group)
    return True
