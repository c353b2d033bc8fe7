"""A self-contained HTML report of a store: summary, the top dyads' plots, the alerts.

``write_report(con, out_dir)`` writes ``out_dir/report.html``; plots are inline PNG (base64) and
the styles inline, so the one file can be mailed as is. All text is HTML-escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from pathlib import Path

from eventwatch.analysis.alerts import scan
from eventwatch.analysis.dyads import dyad_series
from eventwatch.analysis.plot import dyad_figure, png_bytes
from eventwatch.analysis.shifts import find_shifts
from eventwatch.analysis.summary import summary

STYLE = """body{font-family:sans-serif;margin:2em;max-width:1000px;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 8px;
font-size:90%;text-align:left}th{background:#eee}.num{text-align:right}h2{margin-top:1.5em}
.small{color:#666;font-size:85%}"""


def _e(x) -> str:
    return html.escape("" if x is None else str(x))


def _table(rows: list[dict], cols: list[str]) -> str:
    if not rows:
        return "<p class=small>(none)</p>"
    head = "".join(f"<th>{_e(c)}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(
            f"<td class=num>{_e(r.get(c))}</td>" if isinstance(r.get(c), int | float)
            else f"<td>{_e(r.get(c))}</td>" for c in cols) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def dyad_png(con, a: str, b: str, freq: str = "week") -> tuple[bytes | None, list]:
    """The dyad's plot (shifts found on the daily series) and its shifts."""
    daily = dyad_series(con, a, b, freq="day")
    if not daily:
        return None, []
    shifts = find_shifts([r["period"] for r in daily], [r["conflict"] for r in daily],
                         [r["events"] for r in daily])
    series = daily if freq == "day" else dyad_series(con, a, b, freq=freq)
    return png_bytes(dyad_figure(series, shifts, f"{a} - {b} ({freq})")), shifts


def render(con, *, n_dyads: int = 4, since: dt.date | None = None) -> str:
    s = summary(con)
    al = scan(con, since=since)
    parts = [f"<!DOCTYPE html><html><head><meta charset=utf-8><title>eventwatch report</title>"
             f"<style>{STYLE}</style></head><body><h1>eventwatch report</h1>"]
    t = s["totals"]
    parts.append(
        f"<p>{_e(t['events'])} asserted events ({_e(s['table'])}), {_e(t['first_date'])} .. "
        f"{_e(t['last_date'])}; by QuadClass: verbal cooperation {t['q1']}, material "
        f"cooperation {t['q2']}, verbal conflict {t['q3']}, material conflict {t['q4']}.</p>")
    parts.append("<h2>Alerts</h2>")
    parts.append(f"<p class=small>Shifts since {_e(al['since'])} to {_e(al['until'])}; "
                 f"{al['series']} dyad and country series scanned.</p>")
    if not al["alerts"]:
        parts.append("<p>No significant rise in conflict.</p>")
    for a in al["alerts"]:
        parts.append(
            f"<h3>{_e(a['kind'])} {_e(a['key'])}: conflict up from {_e(a['date'])}</h3><p>"
            f"severity {a['severity']:.1f} (excess conflict intensity per week), p = "
            f"{a['p']:.2g}; conflict events per day {a['before']['conflict_per_day']} -> "
            f"{a['after']['conflict_per_day']}, conflict share "
            f"{_e(a['before']['conflict_share'])} -> {_e(a['after']['conflict_share'])}</p>")
        parts.append(_table(a["events"], ["date", "source_code", "cameo", "target_code",
                                          "goldstein", "n_mentions", "sentence"]))
    parts.append("<h2>Top dyads</h2>")
    parts.append(_table(s["top_dyads"], ["a", "b", "events", "conflict_share",
                                         "goldstein_mean"]))
    for d in s["top_dyads"][:n_dyads]:
        png, _ = dyad_png(con, d["a"], d["b"])
        if png:
            b64 = base64.b64encode(png).decode("ascii")
            parts.append(f"<p><img alt='{_e(d['a'])} - {_e(d['b'])}' "
                         f"src='data:image/png;base64,{b64}'></p>")
    parts.append("<h2>Top actors</h2>")
    parts.append(_table(s["top_actors"], ["code", "events", "conflict_share",
                                          "goldstein_mean"]))
    parts.append("<h2>Conflict intensity per country and week</h2>")
    parts.append(_table(s["conflict_by_country_week"], ["country", "week", "events",
                                                        "conflict_events", "intensity"]))
    parts.append(f"<p class=small>Generated {dt.datetime.now():%Y-%m-%d %H:%M} by eventwatch. "
                 "Intensity: summed Goldstein magnitude of conflict events.</p></body></html>")
    return "\n".join(parts)


def write_report(con, out_dir: str | Path, **kw) -> Path:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report.html"
    path.write_text(render(con, **kw), encoding="utf-8")
    return path
