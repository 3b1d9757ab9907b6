"""Every log line of a request carries its id; the id is echoed in X-Request-ID."""

import io
import json
import logging
import logging.config
import re

import pytest
from django.test import override_settings

from config.logging import build_logging


@pytest.fixture
def json_log(settings):
    """The production logging setup, writing to a buffer; the test settings' setup is restored after."""
    stream = io.StringIO()
    config = build_logging(json=True, level="INFO")
    logging.config.dictConfig(config)
    handler = logging.getLogger().handlers[0]
    handler.setStream(stream)
    yield stream
    logging.config.dictConfig(settings.LOGGING)


def lines(stream) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


@pytest.mark.django_db
def test_a_generated_id_is_echoed_and_on_every_log_line_of_the_request(client, home_page, json_log):
    response = client.get("/no-such-page/")
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    logged = lines(json_log)
    assert logged, "the 404 should log 'Not Found'"
    assert any(line["message"].startswith("Not Found") for line in logged)
    assert {line["request_id"] for line in logged} == {request_id}
    assert {"time", "level", "logger", "message"} <= set(logged[0])

    other = client.get("/no-such-page/")["X-Request-ID"]
    assert other != request_id


@pytest.mark.django_db
def test_an_incoming_id_is_ignored_without_a_trusted_proxy(client, home_page):
    assert client.get("/", HTTP_X_REQUEST_ID="from-the-internet")["X-Request-ID"] != "from-the-internet"


@pytest.mark.django_db
@override_settings(NUM_PROXIES=1)
def test_the_trusted_proxys_id_is_used_and_echoed(client, home_page, json_log):
    response = client.get("/missing/", HTTP_X_REQUEST_ID="lb-7f3a-42")
    assert response["X-Request-ID"] == "lb-7f3a-42"
    assert {line["request_id"] for line in lines(json_log)} == {"lb-7f3a-42"}
    # Not an id: generated instead, so a proxy cannot be used to inject text into the logs.
    assert client.get("/", HTTP_X_REQUEST_ID="bad id\n{}")["X-Request-ID"] != "bad id\n{}"
