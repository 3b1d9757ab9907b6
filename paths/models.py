"""Packaged paths: a publisher's bundle of role guides with a curriculum.

A path is an ordered list of roles (where people start, where they end up), a
curriculum of steps with estimated weeks, and recommended courses. The
compensation delta and the total duration are computed when the page is shown
(``paths.presentation``), never typed by an editor.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.pages import PublicPageMixin
from core.seo import json_ld_script
from paths import presentation
from paths.forms import PathCourseFormSet, PathRoleFormSet
from paths.panels import CheckedInlinePanel
from paths.querysets import PackagedPathPageQuerySet
from paths.structured_data import path_web_page
from reviews.models import Reviewable, review_panel

WEEKS_MESSAGE = "Estimated weeks must be 1 or more. Leave it empty when there is no estimate yet."


class PathIndexPage(PublicPageMixin, Page):
    """/paths/: lists the published packaged paths below it."""

    PER_PAGE = 12

    intro = models.CharField(max_length=300, blank=True, help_text="One or two sentences introducing packaged paths.")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["paths.PackagedPathPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paths = PackagedPathPage.objects.child_of(self).readable().order_by("path").prefetch_related("path_roles__role")
        context["paths"] = Paginator(paths, self.PER_PAGE).get_page(request.GET.get("page"))
        return context

    def routed_children(self):
        """A path is served in one query (core.routing)."""
        return PackagedPathPage.objects.child_of(self)


class PackagedPathPage(PublicPageMixin, Reviewable, Page):
    """One packaged path: roles in order, a curriculum, recommended courses."""

    objects = PageManager.from_queryset(PackagedPathPageQuerySet)()

    summary = models.CharField(
        max_length=300,
        help_text="Who this path is for and where it leads, in one or two sentences (at most 300 characters). "
        "Used on the paths list and as the meta description.",
    )

    search_fields = Page.search_fields + [index.SearchField("summary", boost=2), index.AutocompleteField("title")]

    content_panels = Page.content_panels + [FieldPanel("summary")]
    roles_panels = [
        CheckedInlinePanel(
            "path_roles",
            formset_class=PathRoleFormSet,
            min_num=2,
            heading="Roles, in order",
            label="Role",
            help_text="At least two roles, each once, from where people start to the role they move into. "
            "The compensation delta runs from the first role's median salary to the last role's.",
        ),
    ]
    learning_panels = [
        InlinePanel(
            "curriculum_steps",
            heading="Curriculum, in order",
            label="Curriculum step",
            help_text="Each step is a course from the Learning snippets or a free-text step. "
            "The total duration is the sum of the steps' weeks.",
        ),
        CheckedInlinePanel(
            "recommended_courses",
            formset_class=PathCourseFormSet,
            heading="Recommended courses",
            label="Recommended course",
            help_text="Further courses worth a reader's time. Only published courses are shown to readers.",
        ),
    ]
    review_panels = [
        review_panel(),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Overview"),
            ObjectList(roles_panels, heading="Roles"),
            ObjectList(learning_panels, heading="Curriculum"),
            ObjectList(review_panels, heading="Review"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    parent_page_types = ["paths.PathIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "packaged path"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["path"] = presentation.path_details(self, request)
        context["structured_data"] = json_ld_script(path_web_page(self, context["path"], request))
        return context

    def get_meta_description(self) -> str:
        return self.search_description or self.summary


class PathRole(Orderable):
    """One role in a path, in the order readers move through them."""

    page = ParentalKey(PackagedPathPage, on_delete=models.CASCADE, related_name="path_roles")
    role = models.ForeignKey(
        "roles.RolePage",
        on_delete=models.PROTECT,
        related_name="path_memberships",
        help_text="A role guide. Draft guides are named on the path but only linked once published.",
    )
    note = models.CharField(
        max_length=300, blank=True, help_text="Why this step: what the reader gains here, in a sentence."
    )

    panels = [PageChooserPanel("role", "roles.RolePage"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = "path role"
        constraints = [models.UniqueConstraint(fields=["page", "role"], name="pathrole_unique_role_per_path")]

    def __str__(self):
        return self.role.title if self.role_id else "Role"


class CurriculumStep(Orderable):
    """One step of a path's curriculum: a course snippet, or a free-text step."""

    page = ParentalKey(PackagedPathPage, on_delete=models.CASCADE, related_name="curriculum_steps")
    course = models.ForeignKey(
        "courses.Course",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="curriculum_steps",
        help_text="The course this step follows. Leave empty for a free-text step and fill in the title.",
    )
    title = models.CharField(
        max_length=200,
        blank=True,
        help_text="The step's name when it is not a course, e.g. 'Ship a RAG project'. "
        "With a course chosen, readers see the course's title unless the course is unpublished.",
    )
    description = models.TextField(blank=True, help_text="What to do or focus on in this step, in a sentence or two.")
    weeks = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1, message=WEEKS_MESSAGE)],
        verbose_name="estimated weeks",
        help_text="Estimated weeks of part-time study (1 or more). Leave empty when there is no estimate yet; "
        "readers then see that the total duration is not yet published.",
    )

    panels = [FieldPanel("course"), FieldPanel("title"), FieldPanel("description"), FieldPanel("weeks")]

    class Meta(Orderable.Meta):
        verbose_name = "curriculum step"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weeks__isnull=True) | models.Q(weeks__gte=1), name="curriculumstep_weeks_gte_1"
            ),
            models.CheckConstraint(
                condition=models.Q(course__isnull=False) | ~models.Q(title=""),
                name="curriculumstep_course_or_title",
            ),
        ]

    def clean(self):
        super().clean()
        self.title = self.title.strip()
        if not self.course_id and not self.title:
            raise ValidationError({"title": "Choose a course for this step, or give the step a title."})

    def __str__(self):
        return self.title or (str(self.course) if self.course_id else "Curriculum step")


class PathCourse(Orderable):
    """A recommended course for the path, beyond its curriculum."""

    page = ParentalKey(PackagedPathPage, on_delete=models.CASCADE, related_name="recommended_courses")
    course = models.ForeignKey("courses.Course", on_delete=models.CASCADE, related_name="path_recommendations")

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = "recommended course"
        constraints = [models.UniqueConstraint(fields=["page", "course"], name="pathcourse_unique_course_per_path")]
