"""The packaged-path teaser on a role guide says what the reference says and shows each path's delta and duration."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from wagtail.coreutils import get_dummy_request
from wagtail.models import PageViewRestriction

from tests.factories.paths import CurriculumStepFactory, PackagedPathPageFactory


def render_for(role):
    html = render_to_string("paths/includes/role_paths.html", {"page": role}, request=get_dummy_request())
    return BeautifulSoup(html, "html5lib")


def figures(card) -> dict[str, str]:
    return {
        dt.get_text(strip=True): dd.get_text(strip=True)
        for dt, dd in zip(card.select("dt"), card.select("dd"), strict=True)
    }


def test_the_teaser_follows_the_reference_wording(path_index, make_role):
    software, ai = make_role("Software Engineer", 150_000), make_role("AI Engineer", 175_000)
    PackagedPathPageFactory(parent=path_index, title="Applied AI", roles=[software, ai])
    PackagedPathPageFactory(parent=path_index, title="Applied AI, fast track", roles=[software, ai])
    text = " ".join(render_for(ai).get_text(" ", strip=True).split())
    assert "Want the curriculum, comp delta, and recommended courses for this role?" in text
    assert (
        "bundles " in text
        and "roles into a small set of packaged paths. Each path has the curriculum sequence, "
        "the compensation delta it unlocks, and the recommended courses, all pre-set. Two ways in:"
    ) in text


def test_each_card_shows_the_delta_and_the_duration(path_index, make_role):
    software, ai = make_role("Software Engineer", 150_000), make_role("AI Engineer", 175_000)
    steps = [CurriculumStepFactory.build(weeks=6), CurriculumStepFactory.build(weeks=10)]
    PackagedPathPageFactory(parent=path_index, title="Applied AI", roles=[software, ai], steps=steps)
    card = render_for(ai).select_one(".role-paths__list li")
    assert figures(card) == {"Compensation delta": "+$25K (+16.7%)", "Duration": "~16 weeks"}


def test_unknown_figures_say_so(path_index, make_role):
    software, ai = make_role("Software Engineer", None), make_role("AI Engineer", 175_000)
    PackagedPathPageFactory(parent=path_index, roles=[software, ai], steps=[CurriculumStepFactory.build(weeks=None)])
    card = render_for(ai).select_one(".role-paths__list li")
    assert figures(card) == {"Compensation delta": "Not yet computed", "Duration": "Not yet published"}


@pytest.mark.parametrize("hide", ["unpublish", "restrict"])
def test_a_role_readers_cannot_open_leaves_the_delta_uncomputed(path_index, make_role, hide):
    software, ai = make_role("Software Engineer", 150_000), make_role("AI Engineer", 175_000)
    PackagedPathPageFactory(parent=path_index, title="Applied AI", roles=[software, ai])
    assert figures(render_for(ai).select_one(".role-paths__list li"))["Compensation delta"] == "+$25K (+16.7%)"

    if hide == "unpublish":
        software.unpublish()
    else:
        PageViewRestriction.objects.create(page=software, restriction_type=PageViewRestriction.PASSWORD, password="x")
    card = render_for(ai).select_one(".role-paths__list li")
    assert figures(card)["Compensation delta"] == "Not yet computed"


@pytest.mark.parametrize("size", [1, 5])
def test_the_teaser_costs_the_same_queries_for_any_number_of_paths(
    path_index, make_role, django_assert_max_num_queries, size
):
    software, ai = make_role("Software Engineer", 150_000), make_role("AI Engineer", 175_000)
    for n in range(size):
        PackagedPathPageFactory(parent=path_index, title=f"Path {n}", roles=[software, ai])
    render_for(ai)
    with django_assert_max_num_queries(4):  # restrictions, paths with their roles and steps, the family, the site root
        render_for(ai)
