"""The ordered, structured parts of a role guide, edited inline on the role page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable

from roles.presentation.figures import format_years
from roles.validators import at_least_one_month


class ExperienceRange(models.Model):
    """Years of experience as two numbers: '0-2 yrs' is (0, 2), '8+ yrs' is (8, None)."""

    years_min = models.PositiveSmallIntegerField(
        "from (years)", null=True, blank=True, help_text="Fewest years of experience."
    )
    years_max = models.PositiveSmallIntegerField(
        "to (years)", null=True, blank=True, help_text="Most years of experience. Leave empty for 'or more'."
    )

    class Meta:
        abstract = True

    @property
    def years_label(self) -> str:
        return format_years(self.years_min, self.years_max)

    def clean(self):
        super().clean()
        if self.years_min is not None and self.years_max is not None and self.years_min > self.years_max:
            raise ValidationError({"years_max": "Must be greater than or equal to the fewest years."})


class SalaryBand(Orderable, ExperienceRange):
    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="salary_bands")
    level = models.CharField(max_length=120, help_text="The level's name, e.g. 'Junior IC'.")
    min_usd = models.PositiveIntegerField(
        "bottom of range (USD)", help_text="Bottom of the range, whole US dollars per year."
    )
    max_usd = models.PositiveIntegerField(
        "top of range (USD)", help_text="Top of the range, whole US dollars per year."
    )
    notes = models.TextField(blank=True, help_text="Where this band is found, what pushes a salary up, etc.")

    panels = [
        FieldPanel("level"),
        FieldRowPanel([FieldPanel("years_min"), FieldPanel("years_max")]),
        FieldRowPanel([FieldPanel("min_usd"), FieldPanel("max_usd")]),
        FieldPanel("notes"),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.CheckConstraint(condition=models.Q(min_usd__lte=models.F("max_usd")), name="salaryband_min_lte_max"),
        ]

    def __str__(self):
        return f"{self.level} ({self.years_label})" if self.years_label else self.level

    def clean(self):
        super().clean()
        if self.min_usd is not None and self.max_usd is not None and self.min_usd > self.max_usd:
            raise ValidationError({"max_usd": "The top of the range must be at least the bottom of the range."})


class LadderStep(Orderable, ExperienceRange):
    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="ladder_steps")
    title = models.CharField(max_length=120, help_text="The step's job title, e.g. 'Senior AI Engineer'.")
    description = models.TextField(help_text="What the person owns at this step.")

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("years_min"), FieldPanel("years_max")]),
        FieldPanel("description"),
    ]

    def __str__(self):
        return self.title


class TransitionPath(Orderable):
    """A way into the role from another one: a role page when it exists, else a name."""

    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="transitions")
    from_role = models.ForeignKey(
        "roles.RolePage",
        verbose_name="from role page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="transitions_out",
        help_text="The role people come from, when it has a guide (published or draft). "
        "The public page links it once it is published.",
    )
    from_role_name = models.CharField(
        "from role name",
        max_length=120,
        blank=True,
        help_text="The role's name when it has no guide yet. When a role page is chosen, its title is kept here "
        "so the path still reads right if that page is deleted.",
    )
    typical_months = models.PositiveSmallIntegerField(
        validators=[at_least_one_month], help_text="Typical months of deliberate work to make the move (1 or more)."
    )
    description = models.TextField(help_text="What carries over and what the gap is.")
    key_artifacts = StreamField(
        [("artifact", blocks.TextBlock(help_text="Something to build that proves the skill."))],
        blank=True,
        help_text="Key artifacts to build, in order.",
    )

    panels = [
        PageChooserPanel("from_role", "roles.RolePage"),
        FieldPanel("from_role_name"),
        FieldPanel("typical_months"),
        FieldPanel("description"),
        FieldPanel("key_artifacts"),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.CheckConstraint(condition=models.Q(typical_months__gte=1), name="transition_months_gte_1"),
        ]

    def clean(self):
        super().clean()
        if not self.from_role_id and not self.from_role_name.strip():
            raise ValidationError({"from_role_name": "Choose the role page people come from, or type its name."})
        if self.from_role_id and self.from_role_id == self.page_id:
            raise ValidationError({"from_role": "A role cannot be a transition path into itself."})

    def save(self, *args, **kwargs):
        if self.from_role_id and not self.from_role_name:
            self.from_role_name = self.from_role.title
        super().save(*args, **kwargs)

    @property
    def source_name(self) -> str:
        return self.from_role.title if self.from_role_id else self.from_role_name

    def __str__(self):
        return f"From {self.source_name}"


class KeepsGuideCopies:
    """For a guide's child rows that keep copies of some of its guide's fields, as the guide was last saved
    (``guide_copies``: the row's field, then the guide's; ``guide_key``: the row's key to its guide), so a
    listing can order or rank the rows without reading the guides. A row takes the copies when it is saved;
    ``RolePage.save()`` calls ``update_copies`` for fields saved without the rows."""

    guide_key: str
    guide_copies: dict[str, str]

    def save(self, *args, **kwargs):
        guide = getattr(self, self.guide_key)
        for field, guide_field in self.guide_copies.items():
            setattr(self, field, getattr(guide, guide_field))
        super().save(*args, **kwargs)

    @classmethod
    def update_copies(cls, guide, update_fields=None) -> None:
        """Bring ``guide``'s rows up to date (one UPDATE of the stale ones) when its save (``update_fields``,
        None for all) stored a copied field."""
        if update_fields is not None:
            copied = {guide._meta.get_field(name).name for name in cls.guide_copies.values()}
            if not copied & {guide._meta.get_field(name).name for name in update_fields}:
                return
        copies = {field: getattr(guide, guide_field) for field, guide_field in cls.guide_copies.items()}
        cls._default_manager.filter(**{cls.guide_key: guide}).exclude(**copies).update(**copies)


class LinkFromGuide(KeepsGuideCopies, Orderable):
    """A guide's link to a course or certification. It carries the guide's title (``page_title``) so the course
    and certification listings can name each item's first guides by title from an index on the link table,
    instead of sorting every link (``courses.listings``)."""

    guide_key = "page"
    guide_copies = {"page_title": "title"}

    page_title = models.CharField(max_length=255, editable=False, default="")

    class Meta(Orderable.Meta):
        abstract = True


def first_by_title(item_field: str, name: str) -> models.Index:
    """The index the listings read an item's first guides from: by item, then title regardless of case."""
    return models.Index(models.F(item_field), Lower("page_title"), models.F("page"), name=name)


class RoleCourse(LinkFromGuide):
    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="role_courses")
    course = models.ForeignKey(
        "courses.Course",
        on_delete=models.CASCADE,
        related_name="role_links",
        help_text="A course or book from Learning › Courses. Readers only see it while it is live.",
    )

    panels = [FieldPanel("course")]

    class Meta(LinkFromGuide.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "course"], name="rolecourse_unique")]
        indexes = [first_by_title("course", "rolecourse_first_by_title")]


class RoleCertification(LinkFromGuide):
    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="role_certifications")
    certification = models.ForeignKey(
        "courses.Certification",
        on_delete=models.CASCADE,
        related_name="role_links",
        help_text="A certification from Learning › Certifications. Readers only see it while it is live.",
    )

    panels = [FieldPanel("certification")]

    class Meta(LinkFromGuide.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "certification"], name="rolecertification_unique")]
        indexes = [first_by_title("certification", "rolecert_first_by_title")]


class RoleCompany(Orderable):
    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="role_companies")
    company = models.ForeignKey(
        "roles.Company",
        on_delete=models.CASCADE,
        related_name="role_links",
        help_text="An employer that hires for this role (Role data › Companies).",
    )

    panels = [FieldPanel("company")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "company"], name="rolecompany_unique")]


class RoleSource(Orderable):
    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="role_sources")
    source = models.ForeignKey(
        "roles.Source",
        on_delete=models.CASCADE,
        related_name="role_links",
        help_text="A dataset, report or framework this guide relies on (Role data › Sources).",
    )

    panels = [FieldPanel("source")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "source"], name="rolesource_unique")]


class RoleFAQ(Orderable):
    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="faqs")
    question = models.CharField(max_length=300, help_text="The question as a reader would ask it.")
    answer = RichTextField(features=["bold", "italic", "link", "ol", "ul"], help_text="A direct, complete answer.")

    panels = [FieldPanel("question"), FieldPanel("answer")]

    class Meta(Orderable.Meta):
        verbose_name = "FAQ entry"
        verbose_name_plural = "FAQ entries"

    def __str__(self):
        return self.question
