"""Accuracy of the coder, end to end, on PLOVER-coded gold sentences.

The coder reads each gold sentence with no hint of the gold actors; for each gold record we pick
the event whose source/target text best overlaps the gold spans (else the most confident event)
and compare:

* ``type_accuracy``: PLOVER type equals gold, over all records (a record with no event counts as
  wrong); ``type_precision``: the same over records where an event was produced;
* ``quad_accuracy``: the 4-way cooperation/conflict class (PLOVER quad classes);
* ``coverage``: share of records with at least one event;
* ``source_country`` / ``target_country`` (GSR only): share of records whose gold ISO3 code equals
  our actor's country (or code).

Formats: ``plv`` is the tab-separated PLV file (``sentence``, ``source``, ``target``, ``gold_root``,
``gold_penta``); ``gsr`` is the PLOVER gold-standard JSON list. The paths are arguments; nothing
from these files is stored in the package.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from eventwatch.ontology import plover_quad_class
from eventwatch.records import Article, Event

# Older PLOVER names in the GSR file and the PLV file's merged YIELD class.
GOLD_ALIASES = {
    "DEMAND": {"REQUEST"}, "DISAPPROVE": {"ACCUSE"}, "FIGHT": {"ASSAULT"},
    "INVESTIGATE": {"ACCUSE"}, "YIELD": {"CONCEDE", "RETREAT"},
}


@dataclass
class GoldRecord:
    text: str
    plover: str
    source_text: str = ""
    target_text: str = ""
    source_code: str | None = None
    target_code: str | None = None
    quad: int | None = None


@dataclass
class Report:
    n: int = 0
    covered: int = 0
    type_ok: int = 0
    quad_ok: int = 0
    src_n: int = 0
    src_ok: int = 0
    tgt_n: int = 0
    tgt_ok: int = 0
    confusion: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        def r(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "records": self.n, "coverage": r(self.covered, self.n),
            "type_accuracy": r(self.type_ok, self.n),
            "type_precision": r(self.type_ok, self.covered),
            "quad_accuracy": r(self.quad_ok, self.n),
            "source_country": r(self.src_ok, self.src_n),
            "target_country": r(self.tgt_ok, self.tgt_n),
            "top_confusions": [f"{g}->{p}: {n}" for (g, p), n in self.confusion.most_common(12)],
        }


def read_plv(path: str | Path) -> Iterator[GoldRecord]:
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if not row.get("sentence") or not row.get("gold_root"):
                continue
            penta = row.get("gold_penta", "")
            yield GoldRecord(row["sentence"], row["gold_root"].strip().upper(),
                             row.get("source") or "", row.get("target") or "",
                             quad=int(penta) if penta.strip().isdigit() else None)


def read_gsr(path: str | Path) -> Iterator[GoldRecord]:
    for rec in json.loads(Path(path).read_text(encoding="utf-8")):
        event = (rec.get("event") or "").upper()
        if not rec.get("text") or not event or event == "DOCUMENT":
            continue

        def first(side: str, rec: dict = rec) -> tuple[str, str | None]:
            actors = rec.get(side) or []
            if isinstance(actors, (str, dict)):
                actors = [actors]
            if not actors:
                return "", None
            a = actors[0]
            if isinstance(a, str):
                return a, None
            return a.get("actorText") or "", a.get("code")

        st, sc = first("source")
        tt, tc = first("target")
        yield GoldRecord(rec["text"], event, st, tt, sc, tc)


def _overlap(a: str, b: str) -> float:
    ta, tb = set(a.lower().split()), set(b.lower().split())
    return len(ta & tb) / len(tb) if tb else 0.0


def pick(events: list[Event], gold: GoldRecord) -> Event | None:
    if not events:
        return None

    def score(e: Event) -> tuple:
        s = _overlap(e.source.text, gold.source_text) if e.source else 0.0
        t = _overlap(e.target.text, gold.target_text) if e.target else 0.0
        return (s + t, e.modality == "asserted", e.confidence)

    return max(events, key=score)


# Older CAMEO country codes that differ from ISO 3166 alpha-3.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "DEN": "DNK", "GER": "DEU", "SWZ": "CHE",
                "SPA": "ESP", "ROM": "ROU"}


def _actor_ok(actor, code: str | None) -> bool:
    if actor is None or not code:
        return False
    code = code.upper()
    code = LEGACY_CODES.get(code[:3], code[:3]) + code[3:]
    return code in {actor.country or "", actor.code or ""} or actor.code.startswith(code)


def evaluate(records: list[GoldRecord], pipeline=None) -> Report:
    from eventwatch.pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    report = Report()
    arts = [Article(id=f"gold-{i}", text=g.text) for i, g in enumerate(records)]
    for gold, (_, events) in zip(records, pipeline.code(arts), strict=True):
        report.n += 1
        wanted = GOLD_ALIASES.get(gold.plover, {gold.plover})
        gold_quad = gold.quad or plover_quad_class(next(iter(wanted)))
        ev = pick(events, gold)
        predicted = ev.plover if ev else "NONE"
        if ev is not None:
            report.covered += 1
            if predicted in wanted:
                report.type_ok += 1
            if plover_quad_class(predicted) == gold_quad:
                report.quad_ok += 1
        if predicted not in wanted:
            report.confusion[(gold.plover, predicted)] += 1
        if gold.source_code:
            report.src_n += 1
            report.src_ok += _actor_ok(ev.source if ev else None, gold.source_code)
        if gold.target_code:
            report.tgt_n += 1
            report.tgt_ok += _actor_ok(ev.target if ev else None, gold.target_code)
    return report


@click.command("eval")
@click.argument("kind", type=click.Choice(["plv", "gsr"]))
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, help="Only the first N records.")
@click.option("--json", "as_json", is_flag=True)
def eval_cmd(kind, path, limit, as_json):
    """Score the coder on PLOVER gold sentences (PLV TSV or PLOVER GSR JSON), end to end."""
    try:
        records = list((read_plv if kind == "plv" else read_gsr)(path))[:limit]
    except (OSError, ValueError, KeyError) as exc:
        raise click.ClickException(f"{path}: cannot read {kind} gold data: {exc}") from None
    result = evaluate(records).as_dict()
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    for k, v in result.items():
        if k != "top_confusions":
            click.echo(f"{k:16} {v}")
    click.echo("top confusions (gold->predicted): " + "; ".join(result["top_confusions"]))
