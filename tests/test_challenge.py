"""The challenge set in bench/challenge (wire-style sentences written for this project, one
PLOVER event each): well-formed, and the coder stays above the level it reached."""

from pathlib import Path

import pytest

from eventwatch.evaluate.plover import read_plv, score
from eventwatch.ontology import PLOVER_TYPES
from eventwatch.pipeline import Pipeline

CHALLENGE = Path(__file__).resolve().parent.parent / "bench" / "challenge" / "news_events.tsv"
CHALLENGE_2 = CHALLENGE.with_name("news_events_2.tsv")
CHALLENGE_3 = CHALLENGE.with_name("news_events_3.tsv")
CHALLENGE_4 = CHALLENGE.with_name("news_events_4.tsv")
CHALLENGE_5 = CHALLENGE.with_name("news_events_5.tsv")
CHALLENGE_6 = CHALLENGE.with_name("news_events_6.tsv")
CHALLENGE_7 = CHALLENGE.with_name("news_events_7.tsv")
CHALLENGE_8 = CHALLENGE.with_name("news_events_8.tsv")
CHALLENGE_9 = CHALLENGE.with_name("news_events_9.tsv")
CHALLENGE_10 = CHALLENGE.with_name("news_events_10.tsv")
CHALLENGE_11 = CHALLENGE.with_name("news_events_11.tsv")
CHALLENGE_12 = CHALLENGE.with_name("news_events_12.tsv")
CHALLENGE_13 = CHALLENGE.with_name("news_events_13.tsv")
CHALLENGE_14 = CHALLENGE.with_name("news_events_14.tsv")
CHALLENGE_15 = CHALLENGE.with_name("news_events_15.tsv")
CHALLENGE_16 = CHALLENGE.with_name("news_events_16.tsv")
CHALLENGE_17 = CHALLENGE.with_name("news_events_17.tsv")
CHALLENGE_18 = CHALLENGE.with_name("news_events_18.tsv")
CHALLENGE_19 = CHALLENGE.with_name("news_events_19.tsv")
CHALLENGE_20 = CHALLENGE.with_name("news_events_20.tsv")
CHALLENGE_21 = CHALLENGE.with_name("news_events_21.tsv")
CHALLENGE_22 = CHALLENGE.with_name("news_events_22.tsv")
CHALLENGE_23 = CHALLENGE.with_name("news_events_23.tsv")
CHALLENGE_24 = CHALLENGE.with_name("news_events_24.tsv")
CHALLENGE_25 = CHALLENGE.with_name("news_events_25.tsv")
CHALLENGE_26 = CHALLENGE.with_name("news_events_26.tsv")
CHALLENGE_27 = CHALLENGE.with_name("news_events_27.tsv")
CHALLENGE_28 = CHALLENGE.with_name("news_events_28.tsv")
CHALLENGE_29 = CHALLENGE.with_name("news_events_29.tsv")
CHALLENGE_31 = CHALLENGE.with_name("news_events_31.tsv")
CHALLENGE_33 = CHALLENGE.with_name("news_events_33.tsv")
CHALLENGE_35 = CHALLENGE.with_name("news_events_35.tsv")


@pytest.mark.parametrize("path", [CHALLENGE, CHALLENGE_2, CHALLENGE_3, CHALLENGE_4,
                                  CHALLENGE_5, CHALLENGE_6, CHALLENGE_7, CHALLENGE_8,
                                  CHALLENGE_9, CHALLENGE_10, CHALLENGE_11, CHALLENGE_12,
                                  CHALLENGE_13, CHALLENGE_14, CHALLENGE_15, CHALLENGE_16,
                                  CHALLENGE_17, CHALLENGE_18, CHALLENGE_19, CHALLENGE_20,
                                  CHALLENGE_21, CHALLENGE_22, CHALLENGE_23, CHALLENGE_24,
                                  CHALLENGE_25, CHALLENGE_26, CHALLENGE_27,
                                  CHALLENGE_28, CHALLENGE_29, CHALLENGE_31, CHALLENGE_33])
def test_the_challenge_set_is_well_formed(path):
    gold = read_plv(path)
    # sets 11, 14 and 16: one half only; 19, 20, 22, 23, 26 and 28 (probes): 400 rows
    assert len(gold) == (160 if path in (CHALLENGE_11, CHALLENGE_14, CHALLENGE_16) else
                         400 if path in (CHALLENGE_19, CHALLENGE_20, CHALLENGE_22,
                                         CHALLENGE_23, CHALLENGE_26, CHALLENGE_28) else 320)
    for g in gold:
        for span in (*g.sources, *g.targets):
            assert span and span in g.text, (span, g.text)
    labels = {g.label for g in gold}
    assert labels <= set(PLOVER_TYPES) | {"YIELD"} and len(labels) >= 14


def test_the_coder_keeps_its_level_on_the_challenge_set(nlp):
    result = score(read_plv(CHALLENGE), Pipeline())
    # 0.80 / 0.84 at stop 18, 0.83 / 0.86 at stop 19, 0.85 / 0.88 at stop 20, 0.87 / 0.90 at
    # stop 21, 0.88 / 0.91 at stop 22; a drop of more than two points is a regression
    assert result["type_accuracy"] >= 0.86
    assert result["pair_recall"] >= 0.89


def test_the_coder_keeps_its_level_on_the_second_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_2), Pipeline())
    # first run 0.59 / 0.65 (unseen); 0.79 / 0.83 at the end of stop 19, 0.81 / 0.84 at the
    # end of stop 20, 0.81 / 0.85 at stop 21, 0.83 / 0.87 at stop 22, partly fit to it
    assert result["type_accuracy"] >= 0.81
    assert result["pair_recall"] >= 0.85


def test_the_coder_keeps_its_level_on_the_third_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_3), Pipeline())
    # unseen when written: 0.77 / 0.80 at its first run, 0.80 / 0.83 at the end of stop 19,
    # 0.87 / 0.89 at the end of stop 20 (its failure groups were worked on), 0.88 / 0.90 at
    # 21, 0.91 / 0.92 at 22
    assert result["type_accuracy"] >= 0.89
    assert result["pair_recall"] >= 0.90


def test_the_coder_keeps_its_level_on_the_fourth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_4), Pipeline())
    # held out during stop 20: 0.80 / 0.82 before it, 0.81 / 0.83 at its end; 0.97 / 0.97 at
    # stop 21, which drew rules from its failure report (fit)
    # (0.97 / 0.98 at stop 22)
    assert result["type_accuracy"] >= 0.95
    assert result["pair_recall"] >= 0.96


def test_the_coder_keeps_its_level_on_the_fifth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_5), Pipeline())
    # held out during stop 21: 0.76 / 0.80 with stop 20's code, 0.77 / 0.82 at stop 21 (unseen),
    # 0.81 / 0.85 after a few rules drawn from its report at the end of the stop; 0.90 / 0.92
    # at stop 22, which drew rules from its report (fit)
    assert result["type_accuracy"] >= 0.88
    assert result["pair_recall"] >= 0.90


def test_the_coder_keeps_its_level_on_the_sixth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_6), Pipeline())
    # held out during stop 22 (only its figures were read, at the end): 0.74 / 0.78 with stop
    # 21's code, 0.75 / 0.78 at the end of stop 22; 0.86 / 0.88 at stop 23, which drew rules
    # from its report (fit); 0.87 / 0.89 at stop 24
    assert result["type_accuracy"] >= 0.85
    assert result["pair_recall"] >= 0.87


def test_the_coder_keeps_its_level_on_the_seventh_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_7), Pipeline())
    # held out during stop 23 (only its figures were read, at the end): 0.73 / 0.76 with stop
    # 22's code, 0.76 / 0.79 at the end of stop 23; 0.875 / 0.888 at stop 24, which drew rules
    # from its failing rows (fit)
    assert result["type_accuracy"] >= 0.85
    assert result["pair_recall"] >= 0.87


def test_the_coder_keeps_its_level_on_the_eighth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_8), Pipeline())
    # held out during stop 24 (only its figures were read, at the end): 0.73 / 0.77 with stop
    # 23's code, 0.75 / 0.79 at the end of stop 24; 0.884 / 0.903 at stop 25, which drew rules
    # from its failing rows (fit)
    assert result["type_accuracy"] >= 0.86
    assert result["pair_recall"] >= 0.88


def test_the_coder_keeps_its_level_on_the_ninth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_9), Pipeline())
    # held out during stop 25 (only its figures were read): 0.772 / 0.797 with stop 24's code,
    # 0.797 / 0.819 at the end of stop 25; 0.875 / 0.897 at stop 26, which drew rules from its
    # failure report (fit)
    assert result["type_accuracy"] >= 0.86
    assert result["pair_recall"] >= 0.88


def test_the_coder_keeps_its_level_on_the_tenth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_10), Pipeline())
    # held out during stop 26 (only its overall figures were read, at its start and its end):
    # 0.769 / 0.800 with stop 25's code, 0.781 / 0.813 at the end of stop 26; 0.922 / 0.934 at
    # stop 27, which drew rules from its failure report (fit)
    assert result["type_accuracy"] >= 0.90
    assert result["pair_recall"] >= 0.91


def test_the_coder_keeps_its_level_on_the_eleventh_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_11), Pipeline())
    # written for stop 26 and read openly (a fit set): 0.819 / 0.856 when it arrived,
    # 0.931 / 0.944 at the end of the stop
    assert result["type_accuracy"] >= 0.91
    assert result["pair_recall"] >= 0.92


def test_the_coder_keeps_its_level_on_the_twelfth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_12), Pipeline())
    # held out during stop 27 (only its overall figures were read, at its start and its end):
    # 0.772 / 0.809 with stop 26's code, 0.803 / 0.838 at the end of stop 27; read openly in
    # stop 28 (its failure report was the stop's start): 0.931 / 0.938 at the end of stop 28
    assert result["type_accuracy"] >= 0.91
    assert result["pair_recall"] >= 0.92


def test_the_coder_keeps_its_level_on_the_thirteenth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_13), Pipeline())
    # written for stop 27 and read openly (a fit set): 0.788 / 0.838 with stop 26's code,
    # 0.800 / 0.850 when it arrived (before it was read), 0.869 / 0.903 at the end of the stop
    assert result["type_accuracy"] >= 0.84
    assert result["pair_recall"] >= 0.87


def test_the_coder_keeps_its_level_on_the_fourteenth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_14), Pipeline())
    # one half (160 rows) written for stop 27 and read openly (a fit set): 0.738 / 0.775 when
    # it arrived, 0.788 / 0.825 at the end of the stop
    assert result["type_accuracy"] >= 0.76
    assert result["pair_recall"] >= 0.79


def test_the_coder_keeps_its_level_on_the_fifteenth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_15), Pipeline())
    # held out during stop 28 (only its overall figures were read, at its start and its end):
    # 0.791 / 0.828 with stop 27's code, 0.803 / 0.841 at the end of stop 28; read openly from
    # stop 29 (its failure report report_15.md was that stop's start): 0.938 / 0.953 at its end
    assert result["type_accuracy"] >= 0.92
    assert result["pair_recall"] >= 0.94


def test_the_coder_keeps_its_level_on_the_sixteenth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_16), Pipeline())
    # one half (160 rows) held out during stop 28 (overall figures only): 0.844 / 0.869 with
    # stop 27's code, 0.831 / 0.863 at the end of stop 28; a fit set from stop 29: 0.919 / 0.938
    assert result["type_accuracy"] >= 0.90
    assert result["pair_recall"] >= 0.92


def test_the_coder_keeps_its_level_on_the_seventeenth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_17), Pipeline())
    # written for stop 28 and read openly (a fit set): 0.763 / 0.800 when it arrived (with the
    # stop's code at d04c051), 0.863 / 0.881 at the end of the stop
    assert result["type_accuracy"] >= 0.84
    assert result["pair_recall"] >= 0.86


def test_the_coder_keeps_its_level_on_the_eighteenth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_18), Pipeline())
    # held out during stop 29 (only its overall figures were read): 0.850 / 0.872 with stop
    # 28's code, 0.856 / 0.878 at the end of stop 29; a fit set from stop 30 (its failure
    # report, report_18.md, was the stop's start): 0.919 / 0.931 at the end of stop 30
    assert result["type_accuracy"] >= 0.90
    assert result["pair_recall"] >= 0.91


def test_the_coder_keeps_its_level_on_the_vocabulary_probe_set(nlp):
    result = score(read_plv(CHALLENGE_19), Pipeline())
    # set 19: 400 short rows, 25 per type, each with another trigger expression; written for
    # stop 29 and read openly: 0.743 / 0.783 with stop 28's code, 0.880 / 0.905 at the end;
    # 0.885 / 0.908 at the end of stop 30
    assert result["type_accuracy"] >= 0.86
    assert result["pair_recall"] >= 0.88


def test_the_coder_keeps_its_level_on_the_frame_probe_set(nlp):
    result = score(read_plv(CHALLENGE_20), Pipeline())
    # set 20: 400 rows, 25 in each of 16 syntactic frames; written for stop 29 and read
    # openly: 0.760 / 0.788 with stop 28's code, 0.845 / 0.868 at the end; 0.860 / 0.885 at
    # the end of stop 30
    assert result["type_accuracy"] >= 0.82
    assert result["pair_recall"] >= 0.85


def test_the_coder_keeps_its_level_on_the_twenty_first_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_21), Pipeline())
    # held out during most of stop 30 (only its overall figures were read): 0.834 / 0.872
    # with stop 29's code, 0.841 / 0.878 at e70f278; then its failure report (report_21.md)
    # was read and it became a fit set: 0.906 / 0.931 at the end of stop 30
    assert result["type_accuracy"] >= 0.88
    assert result["pair_recall"] >= 0.91


def test_the_coder_keeps_its_level_on_the_second_frame_probe(nlp):
    result = score(read_plv(CHALLENGE_22), Pipeline())
    # set 22: 400 rows, 25 in each of 16 more syntactic frames (causatives, quotes, clefts of
    # reference, reciprocals, ...); written for stop 30 and read openly: 0.800 / 0.825 with
    # stop 29's code, 0.895 / 0.910 at the end of stop 30
    assert result["type_accuracy"] >= 0.87
    assert result["pair_recall"] >= 0.89


def test_the_coder_keeps_its_level_on_the_third_frame_probe(nlp):
    result = score(read_plv(CHALLENGE_23), Pipeline())
    # set 23: 400 rows, 25 in each of 16 frames (clefts, particles after the object, idioms,
    # acronyms, long agents, ...); written mid-stop 30 and read openly: 0.825 / 0.860 with stop
    # 29's code, 0.833 / 0.868 when it arrived (+3 rows unseen), 0.918 / 0.930 at the end
    assert result["type_accuracy"] >= 0.89
    assert result["pair_recall"] >= 0.91


def test_the_coder_keeps_its_level_on_the_twenty_fourth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_24), Pipeline())
    # written mid-stop 30 and held out for the rest of it (only overall figures read): 0.859 /
    # 0.894 with stop 29's code, 0.866 / 0.897 at e70f278, 0.872 / 0.897 at the end of stop 30;
    # stop 31 drew rules from its report (`report_24.md`, fit): 0.934 / 0.944 at the end of stop 31
    assert result["type_accuracy"] >= 0.91
    assert result["pair_recall"] >= 0.92


def test_the_coder_keeps_its_level_on_the_twenty_fifth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_25), Pipeline())
    # written at the start of stop 31 and held out during it (only overall figures read):
    # 0.875 / 0.916 with stop 30's code, 0.878 / 0.916 at the end of stop 31; stop 32 drew
    # rules from its report (`report_25.md`, fit): 0.934 / 0.950 at the end of stop 32
    assert result["type_accuracy"] >= 0.91
    assert result["pair_recall"] >= 0.93


def test_the_coder_keeps_its_level_on_the_target_probe(nlp):
    result = score(read_plv(CHALLENGE_26), Pipeline())
    # set 26: 400 rows, 25 in each of 16 frames about targets (places, things, reasons,
    # indirect objects, definite descriptions, ...); written for stop 31 and read openly:
    # 0.723 / 0.783 when it arrived, 0.798 / 0.845 at the end of stop 31
    assert result["type_accuracy"] >= 0.76
    assert result["pair_recall"] >= 0.81


def test_the_coder_keeps_its_level_on_the_twenty_seventh_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_27), Pipeline())
    # written at the start of stop 32 and held out during it (only overall figures read):
    # 0.878 / 0.891 with stop 31's code, 0.881 / 0.891 at the end of stop 32; a fit set from
    # stop 33 (its report, report_27.md): 0.903 / 0.913 at the end of stop 33
    assert result["type_accuracy"] >= 0.88
    assert result["pair_recall"] >= 0.89


def test_the_coder_keeps_its_level_on_the_twenty_ninth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_29), Pipeline())
    # written at the start of stop 33 and held out during it (only overall figures read):
    # 0.872 / 0.884 with stop 32's code and at the end of stop 33; a fit set from stop 34
    # (its report, report_29.md): 0.897 / 0.909 after the report's first fixes
    assert result["type_accuracy"] >= 0.87
    assert result["pair_recall"] >= 0.88


def test_the_coder_keeps_its_level_on_the_thirty_first_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_31), Pipeline())
    # written at the start of stop 34 and held out during it (only overall figures read):
    # 0.863 / 0.878 with stop 33's code
    assert result["type_accuracy"] >= 0.84
    assert result["pair_recall"] >= 0.85


def test_the_coder_keeps_its_level_on_the_thirty_third_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_33), Pipeline())
    # written at the start of stop 35 and held out during it (only overall figures read):
    # 0.872 / 0.894 with stop 34's code
    assert result["type_accuracy"] >= 0.85
    assert result["pair_recall"] >= 0.87


def test_the_coder_keeps_its_level_on_the_thirty_fifth_challenge_set(nlp):
    result = score(read_plv(CHALLENGE_35), Pipeline())
    # written at the start of stop 36 and held out during it (only overall figures read):
    # 0.859 / 0.881 with stop 35's code
    assert result["type_accuracy"] >= 0.84
    assert result["pair_recall"] >= 0.86


def test_the_coder_keeps_its_level_on_the_event_noun_probe(nlp):
    result = score(read_plv(CHALLENGE_28), Pipeline())
    # set 28: 400 rows, 25 in each of 16 frames of events named by nouns; written for stop 32
    # and read openly: 0.638 / 0.658 when it arrived, 0.770 / 0.795 at the end of stop 32
    assert result["type_accuracy"] >= 0.74
    assert result["pair_recall"] >= 0.77
