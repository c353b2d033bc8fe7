"""The CAMEO / PLOVER / ACLED ontology tables and their API."""

import pytest

from eventwatch import ontology
from eventwatch.ontology import (
    ACLED_SUB_EVENTS,
    PLOVER_TYPES,
    DataFileError,
    all_codes,
    cameo,
    is_ancestor,
    parent,
    plover_quad_class,
    plover_type,
    read_tsv,
)


def test_full_code_list():
    codes = all_codes()
    assert len(codes) >= 300
    roots = {c for c in codes if len(c) == 2}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    for root in roots:  # every root has sub-codes, and every sub-code's parent exists
        assert any(len(c) == 3 and c.startswith(root) for c in codes), root
    for c in codes:
        if len(c) > 2:
            assert parent(c) in codes


@pytest.mark.parametrize(
    "code,quad",
    [("01", 1), ("057", 1), ("06", 2), ("0874", 2), ("09", 3), ("1312", 3), ("14", 4), ("2042", 4)],
)
def test_quad_class_from_root(code, quad):
    assert cameo(code).quad_class == quad
    assert cameo(code).root == code[:2]


@pytest.mark.parametrize(
    "code,weight",
    [
        ("01", 0.0), ("02", 3.0), ("03", 4.0), ("04", 1.0), ("05", 3.5), ("06", 6.0), ("07", 7.0),
        ("08", 5.0), ("09", -2.0), ("10", -5.0), ("11", -2.0), ("12", -4.0), ("13", -6.0),
        ("14", -6.5), ("15", -7.2), ("16", -4.0), ("17", -7.0), ("18", -9.0), ("19", -10.0),
        ("20", -10.0), ("190", -10.0), ("195", -10.0), ("1823", -10.0), ("173", -5.0),
        ("163", -8.0), ("057", 8.0), ("036", 4.0), ("042", 1.9), ("040", 1.0), ("111", -2.0),
        ("112", -2.0), ("138", -7.0),
    ],
)  # fmt: skip
def test_goldstein_weights(code, weight):
    assert cameo(code).goldstein == weight


def test_names():
    assert cameo("043").name == "Host a visit"
    assert cameo("1831").name == "Carry out suicide bombing"


def test_plover_types_and_quads():
    assert len(PLOVER_TYPES) == 16 and len(set(PLOVER_TYPES)) == 16
    assert plover_quad_class("AGREE") == 1
    assert plover_quad_class("AID") == 2
    assert plover_quad_class("REQUEST") == 3
    assert plover_quad_class("SANCTION") == 4
    assert plover_quad_class("ASSAULT") == 4
    assert "drone" in plover_type("ASSAULT").modes
    assert "firearms" in plover_type("ASSAULT").modes
    with pytest.raises(KeyError, match="unknown PLOVER type 'FIGHT'"):
        plover_quad_class("FIGHT")


def test_crosswalk_is_complete_and_valid():
    for code, rec in all_codes().items():
        assert rec.plover in PLOVER_TYPES, code
        if rec.plover_mode is not None:
            assert rec.plover_mode in plover_type(rec.plover).modes, code
        if rec.acled is not None:
            assert rec.acled in ACLED_SUB_EVENTS, code


@pytest.mark.parametrize(
    "code,plover,mode",
    [
        ("020", "REQUEST", None), ("100", "REQUEST", None), ("042", "CONSULT", "visit"),
        ("057", "SUPPORT", None), ("0841", "RETREAT", "release"), ("0813", "CONCEDE", None),
        ("090", "ACCUSE", "investigate"), ("141", "PROTEST", "demo"), ("145", "PROTEST", "riot"),
        ("154", "MOBILIZE", "troops"), ("161", "SANCTION", "sever"), ("173", "COERCE", "arrest"),
        ("181", "ASSAULT", "abduct"), ("1831", "ASSAULT", "suicide-attack"),
        ("193", "ASSAULT", "firearms"), ("195", "ASSAULT", "aerial"), ("1952", "ASSAULT", "drone"),
        ("20", "ASSAULT", "unconventional"), ("2041", "ASSAULT", "cbrn"),
    ],
)  # fmt: skip
def test_crosswalk_examples(code, plover, mode):
    assert (cameo(code).plover, cameo(code).plover_mode) == (plover, mode)


def test_acled_crosswalk():
    assert cameo("195").acled == "Air/drone strike"
    assert cameo("194").acled == "Shelling/artillery/missile attack"
    assert cameo("1831").acled == "Suicide bomb"
    assert cameo("141").acled == "Peaceful protest"
    assert cameo("145").acled == "Violent demonstration"
    assert cameo("173").acled == "Arrests"
    assert cameo("181").acled == "Abduction/forced disappearance"
    assert cameo("040").acled is None


def test_hierarchy():
    assert parent("1823") == "182"
    assert parent("182") == "18"
    assert parent("18") is None
    assert parent("180") == "18"
    assert is_ancestor("18", "1823") and is_ancestor("182", "1823")
    assert not is_ancestor("1823", "18")
    assert not is_ancestor("19", "1823")
    assert not is_ancestor("182", "182")


def test_unknown_code_is_a_clear_key_error():
    with pytest.raises(KeyError, match="unknown CAMEO code '999'"):
        cameo("999")
    with pytest.raises(KeyError, match="leading zeros"):
        cameo("43")


def test_read_tsv_reports_file_and_line(tmp_path):
    f = tmp_path / "x.tsv"
    f.write_text("# comment\ncode\tname\n01\tA\n02\tB\textra\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"x\.tsv:4: 3 cells"):
        read_tsv(f, ("code", "name"))
    f.write_text("wrong\theader\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"x\.tsv:1: expected header"):
        read_tsv(f, ("code", "name"))
    with pytest.raises(DataFileError, match="cannot read"):
        read_tsv(tmp_path / "missing.tsv", ("code",))


def test_bad_ontology_file_names_file_and_line(tmp_path, monkeypatch):
    src = ontology.data_path(ontology.ONTOLOGY_DIR)
    for name in ("cameo.tsv", "plover.tsv", "cameo_plover.tsv", "cameo_acled.tsv"):
        (tmp_path / name).write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
    xwalk = tmp_path / "cameo_plover.tsv"
    xwalk.write_text(xwalk.read_text(encoding="utf-8").replace("195\tASSAULT", "195\tBOMB"))
    monkeypatch.setattr(ontology, "data_path", lambda _dir, name: tmp_path / name)
    ontology.all_codes.cache_clear()
    ontology._plover.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"cameo_plover\.tsv:\d+: unknown PLOVER type"):
            ontology.all_codes()
    finally:
        monkeypatch.undo()
        ontology.all_codes.cache_clear()
        ontology._plover.cache_clear()
    assert cameo("195").plover == "ASSAULT"
