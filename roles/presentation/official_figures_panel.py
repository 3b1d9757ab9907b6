"""Editor panel: the guide's own headline figures beside the official ones, for the reviewer."""

from wagtail.admin.panels import Panel

from occupations.statistics import statistics_for


class OfficialFiguresPanel(Panel):
    """Read-only comparison on the Sources & review tab; hidden while no occupation is linked."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "roles/panels/official_figures.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            page = self.instance
            occupations = [link.occupation for link in page.role_occupations.all()] if page.pk else []
            self.statistics = [stats for stats in statistics_for(occupations) if stats.has_figures]

        def is_shown(self):
            return bool(self.statistics)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(page=self.instance, statistics=self.statistics)
            return context
