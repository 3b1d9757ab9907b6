from wagtail.test.utils import WagtailPageTestCase

from courses.models import CertificationIndexPage, CourseIndexPage
from home.models import HomePage
from paths.models import PathIndexPage
from tests.factories.courses import CertificationIndexPageFactory, CourseIndexPageFactory
from tests.factories.home import HomePageFactory


class ListingPageTypeTests(WagtailPageTestCase):
    def test_listing_pages_live_under_the_home_page_and_have_no_children(self):
        for model in (CourseIndexPage, CertificationIndexPage):
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(PathIndexPage, model)
            self.assertAllowedSubpageTypes(model, [])

    def test_one_of_each_renders_and_previews(self):
        home = HomePageFactory.as_site_root()
        courses = CourseIndexPageFactory(parent=home)
        certifications = CertificationIndexPageFactory(parent=home)
        self.assertFalse(CourseIndexPage.can_create_at(home))
        self.assertFalse(CertificationIndexPage.can_create_at(home))
        for page in (courses, certifications):
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page)
