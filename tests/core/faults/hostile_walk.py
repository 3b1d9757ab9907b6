"""Walk every public page and API endpoint with hostile input and collect every 5xx.

Used in-process on PostgreSQL (tests/core/faults/test_hostile_input.py) and, because
the test settings insist on PostgreSQL, as a script on a throwaway SQLite
database::

    DJANGO_SETTINGS_MODULE=config.settings.dev DATABASE_URL=sqlite:////tmp/x.sqlite3 \\
        python -m tests.core.faults.hostile_walk --setup

which migrates, loads the demo, walks, and prints one JSON line
``{"cases": N, "failures": [...]}``.
"""

import json
import sys

# Already percent-encoded, so a test can send what no browser would (NUL, a lone surrogate).
HOSTILE_VALUES = [
    "%00",
    "a%00b",
    "%22",
    "%22a",
    "%27",
    "%2A",
    "a%2A",
    "NEAR",
    "a%20AND%20b",
    "a%20OR%20NOT%20b",
    "-",
    "-a",
    "(",
    "a)",
    "%ED%A0%80",  # a lone UTF-16 surrogate, invalid UTF-8
    "%F0%9F%92%A5",
    "%20",
    "",
    "-1",
    "-99999999999999999999",
    "99999999999999999999",
    "1e309",
    "NaN",
    "no-such-thing",
    "%3Cscript%3E",
    "x" * 10_240,
]
HOSTILE_SLUGS = ["no-such-slug", "%00", "%ED%A0%80", "%22", "..", "x" * 10_240]

# Query parameters the public pages read (roles/presentation/browse.py with its legacy names, home/views.py,
# roles/views.py).
PAGE_PARAMETERS = {
    "/roles/": [
        "page",
        "family",
        "entry_level",
        "growth_outlook",
        "ai_impact_min",
        "ai_impact_max",
        "salary_min",
        "salary_max",
        "skill",
        "ordering",
        "entry",
        "impact_min",
        "sort",
    ],
    "/search/": ["q", "type", "page"],
    "/roles/compare/": ["roles"],
}
# The defects issue 11 reported, tried first and always.
KNOWN_CASES = [
    "/search/?q=%00",
    "/search/?q=a%00b",
    "/roles/compare/?roles=%00,ai-engineer",
    "/search/?q=%22",
    "/api/v1/roles?q=%22",
    "/api/v1/roles?q=%20",
    "/api/v1/search?q=%22a",
]


def page_cases(page_paths: list[str]) -> list[str]:
    cases = list(KNOWN_CASES)
    for value in HOSTILE_VALUES:
        for path, names in PAGE_PARAMETERS.items():
            cases += [f"{path}?{name}={value}" for name in names]
            cases.append(f"{path}?{names[0]}={value}&{names[0]}={value}&{names[0]}=1")
        everything = "&".join(f"{name}={value}" for names in PAGE_PARAMETERS.values() for name in names)
        cases += [f"{path}?{everything}" for path in page_paths]
    for slug in HOSTILE_SLUGS:
        cases += [f"/roles/{slug}/", f"/paths/{slug}/", f"/{slug}/"]
    return cases


def api_cases(schema: dict) -> list[str]:
    cases = []
    for template, operations in schema["paths"].items():
        operation = operations.get("get")
        if not operation:
            continue
        names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
        path_names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "path"]
        for slug in HOSTILE_SLUGS if path_names else [None]:
            path = template.replace("{" + path_names[0] + "}", slug) if path_names else template
            cases.append(path)
            for value in HOSTILE_VALUES if slug is None or slug == HOSTILE_SLUGS[0] else []:
                cases += [f"{path}?{name}={value}" for name in names]
                if names:
                    cases.append(f"{path}?{names[0]}={value}&{names[0]}=a")
                    cases.append(f"{path}?" + "&".join(f"{name}={value}" for name in names))
    return cases


def public_page_paths() -> list[str]:
    """Every live, public page's path on the default site, plus the views outside the page tree."""
    from wagtail.models import Page

    paths = [page.url for page in Page.objects.live().public().specific() if page.url]
    return sorted(set(paths) | {"/", "/search/", "/roles/compare/", "/sitemap.xml", "/robots.txt", "/healthz"})


def walk(client, cases: list[str], headers: dict | None = None) -> list[str]:
    """GET each case; the failures are '<status> <url>' for every 5xx."""
    failures = []
    for url in cases:
        response = client.get(url, headers=headers or {})
        if response.status_code >= 500:
            failures.append(f"{response.status_code} {url[:200]}")
    return failures


def walk_everything(client) -> tuple[int, list[str]]:
    from config.api import api

    cases = page_cases(public_page_paths()) + api_cases(api.get_openapi_schema())
    return len(cases), walk(client, cases)


def main() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    if "--setup" in sys.argv:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo", verbosity=0)
    settings.API_ANON_RATE = "1000000/min"
    count, failures = walk_everything(Client(raise_request_exception=False))
    print(json.dumps({"cases": count, "failures": failures, "vendor": settings.DATABASES["default"]["ENGINE"]}))


if __name__ == "__main__":
    main()
