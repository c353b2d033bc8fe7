"""Tests for the offline Wikidata dump -> actor file builder (eventwatch.wikidata).

The fixture dump (tests/fixtures/wikidata/dump.json) is hand-written: a made-up country Zembla
(P298 XZB), its positions, three made-up politicians, two made-up armed groups and decoys.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwatch.actors import ActorDictionary
from eventwatch.wikidata import _time, build, group_code, groups_path, wikidata_cmd

DUMP = Path(__file__).parent / "fixtures" / "wikidata" / "dump.json"

PEOPLE = [
    "Amani Odero\t\tKEN\tGOV\tMinister of Foreign Affairs of Kenya\t2018-02-01\t2021-09-30",
    "Marta Quill\tMarta Elena Quill|M. Quill\tXZB\tMIL\tMinister of Defence (Zembla)\t"
    "2010-01-05\t2015-02-28",
    "Marta Quill\t\tXZB\tGOV\tPresident of Zembla\t2015-03-01\t2020-06-30",
    "Tomas Brenn\t\tUSA\tGOV\tPresident of the United States\t1999-01-01\t1999-12-31",
    "Tomas Brenn\tTom Brenn\tXZB\tGOV\tPresident of Zembla\t2020-07-01\t",
]
GROUPS = [
    "EGYINSNMB\tNorthern Martyrs Brigade\tNMB\tEGY\tINS\tarmed_group",
    "XZBREBZLF\tZembla Liberation Front\tZLF|Liberation Front of Zembla\tXZB\tREB\tarmed_group",
]


def rows(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    return lines[2:]


def run(dump: Path, tmp_path: Path, **kw) -> tuple[Path, Path, object]:
    out = tmp_path / "wd.tsv"
    stats = build(dump, out, groups_path(out), **kw)
    return out, groups_path(out), stats


def jsonl(tmp_path: Path) -> Path:
    """The fixture as plain JSONL: no brackets, no trailing commas."""
    lines = [ln.rstrip().removesuffix(",") for ln in DUMP.read_text().splitlines()]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(ln for ln in lines if ln not in {"[", "]"}) + "\n")
    return path


def test_people_and_groups_from_json_array(tmp_path):
    people, groups, stats = run(DUMP, tmp_path)
    assert rows(people) == PEOPLE
    assert rows(groups) == GROUPS
    assert (stats.entities, stats.bad, stats.people, stats.terms, stats.groups) == (15, 0, 3, 5, 2)
    # the undated term, the mayoralty, the university post, the fictional president are gone
    assert stats.skipped == {"term without dates": 1}
    assert people.read_text().splitlines()[1] == "name\taliases\tiso3\tsector\trole\tstart\tend"
    assert groups_path(people).name == "wd.groups.tsv"


@pytest.mark.parametrize("kind", ["gz", "bz2", "jsonl"])
def test_compressed_and_jsonl_dumps_give_the_same_files(tmp_path, kind):
    if kind == "jsonl":
        dump = jsonl(tmp_path)
    else:
        dump = tmp_path / f"latest-all.json.{kind}"
        opener = gzip.open if kind == "gz" else bz2.open
        with opener(dump, "wb") as fh:
            fh.write(DUMP.read_bytes())
    people, groups, _ = run(dump, tmp_path)
    assert rows(people) == PEOPLE
    assert rows(groups) == GROUPS


def test_output_loads_and_resolves_people_by_date(nlp, tmp_path):
    people, groups, _ = run(DUMP, tmp_path / "")
    d = ActorDictionary.load([people, groups])
    doc = nlp("Marta Quill met the ZLF commanders in the capital on Tuesday.")

    def quill(when):
        m = next(m for m in d.annotate(doc, when).mentions if m.kind == "person")
        assert (m.actor.name, m.actor.type) == ("Marta Quill", "person")
        return m.actor.code

    assert quill(dt.date(2012, 6, 1)) == "XZBMIL"  # defence minister
    assert quill(dt.date(2017, 6, 1)) == "XZBGOV"  # president
    assert quill(dt.date(2023, 6, 1)) == "XZBELI"  # out of office
    group = next(m for m in d.annotate(doc, None).mentions if m.kind == "group")
    assert (group.actor.code, group.actor.country, group.actor.sector) == (
        "XZBREBZLF", "XZB", "REB")
    doc2 = nlp("Amani Odero spoke to reporters in Nairobi.")
    odero = next(m for m in d.annotate(doc2, dt.date(2019, 1, 1)).mentions if m.kind == "person")
    assert odero.actor.code == "KENGOV"


def test_since_and_countries_filters(tmp_path):
    people, groups, stats = run(DUMP, tmp_path, since=dt.date(2016, 1, 1))
    assert [r.split("\t")[4] for r in rows(people)] == [
        "Minister of Foreign Affairs of Kenya", "President of Zembla", "President of Zembla"]
    assert stats.skipped["term before --since"] == 2
    people, groups, _ = run(DUMP, tmp_path, countries={"XZB"})
    assert {r.split("\t")[2] for r in rows(people)} == {"XZB"}
    assert [r.split("\t")[0] for r in rows(groups)] == ["XZBREBZLF"]


def test_cli_reports_bad_lines_and_counts(tmp_path):
    lines = DUMP.read_text().splitlines()
    lines.insert(2, '{"type":"item","id":"Q1","claims":{"P279":[,]}},')  # line 3
    lines.insert(5, '{"type":"item","id":"Q2","labels":{"en":{"value":"Cut sh')  # line 6
    lines.insert(7, '{"type":"item","claims":{"P279":[]}},')  # no id: line 8
    dump = tmp_path / "broken.json"
    dump.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.tsv"
    result = CliRunner().invoke(wikidata_cmd, [str(dump), "-o", str(out), "--since",
                                               "2000-01-01"])
    assert result.exit_code == 0, result.output
    err = result.stderr.splitlines()
    assert err[0].startswith(f"eventwatch: {dump}:3: bad JSON")
    assert err[1] == f"eventwatch: {dump}:6: not a JSON object"
    assert err[2] == f"eventwatch: {dump}:8: not an entity (no \"id\")"
    assert "15 entities read, 3 bad lines" in err[3]
    assert "wrote 4 terms of 3 people and 2 groups" in err[3]
    assert out.exists() and (tmp_path / "out.groups.tsv").exists()
    ActorDictionary.load([out, tmp_path / "out.groups.tsv"])


def test_cli_errors_without_traceback(tmp_path):
    broken = tmp_path / "cut.json.gz"
    broken.write_bytes(gzip.compress(DUMP.read_bytes())[:700])
    result = CliRunner().invoke(wikidata_cmd, [str(broken), "-o", str(tmp_path / "o.tsv")])
    assert result.exit_code == 1
    assert f"{broken}:" in result.stderr and "cannot read dump" in result.stderr
    assert "Traceback" not in result.stderr
    result = CliRunner().invoke(wikidata_cmd, [str(DUMP), "-o", str(tmp_path / "o.tsv"),
                                               "--countries", "SY,IRQ"])
    assert result.exit_code == 2 and "not ISO3 codes: SY" in result.stderr


def test_group_codes_are_derived_and_unique():
    used = {"SYRREBFSA"}
    assert group_code("SYRREB", "Free Syrian Army", used) == "SYRREBFSB"
    assert group_code("NGAINS", "Boko Haram", used) == "NGAINSBHA"
    assert group_code("PSEINS", "Hamas", used) == "PSEINSHAM"
    assert group_code("PSEINS", "Hamas", used) == "PSEINSHAA"
    assert group_code("IMGINS", "al-Qaeda", used) == "IMGINSQAE"
    assert {"SYRREBFSB", "NGAINSBHA", "PSEINSHAM", "PSEINSHAA", "IMGINSQAE"} <= used


@pytest.mark.parametrize(("time", "precision", "last", "want"), [
    ("+2015-03-01T00:00:00Z", 11, False, dt.date(2015, 3, 1)),
    ("+2015-02-00T00:00:00Z", 10, True, dt.date(2015, 2, 28)),
    ("+1999-00-00T00:00:00Z", 9, False, dt.date(1999, 1, 1)),
    ("+1999-00-00T00:00:00Z", 9, True, dt.date(1999, 12, 31)),
    ("+1900-00-00T00:00:00Z", 7, False, None),  # century: too vague
    ("-0044-03-15T00:00:00Z", 11, False, None),  # BCE
])
def test_wikidata_time_values(time, precision, last, want):
    assert _time({"time": time, "precision": precision}, last) == want
