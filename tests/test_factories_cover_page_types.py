"""Every page type and registered snippet of the project has a factory in tests.factories."""

import importlib
import inspect
import pkgutil

import factory
import pytest
from django.apps import apps
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

import tests.factories

PROJECT_APPS = {"home", "roles", "courses", "paths", "reviews"}


def factory_models() -> set[type]:
    covered = set()
    for module_info in pkgutil.iter_modules(tests.factories.__path__):
        module = importlib.import_module(f"{tests.factories.__name__}.{module_info.name}")
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, factory.base.Factory) and value._meta.model is not None:
                covered.add(value._meta.model)
    return covered


def project_page_types() -> list[type]:
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and issubclass(model, Page) and model is not Page
    ]


def project_snippets() -> list[type]:
    return [model for model in get_snippet_models() if model._meta.app_label in PROJECT_APPS]


def test_the_project_has_page_types_and_snippets_to_cover():
    assert project_page_types() and project_snippets()


@pytest.mark.parametrize("model", project_page_types() + project_snippets(), ids=lambda model: model._meta.label)
def test_model_has_a_factory(model):
    assert model in factory_models(), f"add a factory for {model._meta.label} in tests/factories/"
