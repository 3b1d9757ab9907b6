"""Model fields shared by the role models."""

from django.db import models

from roles.validators import http_url


class HttpURLField(models.URLField):
    """A URLField that accepts only http:// and https:// addresses (Django's also takes ftp://),
    with one message that says so."""

    default_validators = [http_url]
