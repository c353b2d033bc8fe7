"""Robustness suite (issue 10): fuzzing, crash safety, concurrency and API security."""
