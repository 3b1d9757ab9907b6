from django import template

from roles.browse import browse_roles

register = template.Library()


@register.simple_tag(takes_context=True)
def browse_role_guides(context):
    """`{% browse_role_guides as browse %}` on the role index: filtered, sorted, paged guides for this request."""
    return browse_roles(context["request"], context["page"])
