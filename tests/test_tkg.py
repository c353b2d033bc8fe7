"""Temporal KG forecasting: loader, evaluator (ranks computed by hand), baselines, mixture, CLI."""

import json

import numpy as np
import pytest
from click.testing import CliRunner

from eventwatch.tkg import (
    Mixture,
    Recurrency,
    TKGDataError,
    evaluate,
    filtered_ranks,
    load_dataset,
    metrics,
    rank_split,
)
from eventwatch.tkg.cli import tkg


def write(folder, train, valid, test, sep="\t", eol="\n"):
    folder.mkdir(exist_ok=True)
    for name, rows in (("train", train), ("valid", valid), ("test", test)):
        text = eol.join(sep.join(str(x) for x in row) for row in rows) + eol
        (folder / f"{name}.txt").write_bytes(text.encode())
    return folder


# A four-entity, one-relation graph; times are hours (unit 24 -> steps 0..4).
TRAIN = [(0, 0, 1, 0, -1), (0, 0, 2, 24, -1)]
VALID = [(0, 0, 1, 48, -1)]
TEST = [(0, 0, 2, 72, -1), (0, 0, 3, 72, -1), (2, 0, 1, 96, -1)]


@pytest.fixture()
def tiny(tmp_path):
    return write(tmp_path / "tiny", TRAIN, VALID, TEST, eol="\r\n")


def test_filtered_ranks_ties_and_filter_by_hand():
    scores = np.array([[0.5, 0.9, 0.5, 0.5, 0.1],
                       [0.0, 0.0, 0.0, 0.0, 0.0]])
    # row 0 has two true answers (0 and 1) at this timestamp; row 1 one answer.
    ranks = filtered_ranks(scores, rows=[0, 0, 1], answers=[0, 1, 4])
    # answer 0: entity 1 is higher but is another true answer -> filtered; ties 2 and 3 -> +1
    # answer 1: top; answer 4 ties with the four other entities -> 1 + 4/2
    assert ranks.tolist() == [2.0, 1.0, 3.0]
    m = metrics(ranks)
    assert m["mrr"] == pytest.approx(100 * (1 / 2 + 1 + 1 / 3) / 3)
    assert m["hits@1"] == pytest.approx(100 / 3)
    assert m["hits@3"] == 100.0


def test_load_formats_and_time_unit(tmp_path):
    padded = write(tmp_path / "padded", [(0, 0, 1, 0, 0), (2, 1, 3, 48, 0)], [(1, 0, 2, 72, 0)],
                   [(3, 1, 0, 96, 0)], sep="    \t", eol="\r\n")
    d = load_dataset(padded)
    assert d.time_unit == 24
    assert d.train[:, 3].tolist() == [0, 2] and d.test[0].tolist() == [3, 1, 0, 4]
    assert (d.num_entities, d.num_relations) == (4, 2)
    d2 = load_dataset(padded, time_unit=48)
    assert d2.train[:, 3].tolist() == [0, 1]


def test_bad_line_names_file_and_line(tmp_path):
    folder = write(tmp_path / "bad", TRAIN, VALID, TEST)
    (folder / "valid.txt").write_text("0\t0\t1\t48\n0\t0\tx\t48\n")
    with pytest.raises(TKGDataError, match=r"valid\.txt:2:"):
        load_dataset(folder)
    res = CliRunner().invoke(tkg, ["eval", str(folder)])
    assert res.exit_code != 0
    assert "valid.txt:2:" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(tkg, ["eval", str(tmp_path / "missing")])
    assert res.exit_code != 0 and "Traceback" not in res.output


def test_strict_recurrency_single_step_by_hand(tiny):
    d = load_dataset(tiny)
    model = Recurrency(lam=0.1)
    model.fit(d)
    valid = rank_split(model, d, "valid")
    # (0,0,?) at step 2: o=2 (seen at step 1) outranks the answer o=1 (seen at step 0);
    # inverse (1,r',?): 0 is the only candidate with history.
    assert sorted(valid.ranks[0].tolist()) == [1.0, 2.0]
    test = rank_split(model, d, "test")
    # step 3: (0,0,?)->2 rank 2 (o=1 higher, o=3 filtered); (0,0,?)->3 rank 1+1+1/2 (o=2
    # filtered, tie with o=0); (2,r',?)->0 rank 1; (3,r',?)->0 all tied, 2.5.
    # step 4 sees step 3 facts: (2,0,?)->1 all tied 2.5; (1,r',?)->2: o=0 higher, 2 ties -> 3.
    assert sorted(test.ranks[0].tolist()) == [1.0, 2.0, 2.5, 2.5, 2.5, 3.0]
    res = evaluate(Recurrency(lam=0.1), d, "test")
    assert res["queries"] == 6
    assert res["mrr"] == pytest.approx(100 * (1 / 2 + 3 / 2.5 + 1 + 1 / 3) / 6)
    assert res["hits@1"] == pytest.approx(100 / 6) and res["hits@3"] == 100.0


def synthetic(seed=0, n_ent=40, steps=60):
    """Recurrent dyads plus a transition: (s, 0, o) on day t is followed by (s, 1, o) next day."""
    rng = np.random.default_rng(seed)
    dyads = rng.choice(n_ent, size=(25, 2))
    dyads = dyads[dyads[:, 0] != dyads[:, 1]]
    facts = []
    for t in range(steps):
        for s, o in dyads[rng.random(len(dyads)) < 0.25]:
            facts.append((s, 0, o, t))
            facts.append((s, 1, o, t + 1))
            if rng.random() < 0.3:
                facts.append((s, 2, rng.integers(n_ent), t))
    facts = np.unique(np.array(facts), axis=0)
    facts = facts[facts[:, 3] < steps]
    return [tuple(f) for f in facts if f[3] < 40], [tuple(f) for f in facts if 40 <= f[3] < 50], \
        [tuple(f) for f in facts if f[3] >= 50]


def test_mixture_beats_strict_on_transitions(tmp_path):
    folder = write(tmp_path / "syn", *synthetic())
    d = load_dataset(folder)
    strict = evaluate(Recurrency(lam=0.1), d, "test")
    mix = evaluate(Mixture(), d, "test")
    assert mix["model"] == "mixture" and mix["queries"] == strict["queries"]
    assert mix["mrr"] > strict["mrr"] + 2


def test_combined_tunes_per_relation(tmp_path):
    folder = write(tmp_path / "syn", *synthetic(seed=1))
    d = load_dataset(folder)
    model = Recurrency(combined=True)
    res = evaluate(model, d, "test")
    assert model.alpha.shape == (2 * d.num_relations,)
    assert 0 < res["mrr"] <= 100


def test_cli_json(tiny):
    res = CliRunner().invoke(tkg, ["eval", str(tiny), "--model", "strict-fixed", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert list(out) == ["mrr", "hits@1", "hits@3", "hits@10", "queries", "seconds", "model"]
    assert out["queries"] == 6 and out["model"] == "strict-0.1"
    assert out["mrr"] == pytest.approx(100 * (1 / 2 + 3 / 2.5 + 1 + 1 / 3) / 6, abs=0.01)
    res = CliRunner().invoke(tkg, ["eval", str(tiny), "--split", "valid", "--model", "strict"])
    assert res.exit_code == 0 and "MRR" in res.output


def test_candidate_ranks_match_dense_filtered_ranks():
    from eventwatch.tkg.candidates import Collector, candidate_ranks

    rng = np.random.default_rng(3)
    n_ent, n_rows = 12, 5
    dense = np.zeros((n_rows, n_ent))
    rows, objs = [], []
    for r in range(n_rows):
        c = np.sort(rng.choice(n_ent, size=4, replace=False))
        # integer scores of both signs, so ties with each other and with the zeros happen
        dense[r, c] = rng.integers(-2, 3, size=4)
        rows += [r] * 4
        objs += c.tolist()
    qrow = np.array([0, 0, 1, 2, 2, 2, 3, 4])
    qans = np.array([objs[0], 7, objs[5], objs[9], 0, 11, 5, objs[17]])
    col = Collector(n_ent)
    X = dense[rows, objs][:, None]
    col.add(np.column_stack([np.arange(n_rows), np.zeros(n_rows, int)]), qrow, qans,
            np.array(rows), np.array(objs), X)
    cs = col.result(1)
    got = candidate_ranks(cs, cs.X[:, 0].astype(float))
    assert got.tolist() == filtered_ranks(dense, qrow, qans).tolist()


def test_context_ranker_design_and_fit():
    """The row-context ranker: features scaled, row statistics as context, and a fit that puts
    the candidate that was always the answer on top while no-evidence entities stay at 0."""
    from eventwatch.tkg.candidates import (
        Collector,
        candidate_ranks,
        context_scores,
        design,
        fit_context,
    )
    from eventwatch.tkg.mixture import K

    n_ent, n_rows = 30, 40
    rng = np.random.default_rng(5)
    col = Collector(n_ent)
    rows, objs, feats, answers = [], [], [], []
    for r in range(n_rows):
        c = np.sort(rng.choice(n_ent, size=3, replace=False))
        x = np.zeros((3, K))
        x[:, 4] = 1.0                         # all three repeat an earlier (s, r, o)
        x[:, 1] = rng.random(3)               # noise recurrency
        good = rng.integers(3)
        x[good, 5] = 2.0                      # the answer always has a strong pair feature
        rows += [r] * 3
        objs += c.tolist()
        feats.append(x)
        answers.append(c[good])
    X = np.vstack(feats)
    col.add(np.column_stack([np.arange(n_rows), np.zeros(n_rows, int)]), np.arange(n_rows),
            np.array(answers), np.array(rows), np.array(objs), X)
    cs = col.result(K)
    XT, C, scale = design(cs.X, cs.crow, cs.n_rows)
    assert XT.shape == (K + 10, len(X)) and C.shape[1] == len(X)
    assert np.allclose(C[0], 1.0) and np.allclose(C[1], np.log1p(3) / 3)
    assert scale[4] == pytest.approx(1.0) and scale[5] == pytest.approx(np.sqrt(4 / 3))
    W = fit_context(cs, XT, C, l2=1e-4, maxiter=100)
    ranks = candidate_ranks(cs, context_scores(XT, C, W))
    assert ranks.tolist() == [1.0] * n_rows
    # the same features designed with the training scale give the same scores
    XT2, C2, _ = design(cs.X, cs.crow, cs.n_rows, scale)
    assert np.allclose(context_scores(XT2, C2, W), context_scores(XT, C, W))
    # designed in place into the two halves of one buffer: the same numbers, views of it
    n = len(X)
    buf = np.full((K + 10, 2 * n), np.nan, np.float32)
    XT3, _, scale3 = design(cs.X, cs.crow, cs.n_rows, out=buf[:, :n])
    XT4, _, _ = design(cs.X, cs.crow, cs.n_rows, scale3, out=buf[:, n:])
    assert XT3.base is buf and XT4.base is buf
    assert np.array_equal(scale3, scale)
    assert np.array_equal(buf[:, :n], XT) and np.array_equal(buf[:, n:], XT2)


def test_hidden_layer_learns_what_the_linear_ranker_cannot():
    """An XOR pattern: the answer has exactly one of two signals, a decoy has both. No linear
    weighting ranks it first; the hidden layer does, and starts from the linear scores."""
    from eventwatch.tkg.candidates import (
        Collector,
        candidate_ranks,
        context_scores,
        design,
        fit_context,
    )
    from eventwatch.tkg.hidden import Params, fit_hidden, scores
    from eventwatch.tkg.mixture import K

    n_ent, n_rows = 50, 300
    rng = np.random.default_rng(7)
    col = Collector(n_ent)
    rows, objs, feats, answers = [], [], [], []
    for r in range(n_rows):
        c = np.sort(rng.choice(n_ent, size=3, replace=False))
        x = np.zeros((3, K))
        x[:, 4] = 1.0
        one = 13 if r % 2 else 17                # which single signal this row's answer has
        pattern = [(1, 1), (1, 0) if one == 13 else (0, 1), (0, 0)]
        order = rng.permutation(3)
        for i, (a, b) in zip(order, pattern, strict=True):
            x[i, 13], x[i, 17] = a, b
        rows += [r] * 3
        objs += c.tolist()
        feats.append(x)
        answers.append(c[order[1]])
    col.add(np.column_stack([np.arange(n_rows), np.zeros(n_rows, int)]), np.arange(n_rows),
            np.array(answers), np.array(rows), np.array(objs), np.vstack(feats))
    cs = col.result(K)
    XT, C, _ = design(cs.X, cs.crow, cs.n_rows)
    W = fit_context(cs, XT, C, l2=1e-4, maxiter=100)
    P0 = Params.linear(W, hidden=8)
    assert np.allclose(scores(P0, XT, C), context_scores(XT, C, W))   # v = 0: linear scores
    linear = metrics(candidate_ranks(cs, scores(P0, XT, C)))["mrr"]
    assert linear < 80.0
    P, held_mrr, epoch = fit_hidden(cs, XT, C, P0, epochs=40, lr=0.03, holdout=0.2)
    assert epoch > 0 and held_mrr == pytest.approx(100.0)
    ranks = candidate_ranks(cs, scores(P, XT, C))
    assert ranks.tolist() == [1.0] * n_rows
    assert np.array_equal(P.W, W)             # lr_w = 0: the linear weights are kept


def test_averaged_hidden_layers_score_the_mean_of_the_members(monkeypatch):
    """``Params.average`` averages the linear weights, stacks the members' hidden units and
    divides their output weights: its scores are exactly the mean of the members' scores, also
    when the members' linear weights differ and when the candidates are scored in blocks."""
    from eventwatch.tkg import hidden
    from eventwatch.tkg.hidden import Params, scores

    rng = np.random.default_rng(3)
    k2, n = 6, 1000
    XT = rng.normal(size=(k2, n)).astype(np.float32)
    C = np.vstack([np.ones(n), rng.random((3, n))]).astype(np.float32)
    W = rng.normal(size=(4, k2))
    members = []
    for seed in range(3):
        P = Params.linear(W + seed, hidden=5, seed=seed)
        P.v = rng.normal(size=5)
        P.b = rng.normal(size=5)
        members.append(P)
    avg = Params.average(members)
    assert avg.U.shape == (15, k2 + 3) and avg.v.shape == (15,)
    mean = np.mean([scores(P, XT, C) for P in members], axis=0)
    assert np.allclose(scores(avg, XT, C), mean, atol=1e-4)
    assert not np.allclose(scores(members[0], XT, C), mean, atol=1e-2)   # members differ
    monkeypatch.setattr(hidden, "SCORE_CHUNK", 97)                       # blocks of 97
    assert np.allclose(scores(avg, XT, C), mean, atol=1e-4)
    assert np.allclose(avg.W, W + 1.0)


def test_embedding_generalises_where_recurrency_has_no_evidence():
    """Two clusters of subjects (0-7, 8-15) share one object per relation (A: 16-18, B: 19-21).
    (3, 2, ?) and (12, 2, ?) never happened, so recurrency ties every object; ComplEx learns
    from the other relations that subject 3 is in cluster A (answer 18) and 12 in B (21)."""
    from eventwatch.tkg.embedding import ComplEx

    facts = [(s, r, 16 + r + (0 if s < 8 else 3), s) for s in range(16) for r in range(3)
             if (s, r) not in ((3, 2), (12, 2))]
    emb = ComplEx(22, 6, dim=8, seed=0)
    emb.fit(np.array(facts), n_rel=3, epochs=200, lr=0.02)
    z = emb.logits(np.array([3, 12]), np.array([2, 2]))
    assert z.argmax(1).tolist() == [18, 21]
    assert z[0, 18] > z[0, 21] and z[1, 21] > z[1, 18]


def test_mixture_uses_the_embedding_only_on_enough_history(tmp_path):
    folder = write(tmp_path / "syn", *synthetic(seed=2))
    d = load_dataset(folder)
    mid = int(np.median(d.train[:, 3]))
    small = Mixture()
    small._fit_embeddings(d, mid)
    assert small.embs == {}
    with_emb = Mixture(emb_min_facts=10)
    with_emb._fit_embeddings(d, mid)
    assert set(with_emb.embs) == {"half", "valid", "test"}   # fit drops "half" when done
    with_emb.begin(d, "test")
    # a copy of the test embedding (trained further online as the test steps are revealed)
    assert np.array_equal(with_emb.emb.ent, with_emb.embs["test"].ent)
    sr = np.array([[0, 0], [1, 1]])
    row, obj, X = with_emb.features(sr, int(d.test[0, 3]))
    from eventwatch.tkg.mixture import FEATURES
    assert len(X) and np.all(X[:, FEATURES.index("emb")] != 0)
    # emb_row: the embedding score relative to the best candidate of the same row
    rel = X[:, FEATURES.index("emb_row")]
    assert np.all(rel <= 0)
    for r in np.unique(row):
        here = row == r
        assert rel[here].max() == 0.0
        assert np.allclose(rel[here], X[here, FEATURES.index("emb")]
                           - X[here, FEATURES.index("emb")].max())
    assert evaluate(with_emb, d, "test", fit=False)["mrr"] > 0


def test_embedding_epochs_shrink_with_the_number_of_rows():
    from eventwatch.tkg.embedding import ComplEx, budget_epochs

    assert budget_epochs(20, 1000, row_budget=5000) == 20        # small graph: all epochs
    assert budget_epochs(20, 5000, row_budget=5000) == 20
    assert budget_epochs(20, 10000, row_budget=5000) == 10       # twice the rows, half the epochs
    assert budget_epochs(5, 15000, row_budget=5000) == 2         # nearest whole number of passes
    assert budget_epochs(5, 10 ** 9, row_budget=5000) == 1       # never below one pass
    for rows in (1000, 7000, 20000, 80000):                      # row visits stay within the cap
        assert budget_epochs(20, rows, 5000) * rows <= max(20 * 5000, rows) * 1.5
    emb = ComplEx(5, 2, dim=2)
    emb.fit(np.array([(0, 0, 1, 0), (2, 0, 3, 0)]), n_rel=1, epochs=3)
    assert emb.epochs_run == 3


def test_training_queries_embedding_is_refreshed_as_the_queries_advance(tmp_path):
    """With ``refresh`` the embedding is trained further on the facts seen before each later
    block of training queries; without it, it stays as fitted."""
    folder = write(tmp_path / "syn", *synthetic(seed=3))
    d = load_dataset(folder)
    mid = int(np.median(d.train[:, 3]))
    hist, queries = d.train[d.train[:, 3] < mid], d.train[d.train[:, 3] >= mid]
    m = Mixture(emb_min_facts=10)
    m._setup(d)
    m._fit_embeddings(d, mid)
    m.emb = m.embs["half"]
    before = m.emb.ent.copy()
    m._gather(d, hist, queries, 10 ** 6, np.random.default_rng(0))
    assert np.array_equal(m.emb.ent, before)
    steps = np.unique(queries[:, 3])
    assert len(steps) >= 2
    m._gather(d, hist, queries, 10 ** 6, np.random.default_rng(0), refresh=1)
    assert not np.array_equal(m.emb.ent, before)


def test_hidden_layer_on_pruned_candidates():
    """``top_per_row`` keeps each row's best candidates; with pruning the hidden layer's loss is
    the softmax over all entities where the pruned candidates keep their fixed score ``s0`` (and
    its gradient matches finite differences); ``pruned_scores`` scores the others with ``s0``;
    and training on pruned candidates still learns what the linear ranker cannot."""
    from eventwatch.tkg.candidates import CandidateSet
    from eventwatch.tkg.hidden import (
        Params,
        _loss_grad,
        fit_hidden,
        pruned_scores,
        row_rest,
        scores,
        top_per_row,
    )

    crow = np.array([0, 0, 0, 0, 1, 1, 2])
    s = np.array([0.1, 0.5, 0.3, 0.5, -1.0, 2.0, 0.0])
    assert top_per_row(crow, s, 2).tolist() == [1, 3, 4, 5, 6]
    assert top_per_row(crow, s, 1).tolist() == [1, 5, 6]

    rng = np.random.default_rng(5)
    n_ent, n_rows, per = 30, 40, 12
    crow = np.repeat(np.arange(n_rows), per)
    cobj = np.concatenate([np.sort(rng.choice(n_ent, per, replace=False)) for _ in range(n_rows)])
    k2 = 5
    XT = rng.normal(size=(k2, len(crow))).astype(np.float32)
    C = np.vstack([np.ones(len(crow)), rng.random((3, len(crow)))]).astype(np.float32)
    P = Params.linear(rng.normal(size=(4, k2)), hidden=6, seed=1)
    P.v = rng.normal(size=6)
    s0 = scores(Params.linear(P.W), XT, C)
    kept = top_per_row(crow, s0, 4)
    assert len(kept) == 4 * n_rows
    gold = kept[::4][:30]                         # kept answers (30 rows with one query each)
    qrow = crow[gold]
    cs = CandidateSet(np.zeros((0, k2), np.float32), crow, cobj, np.zeros(n_rows, int), qrow,
                      cobj[gold], gold, n_ent)
    full = pruned_scores(P, XT[:, kept], C[:, kept], kept, s0)
    out = np.setdiff1d(np.arange(len(crow)), kept)
    assert np.allclose(full[out], s0[out]) and np.allclose(full[kept], scores(P, XT, C)[kept])

    def dense_loss(P):
        sc = pruned_scores(P, XT[:, kept], C[:, kept], kept, s0)
        tot = 0.0
        for q, g in zip(qrow, gold, strict=True):
            row = np.zeros(n_ent)
            m = crow == q
            row[cobj[m]] = sc[m]
            tot += np.log(np.exp(row).sum()) - sc[g]
        return tot / len(qrow)

    pos = np.full(len(crow), -1)
    pos[kept] = np.arange(len(kept))
    kcrow = crow[kept]
    start = np.concatenate([[0], np.cumsum(np.bincount(kcrow, minlength=n_rows))])
    cnt = np.bincount(pos[gold], minlength=len(kept)).astype(float)
    nq = np.bincount(qrow, minlength=n_rows).astype(float)
    non = np.full(n_rows, float(n_ent - per))
    rest = row_rest(crow, s0, kept, n_rows)
    assert np.isfinite(rest).all()
    loss, grads = _loss_grad(P, XT[:, kept], C[:, kept], kcrow, start, cnt, nq, non, rest, 0,
                             n_rows, 0.0, True)
    assert loss == pytest.approx(dense_loss(P), rel=1e-4)
    for name, idx in (("v", 2), ("W", (1, 3)), ("U", (0, 4))):
        Pp, Pm = P.copy(), P.copy()
        getattr(Pp, name)[idx] += 1e-3
        getattr(Pm, name)[idx] -= 1e-3
        num = (dense_loss(Pp) - dense_loss(Pm)) / 2e-3
        assert grads[name][idx] == pytest.approx(num, rel=2e-2, abs=1e-4)

    # fit_hidden with pruning: XOR answers among the kept candidates, decoys below
    n_rows = 200
    crow = np.repeat(np.arange(n_rows), 6)
    cobj = np.tile(np.arange(6), n_rows)
    XT = np.zeros((3, len(crow)), np.float32)
    XT[0] = 1.0
    XT[0, 3::6] = XT[0, 4::6] = XT[0, 5::6] = 0.0        # three weak candidates per row
    ans = np.zeros(n_rows, int)
    for r in range(n_rows):
        a = 6 * r
        XT[1, a:a + 3] = [1, 1, 0] if r % 2 else [1, 0, 0]
        XT[2, a:a + 3] = [1, 0, 1] if r % 2 else [1, 0, 1]
        ans[r] = a + (1 if r % 2 else 2)
    C = np.vstack([np.ones(len(crow)), np.zeros((3, len(crow)))]).astype(np.float32)
    W = np.zeros((4, 3))
    W[0, 0] = 2.0
    s0 = scores(Params.linear(W), XT, C)
    kept = top_per_row(crow, s0, 3)
    assert (cobj[kept] < 3).all()
    cs = CandidateSet(np.zeros((0, 3), np.float32), crow, cobj, np.zeros(n_rows, int),
                      np.arange(n_rows), cobj[ans], ans, 20)
    P0 = Params.linear(W, hidden=8)
    P, held, ep = fit_hidden(cs, XT[:, kept], C[:, kept], P0, epochs=80, lr=0.03, holdout=0.2,
                             patience=80, kept=kept, s0=s0)
    assert ep > 0 and held == pytest.approx(100.0)
    assert np.array_equal(P.W, W)


def test_mixture_applies_the_hidden_layer_to_each_rows_top_candidates(tmp_path, monkeypatch):
    """``Mixture.score``: each row's top ``PRUNE`` candidates by the linear weights ``W0`` get
    the full model (linear part + hidden layer), every other candidate its ``W0`` score."""
    from eventwatch.tkg import mixture
    from eventwatch.tkg.candidates import context_scores, design
    from eventwatch.tkg.data import with_inverses
    from eventwatch.tkg.hidden import scores, top_per_row

    d = load_dataset(write(tmp_path / "syn", *synthetic()))
    m = Mixture()
    m.fit(d)
    m.P.v = np.random.default_rng(0).normal(size=len(m.P.v))   # a hidden layer that matters
    m.begin(d, "test")
    t = int(d.test[0, 3])
    sr = np.unique(with_inverses(d.test[d.test[:, 3] == t], d.num_relations)[:, :2], axis=0)
    monkeypatch.setattr(mixture, "PRUNE", 2)
    row, obj, X = m.features(sr, t)
    out = m.score(sr, t)
    XT, C, _ = design(X, row, len(sr), m.scale)
    s0 = context_scores(XT, C, m.W0)
    full = scores(m.P, XT, C)
    top = np.zeros(len(row), bool)
    top[top_per_row(row, s0, 2)] = True
    assert (~top).sum() > 0 and top.sum() == np.minimum(np.bincount(row), 2).sum()
    assert np.allclose(out[row[top], obj[top]], full[top], rtol=1e-5, atol=1e-4)   # float32
    assert np.allclose(out[row[~top], obj[~top]], s0[~top])
    assert not np.allclose(full[~top], s0[~top])
    assert (out[row[top], obj[top]] != 0).all()


def test_online_embedding_learns_only_from_revealed_facts(tmp_path, monkeypatch):
    """With ``EMB_ONLINE`` = k the embedding is trained further every k scored steps, on
    everything seen so far (the default) or, with ``EMB_REPLAY``, on the facts revealed since
    the last update plus as many older ones drawn from the history; never on a fact later than
    the step just observed. The fitted model itself is left unchanged, and without
    ``EMB_ONLINE`` nothing is trained while a split is scored."""
    from eventwatch.tkg import mixture
    from eventwatch.tkg.embedding import ComplEx

    folder = write(tmp_path / "syn", *synthetic(seed=4))
    d = load_dataset(folder)
    m = Mixture(emb_min_facts=10)
    m._setup(d)
    m._fit_embeddings(d, int(np.median(d.train[:, 3])))
    stored = m.embs["test"].ent.copy()
    calls = []
    real_fit = ComplEx.fit

    def spy(self, quads, n_rel, epochs=20, lr=3e-3, seed=None):
        calls.append((int(m.hist.now), quads.copy(), epochs))
        return real_fit(self, quads, n_rel, epochs, lr, seed)

    monkeypatch.setattr(ComplEx, "fit", spy)
    monkeypatch.setattr(mixture, "EMB_ONLINE", None)
    rank_split(m, d, "test")
    assert calls == []                                   # static without EMB_ONLINE
    monkeypatch.setattr(mixture, "EMB_ONLINE", 2)
    monkeypatch.setattr(mixture, "EMB_REPLAY", 1.0)
    run = rank_split(m, d, "test")
    steps = np.unique(d.test[:, 3])
    assert len(calls) == len(steps) // 2
    history = np.concatenate([d.train, d.valid])
    key = lambda q: set(map(tuple, q[:, :4].tolist()))   # noqa: E731
    for i, (now, quads, epochs) in enumerate(calls):
        new = d.test[np.isin(d.test[:, 3], steps[2 * i:2 * i + 2])]
        assert now == steps[2 * i + 1]                   # right after the 2nd step was observed
        assert quads[:, 3].max() <= now                  # nothing from the future
        assert key(new) <= key(quads)                    # every newly revealed fact
        assert len(quads) == 2 * len(new)                # ... plus as many replayed ones
        older = np.concatenate([history, d.test[d.test[:, 3] < steps[2 * i]]])
        assert key(quads) - key(new) <= key(older)
        assert epochs == mixture.EMB_ONLINE_EPOCHS
    assert np.array_equal(m.embs["test"].ent, stored)   # the fitted model is not changed
    assert not np.array_equal(m.emb.ent, stored)         # the scoring copy was trained
    assert metrics(run.ranks[0])["mrr"] > 0
    # the default: every EMB_ONLINE steps on everything seen so far (refresh epochs)
    monkeypatch.setattr(mixture, "EMB_ONLINE", 3)
    monkeypatch.setattr(mixture, "EMB_REPLAY", None)
    calls.clear()
    rank_split(m, d, "test")
    assert len(calls) == len(steps) // 3
    for i, (now, quads, epochs) in enumerate(calls):
        assert now == steps[3 * i + 2]
        seen = np.concatenate([history, d.test[d.test[:, 3] <= now]])
        assert len(quads) == len(seen) and key(quads) == key(seen)
        assert epochs == mixture.EMB_REFRESH_EPOCHS
    assert np.array_equal(m.embs["test"].ent, stored)


def test_online_embedding_over_gathered_queries(tmp_path, monkeypatch):
    """``_gather(..., online=True)`` updates a copy of the embedding as the queries advance (the
    model's stored embedding is left alone); with ``EMB_ONLINE`` None it stays as fitted."""
    from eventwatch.tkg import mixture

    folder = write(tmp_path / "syn", *synthetic(seed=5))
    d = load_dataset(folder)
    mid = int(np.median(d.train[:, 3]))
    hist, queries = d.train[d.train[:, 3] < mid], d.train[d.train[:, 3] >= mid]
    m = Mixture(emb_min_facts=10)
    m._setup(d)
    m._fit_embeddings(d, mid)
    m.emb = m.embs["half"]
    before = m.emb.ent.copy()
    monkeypatch.setattr(mixture, "EMB_ONLINE", None)
    m._gather(d, hist, queries, 10 ** 6, np.random.default_rng(0), online=True)
    assert m.emb is m.embs["half"] and np.array_equal(m.emb.ent, before)
    monkeypatch.setattr(mixture, "EMB_ONLINE", 1)
    m._gather(d, hist, queries, 10 ** 6, np.random.default_rng(0), online=True)
    assert m.emb is not m.embs["half"] and not np.array_equal(m.emb.ent, before)
    assert np.array_equal(m.embs["half"].ent, before)
    assert m._updates == len(np.unique(queries[:, 3])) and not m._online


def test_country_groups_from_icews_style_names(tmp_path):
    from eventwatch.tkg.data import country_groups

    names = ["Police (India)", "India", "Citizen_(Nigeria)", "Nigeria", "Kim Jong-Un",
             "Holy See (Vatican City State)", "Parliament"]
    g = country_groups(names, 8)
    assert g[0] == g[1] >= 0 and g[2] == g[3] >= 0 and g[0] != g[2]
    assert g[5] >= 0 and len({g[0], g[2], g[5]}) == 3
    assert g[4] == -1 and g[6] == -1 and g[7] == -1    # no country; id without a name
    assert (country_groups(None, 3) == -1).all()
    # names are read from entity2id.txt ("name<TAB>id") by load_dataset
    folder = write(tmp_path / "named", TRAIN, VALID, TEST)
    (folder / "entity2id.txt").write_text("A (B)\t0\nB\t1\nC\t2\nD (B)\t3\n")
    d = load_dataset(folder)
    assert d.entity_names == ["A (B)", "B", "C", "D (B)"]
    assert list(country_groups(d.entity_names, d.num_entities)) == [0, 0, -1, 0]
    (folder / "entity2id.txt").write_text("A (B)\t0\nnot an id line\n")
    assert load_dataset(folder).entity_names is None


def test_mixture_country_group_features_and_candidates(tmp_path):
    """A subject that never met o still gets o as a candidate when another member of its
    country group did r with o; the group counts decay with ``CTRY_DECAY``."""
    from eventwatch.tkg import mixture
    from eventwatch.tkg.mixture import FEATURES

    names = ["Police (India)", "India", "Citizen (India)", "Pakistan", "Army (Pakistan)", "Kim"]
    train = [(1, 0, 3, 0, -1), (5, 0, 4, 0, -1), (5, 0, 4, 24, -1), (2, 1, 1, 24, -1)]
    valid = [(0, 0, 3, 72, -1)]
    test = [(0, 0, 3, 96, -1)]
    folder = write(tmp_path / "ctry", train, valid, test)
    (folder / "entity2id.txt").write_text("".join(f"{n}\t{i}\n" for i, n in enumerate(names)))
    d = load_dataset(folder)
    m = Mixture(top_pop=1)
    m.begin(d, "valid")
    sr = np.array([[0, 0], [5, 0], [2, 0]])
    row, obj, X = m.features(sr, 3)
    f = {n: X[:, FEATURES.index(n)] for n in ("same_ctry", "ctry_rel", "ctry_pair")}
    at = {(int(r), int(o)): i for i, (r, o) in enumerate(zip(row, obj, strict=True))}
    # Police (India): Pakistan only through its group (India did r0 with it 3 steps ago)
    i = at[(0, 3)]
    assert X[i, :10][[0, 1, 2, 5, 6, 7]].max() == 0
    expect = np.log1p(2.0 ** (-mixture.CTRY_DECAY * 3))
    assert f["ctry_rel"][i] == pytest.approx(expect) and f["ctry_pair"][i] == pytest.approx(expect)
    assert f["same_ctry"][i] == 0
    # Citizen (India) too; India itself (its group's member since step 1) is in the same group
    assert (2, 3) in at
    for (r, o), i in at.items():
        assert f["same_ctry"][i] == (r in (0, 2) and o in (0, 1, 2))
    # Kim has no group: no group candidates, group features 0
    assert (5, 3) not in at
    kim = row == 1
    assert (f["ctry_rel"][kim] == 0).all() and (f["same_ctry"][kim] == 0).all()
    # without names every group feature is 0
    (folder / "entity2id.txt").unlink()
    m2 = Mixture(top_pop=1)
    m2.begin(load_dataset(folder), "valid")
    _, _, X2 = m2.features(sr, 3)
    named = [FEATURES.index(n) for n in ("same_ctry", "ctry_rel", "ctry_pair", "type_fit",
                                         "type_share", "ctry_rel_fast")]
    assert (X2[:, named] == 0).all()


def test_entity_types_and_type_fit_candidates(tmp_path):
    """Police (Kenya) acted on Citizen (Kenya); for Police (India) the type fit makes
    Citizen (India) a candidate (same group, the type that fits (Police, r)), not Citizen
    (Nigeria) of another group."""
    from eventwatch.tkg import mixture
    from eventwatch.tkg.data import entity_types
    from eventwatch.tkg.mixture import FEATURES

    names = ["Police (India)", "India", "Citizen (India)", "Kenya", "Army (Kenya)", "Kim",
             "Police (Kenya)", "Citizen (Kenya)", "Citizen (Nigeria)", "Nigeria"]
    ty = entity_types(names, 11)
    assert ty[0] == ty[6] and ty[2] == ty[7] == ty[8] and ty[1] == ty[3] == ty[9]
    assert len({ty[0], ty[1], ty[2], ty[4], ty[5]}) == 5 and ty[10] == -1
    assert (entity_types(None, 4) == -1).all()
    train = [(5, 0, 4, 0, -1), (5, 0, 4, 24, -1), (6, 2, 7, 0, -1), (2, 1, 1, 24, -1),
             (8, 1, 9, 24, -1)]
    folder = write(tmp_path / "types", train, [(0, 2, 2, 72, -1)], [(0, 2, 2, 96, -1)])
    (folder / "entity2id.txt").write_text("".join(f"{n}\t{i}\n" for i, n in enumerate(names)))
    m = Mixture(top_pop=1)
    m.begin(load_dataset(folder), "valid")
    sr = np.array([[0, 2], [1, 2]])
    row, obj, X = m.features(sr, 3)
    at = {(int(r), int(o)): i for i, (r, o) in enumerate(zip(row, obj, strict=True))}
    i = at[(0, 2)]
    assert X[i, :10][[0, 1, 2, 5, 6, 7]].max() == 0
    fit = np.log1p(2.0 ** (-mixture.CTRY_DECAY * 3))
    assert X[i, FEATURES.index("type_fit")] == pytest.approx(fit)
    assert X[i, FEATURES.index("type_share")] == pytest.approx(1.0)
    assert (0, 8) not in at                       # a Citizen of another group
    # India (a country) never acted under r2: Citizen (India) is its candidate (they met)
    # with no type fit
    assert X[at[(1, 2)], FEATURES.index("type_fit")] == 0
    j = at.get((0, 7))                            # Citizen (Kenya) is popular for r2
    assert j is not None and X[j, FEATURES.index("same_ctry")] == 0


def test_mixture_adds_the_embeddings_favourites_as_candidates(tmp_path, monkeypatch):
    from eventwatch.tkg import mixture

    d = load_dataset(write(tmp_path / "syn", *synthetic(seed=2)))
    m = Mixture(emb_min_facts=10, top_pop=1)
    m._fit_embeddings(d, int(np.median(d.train[:, 3])))
    m.begin(d, "test")
    sr = np.array([[0, 0], [1, 1], [5, 2]])
    t = int(d.test[0, 3])
    monkeypatch.setattr(mixture, "EMB_TOP", 5)
    row, obj, X = m.features(sr, t)
    z = m.emb.logits(sr[:, 0], sr[:, 1])
    have = set(zip(row.tolist(), obj.tolist(), strict=True))
    for i in range(len(sr)):
        for o in np.argsort(-z[i])[:5]:
            assert (i, int(o)) in have
    # every candidate still carries its embedding score
    from eventwatch.tkg.mixture import FEATURES
    assert np.all(X[:, FEATURES.index("emb")] != 0)
    monkeypatch.setattr(mixture, "EMB_TOP", 0)
    row0, _, _ = m.features(sr, t)
    assert len(row0) < len(row)


def test_common_neighbour_features_by_hand(tmp_path, monkeypatch):
    """s = 0 met x = 1 (twice) and x = 2 (once); 1 met o = 3, 2 met 3 and 4. For (0, r, 3):
    walk = sum_x p(x|0) p(3|x), sim = sum_x p(x|0) p(x|3), aa = sum_x 1 / log(2 + W(x)),
    all from the decayed pair weights; only the ``CN_MIDS`` strongest partners count."""
    from eventwatch.tkg import mixture
    from eventwatch.tkg.mixture import FEATURES

    train = [(0, 0, 1, 0, -1), (0, 1, 1, 0, -1), (2, 0, 0, 0, -1), (1, 0, 3, 0, -1),
             (2, 0, 3, 0, -1), (4, 1, 2, 0, -1)]
    folder = write(tmp_path / "cn", train, [(0, 0, 3, 24, -1)], [(0, 0, 3, 48, -1)])
    d = load_dataset(folder)
    m = Mixture(top_pop=5)
    m.begin(d, "valid")
    sr = np.array([[0, 0]])
    row, obj, X = m.features(sr, 1)
    i = list(obj).index(3)
    f = {n: X[i, FEATURES.index(n)] for n in ("cn_walk", "cn_sim", "cn_aa")}
    a = 0.5 ** 0.1   # every weight decayed by one step at pair decay 0.1
    W = {0: 3 * a, 1: 3 * a, 2: 3 * a, 3: 2 * a, 4: a}   # sum of each entity's pair weights
    w01, w02, w13, w23 = 2 * a, a, a, a
    walk = w01 / W[0] * w13 / W[1] + w02 / W[0] * w23 / W[2]
    sim = w01 / W[0] * w13 / W[3] + w02 / W[0] * w23 / W[3]
    aa = 1 / np.log(2 + W[1]) + 1 / np.log(2 + W[2])
    assert f["cn_walk"] == pytest.approx(np.log1p(100 * walk))
    assert f["cn_sim"] == pytest.approx(np.log1p(100 * sim))
    assert f["cn_aa"] == pytest.approx(np.log1p(aa))
    # o = 1 is s's own partner, reached through no common neighbour
    assert X[list(obj).index(1), FEATURES.index("cn_walk")] == 0
    # only the strongest partner (x = 1) counts
    monkeypatch.setattr(mixture, "CN_MIDS", 1)
    _, obj1, X1 = m.features(sr, 1)
    j = list(obj1).index(3)
    one = np.log1p(100 * w01 / W[0] * w13 / W[1])
    assert X1[j, FEATURES.index("cn_walk")] == pytest.approx(one)
    assert X1[j, FEATURES.index("cn_aa")] == pytest.approx(np.log1p(1 / np.log(2 + W[1])))
    # off: all 0
    monkeypatch.setattr(mixture, "CN_MIDS", 0)
    _, _, X0 = m.features(sr, 1)
    assert (X0[:, FEATURES.index("cn_walk"):FEATURES.index("cn_aa") + 1] == 0).all()


def test_fast_country_group_prior_decays_faster(tmp_path):
    """``ctry_rel_fast``: the (group(s), r, o) count at decay ``REL_FAST`` per step."""
    from eventwatch.tkg import mixture
    from eventwatch.tkg.mixture import FEATURES

    names = ["Police (India)", "India", "Pakistan"]
    folder = write(tmp_path / "fast", [(1, 0, 2, 0, -1)], [(0, 0, 2, 72, -1)],
                   [(0, 0, 2, 96, -1)])
    (folder / "entity2id.txt").write_text("".join(f"{n}\t{i}\n" for i, n in enumerate(names)))
    m = Mixture(top_pop=1)
    m.begin(load_dataset(folder), "valid")
    row, obj, X = m.features(np.array([[0, 0]]), 3)
    i = list(obj).index(2)
    assert X[i, FEATURES.index("ctry_rel_fast")] == pytest.approx(
        np.log1p(2.0 ** (-mixture.REL_FAST * 3)))
    assert X[i, FEATURES.index("ctry_rel")] == pytest.approx(
        np.log1p(2.0 ** (-mixture.CTRY_DECAY * 3)))


def test_gbm_inputs_relevance_and_groups():
    """The trees' inputs are the first k designed rows (no squares) and the row statistics
    C[1:], one candidate per line; relevance marks the true answers; rows without an answer
    among their candidates form no group."""
    from eventwatch.tkg.candidates import CandidateSet
    from eventwatch.tkg.gbm import gbm_inputs, groups, relevance

    # rows 0 (candidates 0, 1, 2; answer = candidate 1), 1 (candidates 3, 4; answer without
    # evidence), 2 (candidate 5; two queries, both answered by it)
    e = np.zeros(0, np.int64)
    cs = CandidateSet(np.zeros((6, 2), np.float32), np.array([0, 0, 0, 1, 1, 2]),
                      np.array([1, 2, 3, 0, 2, 4]), np.array([0, 0, 1]), np.array([0, 1, 2, 2]),
                      np.array([2, 3, 4, 4]), np.array([1, -1, 5, 5]), 5, e)
    y = relevance(cs)
    assert y.tolist() == [0, 1, 0, 0, 0, 1]
    has = np.bincount(cs.crow, weights=y, minlength=3) > 0       # rows 0 and 2
    idx, g = groups(cs, has)
    assert idx.tolist() == [0, 1, 2, 5] and g.tolist() == [3, 1]
    XT = np.arange(18, dtype=np.float32).reshape(3, 6)          # k = 2 features + 1 square
    C = np.vstack([np.ones(6), 10 + np.arange(6), 20 + np.arange(6),
                   30 + np.arange(6)]).astype(np.float32)
    F = gbm_inputs(XT, C, 2, np.array([1, 5]))
    # candidate 1: features XT[0, 1] = 1, XT[1, 1] = 7; statistics 11, 21, 31 (square dropped)
    assert F.tolist() == [[1, 7, 11, 21, 31], [5, 11, 15, 25, 35]]
    assert F.flags["F_CONTIGUOUS"]


def test_gbm_calibration_by_hand():
    """(a, c) maximise the softmax likelihood over all entities with the candidates at
    a f + c and the others at 0. Five one-candidate rows, 3 entities: of the two rows with
    f = 1 the candidate is the answer of one, so e^(a+c) / (e^(a+c) + 2) = 1/2, a + c = log 2;
    of the three rows with f = 0 it answers one, e^c / (e^c + 2) = 1/3, c = 0; a = log 2."""
    from eventwatch.tkg.candidates import CandidateSet
    from eventwatch.tkg.gbm import calibrate

    n = 5
    rows = np.arange(n)
    cs = CandidateSet(np.zeros((n, 1), np.float32), rows, np.zeros(n, np.int64),
                      np.zeros(n, np.int64), rows, np.array([0, 1, 0, 1, 2]),
                      np.array([0, -1, 2, -1, -1]), 3, rows)
    a, c = calibrate(cs, np.array([1.0, 1.0, 0.0, 0.0, 0.0]))
    assert a == pytest.approx(np.log(2.0), abs=1e-4)
    assert c == pytest.approx(0.0, abs=1e-4)


def test_gbm_ranker_learns_a_non_linear_rule_and_blends(monkeypatch):
    """On rows of 4 candidates whose answer is the only one with feature 0 in [0.4, 0.6] (the
    others in [0, 0.4) or (0.6, 1]: no monotone, linear score can find it), the trees rank
    the answer first on the held-out rows (MRR 1 among candidates); the blend is
    (1 - w) s + w (a f + c), and w = 0 returns s."""
    from eventwatch.tkg import gbm
    from eventwatch.tkg.candidates import CandidateSet, candidate_ranks

    monkeypatch.setitem(gbm.PARAMS, "min_data_in_leaf", 5)
    rng = np.random.default_rng(0)
    n_rows, per, n_ent = 400, 4, 50
    crow = np.repeat(np.arange(n_rows), per)
    u = rng.random(n_rows * per)
    x = np.where(rng.random(n_rows * per) < 0.5, 0.4 * u, 0.6 + 0.4 * u)
    ans = np.arange(n_rows) * per + rng.integers(0, per, n_rows)
    x[ans] = 0.4 + 0.2 * u[ans]
    cobj = np.tile(np.arange(per), n_rows)
    cs = CandidateSet(np.zeros((len(crow), 1), np.float32), crow, cobj, np.zeros(n_rows, np.int64),
                      np.arange(n_rows), cobj[ans], ans, n_ent, np.zeros(n_rows, np.int64))
    XT = np.vstack([x, rng.random(len(crow))]).astype(np.float32)   # feature 1 is noise
    C = np.vstack([np.ones(len(crow)), np.zeros((3, len(crow)))]).astype(np.float32)
    g = gbm.GBMRanker(2).fit(cs, XT, C, rounds=60)
    f = g.raw(XT, C)
    hold = np.arange(n_rows) >= int(n_rows * (1 - gbm.HOLDOUT))
    r = candidate_ranks(cs, f - f.min() + 1.0)[hold]
    assert np.mean(1.0 / r) > 0.95
    assert g.a > 0    # a higher tree score means a likelier answer
    s = rng.normal(size=len(f))
    assert np.allclose(g.blend(s, f, 0.25), 0.75 * s + 0.25 * (g.a * f + g.c))
    assert g.blend(s, f, 0.0) is s


def test_gbm_averages_several_bagged_boosters(monkeypatch):
    """``MODELS``: one booster per entry, all on the same rows, their raw scores averaged.
    Two boosters (bagging seeds 0 and 1, 80 % of the query groups each) on the rule of the
    test above; the ranker's raw score of each candidate is (b0 + b1) / 2 of the two boosters'
    own predictions, the boosters differ (other bags), ``best_iter`` counts the trees of both,
    and the average still ranks the held-out answers first (MRR > 0.95)."""
    from eventwatch.tkg import gbm
    from eventwatch.tkg.candidates import CandidateSet, candidate_ranks

    monkeypatch.setitem(gbm.PARAMS, "min_data_in_leaf", 5)
    monkeypatch.setattr(gbm, "MODELS", ({"bagging_seed": 0}, {"bagging_seed": 1}))
    rng = np.random.default_rng(2)
    n_rows, per = 400, 4
    crow = np.repeat(np.arange(n_rows), per)
    u = rng.random(n_rows * per)
    x = np.where(rng.random(n_rows * per) < 0.5, 0.4 * u, 0.6 + 0.4 * u)
    ans = np.arange(n_rows) * per + rng.integers(0, per, n_rows)
    x[ans] = 0.4 + 0.2 * u[ans]
    cobj = np.tile(np.arange(per), n_rows)
    cs = CandidateSet(np.zeros((len(crow), 1), np.float32), crow, cobj, np.zeros(n_rows, np.int64),
                      np.arange(n_rows), cobj[ans], ans, 50, np.zeros(n_rows, np.int64))
    XT = np.vstack([x, rng.random(len(crow))]).astype(np.float32)
    C = np.vstack([np.ones(len(crow)), np.zeros((3, len(crow)))]).astype(np.float32)
    g = gbm.GBMRanker(2).fit(cs, XT, C, rounds=40)
    assert len(g.boosters) == 2 and g.best_iter == sum(g.best_iters)
    F = gbm.gbm_inputs(XT, C, 2)
    b0, b1 = (b.predict(F, num_iteration=it)
              for b, it in zip(g.boosters, g.best_iters, strict=True))
    assert not np.allclose(b0, b1)
    f = g.raw(XT, C)
    assert np.allclose(f, (b0 + b1) / 2)
    hold = np.arange(n_rows) >= int(n_rows * (1 - gbm.HOLDOUT))
    assert np.mean(1.0 / candidate_ranks(cs, f - f.min() + 1.0)[hold]) > 0.95


def test_mixture_blends_the_trees_with_the_hidden_layers(tmp_path, monkeypatch):
    """With the trees on (``GBM``, enough rows), ``Mixture.score`` gives each row's ``TOP``
    best candidates by the hidden layers (1 - w) s + w (a f + c) with f the trees' score, and
    every other candidate its row's lowest f of those, so it stays below them."""
    from eventwatch.tkg import gbm, mixture
    from eventwatch.tkg.candidates import design
    from eventwatch.tkg.data import with_inverses
    from eventwatch.tkg.hidden import scores, top_per_row

    monkeypatch.setattr(mixture, "GBM_MIN_ROWS", 1)
    monkeypatch.setattr(mixture, "GBM_WEIGHT", 0.5)    # fixed, not chosen on valid
    monkeypatch.setitem(gbm.PARAMS, "min_data_in_leaf", 2)
    monkeypatch.setattr(gbm, "TOP", 2)
    d = load_dataset(write(tmp_path / "syn", *synthetic()))
    m = Mixture()
    m.fit(d)
    assert m.gbm is not None and m.gbm.w == 0.5 and m.gbm.best_iter > 0
    m.begin(d, "test")
    t = int(d.test[0, 3])
    sr = np.unique(with_inverses(d.test[d.test[:, 3] == t], d.num_relations)[:, :2], axis=0)
    row, obj, X = m.features(sr, t)
    out = m.score(sr, t)
    XT, C, _ = design(X, row, len(sr), m.scale)
    s = scores(m.P, XT, C)
    f = m.gbm.raw(XT, C)
    top = np.zeros(len(row), bool)
    top[top_per_row(row, s, 2)] = True
    assert (~top).any()
    want = 0.5 * s + 0.5 * (m.gbm.a * f + m.gbm.c)
    assert np.allclose(out[row[top], obj[top]], want[top], rtol=1e-5, atol=1e-4)
    low = np.array([f[top & (row == r)].min() for r in row[~top]])
    assert np.allclose(out[row[~top], obj[~top]],
                       0.5 * s[~top] + 0.5 * (m.gbm.a * low + m.gbm.c), rtol=1e-5, atol=1e-4)


def test_gbm_groups_keep_only_the_given_candidates():
    """``groups(cs, rows, keep)``: the candidates of the chosen rows where ``keep``, and each
    row's group size counted over those only. Rows 0 (candidates 0, 1, 2) and 2 (candidate 5)
    chosen; keep drops candidate 1: indices 0, 2, 5, groups of 2 and 1."""
    from eventwatch.tkg.candidates import CandidateSet
    from eventwatch.tkg.gbm import groups

    e = np.zeros(0, np.int64)
    cs = CandidateSet(np.zeros((6, 1), np.float32), np.array([0, 0, 0, 1, 1, 2]),
                      np.array([1, 2, 3, 0, 2, 4]), np.array([0, 0, 1]), e, e, e, 5, e)
    keep = np.array([True, False, True, True, True, True])
    idx, g = groups(cs, np.array([True, False, True]), keep)
    assert idx.tolist() == [0, 2, 5] and g.tolist() == [2, 1]


def test_gbm_trains_on_each_rows_top_candidates(monkeypatch):
    """With the hidden layers' scores ``s``, the trees see only each row's ``TRAIN_TOP`` best
    candidates by ``s``. 400 rows of 4 candidates, TRAIN_TOP = 2, every answer among its row's
    2 best by s: the fit rows are the first int(400 * 0.9) = 360 (2 * 360 = 720 inputs), the
    held-out rows the last 40 (80 inputs), and the calibration scores those 40 rows' top 2
    (80 more); without ``s`` the fit would take all 4 * 360 = 1,440."""
    from eventwatch.tkg import gbm
    from eventwatch.tkg.candidates import CandidateSet, candidate_ranks

    monkeypatch.setitem(gbm.PARAMS, "min_data_in_leaf", 5)
    monkeypatch.setattr(gbm, "TRAIN_TOP", 2)
    monkeypatch.setattr(gbm, "TOP", 2)
    sizes = []
    real = gbm.gbm_inputs

    def spy(XT, C, k, idx=None):
        sizes.append(XT.shape[1] if idx is None else len(idx))
        return real(XT, C, k, idx)

    monkeypatch.setattr(gbm, "gbm_inputs", spy)
    rng = np.random.default_rng(1)
    n_rows, per = 400, 4
    crow = np.repeat(np.arange(n_rows), per)
    u = rng.random(n_rows * per)
    x = np.where(rng.random(n_rows * per) < 0.5, 0.4 * u, 0.6 + 0.4 * u)
    ans = np.arange(n_rows) * per + rng.integers(0, per, n_rows)
    x[ans] = 0.4 + 0.2 * u[ans]
    s = rng.random(n_rows * per)
    s[ans] = 2.0                                          # the answer is always in the top 2
    cobj = np.tile(np.arange(per), n_rows)
    cs = CandidateSet(np.zeros((len(crow), 1), np.float32), crow, cobj, np.zeros(n_rows, np.int64),
                      np.arange(n_rows), cobj[ans], ans, 50, np.zeros(n_rows, np.int64))
    XT = np.vstack([x, rng.random(len(crow))]).astype(np.float32)
    C = np.vstack([np.ones(len(crow)), np.zeros((3, len(crow)))]).astype(np.float32)
    g = gbm.GBMRanker(2).fit(cs, XT, C, rounds=40, s=s)
    assert sizes == [720, 80, 80]
    assert g.a > 0
    f = g.top_raw(crow, n_rows, s, XT, C)
    hold = np.arange(n_rows) >= 360
    assert np.mean(1.0 / candidate_ranks(cs, f - f.min() + 1.0)[hold]) > 0.9


def test_mixture_refits_the_trees_on_train_and_valid(tmp_path, monkeypatch):
    """``GBM_REFIT``: after the fine-tuning the trees are fitted again, on the training rows
    followed by the valid rows (so that set has train's rows + valid's), and keep the weight
    chosen on valid. With fewer valid queries than ``VALID_QUERIES`` every valid row is
    gathered: one row per distinct (s, r, t) of valid and its inverses."""
    from eventwatch.tkg import gbm, mixture
    from eventwatch.tkg.data import with_inverses

    monkeypatch.setattr(mixture, "GBM_MIN_ROWS", 1)
    monkeypatch.setattr(mixture, "GBM_WEIGHT", 0.5)
    monkeypatch.setattr(mixture, "GBM_REFIT", True)
    monkeypatch.setitem(gbm.PARAMS, "min_data_in_leaf", 2)
    calls = []
    real = gbm.GBMRanker.fit

    def spy(self, cs, XT, C, *a, **kw):
        calls.append((cs.n_rows, XT.shape[1], kw.get("s") is not None))
        return real(self, cs, XT, C, *a, **kw)

    monkeypatch.setattr(gbm.GBMRanker, "fit", spy)
    d = load_dataset(write(tmp_path / "syn", *synthetic()))
    m = Mixture()
    m.fit(d)
    q = with_inverses(d.valid, d.num_relations)
    n_valid_rows = len(np.unique(q[:, [0, 1, 3]], axis=0))
    assert len(calls) == 2 and calls[0][2] and calls[1][2]
    assert calls[1][0] == calls[0][0] + n_valid_rows
    assert calls[1][1] > calls[0][1]         # the train + valid candidates' columns
    assert m.gbm is not None and m.gbm.w == 0.5
