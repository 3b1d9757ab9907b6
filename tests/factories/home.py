import factory
import factory.django
import wagtail_factories
from wagtail.models import Page, Site

from home.models import HomeFeaturedPath, HomeFeaturedRole, HomePage, RoleAtlasSettings


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Role Atlas"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "Career guides with salary bands, AI-impact outlooks and transition paths."

    class Meta:
        model = HomePage

    @classmethod
    def as_site_root(cls, **kwargs) -> HomePage:
        """A published HomePage under the tree root, served as the default site."""
        home = cls(parent=Page.get_first_root_node(), **kwargs)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Role Atlas"},
        )
        return home


class HomeFeaturedRoleFactory(factory.django.DjangoModelFactory):
    page = factory.LazyFunction(lambda: HomePage.objects.first())
    role = None  # pass the RolePage to feature

    class Meta:
        model = HomeFeaturedRole


class HomeFeaturedPathFactory(factory.django.DjangoModelFactory):
    page = factory.LazyFunction(lambda: HomePage.objects.first())
    path = None  # pass the PackagedPathPage to feature

    class Meta:
        model = HomeFeaturedPath


def set_main_navigation(links, site=None) -> RoleAtlasSettings:
    """The header's links for ``site`` (the default site): pages, or (page, label) pairs."""
    site = site or Site.objects.get(is_default_site=True)
    settings = RoleAtlasSettings.for_site(site)
    pairs = [link if isinstance(link, tuple) else (link, "") for link in links]
    settings.main_navigation = [("link", {"page": page, "label": label}) for page, label in pairs]
    settings.save()
    return settings
