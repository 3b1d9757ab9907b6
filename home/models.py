from django.core.validators import MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The site root: what Role Atlas is, and the ways into the guides."""

    intro = models.CharField(
        max_length=300,
        blank=True,
        help_text="One or two sentences under the site title saying what readers will find here.",
    )
    body = RichTextField(blank=True, help_text="Optional longer introduction shown below the search box.")

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]


@register_setting(icon="cog")
class RoleAtlasSettings(BaseSiteSetting):
    """Site-wide wording and review defaults, editable without a deploy."""

    affiliation_disclaimer = models.TextField(
        blank=True,
        default="We are not affiliated with, endorsed by, or sponsored by any company listed. "
        "Information is compiled from publicly available job postings for educational purposes.",
        help_text="Shown under every list of companies that hire.",
    )
    salary_disclaimer = models.TextField(
        blank=True,
        default="Salary data is compiled from public sources including the Bureau of Labor Statistics "
        "and industry surveys. Actual compensation varies by location, experience, company, and "
        "negotiation. This information is for educational purposes only and does not constitute "
        "financial advice.",
        help_text="Shown with salary figures.",
    )
    certification_note = models.TextField(
        blank=True,
        default="Verify current pricing, exam format, and requirements directly with the certifying "
        "organization before making decisions.",
        help_text="Shown under every list of certifications.",
    )
    default_review_every_days = models.PositiveIntegerField(
        default=180,
        validators=[MinValueValidator(1)],
        help_text="Review cadence, in days, for content that does not set its own.",
    )
    due_soon_days = models.PositiveIntegerField(
        default=30,
        validators=[MinValueValidator(1)],
        help_text="Content whose next review falls within this many days counts as 'due soon'.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("affiliation_disclaimer"), FieldPanel("salary_disclaimer"), FieldPanel("certification_note")],
            heading="Disclaimers",
        ),
        MultiFieldPanel(
            [FieldPanel("default_review_every_days"), FieldPanel("due_soon_days")],
            heading="Reviews",
        ),
    ]

    class Meta:
        verbose_name = "Role Atlas settings"
