"""GET /api/v1/tokens/me: who a token belongs to, so a client can check its credentials."""

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Router, Schema

from core.api.errors import error_responses
from core.api.tokens import APITokenAuth

router = Router(auth=APITokenAuth())


class TokenOut(Schema):
    name: str
    prefix: str = Field(description="The token's first characters, as shown in the admin.")
    user: str = Field(description="The username the token acts for.")
    created: datetime
    last_used_at: datetime | None = Field(description="The use before this request; recorded at most once a minute.")


@router.get(
    "/me", response={200: TokenOut, **error_responses(401)}, summary="Describe the token sent", operation_id="token_me"
)
def token_me(request: HttpRequest):
    """The token in the ``Authorization`` header and its user. 401 when it is missing, unknown or revoked."""
    token = request.auth
    return {
        "name": token.name,
        "prefix": token.prefix,
        "user": token.user.get_username(),
        "created": token.created,
        "last_used_at": token.last_used_at,
    }
