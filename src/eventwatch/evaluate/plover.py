"""PLOVER-coded gold sentences: the PLV TSV file and the PLOVER GSR JSON file.

For each gold sentence the coder runs with no hint of the gold actors. With the gold source and
target spans we then score:

* ``pair_recall``: an emitted event's source *and* target text overlap the gold spans
  (share of gold content words, > 0; an empty gold side passes);
* ``type_accuracy`` (end to end): such a pair-matching event also has the gold type;
* ``type_accuracy_lenient``: the first version's figure -- the event with the best span overlap
  (no overlap required) has the gold type;
* ``quad_accuracy``: PLOVER quad class of the chosen pair-matching event equals the gold one
  (``quad_accuracy_lenient`` uses the best-overlap event);
* a classification block (accuracy, macro-F1, per-type table, confusion, worst cells) over the
  end-to-end label: the gold type when a pair-matching event has it, else the type of the best
  pair-matching event, else ``NONE``. Its accuracy equals ``type_accuracy``.

GSR only: ``actor_share`` (a gold actor's ISO3/IGO code is the country, or a prefix of the code,
of any emitted source or target in that record) and fatality/injury counts where given.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.evaluate.common import (
    NONE,
    Coder,
    GoldFileError,
    classification,
    confusion,
    overlap_rank,
    pair_overlaps,
    ratio,
    run,
    side_score,
    to_int,
    within,
    worst_cells,
)
from eventwatch.ontology import PLOVER_TYPES, plover_quad_class
from eventwatch.records import Actor, Article, Event

# Older PLOVER names used by the GSR file; PLV merges CONCEDE and RETREAT as YIELD.
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
             "INVESTIGATE": "ACCUSE"}
MERGED = {"YIELD": {"CONCEDE", "RETREAT"}}
# Older CAMEO country codes that differ from ISO 3166 alpha-3.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "DEN": "DNK", "GER": "DEU", "SWZ": "CHE",
                "SPA": "ESP", "ROM": "ROU", "VTN": "VNM", "UK": "GBR"}


@dataclass
class GoldSentence:
    text: str
    label: str  # gold type in our names, or YIELD
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    quad: int | None = None
    where: str = ""  # "file:line" or "file: record id", for messages
    source_codes: list[str] = field(default_factory=list)
    target_codes: list[str] = field(default_factory=list)
    dead: int | None = None
    injured: int | None = None
    merged: bool = False  # PLV: CONCEDE and RETREAT count as YIELD whichever the gold names

    @property
    def wanted(self) -> set[str]:
        if self.merged and self.label in MERGED["YIELD"]:
            return set(MERGED["YIELD"])
        return MERGED.get(self.label, {self.label})


def label_of(plover: str, merged: bool) -> str:
    """Our type in the gold label space (CONCEDE and RETREAT -> YIELD when ``merged``, as PLV)."""
    return "YIELD" if merged and plover in MERGED["YIELD"] else plover


def _gold_label(raw: str, where: str) -> str:
    label = OLD_NAMES.get(raw.strip().upper(), raw.strip().upper())
    if label not in PLOVER_TYPES and label not in MERGED:
        raise GoldFileError(f"{where}: unknown PLOVER type {raw!r}")
    return label


def read_plv(path: str | Path, limit: int | None = None) -> list[GoldSentence]:
    """Rows of a PLV TSV file (``sentence, source, target, gold_root, gold_penta`` columns)."""
    out: list[GoldSentence] = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            missing = {"sentence", "source", "target", "gold_root"} - set(reader.fieldnames or ())
            if missing:
                cols = ", ".join(sorted(missing))
                raise GoldFileError(f"{path}: not a PLV file: no column {cols}")
            for row in reader:
                where = f"{path}:{reader.line_num}"
                if not (row.get("sentence") or "").strip():
                    continue
                penta = (row.get("gold_penta") or "").strip()
                if penta and penta not in {"1", "2", "3", "4"}:
                    raise GoldFileError(f"{where}: gold_penta must be 1-4, got {penta!r}")
                label = _gold_label(row.get("gold_root") or "", where)
                text = row["sentence"]
                # a side written as a placeholder that is not in the sentence ("a recipient",
                # "An actor") is an implicit participant: any emitted side (or none) matches it
                source, target = ((v if v.strip() and v.strip() in text else "")
                                  for v in (row.get("source") or "", row.get("target") or ""))
                out.append(GoldSentence(text, label, [source], [target],
                                        int(penta) if penta else None, where, merged=True))
                if limit is not None and len(out) >= limit:
                    break
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldFileError(f"{path}: cannot read: {exc}") from None
    return out


def _actors(value: Any, where: str) -> tuple[list[str], list[str]]:
    """Texts and codes of a GSR ``source``/``target`` field (a list of dicts, or a bare string)."""
    if value is None or value == "":
        return [], []
    items = value if isinstance(value, list) else [value]
    texts, codes = [], []
    for a in items:
        if isinstance(a, str):
            texts.append(a)  # a bare string (sometimes a context word): text only, no code
        elif isinstance(a, dict):
            texts.append(str(a.get("actorText") or ""))
            if a.get("code"):
                codes.append(str(a["code"]).strip().upper())
        else:
            raise GoldFileError(f"{where}: actor is neither an object nor a string: {a!r}")
    return texts, codes


def read_gsr(path: str | Path, limit: int | None = None) -> list[GoldSentence]:
    """Records of a PLOVER GSR JSON list (``DOCUMENT`` records are skipped)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise GoldFileError(f"{path}: cannot read JSON: {exc}") from None
    if not isinstance(data, list):
        raise GoldFileError(f"{path}: expected a JSON list of records")
    out: list[GoldSentence] = []
    for i, rec in enumerate(data):
        if not isinstance(rec, dict):
            raise GoldFileError(f"{path}: record {i} is not an object")
        where = f"{path}: record {i} ({rec.get('id', 'no id')})"
        event = str(rec.get("event") or "").strip().upper()
        if event == "DOCUMENT":
            continue
        if not event or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            raise GoldFileError(f"{where}: needs 'event' and 'text'")
        st, sc = _actors(rec.get("source"), where)
        tt, tc = _actors(rec.get("target"), where)
        out.append(GoldSentence(rec["text"], _gold_label(event, where), st, tt, None, where,
                                sc, tc, to_int(rec.get("dead")), to_int(rec.get("injured"))))
        if limit is not None and len(out) >= limit:
            break
    return out


def actor_has_code(actor: Actor | None, code: str) -> bool:
    """A gold code (``TUR``, ``JAP``, ``IGO``) is our actor's country or a prefix of its code."""
    if actor is None or not code:
        return False
    code = LEGACY_CODES.get(code[:3], code[:3]) + code[3:]
    return actor.country == code or (actor.code or "").upper().startswith(code)


def _choose(events: list[Event], gold: GoldSentence, merged: bool
            ) -> tuple[Event | None, Event | None, str]:
    """(pair-matching event, best-overlap event, end-to-end label) for one gold sentence."""
    lenient = max(events, key=lambda e: overlap_rank(e, gold.sources, gold.targets),
                  default=None)
    pair = [e for e in events if pair_overlaps(e, gold.sources, gold.targets)]
    typed = [e for e in pair if e.plover in gold.wanted]
    rank = lambda e: overlap_rank(e, gold.sources, gold.targets)  # noqa: E731
    if typed:
        return max(typed, key=rank), lenient, gold.label
    if pair:
        best = max(pair, key=rank)
        return best, lenient, label_of(best.plover, merged)
    return None, lenient, NONE


def pair_failure(events: list[Event], gold: GoldSentence) -> str:
    """Why no event matched the gold pair: no event, or which gold side no event overlaps."""
    if not events:
        return "no_event"
    src = [side_score(e.source.text if e.source else None, gold.sources) for e in events]
    tgt = [side_score(e.target.text if e.target else None, gold.targets) for e in events]
    src_ok = any(x is None or x > 0 for x in src)
    tgt_ok = any(x is None or x > 0 for x in tgt)
    if src_ok and tgt_ok:
        return "sides_in_different_events"
    return "source_missed" if tgt_ok else "target_missed" if src_ok else "both_missed"


def _quad_ok(ev: Event | None, gold: GoldSentence) -> bool:
    if ev is None:
        return False
    if gold.quad is not None:
        return plover_quad_class(ev.plover) == gold.quad
    return plover_quad_class(ev.plover) in {plover_quad_class(t) for t in gold.wanted}


def score(gold: list[GoldSentence], pipeline: Coder, asserted_only: bool = False,
          gsr: bool = False) -> dict[str, Any]:
    """All figures for PLV (``gsr=False``) or GSR (``gsr=True``) gold sentences."""
    articles = [Article(id=f"gold-{i}", text=g.text) for i, g in enumerate(gold)]
    per_article = run(pipeline, articles, asserted_only)
    n = len(gold)
    covered = pair_hits = type_hits = lenient_hits = quad_hits = quad_lenient = 0
    gold_labels, pred_labels, lenient_labels = [], [], []
    failures: Counter = Counter()
    actors_n = {"source": 0, "target": 0}
    actors_ok = {"source": 0, "target": 0}
    counts = {"dead": [0, 0, 0], "injured": [0, 0, 0]}  # records, exact, within 20%
    for g, events in zip(gold, per_article, strict=True):
        covered += bool(events)
        pair, lenient, label = _choose(events, g, merged=not gsr)
        pair_hits += pair is not None
        type_hits += label == g.label
        lenient_hits += lenient is not None and lenient.plover in g.wanted
        quad_hits += _quad_ok(pair, g)
        quad_lenient += _quad_ok(lenient, g)
        gold_labels.append(g.label)
        pred_labels.append(label)
        # (a gold set that keeps CONCEDE and RETREAT apart shows them as such, not as YIELD)
        lenient_labels.append(NONE if lenient is None else g.label if lenient.plover in g.wanted
                              else label_of(lenient.plover, not gsr))
        if pair is None:
            failures[pair_failure(events, g)] += 1
        emitted = [a for e in events for a in (e.source, e.target) if a is not None]
        for side, codes in (("source", g.source_codes), ("target", g.target_codes)):
            for code in codes:
                actors_n[side] += 1
                actors_ok[side] += any(actor_has_code(a, code) for a in emitted)
        for key, want in (("dead", g.dead), ("injured", g.injured)):
            if want is None:
                continue
            got = [getattr(e, "fatalities" if key == "dead" else "injured") for e in events]
            got = [x for x in got if x is not None]
            counts[key][0] += 1
            counts[key][1] += want in got
            counts[key][2] += any(within(x, want) for x in got)
    result: dict[str, Any] = {
        "records": n, "coverage": ratio(covered, n),
        "type_accuracy": ratio(type_hits, n), "pair_recall": ratio(pair_hits, n),
        "type_accuracy_lenient": ratio(lenient_hits, n),
        "quad_accuracy": ratio(quad_hits, n), "quad_accuracy_lenient": ratio(quad_lenient, n),
        "pair_failures": dict(failures.most_common()),
    }
    if gsr:
        total = actors_n["source"] + actors_n["target"]
        result.update({
            "actor_share": ratio(actors_ok["source"] + actors_ok["target"], total),
            "source_actor_share": ratio(actors_ok["source"], actors_n["source"]),
            "target_actor_share": ratio(actors_ok["target"], actors_n["target"]),
            "gold_actors": total,
        })
        for key, (m, exact, near) in counts.items():
            result[f"{key}_records"] = m
            result[f"{key}_exact"] = ratio(exact, m)
            result[f"{key}_within_20pct"] = ratio(near, m)
    cls = classification(gold_labels, pred_labels)
    result["macro_f1"] = cls["macro_f1"]
    result["classification"] = cls
    result["lenient_worst_cells"] = worst_cells(confusion(gold_labels, lenient_labels))
    return result
