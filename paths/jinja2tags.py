"""The paths app's template helpers (Jinja2): the packaged paths a role guide belongs to."""

from jinja2.ext import Extension

from paths.teaser import path_teasers


class PathsExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        # path_teasers(role): each published path containing the guide, with its delta and duration.
        environment.globals["path_teasers"] = path_teasers


paths = PathsExtension
