"""schema.org JSON-LD for a role guide: an Occupation inside its WebPage, and its FAQ.

Built from live data only: certifications that are not live are left out.
Rendered with home.seo.json_ld_script, so editor text cannot end the script element.
"""

from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

COUNTRY = {"@type": "Country", "name": "United States"}


def _stream_texts(stream) -> list[str]:
    return [str(block.value).strip() for block in stream if str(block.value).strip()]


def estimated_salary(page) -> list[dict]:
    """The median as a MonetaryAmountDistribution, then each band's range as a MonetaryAmount."""
    salaries = []
    if page.median_salary:
        salaries.append(
            {
                "@type": "MonetaryAmountDistribution",
                "name": "base",
                "currency": "USD",
                "duration": "P1Y",
                "median": page.median_salary,
            }
        )
    for band in page.salary_bands.all():
        years = f" ({band.years_label})" if band.years_label else ""
        salaries.append(
            {
                "@type": "MonetaryAmount",
                "name": f"{band.level}{years}",
                "currency": "USD",
                "minValue": band.min_usd,
                "maxValue": band.max_usd,
            }
        )
    return salaries


def occupation(page) -> dict:
    data = {
        "@type": "Occupation",
        "name": page.title,
        "description": page.summary,
        "occupationLocation": [COUNTRY],
    }
    if page.family_id:
        data["occupationalCategory"] = page.family.name
    salary = estimated_salary(page)
    if salary:
        data["estimatedSalary"] = salary
    skills = _stream_texts(page.required_skills) or [tag.name for tag in page.tags.all()]
    if skills:
        data["skills"] = skills
    responsibilities = _stream_texts(page.responsibilities)
    if responsibilities:
        data["responsibilities"] = responsibilities
    credentials = [
        {
            "@type": "EducationalOccupationalCredential",
            "name": link.certification.name,
            "credentialCategory": "certification",
            **({"url": link.certification.url} if link.certification.url else {}),
            "recognizedBy": {"@type": "Organization", "name": link.certification.issuer},
        }
        for link in page.role_certifications.select_related("certification").filter(certification__live=True)
    ]
    if credentials:
        data["qualifications"] = credentials
    return data


def role_web_page(page, request=None) -> dict:
    """The WebPage of a role guide, with its Occupation as the main entity."""
    data = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.seo_title or page.title,
        "description": page.get_meta_description(),
        "mainEntity": occupation(page),
    }
    url = page.get_full_url(request) if page.pk else None
    if url:
        data["url"] = url
    if page.last_reviewed:
        data["lastReviewed"] = page.last_reviewed.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def faq_page(page) -> dict | None:
    """FAQPage for the guide's questions and answers; None when it has none."""
    entries = list(page.faqs.all())
    if not entries:
        return None
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": strip_tags(entry.question),
                "acceptedAnswer": {"@type": "Answer", "text": expand_db_html(entry.answer)},
            }
            for entry in entries
        ],
    }
