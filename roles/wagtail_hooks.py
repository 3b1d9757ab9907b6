from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from roles.models import Company, RoleFamily, Source


class RoleFamilyViewSet(SnippetViewSet):
    model = RoleFamily
    icon = "folder-open-inverse"
    menu_label = "Role families"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class CompanyViewSet(SnippetViewSet):
    model = Company
    icon = "site"
    list_display = ["name", "url"]
    search_fields = ["name"]
    list_export = ["name", "url"]


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    list_display = ["title", "publisher", "edition"]
    list_filter = ["publisher"]
    search_fields = ["title", "publisher"]
    list_export = ["title", "publisher", "edition", "url", "supports"]


class RoleReferenceGroup(SnippetViewSetGroup):
    menu_label = "Role data"
    menu_icon = "list-ul"
    menu_order = 210
    items = (RoleFamilyViewSet, CompanyViewSet, SourceViewSet)


register_snippet(RoleReferenceGroup)
