"""Validators shared by the role models, with messages that say what is wrong."""

from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator

# Django's URLField also accepts ftp:// and ftps://; readers' browsers need a web address.
http_url = URLValidator(schemes=["http", "https"], message="Enter a web address starting with http:// or https://.")

score_min = MinValueValidator(0, message="The AI-impact score must be between 0 and 100.")
score_max = MaxValueValidator(100, message="The AI-impact score must be between 0 and 100.")

at_least_one_month = MinValueValidator(1, message="Typical months must be 1 or more.")
