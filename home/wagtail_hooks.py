from wagtail import hooks

from home.page_editing import SafeCreatePageViewSet


@hooks.register("register_admin_viewset")
def register_safe_create_page_viewset():
    # Registered after Wagtail's own base page viewset (order -1), so this one serves every page type.
    return SafeCreatePageViewSet(name="safe_create_pages")
