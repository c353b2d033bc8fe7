"""Property and fuzz tests of every reader: arbitrary bytes and Unicode, control characters,
empty, binary and megabyte inputs, truncated gzip and WARC, malformed JSON/CSV/HTML and dates
out of range. A reader never raises, never hangs (each case is time-bound), reports each bad
record with one line naming the file, and loses nothing that it accepts."""

from __future__ import annotations

import csv
import functools
import gzip
import io
import json
import os
import re
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwatch.ingest import Problems, read_articles

from .conftest import record, time_bound

FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
LIMIT = 10  # seconds per case
KINDS = ["txt", "jsonl", "json", "csv", "tsv", "html", "warc", "txt.gz", "jsonl.gz", "csv.gz",
         "warc.gz"]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=300)
WEIRD = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                              blacklist_categories=["Cs"]), max_size=200)


def read(path) -> tuple[list, list[str], Problems]:
    out = io.StringIO()
    problems = Problems(stream=out)
    with time_bound(LIMIT, f"reading {path}"):
        articles = list(read_articles([str(path)], problems=problems))
    lines = out.getvalue().splitlines()
    return articles, lines, problems


def check(path, articles, lines, problems) -> None:
    """The invariants every reader keeps, whatever the input."""
    assert problems.skipped == len(lines)
    for line in lines:
        assert line.startswith(f"eventwatch: skipped {path}"), line
        assert "Traceback" not in line
    for a in articles:
        assert a.id and a.text.strip(), a
        assert not CONTROL.search(a.text), repr(a.text[:80])
        assert a.date is None or 1900 <= a.date.year <= 2100
        a.text.encode("utf-8")  # storable: no lone surrogates
        a.id.encode("utf-8")


def write(path, data: bytes):
    if str(path).endswith(".gz"):
        data = gzip.compress(data)
    path.write_bytes(data)


@pytest.mark.parametrize("kind", KINDS)
@FUZZ
@given(data=st.binary(max_size=2000))
@example(data=b"")
@example(data=b"\x00" * 100)
@example(data=b"\xff\xfe\x00\x00garbage")
def test_arbitrary_bytes_never_crash(kind, data, tmp_path):
    path = tmp_path / f"in.{kind}"
    write(path, data)
    check(path, *read(path))
    record("fuzz_readers", inputs=1)


@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv", "html"])
@FUZZ
@given(text=WEIRD)
def test_arbitrary_unicode_and_controls(kind, text, tmp_path):
    path = tmp_path / f"in.{kind}"
    if kind == "jsonl":
        data = json.dumps({"id": "a", "text": text}).encode()
    elif kind == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerows([["id", "text"], ["a", text]])
        data = buf.getvalue().encode()
    elif kind == "html":
        data = f"<html><head><title>{text[:20]}</title></head><body><p>{text}</p></body></html>"
        data = data.encode()
    else:
        data = text.encode()
    write(path, data)
    articles, lines, problems = read(path)
    check(path, articles, lines, problems)
    assert len(articles) + len(lines) >= (1 if kind != "html" else 0)
    record("fuzz_readers", inputs=1)


RECORD = st.fixed_dictionaries({
    "text": st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]),
                    min_size=1, max_size=120).filter(lambda t: t.strip()),
    "title": st.none() | st.text(max_size=30),
})
GARBAGE = st.sampled_from(["{", "{\"text\": }", "[1, 2", "nul\x00l", "{\"id\": 5",
                           "\"just a string\"", "42", "{\"text\": 12}", "{\"text\": \"\"}"])


@FUZZ
@given(records=st.lists(RECORD, min_size=1, max_size=12),
       bad=st.lists(st.tuples(st.integers(0, 12), GARBAGE), max_size=5))
def test_jsonl_keeps_every_good_record_and_reports_every_bad_line(records, bad, tmp_path):
    lines = [json.dumps({"id": f"r{i}", **r}) for i, r in enumerate(records)]
    for pos, junk in sorted(bad, reverse=True):
        lines.insert(min(pos, len(lines)), junk)  # a bad first line too
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    assert [a.id for a in articles] == [f"r{i}" for i in range(len(records))]
    assert [a.text for a in articles] == [r["text"].strip() for r in records]
    assert problems.skipped == len(bad)
    record("fuzz_readers", inputs=1, bad_records_reported=len(bad))


@FUZZ
@given(records=st.lists(RECORD, min_size=1, max_size=12), delimiter=st.sampled_from([",", "\t"]))
def test_csv_round_trip_loses_nothing(records, delimiter, tmp_path):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(["id", "title", "text"])
    for i, r in enumerate(records):
        w.writerow([f"r{i}", r["title"] or "", r["text"]])
    path = tmp_path / ("t.csv" if delimiter == "," else "t.tsv")
    path.write_text(buf.getvalue(), encoding="utf-8")
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    assert [a.id for a in articles] == [f"r{i}" for i in range(len(records))]
    assert [a.text for a in articles] == [r["text"].replace("\r\n", "\n").replace("\r", "\n")
                                          .strip() for r in records]
    record("fuzz_readers", inputs=1)


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "2023-02-30", "1899-12-31",
                                   "2101-01-01", "-5", "yesterday", 1e308, 10**30, True,
                                   [2023, 1, 1], {"y": 2023}])
def test_dates_out_of_range_skip_that_record_only(value, tmp_path):
    path = tmp_path / "dates.jsonl"
    path.write_text(json.dumps({"id": "bad", "date": value, "text": "Police arrested a man."})
                    + "\n" + json.dumps({"id": "good", "date": "2023-05-01", "text": "Fine."})
                    + "\n", encoding="utf-8")
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    assert [a.id for a in articles if a.id == "good"] == ["good"]
    if not any(a.id == "bad" for a in articles):
        assert len(out) == 1 and ":1:" in out[0]
    record("fuzz_readers", inputs=1)


MEGA = "Turkish troops shelled Syrian positions near the border. " * 18_000  # ~1 MB
TOKENS = " ".join(["troops"] * 10_000)


@pytest.mark.parametrize("kind", ["txt", "jsonl", "json", "csv", "html", "txt.gz"])
@pytest.mark.parametrize("body", ["megabyte line", "10,000-token sentence"])
def test_huge_single_line_is_read_whole(kind, body, tmp_path):
    text = MEGA.strip() if body == "megabyte line" else TOKENS
    path = tmp_path / f"big.{kind}"
    if kind.startswith("jsonl") or kind == "json":
        data = json.dumps({"id": "big", "text": text}) + "\n"
        data += json.dumps({"id": "next", "text": "Small one."}) + "\n"
        if kind == "json":
            data = "[" + data.replace("\n", ",", 1).rstrip() + "]"
    elif kind == "csv":
        data = f"id,text\nbig,{text}\nnext,Small one.\n"
    elif kind == "html":
        data = f"<html><body><article><p>{text}</p></article></body></html>"
    else:
        data = text
    write(path, data.encode())
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    assert not out
    assert articles[0].text.split() == text.split()
    if kind in ("jsonl", "json", "csv"):
        assert articles[1].id == "next"
    record("fuzz_readers", inputs=1, megabytes_read=round(len(data) / 1e6, 2))


def _gz_jsonl(n=400) -> bytes:
    return gzip.compress("".join(json.dumps({"id": f"g{i}", "text": f"Article number {i}."})
                                 + "\n" for i in range(n)).encode())


@FUZZ
@given(cut=st.floats(0.0, 0.999))
def test_truncated_gzip_keeps_the_head_and_reports_once(cut, tmp_path):
    full = _gz_jsonl()
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(full[: int(len(full) * cut)])
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    assert len(out) == 1  # exactly one line for the cut-off file
    assert [a.id for a in articles] == [f"g{i}" for i in range(len(articles))]
    record("fuzz_readers", inputs=1)


@functools.cache  # built once: record ids and dates are random, the examples must not be
def _warc(n: int, gz: bool) -> tuple[bytes, list[int]]:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    ends = []
    for i in range(n):
        html = (f"<html><head><title>Story {i}</title></head><body><article><p>Ethiopian and "
                f"Eritrean envoys met in Nairobi on day {i} to discuss the border.</p><p>"
                f"Officials said talks would continue next week.</p></article></body></html>")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://example.org/story/{i}", "response",
                                        payload=io.BytesIO(html.encode()), http_headers=http)
        writer.write_record(rec)
        ends.append(buf.tell())
    return buf.getvalue(), ends


@pytest.mark.parametrize("gz", [False, True])
@settings(FUZZ, max_examples=15)
@given(cut=st.integers(0, 10_000), flip=st.none() | st.integers(0, 10_000))
def test_truncated_or_corrupt_warc(gz, cut, flip, tmp_path):
    data, ends = _warc(6, gz)
    cut = cut % (len(data) + 1)
    data = bytearray(data[:cut])
    if flip is not None and data:
        data[flip % len(data)] ^= 0xFF
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    path.write_bytes(bytes(data))
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    complete = [e for e in ends if e <= cut]
    if flip is None:
        assert len(articles) == len(complete)  # every whole record before the cut is kept
        tail = cut - (complete[-1] if complete else 0)
        if tail > 64:  # the reader tolerates up to 64 stray bytes at the end
            assert len(out) == 1
    record("fuzz_readers", inputs=1)


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x00\x01\x02\x03" * 50,
                                  b"date: 2023-01-05\nKenyan police arrested two men.",
                                  b'{"id": "x", "text": "Kenya sent troops."}\n{oops\n',
                                  b'[{"id": "x", "text": "Kenya sent troops."}, 1]'])
def test_stdin(data, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = io.StringIO()
    problems = Problems(stream=out)
    with time_bound(LIMIT):
        articles = list(read_articles(["-"], problems=problems))
    lines = out.getvalue().splitlines()
    assert all(line.startswith("eventwatch: skipped stdin") for line in lines)
    for a in articles:
        assert a.text.strip() and not CONTROL.search(a.text)
    if b"Kenya" in data:
        assert len(articles) == 1
    record("fuzz_readers", inputs=1)


@pytest.mark.parametrize("name", ["x.json", "x.jsonl"])
def test_deeply_nested_json_is_one_skip_line(name, tmp_path):
    path = tmp_path / name
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000 + b"\n")
    articles, out, problems = read(path)
    assert not articles
    assert out == [f"eventwatch: skipped {path}:1: invalid JSON (nested too deeply)"]


def test_deep_record_among_good_lines_loses_only_that_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    deep = '{"id": "d", "text": "Deep.", "extra": ' + "[" * 5000 + "]" * 5000 + "}"
    good = json.dumps({"id": "g", "text": "Kenyan police arrested two men."})
    path.write_text("\n".join([good, deep, good.replace('"g"', '"h"')]) + "\n", encoding="utf-8")
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    assert [a.id for a in articles] == ["g", "h"] and len(out) == 1 and ":2:" in out[0]


@pytest.mark.parametrize("first", ["{", '{"id": "r0", "text": "cut off'])
def test_bad_first_jsonl_line_loses_only_that_line(first, tmp_path):
    path = tmp_path / "first.jsonl"
    good = [json.dumps({"id": f"r{i}", "text": f"Record {i}."}) for i in range(3)]
    path.write_text("\n".join([first, *good]) + "\n", encoding="utf-8")
    articles, out, problems = read(path)
    assert [a.id for a in articles] == ["r0", "r1", "r2"] and len(out) == 1
    assert out[0].startswith(f"eventwatch: skipped {path}:1: invalid JSON")


@pytest.mark.parametrize("name", ["p.json", "p.jsonl", "p.ndjson"])
def test_pretty_printed_objects_are_still_read_whole(name, tmp_path):
    path = tmp_path / name
    docs = [{"id": f"p{i}", "text": f"Talks resumed in round {i}.", "meta": {"n": i}}
            for i in range(3)]
    path.write_text("".join(json.dumps(d, indent=2) + "\n" for d in docs), encoding="utf-8")
    articles, out, problems = read(path)
    assert [a.id for a in articles] == ["p0", "p1", "p2"] and not out


def test_text_of_control_characters_only_is_skipped(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "x", "text": "\\u0000\\u0001"}\n', encoding="utf-8")
    articles, out, problems = read(path)
    assert not articles and out == [f"eventwatch: skipped {path}:1: missing or empty text ('text')"]


@pytest.mark.parametrize("field", ["text", "id"])
def test_lone_surrogate_in_json_is_replaced_or_skipped(field, tmp_path):
    rec = {"id": "s", "text": "Kenyan police arrested two men.", field: "bad \ud800 value"}
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    if articles:  # replaced, not dropped
        (article,) = articles
        assert "bad \ufffd value" in (article.text if field == "text" else article.id)
    else:
        assert len(out) == 1 and ":1:" in out[0]


@pytest.mark.parametrize("kind", ["txt", "csv", "html"])
def test_lone_surrogate_in_file_name_or_stdin_text_is_replaced(kind, tmp_path, monkeypatch):
    name = b"s\xff." + kind.encode()  # not UTF-8: the id (the file stem) gets a surrogate
    body = {"txt": b"Kenyan police arrested two men.",
            "csv": b"text\nKenyan police arrested two men.\n",
            "html": b"<html><body><article><p>Kenyan police arrested two men in Nairobi "
                    b"on Monday after clashes.</p></article></body></html>"}[kind]
    path = tmp_path / os.fsdecode(name)
    path.write_bytes(body)
    articles, out, problems = read(path)
    check(path, articles, out, problems)
    assert len(articles) == 1 and "\ufffd" in articles[0].id
    monkeypatch.setattr(sys, "stdin", io.StringIO("Police \udcff arrested two men."))
    with time_bound(LIMIT):
        (article,) = read_articles(["-"], problems=Problems(stream=io.StringIO()))
    assert article.text == "Police \ufffd arrested two men."


@pytest.mark.parametrize("gz", [False, True])
def test_every_cut_of_a_small_warc_keeps_whole_records_and_reports_the_rest(gz, tmp_path):
    """Truncation points all along the file, densest next to record ends: a cut-off gzip
    member whose text happens to be whole (only its trailer missing) is a truncated record
    too, and so is a header block cut before its Content-Length."""
    data, ends = _warc(2, gz)
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    near_ends = {e + d for e in ends for d in range(-9, 2)}  # where cut-offs hide
    for cut in sorted(set(range(0, len(data) + 1, 4)) | near_ends & set(range(len(data) + 1))):
        path.write_bytes(data[:cut])
        articles, out, problems = read(path)
        check(path, articles, out, problems)
        # a plain record is whole once its content is (the blank lines after it may be cut)
        complete = [e for e in ends if (e if gz else e - 4) <= cut]
        assert len(articles) == len(complete), cut
        tail = cut - (complete[-1] if complete else 0)
        if tail > 64:
            assert len(out) == 1, (cut, out)
        elif tail == 0:
            assert out == [], (cut, out)
