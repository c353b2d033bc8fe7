"""Actor dictionary and resolver ("who"): turns actor mentions in a parsed Doc into CAMEO codes.

The dictionary is five kinds of plain-text TSV files under ``data/actors/`` (each starts with a
header line naming its columns; ``#`` starts a comment line; list cells are ``|``-separated):

* ``countries.tsv``      iso3, name, aliases, adjectives, capitals (``Pentagon:MIL``; default GOV)
* ``sectors.tsv``        phrase, sector                (agent nouns: "troops" -> MIL)
* ``people.tsv``         name, aliases, iso3, sector, role, start, end   (one line per term)
* ``organisations.tsv``  code, name, aliases, type, country, sector
* ``institutions.tsv``   the same columns: national bodies by proper name ("Storting" -> NORLEG)
* ``groups.tsv``         code, name, aliases, country, sector, type

Users pass extra files in the same formats to :meth:`ActorDictionary.load`; the header line
tells which format a file is in. Matching rules for aliases: an alias whose letters are all
capitals ("US", "U.S.", "IS", "WHO"), or a short word with inner capitals ("LeT", "DoD"),
matches case-sensitively; other names of countries, people, organisations and groups match
case-insensitively but need at least one capital letter in the text ("turkey", "guinea pig" do
not match); an alias written ``~Name`` is ambiguous ("Chad", "Jordan", "Georgia", "Washington")
and is dropped when it sits next to another capitalised name that is not itself a dictionary
match ("Michael Jordan", "Atlanta, Georgia"). Sector phrases match case-insensitively;
sector "-" marks a blocker phrase that is never an actor ("Latin American", "The Hague").
The longest match wins where matches overlap.

Resolving a phrase (:meth:`DocActors.resolve`) prefers the mention nearest the phrase's
syntactic head. A person, organisation or group wins outright; a sector noun takes its country
from a modifying country, capital or person ("Turkish soldiers", "Russia's Defense Ministry",
"the army of Syria", "Assad's forces"), or from an "in" phrase as a last resort ("civilians in
Gaza"); an organisation or group modifying a sector noun wins ("Hamas militants"). Mentions
inside hyphenated modifiers ("Moscow-backed", "Iranian-made", "pro-Russian"; but "Saudi-led"
is the leader), participle
phrases ("backed by Iran") and clauses are ignored. "former"/"ex-" turns a state sector into ELI.

People are resolved by the article date: in office -> the line's code (e.g. RUSGOV); out of
office -> the country of their nearest term with sector ELI (former/other elite); no date -> the
latest term. The people ``iso3`` cell may instead hold an organisation or group code
(``IGOUNO``), for officials of international bodies and leaders of armed groups.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from eventwatch.nlp import children, in_source_phrase, span_root, span_text, text_of, tokens
from eventwatch.records import Actor

DATA_DIR = Path(__file__).parent / "data" / "actors"
BUILTIN_FILES = ("countries.tsv", "sectors.tsv", "organisations.tsv", "institutions.tsv",
                 "groups.tsv", "people.tsv")

SECTORS = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "REB": "rebels", "INS": "insurgents",
    "SEP": "separatists", "CVL": "civilians", "REF": "refugees", "MED": "media",
    "EDU": "education", "BUS": "business", "LAB": "labour", "NGO": "NGO", "IGO": "IGO",
    "SPY": "intelligence", "HLH": "health", "ELI": "elite", "CRM": "criminals",
    "MOD": "moderates", "RAD": "radicals", "UAF": "unidentified armed forces",
    "REL": "religious", "AGR": "agriculture", "ENV": "environment", "HRI": "human rights",
    "SET": "settlers", "PTY": "political party",
    # peoples without a state of their own, in the sector slot as CAMEO's ethnic codes are
    # ("Iraqi Kurds" -> IRQKUR); the three-letter codes are eventwatch's, none is an ISO3 code
    "KUR": "Kurds", "TAM": "Tamils", "UIG": "Uyghurs", "ROH": "Rohingya", "BAL": "Baloch",
    "PAS": "Pashtuns", "HAZ": "Hazaras", "YAZ": "Yazidis", "HUT": "Hutu", "TUT": "Tutsi",
}
# CAMEO's regional codes, used for groups of states named as one side ("Western powers")
REGION_CODES = {
    "WST": "the West", "EUR": "Europe", "AFR": "Africa", "ASA": "Asia", "LAM": "Latin America",
    "PGS": "Persian Gulf", "SCN": "Scandinavia", "BLK": "Balkans", "CAS": "Central Asia",
    "MEA": "Middle East",
}
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
_ARMED_SECTORS = {"REB", "INS", "SEP", "UAF"}
_ORG_SECTORS = {"BUS", "MED"}
TYPES = {"state", "igo", "ngo", "armed_group", "person", "organisation", "group"}

FORMATS = {
    "countries": ("iso3", "name", "aliases", "adjectives", "capitals"),
    "sectors": ("phrase", "sector"),
    "people": ("name", "aliases", "iso3", "sector", "role", "start", "end"),
    "organisations": ("code", "name", "aliases", "type", "country", "sector"),
    "groups": ("code", "name", "aliases", "country", "sector", "type"),
}
_KIND_OF_FORMAT = {"countries": "country", "sectors": "sector", "people": "person",
                   "organisations": "org", "groups": "group"}
_KIND_RANK = {"block": -1, "person": 0, "group": 1, "org": 2, "country": 3, "sector": 4}
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,11}$")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "its", "their"}
_MODIFIER_PARTICIPLES = {"VBN", "VBG"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
_KEEP_PREPS = {"of", "from"}
# "a spokesman for the UN", "inspectors for the agency": "for" names whom these people serve
# roles every side has: their sector is the side named with them ("leaders of the opposition")
_ANY_SIDE_ROLES = frozenset(
    "leader head chief spokesman spokeswoman spokesperson official representative envoy "
    "negotiator delegate delegation commander".split())
SERVING_FOR = frozenset(
    "spokesman spokeswoman spokesperson official envoy inspector representative ambassador "
    "adviser advisor negotiator monitor observer investigator expert rapporteur coordinator "
    "commissioner lawyer attorney counsel consultant delegate delegation mediator".split())
_WEAK_PREPS = {"in", "inside", "within"}
_FORMER = {"former", "ex", "ousted", "deposed", "exiled"}


def sector_type(sector: str | None) -> str:
    """The Actor.type implied by a sector code."""
    if sector in _STATE_SECTORS:
        return "state"
    if sector in _ARMED_SECTORS:
        return "armed_group"
    if sector in _ORG_SECTORS:
        return "organisation"
    if sector == "IGO":
        return "igo"
    if sector == "NGO":
        return "ngo"
    return "group"


@dataclass(frozen=True, slots=True)
class _Term:
    start: dt.date | None
    end: dt.date | None
    code: str  # ISO3 or an organisation/group code
    sector: str
    role: str


@dataclass(slots=True)
class _Entry:
    """One thing an alias can name."""

    kind: str
    name: str
    code: str = ""
    country: str | None = None
    sector: str | None = None
    type: str = "state"
    terms: list[_Term] = field(default_factory=list)  # people only


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int  # token indices in the Doc, end exclusive
    actor: Actor
    kind: str  # "country", "sector", "person", "org", "group"


def _split(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _date(text: str, where: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{where}: bad date {text!r} (want YYYY-MM-DD)") from None


class ActorDictionary:
    """All aliases -> entries; builds the spaCy matchers lazily, once."""

    def __init__(self) -> None:
        self._aliases: dict[tuple[bool, str], list[tuple[_Entry, bool]]] = {}
        self.entries: dict[str, list[_Entry]] = {k: [] for k in _KIND_RANK if k != "block"}
        self._people: dict[str, _Entry] = {}
        self._codes: dict[str, _Entry] = {}  # org/group codes, for people's iso3 cell
        self.countries_by_iso: dict[str, str] = {}
        self._plain_country: dict[str, _Entry] = {}
        self._matchers: tuple[PhraseMatcher, PhraseMatcher] | None = None
        self._pending_people: list[tuple[str, _Term]] = []
        self._typos: dict[str, set[str]] | None = None  # one-edit variants of country names
        self._typo_memo: dict[str, str | None] = {}  # word -> the country it misspells, or None
        # a gazetteer's test for place names ("Nakuru" is a Kenyan town, not "Nauru" misspelt);
        # set by the pipeline that has one
        self.place_names: Callable[[str], bool] | None = None
        self._surname_words: set[str] | None = None  # for is_name
        self._long_names: list[str] | None = None  # for name_spans

    # ---- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = ()) -> ActorDictionary:
        """The builtin files plus user files in the same TSV formats (later files add to it)."""
        d = cls()
        for name in BUILTIN_FILES:
            d._read(DATA_DIR / name)
        for path in extra_files:
            d._read(Path(path))
        d._finish_people()
        return d

    def _read(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.__class__.__name__
            raise ValueError(f"{path}:1: cannot read actor file ({reason})") from None
        if path.suffix.lower() in (".yaml", ".yml"):
            return self._read_yaml(path, text)
        lines = text.splitlines()
        fmt = None
        for n, raw in enumerate(lines, 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in raw.rstrip("\r\n").split("\t")]
            where = f"{path}:{n}"
            if fmt is None:
                fmt = next((f for f, cols in FORMATS.items() if tuple(cells) == cols), None)
                if fmt is None:
                    wanted = "; ".join("\\t".join(c) for c in FORMATS.values())
                    raise ValueError(f"{where}: unknown header line; want one of: {wanted}")
                continue
            width = len(FORMATS[fmt])
            if len(cells) > width or len(cells) < 2:
                raise ValueError(f"{where}: {len(cells)} tab-separated columns, want {width}")
            cells += [""] * (width - len(cells))
            getattr(self, f"_add_{fmt}")(dict(zip(FORMATS[fmt], cells, strict=True)), where)
        if fmt is None:
            raise ValueError(f"{path}:1: empty actor file (no header line)")

    def _read_yaml(self, path: Path, text: str) -> None:
        """A YAML actor file: a mapping from format name (countries, sectors, people,
        organisations, groups) to a list of records with that format's columns; ``aliases``
        (and ``adjectives``, ``capitals``) may be a list or a "|"-separated string."""
        import yaml

        class Loader(yaml.SafeLoader):  # dates stay text: the row checks report bad ones
            yaml_implicit_resolvers = {
                ch: [r for r in rs if r[0] != "tag:yaml.org,2002:timestamp"]
                for ch, rs in yaml.SafeLoader.yaml_implicit_resolvers.items()}

        try:
            root = yaml.compose(text, Loader=Loader)
            data = yaml.load(text, Loader=Loader)  # noqa: S506 -- a SafeLoader subclass
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
            raise ValueError(f"{path}:{line}: invalid YAML ({reason})") from None
        if not isinstance(data, dict) or root is None:
            raise ValueError(f"{path}:1: want a mapping of {', '.join(FORMATS)} to lists")
        nodes = {k.value: v for k, v in root.value}
        keys = {k.value: k for k, _ in root.value}
        for fmt, records in data.items():
            where = f"{path}:{keys[fmt].start_mark.line + 1}" if fmt in keys else f"{path}:1"
            if fmt not in FORMATS:
                raise ValueError(f"{where}: unknown section {fmt!r}; want one of "
                                 f"{', '.join(FORMATS)}")
            if not isinstance(records, list):
                raise ValueError(f"{where}: {fmt} must be a list of records")
            items = getattr(nodes.get(fmt), "value", [])
            for k, rec in enumerate(records):
                line = items[k].start_mark.line + 1 if k < len(items) else 1
                at = f"{path}:{line}"
                if not isinstance(rec, dict):
                    raise ValueError(f"{at}: a {fmt} record must be a mapping")
                unknown = set(map(str, rec)) - set(FORMATS[fmt])
                if unknown:
                    raise ValueError(f"{at}: unknown field {sorted(unknown)[0]!r}; {fmt} "
                                     f"records have {', '.join(FORMATS[fmt])}")
                row = {}
                for col in FORMATS[fmt]:
                    value = rec.get(col)
                    if isinstance(value, list):
                        value = "|".join(str(v) for v in value)
                    row[col] = "" if value is None else str(value).strip()
                getattr(self, f"_add_{fmt}")(row, at)

    def _alias(self, alias: str, entry: _Entry, where: str) -> None:
        ambiguous = alias.startswith("~")
        alias = alias.lstrip("~").strip()
        if not alias:
            raise ValueError(f"{where}: empty alias")
        letters = [c for c in alias if c.isalpha()]
        camel = any(len(w) <= 5 and any(c.isupper() for c in w[1:]) for w in alias.split())
        exact = bool(letters) and (camel or all(c.isupper() for c in letters)) and (
            entry.kind not in {"sector", "block"})
        key = (exact, alias if exact else alias.lower())
        bucket = self._aliases.setdefault(key, [])
        for i, (e, amb) in enumerate(bucket):
            if e is entry:  # the same name listed twice: ambiguous if either says so
                bucket[i] = (e, amb or ambiguous)
                return
        bucket.append((entry, ambiguous))

    def is_name(self, word: str) -> bool:
        """Whether one word, as written, is the alias of a named actor ("Chad", "UN") or the
        surname of a person in the dictionary ("May"); sector words ("police", "Diplomats")
        are not names."""
        if self._surname_words is None:
            self._surname_words = {name.split()[-1] for name in self._people}
        return word in self._surname_words or any(e.kind not in {"sector", "block"}
                   for key in ((True, word), (False, word.lower()))
                   for e, _ in self._aliases.get(key, ()))

    def is_acronym(self, word: str) -> bool:
        """Whether a word in capitals is an alias written that way ("NATO", "UN", "ECOWAS")."""
        return (True, word) in self._aliases

    def name_spans(self, line: str) -> list[tuple[int, int]]:
        """The character spans of ``line`` written exactly as a named actor's alias of several
        words ("Islamic State", "White House", "Kurdish Peshmerga"); for headlines, so their
        words keep their capitals."""
        if self._long_names is None:
            self._long_names = sorted({alias.lower() for (_, alias), bucket
                                       in self._aliases.items() if " " in alias
                                       and any(e.kind not in {"sector", "block"}
                                               for e, _ in bucket)})
        spans = []
        lower = line.lower()
        for alias in self._long_names:
            start = lower.find(alias)
            while start >= 0:
                end = start + len(alias)
                if (start == 0 or not line[start - 1].isalnum()) and (
                        end == len(line) or not line[end].isalnum()):
                    spans.append((start, end))
                start = lower.find(alias, end)
        return spans

    def sector_words(self) -> set[str]:
        """The lower-case words of the sector aliases ("police", "rebels", "ministry")."""
        return {w for (exact, alias), bucket in self._aliases.items() if not exact
                and any(e.kind == "sector" for e, _ in bucket) for w in alias.split()}

    def _check(self, value: str, where: str, what: str, ok: bool) -> str:
        if not ok:
            raise ValueError(f"{where}: bad {what} {value!r}")
        return value

    def _sector(self, value: str, where: str, empty_ok: bool = False) -> str | None:
        if not value and empty_ok:
            return None
        return self._check(value, where, "sector", value in SECTORS)

    def _add_countries(self, row: dict[str, str], where: str) -> None:
        iso = self._check(row["iso3"], where, "iso3", bool(_ISO3.match(row["iso3"])))
        name = self._check(row["name"], where, "name", bool(row["name"]))
        plain = self._plain_country.get(iso)
        names = [*_split(row["aliases"]), *_split(row["adjectives"])]
        if plain is None:  # a repeated iso3 line only adds aliases to the first one
            self.countries_by_iso[iso] = name
            plain = self._plain_country[iso] = _Entry("country", name, iso, iso, None, "state")
            self.entries["country"].append(plain)
            names.insert(0, name)
        for alias in names:
            self._alias(alias, plain, where)
        for cap in _split(row["capitals"]):
            text, _, sec = cap.partition(":")
            sector = self._sector(sec.strip() or "GOV", where)
            entry = _Entry("country", text.lstrip("~"), iso + sector, iso, sector, "state")
            self.entries["country"].append(entry)
            self._alias(text, entry, where)

    def _add_sectors(self, row: dict[str, str], where: str) -> None:
        phrase = self._check(row["phrase"], where, "phrase", bool(row["phrase"]))
        if row["sector"] == "-":  # a blocker phrase: matches, but is never an actor
            self._alias(phrase, _Entry("block", phrase), where)
            return
        sector = self._sector(row["sector"], where)
        entry = _Entry("sector", SECTORS[sector], sector, None, sector, sector_type(sector))
        self.entries["sector"].append(entry)
        self._alias(phrase, entry, where)

    def _add_named(self, kind: str, row: dict[str, str], where: str, default_type: str) -> None:
        code = self._check(row["code"], where, "code", bool(_CODE.match(row["code"])))
        name = self._check(row["name"], where, "name", bool(row["name"]))
        country = row["country"] or None
        if country is not None:
            self._check(country, where, "country", bool(_ISO3.match(country)))
        typ = self._check(row["type"] or default_type, where, "type",
                          (row["type"] or default_type) in TYPES)
        sector = self._sector(row["sector"], where, empty_ok=True)
        entry = _Entry(kind, name, code, country, sector, typ)
        self.entries[kind].append(entry)
        self._codes.setdefault(code, entry)
        for alias in [name, *_split(row["aliases"])]:
            self._alias(alias, entry, where)

    def _add_organisations(self, row: dict[str, str], where: str) -> None:
        self._add_named("org", row, where, "organisation")

    def _add_groups(self, row: dict[str, str], where: str) -> None:
        self._add_named("group", row, where, "armed_group")

    def _add_people(self, row: dict[str, str], where: str) -> None:
        name = self._check(row["name"], where, "name", bool(row["name"]))
        code = self._check(row["iso3"], where, "iso3", bool(_CODE.match(row["iso3"])))
        sector = self._sector(row["sector"], where)
        start, end = _date(row["start"], where), _date(row["end"], where)
        if start and end and end < start:
            raise ValueError(f"{where}: end date {end} before start date {start}")
        person = self._people.get(name)
        if person is None:
            person = self._people[name] = _Entry("person", name, type="person")
            self.entries["person"].append(person)
            self._alias(name, person, where)
        for alias in _split(row["aliases"]):
            self._alias(alias, person, where)
        self._pending_people.append((where, _Term(start, end, code, sector, row["role"])))
        person.terms.append(self._pending_people[-1][1])

    def _finish_people(self) -> None:
        for where, term in self._pending_people:
            if not _ISO3.match(term.code) and term.code not in self._codes:
                raise ValueError(f"{where}: unknown country or organisation code {term.code!r}")
        self._pending_people.clear()

    # ---- matching --------------------------------------------------------------------------
    def prepare(self) -> ActorDictionary:
        """Compile the phrase matchers now (they are otherwise built on first use)."""
        self._build()
        return self

    def _build(self) -> tuple[PhraseMatcher, PhraseMatcher]:
        if self._matchers is None:
            from eventwatch.nlp import get_nlp

            nlp = get_nlp()
            lower = PhraseMatcher(nlp.vocab, attr="LOWER")
            exact = PhraseMatcher(nlp.vocab, attr="ORTH")
            keys = list(self._aliases)
            docs = nlp.tokenizer.pipe([k[1] for k in keys])
            for (is_exact, text), doc in zip(keys, docs, strict=True):
                (exact if is_exact else lower).add(("E|" if is_exact else "L|") + text, [doc])
            self._matchers = (lower, exact)
        return self._matchers

    def annotate(self, doc: Doc, when: dt.date | None) -> DocActors:
        """Find every dictionary mention in ``doc`` (one matcher pass) for resolving phrases."""
        lower, exact = self._build()
        strings = doc.vocab.strings
        raw: list[tuple[int, int, list[tuple[_Entry, bool]]]] = []
        for matcher, is_exact in ((lower, False), (exact, True)):
            for match_id, start, end in matcher(doc):
                text = strings[match_id][2:]
                raw.append((start, end, self._aliases[(is_exact, text)]))
        covered = {i for s, e, _ in raw for i in range(s, e)}
        raw.sort(key=lambda m: (m[0] - m[1], m[0]))
        taken: set[int] = set()
        mentions: list[ActorMention] = []
        for start, end, bucket in raw:
            if taken.intersection(range(start, end)):
                continue
            phrase = span_text(doc, start, end)
            # an all-lower-case phrase (most matches: "police", "army") skips the scan
            has_upper = not phrase.islower() and any(c.isupper() for c in phrase)
            usable = [
                e for e, ambiguous in bucket
                if (e.kind in {"sector", "block"} or has_upper)
                and not (ambiguous and (_ambiguous_context(doc, start, end, covered) or any(
                    s2 < end and e2 > start and (s2 < start or e2 > end)
                    for s2, e2, _ in raw)))  # "the West Bank": the other name
                and not (e.kind == "person" and end - start == 1
                         and _first_name_use(doc, end, covered))
            ]
            if not usable:
                continue
            usable.sort(key=lambda e: _KIND_RANK[e.kind])
            entry = usable[0]
            if entry.kind == "country" and entry.code.endswith("GOV") and _inside_name(
                    doc, start):
                continue  # "Mocimboa da Praia", "University of Nairobi": not the capital
            if entry.kind == "person" and start > 0 and doc[start - 1].text in SHIP_PREFIXES:
                continue  # "the USS Gerald R. Ford": a ship named after him
            if entry.kind == "person":
                persons = [e for e in usable if e.kind == "person"]
                # "NATO Secretary General Jens Stoltenberg", "Norwegian Prime Minister ...":
                # the body or country just before the name picks the role when the date can't
                hints = {c for s2, e2, b2 in raw if start - 6 <= s2 and e2 <= start
                         for e, _ in b2 if e.kind != "person" for c in (e.code, e.country) if c}
                actor = self._person_actor(persons, phrase, when, hints)
            else:
                actor = self._actor(entry, phrase)
            taken.update(range(start, end))
            if entry.kind == "block":
                continue
            mentions.append(ActorMention(start, end, actor, entry.kind))
        mentions += self._misspelt_countries(doc, taken)
        mentions.sort(key=lambda m: m.start)
        return DocActors(doc, mentions, self)

    def _misspelt_countries(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """Wire copy misspells country names ("Afganistan", "Quatar", "Phillippines"): a
        capitalised proper noun of six letters or more that no alias matched, one edit (a
        letter missing, extra, wrong or two swapped) away from exactly one country's name or
        adjective, is that country."""
        out: list[ActorMention] = []
        toks = tokens(doc)
        for tok in toks:
            if (not tok.is_title or not tok.is_alpha or tok.i in taken or len(tok.text) < 6
                    or tok.tag_ not in ("NNP", "NNPS", "JJ") or tok.ent_type_ == "PERSON"):
                continue
            if tok.ent_iob_ == "I" or tok.ent_iob_ == "B" and tok.i + 1 < len(toks) and (
                    toks[tok.i + 1].ent_iob_ == "I"):
                continue  # part of a longer name: "Columbia University", "District of Columbia"
            word = tok.lower_
            if (False, word) in self._aliases or (True, tok.text) in self._aliases:
                continue  # a known name left out on purpose ("Atlanta, Georgia")
            if word not in self._typo_memo:  # the same capitalised words recur in every article
                if len(self._typo_memo) > 200_000:
                    self._typo_memo.clear()
                self._typo_memo[word] = self._misspelt_country(word)
            iso = self._typo_memo[word]
            if iso is not None and self.place_names is not None and self.place_names(tok.text):
                continue  # a town of its own ("Nakuru"), not a misspelt country
            if iso is not None:
                entry = self._plain_country[iso]
                out.append(ActorMention(tok.i, tok.i + 1, self._actor(entry, tok.text), "country"))
        return out

    def _misspelt_country(self, word: str) -> str | None:
        """The one country (ISO3) whose name or adjective ``word`` is one edit away from."""
        index = self._typo_index()
        found = set(index.get(word, ()))
        for variant in _deletions(word):
            found.update(index.get(variant, ()))
            if (False, variant) in self._aliases:
                found.add(variant)
        isos = {e.code for name in found if _one_edit(word, name)
                for e, amb in self._aliases.get((False, name), ())
                if e.kind == "country" and e.sector is None and not amb}
        return isos.pop() if len(isos) == 1 else None

    def _typo_index(self) -> dict[str, set[str]]:
        if self._typos is None:
            self._typos = collections.defaultdict(set)
            for (exact, name), bucket in self._aliases.items():
                if not exact and len(name) >= 5 and name.isalpha() and any(
                        e.kind == "country" and e.sector is None and not amb
                        for e, amb in bucket):
                    for variant in _deletions(name):
                        self._typos[variant].add(name)
        return self._typos

    def _actor(self, e: _Entry, text: str) -> Actor:
        return Actor(text=text, name=e.name, code=e.code, country=e.country, sector=e.sector,
                     type=e.type)

    def _person_actor(self, persons: list[_Entry], text: str, when: dt.date | None,
                      hints: set[str] = frozenset()) -> Actor:
        """The person in office at ``when`` (else nearest term, as ELI). Without a date, the
        term whose body or country the text names ("NATO Secretary General ..."), else the
        latest."""
        best: tuple[tuple, _Entry, _Term, bool] | None = None
        for p in persons:
            for order, term in enumerate(p.terms):
                if when is None:
                    named = term.code in hints or term.code[:3] in hints
                    key = (0 if named else 1, -(term.start or dt.date.min).toordinal(), order)
                    active = True
                elif (term.start is None or term.start <= when) and (
                    term.end is None or when < term.end
                ):
                    key = (0, 0, order)
                    active = True
                else:
                    gap = (term.start - when) if term.start and term.start > when else (
                        when - term.end if term.end else dt.timedelta(0))
                    key = (1, gap.days, order)
                    active = False
                if best is None or key < best[0]:
                    best = (key, p, term, active)
        assert best is not None
        _, person, term, active = best
        org = self._codes.get(term.code)
        if org is not None:
            country, sector = org.country, org.sector if active else "ELI"
            code = org.code if active else (f"{org.country}ELI" if org.country else org.code)
        else:
            country, sector = term.code, term.sector if active else "ELI"
            code = country + sector
        return Actor(text=text, name=person.name, code=code, country=country, sector=sector,
                     type="person")


def _modifies(tok: Token, root: Token) -> bool:
    """``tok`` is a modifier inside the noun phrase headed by ``root``, through nouns,
    adjectives and "of" ("ethnic Uzbeks", "a third of the ethnic Hungarian fighters")."""
    for _ in range(6):
        if tok.head.i == root.i:
            return True
        if tok.dep_ not in ("amod", "compound", "nmod", "pobj") and not (
                tok.dep_ == "prep" and tok.lower_ == "of"):
            return False
        tok = tok.head
    return False


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap of two
    neighbouring letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long_ = sorted((a, b), key=len)
        return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


SHIP_PREFIXES = frozenset("USS HMS HMAS HMCS HMNZS INS RFS FS USNS PNS KRI BRP ROKS JS".split())


def _inside_name(doc: Doc, start: int) -> bool:
    """The match ends a longer name that began before it ("Mocimboa da Praia")."""
    if start == 0:
        return False
    tok, prev = doc[start], doc[start - 1]
    return tok.ent_iob_ == "I" and prev.ent_type_ == tok.ent_type_ and (
        prev.lower_ in ("da", "de", "do", "dos", "das", "del", "of", "la", "el")
        or prev.pos_ == "PROPN" and prev.is_title)


def _first_name_use(doc: Doc, end: int, covered: set[int]) -> bool:
    """A one-word surname alias followed by another name part is somebody else's first
    name: "Gul" is Abdullah Gul, "Gul Rahman" is not."""
    if end >= len(doc) or end in covered:
        return False
    nxt = doc[end]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ not in (
        "DATE", "TIME", "GPE", "NORP", "ORG") and not nxt.is_upper


def _ambiguous_context(doc: Doc, start: int, end: int, covered: set[int]) -> bool:
    """True if an ambiguous name sits inside a longer proper name ("Michael Jordan")."""

    def proper(i: int) -> bool:
        return 0 <= i < len(doc) and i not in covered and doc[i].pos_ == "PROPN" and (
            doc[i].text[:1].isupper())

    if proper(start - 1) or proper(end):
        return True
    return start >= 2 and doc[start - 1].text == "," and proper(start - 2)


OWNING_PARTICIPLES = frozenset("led flagged owned registered operated".split())


def is_hyphen_modifier(doc: Doc, start: int, end: int) -> bool:
    """"Moscow-backed", "Iranian-made", "pro-Russian": a mention used inside a compound word."""
    toks = tokens(doc)
    if end + 1 < len(toks) and toks[end].text in {"-", "–"} and toks[end].whitespace_ == "":
        nxt = toks[end + 1]
        if nxt.is_alpha and nxt.text.islower() and nxt.lower_ not in OWNING_PARTICIPLES:
            return True  # "Saudi-led coalition" is led, and so coded, by Saudi Arabia;
            # a "British-flagged tanker" or an "Iranian-owned ship" is that country's
    if start >= 2 and toks[start - 1].text in {"-", "–"}:
        prev = toks[start - 2]
        if prev.lower_ in {"pro", "anti", "non", "post", "pre"}:
            return True
    return False


def is_led_modifier(doc: Doc, end: int) -> bool:
    """ "Saudi-led": the leader of what follows, an actor but no evidence of place."""
    toks = tokens(doc)
    return end + 1 < len(toks) and toks[end].text in {"-", "–"} and toks[end + 1].lower_ == "led"


class DocActors:
    """The actor mentions of one Doc, and phrase resolution over them."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], dictionary: ActorDictionary):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._dict = dictionary
        self._modifiers = {id(m) for m in mentions if is_hyphen_modifier(doc, m.start, m.end)}
        # the coder asks for the same phrase several times (subject, antecedent, targets);
        # resolved actors are never modified after resolution, so one object serves them all
        self._resolved: dict[tuple[int, int], Actor | None] = {}
        self._roots: dict[int, Token] = {}  # id(mention) -> its head token
        # in_source_phrase walks up the tree to an "according"; most docs have none
        lowered = text_of(doc).lower()
        self.has_according = "according" in lowered  # may hold an "according to" phrase
        self._ethnic = "ethnic" in lowered  # _resolve's rule, skipped in docs without the word

    def surnames(self) -> frozenset[str]:
        """Last names of the people the dictionary found ("Maria Corina Machado"): a later
        "Machado" is her, not the Brazilian town of that name."""
        return frozenset(self.doc[m.end - 1].text for m in self.mentions
                         if m.actor.type == "person" and m.end - m.start >= 2)

    def countries(self) -> collections.Counter:
        """ISO3 -> number of country-bearing mentions in the doc ("Moscow-backed" is not one,
        nor a news outlet: "Reuters reported" says nothing of where the story happens)."""
        return collections.Counter(m.actor.country for m in self.mentions
                                   if m.actor.country and id(m) not in self._modifiers
                                   and not (m.kind == "org" and m.actor.sector == "MED")
                                   and not is_led_modifier(self.doc, m.end)
                                   and not (self.has_according
                                            and in_source_phrase(self.doc[m.start])))

    def _depth(self, token: Token, start: int, end: int, root: Token) -> tuple[int, bool] | None:
        """Arcs from ``token`` up to the phrase root, and whether the path crosses a locative
        "in" phrase ("civilians in Gaza"). None if the path passes through a clause, a
        participle modifier ("backed by Russia") or another preposition ("talks with Iran").
        A path that leaves the phrase ("Syrian and Egyptian warships", where the first
        conjunct is outside the phrase) counts as far away but is kept."""
        depth, weak = 0, False
        while token.i != root.i:
            if not (start <= token.i < end) or token.head.i == token.i:
                return 50 + depth, weak
            if token.dep_ in _CLAUSE_DEPS or token.dep_ == "npadvmod" and (
                    token.head.pos_ in ("NOUN", "PROPN")):
                return None  # "conditions attached, Cuba": a loose name after the phrase
            if token.dep_ == "prep" and token.lower_ not in _KEEP_PREPS and not (
                    token.lower_ == "for" and token.head.lemma_.lower() in SERVING_FOR):
                if token.lower_ not in _WEAK_PREPS:
                    return None
                weak = True
            if depth and token.tag_ in _MODIFIER_PARTICIPLES and token.dep_ in {"amod", "acl"} and (
                    token.lower_ != "led"):
                return None
            token = token.head
            depth += 1
        return depth, weak

    def exact(self, start: int, end: int) -> Actor | None:
        """The actor of the mention spanning exactly ``doc[start:end]``, also when it is used
        inside a compound word ("US" in "a US-brokered proposal", which ``resolve`` leaves out)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self.mentions) and self.mentions[i].start == start:
            if self.mentions[i].end == end:
                return self.mentions[i].actor
            i += 1
        return None

    def resolve(self, start: int, end: int) -> Actor | None:
        """Best actor for the noun phrase ``doc[start:end]`` (rules in the module docstring);
        None when the phrase holds no usable mention. ``Actor.text`` is the phrase without
        leading determiners. The result is shared: callers copy before changing it."""
        key = (start, end)
        if key not in self._resolved:
            actor = self._resolve(start, end)
            if actor is None:
                # "the BBC and Voice of America": the parser hung "of America" on the BBC;
                # a name the dictionary knows that starts here and runs on is this phrase's
                i = bisect.bisect_left(self._starts, start)
                longer = [m for m in self.mentions[i:i + 2] if m.start == start and m.end > end
                          and all(self.doc[j].ent_iob_ == "I" for j in range(end, m.end))]
                if longer:
                    actor = self._resolve(longer[0].start, longer[0].end)
            self._resolved[key] = actor
        return self._resolved[key]

    def _root(self, m: ActorMention) -> Token:
        root = self._roots.get(id(m))
        if root is None:
            root = self._roots[id(m)] = span_root(self.doc, m.start, m.end)
        return root

    def _resolve(self, start: int, end: int) -> Actor | None:
        actor = self._resolve_phrase(start, end)
        if actor is None or not actor.country or actor.type in ("igo", "ngo", "person") or (
                not self._ethnic):
            return actor
        root = span_root(self.doc, start, end)
        if any(t.lower_ == "ethnic" and _modifies(t, root) for t in tokens(self.doc)[start:end]):
            return self._resident(actor, start, end)
        return actor

    def _resident(self, actor: Actor, start: int, end: int) -> Actor:
        """CAMEO codes an ethnic group by the country it lives in, not the state its name
        comes from: "ethnic Hungarians in southern Slovakia" are SVK, "ethnic Uzbeks"
        marching against Kyrgyzstan's police are KGZ. The country named in the phrase first
        ("based in Kosovo"), else the first other country named in the sentence; with none,
        the name's own country stays."""
        sent = tokens(self.doc)[start].sent
        others = [m for m in self.mentions if sent.start <= m.start < sent.end
                  and m.actor.country and m.actor.country != actor.country
                  and m.actor.type not in ("igo", "ngo") and id(m) not in self._modifiers]
        others.sort(key=lambda m: (not start <= m.start < end, m.start))
        if not others:
            return actor
        iso = others[0].actor.country
        # a sector keeps its code ("MKDREB"); a people gets its origin as the ethnic part
        # ("SRBALB": ethnic Albanians of Serbia, not Serbia itself)
        code = iso + (actor.sector or actor.country)
        return Actor(text=actor.text, name=actor.text, code=code, country=iso,
                     sector=actor.sector, type=actor.type if actor.sector else "group")

    def _resolve_phrase(self, start: int, end: int) -> Actor | None:
        if start >= end:
            return None
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        cands = [m for m in self.mentions[lo:hi] if m.end <= end
                 and id(m) not in self._modifiers]
        if not cands:
            return None
        root = span_root(self.doc, start, end)
        span = tokens(self.doc)[start:end]
        scored: list[tuple[int, int, ActorMention]] = []
        located: list[ActorMention] = []  # countries only reached through "in": a fallback
        for m in cands:
            mroot = self._root(m)
            found = (0, False) if m.start <= root.i < m.end else self._depth(
                mroot, start, end, root)
            if found is None:
                continue
            if m.kind == "sector" and found[0] > 0 and mroot.tag_ == "JJ":
                continue  # "a military solution": an adjective on a non-agent noun
            if m.kind == "country" and found[0] > 0 and mroot.dep_ == "amod" and (
                    root.lemma_.lower() in MEASURE_NOUNS):
                continue  # "500,000 tonnes of Vietnamese rice": goods, not Vietnam
            if m.kind == "country" and m.actor.sector is not None and found[0] > 1 and not (
                    _compound_chain(mroot, root)):
                continue  # a capital deep in a place phrase ("cities west of Tripoli"), not
                # a name part ("Baghdad University Medical School")
            if found[1]:
                located.append(m)
            else:
                scored.append((found[0], _KIND_RANK[m.kind], m))
        if not scored:
            return None
        scored.sort(key=lambda s: (s[0], s[1], s[2].start))
        best = scored[0][2]
        if not best.start <= root.i < best.end and is_counterpart(root):
            return counterpart(span)
        others = [s[2] for s in scored[1:]]
        text = _strip_det(span)
        former = any(t.lower_ in _FORMER and (t.head.i == root.i or t.head.i >= best.start
                     and t.head.i < best.end) for t in span)
        sectors = [m for m in others if m.kind == "sector"]
        if best.kind == "country" and best.actor.sector is None and sectors:
            best, others = sectors[0], [best, *[m for m in others if m is not sectors[0]]]
        elif best.kind == "sector" and best.actor.sector == "GOV" and (
                self._root(best).lemma_.lower() in _ANY_SIDE_ROLES):
            # "leaders of the opposition", "a spokesman for the rebels": the side they speak for
            side = min((m for m in sectors if m.actor.sector not in ("GOV", None)
                        and m.start > best.start),  # named after the role, the first one
                       key=lambda m: m.start, default=None)
            if side is not None:
                best, others = side, [m for m in others if m is not side]
        if best.kind != "sector":
            actor = _copy(best.actor, text)
            if former and actor.country and actor.type in {"person", "state"}:
                actor.sector, actor.code = "ELI", actor.country + "ELI"
            return actor
        sector = best.actor.sector
        assert sector is not None
        entity = next((m for m in others if m.kind in {"group", "org"}), None)
        if entity is not None:
            return _copy(entity.actor, text)
        holder = next((m for m in others if m.kind in {"person", "country"}
                       and m.actor.country), None)
        if holder is None:
            holder = next((m for m in located if m.actor.country), None)
        if holder is None:
            person = next((m for m in others if m.kind == "person"), None)
            if person is not None:  # an official of an international body
                return _copy(person.actor, text)
        if former and sector in _STATE_SECTORS:
            sector = "ELI"
        if holder is None:
            return Actor(text=text, name=SECTORS[sector], code=sector, country=None,
                         sector=sector, type=sector_type(sector))
        iso = holder.actor.country
        assert iso is not None
        cname = self._dict.countries_by_iso.get(iso, iso)
        return Actor(text=text, name=f"{cname} {SECTORS[sector]}", code=iso + sector,
                     country=iso, sector=sector, type=sector_type(sector))


# measures of goods ("tonnes of Thai rice", "barrels of Iraqi crude")
MEASURE_NOUNS = frozenset("""tonne ton kg kilogram barrel litre liter gallon acre hectare
    bushel bag sack crate container truckload shipload cargo consignment shipment""".split())

# nouns that name someone by their relation to another: "Erdogan's critics", "its allies", "the
# enemies of the regime" are not Erdogan, it or the regime, and not of their country either
COUNTERPART_NOUNS = frozenset("""ally critic opponent rival enemy foe adversary detractor
    neighbour neighbor donor creditor lender colleague supporter follower loyalist""".split())


def is_counterpart(tok: Token) -> bool:
    """ "Erdogan's critics", "the allies of Kuwait": a relational noun with its other side."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in COUNTERPART_NOUNS and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in children(tok))


def counterpart(span: Iterable[Token]) -> Actor:
    """The actor of a counterpart phrase: a group the dictionary cannot name."""
    text = _strip_det(span)
    return Actor(text=text, name=text, code=None, country=None, sector=None, type="group")


def _compound_chain(tok: Token, root: Token) -> bool:
    """``tok`` reaches ``root`` through compound modifiers only ("White House senior adviser
    Jane Roe" has the parser's nmod too)."""
    for _ in range(6):
        if tok.i == root.i:
            return True
        if tok.dep_ not in ("compound", "nmod") or tok.head.i < tok.i:
            return False
        tok = tok.head
    return False


def localise(actor: Actor, iso3: str, country_name: str | None = None) -> Actor:
    """Give a sector-only actor ("civilians", "the army") the country the context implies."""
    if (not iso3 or actor.country is not None or actor.type in {"igo", "ngo"}
            or actor.sector is None or actor.code != actor.sector):
        return actor
    name = f"{country_name or iso3} {SECTORS.get(actor.code, actor.code)}"
    return Actor(text=actor.text, name=name, code=iso3 + actor.code, country=iso3,
                 sector=actor.sector, type=actor.type)


def _copy(actor: Actor, text: str) -> Actor:
    return Actor(text=text, name=actor.name, code=actor.code, country=actor.country,
                 sector=actor.sector, type=actor.type)


def _strip_det(span: Iterable[Token]) -> str:
    toks = list(span)
    while toks and toks[0].lower_ in _DETERMINERS:
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if toks and toks[-1].i - toks[0].i == len(toks) - 1:  # contiguous: a slice of the text
        return span_text(toks[0].doc, toks[0].i, toks[-1].i + 1).strip()
    return "".join(t.text_with_ws for t in toks).strip()


@functools.cache
def default_dictionary() -> ActorDictionary:
    """The builtin dictionary, loaded once per process."""
    return ActorDictionary.load()
