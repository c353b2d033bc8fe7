"""Datelines: "BERLIN -- A court ...", "KABUL (AP) : ...", "Tehran, March 15, IRNA - ...".

A wire dateline names where the story was filed, not who acted, yet the parser happily makes
"BERLIN" the subject of the first sentence. ``separate`` turns the separator after a dateline
into a paragraph break of the same length, so the dateline becomes a sentence of its own (the
``paragraph_breaks`` component of ``nlp`` ends a sentence there) and character offsets into the
article are unchanged.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][A-Za-z.'\u2019\-]*(?:\s+[A-Z][A-Za-z.'\u2019\-]*){0,3}"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
          r"(?:,?\s+\d{4})?")
_DATELINE = re.compile(
    rf"""\A(?P<head>\s*
        (?P<place>{_NAME})                                    # BERLIN, Cebu City, LA PAZ
        (?:,\s*(?P<region>{_NAME}))?                          # , Bolivia
        (?:,\s*(?P<date>{_MONTH}))?                           # , March 15
        (?:,\s*(?P<agency>[A-Z][A-Za-z]{{1,10}}))?            # , IRNA
        \s*(?P<paren>\([^()\n]{{1,40}}\))?                    # (AP), (Reuters)
        )(?P<sep>\s*(?:--|\u2014|\u2013|\u00e2\u20ac[\u201d\u201c])\s*|\s+-\s+|\s*:\s+
          |\s+"\s+)                                           # a dash lost in re-encoding
        """,
    re.VERBOSE,
)


# words that open a reported sentence, not a quoted remark, after "Place:"
_OPENERS = frozenset("""The A An In On At After Before Since Following During Last This Earlier
    Yesterday Today""".split())


def _looks_like_dateline(m: re.Match) -> bool:
    place = m.group("place")
    strong_sep = m.group("sep").strip() in ("--", "\u2014", "\u2013", "\u00e2\u20ac\u201d",
                                            "\u00e2\u20ac\u201c")
    shouting = place.replace(" ", "").replace(".", "").isupper() and len(place) > 1
    marked = bool(m.group("paren") or m.group("date") or m.group("agency"))
    if m.group("sep").strip() == ":":
        # "Hamas: we will ..." is a headline quote, not a dateline; "Mombasa: The county
        # government will ..." and "Mexico: Since January, ..." open a reported sentence
        opener = m.string[m.end():].split(" ", 1)[0].rstrip(",")
        return shouting or marked or opener in _OPENERS
    if m.group("sep").strip() == '"':  # 'KABUL (AP) " The ...': only with a wire agency
        return shouting and bool(m.group("paren"))
    return shouting or marked or strong_sep


def find(text: str) -> tuple[int, int] | None:
    """Character span of the separator after an opening dateline, or None."""
    m = _DATELINE.match(text)
    if m is None or not _looks_like_dateline(m):
        return None
    rest = text[m.end():]
    if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'\u201c"):
        return None  # "Turkey -- a NATO member -- said": no sentence starts after it
    return m.start("sep"), m.end("sep")


def separate(text: str) -> str:
    """``text`` with the separator after an opening dateline replaced by a paragraph break of
    the same length ("BERLIN -- A court" -> "BERLIN\\n\\n  A court")."""
    span = find(text)
    if span is None:
        return text
    start, end = span
    width = end - start
    if width < 2:
        return text  # "Cebu City:Police" -- no room for a break; leave it
    return text[:start] + "\n\n" + " " * (width - 2) + text[end:]
