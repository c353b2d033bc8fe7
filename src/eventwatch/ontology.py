"""The event ontology: CAMEO codes, Goldstein weights, PLOVER types and the ACLED crosswalk.

Everything is read once per process from the TSV files in ``data/ontology/``:

- ``cameo.tsv``         code, name, goldstein (roots 01-20 and all 3- and 4-digit sub-codes)
- ``plover.tsv``        the 16 PLOVER v0.8 types with quad class and allowed modes
- ``cameo_plover.tsv``  CAMEO code -> PLOVER type (+ mode)
- ``cameo_acled.tsv``   CAMEO code -> ACLED sub-event type (violent, protest, strategic codes)

CAMEO QuadClass derives from the root: 01-05 verbal cooperation (1), 06-08 material cooperation
(2), 09-13 verbal conflict (3), 14-20 material conflict (4).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

ONTOLOGY_DIR = "data/ontology"


class DataFileError(ValueError):
    """A data file is malformed; the message names the file and the line."""


def read_tsv(path: Path | str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file as (line number, {column: value}).

    Lines starting with ``#`` and blank lines are skipped; the first other line must be the
    header and must start with ``columns`` (extra trailing columns are allowed). Missing trailing
    cells read as "". Raises DataFileError naming the file and line on any problem.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(f"{path}: cannot read: {e}") from None
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            if tuple(cells[: len(columns)]) != columns:
                raise DataFileError(
                    f"{path}:{lineno}: expected header {'<TAB>'.join(columns)!r}, got {line!r}"
                )
            header = cells
            continue
        if len(cells) > len(header):
            raise DataFileError(
                f"{path}:{lineno}: {len(cells)} cells but the header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append((lineno, dict(zip(header, cells, strict=True))))
    if header is None:
        raise DataFileError(f"{path}: empty file (no header line)")
    return rows


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("eventwatch").joinpath(*parts)))


# --- CAMEO ---------------------------------------------------------------------------------------

ROOT_QUAD: dict[str, int] = {
    f"{r:02d}": 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4 for r in range(1, 21)
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    plover_mode: str | None
    acled: str | None


@dataclass(frozen=True)
class PloverType:
    name: str
    quad_class: int
    modes: tuple[str, ...]
    description: str


@functools.cache
def _plover() -> dict[str, PloverType]:
    path = data_path(ONTOLOGY_DIR, "plover.tsv")
    out: dict[str, PloverType] = {}
    for lineno, r in read_tsv(path, ("type", "quad_class", "modes", "description")):
        if r["quad_class"] not in {"1", "2", "3", "4"}:
            raise DataFileError(f"{path}:{lineno}: quad_class must be 1-4, got {r['quad_class']!r}")
        modes = tuple(m.strip() for m in r["modes"].split(",") if m.strip())
        out[r["type"]] = PloverType(r["type"], int(r["quad_class"]), modes, r["description"])
    return out


PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def plover_type(plover: str) -> PloverType:
    try:
        return _plover()[plover]
    except KeyError:
        known = ", ".join(PLOVER_TYPES)
        raise KeyError(f"unknown PLOVER type {plover!r}; known: {known}") from None


def plover_quad_class(plover: str) -> int:
    return plover_type(plover).quad_class


def _valid_code(code: str) -> bool:
    return code.isdigit() and 2 <= len(code) <= 4 and code[:2] in ROOT_QUAD


@functools.cache
def all_codes() -> dict[str, CameoCode]:
    """Every CAMEO code (roots and sub-codes), keyed by code string ("01", "195", "1823")."""
    plover = _plover()
    cpath = data_path(ONTOLOGY_DIR, "cameo.tsv")
    names: dict[str, tuple[str, float]] = {}
    for lineno, r in read_tsv(cpath, ("code", "name", "goldstein")):
        code = r["code"]
        if not _valid_code(code):
            raise DataFileError(f"{cpath}:{lineno}: bad CAMEO code {code!r}")
        if code in names:
            raise DataFileError(f"{cpath}:{lineno}: duplicate CAMEO code {code!r}")
        if len(code) > 2 and code[:-1] not in names and code[:2] not in names:
            raise DataFileError(f"{cpath}:{lineno}: code {code!r} listed before its parent")
        try:
            g = float(r["goldstein"])
        except ValueError:
            msg = f"{cpath}:{lineno}: goldstein is not a number: {r['goldstein']!r}"
            raise DataFileError(msg) from None
        if not -10.0 <= g <= 10.0:
            raise DataFileError(f"{cpath}:{lineno}: goldstein {g} outside [-10, 10]")
        names[code] = (r["name"], g)

    ppath = data_path(ONTOLOGY_DIR, "cameo_plover.tsv")
    xwalk: dict[str, tuple[str, str | None]] = {}
    for lineno, r in read_tsv(ppath, ("code", "plover", "mode")):
        code, ptype, mode = r["code"], r["plover"], r["mode"] or None
        if code not in names:
            raise DataFileError(f"{ppath}:{lineno}: CAMEO code {code!r} not in cameo.tsv")
        if ptype not in plover:
            raise DataFileError(f"{ppath}:{lineno}: unknown PLOVER type {ptype!r}")
        if mode is not None and mode not in plover[ptype].modes:
            raise DataFileError(f"{ppath}:{lineno}: mode {mode!r} is not a {ptype} mode")
        xwalk[code] = (ptype, mode)
    missing = [c for c in names if c not in xwalk]
    if missing:
        raise DataFileError(f"{ppath}: no PLOVER type for CAMEO codes {', '.join(missing)}")

    apath = data_path(ONTOLOGY_DIR, "cameo_acled.tsv")
    acled: dict[str, str] = {}
    for lineno, r in read_tsv(apath, ("code", "acled")):
        if r["code"] not in names:
            raise DataFileError(f"{apath}:{lineno}: CAMEO code {r['code']!r} not in cameo.tsv")
        if r["acled"] not in ACLED_SUB_EVENTS:
            raise DataFileError(f"{apath}:{lineno}: unknown ACLED sub-event type {r['acled']!r}")
        acled[r["code"]] = r["acled"]

    return {
        code: CameoCode(
            code=code,
            name=name,
            root=code[:2],
            quad_class=ROOT_QUAD[code[:2]],
            goldstein=g,
            plover=xwalk[code][0],
            plover_mode=xwalk[code][1],
            acled=acled.get(code),
        )
        for code, (name, g) in names.items()
    }


ACLED_SUB_EVENTS: frozenset[str] = frozenset({
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Suicide bomb", "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance",
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration", "Mob violence", "Agreement", "Arrests", "Change to group/activity",
    "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
})  # fmt: skip


def cameo(code: str) -> CameoCode:
    """The CAMEO code record; KeyError naming the code if it is not a CAMEO code."""
    try:
        return all_codes()[code]
    except KeyError:
        hint = " (CAMEO codes are strings with leading zeros, e.g. '043')" if code.isdigit() else ""
        raise KeyError(f"unknown CAMEO code {code!r}{hint}") from None


def parent(code: str) -> str | None:
    """The next-more-general code ("1823" -> "182", "182" -> "18", "18" -> None)."""
    if len(code) <= 2:
        return None
    p = code[:-1]
    codes = all_codes()
    # 3-digit codes ending in 0 ("180") are the "not specified" code of their root, not a parent.
    return p if p in codes and len(p) > 2 else code[:2]


def is_ancestor(a: str, b: str) -> bool:
    """True if ``a`` is a strict ancestor of ``b`` ("18" and "182" are ancestors of "1823")."""
    p = parent(b)
    while p is not None:
        if p == a:
            return True
        p = parent(p)
    return False
