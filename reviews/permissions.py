"""Who may see and act on which reviewable objects.

Seeing an object in review listings and marking it reviewed both need edit
permission: page permissions (``PagePermissionPolicy``, including "add" on
one's own pages) for pages, the model's "change" permission for snippets.
"""

from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from reviews.registry import is_page_model, reviewable_models


def snippet_permission_policy(model):
    viewset = getattr(model, "snippet_viewset", None)
    return viewset.permission_policy if viewset is not None else ModelPermissionPolicy(model)


def editable_by(queryset, user):
    """Narrow a queryset of one reviewable model to the rows ``user`` may edit."""
    model = queryset.model
    if is_page_model(model):
        if user.is_active and user.is_superuser:
            return queryset
        editable_pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        return queryset.filter(pk__in=editable_pages.values("pk"))
    if snippet_permission_policy(model).user_has_permission(user, "change"):
        return queryset
    return queryset.none()


def user_can_edit(user, obj) -> bool:
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return snippet_permission_policy(type(obj)).user_has_permission_for_instance(user, "change", obj)


def lock_message(user, obj) -> str | None:
    """Why ``user`` may not change ``obj`` right now (an edit or workflow lock), or None."""
    lock = obj.get_lock() if hasattr(obj, "get_lock") else None
    if lock is not None and lock.for_user(user):
        return str(lock.get_message(user))
    return None


def user_can_review_anything(user) -> bool:
    """Whether the report is worth a menu entry for this user."""
    for model in reviewable_models():
        if is_page_model(model):
            if PagePermissionPolicy().user_has_permission(user, "change"):
                return True
        elif snippet_permission_policy(model).user_has_permission(user, "change"):
            return True
    return False
