"""Users for review tests: owners, editors, and members of the Reviewers group."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from factory.django import DjangoModelFactory

from reviews.reviewers import REVIEWERS_GROUP


class UserFactory(DjangoModelFactory):
    """An active user who can sign in to the Wagtail admin (no content permissions)."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    first_name = factory.Sequence(lambda n: f"First{n}")
    last_name = "Editor"
    password = factory.PostGenerationMethodCall("set_password", "password")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def admin_access(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.user_permissions.add(Permission.objects.get(codename="access_admin"))
            self.save()


class ReviewerFactory(UserFactory):
    """A member of the Reviewers group created by the reviews data migration."""

    @factory.post_generation
    def reviewers_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
