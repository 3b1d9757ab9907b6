class ImportFileError(Exception):
    """A file that cannot be imported, naming the row and column at fault."""

    def __init__(self, message: str, row: int | None = None, column: str | None = None):
        self.row = row
        self.column = column
        where = ", ".join(part for part in (f"row {row}" if row else "", f"column {column}" if column else "") if part)
        super().__init__(f"{where[0].upper()}{where[1:]}: {message}" if where else message)
