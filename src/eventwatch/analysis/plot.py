"""Figures (matplotlib, Agg backend): a dyad's series with its shifts marked.

``dyad_figure(series, shifts, title)`` draws events per period stacked by QuadClass (top) and the
conflict share and mean Goldstein (bottom); each detected change point is a vertical line, solid
red for a significant rise in conflict, dashed grey otherwise. ``png_bytes`` renders to PNG.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

QUAD_COLOURS = {1: "#4c9f70", 2: "#1f6f8b", 3: "#f0a202", 4: "#c0392b"}
QUAD_LABELS = {1: "verbal coop.", 2: "material coop.", 3: "verbal conflict",
               4: "material conflict"}


def dyad_figure(series: list[dict], shifts: list, title: str):
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 5.5), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 2]})
    x = [r["period"] for r in series]
    width = (x[1] - x[0]).days * 0.9 if len(x) > 1 else 0.9
    base = [0] * len(series)
    for q in (1, 2, 3, 4):
        ys = [r[f"q{q}"] for r in series]
        top.bar(x, ys, width=width, bottom=base, color=QUAD_COLOURS[q], label=QUAD_LABELS[q],
                align="edge")
        base = [b + y for b, y in zip(base, ys, strict=True)]
    top.set_ylabel("events")
    top.legend(loc="upper left", fontsize=8, ncol=4)
    top.set_title(title)
    share = [r["conflict_share"] for r in series]
    bottom.plot(x, [s if s is not None else float("nan") for s in share], color="#c0392b",
                marker=".", label="conflict share")
    bottom.set_ylim(-0.05, 1.05)
    bottom.set_ylabel("conflict share")
    g_ax = bottom.twinx()
    g_ax.plot(x, [r["goldstein_mean"] if r["goldstein_mean"] is not None else float("nan")
                  for r in series], color="#555555", linewidth=0.8, label="mean Goldstein")
    g_ax.set_ylim(-10.5, 10.5)
    g_ax.set_ylabel("mean Goldstein")
    for sh in shifts:
        style = dict(color="#c0392b", linestyle="-", linewidth=1.6) if sh.significant \
            else dict(color="#888888", linestyle="--", linewidth=1)
        for ax in (top, bottom):
            ax.axvline(sh.date, **style)
        if sh.significant:
            top.annotate(f"shift {sh.date.isoformat()}", (sh.date, top.get_ylim()[1] * 0.92),
                         fontsize=8, color="#c0392b", xytext=(3, 0), textcoords="offset points")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def png_bytes(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()
