"""The path page types in the admin: where they can be created, and what an editor is told when a path is wrong."""

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html

from home.models import HomePage
from paths.models import PackagedPathPage, PathIndexPage
from roles.models import RoleIndexPage, RolePage
from tests.factories.courses import CourseFactory
from tests.factories.home import HomePageFactory
from tests.factories.paths import CurriculumStepFactory, PackagedPathPageFactory, PathIndexPageFactory
from tests.factories.roles import RoleIndexPageFactory, RolePageFactory


def path_form_data(roles, steps, courses=(), **fields):
    """POST data for the add/edit view of a packaged path."""
    data = {
        "title": "Applied AI",
        "slug": "applied-ai",
        "summary": "From software engineering to AI engineering.",
        "path_roles": inline_formset([{"role": role.pk if role else "", "note": ""} for role in roles]),
        "curriculum_steps": inline_formset(steps),
        "recommended_courses": inline_formset([{"course": course.pk} for course in courses]),
        "comments": inline_formset([]),
        "last_reviewed": "",
        "review_every_days": "",
        "review_owner": "",
    }
    data.update(fields)
    return nested_form_data(data)


def step(title="Ship a RAG project", weeks="4", course=None, description=""):
    return {"course": course.pk if course else "", "title": title, "description": description, "weeks": weeks}


class PathPageTypeTests(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePageFactory.as_site_root()
        self.role_index = RoleIndexPageFactory(parent=self.home)
        self.software = RolePageFactory(parent=self.role_index, title="Software Engineer")
        self.ai = RolePageFactory(parent=self.role_index, title="AI Engineer")
        self.path_index = PathIndexPageFactory(parent=self.home)
        self.login()

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=["paths", "packagedpathpage", self.path_index.pk])

    def post_new_path(self, data):
        return self.client.post(self.add_url(), {**data, "action-publish": "action-publish"})

    def test_where_paths_can_be_created(self):
        self.assertCanCreateAt(HomePage, PathIndexPage)
        self.assertCanCreateAt(PathIndexPage, PackagedPathPage)
        self.assertCanNotCreateAt(HomePage, PackagedPathPage)
        self.assertCanNotCreateAt(RoleIndexPage, PackagedPathPage)
        self.assertCanNotCreateAt(PackagedPathPage, PackagedPathPage)
        self.assertCanNotCreateAt(PathIndexPage, RolePage)

    def test_only_one_path_index(self):
        self.assertFalse(PathIndexPage.can_create_at(self.home))

    def test_an_editor_can_create_a_path_with_two_roles_and_a_step(self):
        course = CourseFactory(title="AI Engineering Foundations")
        data = path_form_data([self.software, self.ai], [step(course=course, title="", weeks="6")], courses=[course])
        self.assertCanCreate(self.path_index, PackagedPathPage, data)

        path = PackagedPathPage.objects.get(slug="applied-ai")
        self.assertTrue(path.live)
        self.assertEqual([r.role_id for r in path.path_roles.all()], [self.software.pk, self.ai.pk])
        self.assertEqual([(s.course_id, s.weeks) for s in path.curriculum_steps.all()], [(course.pk, 6)])

    def test_the_editors_order_is_kept_when_roles_and_steps_are_reordered(self):
        path = PackagedPathPageFactory(
            parent=self.path_index,
            roles=[self.software, self.ai],
            steps=[CurriculumStepFactory.build(title="Python"), CurriculumStepFactory.build(title="Evals")],
        )
        edit_url = reverse("wagtailadmin_pages:edit", args=[path.pk])
        data = querydict_from_html(self.client.get(edit_url).content.decode(), form_id="page-edit-form")
        for relation in ("path_roles", "curriculum_steps"):  # what dragging the second row up does
            first, second = f"{relation}-0-ORDER", f"{relation}-1-ORDER"
            data[first], data[second] = data[second], data[first]
        data["action-publish"] = "action-publish"
        self.assertEqual(self.client.post(edit_url, data).status_code, 302)

        html = self.client.get(path.url).content.decode()
        self.assertLess(html.index(">AI Engineer<"), html.index(">Software Engineer<"))
        self.assertLess(html.index(">Evals<"), html.index(">Python<"))

    def test_a_role_used_by_a_path_cannot_be_deleted(self):
        PackagedPathPageFactory(parent=self.path_index, title="Applied AI", roles=[self.software, self.ai])
        delete_url = reverse("wagtailadmin_pages:delete", args=[self.ai.pk])
        self.assertContains(
            self.client.get(delete_url), "One or more references to this role page prevent it from being deleted."
        )
        self.client.post(delete_url)
        self.assertTrue(RolePage.objects.filter(pk=self.ai.pk).exists())

    def test_pages_render_and_preview(self):
        path = PackagedPathPageFactory(parent=self.path_index, roles=[self.software, self.ai])
        for page in (self.path_index, path):
            self.assertPageIsRenderable(page)
            self.assertPageIsPreviewable(page)

    def test_a_path_needs_two_roles(self):
        response = self.post_new_path(path_form_data([self.ai], [step()]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Roles: a path needs at least 2 roles")
        self.assertFalse(PackagedPathPage.objects.exists())

    def test_a_draft_may_have_one_role_until_it_is_published(self):
        response = self.client.post(self.add_url(), path_form_data([self.ai], [step()]))
        self.assertEqual(response.status_code, 302)
        draft = PackagedPathPage.objects.get()
        self.assertFalse(draft.live)

    def test_a_role_cannot_appear_twice(self):
        response = self.post_new_path(path_form_data([self.software, self.ai, self.software], [step()]))
        self.assertEqual(response.status_code, 200)
        formset = response.context["form"].formsets["path_roles"]
        self.assertEqual(
            formset.forms[2].errors["role"],
            ["Software Engineer is already role 1 of this path; a role can appear only once."],
        )
        self.assertFalse(PackagedPathPage.objects.exists())

    def test_a_role_cannot_appear_twice_even_in_a_draft(self):
        response = self.client.post(self.add_url(), path_form_data([self.ai, self.ai], [step()]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "AI Engineer is already role 1 of this path")

    def test_a_course_cannot_be_recommended_twice(self):
        course = CourseFactory(title="Full Stack LLM Bootcamp")
        response = self.post_new_path(path_form_data([self.software, self.ai], [step()], courses=[course, course]))
        formset = response.context["form"].formsets["recommended_courses"]
        self.assertIn("is already recommended (row 1)", formset.forms[1].errors["course"][0])

    def test_weeks_must_be_at_least_one(self):
        response = self.post_new_path(path_form_data([self.software, self.ai], [step(weeks="0")]))
        formset = response.context["form"].formsets["curriculum_steps"]
        self.assertEqual(
            formset.forms[0].errors["weeks"],
            ["Estimated weeks must be 1 or more. Leave it empty when there is no estimate yet."],
        )

    def test_a_step_needs_a_course_or_a_title(self):
        response = self.post_new_path(path_form_data([self.software, self.ai], [step(title="  ", weeks="2")]))
        formset = response.context["form"].formsets["curriculum_steps"]
        self.assertEqual(formset.forms[0].errors["title"], ["Choose a course for this step, or give the step a title."])

    def test_a_step_without_weeks_is_accepted(self):
        response = self.post_new_path(path_form_data([self.software, self.ai], [step(weeks="")]))
        self.assertEqual(response.status_code, 302)
        self.assertIsNone(PackagedPathPage.objects.get().curriculum_steps.get().weeks)

    def test_factory_builds_a_valid_published_path(self):
        path = PackagedPathPageFactory(parent=self.path_index, steps=[CurriculumStepFactory.build(weeks=2)])
        path.full_clean()
        self.assertEqual(path.path_roles.count(), 2)
