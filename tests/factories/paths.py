import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from home.models import HomePage
from paths.models import CurriculumStep, PackagedPathPage, PathCourse, PathIndexPage, PathRole
from roles.models import RoleIndexPage
from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleIndexPageFactory, RolePageFactory


class PathIndexPageFactory(wagtail_factories.PageFactory):
    title = "Packaged paths"
    slug = "paths"
    intro = "Bundles of roles with a curriculum and the pay change they unlock."

    class Meta:
        model = PathIndexPage


class PathRoleFactory(DjangoModelFactory):
    """Build (not create) these and hand them to PackagedPathPageFactory(path_roles=[...])."""

    role = factory.LazyFunction(lambda: RolePageFactory(parent=default_role_index()))
    note = factory.LazyAttribute(lambda o: f"Where {o.role.title} fits in the path.")

    class Meta:
        model = PathRole


class CurriculumStepFactory(DjangoModelFactory):
    course = None
    title = factory.Sequence(lambda n: f"Step {n}")
    description = "What to focus on."
    weeks = 4

    class Meta:
        model = CurriculumStep


class PathCourseFactory(DjangoModelFactory):
    class Meta:
        model = PathCourse


class PackagedPathPageFactory(wagtail_factories.PageFactory):
    """A path whose inline rows are built in memory, so the page is saved with them.

    ``roles`` (RolePages, in order) defaults to two new role guides; ``steps``
    are built CurriculumSteps; ``courses`` are recommended Course snippets.
    """

    title = factory.Sequence(lambda n: f"Path {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = factory.LazyAttribute(lambda o: f"Who the {o.title} is for, in a sentence.")

    class Params:
        roles = factory.LazyFunction(lambda: [RolePageFactory(parent=default_role_index()) for _ in range(2)])
        steps = factory.LazyFunction(lambda: [CurriculumStepFactory.build()])
        courses = ()

    path_roles = factory.LazyAttribute(
        lambda o: [PathRoleFactory.build(role=role, sort_order=i) for i, role in enumerate(o.roles)]
    )
    curriculum_steps = factory.LazyAttribute(lambda o: _in_order(o.steps))
    recommended_courses = factory.LazyAttribute(
        lambda o: [PathCourseFactory.build(course=course, sort_order=i) for i, course in enumerate(o.courses)]
    )

    class Meta:
        model = PackagedPathPage


def default_role_index() -> RoleIndexPage:
    """The role index new role guides go under, created (with a home page) when missing."""
    index = RoleIndexPage.objects.first()
    if index is None:
        index = RoleIndexPageFactory(parent=HomePage.objects.first() or HomePageFactory.as_site_root())
    return index


def _in_order(rows):
    """Number in-memory inline rows in list order (modelcluster saves sort_order as given)."""
    for position, row in enumerate(rows):
        row.sort_order = position
    return list(rows)
