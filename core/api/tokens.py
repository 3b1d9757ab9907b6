"""Bearer-token authentication for protected API endpoints, on Wagtail's own API tokens.

Tokens are ``wagtail.models.APIToken`` rows: per user, stored as an HMAC-SHA-256
digest, the plain token shown once when created (Settings › API tokens in the
admin, or ``manage.py api_tokens create``), revocable. This module only adapts
Wagtail's ninja auth class to the API's error shape.
"""

from django.http import HttpRequest
from ninja.errors import AuthenticationError
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

MISSING_TOKEN = "Send an API token in the Authorization header: 'Authorization: Bearer <token>'."
BAD_TOKEN = "The API token is not valid: it is unknown or revoked, or its user is inactive."


class APITokenAuth(BearerTokenAuth):
    """Accepts an active token: ``request.auth`` is the ``APIToken``, ``request.user`` its user.

    A missing header and a bad token raise ``AuthenticationError`` with
    different messages; the API's handler turns both into a 401.
    """

    openapi_description = "An API token from the Role Atlas admin (Settings › API tokens)."

    def __call__(self, request: HttpRequest) -> APIToken:
        scheme, _, credentials = request.headers.get(self.header, "").partition(" ")
        if scheme.lower() != self.openapi_scheme or not credentials.strip():
            raise AuthenticationError(message=MISSING_TOKEN)
        token = self.authenticate(request, credentials.strip())
        if token is None:
            raise AuthenticationError(message=BAD_TOKEN)
        return token
