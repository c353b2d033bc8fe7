"""The API's SQL: event pages with keyset cursors, one event with its mentions, actor profiles,
map points. Parameterised SQL only; every function takes a DuckDB connection (a cursor).

Event pages are ordered newest first by ``(date, event_id)`` (undated events last); the cursor
is the last row's key, so a page costs one top-N scan whatever its depth. The page query selects
keys first and fetches full rows for those keys only. Two details keep a page of a million-row
table near 20 ms (bench/api.py): the ORDER BY is on the bare columns (an expression such as
``coalesce(date, ...)`` defeats DuckDB's top-N filter pushdown: 260 ms), and the modality list is
inlined as placeholders rather than ``IN (SELECT unnest(?))`` (another 250 ms).
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from eventwatch.store import event_filters, row_to_event_dict

ORDER = "ORDER BY date DESC NULLS LAST, event_id DESC"


class BadCursor(ValueError):
    """The pagination cursor is not one this server issued."""


def encode_cursor(date: dt.date | None, event_id: str) -> str:
    raw = f"{date.isoformat() if date else '-'}|{event_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.date | None, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        day, event_id = raw.split("|", 1)
        return (None if day == "-" else dt.date.fromisoformat(day)), event_id
    except (ValueError, UnicodeDecodeError):
        raise BadCursor("cursor is not valid (use the next_cursor of a previous page)") from None


def rows(con, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def filters(f: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """WHERE clauses for the shared filters (``store.event_filters``) plus text search."""
    where, params = event_filters(
        actor=f.get("actor"), dyad=f.get("dyad"), since=f.get("since"), until=f.get("until"),
        cameo_root=f.get("cameo_root"), plover=f.get("plover"), country=f.get("country"),
        modalities=None)
    mods = list(f.get("modalities") or ())
    if mods:
        where.append(f"modality IN ({', '.join('?' * len(mods))})")
        params += mods
    if f.get("q"):
        q = f["q"].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("sentence ILIKE ? ESCAPE '\\'")
        params.append(f"%{q}%")
    return where, params


def _where(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""


def event_page(con, f: dict[str, Any], limit: int, cursor: str | None = None
               ) -> dict[str, Any]:
    where, params = filters(f)
    if cursor:
        day, event_id = decode_cursor(cursor)
        if day is None:
            where.append("(date IS NULL AND event_id < ?)")
            params.append(event_id)
        else:
            where.append("(date < ? OR date IS NULL OR (date = ? AND event_id < ?))")
            params += [day, day, event_id]
    keys = con.execute(f"SELECT event_id, date FROM events{_where(where)} {ORDER} LIMIT ?",
                       [*params, limit + 1]).fetchall()
    more = len(keys) > limit
    keys = keys[:limit]
    found = {r["event_id"]: r for r in rows(
        con, "SELECT * FROM events WHERE event_id IN (SELECT unnest(?))",
        [[k[0] for k in keys]])} if keys else {}
    events = [row_to_event_dict(found[k[0]]) for k in keys if k[0] in found]
    return {"events": events, "limit": limit,
            "next_cursor": encode_cursor(keys[-1][1], keys[-1][0]) if more else None}


def table_exists(con, name: str) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main'",
        [name]).fetchall()[0][0])


def _article(con, article_id: str) -> dict[str, Any] | None:
    found = rows(con, "SELECT id, date, title, source, url FROM articles WHERE id = ?",
                 [article_id])
    if not found:
        return None
    a = found[0]
    a["date"] = a["date"].isoformat() if a["date"] else None
    return a


def event_detail(con, event_id: str) -> dict[str, Any] | None:
    """One event, its article, and (when the store is deduplicated) the other mentions of the
    same real event, each with its evidence sentence."""
    found = rows(con, "SELECT * FROM events WHERE event_id = ?", [event_id])
    if not found:
        return None
    out = row_to_event_dict(found[0])
    out["article"] = _article(con, out["article_id"])
    out["mentions"] = None
    if table_exists(con, "mentions"):
        out["mentions"] = [
            {**m, "date": m["date"].isoformat() if m["date"] else None} for m in rows(con, """
            SELECT e.event_id, e.article_id, e.sentence_index, e.sentence, e.date, e.modality,
                a.title, a.source, a.url
            FROM mentions m JOIN events e USING (event_id)
            LEFT JOIN articles a ON a.id = e.article_id
            WHERE m.cluster_id = (SELECT cluster_id FROM mentions WHERE event_id = ?)
            ORDER BY e.date, e.article_id, e.sentence_index""", [event_id])]
    return out


def actor_profile(con, code: str, limit: int = 50, partners: int = 20) -> dict[str, Any]:
    """An actor (code prefix) in asserted events: totals, partners, monthly trend, latest events."""
    pat = code.upper() + "%"
    base = "modality = 'asserted' AND (source_code LIKE ? OR target_code LIKE ?)"
    total = rows(con, f"""
        SELECT count(*) AS events, count(*) FILTER (quad_class >= 3) AS conflict,
            round(avg(goldstein), 3) AS goldstein_mean, min(date) AS first_date,
            max(date) AS last_date,
            count(*) FILTER (source_code LIKE ?) AS as_source,
            count(*) FILTER (target_code LIKE ?) AS as_target
        FROM events WHERE {base}""", [pat, pat, pat, pat])[0]
    for k in ("first_date", "last_date"):
        total[k] = total[k].isoformat() if total[k] else None
    partner_rows = rows(con, f"""
        SELECT CASE WHEN source_code LIKE ? THEN target_code ELSE source_code END AS partner,
            count(*) AS events, count(*) FILTER (quad_class >= 3) AS conflict,
            round(avg(goldstein), 3) AS goldstein_mean
        FROM events WHERE {base}
        GROUP BY 1 HAVING partner IS NOT NULL AND NOT partner LIKE ?
        ORDER BY events DESC, partner LIMIT ?""", [pat, pat, pat, pat, partners])
    found = {r["period"]: r for r in rows(con, f"""
        SELECT CAST(date_trunc('month', date) AS DATE) AS period, count(*) AS events,
            count(*) FILTER (quad_class >= 3) AS conflict,
            count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
            count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4,
            round(avg(goldstein), 3) AS goldstein_mean
        FROM events WHERE {base} AND date IS NOT NULL GROUP BY 1 ORDER BY 1""", [pat, pat])}
    trend = []
    month = min(found) if found else None
    while month is not None and month <= max(found):  # every month, empty ones as zeros
        trend.append({**found.get(month, {"events": 0, "conflict": 0, "q1": 0, "q2": 0, "q3": 0,
                                          "q4": 0, "goldstein_mean": None}),
                      "period": month.isoformat()})
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    page = event_page(con, {"actor": code, "modalities": ("asserted",)}, limit)
    return {"code": code.upper(), "totals": total, "partners": partner_rows, "trend": trend,
            "events": page["events"], "next_cursor": page["next_cursor"]}


def map_points(con, f: dict[str, Any], limit: int = 5000) -> dict[str, Any]:
    """Located events grouped by place (coordinates to 0.1 degree, ~10 km), counts per
    QuadClass; the busiest ``limit`` places."""
    where, params = filters(f)
    where.append("location_lat IS NOT NULL AND location_lon IS NOT NULL")
    pts = rows(con, f"""
        SELECT round(location_lat, 1) AS lat, round(location_lon, 1) AS lon,
            any_value(location_name) AS name, count(*) AS n,
            count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
            count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4
        FROM events{_where(where)} GROUP BY 1, 2 ORDER BY n DESC, lat, lon LIMIT ?""",
        [*params, limit + 1])
    return {"points": pts[:limit], "truncated": len(pts) > limit}
