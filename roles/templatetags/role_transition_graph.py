from django import template

from roles.transition_graph import transition_graph as build_transition_graph

register = template.Library()


@register.simple_tag
def transition_graph(page):
    """`{% transition_graph page as graph %}`: SVG geometry of the moves into and out of a role, or None."""
    return build_transition_graph(page)
