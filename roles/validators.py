"""Validators of the role models' figures, with messages that say what is wrong."""

from django.core.validators import MaxValueValidator, MinValueValidator

score_min = MinValueValidator(0, message="The AI-impact score must be between 0 and 100.")
score_max = MaxValueValidator(100, message="The AI-impact score must be between 0 and 100.")

at_least_one_month = MinValueValidator(1, message="Typical months must be 1 or more.")
