"""The /courses/ and /certifications/ listing pages: editors write their introductions; the items are
the live snippets (``courses.listings``)."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.pages import PublicPageMixin
from core.seo import json_ld_script
from courses import structured_data
from courses.listings import course_listing, live_certifications


class LearningListingPage(PublicPageMixin, Page):
    """What both listing pages share: one of each, directly below the home page, no children, an intro."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True


class CourseIndexPage(LearningListingPage):
    """/courses/: every published course, filterable by format and provider."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short introduction shown above the list: how courses are chosen, any affiliation note.",
    )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = course_listing(request.GET)
        context["structured_data"] = json_ld_script(
            structured_data.item_list(self.title, [structured_data.course(item) for item in context["listing"].courses])
        )
        return context


class CertificationIndexPage(LearningListingPage):
    """/certifications/: every published certification."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short introduction shown above the list. The 'verify with the issuer' note "
        "(Settings › Role Atlas) is shown under it automatically.",
    )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["certifications"] = live_certifications()
        context["structured_data"] = json_ld_script(
            structured_data.item_list(
                self.title, [structured_data.credential(item) for item in context["certifications"]]
            )
        )
        return context
