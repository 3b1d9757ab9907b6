from django.dispatch import Signal

#: Sent after ``mark_reviewed`` with ``instance``, ``user`` and ``note``. Nothing
#: is published when content is marked reviewed, so code that caches public pages
#: should listen to this as well as to ``page_published``.
content_reviewed = Signal()
