from wagtail import hooks

from pagecache.entries import answer_may_be_stored, never_cache_this_request


@hooks.register("before_serve_page", order=-100)  # before Wagtail's own restriction check answers
def keep_restricted_pages_out_of_the_cache(page, request, serve_args, serve_kwargs):
    """Password-protected and login-restricted pages are never stored, whatever they answer.
    Checked on cache misses only (two queries): hits never reach the view."""
    if answer_may_be_stored(request) and page.get_view_restrictions().exists():
        never_cache_this_request(request)
