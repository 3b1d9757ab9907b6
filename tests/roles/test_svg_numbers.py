"""The guide's pictures (salary chart, transition graph) draw the same under any active language: SVG
coordinates are never localised, where a decimal comma ("41,5") would break the drawing."""

import re

import pytest
from django.utils import translation

from tests.factories.roles import TransitionPathFactory
from tests.site_fixtures import catalogue  # noqa: F401 (fixture)

SVG = re.compile(r"<svg.*?</svg>", re.S)
GEOMETRY = re.compile(r'\s(?:x|y|x1|x2|y1|y2|width|height|viewBox|d)="([^"]*)"')


@pytest.mark.django_db
def test_svg_coordinates_keep_a_decimal_point_in_a_decimal_comma_language(client, catalogue):
    TransitionPathFactory(page=catalogue["soc"], from_role=catalogue["ai"], from_role_name="", typical_months=3)
    with translation.override("de"):
        body = client.get(catalogue["ai"].url).content.decode()
    pictures = SVG.findall(body)
    assert any("salary-chart" in svg for svg in pictures) and any("transition-graph" in svg for svg in pictures)
    values = [value for svg in pictures for value in GEOMETRY.findall(svg)]
    assert any("." in value for value in values), "the pictures have fractional coordinates"
    assert [value for value in values if "," in value] == []
