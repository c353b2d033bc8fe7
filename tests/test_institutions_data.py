"""The national institutions file (data/actors/institutions.tsv): well formed, and its bodies
are the actors of events in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.actors import DATA_DIR, FORMATS, SECTORS, ActorDictionary, default_dictionary
from eventwatch.pipeline import Pipeline
from eventwatch.records import Article

PATH = DATA_DIR / "institutions.tsv"
DAY = dt.date(2022, 6, 14)
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _rows() -> list[dict[str, str]]:
    cols = FORMATS["organisations"]
    lines = [ln for ln in PATH.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    assert tuple(lines[0].split("\t")) == cols
    return [dict(zip(cols, ln.split("\t"), strict=True)) for ln in lines[1:]]


def _iso3() -> set[str]:
    return {ln.split("\t")[0] for ln in (DATA_DIR / "countries.tsv").read_text().splitlines()
            if ln and not ln.startswith(("#", "iso3\t"))}


def test_the_file_is_builtin_and_loads():
    from eventwatch.actors import BUILTIN_FILES

    assert "institutions.tsv" in BUILTIN_FILES
    d = ActorDictionary()
    d._read(PATH)  # raises on a bad line
    assert len(d.entries["org"]) == len(_rows())


def test_every_line_is_a_national_body_with_a_valid_code():
    iso3 = _iso3()
    rows = _rows()
    assert len(rows) >= 400
    assert len({r["country"] for r in rows}) >= 120
    for r in rows:
        where = f"{r['code']} {r['name']}"
        assert r["type"] == "state", where
        assert r["country"] in iso3, where
        assert r["sector"] in SECTORS and r["sector"] in STATE_SECTORS, where
        assert r["code"] == r["country"] + r["sector"], where
        assert r["name"] and not r["name"].startswith("~"), where


def test_shared_or_common_acronyms_are_left_out():
    aliases = {a.strip().lstrip("~") for r in _rows()
               for a in [r["name"], *r["aliases"].split("|")]}
    for bad in ("AFP", "NIS", "SAF", "MIT", "RAB", "IB", "STF", "CSIS", "SARS", "CBI", "DPR",
                "Mukhabarat", "Istana", "State House", "National Assembly", "Diet",
                "Gendarmerie nationale", "Interior Ministry", "Foreign Ministry"):
        assert bad not in aliases, bad


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def _codes(pipeline, text, role):
    events = pipeline.code_text(text, Article(id="t", text=text, date=DAY))
    side = [getattr(e, role) for e in events]
    return {a.code for a in side if a is not None}, events


# (sentence, role of the institution in the event, expected code)
EVENTS = [
    ("The Department of State Services arrested two journalists in Abuja.", "source", "NGASPY"),
    ("Germany's Federal Foreign Office summoned the Russian ambassador.", "source", "DEUGOV"),
    ("The Storting approved a new aid package for Ukraine.", "source", "NORLEG"),
    ("Sweden's Riksdag rejected the government's budget.", "source", "SWELEG"),
    ("The Sejm condemned the attack on the embassy.", "source", "POLLEG"),
    ("Protesters marched on the Oireachtas demanding housing reform.", "target", "IRLLEG"),
    ("The Bundesrat blocked the migration bill.", "source", "DEULEG"),
    ("The Wolesi Jirga rejected two of the president's nominees.", "source", "AFGLEG"),
    ("The Dewan Rakyat passed a motion criticising the minister.", "source", "MYSLEG"),
    ("The Senedd called on London to release the funds.", "source", "GBRLEG"),
    ("Italian Carabinieri arrested nine suspected mafia members.", "source", "ITACOP"),
    ("The Guardia Civil seized a boat loaded with cocaine.", "source", "ESPCOP"),
    ("The Stasi arrested hundreds of dissidents in Leipzig.", "source", "DEUSPY"),
    ("The JSDF sent helicopters to help flood victims.", "source", "JPNMIL"),
    ("The GRU hacked the email servers of the party.", "source", "RUSSPY"),
    ("The SVR denied involvement in the cyberattack.", "source", "RUSSPY"),
    ("The Shin Bet detained a Palestinian suspect in Hebron.", "source", "ISRSPY"),
    ("Gardai arrested a man after the shooting in Limerick.", "source", "IRLCOP"),
    ("The RCMP charged a former official with espionage.", "source", "CANCOP"),
    ("The Jandarma detained dozens of suspects in raids across Turkey.", "source", "TURCOP"),
    ("Carabineros fired tear gas at students in Santiago.", "source", "CHLCOP"),
    ("The Rapid Action Battalion killed three suspects in a gunfight.", "source", "BGDCOP"),
    ("The Central Reserve Police Force attacked a rebel camp.", "source", "INDCOP"),
    ("The Frontier Corps arrested four militants near Quetta.", "source", "PAKCOP"),
    ("The UPDF attacked rebel positions in eastern Congo.", "source", "UGAMIL"),
    ("The SANDF deployed soldiers to guard power stations.", "source", "ZAFMIL"),
    ("The TNI accused separatists of killing two soldiers.", "source", "IDNMIL"),
    ("The FANB detained a group of foreign mercenaries.", "source", "VENMIL"),
    ("SEBIN agents arrested the opposition mayor.", "source", "VENSPY"),
    ("ASIO warned of foreign interference in the election.", "source", "AUSSPY"),
    ("The Canadian Security Intelligence Service accused Beijing of meddling.", "source",
     "CANSPY"),
    ("The Ministry of External Affairs rejected the remarks by Pakistan.", "source", "INDGOV"),
    ("Rashtrapati Bhavan hosted the visiting Egyptian president.", "source", "INDGOV"),
    ("The Quirinale criticised the senators over the delay.", "source", "ITAGOV"),
    ("Rideau Hall welcomed the new ambassador from Japan.", "source", "CANGOV"),
    ("Akorda condemned the violent protests in Almaty.", "source", "KAZGOV"),
    ("The Federal Constitutional Court rejected the complaint by the party.", "source",
     "DEUJUD"),
    ("The Supreme Federal Court ordered an inquiry into the former president.", "source",
     "BRAJUD"),
    ("Nigeria's EFCC arrested a former governor over fraud.", "source", "NGACOP"),
    ("The Securitate arrested the priest in 1985.", "source", "ROUSPY"),
    ("Hungary's prime minister criticised the Országgyűlés.", "target", "HUNLEG"),
    ("Moscow accused the Lubyanka of hiding the documents.", "target", "RUSSPY"),
    ("The Kremlin praised the Federation Council for the vote.", "target", "RUSLEG"),
    ("Opposition leaders accused the General Service Unit of beating protesters.", "target",
     "KENCOP"),
]


@pytest.mark.parametrize(("sentence", "role", "code"), EVENTS)
def test_institution_is_the_event_actor(pipeline, sentence, role, code):
    codes, events = _codes(pipeline, sentence, role)
    assert code in codes, [(e.cameo, e.source, e.target) for e in events]


def test_the_old_shared_lines_are_split():
    """GRU, SVR, Shin Bet and the Rajya Sabha are bodies of their own, with the same codes."""
    from eventwatch.nlp import get_nlp

    d = default_dictionary()
    nlp = get_nlp()
    for text, name, code in (("The GRU said so.", "GRU", "RUSSPY"),
                             ("The SVR said so.", "SVR", "RUSSPY"),
                             ("The Shin Bet said so.", "Shin Bet", "ISRSPY"),
                             ("The Rajya Sabha said so.", "Rajya Sabha", "INDLEG")):
        mentions = d.annotate(nlp(text), DAY).mentions
        assert [(m.actor.name, m.actor.code) for m in mentions] == [(name, code)], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She lived on a diet of rice and beans.", "diet"),
        ("The state house was repainted last spring.", "state house"),
        ("Tourists swam in Lake Garda on Sunday.", "Garda"),
        ("Aman Gupta opened a shop in Delhi.", "Aman"),
        ("The Beehive Cafe opened in Leeds.", "Beehive"),
        ("Students at MIT built a robot.", "MIT"),
        ("The national assembly met on Monday.", "national assembly"),
    ],
)
def test_common_words_are_not_institutions(nlp, text, word):
    d = default_dictionary()
    doc = nlp(text)
    for m in d.annotate(doc, DAY).mentions:
        if word.lower() in doc[m.start:m.end].text.lower():
            assert m.actor.country is None, (text, m.actor.code)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Austria's Bundesrat voted against the bill.", "Austria's Bundesrat", "AUTLEG"),
        ("The Swiss National Council voted against the bill.", "The Swiss National Council",
         "CHELEG"),
        ("The Japanese House of Councillors voted against the bill.",
         "The Japanese House of Councillors", "JPNLEG"),
        ("The Dutch House of Representatives voted against the bill.",
         "The Dutch House of Representatives", "NLDLEG"),
        ("The Belarusian KGB arrested him.", "The Belarusian KGB", "BLRSPY"),
        ("The Bundesrat voted against the bill.", "The Bundesrat", "DEULEG"),
    ],
)
def test_qualified_names_of_shared_bodies(nlp, text, phrase, code):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    actor = default_dictionary().annotate(doc, DAY).resolve(span.start, span.end)
    assert actor is not None and actor.code == code
