from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from occupations.models import GrowthCategory, Occupation, growth_category
from tests.factories.occupations import OccupationFactory


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["151252", "15-125", "15-12521", "AB-1252", "15-1252.00"])
def test_soc_code_must_be_nn_nnnn(code):
    with pytest.raises(ValidationError) as error:
        Occupation(code=code, title="Software Developers").full_clean()
    assert "code" in error.value.message_dict


@pytest.mark.django_db
def test_soc_code_is_unique():
    OccupationFactory(code="15-1252")
    with pytest.raises(ValidationError) as error:
        Occupation(code="15-1252", title="Again").full_clean()
    assert "code" in error.value.message_dict


@pytest.mark.parametrize(
    ("percent", "category"),
    [
        ("33.5", GrowthCategory.MUCH_FASTER),
        ("8.0", GrowthCategory.MUCH_FASTER),
        ("7.9", GrowthCategory.FASTER),
        ("5.0", GrowthCategory.FASTER),
        ("3.1", GrowthCategory.AVERAGE),
        ("1.4", GrowthCategory.SLOWER),
        ("0.0", GrowthCategory.LITTLE_OR_NO_CHANGE),
        ("-1.0", GrowthCategory.LITTLE_OR_NO_CHANGE),
        ("-1.1", GrowthCategory.DECLINE),
        ("-5.0", GrowthCategory.DECLINE),
    ],
)
def test_growth_category_follows_the_handbook_wording(percent, category):
    assert growth_category(Decimal(percent)) == category
