"""Snippets for an import: matched by natural key, created (live) when missing, never modified.

Natural keys: course title + provider, certification name + issuer, company name, source title,
family name. A matched snippet keeps its own fields (they are shared with other guides and edited
through their own admin, with drafts and workflows); when the file says something different, the
import reports a note instead of overwriting.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from wagtail.fields import RichTextField
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin

from courses.models import Certification, Course
from roles.import_export.errors import RoleImportError
from roles.import_export.format import CertificationRef, CompanyRef, CourseRef, RoleFamilyRef, RoleGuide, SourceRef
from roles.import_export.rich_text import sanitise_rich_text
from roles.models import Company, RoleFamily, Source


class SnippetMatcher:
    """Finds the snippets a set of guides refers to in one query per snippet type; creates the missing ones."""

    def __init__(self, guides: list[RoleGuide], user=None):
        self.user = user
        self.created: list[str] = []
        self.notes: list[str] = []
        self.courses = _by_key(Course, "title__in", {c.title for g in guides for c in g.courses}, _course_key)
        self.certifications = _by_key(
            Certification, "name__in", {c.name for g in guides for c in g.certifications}, _certification_key
        )
        self.companies = _by_key(Company, "name__in", {c.name for g in guides for c in g.companies}, _name_key)
        self.sources = _by_key(Source, "title__in", {s.title for g in guides for s in g.sources}, _title_key)
        self.families = _by_key(RoleFamily, "name__in", {g.family.name for g in guides if g.family}, _name_key)

    def course(self, ref: CourseRef, where: str) -> Course:
        wanted = {
            "format": ref.format,
            "url": ref.url or "",
            "description": sanitise_rich_text(ref.description_html, Course, "description"),
        }
        return self._match(
            self.courses, (ref.title, ref.provider), Course(title=ref.title, provider=ref.provider), wanted, where
        )

    def certification(self, ref: CertificationRef, where: str) -> Certification:
        wanted = {
            "url": ref.url or "",
            "description": sanitise_rich_text(ref.description_html, Certification, "description"),
        }
        return self._match(
            self.certifications, (ref.name, ref.issuer), Certification(name=ref.name, issuer=ref.issuer), wanted, where
        )

    def company(self, ref: CompanyRef, where: str) -> Company:
        return self._match(self.companies, ref.name, Company(name=ref.name), {"url": ref.url or ""}, where)

    def source(self, ref: SourceRef, where: str) -> Source:
        wanted = {"publisher": ref.publisher, "edition": ref.edition, "url": ref.url or "", "supports": ref.supports}
        return self._match(self.sources, ref.title, Source(title=ref.title), wanted, where)

    def family(self, ref: RoleFamilyRef, where: str) -> RoleFamily:
        return self._match(self.families, ref.name, RoleFamily(name=ref.name), {"description": ref.description}, where)

    def _match(self, known: dict, key, new_instance: models.Model, wanted: dict, where: str):
        instance = known.get(key)
        if instance is None:
            for name, value in wanted.items():
                setattr(new_instance, name, value)
            known[key] = instance = self._create(new_instance, where)
        else:
            differing = [
                _file_key(instance, name) for name, value in wanted.items() if getattr(instance, name) != value
            ]
            label = instance._meta.verbose_name
            if differing:
                self.notes.append(
                    f'{where}: kept the existing {label} "{instance}"; the file differs in {", ".join(differing)} '
                    f"(edit the {label} in the admin to change it)"
                )
            if getattr(instance, "live", True) is False:
                self.notes.append(f'{where}: the {label} "{instance}" is not live; readers see it once it is published')
        return instance

    def _create(self, instance: models.Model, where: str):
        """Save as the snippet admin does: log the creation, save a revision, publish draftable snippets."""
        try:
            instance.full_clean()
        except DjangoValidationError as error:
            raise RoleImportError(
                [f"{where}.{name}: {message}" for name, messages in error.message_dict.items() for message in messages]
            ) from None
        if isinstance(instance, DraftStateMixin):
            instance.live = True
        instance.save()
        log(instance=instance, action="wagtail.create", user=self.user)
        revision = instance.save_revision(user=self.user)
        if isinstance(instance, DraftStateMixin):
            revision.publish(user=self.user)
        self.created.append(f'{instance._meta.verbose_name} "{instance}"')
        return instance


def _file_key(instance: models.Model, field_name: str) -> str:
    """The field's key in the file: rich-text fields carry an ``_html`` suffix there."""
    return f"{field_name}_html" if isinstance(instance._meta.get_field(field_name), RichTextField) else field_name


def _by_key(model: type[models.Model], lookup: str, values: set, key) -> dict:
    return {key(instance): instance for instance in model.objects.filter(**{lookup: values})} if values else {}


def _course_key(course: Course):
    return (course.title, course.provider)


def _certification_key(certification: Certification):
    return (certification.name, certification.issuer)


def _name_key(instance):
    return instance.name


def _title_key(instance):
    return instance.title
