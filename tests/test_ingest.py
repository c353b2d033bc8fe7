"""Tests for eventwatch.ingest: every input format, and how bad input is reported."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwatch.ingest import Problems, parse_date, read_articles

FIX = Path(__file__).parent / "fixtures" / "ingest"


def read(inputs, capsys=None, **kwargs):
    """(articles, problems, stderr lines) for ``inputs``."""
    problems = Problems()
    articles = list(read_articles([str(i) for i in inputs], problems=problems, **kwargs))
    lines = capsys.readouterr().err.splitlines() if capsys is not None else []
    return articles, problems, lines


# --- plain text ---------------------------------------------------------------------------


def test_txt_date_marker_inline(capsys):
    (art,), problems, lines = read([FIX / "inline_date.txt"], capsys)
    assert art.id == "inline_date"
    assert art.date == dt.date(2020, 2, 28)
    assert art.text.startswith("Turkish officials said artillery units shelled")
    assert "date 2020" not in art.text
    assert art.origin.endswith("inline_date.txt")
    assert (problems.read, problems.files, problems.skipped, lines) == (1, 1, 0, [])


def test_txt_date_marker_on_own_line():
    (art,), _, _ = read([FIX / "own_line_date.txt"])
    assert art.date == dt.date(2021, 5, 3)
    assert art.text == (
        "The foreign minister of Kenya met his Ugandan counterpart in Kampala to discuss trade."
    )


def test_txt_without_marker_has_no_date_and_crlf_normalised(capsys):
    (art,), problems, lines = read([FIX / "undated.txt"], capsys)
    assert art.date is None
    assert "\r" not in art.text
    assert art.text.split("\n")[1] == "Police used tear gas to disperse the crowd."
    assert problems.skipped == 0 and lines == []


def test_txt_gz_and_control_characters(tmp_path):
    path = tmp_path / "wire.txt.gz"
    body = b"The\x00 mayor of the northern city resigned\x07 on Monday after the vote.\x1b\n"
    path.write_bytes(gzip.compress(b"date 2018-07-09\n" + body))
    (art,), _, _ = read([path])
    assert (art.id, art.date) == ("wire", dt.date(2018, 7, 9))
    assert art.text == "The mayor of the northern city resigned on Monday after the vote."


def test_txt_bad_marker_date_and_empty_file(tmp_path, capsys):
    (tmp_path / "bad.txt").write_text("date 2020-13-45 Something happened.\n")
    (tmp_path / "empty.txt").write_text("  \n\n")
    arts, problems, lines = read([tmp_path / "bad.txt", tmp_path / "empty.txt"], capsys)
    assert arts == []
    assert lines == [
        f"eventwatch: skipped {tmp_path / 'bad.txt'}: unparseable date '2020-13-45'",
        f"eventwatch: skipped {tmp_path / 'empty.txt'}: no text",
    ]
    assert (problems.skipped, problems.files) == (2, 2)


def test_latin1_file_is_decoded(tmp_path):
    text = "Le président a déclaré à Genève que les négociations reprendraient lundi."
    path = tmp_path / "genève.txt"
    path.write_bytes(text.encode("latin-1"))
    (art,), problems, _ = read([path])
    assert art.text == text
    assert problems.skipped == 0


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2022-01-02 São Tomé held elections.".encode())
    (art,), _, _ = read([path])
    assert (art.date, art.text) == (dt.date(2022, 1, 2), "São Tomé held elections.")


def test_binary_junk_is_one_skip_line(tmp_path, capsys):
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    arts, problems, lines = read([path], capsys)
    assert arts == []
    assert lines == [f"eventwatch: skipped {path}: binary file, not text"]
    assert problems.skipped == 1


# --- JSON -----------------------------------------------------------------------------------


def test_jsonl_good_lines_survive_bad_ones(capsys):
    arts, problems, lines = read([FIX / "corpus.jsonl"], capsys)
    assert [a.id for a in arts] == ["a1", "a2", "corpus:4", "7"]
    first = arts[0]
    assert (first.date, first.title, first.source, first.url) == (
        dt.date(2022, 3, 1), "Ceasefire talks", "Example Wire", "https://example.org/a1"
    )
    assert arts[1].date == dt.date(2022, 3, 2)  # ISO datetime with offset: date as written
    assert arts[2].date == dt.date(2022, 3, 3)  # RFC 2822
    assert arts[2].origin.endswith("corpus.jsonl:4")
    name = FIX / "corpus.jsonl"
    assert lines == [
        f"eventwatch: skipped {name}:3: invalid JSON (Expecting ',' delimiter)",
        f"eventwatch: skipped {name}:6: unparseable date '31/31/2020'",
        f"eventwatch: skipped {name}:7: missing or empty text ('text')",
        f"eventwatch: skipped {name}:8: not a JSON object (found list)",
    ]
    assert (problems.read, problems.skipped, problems.files) == (4, 4, 1)
    assert problems.summary() == "read 4 articles from 1 file; skipped 4"


def test_json_array_and_pretty_printed(tmp_path, capsys):
    items = [{"id": f"j{i}", "date": "2020-01-0" + str(i), "text": f"Story {i}."} for i in (1, 2)]
    (tmp_path / "arr.json").write_text(json.dumps(items + [5], indent=2))
    (tmp_path / "one.ndjson").write_text(json.dumps(items[0], indent=2) + "\n")
    arts, problems, lines = read([tmp_path / "arr.json", tmp_path / "one.ndjson"], capsys)
    assert [(a.id, a.date) for a in arts] == [
        ("j1", dt.date(2020, 1, 1)), ("j2", dt.date(2020, 1, 2)), ("j1", dt.date(2020, 1, 1))
    ]
    name = tmp_path / "arr.json"
    assert lines == [f"eventwatch: skipped {name}:12: not a JSON object (found int)"]


def test_json_array_streams_across_chunks(tmp_path, monkeypatch):
    import eventwatch.ingest.jsonl as jsonl

    monkeypatch.setattr(jsonl, "CHUNK", 7)  # force many chunk boundaries inside values
    items = [{"id": i, "text": f"Report {i} on the summit.", "n": 12345} for i in range(30)]
    (tmp_path / "a.json").write_text(json.dumps(items))
    arts, problems, _ = read([tmp_path / "a.json"])
    assert [a.id for a in arts] == [str(i) for i in range(30)]
    assert problems.skipped == 0


def test_json_array_cut_off(tmp_path, capsys):
    (tmp_path / "cut.json").write_text('[{"id": "x", "text": "Kept."},\n{"id": "y", "te')
    arts, _, lines = read([tmp_path / "cut.json"], capsys)
    assert [a.id for a in arts] == ["x"]
    assert lines == [f"eventwatch: skipped {tmp_path / 'cut.json'}:2: invalid JSON "
                     "(Unterminated string starting at)"]


def test_json_layout_does_not_hinge_on_the_first_line(tmp_path, capsys):
    good = [json.dumps({"id": f"k{i}", "text": f"Envoys met in round {i}."}) for i in (1, 2)]
    (tmp_path / "lines.json").write_text("\n".join(['{"id": "k0", "te', *good]) + "\n")
    (tmp_path / "one.jsonl").write_text(json.dumps([{"id": "x", "text": "A list."}]) + "\n"
                                        + good[0] + "\n")
    (tmp_path / "tall.jsonl").write_text(json.dumps([{"id": "t", "text": "Tall."}], indent=1))
    names = ["lines.json", "one.jsonl", "tall.jsonl"]
    arts, problems, lines = read([tmp_path / n for n in names], capsys)
    assert [a.id for a in arts] == ["k1", "k2", "k1", "t"]
    assert lines == [
        f"eventwatch: skipped {tmp_path / 'lines.json'}:1: invalid JSON "
        "(Unterminated string starting at)",
        f"eventwatch: skipped {tmp_path / 'one.jsonl'}:1: not a JSON object (found list)",
    ]


def test_control_only_text_and_lone_surrogates(tmp_path, capsys):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "c", "text": "\\u0000\\u0007 \\u009f"}\n'
                    '{"id": "s\\udc00", "text": "Troops \\ud800left.", "title": "T\\udfff"}\n')
    arts, problems, lines = read([path], capsys)
    assert [(a.id, a.text, a.title) for a in arts] == [
        ("s\ufffd", "Troops \ufffdleft.", "T\ufffd")]
    assert lines == [f"eventwatch: skipped {path}:1: missing or empty text ('text')"]
    assert len(arts[0].text_hash) > 10  # the hash encodes the text as UTF-8: no error


def test_jsonl_gz_truncated_keeps_what_was_read(tmp_path, capsys):
    body = "".join(
        json.dumps({"id": f"g{i}", "text": f"Item {i} " + "x" * 200 * i}) + "\n" for i in range(60)
    )
    data = gzip.compress(body.encode())
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    arts, problems, lines = read([path], capsys)
    assert 0 < len(arts) < 60
    assert [a.id for a in arts] == [f"g{i}" for i in range(len(arts))]
    assert len(lines) == 1 and lines[0].startswith(f"eventwatch: skipped {path}: read error (")
    assert lines[0].endswith("rest of the file skipped")


# --- CSV / TSV ------------------------------------------------------------------------------

MAPPING = {
    "id": "doc", "date": "published", "title": "headline", "text": "body", "source": "outlet"
}


def test_csv_with_columns_mapping(capsys):
    arts, problems, lines = read([FIX / "articles.csv"], capsys, columns=MAPPING)
    assert [a.id for a in arts] == ["c1", "c2"]
    assert arts[0].title == "Strike ends" and arts[0].source == "Harbour News"
    assert arts[1].date == dt.date(2019, 11, 21)
    assert arts[1].text == "The army said two soldiers were wounded\nin a clash near the river."
    assert arts[1].title is None
    name = FIX / "articles.csv"
    assert lines == [f"eventwatch: skipped {name}:5: missing or empty text ('body')"]


def test_csv_default_aliases_find_body_and_headline():
    arts, _, _ = read([FIX / "articles.csv"])  # no mapping: "body", "headline" are aliases
    assert [(a.id, a.title) for a in arts] == [("articles:2", "Strike ends"), ("articles:3", None)]


def test_csv_without_text_column_is_a_file_error(tmp_path, capsys):
    path = tmp_path / "summaries.csv"
    path.write_text("id,date,summary\nx1,2020-01-01,Short summary only.\n")
    arts, problems, lines = read([path], capsys)
    assert arts == []
    assert lines == [
        f"eventwatch: skipped {path}: no text column (columns: id, date, summary); "
        "use a columns mapping"
    ]
    assert problems.skipped == 1


def test_csv_mapped_column_missing(capsys):
    arts, _, lines = read([FIX / "articles.csv"], capsys, columns={"text": "content"})
    assert arts == []
    assert "column(s) not in header: text='content'" in lines[0]


def test_tsv_default_header_and_large_field(tmp_path):
    big = "The council met again. " * 20000  # > csv's default 128 KB field limit
    path = tmp_path / "feed.tsv"
    path.write_text(f"id\tdate\ttitle\ttext\tsource\turl\nt1\t2024-02-29\tLeap\t{big}\tWire\t\n")
    (art,), problems, _ = read([path])
    assert (art.id, art.date, art.title, art.source, art.url) == (
        "t1", dt.date(2024, 2, 29), "Leap", "Wire", None
    )
    assert len(art.text) == len(big.strip())


def test_unknown_column_field_is_rejected_at_once():
    with pytest.raises(ValueError, match="unknown field"):
        read_articles(["x.csv"], columns={"body": "text"})


# --- HTML -----------------------------------------------------------------------------------


def test_html_page(capsys):
    (art,), problems, lines = read([FIX / "page.html"], capsys)
    assert art.id == "page"
    assert art.title == "Envoys meet in Geneva"
    assert art.date == dt.date(2023, 6, 14)
    assert art.url == "https://daily.example.com/world/envoys-geneva"
    assert art.source == "Example Daily"
    assert art.text.startswith("Envoys from Armenia and Azerbaijan met in Geneva")
    assert "Copyright" not in art.text and "Sport" not in art.text
    assert lines == []


# --- WARC -----------------------------------------------------------------------------------

PAGE = """<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>
<p>{body}</p><p>Officials said further meetings were planned for the coming weeks.</p>
</article></body></html>"""


def build_warc(path: Path, gz: bool) -> None:
    """Two HTML responses (one dated in its metadata), a JSON response and a request."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        pages = [
            ("Border reopens", '<meta name="date" content="2017-04-12">',
             "Authorities reopened the border crossing with Chile after a week of closure."),
            ("Minister resigns", "", "The interior minister resigned after weeks of protests."),
        ]
        for n, (title, meta, body) in enumerate(pages):
            html = PAGE.format(title=title, meta=meta, body=body).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example.net/{n}", "response", payload=io.BytesIO(html),
                http_headers=headers, warc_headers_dict={"WARC-Date": "2017-05-01T12:00:00Z"},
            )
            writer.write_record(record)
            if n == 0:
                api = StatusAndHeaders(
                    "200 OK", [("Content-Type", "application/json")], protocol="HTTP/1.1"
                )
                writer.write_record(writer.create_warc_record(
                    "https://news.example.net/api", "response",
                    payload=io.BytesIO(b'{"ok": true}'), http_headers=api,
                ))
                writer.write_record(writer.create_warc_record(
                    "https://news.example.net/1", "request", payload=io.BytesIO(b"GET /1\r\n\r\n")
                ))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses(tmp_path, capsys, name):
    path = tmp_path / name
    build_warc(path, gz=name.endswith(".gz"))
    arts, problems, lines = read([path], capsys)
    assert lines == []
    assert [a.title for a in arts] == ["Border reopens", "Minister resigns"]
    first, second = arts
    assert first.date == dt.date(2017, 4, 12)  # page metadata wins
    assert second.date == dt.date(2017, 5, 1)  # else WARC-Date
    assert first.url == "https://news.example.net/0"
    assert first.id.startswith("urn:uuid:") and first.id != second.id
    assert first.text.startswith("Authorities reopened the border crossing")
    assert first.origin == f"{path}#record 1"
    assert second.origin == f"{path}#record 4"
    assert (problems.read, problems.skipped) == (2, 0)


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_truncated_warc_keeps_what_was_read(tmp_path, capsys, name):
    full = tmp_path / ("full" + name[3:])
    build_warc(full, gz=name.endswith(".gz"))
    data = full.read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) - 150])  # cut inside the last page
    arts, problems, lines = read([path], capsys)
    assert [a.title for a in arts] == ["Border reopens"]
    assert len(lines) == 1
    assert lines[0].startswith(f"eventwatch: skipped {path}#record 4: ")
    assert "truncated" in lines[0]


# --- directories, stdin, missing files ------------------------------------------------------


def test_directory_recursive_sorted_and_filtered(tmp_path, capsys):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story.")
    (tmp_path / "a.txt").write_text("First story.")
    (tmp_path / "c.jsonl").write_text('{"id": "c", "text": "Third story."}\n')
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden story.")
    (tmp_path / ".dot.txt").write_text("Hidden file.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    arts, problems, lines = read([tmp_path], capsys)
    assert [a.text for a in arts] == ["First story.", "Second story.", "Third story."]
    assert lines == []
    assert (problems.files, problems.ignored) == (3, 1)
    assert problems.summary() == (
        "read 3 articles from 3 files; skipped 0; ignored 1 file of unknown type"
    )


def test_missing_and_unsupported_files_do_not_stop_the_run(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text("A story.")
    (tmp_path / "data.xml").write_text("<x/>")
    missing = tmp_path / "gone.jsonl"
    arts, problems, lines = read([missing, tmp_path / "data.xml", tmp_path / "ok.txt"], capsys)
    assert [a.text for a in arts] == ["A story."]
    assert lines == [
        f"eventwatch: skipped {missing}: no such file",
        f"eventwatch: skipped {tmp_path / 'data.xml'}: unsupported file type '.xml'",
    ]
    assert (problems.skipped, problems.read) == (2, 1)


def test_stdin_jsonl(monkeypatch, capsys):
    data = '\n{"id": "s1", "text": "Talks collapsed."}\nnot json\n{"text": "Troops withdrew."}\n'
    monkeypatch.setattr(sys, "stdin", io.StringIO(data))
    arts, _, lines = read(["-"], capsys)
    assert [(a.id, a.text) for a in arts] == [
        ("s1", "Talks collapsed."), ("stdin:4", "Troops withdrew.")
    ]
    assert lines == ["eventwatch: skipped stdin:3: invalid JSON (Expecting value)"]


def test_stdin_text_bytes(monkeypatch):
    text = "date 2019-09-09 Les ministres se sont réunis à Genève mercredi.\r\n"
    raw = io.BytesIO(text.encode("latin-1"))  # not UTF-8: decoded from sys.stdin.buffer
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
    (art,), problems, _ = read(["-"])
    assert (art.id, art.date) == ("stdin", dt.date(2019, 9, 9))
    assert art.text == "Les ministres se sont réunis à Genève mercredi."
    assert problems.files == 1


def test_problems_quiet_and_stream():
    out = io.StringIO()
    problems = Problems(stream=out)
    problems.skip("x.jsonl:2", "invalid JSON\n(detail)")
    quiet = Problems(stream=out, quiet=True)
    quiet.skip("y", "z")
    assert out.getvalue() == "eventwatch: skipped x.jsonl:2: invalid JSON (detail)\n"
    assert (problems.skipped, quiet.skipped) == (1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-02-28", dt.date(2020, 2, 28)),
        ("2020-02-28T23:30:00-05:00", dt.date(2020, 2, 28)),
        ("Fri, 28 Feb 2020 10:00:00 +0000", dt.date(2020, 2, 28)),
        ("28 February 2020", dt.date(2020, 2, 28)),
        ("Feb 28, 2020", dt.date(2020, 2, 28)),
        ("31/31/2020", None),
        ("03/04/2020", None),  # ambiguous day/month order: refused
        ("1850-01-01", None),
        ("2101-01-01", None),
        ("soon", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected
