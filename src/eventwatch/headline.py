"""Headlines in title case ("Brazil Expels Venezuelan Diplomats"), recased for the parser.

The small English model reads every capitalised word of such a line as a proper noun, so the
verb disappears into one long name and the coder finds no event. ``recase`` lowers, in a line
written in title case, the capitalised words that are common words (the coder's verbs and
nouns, sector words such as "Diplomats", function words such as "On") and keeps the names
("Brazil", "Venezuelan", "U.S."). Only letters change case, so the text keeps its length and
every character offset into the article stays valid.

A line is in title case when it has at least three capitalised words after its first word and
no lower-case word of four letters or more except function words ("U.S. Lifts Travel Ban to
Lebanon"); an ordinary sentence full of names ("Former President George W. Bush is raising
money ...") has lower-case content words and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from eventwatch.parse_repair import IRREGULAR_PAST

# endings of the words for peoples, languages and creeds, which keep their capitals
PEOPLE_SUFFIXES = ("ish", "ese", "ian", "ean", "an", "ic", "ist", "ite", "i")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


def _capitalised(word: str) -> bool:
    """ "Lifts" but not "US", "NATO" or "McCain" (acronyms and names keep their case)."""
    return word[0].isupper() and word[1:].islower() if len(word) > 1 else False


def is_title_case(line: str) -> bool:
    """Whether a line is a headline in title case (see the module's docstring)."""
    words = _WORD.findall(line)
    if len(words) < 4 or len(words) > 30:
        return False
    rest = words[1:]
    if any(w.islower() and len(w) >= 4 and w not in STOP_WORDS for w in rest):
        return False
    return sum(_capitalised(w) and len(w) >= 3 for w in rest) >= 3


def is_all_caps(line: str) -> bool:
    """Whether a line is a headline in capitals ("TURKEY SHELLS KURDISH POSITIONS")."""
    words = _WORD.findall(line)
    return 4 <= len(words) <= 30 and sum(len(w) >= 3 for w in words) >= 3 and all(
        w.isupper() for w in words)


def lemma_candidates(word: str) -> set[str]:
    """The dictionary forms a lower-case word may inflect ("expels" -> "expel", "slammed" ->
    "slam", "agreed" -> "agree", "talks" -> "talk", "strikes" -> "strike")."""
    found = {word, IRREGULAR_PAST.get(word, word)}
    if word.endswith("ies") and len(word) > 4:
        found.add(word[:-3] + "y")
    if word.endswith("es"):
        found.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        found.add(word[:-1])
    if word.endswith("ied"):
        found.add(word[:-3] + "y")
    if word.endswith("ed"):
        found.update({word[:-2], word[:-1]})
        if len(word) > 5 and word[-3] == word[-4]:
            found.add(word[:-3])  # slammed
    if word.endswith("ing") and len(word) > 5:
        found.update({word[:-3], word[:-3] + "e"})
        if word[-4] == word[-5]:
            found.add(word[:-4])  # cutting
    return found


def recase(text: str, common: Callable[[str], bool],
           names: Callable[[str], list[tuple[int, int]]] = lambda line: [],
           acronym: Callable[[str], bool] = lambda word: False) -> str:
    """``text`` with each title-case line's common words lowered; ``common`` tells whether a
    capitalised word (as written) is a common word rather than a name, ``names`` where a line
    holds names of several words whose words all keep their case ("Islamic State"). A line in
    capitals is written as a title-case headline would be ("TURKEY SHELLS KURDISH POSITIONS"
    -> "Turkey shells Kurdish positions"): common words lowered, ``acronym`` words ("NATO",
    "UN") kept, every other word capitalised."""
    if not any(c.isupper() for c in text):
        return text
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if is_all_caps(line):
            lines[n] = _from_capitals(line, common, acronym)
            changed = True
            continue
        if not is_title_case(line):
            continue
        first = _WORD.search(line)
        chars = list(line)
        kept = names(line)
        for m in _WORD.finditer(line):
            word = m.group()
            if m.start() == first.start() or not _capitalised(word) or any(
                    a <= m.start() < b for a, b in kept):
                continue
            if common(word):
                chars[m.start()] = word[0].lower()
                changed = True
        lines[n] = "".join(chars)
    return "\n".join(lines) if changed else text


def _from_capitals(line: str, common: Callable[[str], bool],
                   acronym: Callable[[str], bool]) -> str:
    chars = list(line)
    first = True
    for m in _WORD.finditer(line):
        word = m.group()
        if len(word) > 1 and not acronym(word):
            title = word[0] + word[1:].lower()
            new = title.lower() if common(title) and not first else title
            chars[m.start():m.end()] = new
        first = False
    return "".join(chars)


def common_words(coder_words: set[str], dictionary_words: set[str],
                 is_name: Callable[[str], bool], is_place: Callable[[str], bool]
                 ) -> Callable[[str], bool]:
    """The ``common`` test of ``recase``. A capitalised word is common when it is a function
    word or a form of one of ``coder_words`` (the coder's verbs and nouns, the sector words),
    unless ``is_name`` knows it as a name ("Chad", "May"); or a form of one of
    ``dictionary_words`` (the parser's word list: "Key", "Town", "Eastern") unless it is a
    name, ends like the name of a people or creed (``PEOPLE_SUFFIXES``: "Kurdish", "Shiite",
    "Islamic") or ``is_place`` knows it as a place ("Mobile", "Nice")."""
    def common(word: str) -> bool:
        if is_name(word):
            return False
        low = word.lower()
        if low in STOP_WORDS:
            return True
        forms = lemma_candidates(low)
        if not forms.isdisjoint(coder_words):
            return True
        return (not forms.isdisjoint(dictionary_words) and not low.endswith(PEOPLE_SUFFIXES)
                and not is_place(word))
    return common
