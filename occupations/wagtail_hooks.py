from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from occupations.choosers import OccupationChooserViewSet
from occupations.models import Occupation


class OccupationViewSet(SnippetViewSet):
    """Occupations in the admin; the chooser searches code and title."""

    model = Occupation
    icon = "table"
    menu_label = "Occupations (SOC)"
    add_to_admin_menu = False
    list_display = ["code", "title", Column("onet_codes", label="O*NET-SOC codes")]
    search_fields = ["code", "title"]
    ordering = ["code"]
    chooser_viewset_class = OccupationChooserViewSet


register_snippet(OccupationViewSet)
