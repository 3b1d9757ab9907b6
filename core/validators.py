"""Validators shared by every app's models, with messages that say what is wrong."""

from django.core.validators import URLValidator

# Django's URLField also accepts ftp:// and ftps://; readers' browsers need a web address.
http_url = URLValidator(schemes=["http", "https"], message="Enter a web address starting with http:// or https://.")
