from wagtail import hooks

from pagecache.middleware import never_cache_this_request


@hooks.register("before_serve_page", order=-100)  # before Wagtail's own restriction check answers
def keep_restricted_pages_out_of_the_cache(page, request, serve_args, serve_kwargs):
    """Password-protected and login-restricted pages are never stored, whatever they answer."""
    if page.get_view_restrictions().exists():
        never_cache_this_request(request)
