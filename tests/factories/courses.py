import factory
from factory.django import DjangoModelFactory

from courses.models import Certification, Course, CourseFormat


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
