from django import template

from roles.transition_graph import transition_graph as build_transition_graph

register = template.Library()


@register.simple_tag(takes_context=True)
def transition_graph(context, page):
    """`{% transition_graph page as graph %}`: SVG geometry of the moves into and out of a role, or None.
    On the role page it reuses the `transitions` the page context already loaded."""
    return build_transition_graph(page, context.get("transitions"))
