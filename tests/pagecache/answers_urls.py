"""Views answering in every way that makes an answer personal or unshareable, and one that is shareable."""

from django.http import HttpResponse
from django.urls import path


def answer(change):
    def view(request):
        view.calls += 1
        response = HttpResponse(f"answer number {view.calls}")
        change(response)
        return response

    view.calls = 0
    return view


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


def shareable(response):
    response["Vary"] = "Cookie, Accept-Encoding"


PERSONAL = [sets_a_cookie, private, no_store, varies_on_language, not_found]
urlpatterns = [path(f"{change.__name__}/", answer(change)) for change in [*PERSONAL, shareable]]
