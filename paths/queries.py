"""The packaged paths readers may see, for pages, template tags and the API alike."""

from paths.models import PackagedPathPage


def public_paths():
    """Live paths that no view restriction hides."""
    return PackagedPathPage.objects.readable()


def public_paths_containing(role):
    """The public paths that include this role guide, by title (two queries: view restrictions, paths)."""
    return PackagedPathPage.objects.readable().containing(role)
