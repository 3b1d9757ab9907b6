"""schema.org JSON-LD for a packaged path: an EducationalOccupationalProgram inside its WebPage.

Built from the same PathDetails the page shows (live courses and published roles only).
"""

from courses.structured_data import course


def path_web_page(page, details, request=None) -> dict:
    program = {
        "@type": "EducationalOccupationalProgram",
        "name": page.title,
        "description": page.summary,
        "provider": {"@type": "Organization", "name": "Role Atlas"},
    }
    courses = [course(step.course) for step in details.steps if step.course]
    if courses:
        program["hasCourse"] = courses
    if details.duration.is_known:
        program["timeToComplete"] = f"P{details.duration.total_weeks}W"
    destination = details.roles[-1] if details.roles else None
    if destination:
        program["occupationalCategory"] = destination.title
    data = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.seo_title or page.title,
        "description": page.get_meta_description(),
        "mainEntity": program,
    }
    if page.pk:
        data["url"] = page.get_full_url(request)
    if page.last_reviewed:
        data["lastReviewed"] = page.last_reviewed.isoformat()
    return data
