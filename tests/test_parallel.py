"""code_parallel: same events in the same order as the in-process pipeline, bounded reading."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.parallel import code_parallel
from eventwatch.pipeline import Pipeline
from eventwatch.records import Article

SENTENCES = [
    "Turkish troops attacked Kurdish rebels near Mosul on Monday.",
    "The Iranian foreign minister met his Iraqi counterpart in Baghdad.",
    "Police in Nairobi arrested twelve protesters outside parliament.",
    "Russia accused Ukraine of shelling a village near Belgorod.",
    "The United Nations sent food aid to refugees in Chad.",
    "Israeli aircraft struck targets in southern Lebanon overnight, killing three people.",
    "Pakistan and India agreed to reopen talks on water sharing.",
]


def make_articles(n: int) -> list[Article]:
    arts = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3))
        arts.append(Article(id=f"p{i:03d}", text=text, date=dt.date(2024, 3, 1 + i % 28),
                            source="Test Wire"))
    return arts


@pytest.fixture(scope="module")
def expected(nlp):
    arts = make_articles(40)
    return arts, [[e.to_dict() for e in evs] for _, evs in Pipeline().code(arts)]


def test_two_workers_match_in_process_order_and_events(expected):
    arts, want = expected
    got = list(code_parallel(iter(arts), 2, chunk=3))
    assert [a.id for a, _ in got] == [a.id for a in arts]
    assert [[e.to_dict() for e in evs] for _, evs in got] == want
    assert sum(map(len, want)) > 20  # the corpus really yields events


def test_one_worker_is_in_process(expected):
    arts, want = expected
    got = list(code_parallel(arts[:10], 1))
    assert [[e.to_dict() for e in evs] for _, evs in got] == want[:10]


def test_reading_is_bounded():
    pulled = 0

    def stream():
        nonlocal pulled
        for a in make_articles(200):
            pulled += 1
            yield a

    gen = code_parallel(stream(), 2, chunk=4)
    first, _ = next(gen)
    assert first.id == "p000"
    assert pulled <= (2 * 2 + 1) * 4  # at most 2 * workers chunks in flight, plus one
    gen.close()
    assert pulled < 200


def test_empty_input_starts_no_pool():
    assert list(code_parallel(iter([]), 2)) == []


def test_bad_actor_file_is_reported(tmp_path):
    bad = tmp_path / "actors.tsv"
    bad.write_text("this is not a header\n", encoding="utf-8")
    with pytest.raises(ValueError, match="actors.tsv"):
        list(code_parallel(make_articles(3), 2, actor_files=[bad]))
