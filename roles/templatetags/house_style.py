"""Template filters writing figures in the house style (roles.house_style): {{ amount|money }}, {{ date|day }}, {{ role.growth_outlook|growth }}."""

from django import template

from roles import house_style

register = template.Library()


@register.filter
def money(amount):
    return house_style.money(amount if amount != "" else None)


@register.filter
def money_range(band):
    """A salary band (min_usd, max_usd) -> '$110K–$145K'."""
    return house_style.money_range(band.min_usd, band.max_usd)


@register.filter
def growth(outlook):
    return house_style.growth(outlook)


@register.filter
def day(value):
    return house_style.day(value)
