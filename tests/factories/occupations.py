import factory
from factory.django import DjangoModelFactory

from occupations.models import Occupation, Release


class OccupationFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"15-{1000 + n:04d}")
    title = factory.Sequence(lambda n: f"Occupation {n}")

    class Meta:
        model = Occupation
        django_get_or_create = ["code"]


class ReleaseFactory(DjangoModelFactory):
    kind = Release.Kind.OEWS
    name = "May 2024"
    source_url = "https://www.bls.gov/oes/tables.htm"
    checksum = factory.Sequence(lambda n: f"{n:064x}")

    class Meta:
        model = Release
