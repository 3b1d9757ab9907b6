import copy

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from core.pages import PublicPageMixin
from pagecache import per_version
from paths.models import PackagedPathPage
from roles.models import RolePage

RECENTLY_REVIEWED_COUNT = 4


class HomePage(PublicPageMixin, Page):
    """The site root: what Role Atlas is, and the ways into the guides."""

    intro = models.CharField(
        max_length=300,
        blank=True,
        help_text="One or two sentences under the site title saying what readers will find here.",
    )
    body = RichTextField(blank=True, help_text="Optional longer introduction shown below the search box.")

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("featured_roles", heading="Featured roles", label="Featured role", max_num=6),
        InlinePanel("featured_paths", heading="Featured packaged paths", label="Featured path", max_num=4),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        public_roles = RolePage.objects.readable().select_related("family").prefetch_related("tags")
        featured_ids = [link.role_id for link in self.featured_roles.all()]
        featured = public_roles.in_bulk(featured_ids)
        context["featured_roles"] = [featured[pk] for pk in featured_ids if pk in featured]
        context["featured_paths"] = self._featured_paths()
        # Ties on the date go newest guide first: the order of the index ``rolepage_recently_reviewed``, so the
        # first few are read from it (by title, every guide reviewed that day was sorted: 60 ms at 10,000).
        context["recently_reviewed"] = public_roles.filter(last_reviewed__isnull=False).order_by(
            "-last_reviewed", "-pk"
        )[:RECENTLY_REVIEWED_COUNT]
        return context

    def _featured_paths(self):
        featured_ids = [link.path_id for link in self.featured_paths.all()]
        public_paths = PackagedPathPage.objects.readable().prefetch_related("path_roles__role").in_bulk(featured_ids)
        return [public_paths[pk] for pk in featured_ids if pk in public_paths]


class HomeFeaturedRole(Orderable):
    """A role guide editors put on the home page; hidden there while the guide is not live."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_roles")
    role = models.ForeignKey(
        "roles.RolePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A role guide to feature on the home page.",
    )

    panels = [PageChooserPanel("role", "roles.RolePage")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "role"], name="homefeaturedrole_unique")]


class HomeFeaturedPath(Orderable):
    """A packaged path editors put on the home page; hidden there while the path is not live."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_paths")
    path = models.ForeignKey(
        "paths.PackagedPathPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A packaged path to feature on the home page.",
    )

    panels = [PageChooserPanel("path", "paths.PackagedPathPage")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "path"], name="homefeaturedpath_unique")]


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text="Left out of the menu while it is unpublished or private.")
    label = blocks.CharBlock(required=False, max_length=40, help_text="The link's text; empty: the page's title.")

    class Meta:
        icon = "link"
        label = "Link"


@register_setting(icon="cog")
class RoleAtlasSettings(BaseSiteSetting):
    """Site-wide wording and the header's main navigation, editable without a deploy
    (review defaults are the reviews app's ``ReviewDefaults``)."""

    main_navigation = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        help_text="The links in the site header, in order (home/navigation.py).",
    )

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
    panels = [
        FieldPanel("main_navigation", heading="Main navigation"),
        MultiFieldPanel(
            [FieldPanel("affiliation_disclaimer"), FieldPanel("salary_disclaimer"), FieldPanel("certification_note")],
            heading="Disclaimers",
        ),
    ]

    class Meta:
        verbose_name = "Role Atlas settings"

    @classmethod
    def for_site(cls, site):
        """The site's settings, read once per process and content version during reading requests (saving
        them starts a new version, ``pagecache.per_version``); each caller gets its own copy to annotate."""
        if site is None:
            return super().for_site(site)  # Wagtail's DoesNotExist
        stored = per_version.held(
            f"role-atlas-settings:{site.pk}", lambda: super(RoleAtlasSettings, cls).for_site(site)
        )
        return copy.copy(stored)
