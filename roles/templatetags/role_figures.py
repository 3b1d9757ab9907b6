from django import template

register = template.Library()


@register.filter
def usd(amount):
    """Whole US dollars with thousands separators: 175000 -> '$175,000'; empty for None."""
    if amount in (None, ""):
        return ""
    return f"${int(amount):,}"
