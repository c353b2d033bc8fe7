"""Checks on the hand-written first-level regions in data/geo/admin1.tsv and how they resolve."""

from __future__ import annotations

import pytest

from eventwatch import geo

ADMIN1_TSV = geo.DATA_DIR / "admin1.tsv"
BULK_MARKER = "# First-level divisions added in bulk"
# Words that must never name one of the bulk-added regions, alone or as a suffix-stripped base.
ORDINARY_WORDS = [
    "Centre", "Center", "North", "South", "East", "West", "Central", "Coast", "Lakes", "Upper",
    "Western", "Eastern", "Northern", "Southern", "Littoral", "Plateau", "Maritime", "Savanes",
    "Est", "Nord", "Sud", "Ouest", "Midlands", "Savannah", "Red Sea",
]


@pytest.fixture(scope="module")
def gaz():
    return geo.default_gazetteer()


def _rows(bulk_only: bool = False) -> list[list]:
    if not bulk_only:
        return geo._read_tsv(ADMIN1_TSV, 5, (3, 4), optional=(2,))
    text = ADMIN1_TSV.read_text(encoding="utf-8")
    assert BULK_MARKER in text
    rows = []
    for line in text.split(BULK_MARKER, 1)[1].splitlines()[1:]:
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _names(row: list) -> list[str]:
    aliases = row[5] if len(row) > 5 else ""
    return [row[1], *filter(None, (a.strip() for a in aliases.split(";")))]


@pytest.mark.parametrize(("name", "iso3", "region"), [
    ("Syunik", "ARM", "Syunik Province"),
    ("Tavush Province", "ARM", "Tavush Province"),
    ("Caqueta", "COL", "Caqueta Department"),
    ("Sidama", "ETH", "Sidama Region"),
    ("Zinder Region", "NER", "Zinder Region"),
    ("Ouaddaï", "TCD", "Ouaddai Province"),
    ("Zulia", "VEN", "Zulia State"),
    ("East Azerbaijan", "IRN", "East Azerbaijan Province"),
    ("Samegrelo", "GEO", "Samegrelo-Zemo Svaneti"),
    ("Gagauzia", "MDA", "Gagauzia"),
    ("Cabo Delgado", "MOZ", "Cabo Delgado Province"),
])
def test_added_regions_resolve_to_admin1(gaz, name, iso3, region):
    loc = gaz.lookup(name)
    assert loc is not None, name
    assert (loc.name, loc.country, loc.precision) == (region, iso3, "admin1")


def test_a_region_named_after_its_capital_leaves_the_bare_name_to_the_city(gaz):
    for city, iso3 in [("Kayes", "MLI"), ("Agadez", "NER"), ("Zinder", "NER"), ("Nampula", "MOZ")]:
        loc = gaz.lookup(city)
        assert (loc.country, loc.precision) == (iso3, "city"), city
        assert loc.admin1 == f"{city} Region" or iso3 == "MOZ"
    loc = gaz.lookup("Kayes Region")
    assert (loc.country, loc.precision) == ("MLI", "admin1")
    # the city is labelled with its region through the shared geonames admin1 code
    assert gaz.lookup("Nampula").admin1 == "Nampula Province"


def test_city_in_an_added_region_gets_the_region_as_admin1(gaz):
    assert gaz.lookup("Kapan", country="ARM").admin1 == "Syunik Province"
    assert gaz.lookup("Batumi").admin1 == "Adjara"


def test_ordinary_words_do_not_resolve_to_added_regions(gaz):
    added = {(r[0], r[1]) for r in _rows(bulk_only=True)}
    assert len(added) > 300
    for word in ORDINARY_WORDS:
        for entry in gaz.candidates(word):
            pid = entry >> 2
            assert (gaz.iso3[pid], gaz.name[pid]) not in added, word


def test_added_names_and_bases_are_not_ordinary_words_or_countries(gaz):
    bad = {geo._norm(w) for w in ORDINARY_WORDS}
    for row in _rows(bulk_only=True):
        for name in _names(row):
            for form in (name, geo._strip_suffix(name)):
                if form is None:
                    continue
                key = geo._norm(form)
                assert key not in bad, (row[1], form)
                assert not any(gaz.kind[e >> 2] == geo.COUNTRY for e in gaz.candidates(form)), form


def test_every_row_has_a_known_country_and_no_duplicate(gaz):
    seen = set()
    for row in _rows():
        iso3, name = row[0], row[1]
        assert iso3 in gaz.country_place, (iso3, name)
        key = (iso3, geo._norm(name))
        assert key not in seen, key
        seen.add(key)
        assert -90 <= row[3] <= 90 and -180 <= row[4] <= 180, name


def test_added_admin1_codes_are_unique_within_a_country():
    codes = [(r[0], r[2]) for r in _rows(bulk_only=True) if r[2]]
    assert len(codes) == len(set(codes))


def test_region_in_a_sentence(nlp, gaz):
    doc = nlp("Azerbaijani troops shelled border villages in Syunik on Tuesday, officials said.")
    dp = gaz.annotate(doc)
    regions = [p.location for p in dp.places if p.location.precision == "admin1"]
    assert [(r.name, r.country) for r in regions] == [("Syunik Province", "ARM")]
