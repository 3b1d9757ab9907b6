"""The public JSON API at /api/v1/: one NinjaAPI that mounts the router each app registered.

Shared behaviour lives in ``core/api/``: the error shape, paging, anonymous
throttling, HTTP caching and token auth; apps register their routers there
(``core.api.registry``) from ``AppConfig.ready()``. docs/api.md is the reader's guide.
"""

import json
import re

from django.utils.module_loading import import_string
from ninja import NinjaAPI

from core.api.errors import error_body, register_error_handlers
from core.api.registry import registered_routers
from core.api.throttling import SettingsAnonRateThrottle
from core.faults.database_unavailable import register_api_handler

DESCRIPTION = """\
Published Role Atlas content as JSON: role guides, packaged paths, courses,
certifications and search. Only live, public content is served; drafts, private pages and
unpublished changes never appear.

**Errors** all have one shape: `{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}`.
`loc` names the parameter (e.g. `["query", "limit"]`), `msg` says what is wrong.

**Paging**: `limit` (1-100, default 20) and `offset`; lists answer
`count`, `next`, `previous` (absolute URLs or null) and `results`.

**Caching**: every successful GET has `ETag`, `Last-Modified` and
`Cache-Control`; send `If-None-Match` or `If-Modified-Since` to get `304`.

**Rate limit**: anonymous requests are throttled per client address;
over the limit you get `429` with `Retry-After` (seconds).

**Tokens**: endpoints marked with a lock need `Authorization: Bearer <token>`;
create a token in the admin under Settings › API tokens.
"""


class RoleAtlasAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI document describes only what clients send and receive.

    - pydantic describes an optional parameter as ``anyOf: [<type>, {type: null}]``,
      but a query string cannot carry a JSON null (the parameter is left out), so
      the null branch is dropped;
    - ninja also lists each operation's query-parameter model as a component
      nothing refers to; those are dropped so generated clients stay small.
    """

    def get_openapi_schema(self, **kwargs):
        schema = super().get_openapi_schema(**kwargs)
        for path_item in schema["paths"].values():
            for operation in path_item.values():
                for parameter in operation.get("parameters", []):
                    drop_null_branch(parameter["schema"])
        drop_unreferenced_schemas(schema)
        return schema


def drop_null_branch(schema: dict) -> None:
    branches = [branch for branch in schema.get("anyOf", []) if branch != {"type": "null"}]
    if len(branches) == 1 and len(schema["anyOf"]) == 2:
        del schema["anyOf"]
        schema.update(branches[0])


def drop_unreferenced_schemas(document: dict) -> None:
    components = document.get("components", {}).get("schemas", {})
    referenced: set[str] = set()
    pending = [document["paths"]]
    while pending:
        for name in set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(pending.pop()))) - referenced:
            referenced.add(name)
            pending.append(components.get(name, {}))
    for name in set(components) - referenced:
        del components[name]


api = RoleAtlasAPI(
    title="Role Atlas API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    throttle=[SettingsAnonRateThrottle()],
)
register_error_handlers(api)
register_api_handler(api)

for entry in registered_routers():
    api.add_router(entry.prefix, import_string(entry.router), tags=list(entry.tags))


def api_not_found(request):
    """Plain Django view for paths under /api/ that match no endpoint."""
    body = error_body(f"No API endpoint at {request.path}. The endpoints are listed at /api/v1/docs.", "not_found")
    return api.create_response(request, body, status=404)
