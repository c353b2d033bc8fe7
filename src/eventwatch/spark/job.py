"""Spark jobs: code articles into Parquet events, then deduplicate or aggregate them.

``code_job`` reads JSONL (or JSON, gzipped or not) or Parquet articles with the columns
``id, date, title, text, source, url`` (the readers' aliases ``body``, ``headline``,
``published``, ... are accepted for JSON) from any Hadoop-compatible path, codes them with
``mapInArrow`` (one ``Pipeline`` per executor Python process, cached at module level, so
Spark's reused Python workers load spaCy once) and writes::

    OUTPUT/events/date=YYYY-MM-DD/*.parquet   the flat columns of store.EVENT_ARROW_SCHEMA
    OUTPUT/articles/*.parquet                 id, date, title, source, url, text_hash, origin,
                                              n_events (every article, with or without events)

Articles are cleaned and validated exactly as the single-machine readers do
(``ingest.fields.make_article``), so the same article yields the same events and event ids.
An article without an id gets ``sha-<text hash>`` (the JSONL reader uses ``file:line``, which
Spark cannot know). Records with no text or an unparseable date are skipped and counted.

``dedup_job`` clusters asserted events into real events with the single-machine rule of
``eventwatch.dedup`` (blocked by CAMEO root and the two actor countries: each block is one
``applyInArrow`` group run through the same greedy assignment), or with ``one_a_day`` the
Phoenix key (date, source, target, CAMEO). ``aggregate_job`` counts asserted events per day,
dyad and QuadClass.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from collections.abc import Iterator, Sequence

import pyarrow as pa

from eventwatch.store import EVENT_ARROW_SCHEMA, EVENT_COLUMNS, event_to_row

ARTICLE_FIELDS = ("id", "date", "title", "text", "source", "url")
ARTICLE_OUT = pa.schema([
    ("id", pa.string()), ("date", pa.date32()), ("title", pa.string()), ("source", pa.string()),
    ("url", pa.string()), ("text_hash", pa.string()), ("origin", pa.string()),
    ("n_events", pa.int32()),
])
# One output row per event, plus one "article row" (is_article) per article carrying its record.
CODED_SCHEMA = pa.schema(
    [pa.field("is_article", pa.bool_())]
    + list(EVENT_ARROW_SCHEMA)
    + [pa.field(f"article_{f.name}", f.type) for f in ARTICLE_OUT if f.name != "id"]
)
_SPARK_TYPES = {
    pa.string(): "STRING", pa.date32(): "DATE", pa.int8(): "TINYINT", pa.int32(): "INT",
    pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN",
}
ARROW_BATCH = 256  # articles per Arrow batch handed to a Python worker


def ddl(schema: pa.Schema) -> str:
    """A Spark DDL schema string for an Arrow schema of simple types."""
    return ", ".join(f"`{f.name}` {_SPARK_TYPES[f.type]}" for f in schema)


class SparkUnavailable(RuntimeError):
    """PySpark or Java is missing: a user-facing message."""


def session(master: str | None = None, app: str = "eventwatch", conf: dict | None = None):
    """A SparkSession; ``master=None`` keeps what spark-submit set (else ``local[*]``)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailable("PySpark is not installed (pip install pyspark)") from None
    if not os.environ.get("JAVA_HOME") and not _which("java"):
        raise SparkUnavailable("Spark needs Java (17 or later): no `java` on PATH, JAVA_HOME unset")
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    settings = {
        "spark.sql.execution.arrow.maxRecordsPerBatch": str(ARROW_BATCH),
        "spark.sql.session.timeZone": "UTC",
        "spark.python.worker.reuse": "true",
        # task outputs are moved into place when each task commits, not all again at the end
        # (the date-partitioned events are one file per date and task)
        "spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version": "2",
    }
    if not os.environ.get("PYSPARK_PYTHON") and (master or "").startswith("local"):
        # local Python workers run this interpreter, which has eventwatch (the driver reads
        # PYSPARK_PYTHON itself; on a cluster, spark-submit's spark.pyspark.python decides)
        os.environ["PYSPARK_PYTHON"] = sys.executable
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    if not master and spark.sparkContext.master is None:  # pragma: no cover
        raise SparkUnavailable("no Spark master set")
    return spark


def _which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


# -- Arrow UDFs without pandas -------------------------------------------------------------------
def _arrow_udf(func, schema: str, eval_type: int):
    """PySpark's ``mapInArrow``/``applyInArrow`` go through ``pandas_udf``, which insists on
    pandas even though Arrow functions never touch it; build the same UDF without that check."""
    from pyspark.sql.pandas.functions import vectorized_udf

    return vectorized_udf(func, returnType=schema, functionType=eval_type, kind="pandas")


def map_in_arrow(df, func, schema: str):
    """``df.mapInArrow(func, schema)`` that works without pandas (classic Spark)."""
    from pyspark.rdd import PythonEvalType
    from pyspark.sql import DataFrame

    try:
        import pandas  # noqa: F401

        return df.mapInArrow(func, schema)
    except ImportError:
        pass
    udf = _arrow_udf(func, schema, PythonEvalType.SQL_MAP_ARROW_ITER_UDF)
    column = udf(*[df[c] for c in df.columns])
    return DataFrame(df._jdf.mapInArrow(column._jc, False, None), df.sparkSession)


def apply_in_arrow(df, keys: Sequence[str], func, schema: str):
    """``df.groupBy(*keys).applyInArrow(func, schema)`` (pyarrow.Table -> Table), no pandas."""
    from pyspark.rdd import PythonEvalType
    from pyspark.sql import DataFrame

    grouped = df.groupBy(*keys)
    try:
        import pandas  # noqa: F401

        return grouped.applyInArrow(func, schema)
    except ImportError:
        pass
    udf = _arrow_udf(func, schema, PythonEvalType.SQL_GROUPED_MAP_ARROW_UDF)
    column = udf(*[df[c] for c in df.columns])
    return DataFrame(grouped._jgd.flatMapGroupsInArrow(column._jc), df.sparkSession)


# -- reading -------------------------------------------------------------------------------------
def read_articles_df(spark, path: str, fmt: str = "auto"):
    """A DataFrame of string columns id, date, title, text, source, url (null when absent)."""
    from pyspark.sql import functions as F

    from eventwatch.ingest.fields import ALIASES

    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").lower().endswith(".parquet") else "json"
    if fmt == "parquet":
        df = spark.read.parquet(path)
        names = {c.lower(): c for c in df.columns}
    else:
        keys = sorted({k for aliases in ALIASES.values() for k in aliases})
        df = spark.read.schema(", ".join(f"`{k}` STRING" for k in keys)).json(path)
        names = {k: k for k in keys}
    cols = []
    for field in ARTICLE_FIELDS:
        present = [F.col(names[a]).cast("string") for a in ALIASES[field] if a in names]
        value = F.coalesce(*present) if len(present) > 1 else (present[0] if present else None)
        cols.append((value if value is not None else F.lit(None).cast("string")).alias(field))
    return df.select(*cols)


# -- coding (runs in the executors' Python workers) ----------------------------------------------
@functools.cache
def _pipeline(actor_names: tuple[str, ...]):
    from eventwatch.pipeline import Pipeline

    files = []
    if actor_names:
        from pyspark import SparkFiles

        files = [SparkFiles.get(name) for name in actor_names]
    return Pipeline(files)


def to_article(record: dict):
    """The Article the single-machine readers would build from this record, or None."""
    from eventwatch.ingest.fields import BadRecord, make_article

    text = record.get("text")
    default_id = "sha-" + hashlib.sha256((text or "").encode("utf-8")).hexdigest()[:16]
    origin = record.get("id") or default_id
    try:
        return make_article(record, {f: f for f in ARTICLE_FIELDS}, default_id, str(origin))
    except BadRecord:
        return None


def coded_rows(pipeline, records: list[dict], batch_size: int = 32) -> list[dict]:
    """Rows of CODED_SCHEMA for some article records (bad records give no row)."""
    articles = [a for a in map(to_article, records) if a is not None]
    rows: list[dict] = []
    for art, events in pipeline.code(articles, batch_size=batch_size):
        rows.append({"is_article": True, "article_id": art.id, "article_date": art.date,
                     "article_title": art.title, "article_source": art.source,
                     "article_url": art.url, "article_text_hash": art.text_hash,
                     "article_origin": art.origin, "article_n_events": len(events)})
        for ev in events:
            row = event_to_row(ev)
            row["is_article"] = False
            rows.append(row)
    return rows


def _code_partition(actor_names: tuple[str, ...], skipped=None):
    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        pipeline = _pipeline(actor_names)
        for batch in batches:
            records = batch.to_pylist()
            rows = coded_rows(pipeline, records)
            if skipped is not None:
                skipped.add(len(records) - sum(1 for r in rows if r["is_article"]))
            if rows:
                yield pa.RecordBatch.from_pylist(rows, schema=CODED_SCHEMA)

    return run


def code_job(spark, input_path: str, output: str, *, fmt: str = "auto",
             actor_files: Sequence[str] = (), partitions: int | None = None,
             overwrite: bool = False) -> dict[str, int]:
    """Code the articles at ``input_path`` into ``output``/events and ``output``/articles.

    The coded rows are written once to ``output``/_coded (so the articles are parsed exactly
    once, whatever happens to Spark's cache), split into the two datasets, then removed.
    """
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    for path in actor_files:
        sc.addFile(os.path.abspath(path))
    names = tuple(os.path.basename(p) for p in actor_files)
    skipped = sc.accumulator(0)
    articles = read_articles_df(spark, input_path, fmt)
    if partitions:
        articles = articles.repartition(partitions)
    mode = "overwrite" if overwrite else "errorifexists"
    staging = f"{output.rstrip('/')}/_coded"
    if not overwrite and _exists(spark, output):
        raise FileExistsError(f"{output}: already exists (use --overwrite)")
    coded = map_in_arrow(articles, _code_partition(names, skipped), ddl(CODED_SCHEMA))
    coded.write.mode("overwrite").parquet(staging)
    try:
        coded = spark.read.parquet(staging)
        events = coded.where(~F.col("is_article")).select(*EVENT_COLUMNS)
        # one task per date: a file per date, not one per date and coded partition
        events = events.repartition("date")
        events.write.mode(mode).partitionBy("date").parquet(f"{output}/events")
        arts = coded.where(F.col("is_article")).select(
            F.col("article_id").alias("id"),
            *(F.col(f"article_{f.name}").alias(f.name) for f in ARTICLE_OUT if f.name != "id"))
        arts.write.mode(mode).parquet(f"{output}/articles")
        counts = coded.groupBy().agg(
            F.sum(F.col("is_article").cast("int")).alias("articles"),
            F.sum((~F.col("is_article")).cast("int")).alias("events")).first()
    finally:
        _delete(spark, staging)
    return {"articles": int(counts["articles"] or 0), "events": int(counts["events"] or 0),
            "skipped": int(skipped.value)}


def _hadoop_path(spark, path: str):
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), p


def _exists(spark, path: str) -> bool:
    fs, p = _hadoop_path(spark, path)
    return bool(fs.exists(p))


def _delete(spark, path: str) -> None:
    fs, p = _hadoop_path(spark, path)
    fs.delete(p, True)


# -- deduplication and aggregation ---------------------------------------------------------------
_MENTION_FIELDS = ("event_id", "article_id", "sentence_index", "date", "date_precision",
                   "source_code", "source_country", "target_code", "target_country", "cameo",
                   "cameo_root", "location_name", "location_country", "location_admin1",
                   "location_lat", "location_lon", "location_precision")
MENTIONS_SCHEMA = pa.schema([("cluster_id", pa.string()), ("event_id", pa.string())])


def cluster_block(table: pa.Table, max_km: float) -> pa.Table:
    """Greedy clustering (eventwatch.dedup's rule) of one block's mentions; a cluster is named by
    the event_id of the mention that started it."""
    from eventwatch.dedup import _assign, _prepare

    mentions = [_prepare(r) for r in table.to_pylist()]
    dated = [m for m in mentions if m["span"] is not None]
    assigned, _, _ = _assign(dated, [], {}, 1, max_km)
    seed: dict[int, str] = {}
    for m in dated:  # _assign sorted them: the first of each cluster started it
        seed.setdefault(assigned[m["event_id"]], m["event_id"])
    pairs = {m["event_id"]: seed[assigned[m["event_id"]]] for m in dated}
    # an undated mention stays alone (dedup's rule; its _assign fails on them as of this writing)
    pairs.update((m["event_id"], m["event_id"]) for m in mentions if m["span"] is None)
    ids = sorted(pairs)
    return pa.table({"cluster_id": [pairs[i] for i in ids], "event_id": ids},
                    schema=MENTIONS_SCHEMA)


def read_events(spark, path: str):
    """The events of a ``code_job`` output (OUTPUT or OUTPUT/events)."""
    from pyspark.sql import functions as F

    events_path = path if path.rstrip("/").endswith("events") else f"{path.rstrip('/')}/events"
    df = spark.read.option("basePath", events_path).parquet(events_path)
    return df.withColumn("date", F.col("date").cast("date")).select(*EVENT_COLUMNS)


def dedup_job(spark, events_path: str, output: str, *, max_km: float = 50,
              one_a_day: bool = False, overwrite: bool = False) -> dict[str, int]:
    """Write OUTPUT/mentions (cluster_id, event_id) and OUTPUT/clusters (one row per event)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    events = read_events(spark, events_path).where(F.col("modality") == "asserted")
    if one_a_day:
        key = F.concat_ws("|", F.col("date").cast("string"), F.coalesce("source_code", F.lit("")),
                          F.coalesce("target_code", F.lit("")), F.col("cameo"))
        mentions = events.select(
            F.when(F.col("date").isNull(), F.col("event_id")).otherwise(
                F.sha1(key).substr(1, 16)).alias("cluster_id"), "event_id")
    else:
        mentions = apply_in_arrow(events.select(*_MENTION_FIELDS),
                                  ("cameo_root", "source_country", "target_country"),
                                  functools.partial(cluster_block, max_km=max_km),
                                  ddl(MENTIONS_SCHEMA))
    mode = "overwrite" if overwrite else "errorifexists"
    mentions.write.mode(mode).parquet(f"{output}/mentions")
    mentions = spark.read.parquet(f"{output}/mentions")  # cluster once, read back
    ranked = events.join(mentions, "event_id").withColumn("dp", F.expr(
        "CASE date_precision WHEN 'day' THEN 0 WHEN 'article' THEN 1 WHEN 'week' THEN 2 "
        "WHEN 'month' THEN 3 WHEN 'year' THEN 4 ELSE 5 END"))
    w = Window.partitionBy("cluster_id").orderBy(
        "dp", F.length("cameo").desc(), F.col("confidence").desc(), "event_id")
    stats = ranked.groupBy("cluster_id").agg(
        F.count("*").alias("num_mentions"),
        F.countDistinct("article_id").alias("num_articles"),
        F.max("fatalities").alias("max_fatalities"))
    clusters = (ranked.withColumn("_r", F.row_number().over(w)).where("_r = 1")
                .drop("_r", "dp").join(stats, "cluster_id"))
    clusters.write.mode(mode).parquet(f"{output}/clusters")
    n_mentions = mentions.count()
    n_clusters = spark.read.parquet(f"{output}/clusters").count()
    return {"mentions": n_mentions, "clusters": n_clusters}


def aggregate_job(spark, events_path: str, output: str, *, overwrite: bool = False) -> int:
    """Daily dyad counts by QuadClass of asserted events -> Parquet; returns the row count."""
    from pyspark.sql import functions as F

    events = read_events(spark, events_path).where(F.col("modality") == "asserted")
    daily = (events.groupBy("date", "source_code", "target_code", "quad_class")
             .agg(F.count("*").alias("events"),
                  F.countDistinct("article_id").alias("articles"),
                  F.round(F.avg("goldstein"), 3).alias("mean_goldstein"),
                  F.sum("fatalities").alias("fatalities"))
             .orderBy("date", "source_code", "target_code", "quad_class"))
    daily.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
    return spark.read.parquet(output).count()
