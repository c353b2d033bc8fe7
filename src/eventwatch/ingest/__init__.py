"""Input readers: turn files (txt, JSONL/JSON, CSV/TSV, HTML, WARC; gzipped or not),
directories and stdin into a stream of ``Article`` records.

Bad input never raises: each unreadable file or record becomes one line on stderr via
``Problems`` and the run continues.
"""

from .dates import parse_date
from .problems import Problems
from .reader import read_articles

__all__ = ["Problems", "parse_date", "read_articles"]
