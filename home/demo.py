"""Demo site tree: the Role Atlas home page as the default site's root."""

from wagtail.models import Page, Site

from courses.models import CertificationIndexPage, CourseIndexPage
from home.models import HomeFeaturedPath, HomeFeaturedRole, HomePage, RoleAtlasSettings
from paths.models import PackagedPathPage, PathIndexPage
from roles.models import RoleIndexPage, RolePage

HOME_TITLE = "Role Atlas"
#: The header's links (Settings › Role Atlas settings › Main navigation), in order.
NAVIGATION = (
    (RoleIndexPage, "Roles"),
    (PathIndexPage, "Paths"),
    (CourseIndexPage, "Courses"),
    (CertificationIndexPage, "Certifications"),
)
HOME_INTRO = (
    "Career guides for people moving into new roles: pay bands, AI-impact outlooks, "
    "the skills that matter and the paths in, every figure sourced and reviewed on a schedule."
)


def ensure_home_page() -> HomePage:
    """Return the site's HomePage, creating it (and pointing the default Site at it) once."""
    home = HomePage.objects.first()
    if home is None:
        _remove_wagtail_welcome_page()
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title=HOME_TITLE, slug="home", intro=HOME_INTRO))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Role Atlas")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Role Atlas"
        site.save()
    return home


def _remove_wagtail_welcome_page() -> None:
    """Wagtail's first migration creates a placeholder 'Welcome' page (and a Site on it); the demo replaces both."""
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()


def feature_on_home(home: HomePage, page) -> None:
    """Feature a newly created demo role guide or packaged path on the home page, and publish the home page.

    The other apps' demo loaders return the pages they want featured; ``load_demo``
    passes them here (lower apps never import home)."""
    if isinstance(page, RolePage):
        home.featured_roles.add(HomeFeaturedRole(role=page, sort_order=home.featured_roles.count()))
    elif isinstance(page, PackagedPathPage):
        home.featured_paths.add(HomeFeaturedPath(path=page, sort_order=home.featured_paths.count()))
    else:
        raise TypeError(f"Only role guides and packaged paths can be featured on the home page, not {page!r}.")
    home.save_revision().publish()


def ensure_main_navigation(home: HomePage) -> None:
    """Link the header to the demo's sections that exist, unless the site's navigation is already set."""
    settings = RoleAtlasSettings.for_site(home.get_site())
    if settings.main_navigation:
        return
    sections = ((model.objects.child_of(home).first(), label) for model, label in NAVIGATION)
    settings.main_navigation = [("link", {"page": page, "label": label}) for page, label in sections if page]
    if settings.main_navigation:
        settings.save()


def load(stdout) -> HomePage:
    """Unlike the other apps' loaders, this one takes no parent: it returns the home page they are given."""
    home = ensure_home_page()
    stdout.write("Home page ready.")
    return home
