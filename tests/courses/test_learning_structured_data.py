"""JSON-LD on path pages (EducationalOccupationalProgram) and the learning listings
(Course, EducationalOccupationalCredential): live content only, safely escaped."""

import pytest

from courses.models import Course
from tests.core.test_seo import json_ld
from tests.factories.courses import CertificationFactory, CourseFactory
from tests.site_fixtures import catalogue, learning_catalogue  # noqa: F401 (fixtures)


def of_type(html, schema_type):
    return [block for block in json_ld(html) if block["@type"] == schema_type]


@pytest.mark.django_db
def test_path_page_is_an_educational_program_in_a_reviewed_web_page(client, learning_catalogue):
    path_url = "/paths/software-to-ai/"
    (page,) = of_type(client.get(path_url).content.decode(), "WebPage")
    program = page["mainEntity"]
    assert program["@type"] == "EducationalOccupationalProgram"
    assert program["name"] == "Software to AI"
    assert program["timeToComplete"] == "P6W"
    assert program["occupationalCategory"] == "AI Engineer"
    assert [c["name"] for c in program["hasCourse"]] == ["LLM Evaluation Methods"]
    assert page["url"].endswith(path_url)


@pytest.mark.django_db
def test_path_program_leaves_out_courses_that_are_not_live(client, learning_catalogue):
    Course.objects.filter(title="LLM Evaluation Methods").update(live=False)
    (page,) = of_type(client.get("/paths/software-to-ai/").content.decode(), "WebPage")
    assert "hasCourse" not in page["mainEntity"]


@pytest.mark.django_db
def test_course_listing_lists_live_courses_as_schema_courses(client, learning_catalogue):
    CourseFactory(title="Hidden Draft Course", live=False)
    CourseFactory(title="</script><script>alert(1)</script>", provider="Mallory")
    html = client.get("/courses/").content.decode()
    (listing,) = of_type(html, "ItemList")
    names = [element["item"]["name"] for element in listing["itemListElement"]]
    assert "LLM Evaluation Methods" in names and "Hidden Draft Course" not in names
    assert all(element["item"]["@type"] == "Course" for element in listing["itemListElement"])
    assert "<script>alert(1)</script>" not in html  # escaped inside the JSON-LD and in the page


@pytest.mark.django_db
def test_certification_listing_lists_live_credentials(client, learning_catalogue):
    CertificationFactory(name="Hidden Draft Cert", live=False)
    (listing,) = of_type(client.get("/certifications/").content.decode(), "ItemList")
    items = [element["item"] for element in listing["itemListElement"]]
    assert [item["name"] for item in items] == ["Cloud ML Engineer"]
    assert items[0]["@type"] == "EducationalOccupationalCredential"
    assert items[0]["recognizedBy"] == {"@type": "Organization", "name": "Cert Board"}
