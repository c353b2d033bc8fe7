"""A warm fork server for the crash and concurrency tests (not a test module).

Loading spaCy costs seconds per process; the crash tests start and SIGKILL the CLI many times.
This process loads the pipeline once, then for each request forks a child that runs the real
``eventwatch.cli.main`` with the given argv (stdout to a file, stderr to a file) and exits with
its exit code. Protocol: one JSON object per line on stdin, one JSON answer per line on stdout.

- ``{"argv": [...], "out": PATH, "err": PATH, "announce": bool, "kill_at_commit": N,
  "kill_when": "before"|"after", "kill_before_dedup": bool}`` -> ``{"pid": PID}``
- ``{"wait": PID, "timeout": S}`` -> ``{"code": EXIT, "timeout": bool}`` (SIGKILL on timeout)

``announce`` writes ``[warm] commit N`` to stderr after each explicit transaction commit of the
store; the ``kill_*`` options make the child SIGKILL itself at that exact point. The product code
is not changed: only the DuckDB connection the store opens is wrapped to observe ``commit``.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time


class Watched:
    """A DuckDB connection proxy that reports (and optionally dies at) explicit commits."""

    def __init__(self, con, opts):
        self._con, self._opts, self._n = con, opts, 0

    def commit(self):
        self._n += 1
        kill_here = self._opts.get("kill_at_commit") == self._n
        if kill_here and self._opts.get("kill_when", "before") == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        result = self._con.commit()
        if self._opts.get("announce"):
            os.write(2, f"[warm] commit {self._n}\n".encode())
        if kill_here:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    def __getattr__(self, name):
        return getattr(self._con, name)


def _instrument(opts):
    import eventwatch.dedup
    import eventwatch.store

    init = eventwatch.store.Store.__init__

    def patched(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.con = Watched(self.con, opts)

    eventwatch.store.Store.__init__ = patched
    if opts.get("kill_before_dedup"):
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)

        eventwatch.dedup.dedupe = die


def _child(req):
    out = os.open(req.get("out", os.devnull), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    err = os.open(req.get("err", os.devnull), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.close(0)
    sys.stdin = open(os.devnull)
    sys.stdout = open(1, "w", closefd=False)
    sys.stderr = open(2, "w", closefd=False)
    code = 0
    try:
        _instrument(req)
        import eventwatch.cli

        argv = list(req["argv"])
        command = eventwatch.cli.main
        if argv[0] == "watch" and "watch" not in eventwatch.cli.main.list_commands(None):
            from eventwatch.watch import watch_cmd  # not registered in the CLI yet

            command, argv = watch_cmd, argv[1:]
        command.main(argv, prog_name="eventwatch", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # noqa: BLE001 - report like the interpreter would
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def _wait(pid, timeout):
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return {"code": os.waitstatus_to_exitcode(status), "timeout": False}
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            return {"code": os.waitstatus_to_exitcode(status), "timeout": True}
        time.sleep(0.02)


def main():
    from eventwatch.pipeline import Pipeline

    Pipeline()  # spaCy model and every dictionary, cached for the children
    import eventwatch.analysis.cli  # noqa: F401
    import eventwatch.cli  # noqa: F401
    import eventwatch.dedup  # noqa: F401
    import eventwatch.watch  # noqa: F401

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        if "wait" in req:
            answer = _wait(req["wait"], req.get("timeout", 120))
        else:
            pid = os.fork()
            if pid == 0:
                _child(req)
            answer = {"pid": pid}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
