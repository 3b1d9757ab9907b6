"""Point the default Wagtail Site at the address the site is served from.

Absolute URLs (canonical, og:url, sitemap, API ``url`` fields, breadcrumb
JSON-LD) are built from the default Site's hostname and port, so ``make run``
calls this with ``http://$(HOST):$(PORT)`` before serving.
"""

from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_root(url: str) -> tuple[str, int]:
    """``http://127.0.0.1:8105`` -> ``("127.0.0.1", 8105)``; raises ``ValueError`` naming what is wrong."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS:
        raise ValueError(f"the site root must start with http:// or https:// (got {url!r})")
    if not parts.hostname:
        raise ValueError(f"the site root has no host name (got {url!r})")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"the site root must be scheme, host and port only, with no path (got {url!r})")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"the site root's port is not a number from 0 to 65535 (got {url!r})") from None
    return parts.hostname, port or DEFAULT_PORTS[parts.scheme]


class Command(BaseCommand):
    help = "Set the default site's host name and port from a root URL such as http://127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument("url", help="The root URL readers use, e.g. http://127.0.0.1:8000")

    def handle(self, *args, url, **options):
        try:
            hostname, port = parse_site_root(url)
        except ValueError as error:
            raise CommandError(str(error)) from None
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("there is no default site yet; run `manage.py load_demo` (or create a site) first")
        if (site.hostname, site.port) == (hostname, port):
            self.stdout.write(f"The site root is already {site.root_url}.")
            return
        site.hostname, site.port = hostname, port
        site.save()
        self.stdout.write(self.style.SUCCESS(f"The site root is now {site.root_url}."))
