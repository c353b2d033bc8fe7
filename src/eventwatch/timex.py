"""Event dates: resolve the temporal expressions of an event sentence against the article date.

``resolve_event_date(sent, anchor, trigger, past)`` returns ``(date, precision)`` with precision one
of ``day|week|month|year|article``. Week precision gives the Monday of the week, month precision
the 1st of the month, year precision 1 January.

How it works: one compiled regular expression finds candidate expressions in the sentence text
(absolute dates, month/year names, weekdays, "yesterday", "last week", "two days ago", ...); the
parse is then used to reject false hits (the modal "may", "the Sunday Times", Theresa May, a
bare number that is a count) and to choose between several expressions: the one attached to the
trigger (in its subtree, then in its clause) wins, else the nearest one; without a trigger the
first one not attached to a reporting verb ("..., officials said on Friday").

Decisions:
- Durations and ages are never dates ("for three years", "33 years old", "an hour"); only "N
  units ago" is read as a point in time. Expressions after "since/until/before/after/by" are
  range bounds, not event dates, and are skipped.
- A decade ("the 1990s") is skipped: year precision of its first year would be false precision.
- ``past=True``: no date after the anchor. A bare weekday is the most recent such day (the anchor
  itself if it is that weekday), "in March" the most recent March, a month-day without year the
  most recent one; expressions that can only be future ("tomorrow", "next week") are skipped.
  ``past=False``: bare weekdays/months/month-days take the next occurrence (anchor included).
- "last night" and "overnight" are the day before the anchor; "the weekend" is its Saturday.
- Numeric dates need a four-digit year: d/m/yyyy vs m/d/yyyy is decided by a part above 12, else
  the reading not after the anchor and closest to it, else month-first.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from spacy.attrs import LOWER, PREFIX
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from eventwatch.nlp import text_of

_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_MONTHS = {m.lower(): i for i, m in enumerate(_MONTH_NAMES, 1)}
_MONTHS.update({m[:3].lower(): i for i, m in enumerate(_MONTH_NAMES, 1)})
_MONTHS["sept"] = 9
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAYS = {w.lower(): i for i, w in enumerate(_WEEKDAY_NAMES)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "couple of": 2,
}  # fmt: skip
_SPEECH_LEMMAS = frozenset(
    "say tell announce report add state confirm claim note write declare reveal "
    "explain warn accuse deny".split()
)
# Tokens just before an expression that make it a range bound, not the event date.
_BOUND_WORDS = frozenset("since until till before after by".split())
# Entity labels under which a weekday/month word is a name, not a date.
_NAME_LABELS = frozenset("ORG PERSON WORK_OF_ART FAC GPE NORP LAW PRODUCT EVENT".split())

_FULL_MONTH = "|".join(_MONTH_NAMES)
_ANY_MONTH = _FULL_MONTH + "|" + "|".join(m[:3] for m in _MONTH_NAMES if m != "May") + "|Sept"
_WD = "|".join(_WEEKDAY_NAMES)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_RANGE = r"(?:\s*(?:-|–|and|or|to)\s*" + _DAY + r")?"
_YEAR = r"(?:19|20)\d\d"
_NUMW = "|".join(sorted((re.escape(k) for k in _NUMBER_WORDS), key=len, reverse=True))

_HOLIDAYS = {
    "Christmas Day": (12, 25),
    "Christmas Eve": (12, 24),
    "New Year's Day": (1, 1),
    "New Year's Eve": (12, 31),
}

# Each alternative is gated by a one-character lookahead so that a word start which cannot begin
# it fails on one test (this keeps the scan well above 10,000 sentences/s).
_PATTERN = re.compile(
    r"(?<![\w/.])(?:"
    r"(?=\d)(?:"
    rf"(?P<iso>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-])"
    rf"|(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})[/.](?P<ny>{_YEAR})(?![\d/.-]\d)"
    rf"|(?P<dm_d>{_DAY}){_RANGE}\s+(?:of\s+)?(?P<dm_m>{_ANY_MONTH})\b\.?"
    rf"(?:,?\s+(?P<dm_y>{_YEAR})(?!\d))?"
    rf"|(?<!\d-)(?P<yr>{_YEAR})(?P<yr_s>s|'s)?(?![\d,]\d|-)"
    r")"
    r"|(?=Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De)(?:"
    rf"(?P<md_m>{_ANY_MONTH})\.?\s+(?P<md_d>{_DAY}){_RANGE}(?![\d,]\d|\s*%)"
    rf"(?:,?\s+(?P<md_y>{_YEAR})(?!\d))?"
    rf"|(?P<my_m>{_ANY_MONTH})\.?,?\s+(?:of\s+)?(?P<my_y>{_YEAR})(?![\d,]\d)"
    r")"
    r"|(?=Ch|Ne)(?P<hol>" + "|".join(_HOLIDAYS) + ")"
    r"|(?=Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De|[lL]a|[tT]h|[nN]e|[pP]a)"
    rf"(?P<bm_pre>(?i:last|this|next|this past|past)\s+)?(?P<bm_m>{_FULL_MONTH})\b(?!\s+\d)"
    r"|(?=Mo|Tu|We|Th|Fr|Sa|Su|[lL]a|[tT]h|[nN]e|[pP]a)"
    rf"(?P<wd_pre>(?i:last|this|next|this past|past)\s+)?(?P<wd>{_WD})\b"
    rf"(?:\s+(?:and|or|to|through|-|–)\s+(?:{_WD})\b)?"
    r"|(?=\d|[aA][ n]|[oO]n|[tT][wh]|[fF][oi]|[sS][ie]|[eE]i|[nN]i|[tT]e|[eE]l|[cC]o)"
    r"(?P<ago_n>(?i:\d{1,3}|" + _NUMW + r"))\s+(?P<ago_u>(?i:hour|minute|day|week|month|year))s?"
    r"\s+(?i:ago)\b"
    r"|(?=[yY]e|[tT][oh]|[oO]v|[lL]a|[eE]a|[nN]e|[aA]t|[dD]u)"
    r"(?P<rel>(?i:yesterday|today|tonight|tomorrow|overnight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening)"
    r"|(?:(?:early|earlier|late|later)\s+)?(?:this|last|next|this\s+past)\s+(?:week|month|year)"
    r"|(?:this|last|this\s+past|over\s+the|at\s+the|during\s+the)\s+weekend))\b"
    r")",
)
_FEAST_WORDS = frozenset("easter good palm bloody black holy ash maundy cyber super".split())
_YEAR_PREPS = frozenset("in during of throughout early late mid the year".split())
_MONTH_PREPS = frozenset("in during of throughout early late mid end beginning start".split())


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_month(d: dt.date, months: int) -> dt.date:
    idx = d.year * 12 + d.month - 1 + months
    return dt.date(idx // 12, idx % 12 + 1, 1)


def _day_num(s: str) -> int:
    return int(s.rstrip("stndrh"))


def _month_day(m: int, d: int, y: str | None, anchor: dt.date | None, past: bool):
    """Month-day with optional year; without a year the occurrence on the right side of the
    anchor (not after it when ``past``, else not before it) that is nearest to it."""
    if y:
        return _safe_date(int(y), m, d)
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1) if past else (anchor.year, anchor.year + 1):
        cand = _safe_date(year, m, d)
        if cand is not None and (cand <= anchor if past else cand >= anchor):
            return cand
    return None


def _numeric(a: int, b: int, y: int, anchor: dt.date | None) -> dt.date | None:
    if a > 12:
        return _safe_date(y, b, a)
    if b > 12:
        return _safe_date(y, a, b)
    mdy, dmy = _safe_date(y, a, b), _safe_date(y, b, a)
    if anchor is not None and mdy and dmy and mdy != dmy:
        ok = [c for c in (mdy, dmy) if c <= anchor]
        if ok:
            return max(ok)
    return mdy


def _weekday(wd: int, pre: str, anchor: dt.date, past: bool) -> dt.date | None:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if pre in ("last", "past", "this past"):
        return anchor - dt.timedelta(days=back or 7)
    if pre == "next":
        return None if past else anchor + dt.timedelta(days=fwd or 7)
    return anchor - dt.timedelta(days=back) if past else anchor + dt.timedelta(days=fwd)


def _bare_month(m: int, pre: str, anchor: dt.date, past: bool) -> dt.date | None:
    if pre in ("last", "past", "this past"):
        return dt.date(anchor.year if m < anchor.month else anchor.year - 1, m, 1)
    if pre == "next":
        return None if past else dt.date(anchor.year if m > anchor.month else anchor.year + 1, m, 1)
    if pre == "this":
        return dt.date(anchor.year, m, 1)
    if past:
        return dt.date(anchor.year if m <= anchor.month else anchor.year - 1, m, 1)
    return dt.date(anchor.year if m >= anchor.month else anchor.year + 1, m, 1)


def _relative(rel: str, a: dt.date, past: bool) -> tuple[dt.date, str] | None:
    rel = " ".join(rel.lower().split())
    if (
        rel in ("today", "tonight")
        or rel.startswith("this ")
        and rel.split()[1] in ("morning", "afternoon", "evening")
    ):
        return a, "day"
    if rel in ("yesterday", "last night", "overnight"):
        return a - dt.timedelta(days=1), "day"
    if rel == "tomorrow":
        return a + dt.timedelta(days=1), "day"
    unit = rel.split()[-1]
    if unit == "weekend":
        back = (a.weekday() - 5) % 7
        if not past and back >= 2 and not rel.startswith(("last", "this past")):
            return a + dt.timedelta(days=7 - back), "day"
        if rel.startswith("last") and back < 2:
            back += 7
        return a - dt.timedelta(days=back), "day"
    step = 0 if "this" in rel and "past" not in rel else (1 if "next" in rel else -1)
    if unit == "week":
        return _monday(a) + dt.timedelta(weeks=step), "week"
    if unit == "month":
        return _shift_month(a, step), "month"
    return dt.date(a.year + step, 1, 1), "year"


def _ago(n: str, unit: str, a: dt.date) -> tuple[dt.date, str] | None:
    n = n.lower()
    k = int(n) if n.isdigit() else _NUMBER_WORDS.get(" ".join(n.split()))
    if k is None:
        return None
    unit = unit.lower()
    if unit in ("hour", "minute"):
        return a, "day"
    if unit == "day":
        return a - dt.timedelta(days=k), "day"
    if unit == "week":
        return _monday(a - dt.timedelta(weeks=k)), "week"
    if unit == "month":
        return _shift_month(a, -k), "month"
    return dt.date(a.year - k, 1, 1), "year"


def _resolve_match(m: re.Match, anchor: dt.date | None, past: bool):
    """(date, precision, needs_token_check) for one regex match, or None."""
    g = m.group
    if g("iso"):
        return _safe_date(int(g("iso")), int(g("iso_m")), int(g("iso_d"))), "day"
    if g("ny"):
        return _numeric(int(g("n1")), int(g("n2")), int(g("ny")), anchor), "day"
    if g("md_m"):
        return _month_day(
            _MONTHS[g("md_m").lower()], _day_num(g("md_d")), g("md_y"), anchor, past
        ), "day"
    if g("dm_m"):
        return _month_day(
            _MONTHS[g("dm_m").lower()], _day_num(g("dm_d")), g("dm_y"), anchor, past
        ), "day"
    if g("my_m"):
        return dt.date(int(g("my_y")), _MONTHS[g("my_m").lower()], 1), "month"
    if g("hol"):
        month, day = _HOLIDAYS[g("hol")]
        return _month_day(month, day, None, anchor, past), "day"
    if g("yr"):
        return (None, "") if g("yr_s") == "s" else (dt.date(int(g("yr")), 1, 1), "year")
    if anchor is None:
        return None, ""
    if g("bm_m"):
        pre = " ".join((g("bm_pre") or "").lower().split())
        return _bare_month(_MONTHS[g("bm_m").lower()], pre, anchor, past), "month"
    if g("wd"):
        pre = " ".join((g("wd_pre") or "").lower().split())
        return _weekday(_WEEKDAYS[g("wd").lower()], pre, anchor, past), "day"
    if g("ago_n"):
        return _ago(g("ago_n"), g("ago_u"), anchor) or (None, "")
    return _relative(g("rel"), anchor, past) or (None, "")


def _prev_word(sent: Span, tok: Token) -> str:
    """The word before ``tok`` in the sentence, skipping hyphens ("mid-March" -> "mid")."""
    i = tok.i - 1
    while i >= sent.start and sent.doc[i].text in ("-", "–"):
        i -= 1
    return sent.doc[i].lower_ if i >= sent.start else ""


def _plausible(m: re.Match, span: Span, sent: Span) -> bool:
    """Token checks against false hits the regex cannot see."""
    if _prev_word(sent, span[0]) in _BOUND_WORDS:
        return False
    if m.group("wd"):
        tok = next((t for t in span if t.lower_ in _WEEKDAYS), span[0])
        if tok.ent_type_ in _NAME_LABELS or _prev_word(sent, tok) in _FEAST_WORDS:
            return False  # "Bloody Sunday", "Easter Sunday", "Good Friday"
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        # "the Sunday Times", "the Monday Club": a weekday modifying a capitalised name.
        return not (
            _prev_word(sent, tok) == "the"
            and nxt is not None
            and nxt.is_title
            and nxt.tag_ == "NNP"
            and nxt.lower_ not in _MONTHS
        )
    if any(t.ent_type_ in _NAME_LABELS and t.ent_type_ != "EVENT" for t in span):
        return False  # "Turkey Today", "Theresa May", "Resolution 2019"
    if m.group("bm_m"):
        tok = next((t for t in span if t.text in _MONTH_NAMES), span[0])
        if tok.tag_ == "MD" or tok.pos_ == "VERB":
            return False
        nxt = sent.doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if nxt is not None and nxt.text in ("'s", "\u2019s"):
            return False
        return bool(m.group("bm_pre")) or _prev_word(sent, tok) in _MONTH_PREPS
    if m.group("yr"):
        tok = next((t for t in span if t.like_num), span[0])
        if tok.ent_type_ not in ("DATE", ""):
            return False  # a count ("2000 people"), money, a law number
        return tok.ent_type_ == "DATE" or _prev_word(sent, tok) in _YEAR_PREPS
    if m.group("md_m") or m.group("dm_m") or m.group("my_m"):
        return not any(t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for t in span)
    return True


def _clause_head(tok: Token) -> Token:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _hops_to(tok: Token, target: Token) -> int | None:
    hops = 0
    while tok.i != target.i:
        if tok.head.i == tok.i:
            return None
        tok, hops = tok.head, hops + 1
    return hops


def _rank(root: Token, trigger: Token | None, order: int) -> tuple[int, int]:
    if trigger is None:
        verb = _clause_head(root.head if root.head.i != root.i else root)
        return (1 if verb.lemma_ in _SPEECH_LEMMAS else 0, order)
    hops = _hops_to(root, trigger)
    if hops is not None:
        return (0, hops)
    clause = _clause_head(trigger)
    if clause.i != trigger.i:
        hops = _hops_to(root, clause)
        if hops is not None:
            return (1, hops)
    return (2, abs(root.i - trigger.i))


_CUE_WORDS = (
    [m.lower() for m in _MONTH_NAMES]
    + [w.lower() for w in _WEEKDAY_NAMES]
    + [m + "." for m in _MONTHS if len(m) <= 4]
    + list(_MONTHS)
    + "yesterday today tonight tomorrow overnight ago week weeks weekend month months year years "
    "night morning afternoon evening christmas".split()
)
# spaCy keeps "mid-2019" and "mid-March" as one token.
_CUE_WORDS += [f"mid-{y}" for y in range(1900, 2101)] + [f"mid-{m.lower()}" for m in _MONTH_NAMES]
# Hashes of the lower-cased cue words and of digit first characters (the PREFIX attribute).
_CUE_HASHES = frozenset(get_string_id(w) for w in _CUE_WORDS + list("0123456789"))
_last_doc: list = [None, None]  # one-slot cache: (Doc, its LOWER/PREFIX array)


def _has_cue(sent: Span) -> bool:
    """Cheap pre-check on token hashes: can the sentence hold any expression at all? Most news
    sentences cannot, and building the text and running the full pattern costs far more."""
    doc = sent.doc
    if _last_doc[0] is not doc:
        _last_doc[0], _last_doc[1] = doc, doc.to_array([LOWER, PREFIX])
    return not _CUE_HASHES.isdisjoint(_last_doc[1][sent.start : sent.end].ravel().tolist())


_found: list = [None, {}]  # one Doc at a time: (start, end, anchor, past) -> expressions


def find_expressions(sent: Span, anchor: dt.date | None, past: bool = True):
    """All usable temporal expressions: a list of (Span, date, precision), in text order."""
    # the same sentence is asked once per event in it: computed once per sentence
    if _found[0] is not sent.doc:
        _found[0], _found[1] = sent.doc, {}
    key = (sent.start, sent.end, anchor, past)
    if key not in _found[1]:
        _found[1][key] = _find_expressions(sent, anchor, past)
    return list(_found[1][key])


def _find_expressions(sent: Span, anchor: dt.date | None, past: bool):
    if not _has_cue(sent):
        return []
    base = sent.start_char
    text = text_of(sent.doc)[base:sent.end_char]
    out = []
    doc = sent.doc
    for m in _PATTERN.finditer(text):
        date, prec = _resolve_match(m, anchor, past)
        if date is None or not 1900 <= date.year <= 2100:
            continue
        if past and anchor is not None and date > anchor:
            continue
        span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if span is None or not _plausible(m, span, sent):
            continue
        absolute = any(m.group(k) for k in _ABSOLUTE)
        if out and span.start - out[-1][0].end <= 1:
            # Adjacent expressions ("Thursday, Feb. 27", "February 27 last year") describe one
            # date: keep the more precise one, and the absolute one on a tie.
            prev = out[-1]
            if (_PREC_ORDER[prev[2]], not prev[3]) <= (_PREC_ORDER[prec], not absolute):
                continue
            out.pop()
        out.append((span, date, prec, absolute))
    return [e[:3] for e in out]


_PREC_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_ABSOLUTE = ("iso", "ny", "md_m", "dm_m", "my_m", "hol", "yr")


def resolve_event_date(
    sent: Span, anchor: dt.date | None, trigger: Token | None = None, past: bool = True
) -> tuple[dt.date | None, str]:
    """The event date of ``sent`` and its precision; (anchor, "article") when none is said."""
    exprs = find_expressions(sent, anchor, past)
    if not exprs:
        return anchor, "article"
    best = min(exprs, key=lambda e: _rank(e[0].root, trigger, e[0].start))
    if trigger is not None and _rank(best[0].root, trigger, best[0].start)[0] == 2:
        # Neither on the trigger nor in its clause: only a governing clause's date counts
        # ("On Monday, officials said troops attacked"), not a side clause's ("an attitude
        # nobody expected a month ago").
        clause = _clause_head(best[0].root)
        if not any(a.i == clause.i for a in trigger.ancestors):
            return anchor, "article"
    _, date, prec = best
    return date, prec


_WRITTEN_DMY = re.compile(
    r"(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b"
)
_WRITTEN_MDY = re.compile(
    r"(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"
)
_ISO_LIKE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s]|[+-Z])")


def parse_article_date(s: str) -> dt.date | None:
    """An article's publication date from ISO or common written forms; None for junk.

    The calendar date is taken as written (no time-zone conversion). Years outside 1900-2100
    are rejected.
    """
    if not isinstance(s, str):
        return None
    s = s.strip()
    date = None
    if m := _ISO_LIKE.match(s):
        date = _safe_date(int(m[1]), int(m[2]), int(m[3]))
    elif re.fullmatch(r"\d{8}", s):
        date = _safe_date(int(s[:4]), int(s[4:6]), int(s[6:]))
    elif (m := _WRITTEN_DMY.match(s)) and m[2].lower() in _MONTHS:
        date = _safe_date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    elif (m := _WRITTEN_MDY.match(s)) and m[1].lower() in _MONTHS:
        date = _safe_date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    else:
        parsed = email.utils.parsedate_tz(s) if re.search(r"\d{4}", s) else None
        if parsed:
            date = _safe_date(parsed[0], parsed[1], parsed[2])
    if date is None or not 1900 <= date.year <= 2100:
        return None
    return date
