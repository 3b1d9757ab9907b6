"""HTTP methods on the JSON API: HEAD answered like GET, and every 4xx in the API's error shape.

ninja answers a method an endpoint lacks with Django's plain ``405`` (text/html),
and it has no HEAD. This middleware, for paths under ``/api/`` and ``/healthz``
(the other JSON endpoint):

- serves HEAD as GET (same status and headers, ``Content-Length`` included) without the body;
- rewrites any 4xx that is not JSON yet (the 405, and whatever Django itself may
  send) into ``{"detail": [...]}``; a 405 keeps ``Allow``, which now lists HEAD.
"""

from http import HTTPStatus

from django.http import JsonResponse

from core.api.errors import error_body

JSON_PATHS = ("/api/", "/healthz")


class APIMethodsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(JSON_PATHS):
            return self.get_response(request)
        method = request.method
        if method == "HEAD":
            request.method = "GET"
        response = self.get_response(request)
        request.method = method
        if 400 <= response.status_code < 500 and not response.get("Content-Type", "").startswith("application/json"):
            response = as_api_error(method, response)
        if method == "HEAD":
            if not response.streaming:
                length = len(response.content)
                response.content = b""
                response["Content-Length"] = str(length)
        return response


def as_api_error(method: str, response):
    status = response.status_code
    if status == 405:
        allowed = [method.strip() for method in response.get("Allow", "").split(",") if method.strip()]
        if "GET" in allowed and "HEAD" not in allowed:
            allowed.append("HEAD")
        body = error_body(f"{method} is not allowed here; use {', '.join(allowed) or 'GET'}.", "method_not_allowed")
        replacement = JsonResponse(body, status=405)
        replacement["Allow"] = ", ".join(allowed)
    else:
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Client error"
        replacement = JsonResponse(error_body(f"{phrase}.", "http_error"), status=status)
    for header in ("Retry-After", "WWW-Authenticate", "Vary", "Access-Control-Allow-Origin"):
        if header in response:
            replacement[header] = response[header]
    return replacement
