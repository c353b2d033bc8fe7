"""Offline builder: a Wikidata JSON dump -> extra actor files for ``--actors`` (people, groups).

Reads a dump the user already has (``latest-all.json.gz`` / ``.bz2`` / plain: a JSON array with
one entity per line, each line ending in a comma; plain JSONL of entities works too) as a stream,
twice, never holding it whole; nothing is downloaded.

Pass 1 keeps what is needed to judge positions and group classes: ISO 3166 alpha-3 codes of
country entities (P298), the P279 "subclass of" graph, and the label, P31 and country (P17 /
P1001) of position-like entities. Pass 2 writes

* a people file (``people.tsv`` format) with one line per term of a human (P31 Q5) whose P39
  "position held" is a head of state or government, a foreign minister or a defence minister
  (sector MIL for defence, GOV otherwise), with P580/P582 qualifiers as start/end (the person's
  P570 date of death closes a term that has no end). A position qualifies through a built-in
  table of well-known QIDs, its P31/P279 chain reaching a root class (head of state, head of
  government, foreign minister, defence minister), or its English label ("President of Kenya",
  "Minister of Defence of Chile", "Federal Chancellor of Austria"), the label route needing the
  country named after "of" to be a state in ``countries.tsv``. Its country is P1001/P17 -> P298 of
  that entity in the dump, else the entity's English label looked up in ``countries.tsv``, else a
  built-in QID -> ISO3 table; terms without a start and an end date are skipped.
* a groups file (``groups.tsv`` format) for entities that are an instance (P31) of an armed-group
  class: a built-in QID table, any subclass of it, or a class whose English label says
  "terrorist", "rebel", "insurgent", "militant", "guerrilla", "paramilitary", "militia" or
  "armed group/organisation". Sector INS for terrorist/militant/insurgent/jihadist classes, REB
  otherwise. Code = ISO3 of P17 (else P2541 operating area; else ``IMG``, transnational) + sector
  + three letters: the initials of the name's main words, else the first three letters of its
  first main word; a clash with another code gets a new last letter or a digit. Groups whose
  name is already in the builtin dictionary are left out.

A file holds one format, so the groups go to a second file next to the people file
(``out.tsv`` -> ``out.groups.tsv``); load both with ``--actors``. Bad dump lines are reported
as ``FILE:LINE: reason`` (the first 100) and counted; the run goes on.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import itertools
import json
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from eventwatch.actors import DATA_DIR

MAX_REPORTED = 100
HUMAN = "Q5"

# Position root classes -> sector.  Q48352 head of state, Q2285706 head of government,
# Q7330070 minister of foreign affairs, Q2518691 minister of defence.
ROOT_POSITIONS = {"Q48352": "GOV", "Q2285706": "GOV", "Q7330070": "GOV", "Q2518691": "MIL"}

# Well-known positions: QID -> (ISO3, sector, English label), from public Wikidata items.
KNOWN_POSITIONS = {
    "Q11696": ("USA", "GOV", "President of the United States"),
    "Q14213": ("USA", "GOV", "United States Secretary of State"),
    "Q735015": ("USA", "MIL", "United States Secretary of Defense"),
    "Q14211": ("GBR", "GOV", "Prime Minister of the United Kingdom"),
    "Q9134365": ("GBR", "GOV", "Monarch of the United Kingdom"),
    "Q191954": ("FRA", "GOV", "President of France"),
    "Q4970706": ("DEU", "GOV", "Chancellor of Germany"),
    "Q25223": ("DEU", "GOV", "President of Germany"),
    "Q218295": ("RUS", "GOV", "President of Russia"),
    "Q2915834": ("UKR", "GOV", "President of Ukraine"),
    "Q192711": ("IND", "GOV", "Prime Minister of India"),
    "Q274948": ("JPN", "GOV", "Prime Minister of Japan"),
    "Q208487": ("ISR", "GOV", "Prime Minister of Israel"),
    "Q273884": ("ZAF", "GOV", "President of South Africa"),
    "Q5176750": ("BRA", "GOV", "President of Brazil"),
    "Q628004": ("MEX", "GOV", "President of Mexico"),
    "Q12969145": ("ARG", "GOV", "President of Argentina"),
    "Q6296418": ("KOR", "GOV", "President of South Korea"),
    "Q839078": ("CAN", "GOV", "Prime Minister of Canada"),
    "Q319145": ("AUS", "GOV", "Prime Minister of Australia"),
    "Q1071117": ("NZL", "GOV", "Prime Minister of New Zealand"),
    "Q191827": ("IRL", "GOV", "Taoiseach"),
    "Q213702": ("IRL", "GOV", "President of Ireland"),
    "Q796897": ("ITA", "GOV", "Prime Minister of Italy"),
    "Q844587": ("ESP", "GOV", "Prime Minister of Spain"),
    "Q3058109": ("NLD", "GOV", "Prime Minister of the Netherlands"),
    "Q687075": ("SWE", "GOV", "Prime Minister of Sweden"),
    "Q2334076": ("NOR", "GOV", "Prime Minister of Norway"),
    "Q795477": ("DNK", "GOV", "Prime Minister of Denmark"),
    "Q29558": ("FIN", "GOV", "President of Finland"),
    "Q738695": ("FIN", "GOV", "Prime Minister of Finland"),
    "Q1723031": ("PRT", "GOV", "Prime Minister of Portugal"),
    "Q3259469": ("POL", "GOV", "Prime Minister of Poland"),
    "Q4377230": ("GRC", "GOV", "Prime Minister of Greece"),
    "Q866756": ("SGP", "GOV", "Prime Minister of Singapore"),
    "Q688230": ("CHE", "GOV", "President of the Swiss Confederation"),
}

# Armed-group classes: Q17127659 terrorist organisation (subclasses and label matches add more).
GROUP_ROOTS = {"Q17127659": "INS"}

# Sovereign states: QID -> ISO3, the fallback when the country entity is not in the dump.
_STATES = """
Q30 USA Q145 GBR Q142 FRA Q183 DEU Q159 RUS Q148 CHN Q17 JPN Q668 IND Q38 ITA Q29 ESP Q794 IRN
Q796 IRQ Q858 SYR Q801 ISR Q43 TUR Q212 UKR Q889 AFG Q843 PAK Q79 EGY Q1033 NGA Q115 ETH
Q1045 SOM Q1049 SDN Q958 SSD Q805 YEM Q851 SAU Q822 LBN Q810 JOR Q884 KOR Q423 PRK Q16 CAN
Q96 MEX Q155 BRA Q414 ARG Q298 CHL Q739 COL Q717 VEN Q408 AUS Q664 NZL Q36 POL Q28 HUN
Q213 CZE Q214 SVK Q218 ROU Q219 BGR Q41 GRC Q229 CYP Q45 PRT Q55 NLD Q31 BEL Q32 LUX Q39 CHE
Q40 AUT Q20 NOR Q34 SWE Q35 DNK Q33 FIN Q189 ISL Q27 IRL Q191 EST Q211 LVA Q37 LTU Q184 BLR
Q217 MDA Q230 GEO Q399 ARM Q227 AZE Q232 KAZ Q813 KGZ Q863 TJK Q874 TKM Q265 UZB Q711 MNG
Q865 TWN Q928 PHL Q252 IDN Q833 MYS Q334 SGP Q869 THA Q881 VNM Q424 KHM Q819 LAO Q836 MMR
Q902 BGD Q854 LKA Q837 NPL Q917 BTN Q826 MDV Q1028 MAR Q262 DZA Q948 TUN Q1016 LBY Q258 ZAF
Q114 KEN Q1036 UGA Q1037 RWA Q967 BDI Q924 TZA Q974 COD Q971 COG Q1008 CIV Q117 GHA Q1032 NER
Q912 MLI Q965 BFA Q657 TCD Q929 CAF Q1009 CMR Q1041 SEN Q1006 GIN Q1007 GNB Q1044 SLE
Q1014 LBR Q945 TGO Q962 BEN Q1025 MRT Q1005 GMB Q1011 CPV Q986 ERI Q977 DJI Q916 AGO
Q1029 MOZ Q953 ZMB Q954 ZWE Q963 BWA Q1030 NAM Q1013 LSO Q1050 SWZ Q1019 MDG Q1027 MUS
Q970 COM Q1042 SYC Q983 GNQ Q1000 GAB Q1020 MWI Q241 CUB Q790 HTI Q786 DOM Q766 JAM Q754 TTO
Q244 BRB Q778 BHS Q774 GTM Q783 HND Q792 SLV Q811 NIC Q800 CRI Q804 PAN Q242 BLZ Q736 ECU
Q419 PER Q750 BOL Q733 PRY Q77 URY Q734 GUY Q730 SUR Q817 KWT Q842 OMN Q878 ARE Q846 QAT
Q398 BHR Q224 HRV Q215 SVN Q225 BIH Q403 SRB Q236 MNE Q221 MKD Q222 ALB Q1246 XKX Q233 MLT
Q347 LIE Q235 MCO Q238 SMR Q228 AND Q237 VAT Q574 TLS Q921 BRN Q691 PNG Q712 FJI Q683 WSM
Q678 TON Q685 SLB Q686 VUT Q695 PLW Q702 FSM Q709 MHL Q710 KIR Q697 NRU Q672 TUV Q760 LCA
Q769 GRD Q757 VCT Q763 KNA Q784 DMA Q781 ATG Q1039 STP Q219060 PSE
"""
STATE_ISO3 = dict(zip(_STATES.split()[::2], _STATES.split()[1::2], strict=True))

_HEAD = re.compile(
    r"^(?:federal |state |interim )?(?:president|prime minister|chancellor|premier|head of state"
    r"|head of government|supreme leader|emir|king|queen|monarch|sultan) of (?:the )?(?P<c>.+)$")
_FOREIGN = re.compile(
    r"^(?:(?:minister|secretary)(?: of state)? (?:of|for) (?:foreign|external) affairs"
    r"(?: and [a-z ]+?)?|foreign minister|foreign secretary) (?:of|for) (?:the )?(?P<c>.+)$")
_DEFENCE = re.compile(
    r"^(?:(?:minister|secretary)(?: of state)? (?:of|for) (?:national )?defen[cs]e"
    r"(?: and [a-z ]+?)?|defen[cs]e minister|defen[cs]e secretary) (?:of|for) (?:the )?(?P<c>.+)$")
_GROUP_WORDS = re.compile(
    r"\b(terrorist|rebel|insurgent|insurgency|militant|guerr?illa|paramilitary|militia|jihadist"
    r"|armed group)\b")
_INS_WORDS = re.compile(r"\b(terrorist|insurgent|insurgency|militant|jihadist)\b")
_ORG_WORDS = re.compile(r"\b(group|organi[sz]ation|movement|militia|army|front|faction|forces?"
                        r"|network|wing)\b")
_NOT_GROUP = re.compile(r"\b(counter|anti)[- ]?(terror|insurg)|\bfictional\b")
# Q4164871 position, Q294414 public office, plus the roots: P31 values that mark a position.
POSITION_CLASSES = {"Q4164871", "Q294414", *ROOT_POSITIONS}
_STOP = {"of", "the", "for", "and", "in", "on", "al", "el", "de", "la", "le", "des", "du", "a"}


class DumpError(Exception):
    """The dump cannot be read at all (message names the file)."""


@dataclass(slots=True)
class Node:
    """What pass 1 keeps of a class or position entity."""

    parents: tuple[str, ...]  # P279 (and, for positions, P31)
    label: str = ""
    country: str | None = None  # QID of P1001 / P17


@dataclass
class Stats:
    lines: int = 0
    entities: int = 0
    bad: int = 0
    positions: int = 0
    people: int = 0
    terms: int = 0
    groups: int = 0
    skipped: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        return (f"{self.entities} entities read, {self.bad} bad lines; {self.positions} "
                f"positions recognised; wrote {self.terms} terms of {self.people} people and "
                f"{self.groups} groups; skipped: {skipped}")


# ---- reading the dump ------------------------------------------------------------------------
def _open(path: Path):
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    if name.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open(encoding="utf-8", errors="replace")


def iter_entities(path: Path, stats: Stats | None = None,
                  warn: Callable[[str], None] | None = None,
                  wanted: Callable[[str], bool] | None = None) -> Iterator[dict]:
    """Entities of a dump, one per line; bad lines go to ``warn`` and ``stats`` when given.
    With ``wanted``, only lines it accepts are parsed (the rest get a cheap shape check)."""

    def bad(n: int, why: str) -> None:
        if stats is not None:
            stats.bad += 1
            if warn is not None and stats.bad <= MAX_REPORTED:
                warn(f"{path}:{n}: {why}")

    n = 0
    try:
        with _open(path) as fh:
            for n, line in enumerate(fh, 1):  # noqa: B007 - n is reported after the loop
                text = line.strip()
                if not text or text in {"[", "]", "[]"}:
                    continue
                text = text.removesuffix(",")
                if wanted is not None and not wanted(text):
                    if not (text.startswith("{") and text.endswith("}")):
                        bad(n, "not a JSON object")
                    elif stats is not None:
                        stats.entities += 1
                    continue
                try:
                    ent = json.loads(text)
                except json.JSONDecodeError as exc:
                    bad(n, f"bad JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(ent, dict) or not isinstance(ent.get("id"), str):
                    bad(n, "not an entity (no \"id\")")
                    continue
                if stats is not None:
                    stats.entities += 1
                yield ent
    except (OSError, EOFError, ValueError) as exc:  # truncated or corrupt archive
        raise DumpError(f"{path}:{n + 1}: cannot read dump ({exc.__class__.__name__}: "
                        f"{exc})") from None
    if stats is not None:
        stats.lines = n


def _any_of(tokens: Iterable[str]) -> Callable[[str], bool]:
    """A line filter: True if the line holds one of a few literal tokens."""
    tokens = tuple(tokens)
    return lambda text: any(t in text for t in tokens)


_ID = re.compile(r'"id":"(Q\d+)"')


def _instance_filter(classes: set[str]) -> Callable[[str], bool]:
    """A line filter: True if the line has P39, or names one of ``classes`` near its P31 claim
    (a cheap look at the raw text; the parsed entity is checked properly afterwards)."""

    def wanted(text: str) -> bool:
        if '"P39"' in text:
            return True
        at = text.find('"P31":[')
        return at >= 0 and any(q in classes for q in _ID.findall(text, at, at + 4000))

    return wanted


def _label(ent: dict) -> str:
    labels = ent.get("labels") or {}
    for lang in ("en", "mul"):
        value = (labels.get(lang) or {}).get("value")
        if isinstance(value, str) and value.strip():
            return _clean(value)
    return ""


def _aliases(ent: dict) -> list[str]:
    out: list[str] = []
    for lang in ("en", "mul"):
        for a in (ent.get("aliases") or {}).get(lang) or []:
            value = _clean(a.get("value", "")) if isinstance(a, dict) else ""
            if len(value) >= 3 and any(c.isupper() for c in value) and value not in out:
                out.append(value)
    return out


def _clean(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


def _statements(ent: dict, prop: str) -> list[dict]:
    claims = (ent.get("claims") or {}).get(prop) or []
    return [c for c in claims if isinstance(c, dict) and c.get("rank") != "deprecated"]


def _value(snak: dict | None):
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    return (snak.get("datavalue") or {}).get("value")


def _items(ent: dict, prop: str) -> list[str]:
    out = []
    for st in _statements(ent, prop):
        v = _value(st.get("mainsnak"))
        if isinstance(v, dict) and isinstance(v.get("id"), str):
            out.append(v["id"])
    return out


def _time(value, last: bool = False) -> dt.date | None:
    """A Wikidata time value as a date (day, month or year precision): the first day of a
    month or year, or its last day when ``last`` (for end dates)."""
    if not isinstance(value, dict) or int(value.get("precision", 0)) < 9:
        return None
    m = re.match(r"^\+(\d{4})-(\d\d)-(\d\d)T", str(value.get("time", "")))
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]) or 1, int(m[3]) or 1
    precision = int(value["precision"])
    try:
        if precision == 9:
            return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
        if precision == 10:
            first = dt.date(year, month, 1)
            return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1) if (
                last) else first
        return dt.date(year, month, day)
    except ValueError:
        return None


def _qualifier_date(st: dict, prop: str, last: bool = False) -> dt.date | None:
    for q in (st.get("qualifiers") or {}).get(prop) or []:
        d = _time(_value(q), last)
        if d is not None:
            return d
    return None


# ---- the country table ----------------------------------------------------------------------
def country_names() -> dict[str, str]:
    """Lower-cased names and aliases of sovereign states (first line per ISO3 in countries.tsv;
    later lines add sub-national units, which must not count as countries here)."""
    names: dict[str, str] = {}
    seen: set[str] = set()
    for raw in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines():
        cells = raw.split("\t")
        if raw.startswith("#") or len(cells) < 3 or cells[0] == "iso3" or cells[0] in seen:
            continue
        seen.add(cells[0])
        for name in [cells[1], *cells[2].split("|")]:
            name = name.strip().lstrip("~").lower()
            if name:
                names.setdefault(name, cells[0])
                names.setdefault(name.removeprefix("the "), cells[0])
    return names


def _builtin_names_and_codes() -> tuple[set[str], set[str]]:
    names, codes = set(), set()
    for fname in ("groups.tsv", "organisations.tsv", "institutions.tsv"):
        for raw in (DATA_DIR / fname).read_text(encoding="utf-8").splitlines():
            cells = raw.split("\t")
            if raw.startswith("#") or len(cells) < 3 or cells[0] == "code":
                continue
            codes.add(cells[0])
            names.update(n.strip().lower() for n in [cells[1], *cells[2].split("|")])
    return names, codes


# ---- pass 1 ---------------------------------------------------------------------------------
@dataclass
class Knowledge:
    """Pass-1 results: country codes, class graph, positions."""

    iso3: dict[str, str] = field(default_factory=dict)  # country QID -> ISO3 (P298)
    labels: dict[str, str] = field(default_factory=dict)  # country QID -> English label
    nodes: dict[str, Node] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=country_names)
    _pos: dict[str, tuple[str, str, str] | None] = field(default_factory=dict)
    _grp: dict[str, str | None] = field(default_factory=dict)

    def add(self, ent: dict) -> None:
        qid = ent["id"]
        for st in _statements(ent, "P298"):
            code = _value(st.get("mainsnak"))
            if isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code):
                self.iso3.setdefault(qid, code)
                self.labels[qid] = _label(ent)
                break
        instance_of = _items(ent, "P31")
        if HUMAN in instance_of:
            return
        subclass_of = _items(ent, "P279")
        country = next(iter(_items(ent, "P1001") + _items(ent, "P17")), None)
        label = _label(ent)
        low = label.lower()
        if qid not in self.iso3 and low in self.names:
            self.labels[qid] = label  # a country entity without P298: found by name
        position_like = (qid in KNOWN_POSITIONS or bool(POSITION_CLASSES.intersection(instance_of))
                         or bool(_HEAD.match(low) or _FOREIGN.match(low) or _DEFENCE.match(low)))
        if position_like or (subclass_of and country):
            self.nodes[qid] = Node(tuple(subclass_of + instance_of), label, country)
        elif subclass_of:
            self.nodes[qid] = Node(tuple(subclass_of), label if _group_label(low) else "")

    def country(self, qid: str | None) -> str | None:
        if qid is None:
            return None
        if qid in self.iso3:
            return self.iso3[qid]
        by_name = self.names.get(self.labels.get(qid, "").lower())
        return by_name or STATE_ISO3.get(qid)

    def _reaches(self, qid: str, roots: dict[str, str]) -> str | None:
        """The sector of the first root class found above ``qid`` (breadth first)."""
        frontier, seen = [qid], {qid}
        for _ in range(8):
            nxt = []
            for q in frontier:
                if q in roots:
                    return roots[q]
                for p in self.nodes[q].parents if q in self.nodes else ():
                    if p not in seen:
                        seen.add(p)
                        nxt.append(p)
            frontier = nxt
        return None

    def position(self, qid: str) -> tuple[str, str, str] | None:
        """(ISO3, sector, role label) if ``qid`` is a position we code, else None."""
        if qid not in self._pos:
            self._pos[qid] = self._position(qid)
        return self._pos[qid]

    def _position(self, qid: str) -> tuple[str, str, str] | None:
        node = self.nodes.get(qid)
        known = KNOWN_POSITIONS.get(qid)
        if node is None and known is None:
            return None
        label = (node.label if node else "") or (known[2] if known else qid)
        low = label.lower().strip()
        by_label = _HEAD.match(low) or _FOREIGN.match(low) or _DEFENCE.match(low)
        named = None
        if by_label:
            tail = re.sub(r"\s*\(.*\)$", "", by_label["c"]).strip()
            named = self.names.get(tail) or self.names.get(
                re.sub(r"^(?:[a-z]+ )*?republic of (?:the )?", "", tail))
        sector = self._reaches(qid, ROOT_POSITIONS) if node else None
        if sector is None and known:
            sector = known[1]
        if sector is None and named:
            sector = "MIL" if _DEFENCE.match(low) else "GOV"
        if sector is None:
            return None
        iso = self.country(node.country if node else None) or named or (known and known[0])
        return (iso, sector, label) if iso else None

    def group_sector(self, qid: str) -> str | None:
        """INS/REB if class ``qid`` is an armed-group class, else None: a root, a class whose
        label says so, or a subclass of a root or of a terrorist/rebel/insurgent/militant/
        guerrilla class (paramilitary and militia classes count only themselves: state
        gendarmeries and militias sit below them)."""
        node = self.nodes.get(qid)
        return self._strong(qid) or (_group_label(node.label.lower()) if node else None)

    def _strong(self, qid: str) -> str | None:
        if qid not in self._grp:
            self._grp[qid] = None  # guards against cycles in the class graph
            node = self.nodes.get(qid)
            sector = GROUP_ROOTS.get(qid)
            if sector is None and node is not None:
                sector = _group_label(node.label.lower(), strong=True)
                if sector is None:
                    found = [s for p in node.parents if (s := self._strong(p))]
                    sector = "INS" if "INS" in found else (found[0] if found else None)
            self._grp[qid] = sector
        return self._grp[qid]


def _group_label(low: str, strong: bool = False) -> str | None:
    """The sector an armed-group class label implies ("rebel group" -> REB), else None."""
    if not low or _NOT_GROUP.search(low) or not _ORG_WORDS.search(low):
        return None
    m = _GROUP_WORDS.search(low)
    if m is None or (strong and m[1] in {"paramilitary", "militia"}):
        return None
    return "INS" if _INS_WORDS.search(low) else "REB"


# ---- pass 2 ---------------------------------------------------------------------------------
def _letters(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w for w in re.findall(r"[A-Za-z]+", ascii_name) if w.lower() not in _STOP]
    if not words:
        return "GRP"
    initials = "".join(w[0] for w in words).upper()
    if len(initials) >= 3:
        return initials[:3]
    if len(words) == 1:
        return (words[0].upper() + "XX")[:3]
    return (initials + words[-1][1:].upper() + "X")[:3]


def group_code(prefix: str, name: str, used: set[str]) -> str:
    """``prefix`` + three letters from ``name``, unique within ``used`` (which it extends)."""
    base = _letters(name)
    candidates = itertools.chain([base], (base[:2] + c for c in string.ascii_uppercase),
                                 (base + str(i) for i in itertools.count(2)))
    code = next(prefix + c for c in candidates if prefix + c not in used)
    used.add(code)
    return code


def build(dump: Path, people_out: Path, groups_out: Path, since: dt.date | None = None,
          countries: set[str] | None = None,
          warn: Callable[[str], None] = lambda m: None) -> Stats:
    """Read ``dump`` twice and write the two actor files; returns the counts."""
    stats = Stats()
    know = Knowledge()
    # Pass 1 parses only lines that can hold a class, a country or a position.
    pass1 = _any_of(['"P279"', '"P298"', '"P1001"', '"Q6256"', '"Q3624078"',
                     *(f'"{q}"' for q in POSITION_CLASSES)])
    for ent in iter_entities(dump, stats, warn, pass1):
        know.add(ent)
    stats.positions = sum(1 for q in know.nodes if know.position(q))
    builtin_names, used_codes = _builtin_names_and_codes()
    people: list[tuple[str, str, str, str, str, str, str]] = []
    groups: list[tuple[str, str, str, str, str, str]] = []
    person_ids: set[str] = set()
    seen_groups: set[tuple[str, str | None]] = set()
    classes = {q for q in know.nodes if know.group_sector(q)} | set(GROUP_ROOTS)
    for ent in iter_entities(dump, wanted=_instance_filter(classes)):
        instance_of = _items(ent, "P31")
        if HUMAN in instance_of:
            rows = _person_rows(ent, know, since, countries, stats)
            if rows:
                person_ids.add(ent["id"])
                people.extend(rows)
        elif any(know.group_sector(c) for c in instance_of):
            row = _group_row(ent, instance_of, know, since, countries, builtin_names,
                             used_codes, seen_groups, stats)
            if row:
                groups.append(row)
    stats.people, stats.terms, stats.groups = len(person_ids), len(people), len(groups)
    people.sort(key=lambda r: (r[0], r[5], r[2]))
    groups.sort()
    _write(people_out, ("name", "aliases", "iso3", "sector", "role", "start", "end"), people)
    _write(groups_out, ("code", "name", "aliases", "country", "sector", "type"), groups)
    return stats


def _person_rows(ent: dict, know: Knowledge, since: dt.date | None,
                 countries: set[str] | None, stats: Stats) -> list[tuple]:
    held = _statements(ent, "P39")
    if not held:
        return []
    name = _label(ent)
    death = next((d for st in _statements(ent, "P570")
                  if (d := _time(_value(st.get("mainsnak")), last=True)) is not None), None)
    rows = []
    for st in held:
        v = _value(st.get("mainsnak"))
        pos = know.position(v["id"]) if isinstance(v, dict) and "id" in v else None
        if pos is None:
            continue
        iso, sector, role = pos
        start, end = _qualifier_date(st, "P580"), _qualifier_date(st, "P582", last=True)
        if end is None and death is not None:
            end = death
        reason = None
        if not name:
            reason = "person without English label"
        elif start is None and end is None:
            reason = "term without dates"
        elif countries and iso not in countries:
            reason = "term in another country"
        elif since and end is not None and end < since:
            reason = "term before --since"
        elif start and end and end < start:
            reason = "term ending before it starts"
        if reason:
            stats.skipped[reason] += 1
            continue
        row = (name, "", iso, sector, role, start.isoformat() if start else "",
               end.isoformat() if end else "")
        if row not in rows:  # the same term stated twice
            rows.append(row)
    if rows:  # aliases once per person, on the first line
        aliases = "|".join(a for a in _aliases(ent) if a != name)
        rows[0] = (name, aliases, *rows[0][2:])
    return rows


def _group_row(ent: dict, instance_of: list[str], know: Knowledge, since: dt.date | None,
               countries: set[str] | None, builtin_names: set[str], used: set[str],
               seen: set[tuple[str, str | None]], stats: Stats) -> tuple | None:
    name = _label(ent)
    sectors = [s for c in instance_of if (s := know.group_sector(c))]
    sector = "INS" if "INS" in sectors else "REB"
    found = [c for q in _items(ent, "P17") if (c := know.country(q))] or [
        c for q in _items(ent, "P2541") if (c := know.country(q))]
    iso = found[0] if len(set(found)) == 1 else None  # several countries: transnational
    dissolved = next((d for st in _statements(ent, "P576")
                      if (d := _time(_value(st.get("mainsnak")))) is not None), None)
    reason = None
    if not name:
        reason = "group without English label"
    elif name.lower() in builtin_names:
        reason = "group already in dictionary"
    elif (name, iso) in seen:
        reason = "group named twice"
    elif countries and iso not in countries:
        reason = "group in another country"
    elif since and dissolved and dissolved < since:
        reason = "group dissolved before --since"
    if reason:
        stats.skipped[reason] += 1
        return None
    seen.add((name, iso))
    aliases = "|".join(a for a in _aliases(ent) if a != name and a.lower() not in builtin_names)
    code = group_code((iso or "IMG") + sector, name, used)
    return (code, name, aliases, iso or "", sector, "armed_group")


def _write(path: Path, header: tuple[str, ...], rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by eventwatch actors build-wikidata from a Wikidata dump (CC0).\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(" ".join(str(c).split()) for c in row) + "\n")


def groups_path(people_out: Path) -> Path:
    """Where the groups file goes: ``out.tsv`` -> ``out.groups.tsv``."""
    suffix = people_out.suffix or ".tsv"
    return people_out.with_name(people_out.stem + ".groups" + suffix)


# ---- command --------------------------------------------------------------------------------
def _date_option(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not a YYYY-MM-DD date: {value!r}") from None


def _countries_option(ctx, param, value):
    if not value:
        return None
    codes = {c.strip().upper() for c in value.split(",") if c.strip()}
    bad = sorted(c for c in codes if not re.fullmatch(r"[A-Z]{3}", c))
    if bad:
        raise click.BadParameter(f"not ISO3 codes: {', '.join(bad)}")
    return codes


@click.command("build-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="People file to write; groups go to OUTPUT with .groups before the suffix.")
@click.option("--since", callback=_date_option,
              help="Drop terms that ended, and groups dissolved, before this YYYY-MM-DD date.")
@click.option("--countries", callback=_countries_option,
              help="Keep only these ISO3 codes, comma-separated (e.g. SYR,IRQ).")
def wikidata_cmd(dump: Path, output: Path, since: dt.date | None,
                 countries: set[str] | None) -> None:
    """Build extra actor files (people, armed groups) from a Wikidata JSON dump, offline."""
    groups_out = groups_path(output)

    def warn(msg: str) -> None:
        click.echo(f"eventwatch: {msg}", err=True)

    try:
        stats = build(dump, output, groups_out, since, countries, warn)
    except DumpError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {exc.filename}: {exc.strerror}") from None
    if stats.bad > MAX_REPORTED:
        warn(f"{dump}: {stats.bad - MAX_REPORTED} more bad lines not shown")
    warn(f"{dump}: {stats.summary()}")
    warn(f"wrote {output} and {groups_out}; use --actors {output} --actors {groups_out}")
