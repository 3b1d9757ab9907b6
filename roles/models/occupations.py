"""A role guide's links to official occupations (SOC codes), edited inline on the guide."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class RoleOccupation(Orderable):
    """One official occupation a guide corresponds to, e.g. 15-1252 Software Developers."""

    page = ParentalKey("roles.RolePage", on_delete=models.CASCADE, related_name="role_occupations")
    occupation = models.ForeignKey(
        "occupations.Occupation", on_delete=models.PROTECT, related_name="role_links", verbose_name="occupation (SOC)"
    )
    note = models.CharField(
        max_length=255, blank=True, help_text='How well it matches, e.g. "closest match" or "covers the research side".'
    )

    panels = [FieldPanel("occupation"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = "official occupation"
        constraints = [models.UniqueConstraint(fields=["page", "occupation"], name="roleoccupation_unique_per_page")]

    def __str__(self):
        return str(self.occupation)
