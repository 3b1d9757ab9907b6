"""Model fields shared by every app's models."""

from django.db import models

from core.validators import http_url


class HttpURLField(models.URLField):
    """A URLField that accepts only http:// and https:// addresses (Django's also takes ftp://),
    with one message that says so."""

    default_validators = [http_url]
