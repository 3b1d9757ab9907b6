"""Shared infrastructure of the JSON API at /api/v1/.

The error shape (``errors``), paging (``pagination``), anonymous throttling
(``throttling``), HTTP caching (``caching``, a middleware), bearer-token auth
(``tokens``) and the registry through which each app mounts its router
(``registry``). ``config/api.py`` builds the one ``NinjaAPI`` from the registry.
"""
