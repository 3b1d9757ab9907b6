"""A test client whose requests go through the page cache's WSGI front, as gunicorn's do.

Django's test client calls its handler with a WSGI environ and expects a response object; this
handler runs ``PageCacheFront`` around Django's own ``WSGIHandler`` (what ``config.wsgi`` serves)
and turns the WSGI answer back into a response, so tests read hits as readers get them.
"""

from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.http import HttpResponse
from django.test import Client

from core.page_cache_front import PageCacheFront


class TestFront(PageCacheFront):
    """The front as deployed, except that it leaves the test's connection (and its transaction) open."""

    recycle_connections = staticmethod(lambda: None)


class FrontHandler:
    def __init__(self):
        self.application = None

    def __call__(self, environ):
        if self.application is None:  # built at the first request: tests may change settings before it
            self.application = TestFront(WSGIHandler())
        answer = {}

        def start_response(status, headers, exc_info=None):
            answer.update(status=int(status.split(" ", 1)[0]), headers=headers)

        # As Django's own test handler does: the test's connection holds its transaction, keep it open.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            body = b"".join(self.application(environ, start_response))
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        response = HttpResponse(body, status=answer["status"])
        del response["Content-Type"]
        for name, value in answer["headers"]:
            if name.lower() == "set-cookie":
                response.cookies.load(value)
            else:
                response[name] = value
        response.wsgi_request = WSGIRequest(environ)
        return response


class FrontClient(Client):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.handler = FrontHandler()
