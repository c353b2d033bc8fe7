"""Read a temporal knowledge graph in the common ``s r o t [x]`` text format.

A dataset is a folder with ``train.txt``, ``valid.txt`` and ``test.txt``: one fact per line,
integer subject, relation, object and timestamp separated by tabs or runs of spaces (CRLF line
endings are fine; extra columns are ignored). Timestamps are converted to *steps* by subtracting
the first timestamp and dividing by the time unit, which is the greatest common divisor of the gaps
between distinct timestamps unless given explicitly (ICEWS: 24, i.e. one step per day).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import reduce
from pathlib import Path

import numpy as np

SPLITS = ("train", "valid", "test")


class TKGDataError(ValueError):
    """A dataset file is missing or has a line that is not ``s r o t``."""


@dataclass
class TKGData:
    """Facts per split as int64 arrays (n, 4): subject, relation, object, step."""

    train: np.ndarray
    valid: np.ndarray
    test: np.ndarray
    num_entities: int
    num_relations: int
    time_unit: float
    name: str = ""
    entity_names: list[str] | None = None   # from entity2id.txt when present (index = id)

    def split(self, name: str) -> np.ndarray:
        if name not in SPLITS:
            raise ValueError(f"unknown split {name!r}")
        return getattr(self, name)

    def history_before(self, name: str) -> np.ndarray:
        """All facts of the splits that precede ``name`` (train for valid, train+valid for test)."""
        parts = [self.split(s) for s in SPLITS[: SPLITS.index(name)]]
        return np.concatenate(parts) if parts else np.zeros((0, 4), np.int64)


def read_quads(path: Path) -> np.ndarray:
    """Parse one split file into an int64 array (n, 4) of raw s, r, o, t."""
    if not path.is_file():
        raise TKGDataError(f"{path}: file not found")
    rows = []
    with open(path, encoding="utf-8", errors="replace", newline=None) as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                continue
            try:
                if len(parts) < 4:
                    raise ValueError
                s, r, o = int(parts[0]), int(parts[1]), int(parts[2])
                t = float(parts[3])
                if min(s, r, o) < 0 or not math.isfinite(t):
                    raise ValueError
            except ValueError:
                shown = line.rstrip("\r\n")
                if len(shown) > 60:
                    shown = shown[:57] + "..."
                raise TKGDataError(
                    f"{path}:{lineno}: expected 'subject relation object time' with non-negative "
                    f"integer ids, got {shown!r}"
                ) from None
            rows.append((s, r, o, t))
    if not rows:
        raise TKGDataError(f"{path}: no facts")
    arr = np.array(rows, dtype=np.float64)
    return arr


def detect_time_unit(times: np.ndarray) -> float:
    """Greatest common divisor of the gaps between distinct timestamps (1 if there is no gap)."""
    uniq = np.unique(times)
    gaps = np.diff(uniq)
    if len(gaps) == 0:
        return 1.0
    if np.all(gaps == np.round(gaps)):
        g = reduce(math.gcd, (int(x) for x in np.unique(gaps)))
        return float(max(g, 1))
    return float(gaps.min())


def _count_lines(path: Path) -> int:
    if not path.is_file():
        return 0
    with open(path, encoding="utf-8", errors="replace") as fh:
        return sum(1 for line in fh if line.strip())


def load_dataset(folder: str | Path, time_unit: float | None = None) -> TKGData:
    """Load ``train.txt``/``valid.txt``/``test.txt`` from ``folder``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TKGDataError(f"{folder}: not a directory")
    raw = {name: read_quads(folder / f"{name}.txt") for name in SPLITS}
    all_t = np.concatenate([a[:, 3] for a in raw.values()])
    unit = float(time_unit) if time_unit else detect_time_unit(all_t)
    if unit <= 0:
        raise TKGDataError(f"time unit must be positive, got {unit}")
    t0 = all_t.min()
    out = {}
    for name, a in raw.items():
        steps = np.round((a[:, 3] - t0) / unit)
        q = np.column_stack([a[:, :3], steps]).astype(np.int64)
        out[name] = q[np.argsort(q[:, 3], kind="stable")]
    ids = np.concatenate([out[n] for n in SPLITS])
    n_ent = max(int(ids[:, [0, 2]].max()) + 1, _count_lines(folder / "entity2id.txt"))
    n_rel = max(int(ids[:, 1].max()) + 1, _count_lines(folder / "relation2id.txt"))
    return TKGData(out["train"], out["valid"], out["test"], n_ent, n_rel, unit, folder.name,
                   read_entity_names(folder / "entity2id.txt", n_ent))


def read_entity_names(path: Path, n_ent: int) -> list[str] | None:
    """Names from ``entity2id.txt`` (``name<TAB or spaces>id`` per line); None when the file is
    missing or a line does not end in an id within range."""
    if not path.is_file():
        return None
    names = [""] * n_ent
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.strip().rsplit(None, 1)
            if not parts:
                continue
            if len(parts) != 2 or not parts[1].isdigit() or int(parts[1]) >= n_ent:
                return None
            names[int(parts[1])] = parts[0].strip()
    return names


_PAREN = re.compile(r"^(.*?)\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*$")


def _split_names(names: list[str], n_ent: int):
    """(clean names, {id: (X, C)} for names ``X (C)``, the set of all C)."""
    clean = [n.replace("_", " ").strip() for n in names[:n_ent]]
    clean += [""] * (n_ent - len(clean))
    parts = {}
    for i, n in enumerate(clean):
        m = _PAREN.match(n)
        if m and m.group(1):
            parts[i] = (m.group(1).strip(), m.group(2).strip())
    return clean, parts, {c for _, c in parts.values()}


def country_groups(names: list[str] | None, n_ent: int) -> np.ndarray:
    """A group id per entity from ICEWS-style names (-1: none): ``Police (India)`` and
    ``India`` share the group of ``India``. The group of a name ``X (C)`` is C; a name without
    parentheses is its own group when it occurs as some other entity's C (a country); every
    other entity has none. Underscores count as spaces (``Citizen_(Nigeria)``)."""
    out = np.full(n_ent, -1, dtype=np.int64)
    if not names:
        return out
    clean, parts, known = _split_names(names, n_ent)
    ids: dict[str, int] = {}
    for i, n in enumerate(clean):
        c = parts[i][1] if i in parts else (n if n in known else None)
        if c:
            out[i] = ids.setdefault(c, len(ids))
    return out


def entity_types(names: list[str] | None, n_ent: int) -> np.ndarray:
    """A type id per entity from ICEWS-style names (-1: no name): the sector X of ``X (C)``
    (``Police (India)`` and ``Police (Kenya)`` share a type), one type for every country (a
    name that is some other entity's C) and one for every other name (persons, bodies)."""
    out = np.full(n_ent, -1, dtype=np.int64)
    if not names:
        return out
    clean, parts, known = _split_names(names, n_ent)
    ids: dict[str, int] = {}
    for i, n in enumerate(clean):
        if n:
            key = parts[i][0] if i in parts else ("\0country" if n in known else "\0other")
            out[i] = ids.setdefault(key, len(ids))
    return out


def with_inverses(quads: np.ndarray, num_relations: int) -> np.ndarray:
    """Append (o, r + R, s, t) for every (s, r, o, t): subject queries become object queries."""
    inv = quads[:, [2, 1, 0, 3]].copy()
    inv[:, 1] += num_relations
    return np.concatenate([quads, inv])
