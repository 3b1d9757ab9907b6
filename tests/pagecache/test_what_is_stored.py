"""Answers that belong to one reader, or say they must not be shared, are never stored."""

import pytest

from tests.pagecache.answers_urls import PERSONAL

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.pagecache.answers_urls")]


@pytest.mark.parametrize("make_personal", PERSONAL, ids=lambda change: change.__name__)
def test_a_personal_or_unshareable_answer_is_not_stored(client, make_personal):
    answers = [client.get(f"/{make_personal.__name__}/") for _ in range(2)]

    assert [answer["X-Cache"] for answer in answers] == ["MISS", "MISS"]
    assert answers[0].content != answers[1].content  # the view ran twice


def test_a_shareable_answer_is_stored_with_validators_and_served_to_the_next_reader(client):
    first, second = client.get("/shareable/"), client.get("/shareable/")

    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content  # the view ran once
    assert second["ETag"] == first["ETag"] and second["Last-Modified"] == first["Last-Modified"]
    assert second["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_a_reader_with_pending_messages_bypasses_the_cache(client):
    client.cookies["messages"] = "pending"

    answers = [client.get("/shareable/") for _ in range(2)]

    assert ["X-Cache" in answer for answer in answers] == [False, False]
    assert answers[0].content != answers[1].content
