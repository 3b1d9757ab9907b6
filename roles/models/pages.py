"""Role guide pages: the index at /roles/ and one structured guide per role."""

from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from core.pages import PublicPageMixin
from reviews.models import Reviewable, review_panel
from roles.blocks import WeekSlotBlock
from roles.models.inlines import KeepsGuideCopies
from roles.presentation.browse import browse_roles
from roles.presentation.figures import GrowthOutlook, ai_impact_label
from roles.presentation.official_figures_panel import OfficialFiguresPanel
from roles.presentation.page_context import role_page_context
from roles.querysets import RolePageQuerySet
from roles.validators import score_max, score_min

#: The guide's child rows that keep copies of its fields (``roles.models.inlines.KeepsGuideCopies``).
ROWS_KEEPING_GUIDE_COPIES = ("role_courses", "role_certifications", "tagged_items")

PROSE_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


def prose_list(label: str, help_text: str) -> StreamField:
    """An ordered list of short prose items, one block per item."""
    return StreamField([("item", blocks.TextBlock(label=label))], blank=True, help_text=help_text)


class RoleIndexPage(PublicPageMixin, Page):
    """/roles/: lists the published role guides below it."""

    intro = models.CharField(max_length=300, blank=True, help_text="One sentence introducing the role guides.")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["roles.RolePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["browse"] = browse_roles(request, RolePage.objects.child_of(self))
        return context

    def routed_children(self):
        """A guide is served in one query, with its family (core.routing)."""
        return RolePage.objects.child_of(self).select_related("family")


class RoleSkillTag(KeepsGuideCopies, TaggedItemBase):
    """A guide's skill tag. It carries the guide's title and family, so related roles are ranked from the tag
    rows of one guide's skills alone, without reading every guide that shares them
    (``roles.presentation.related``)."""

    guide_key = "content_object"
    guide_copies = {"page_title": "title", "page_family_id": "family_id"}

    content_object = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="tagged_items")
    page_title = models.CharField(max_length=255, editable=False, default="")
    page_family = models.ForeignKey(
        "roles.RoleFamily", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        # One skill's guides in the order related roles rank them: the same family by title, and by title.
        indexes = [
            models.Index(fields=["tag", "page_family", "page_title", "content_object"], name="skilltag_family_title"),
            models.Index(fields=["tag", "page_title", "content_object"], name="skilltag_title"),
        ]


class RolePage(PublicPageMixin, Reviewable, Page):
    """One career guide. Figures you filter or compute on are real fields; prose is rich text."""

    objects = PageManager.from_queryset(RolePageQuerySet)()

    # Overview
    family = models.ForeignKey(
        "roles.RoleFamily",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roles",
        help_text="The family this role belongs to, e.g. 'Applied AI'.",
    )
    specialty = models.CharField(
        max_length=120, blank=True, help_text="The specialty within the family, e.g. 'AI Engineering'."
    )
    summary = models.CharField(
        max_length=300,
        help_text="One or two sentences (at most 300 characters). Used on cards, in search results and as the meta description.",
    )
    tags = ClusterTaggableManager(
        through=RoleSkillTag,
        blank=True,
        verbose_name="skill tags",
        help_text="Short skill names readers filter by, e.g. 'Python', 'RAG', 'Evaluation'.",
    )

    # Headline figures: every one may stay empty until verified.
    median_salary = models.PositiveIntegerField(
        "median salary (USD)",
        null=True,
        blank=True,
        help_text="Median yearly salary in whole US dollars. Leave empty until verified; readers then see 'Not yet published'.",
    )
    growth_outlook = models.CharField(
        max_length=20, choices=GrowthOutlook.choices, blank=True, help_text="Expected demand over the next few years."
    )
    ai_impact_score = models.PositiveSmallIntegerField(
        "AI-impact score",
        null=True,
        blank=True,
        validators=[score_min, score_max],
        help_text="How strongly AI is expected to change the role, 0-100. The label (Low, Moderate, High, Very high) is derived.",
    )
    entry_level = models.BooleanField(
        "entry-level",
        null=True,
        blank=True,
        help_text="Can someone start their career in this role? Leave unknown until verified.",
    )
    ai_impact_outlook = RichTextField(
        "AI-impact outlook",
        blank=True,
        features=PROSE_FEATURES,
        help_text="How AI is changing the role, and why the score is what it is.",
    )
    ai_impact_methodology = models.TextField(
        "AI-impact methodology", blank=True, help_text="One line on how the AI-impact forecast was made."
    )
    about = RichTextField(
        blank=True, features=PROSE_FEATURES, help_text="About the role: what it is, where it sits, who hires."
    )

    # Work
    responsibilities = prose_list("Responsibility", "What this role actually does, one item per responsibility.")
    average_week = StreamField([("slot", WeekSlotBlock())], blank=True, help_text="An average week, in order.")
    required_skills = prose_list("Skill", "Required skills, one item per skill, most important first.")
    differentiators = prose_list("Differentiator", "What differentiates strong candidates.")

    # Pay
    salary_source_note = models.TextField(
        blank=True, help_text="Where the salary bands come from, e.g. 'Levels.fyi 2025-2026 + Glassdoor public ranges.'"
    )

    # Sources & review
    methodology = RichTextField(blank=True, features=PROSE_FEATURES, help_text="How this guide was researched.")

    # Every text a reader sees on the guide. Boosts become PostgreSQL weights: title (Page's 2) >
    # specialty, summary, skills, family (1.5) > section prose, bands, ladder, transitions, FAQ
    # (none). The AutocompleteFields (title, specialty, family, skills) feed "Did you mean".
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("specialty", boost=1.5),
        index.AutocompleteField("specialty"),
        index.SearchField("required_skills", boost=1.5),
        index.RelatedFields("family", [index.SearchField("name", boost=1.5), index.AutocompleteField("name")]),
        index.RelatedFields("tags", [index.SearchField("name", boost=1.5), index.AutocompleteField("name")]),
        index.SearchField("about"),
        index.SearchField("ai_impact_outlook"),
        index.SearchField("ai_impact_methodology"),
        index.SearchField("responsibilities"),
        index.SearchField("average_week"),
        index.SearchField("differentiators"),
        index.SearchField("salary_source_note"),
        index.SearchField("methodology"),
        index.RelatedFields("salary_bands", [index.SearchField("level"), index.SearchField("notes")]),
        index.RelatedFields("ladder_steps", [index.SearchField("title"), index.SearchField("description")]),
        index.RelatedFields(
            "transitions",
            [index.SearchField("source_name"), index.SearchField("description"), index.SearchField("key_artifacts")],
        ),
        index.RelatedFields("faqs", [index.SearchField("question"), index.SearchField("answer")]),
        index.RelatedFields("role_companies", [index.RelatedFields("company", [index.SearchField("name")])]),
        index.RelatedFields("role_sources", [index.RelatedFields("source", [index.SearchField("title")])]),
        index.SearchField("live_learning_titles"),
        index.FilterField("family"),
        index.FilterField("entry_level"),
        index.FilterField("growth_outlook"),
        index.FilterField("ai_impact_score"),
        index.FilterField("median_salary"),
    ]

    overview_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("family"), FieldPanel("specialty")]),
        FieldPanel("summary"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("median_salary"), FieldPanel("growth_outlook")]),
                FieldRowPanel([FieldPanel("ai_impact_score"), FieldPanel("entry_level")]),
            ],
            heading="Headline figures",
        ),
        FieldPanel("ai_impact_outlook"),
        FieldPanel("ai_impact_methodology"),
        FieldPanel("about"),
    ]
    pay_panels = [
        InlinePanel("salary_bands", heading="Salary bands by experience", label="Salary band"),
        FieldPanel("salary_source_note"),
    ]
    work_panels = [
        FieldPanel("responsibilities"),
        FieldPanel("average_week"),
        FieldPanel("required_skills"),
        FieldPanel("differentiators"),
    ]
    growth_panels = [
        InlinePanel("ladder_steps", heading="Career ladder", label="Ladder step"),
        InlinePanel("transitions", heading="Transition paths into this role", label="Transition path"),
    ]
    learning_panels = [
        InlinePanel("role_courses", heading="Recommended courses", label="Course"),
        InlinePanel("role_certifications", heading="Representative certifications", label="Certification"),
        InlinePanel("role_companies", heading="Companies that hire for this role", label="Company"),
        InlinePanel("faqs", heading="Questions and answers", label="FAQ entry"),
    ]
    sources_panels = [
        FieldPanel("methodology"),
        InlinePanel("role_sources", heading="Sources", label="Source"),
        InlinePanel("role_occupations", heading="Official occupations (SOC)", label="Occupation"),
        OfficialFiguresPanel(heading="Official figures"),
        review_panel(),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(overview_panels, heading="Overview"),
            ObjectList(pay_panels, heading="Pay"),
            ObjectList(work_panels, heading="Work"),
            ObjectList(growth_panels, heading="Growth"),
            ObjectList(learning_panels, heading="Learning"),
            ObjectList(sources_panels, heading="Sources & review"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    parent_page_types = ["roles.RoleIndexPage"]
    subpage_types = []

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ai_impact_score__isnull=True) | models.Q(ai_impact_score__lte=100),
                name="rolepage_ai_impact_score_lte_100",
            ),
        ]
        # The home page's "Recently reviewed" reads the first few guides in this order.
        indexes = [models.Index(fields=["-last_reviewed", "-page_ptr"], name="rolepage_recently_reviewed")]

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        saved_with_page = self._rows_saved_with_page(update_fields)
        super().save(*args, **kwargs)
        # Rows saved with the page took their copies of its fields; this catches fields saved without them.
        for relation in ROWS_KEEPING_GUIDE_COPIES:
            if relation not in saved_with_page:
                self._meta.get_field(relation).related_model.update_copies(self, update_fields)

    def _rows_saved_with_page(self, update_fields) -> set[str]:
        """The relations keeping copies whose rows this save writes, each row with its copies: all of them for a
        new page (it has no rows yet), else those held in memory that the save commits (modelcluster)."""
        if self._state.adding:
            return set(ROWS_KEEPING_GUIDE_COPIES)
        held = getattr(self, "_cluster_related_objects", {})
        return {
            name
            for name in ROWS_KEEPING_GUIDE_COPIES
            if name in held and (update_fields is None or name in update_fields)
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(role_page_context(self, request))
        return context

    @property
    def ai_impact_label(self) -> str | None:
        return ai_impact_label(self.ai_impact_score)

    @classmethod
    def get_indexed_objects(cls):
        """Also fetch what the search fields read through the inline rows (transition sources, linked
        snippets): one query each per chunk instead of one per row."""
        return (
            super()
            .get_indexed_objects()
            .prefetch_related(
                "transitions__from_role",
                "role_courses__course",
                "role_certifications__certification",
                "role_companies__company",
                "role_sources__source",
            )
        )

    def live_learning_titles(self) -> str:
        """The live recommended courses and certifications, as the guide shows them (for the search index)."""
        courses = [link.course.title for link in self.role_courses.all() if link.course.live]
        certifications = [link.certification.name for link in self.role_certifications.all() if link.certification.live]
        return " ".join(courses + certifications)

    def get_meta_description(self) -> str:
        return self.search_description or self.summary
