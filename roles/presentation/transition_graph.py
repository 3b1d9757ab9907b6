"""The roles people move into this one from, and the roles it leads to, as SVG geometry.

Laid out top to bottom (sources, this role, destinations) so that every label keeps a
full-width box and stays readable on a phone. Only live, public guides are linked;
a destination is listed only when its own guide is live and public.
"""

from dataclasses import dataclass, field

from core.page_urls import url_of
from roles.presentation.page_context import Transition, transitions_into
from roles.presentation.related import leads_to

WIDTH = 360
BOX_X = 12
BOX_WIDTH = 272
BOX_HEIGHT = 34
ROW = 44
GROUP_LABEL = 24
SPINE_X = 336
MAX_LABEL = 34


@dataclass
class Node:
    name: str
    url: str | None
    months: int | None
    y: float

    @property
    def label(self) -> str:
        return self.name if len(self.name) <= MAX_LABEL else self.name[: MAX_LABEL - 1] + "…"

    @property
    def text_y(self) -> float:
        return self.y + 22

    @property
    def mid_y(self) -> float:
        return self.y + BOX_HEIGHT / 2


@dataclass
class TransitionGraph:
    title: str
    incoming: list[Node] = field(default_factory=list)
    outgoing: list[Node] = field(default_factory=list)
    center_y: float = 0
    height: float = 0
    incoming_label_y: float = 0
    outgoing_label_y: float = 0
    width: int = WIDTH
    box_x: int = BOX_X
    box_width: int = BOX_WIDTH
    box_height: int = BOX_HEIGHT
    spine_x: int = SPINE_X

    @property
    def center_box_width(self) -> int:
        return SPINE_X + 12 - BOX_X

    @property
    def box_right(self) -> int:
        return BOX_X + BOX_WIDTH

    @property
    def center_bottom(self) -> float:
        return self.center_y + BOX_HEIGHT


def transition_graph(page, incoming: list[Transition] | None = None) -> TransitionGraph | None:
    """Geometry for `page`'s transition graph; None when it documents no moves either way.

    `incoming` reuses the transitions the role page already loaded (roles.presentation.page_context).
    """
    sources = transitions_into(page) if incoming is None else incoming
    destinations = leads_to(page)  # the same destinations the API lists
    if not sources and not destinations:
        return None

    graph = TransitionGraph(title=page.title)
    y = 0.0
    if sources:
        graph.incoming_label_y = y + 16
        y += GROUP_LABEL
        for transition in sources:
            graph.incoming.append(Node(name=transition.name, url=transition.url, months=transition.typical_months, y=y))
            y += ROW
        y += 12
    graph.center_y = y
    y += BOX_HEIGHT + 24
    if destinations:
        graph.outgoing_label_y = y + 16
        y += GROUP_LABEL
        for destination in destinations:
            url = url_of(destination.url_path)
            graph.outgoing.append(Node(name=destination.title, url=url, months=destination.typical_months, y=y))
            y += ROW
    graph.height = y + 4
    return graph
