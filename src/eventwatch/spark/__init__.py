"""The Spark path: code, deduplicate and aggregate events on a cluster (PySpark, optional).

- ``job``    the Spark jobs: ``code`` (articles -> Parquet events partitioned by date, one
             Pipeline per executor Python process via ``mapInArrow``), ``dedup`` and
             ``aggregate`` over those Parquet files
- ``load``   ``load_parquet_events(store, path)``: the Parquet output into DuckDB (no Spark)
- ``cli``    the click group ``spark`` (``eventwatch spark code|dedup|aggregate``)
- ``submit`` the same commands as a script for ``spark-submit``

PySpark is imported only inside ``job``; the rest of eventwatch never needs it.
"""
