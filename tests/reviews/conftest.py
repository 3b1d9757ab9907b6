from datetime import date

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from tests.factories.reviews import ReviewerFactory, UserFactory

TODAY = date(2026, 6, 15)


@pytest.fixture
def today():
    """Freeze the clock at noon on TODAY for the whole test."""
    with time_machine.travel(f"{TODAY.isoformat()} 12:00:00+00:00", tick=False):
        yield TODAY


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


@pytest.fixture
def owner(db):
    return UserFactory(username="owner")


@pytest.fixture
def reviewer(db):
    return ReviewerFactory(username="reviewer")


def grant_page_permission(user, page, codename="change_page"):
    """Give ``user`` a page permission on ``page`` and its descendants through a new group."""
    group = Group.objects.create(name=f"{codename} on {page.pk} for {user.username}")
    GroupPagePermission.objects.create(group=group, page=page, permission=Permission.objects.get(codename=codename))
    user.groups.add(group)
    return group


def grant_model_permission(user, *codenames):
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
