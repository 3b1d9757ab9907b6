"""Template filters that write a role's figures the way the reference guide does."""

from django import template

from roles.figures import format_usd_range, format_usd_short

register = template.Library()


@register.filter
def usd_short(amount):
    """175000 -> '$175K'."""
    return format_usd_short(amount)


@register.filter
def usd_range(band):
    """A salary band -> '$110K–$145K'."""
    return format_usd_range(band.min_usd, band.max_usd)


@register.filter
def usd(amount):
    """Whole US dollars with thousands separators: 175000 -> '$175,000'; empty for None."""
    if amount in (None, ""):
        return ""
    return f"${int(amount):,}"
