"""Accuracy of the coder, end to end, on gold data in five formats (``eventwatch eval``).

The coder reads each gold text with no hint of the gold annotation; the figures compare what it
emits with the gold. Formats and figures are described in ``docs/evaluation.md``:

- ``plover``: PLV TSV and PLOVER GSR JSON (types, actor pairs, quad classes, actor codes);
- ``acled``: CASE 2021 Task 2 TSV and ACLED export CSV (sub-event types, dates, places, deaths);
- ``hrds``: HRDsAttack JSON (country, city and date of each article);
- ``cli``: the ``eval`` command and its text report.
"""

from eventwatch.evaluate.cli import FORMATS, eval_cmd, evaluate_file
from eventwatch.evaluate.common import EvalError, GoldFileError

__all__ = ["FORMATS", "EvalError", "GoldFileError", "eval_cmd", "evaluate_file"]
