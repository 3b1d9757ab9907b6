"""The compensation delta: first role's median to last role's, never typed by an editor."""

from decimal import Decimal

from paths.compensation import RoleFigure, compute_delta
from roles.presentation import house_style


def role(title, median, published=True):
    return RoleFigure(title=title, median_salary=median, is_published=published)


def test_positive_delta_as_amount_percentage_and_formula():
    delta = compute_delta([role("Software Engineer", 150_000), role("AI Engineer", 175_000)])
    assert delta.is_computed
    assert delta.amount == 25_000
    assert delta.percentage == Decimal("16.7")
    assert (delta.amount_label(), delta.percentage_label) == ("+$25,000", "+16.7%")
    assert delta.formula() == "from Software Engineer's median ($150,000) to AI Engineer's median ($175,000)"


def test_negative_delta_is_shown_honestly():
    delta = compute_delta([role("Staff Engineer", 240_000), role("Teacher", 65_000)])
    assert delta.amount == -175_000
    assert delta.percentage == Decimal("-72.9")
    assert (delta.amount_label(), delta.percentage_label) == ("\u2212$175,000", "\u221272.9%")


def test_only_the_first_and_last_roles_count():
    delta = compute_delta([role("A", 100_000), role("B", None, published=False), role("C", 120_000)])
    assert delta.amount == 20_000
    assert delta.formula() == "from A's median ($100,000) to C's median ($120,000)"


def test_missing_median_names_the_role():
    delta = compute_delta([role("Software Engineer", None), role("AI Engineer", 175_000)])
    assert not delta.is_computed
    assert delta.reason == "Software Engineer has no published median salary yet."
    assert delta.amount_label() == delta.formula() == ""


def test_a_draft_role_is_not_used_even_with_a_median():
    delta = compute_delta([role("Software Engineer", 150_000), role("AI Engineer", 175_000, published=False)])
    assert not delta.is_computed
    assert delta.reason == "AI Engineer's guide is not published yet, so its median salary cannot be used."


def test_fewer_than_two_roles():
    assert "at least two roles" in compute_delta([role("AI Engineer", 175_000)]).reason


def test_a_zero_starting_median_gives_an_amount_but_no_percentage():
    delta = compute_delta([role("Volunteer", 0), role("AI Engineer", 175_000)])
    assert delta.amount_label() == "+$175,000"
    assert delta.percentage is None and delta.percentage_label == ""


def test_no_change():
    delta = compute_delta([role("A", 90_000), role("B", 90_000)])
    assert (delta.amount_label(), delta.percentage_label) == ("$0", "0.0%")


def test_the_wording_takes_the_callers_money_style():
    delta = compute_delta([role("Software Engineer", 150_000), role("AI Engineer", 175_500)])
    short = house_style.money
    assert delta.label(short) == "+$25.5K (+17.0%)"
    assert delta.formula(short) == "from Software Engineer's median ($150K) to AI Engineer's median ($175.5K)"
    assert delta.label() == "+$25,500 (+17.0%)"  # the API's whole dollars by default
