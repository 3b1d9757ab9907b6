"""The one error an import raises, shared by the import modules and the command."""


class RoleImportError(Exception):
    """The file cannot be imported and nothing was written. ``errors`` holds one ``path: message`` line per problem."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))
