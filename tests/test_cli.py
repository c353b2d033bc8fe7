"""End to end: the CLI on articles written for these tests."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from eventwatch.cli import main
from eventwatch.records import EVENT_KEYS

ARTICLE = (
    " date 2021-06-11 Syrian government forces shelled Turkish troops near Idlib on Thursday, "
    "killing four soldiers, the Turkish defence ministry said.\n\n"
    "Russia did not attack the convoy. Will NATO send help to Ankara?\n\n"
    "Germany and France signed a trade agreement in Berlin on Wednesday.\n"
)


@pytest.fixture()
def article(tmp_path):
    p = tmp_path / "idlib-report.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_code_jsonl_emits_schema_complete_records(article):
    res = run("code", str(article), "--format", "jsonl")
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines, res.stderr
    for ev in lines:
        assert tuple(ev) == EVENT_KEYS
        assert ev["article_id"] == "idlib-report"
        assert ev["modality"] == "asserted"
    attack = [e for e in lines if e["cameo_root"] in ("18", "19")]
    assert attack, lines
    ev = attack[0]
    assert ev["source"]["country"] == "SYR" and ev["target"]["country"] == "TUR"
    assert ev["target"]["sector"] == "MIL"
    assert ev["quad_class"] == 4 and ev["plover"] == "ASSAULT"
    assert ev["date"] == "2021-06-10" and ev["date_precision"] == "day"
    assert ev["location"]["name"].startswith("Idlib")
    assert ev["fatalities"] == 4
    assert ev["attribution"]["code"].startswith("TUR")
    deal = [e for e in lines if e["cameo_root"] == "05" or e["plover"] == "AGREE"]
    assert deal and deal[0]["source"]["country"] == "DEU"
    assert deal[0]["target"]["country"] == "FRA"


def test_all_modalities_adds_the_negated_and_question_events(article):
    lines = [json.loads(x) for x in
             run("code", str(article), "--all-modalities").stdout.splitlines()]
    mods = {e["modality"] for e in lines}
    assert {"asserted", "negated", "question"} <= mods


def test_code_csv_has_the_schema_header(article):
    res = run("code", str(article), "--format", "csv")
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert tuple(rows[0]) == EVENT_KEYS and len(rows) > 1


def test_code_reads_stdin_jsonl():
    line = json.dumps({"id": "s1", "date": "2022-03-02",
                       "text": "Ukrainian forces attacked Russian troops near Kharkiv."})
    res = run("code", "-", input=line + "\n")
    evs = [json.loads(x) for x in res.stdout.splitlines()]
    assert evs and evs[0]["source"]["country"] == "UKR" and evs[0]["target"]["country"] == "RUS"


def test_nothing_readable_exits_non_zero(tmp_path):
    res = run("code", str(tmp_path / "missing.jsonl"))
    assert res.exit_code != 0
    assert "missing.jsonl" in res.stderr
    assert "Traceback" not in res.stderr


def test_ingest_query_export_and_stats(article, tmp_path):
    db = str(tmp_path / "ew.duckdb")
    res = run("ingest", str(article), "--db", db)
    assert res.exit_code == 0, res.stderr
    assert "1 new" in res.stderr
    again = run("ingest", str(article), "--db", db)
    assert "0 new" in again.stderr and "1 unchanged" in again.stderr
    out = run("events", "--db", db, "--dyad", "SYR", "TUR", "--format", "jsonl")
    evs = [json.loads(x) for x in out.stdout.splitlines()]
    assert evs and all({e["source"]["country"], e["target"]["country"]} == {"SYR", "TUR"}
                       for e in evs)
    assert run("events", "--db", db, "--cameo-root", "20", "--format", "jsonl").stdout == ""
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert stats["articles"] == 1 and stats["events"] >= 2
    for fmt, name in [("jsonl", "e.jsonl"), ("csv", "e.csv"), ("parquet", "e.parquet"),
                      ("gdelt", "e.gdelt.tsv"), ("icews", "e.icews.tsv")]:
        path = tmp_path / name
        res = run("export", "--db", db, "--format", fmt, "-o", str(path))
        assert res.exit_code == 0, res.stderr
        assert path.stat().st_size > 0
    gdelt = (tmp_path / "e.gdelt.tsv").read_text().splitlines()
    header = gdelt[0].split("\t")
    assert header[:2] == ["GLOBALEVENTID", "SQLDATE"] and len(header) == 61
    row = dict(zip(header, gdelt[1].split("\t"), strict=True))
    assert row["EventRootCode"] in ("18", "19") or row["EventCode"]
    icews = (tmp_path / "e.icews.tsv").read_text().splitlines()
    assert icews[0].startswith("Event ID\tEvent Date\tSource Name")
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "e.parquet").num_rows == len(
        (tmp_path / "e.jsonl").read_text().splitlines())


def test_query_on_missing_db_is_one_clear_line(tmp_path):
    res = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert res.exit_code == 1
    assert res.stderr.strip().startswith("eventwatch:") and "Traceback" not in res.stderr


def test_actors_lookup_explains_the_resolution():
    res = run("actors", "lookup", "the Moscow-backed Assad regime", "--date", "2020-02-28")
    assert res.exit_code == 0
    assert "match  'Assad'" in res.stdout and "-> SYRGOV" in res.stdout.splitlines()[-1]


def test_user_actor_file_extends_the_dictionary(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("code\tname\taliases\tcountry\tsector\ttype\n"
                     "ZZZREBQRF\tQuartz River Front\tQRF\tCOD\tREB\tarmed_group\n",
                     encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("date 2024-05-02 The Quartz River Front attacked Congolese soldiers "
                       "near Bunia on Tuesday.", encoding="utf-8")
    evs = [json.loads(x) for x in
           run("code", str(article), "--actors", str(extra)).stdout.splitlines()]
    assert evs and evs[0]["source"]["code"] == "ZZZREBQRF"
    assert evs[0]["target"]["code"] == "CODMIL"


def test_bad_actor_file_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("this is not a header\nfoo\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Kenya and Uganda signed a trade deal.", encoding="utf-8")
    res = run("code", str(article), "--actors", str(bad))
    assert res.exit_code == 1
    assert "bad.tsv" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_bad_actor_file_with_workers_is_one_clear_line(tmp_path, command):
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\taliases\tiso3\tsector\trole\tstart\tend\n"
                   "X\t\tKEN\tGOV\tMinister\t2020-13-01\t\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Kenya and Uganda signed a trade deal.", encoding="utf-8")
    extra = ["--db", str(tmp_path / "w.duckdb")] if command == "ingest" else []
    res = run(command, str(article), "--workers", "2", "--actors", str(bad), *extra)
    assert res.exit_code == 1
    assert "bad.tsv:2" in res.stderr and "Traceback" not in res.stderr
