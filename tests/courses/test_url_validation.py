import pytest
from django.core.exceptions import ValidationError

from tests.factories.courses import CertificationFactory, CourseFactory


@pytest.mark.django_db
@pytest.mark.parametrize("factory", [CourseFactory, CertificationFactory])
def test_only_http_and_https_links_are_accepted(factory):
    item = factory.build(url="ftp://files.example.com/course")
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "url" in error.value.message_dict
    item.url = "https://example.com/course"
    item.full_clean()
