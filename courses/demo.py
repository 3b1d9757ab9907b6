"""Demo pages for courses and certifications: the /courses/ and /certifications/ listings."""

from wagtail.models import Page

from courses.models import CertificationIndexPage, CourseIndexPage

COURSES_INTRO = (
    "<p>Courses, bootcamps, books and video series that our role guides recommend. "
    "We are not paid by any provider; each entry says which roles it helps with.</p>"
)
CERTIFICATIONS_INTRO = (
    "<p>Certifications that appear in our role guides, with the roles they are representative of.</p>"
)


def ensure_listing_pages(home: Page) -> None:
    """Create /courses/ and /certifications/ under the home page once; leave editors' changes alone."""
    for model, title, slug, intro in (
        (CourseIndexPage, "Courses", "courses", COURSES_INTRO),
        (CertificationIndexPage, "Certifications", "certifications", CERTIFICATIONS_INTRO),
    ):
        if not model.objects.exists():
            page = home.add_child(instance=model(title=title, slug=slug, intro=intro))
            page.save_revision().publish()


def load(stdout, home: Page) -> list:
    """Create the listings under ``home`` (the site's home page, given by home's ``load_demo``)."""
    ensure_listing_pages(home)
    stdout.write("Course and certification listings ready.")
    return []
