import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from courses.models import Certification, CertificationIndexPage, Course, CourseFormat, CourseIndexPage


class CourseFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Course {n}")
    provider = "Open University"
    format = CourseFormat.COURSE
    url = factory.Sequence(lambda n: f"https://courses.example.com/{n}")
    description = "<p>A practical course.</p>"
    live = True

    class Meta:
        model = Course


class CertificationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Certification {n}")
    issuer = "Cert Board"
    url = factory.Sequence(lambda n: f"https://certs.example.com/{n}")
    description = "<p>Proves the basics.</p>"
    live = True

    class Meta:
        model = Certification


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = "courses"
    intro = "<p>Courses our guides recommend.</p>"

    class Meta:
        model = CourseIndexPage


class CertificationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Certifications"
    slug = "certifications"
    intro = "<p>Certifications our guides mention.</p>"

    class Meta:
        model = CertificationIndexPage
