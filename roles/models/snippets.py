"""Reference data shared between role guides: families, employers and sources."""

from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

from core.fields import HttpURLField


class RoleFamily(RevisionMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=120, unique=True, help_text="The family of roles, e.g. 'Applied AI'.")
    slug = models.SlugField(
        max_length=120, unique=True, blank=True, help_text="Used in filter URLs. Filled from the name when empty."
    )
    description = models.TextField(blank=True, help_text="What roles in this family have in common.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "role families"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)


class Company(RevisionMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="The employer's usual name.")
    url = HttpURLField(blank=True, max_length=500, help_text="The employer's careers or home page (http or https).")

    panels = [FieldPanel("name"), FieldPanel("url")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"

    def __str__(self):
        return self.name


class Source(RevisionMixin, index.Indexed, models.Model):
    title = models.CharField(max_length=255, unique=True, help_text="The dataset, report or framework cited.")
    publisher = models.CharField(max_length=200, blank=True, help_text="Who publishes it.")
    edition = models.CharField(max_length=120, blank=True, help_text="Edition, version or date, e.g. 'May 2024'.")
    url = HttpURLField(blank=True, max_length=500, help_text="Where readers can check it (http or https).")
    supports = models.CharField(
        max_length=300,
        blank=True,
        help_text="What in the guide this source supports, e.g. 'Salary and employment data'.",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("publisher"),
        FieldPanel("edition"),
        FieldPanel("url"),
        FieldPanel("supports"),
    ]
    search_fields = [index.SearchField("title"), index.SearchField("publisher"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def citation(self) -> str:
        """'Publisher, Title, Edition' with empty parts left out."""
        return ", ".join(part for part in (self.publisher, self.title, self.edition) if part)
