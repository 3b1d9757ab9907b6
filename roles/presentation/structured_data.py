"""schema.org JSON-LD for a role guide: an Occupation inside its WebPage, and its FAQ.

Built from live data only: certifications that are not live are left out.
Rendered with core.seo.json_ld_script, so editor text cannot end the script element.
"""

from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

COUNTRY = {"@type": "Country", "name": "United States"}


def _stream_texts(stream) -> list[str]:
    return [str(block.value).strip() for block in stream if str(block.value).strip()]


def estimated_salary(page, bands=None) -> list[dict]:
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
    for band in page.salary_bands.all() if bands is None else bands:
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


def soc_categories(occupations) -> list[dict]:
    """Each linked official occupation as a SOC 2018 CategoryCode."""
    return [
        {
            "@type": "CategoryCode",
            "codeValue": occupation.code,
            "name": occupation.title,
            "inCodeSet": {"@type": "CategoryCodeSet", "name": "Standard Occupational Classification (SOC) 2018"},
        }
        for occupation in occupations
    ]


PERCENTILE_KEYS = {
    "10th": "percentile10",
    "25th": "percentile25",
    "Median": "median",
    "75th": "percentile75",
    "90th": "percentile90",
}


def official_percentiles(entries) -> list[dict]:
    """The official national percentiles (plain values only: 'at least' and 'not available' are left out)."""
    salaries = []
    for entry in entries:
        stats = entry.stats
        if stats.national is None:
            continue
        figures = {
            PERCENTILE_KEYS[label]: float(figure.value)
            for label, figure in stats.percentiles
            if figure.status == "value"
        }
        if figures:
            salaries.append(
                {
                    "@type": "MonetaryAmountDistribution",
                    "name": f"BLS OEWS {stats.national.release.name}, {stats.occupation.title} (SOC {stats.occupation.code}), national",
                    "currency": "USD",
                    "duration": "P1Y",
                    **figures,
                }
            )
    return salaries


def occupation(page, parts: dict | None = None) -> dict:
    """The Occupation; `parts` reuses lists the role page already loaded (see roles.presentation.page_context)."""
    parts = parts or {}
    data = {
        "@type": "Occupation",
        "name": page.title,
        "description": page.summary,
        "occupationLocation": [COUNTRY],
    }
    official = parts.get("official_statistics")
    categories = soc_categories(official.occupations) if official else []
    if page.family_id:
        categories.insert(0, page.family.name)
    if categories:
        data["occupationalCategory"] = categories[0] if len(categories) == 1 else categories
    salary = estimated_salary(page, parts.get("salary_bands"))
    if official:
        salary += official_percentiles(official.entries)
    if salary:
        data["estimatedSalary"] = salary
    tags = parts["skill_tags"] if "skill_tags" in parts else page.tags.all()
    skills = _stream_texts(page.required_skills) or [tag.name for tag in tags]
    if skills:
        data["skills"] = skills
    responsibilities = _stream_texts(page.responsibilities)
    if responsibilities:
        data["responsibilities"] = responsibilities
    certifications = parts.get("certifications")
    if certifications is None:
        certifications = [
            link.certification
            for link in page.role_certifications.select_related("certification").filter(certification__live=True)
        ]
    credentials = [
        {
            "@type": "EducationalOccupationalCredential",
            "name": certification.name,
            "credentialCategory": "certification",
            **({"url": certification.url} if certification.url else {}),
            "recognizedBy": {"@type": "Organization", "name": certification.issuer},
        }
        for certification in certifications
    ]
    if credentials:
        data["qualifications"] = credentials
    return data


def role_web_page(page, request=None, parts: dict | None = None) -> dict:
    """The WebPage of a role guide, with its Occupation as the main entity."""
    data = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.seo_title or page.title,
        "description": page.get_meta_description(),
        "mainEntity": occupation(page, parts),
    }
    url = page.get_full_url(request) if page.pk else None
    if url:
        data["url"] = url
    if page.last_reviewed:
        data["lastReviewed"] = page.last_reviewed.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def faq_page(page, entries=None) -> dict | None:
    """FAQPage for the guide's questions and answers; None when it has none."""
    entries = list(page.faqs.all()) if entries is None else entries
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
