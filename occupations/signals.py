"""What this app tells the rest of the site (it knows nothing of guides).

``official_figures_moved`` is sent inside the import's transaction, after a
release's rows are written, with ``release`` and ``changes`` (a list of
``occupations.freshness.FigureChange``): one per occupation whose national
median moved by more than the threshold or whose projected growth changed
category. Receivers (``roles.official_figures``) flag the linked guides.
"""

from django.dispatch import Signal

official_figures_moved = Signal()
