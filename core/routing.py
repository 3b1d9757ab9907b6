"""Wagtail routing in fewer queries (overriding ``Page.route``, Wagtail's documented hook).

Wagtail's ``route`` loads each page on the way to the one served twice: as a ``Page``, then in its
specific form (``.specific``). A page routed *through* only needs its ``route`` method, so it is
taken in its specific form without loading its own fields (``specific_deferred``: fields load on
first use, so a custom ``route`` still works). A parent whose children are all of one type
(``routed_children``) loads the served child in its specific form in one query, with what its
template needs (``select_related``). The chain of parents is kept on each child
(``_cached_parent_obj``, as Wagtail does), so breadcrumbs need no query (``routed_ancestors``).

Routing itself starts from the site and root page held per content version (``core.page_view``), and a page
routed through (a section such as /roles/ on the way to a guide) is held per content version too: a guide or a
path is served in one routing query, its own.
"""

import copy

from core.compiled import CompiledQuery
from pagecache import per_version

MAX_HELD_ROUTED_THROUGH = 256
"""Pages routed through held per content version (any address under a page routes through it, so a bound)."""


def _routed_child(shape, slug: str):
    parent = shape[0]
    children = parent.routed_children().filter(slug=slug)
    return (children if children.ordered else children.order_by("pk"))[:1]


_ROUTED_CHILD = CompiledQuery(_routed_child, str, shapes=64)


class RouteMixin:
    def routed_children(self):
        """The queryset the served child is looked up in; override for a parent with one child type."""
        return self.get_children()

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        child = self._routed_through(slug) if remaining else self._routed_child(slug)
        if child is None:
            # Not among ``routed_children`` (another type, or none): Wagtail's own lookup decides.
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, remaining)

    def _child_at(self, slug: str):
        """The child at ``slug`` among ``routed_children``, or None (one query)."""
        # The lookup's SQL depends only on this page (its type, equal to its id), its place in the tree and
        # whether it has children (treebeard's get_children() is empty by construction for a leaf).
        found = _ROUTED_CHILD.run((self, self.path, self.depth, self.numchild == 0), slug)
        return found[0] if found else None

    def _routed_child(self, slug: str):
        """The child served at ``slug``, in its specific form, or None."""
        child = self._child_at(slug)
        return child.specific if child else None

    def _routed_through(self, slug: str):
        """The child at ``slug`` that routing passes through, specific without its own fields (fields load on first
        use, so a custom ``route`` still works), or None; a copy of the one held at this content version."""
        held = per_version.held("routed_through", dict)  # entries are added, never changed, as in core.page_view
        key = (self.pk, slug)
        child = held.get(key)
        if child is None:
            found = self._child_at(slug)
            if found is None:
                return None
            child = found.specific_deferred
            if len(held) < MAX_HELD_ROUTED_THROUGH:
                held[key] = child
        return copy.copy(child)


def routed_ancestors(page) -> list | None:
    """The ancestors below the tree root that routing loaded for ``page``, top first; None when the
    chain does not reach the top (a page not reached by routing)."""
    ancestors = []
    current = page
    while current.depth > 2:
        current = current.__dict__.get("_cached_parent_obj")
        if current is None:
            return None
        ancestors.append(current)
    return ancestors[::-1]
