"""`/favicon.ico`, which browsers ask for on every first visit: a redirect to the SVG icon base.html links."""

from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static


def favicon(request):
    return HttpResponsePermanentRedirect(static("favicon.svg"))
