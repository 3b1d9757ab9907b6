"""The courses app's models: the learning resources (``resources``) and their listing pages (``pages``)."""

from courses.models.pages import CertificationIndexPage, CourseIndexPage, LearningListingPage
from courses.models.resources import (
    Certification,
    Course,
    CourseFormat,
    LearningResource,
    LiveQuerySet,
    role_link_model,
)

__all__ = [
    "Certification",
    "CertificationIndexPage",
    "Course",
    "CourseFormat",
    "CourseIndexPage",
    "LearningListingPage",
    "LearningResource",
    "LiveQuerySet",
    "role_link_model",
]
