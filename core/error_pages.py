"""The site's own 404 page on the development server too (DEBUG shows Django's technical page otherwise)."""

from django.http import Http404
from django.views.defaults import page_not_found


class Custom404InDebugMiddleware:
    """Development only (config/settings/dev.py): answer Http404 with templates/404.html.

    Add ``?technical404`` to a URL to see Django's technical page with the URL patterns tried.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404) and "technical404" not in request.GET:
            return page_not_found(request, exception)
        return None
