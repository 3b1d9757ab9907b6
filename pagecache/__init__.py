"""Full-page cache for anonymous readers and the site-wide content version that invalidates it.

Belongs to the bottom (core) layer: it imports nothing from the project's apps.
"""
