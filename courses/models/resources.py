"""Reusable learning resources that role guides and packaged paths recommend.

Both snippets carry the full editorial stack (drafts, revisions, locking,
preview, workflows): prices and exam formats change, so edits go through the
same review as pages. The database row always holds the *live* version; public
pages filter on ``live=True`` and never read draft revisions.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from core.fields import HttpURLField
from reviews.models import Reviewable, review_panel


class LiveQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


def role_link_model(snippet_model):
    """The model of the role guides' links to this snippet: the reverse of ``role_links``, which the roles app
    (a layer above) defines, so courses never imports it."""
    return snippet_model._meta.get_field("role_links").related_model


class CourseFormat(models.TextChoices):
    COURSE = "course", "Course"
    BOOK = "book", "Book"
    BOOTCAMP = "bootcamp", "Bootcamp"
    VIDEO_SERIES = "video_series", "Video series"


class LearningResource(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    Reviewable,
    index.Indexed,
    models.Model,
):
    """What courses and certifications share: the editorial stack, the live-rows manager, the editor's
    panels and search fields around their own name and by-line fields, and a preview per model."""

    objects = LiveQuerySet.as_manager()

    class Meta:
        abstract = True

    @staticmethod
    def editor_panels(name: str, byline) -> list:
        return [FieldPanel(name), byline, FieldPanel("url"), FieldPanel("description"), review_panel()]

    @staticmethod
    def resource_search_fields(name: str, byline: str, *extra) -> list:
        return [
            index.SearchField(name, boost=3),
            index.AutocompleteField(name),
            index.SearchField(byline),
            index.SearchField("description"),
            index.FilterField("live"),
            index.FilterField("id"),  # core.search_candidates ranks a chosen set of ids
            *extra,
        ]

    def get_preview_template(self, request, mode_name):
        return f"courses/previews/{self._meta.model_name}.html"


class Course(LearningResource):
    title = models.CharField(max_length=200, help_text="The course or book title as its provider writes it.")
    provider = models.CharField(
        max_length=200, blank=True, help_text="Who offers it: a school, a company, or a book's author."
    )
    format = models.CharField(
        max_length=20,
        choices=CourseFormat.choices,
        default=CourseFormat.COURSE,
        help_text="What kind of resource it is.",
    )
    url = HttpURLField(blank=True, max_length=500, help_text="Where readers can find it (http or https).")
    description = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Why it is worth a reader's time, in a sentence or two.",
    )

    panels = LearningResource.editor_panels("title", FieldRowPanel([FieldPanel("provider"), FieldPanel("format")]))
    search_fields = LearningResource.resource_search_fields("title", "provider", index.FilterField("format"))

    class Meta:
        ordering = ["title"]
        constraints = [models.UniqueConstraint(fields=["title", "provider"], name="course_unique_title_provider")]

    def __str__(self):
        return f"{self.title} ({self.provider})" if self.provider else self.title


class Certification(LearningResource):
    name = models.CharField(max_length=200, help_text="The certification's name as its issuer writes it.")
    issuer = models.CharField(max_length=200, help_text="The organisation that grants it.")
    url = HttpURLField(blank=True, max_length=500, help_text="The issuer's page for it (http or https).")
    description = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="What it proves and who it suits, in a sentence or two.",
    )

    panels = LearningResource.editor_panels("name", FieldPanel("issuer"))
    search_fields = LearningResource.resource_search_fields("name", "issuer")

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name", "issuer"], name="certification_unique_name_issuer")]

    def __str__(self):
        return f"{self.name} ({self.issuer})"
