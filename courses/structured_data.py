"""schema.org JSON-LD for the course and certification listings (live items only).

Rendered with core.seo.json_ld_script, so editor text cannot end the script element.
"""

from django.utils.html import strip_tags


def course(item) -> dict:
    data = {"@type": "Course", "name": item.title, "description": strip_tags(item.description) or item.title}
    if item.provider:
        data["provider"] = {"@type": "Organization", "name": item.provider}
    if item.url:
        data["url"] = item.url
    return data


def credential(item) -> dict:
    data = {
        "@type": "EducationalOccupationalCredential",
        "name": item.name,
        "credentialCategory": "certification",
        "recognizedBy": {"@type": "Organization", "name": item.issuer},
    }
    description = strip_tags(item.description)
    if description:
        data["description"] = description
    if item.url:
        data["url"] = item.url
    return data


def item_list(name: str, items: list[dict]) -> dict:
    """An ItemList of courses or credentials, in the order the listing shows them."""
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": name,
        "itemListElement": [
            {"@type": "ListItem", "position": position, "item": item} for position, item in enumerate(items, start=1)
        ],
    }
