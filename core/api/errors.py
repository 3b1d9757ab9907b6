"""The API's one error shape, and the handlers that turn every failure into it.

Every error response is ``{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}``:
``loc`` says where the problem is (``["query", "limit"]``, ``["path", "slug"]``,
``["header", "Authorization"]``, or ``[]`` for the request as a whole), ``msg``
says what is wrong in words, ``type`` is a stable machine-readable code.
"""

import logging
import math

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, Throttled, ValidationError

logger = logging.getLogger(__name__)


class ErrorDetail(Schema):
    loc: list[str | int]
    msg: str
    type: str


class Error(Schema):
    detail: list[ErrorDetail]


class NotFound(Http404):
    """A 404 that says which part of the request named something that does not exist."""

    def __init__(self, msg: str, loc: tuple[str, ...] = ()):
        super().__init__(msg)
        self.msg = msg
        self.loc = list(loc)


def error_responses(*status_codes: int) -> dict[int, type[Error]]:
    """``response={200: Out, **error_responses(404)}``: documents the errors an operation can answer.

    422 (bad parameters) and 429 (rate limit) can come from every operation.
    """
    return {code: Error for code in sorted({422, 429, *status_codes})}


def error_body(msg: str, type: str, loc=()) -> dict:
    return {"detail": [{"loc": list(loc), "msg": msg, "type": type}]}


def register_error_handlers(api: NinjaAPI) -> None:
    def respond(request: HttpRequest, status: int, body: dict) -> HttpResponse:
        return api.create_response(request, body, status=status)

    @api.exception_handler(ValidationError)
    def invalid_input(request, exc: ValidationError):
        details = [{"loc": list(error["loc"]), "msg": error["msg"], "type": error["type"]} for error in exc.errors]
        return respond(request, 422, {"detail": details})

    @api.exception_handler(Http404)
    def not_found(request, exc: Http404):
        if isinstance(exc, NotFound):
            return respond(request, 404, error_body(exc.msg, "not_found", exc.loc))
        return respond(request, 404, error_body("Not found.", "not_found"))

    @api.exception_handler(AuthenticationError)
    def not_authenticated(request, exc: AuthenticationError):
        response = respond(request, 401, error_body(exc.message, "not_authenticated", ("header", "Authorization")))
        response["WWW-Authenticate"] = 'Bearer realm="api"'
        return response

    @api.exception_handler(AuthorizationError)
    def permission_denied(request, exc: AuthorizationError):
        return respond(request, 403, error_body(exc.message, "permission_denied", ("header", "Authorization")))

    @api.exception_handler(Throttled)
    def throttled(request, exc: Throttled):
        wait = f" Retry in {math.ceil(exc.wait)} seconds." if exc.wait is not None else ""
        return respond(request, 429, error_body(f"Too many requests.{wait}", "throttled"))

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        return respond(request, exc.status_code, error_body(exc.message, "http_error"))

    @api.exception_handler(Exception)
    def server_error(request, exc: Exception):
        logger.exception("Unhandled error in %s %s", request.method, request.path)
        return respond(request, 500, error_body("Internal server error. It has been logged.", "server_error"))
