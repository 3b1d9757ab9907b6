"""Answers that belong to one reader, or say they must not be shared, are never stored."""

import pytest
from django.http import HttpResponse

from pagecache.middleware import PageCacheMiddleware

pytestmark = pytest.mark.django_db


def sets_a_cookie(response):
    response.set_cookie("csrftoken", "someone-elses-token")


def private(response):
    response["Cache-Control"] = "private"


def no_store(response):
    response["Cache-Control"] = "no-store"


def varies_on_language(response):
    response["Vary"] = "Accept-Language"


def not_found(response):
    response.status_code = 404


@pytest.mark.parametrize("make_personal", [sets_a_cookie, private, no_store, varies_on_language, not_found])
def test_a_personal_or_unshareable_answer_is_not_stored(rf, make_personal):
    def view(request):
        response = HttpResponse("personal")
        make_personal(response)
        return response

    middleware = PageCacheMiddleware(view)

    assert [middleware(rf.get("/some-page/"))["X-Cache"] for _ in range(2)] == ["MISS", "MISS"]


def test_a_shareable_answer_is_stored_without_its_cookies(rf):
    calls = []

    def view(request):
        calls.append(request)
        response = HttpResponse("for everyone")
        response["Vary"] = "Cookie, Accept-Encoding"
        return response

    middleware = PageCacheMiddleware(view)
    middleware(rf.get("/some-page/"))
    hit = middleware(rf.get("/some-page/"))

    assert (hit["X-Cache"], hit.content, len(calls)) == ("HIT", b"for everyone", 1)
    assert not hit.cookies


def test_a_reader_with_pending_messages_bypasses_the_cache(rf):
    middleware = PageCacheMiddleware(lambda request: HttpResponse("hello"))
    request = rf.get("/some-page/")
    request.COOKIES["messages"] = "pending"

    assert "X-Cache" not in middleware(request)
