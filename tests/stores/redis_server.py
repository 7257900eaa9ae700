"""A throwaway ``redis-server`` on loopback for tests and benchmarks (test support, not part of the library).

``find_redis_server(install=True)`` looks for the binary and, as root on Debian/Ubuntu, installs the
``redis-server`` package with apt-get within a time budget (default 120 s, so that it fits inside one
test's timeout; `install_redis_server` says why it could not). ``RedisServer`` runs one on a free
127.0.0.1 port with a temporary directory and no persistence; it can be stopped and started again on the
same port (a "restart").

``python tests/stores/redis_server.py ensure`` (``scripts/redis-server ensure``) installs the server if
missing, before a test run: a no-op when it is there; exit status 0 with a message on stderr when it
cannot be installed (the Redis tests are then skipped, saying why). ``... run`` serves one until Ctrl-C,
SIGTERM or SIGHUP, and takes its server down with it.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

log = logging.getLogger("lighter.stores")

_CANDIDATES = ("/usr/bin/redis-server", "/usr/sbin/redis-server", "/usr/local/bin/redis-server")
INSTALL_TIMEOUT = 120.0  # default install budget: well inside pytest-timeout's 300 s per test


def _which() -> str | None:
    return shutil.which("redis-server") or next((p for p in _CANDIDATES if os.access(p, os.X_OK)), None)


def find_redis_server(*, install: bool = False, timeout: float = INSTALL_TIMEOUT) -> str | None:
    """Path of a ``redis-server`` binary, installing Debian's package first if asked and possible (giving
    up after `timeout` seconds; the reason is logged)."""
    found = _which()
    if found or not install:
        return found
    path, why = install_redis_server(timeout)
    if path is None:
        log.warning("no redis-server: %s", why)
    return path


def install_redis_server(timeout: float = INSTALL_TIMEOUT) -> tuple[str | None, str]:
    """Install Debian's ``redis-server`` with apt-get, all steps within `timeout` seconds.

    Returns ``(path, "")``, or ``(None, reason)`` naming what stopped it (no apt-get, not root, a step that
    failed or ran out of time)."""
    apt = shutil.which("apt-get")
    if apt is None:
        return None, "apt-get is not available (not Debian/Ubuntu): install redis-server yourself"
    if os.geteuid() != 0:
        return None, "not root, so apt-get cannot install it: sudo apt-get install redis-server"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    deadline = time.monotonic() + timeout
    for step, args in (
        ("update", [apt, "update", "-qq"]),
        ("install", [apt, "install", "-y", "-qq", "--no-install-recommends", "redis-server"]),
    ):
        left = deadline - time.monotonic()
        if left <= 0:
            return None, f"apt-get {step} not started: the {timeout:g} s install budget was used up"
        try:
            subprocess.run(args, env=env, check=True, capture_output=True, timeout=left)
        except subprocess.TimeoutExpired:
            return None, f"apt-get {step} did not finish within the {timeout:g} s budget (slow mirror?)"
        except subprocess.CalledProcessError as exc:
            tail = (exc.stderr or b"").decode(errors="replace").strip().splitlines()[-1:]
            return None, f"apt-get {step} failed with exit status {exc.returncode}: {' '.join(tail)}"
        except OSError as exc:
            return None, f"apt-get {step} could not run: {exc}"
    path = _which()
    return (path, "") if path else (None, "apt-get installed redis-server but no binary was found")


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """One redis-server process on 127.0.0.1. Context manager; `restart()` keeps the port."""

    def __init__(
        self,
        binary: str,
        *,
        port: int | None = None,
        password: str | None = None,
        die_with_parent: bool = False,
    ) -> None:
        self.binary = binary
        # Linux: the kernel sends the server SIGTERM if the thread that started it dies, even by SIGKILL
        # (only for a server started by a long-lived thread, e.g. the main thread of `run`)
        self.die_with_parent = die_with_parent
        self.port = port if port is not None else free_port()
        self.password = password
        self._dir = tempfile.TemporaryDirectory(prefix="lighter-redis-")
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:PORT/0`` (with the password, if any: keep it out of logs)."""
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> RedisServer:
        """Start and wait until it answers PING."""
        args = [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            self._dir.name,
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "no",
            "--loglevel",
            "warning",
            "--logfile",
            str(Path(self._dir.name) / "redis.log"),
        ]
        if self.password:
            args += ["--requirepass", self.password]
        self._proc = subprocess.Popen(
            args,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if self.die_with_parent else None,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self._proc.returncode}: {self.log_tail()}")
            if self._answers():
                return self
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"redis-server did not answer on port {self.port} within {timeout} s")

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                reply = s.recv(64)
        except OSError:
            return False
        return reply.startswith((b"+PONG", b"-NOAUTH"))

    def log_tail(self) -> str:
        """The last 500 characters of the server's log (for error messages)."""
        path = Path(self._dir.name) / "redis.log"
        return path.read_text(errors="replace")[-500:] if path.exists() else ""

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s). Its data is lost (no persistence)."""
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        self._proc = None

    def restart(self, down_for: float = 0.0) -> None:
        """Stop, stay down `down_for` seconds, start again on the same port (empty)."""
        self.stop()
        if down_for:
            time.sleep(down_for)
        self.start()

    def close(self) -> None:
        """Stop and remove the temporary directory."""
        self.stop()
        self._dir.cleanup()

    def __enter__(self) -> RedisServer:
        return self.start() if self._proc is None else self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class _Stop(Exception):
    """SIGTERM or SIGHUP: leave `run` through its cleanup."""


def _stop(signum: int, _frame: FrameType | None) -> None:
    raise _Stop(signal.Signals(signum).name)


def main(argv: list[str] | None = None) -> int:
    """``ensure``: install if missing, print the path (exit 0 even when it cannot: the tests then skip).
    ``run``: serve on a free port, print its URL, until Ctrl-C, SIGTERM or SIGHUP (then stop the server)."""
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "ensure"
    if command not in ("ensure", "run"):
        sys.stderr.write(f"unknown command {command!r}; use ensure or run\n")
        return 2
    binary = _which()
    if binary is None:
        sys.stderr.write("redis-server is not installed; installing Debian's package (apt-get)...\n")
        binary, why = install_redis_server(timeout=600.0)
        if binary is None:
            sys.stderr.write(f"redis-server could not be installed: {why}\n")
            if command == "ensure":
                sys.stderr.write("the Redis store tests will be skipped (they say why)\n")
                return 0
            return 1
    if command == "ensure":
        sys.stdout.write(binary + "\n")
        return 0
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop)
    server = RedisServer(binary, die_with_parent=True)
    try:
        server.start()
        sys.stdout.write(server.url + "\n")
        sys.stdout.flush()
        while True:
            signal.pause()
    except (KeyboardInterrupt, _Stop):
        return 0
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # a second signal must not cut cleanup
            signal.signal(signum, signal.SIG_IGN)
        server.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
