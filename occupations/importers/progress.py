"""A terminal progress line for long imports: rows read, and a bar when the total is known."""

import sys

BAR_WIDTH = 30


class Progress:
    def __init__(self, stream=None, total: int | None = None, every: int = 5000):
        self.stream = stream or sys.stderr
        self.total = total
        self.every = every
        self.interactive = hasattr(self.stream, "isatty") and self.stream.isatty()

    def update(self, rows: int) -> None:
        if rows % self.every:
            return
        self.stream.write(self._line(rows) + ("\r" if self.interactive else "\n"))
        self.stream.flush()

    def done(self, rows: int) -> None:
        self.total = rows
        self.stream.write(self._line(rows) + "\n")
        self.stream.flush()

    def _line(self, rows: int) -> str:
        if not self.total:
            return f"{rows:,} rows read"
        share = min(rows / self.total, 1)
        filled = int(share * BAR_WIDTH)
        return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {rows:,}/{self.total:,} rows"
