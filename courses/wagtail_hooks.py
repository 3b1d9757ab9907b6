from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.models import Certification, Course
from reviews.admin_columns import LastReviewedColumn


class CourseViewSet(SnippetViewSet):
    model = Course
    icon = "pick"
    list_display = ["title", "provider", "format", LiveStatusTagColumn(), LastReviewedColumn()]
    list_filter = ["format", "live"]
    search_fields = ["title", "provider"]
    list_export = ["title", "provider", "format", "url", "live", "last_reviewed"]


class CertificationViewSet(SnippetViewSet):
    model = Certification
    icon = "success"
    list_display = ["name", "issuer", LiveStatusTagColumn(), LastReviewedColumn()]
    list_filter = ["live"]
    search_fields = ["name", "issuer"]
    list_export = ["name", "issuer", "url", "live", "last_reviewed"]


class LearningGroup(SnippetViewSetGroup):
    menu_label = "Learning"
    menu_icon = "pick"
    menu_order = 200
    items = (CourseViewSet, CertificationViewSet)


register_snippet(LearningGroup)
