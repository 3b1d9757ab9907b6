"""Editors can create, edit and preview role guides in the Wagtail admin."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from roles.models import RoleIndexPage, RolePage
from tests.factories.courses import CourseFactory
from tests.factories.home import HomePageFactory
from tests.factories.roles import RoleFamilyFactory, RoleIndexPageFactory, RolePageFactory, add_role_parts
from tests.roles.admin_forms import role_edit_form_data


def new_role_form_data(family, course) -> dict:
    """Create-form data for a guide with one band, one transition (with an artifact) and one course."""
    return nested_form_data(
        {
            "title": "Data Engineer",
            "slug": "data-engineer",
            "family": family.pk,
            "specialty": "Data platforms",
            "summary": "A Data Engineer builds the pipelines analysts rely on.",
            "tags": "SQL, Python",
            "median_salary": "150000",
            "growth_outlook": "growing",
            "ai_impact_score": "40",
            "entry_level": "false",
            "ai_impact_outlook": rich_text("<p>Steady.</p>"),
            "ai_impact_methodology": "",
            "about": rich_text("<p>About data engineering.</p>"),
            "salary_bands": inline_formset(
                [
                    {
                        "level": "Junior",
                        "years_min": "0",
                        "years_max": "2",
                        "min_usd": "90000",
                        "max_usd": "120000",
                        "notes": "",
                    }
                ]
            ),
            "salary_source_note": "",
            "responsibilities": streamfield([("item", "Build pipelines")]),
            "average_week": streamfield([]),
            "required_skills": streamfield([]),
            "differentiators": streamfield([]),
            "ladder_steps": inline_formset([]),
            "transitions": inline_formset(
                [
                    {
                        "from_role": "",
                        "from_role_name": "Data Analyst",
                        "typical_months": "6",
                        "description": "Analysts know the data already.",
                        "key_artifacts": streamfield([("artifact", "A scheduled pipeline")]),
                    }
                ]
            ),
            "role_courses": inline_formset([{"course": course.pk}]),
            "role_certifications": inline_formset([]),
            "role_companies": inline_formset([]),
            "faqs": inline_formset([]),
            "methodology": rich_text(""),
            "role_sources": inline_formset([]),
            "role_occupations": inline_formset([]),
            "last_reviewed": "",
            "review_every_days": "",
            "review_owner": "",
            "comments": inline_formset([]),
        }
    )


class RolePageTypeTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePageFactory.as_site_root()
        self.index = RoleIndexPageFactory(parent=self.home)

    def test_where_role_pages_can_be_created(self):
        self.assertCanCreateAt(HomePage, RoleIndexPage)
        self.assertCanCreateAt(RoleIndexPage, RolePage)
        self.assertCanNotCreateAt(HomePage, RolePage)
        self.assertCanNotCreateAt(RolePage, RolePage)
        self.assertCanNotCreateAt(RoleIndexPage, RoleIndexPage)

    def test_only_one_role_index(self):
        self.assertFalse(RoleIndexPage.can_create_at(self.home))

    def test_role_page_renders_and_previews(self):
        role = add_role_parts(RolePageFactory(parent=self.index), count=2)
        self.assertPageIsRenderable(role)
        self.login()
        self.assertPageIsPreviewable(role, post_data=role_edit_form_data(self.client, role))

    def test_a_draft_with_empty_figures_previews(self):
        draft = RolePageFactory(
            parent=self.index, live=False, median_salary=None, growth_outlook="", ai_impact_score=None, about=""
        )
        self.login()
        self.assertPageIsPreviewable(draft, post_data=role_edit_form_data(self.client, draft))

    def test_editor_creates_a_guide_with_a_band_a_transition_and_a_course(self):
        self.login()
        family = RoleFamilyFactory(name="Data")
        course = CourseFactory(title="Pipelines 101")
        data = new_role_form_data(family, course)
        self.assertCanCreate(self.index, RolePage, data)

        page = RolePage.objects.get(slug="data-engineer")
        self.assertTrue(page.live)
        self.assertEqual(
            [(b.level, b.min_usd, b.max_usd) for b in page.salary_bands.all()], [("Junior", 90000, 120000)]
        )
        transition = page.transitions.get()
        self.assertEqual((transition.source_name, transition.typical_months), ("Data Analyst", 6))
        self.assertEqual([block.value for block in transition.key_artifacts], ["A scheduled pipeline"])
        self.assertEqual([link.course for link in page.role_courses.all()], [course])
        self.assertEqual(sorted(tag.name for tag in page.tags.all()), ["Python", "SQL"])
        html = self.client.get(page.url).content.decode()
        self.assertIn("From Data Analyst", html)
        self.assertIn("Pipelines 101", html)

    def test_editor_sees_the_error_when_a_band_is_upside_down(self):
        self.login()
        page = RolePageFactory(parent=self.index)
        data = role_edit_form_data(self.client, page)
        data["salary_bands-TOTAL_FORMS"] = "1"
        data.update(
            {
                "salary_bands-0-level": "Senior",
                "salary_bands-0-min_usd": "200000",
                "salary_bands-0-max_usd": "100000",
                "salary_bands-0-ORDER": "0",
                "salary_bands-0-DELETE": "",
            }
        )
        response = self.client.post(f"/admin/pages/{page.pk}/edit/", data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The top of the range must be at least the bottom of the range.")
        self.assertFalse(page.salary_bands.exists())

    def test_edit_form_has_the_guide_tabs_and_snippet_choosers(self):
        self.login()
        page = add_role_parts(RolePageFactory(parent=self.index))
        html = self.client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        for tab in ("Overview", "Pay", "Work", "Growth", "Learning", "Sources &amp; review"):
            self.assertIn(f">{tab}<", html.replace("\n", "").replace("  ", ""))
        for chooser in ("family", "role_courses-0-course", "role_companies-0-company", "role_sources-0-source"):
            self.assertIn(f'id="id_{chooser}-chooser"', html, chooser)

    def test_preview_shows_unsaved_items(self):
        self.login()
        page = add_role_parts(RolePageFactory(parent=self.index))
        data = role_edit_form_data(self.client, page)
        data["salary_bands-TOTAL_FORMS"] = "2"
        data.update(
            {
                "salary_bands-1-level": "Preview-only band",
                "salary_bands-1-min_usd": "1000",
                "salary_bands-1-max_usd": "2000",
                "salary_bands-1-ORDER": "1",
                "salary_bands-1-DELETE": "",
            }
        )
        preview_url = f"/admin/pages/{page.pk}/edit/preview/"
        self.assertJSONEqual(self.client.post(preview_url, data).content, {"is_valid": True, "is_available": True})

        preview = self.client.get(preview_url).content.decode()

        self.assertIn("Preview-only band", preview)
        self.assertFalse(page.salary_bands.filter(level="Preview-only band").exists())

    def test_a_new_guide_previews_before_it_is_saved(self):
        self.login()
        data = new_role_form_data(RoleFamilyFactory(name="Data"), CourseFactory(title="Pipelines 101"))
        preview_url = f"/admin/pages/add/roles/rolepage/{self.index.pk}/preview/"
        self.assertJSONEqual(self.client.post(preview_url, data).content, {"is_valid": True, "is_available": True})

        preview = self.client.get(preview_url).content.decode()

        self.assertIn("<h1", preview)
        self.assertIn("From Data Analyst", preview)
        self.assertIn("Pipelines 101", preview)
        self.assertFalse(RolePage.objects.filter(slug="data-engineer").exists())
