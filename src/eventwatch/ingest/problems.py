"""Counting and reporting bad input: one clear stderr line per skipped file or record."""

from __future__ import annotations

import sys
from typing import TextIO

MAX_REASON = 240


class SkipFile(Exception):
    """Raised inside a reader when a whole file (or the rest of it) cannot be read."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class Problems:
    """Counts and reports bad input.

    Each problem is one line on ``stream``, e.g.
    ``eventwatch: skipped corpus.jsonl:12: invalid JSON (Expecting ',' delimiter)``.
    ``read`` counts articles yielded, ``files`` input files opened, ``skipped`` problems,
    ``ignored`` files of unknown type met while walking directories.
    """

    def __init__(self, stream: TextIO | None = None, quiet: bool = False):
        self._stream = stream  # None: whatever sys.stderr is when a problem is printed
        self.quiet = quiet
        self.skipped = 0
        self.read = 0
        self.files = 0
        self.ignored = 0

    def skip(self, origin: str, reason: str) -> None:
        """Record one problem and print it (unless quiet)."""
        self.skipped += 1
        reason = "".join(c if c.isprintable() else " " for c in str(reason))
        reason = " ".join(reason.split())  # always a single line
        if len(reason) > MAX_REASON:
            reason = reason[: MAX_REASON - 3] + "..."
        line = f"eventwatch: skipped {origin}: {reason}"
        if not self.quiet:
            print(line, file=self._stream or sys.stderr, flush=True)

    def summary(self) -> str:
        """E.g. ``read 120 articles from 3 files; skipped 2``."""
        text = (
            f"read {_plural(self.read, 'article')} from {_plural(self.files, 'file')}; "
            f"skipped {self.skipped}"
        )
        if self.ignored:
            text += f"; ignored {_plural(self.ignored, 'file')} of unknown type"
        return text
