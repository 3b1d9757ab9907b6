"""The WSGI application gunicorn (and runserver) serves: Django, behind the page cache's front."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

django_application = get_wsgi_application()

from core.page_cache_front import PageCacheFront  # noqa: E402 (imports models: the apps must be loaded first)

application = PageCacheFront(django_application)
