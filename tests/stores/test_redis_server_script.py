"""scripts/redis-server: `run` never leaves its redis-server behind; `ensure` is quick and never fails."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from . import redis_server as testing

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "redis-server"


def _servers_on(port: int) -> list[int]:
    """Pids of live redis-server processes serving 127.0.0.1:<port> (zombies excluded)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        # redis-server retitles itself "/usr/bin/redis-server 127.0.0.1:PORT"
        if state != "Z" and b"redis-server" in argv[0] and argv[0].endswith(f":{port}".encode()):
            pids.append(int(entry.name))
    return pids


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _start_run() -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen([str(SCRIPT), "run"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    try:
        url = proc.stdout.readline().strip()  # printed once the server answers
        assert url.startswith("redis://127.0.0.1:"), url
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        assert _answers(port) and len(_servers_on(port)) == 1
    except BaseException:
        proc.terminate()  # stops its server too
        proc.wait(15)
        proc.stdout.close()
        raise
    return proc, port


def _gone(port: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while _servers_on(port):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return not _answers(port)


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_run_stops_its_server_when_signalled(redis_binary: str, signum: int) -> None:
    proc, port = _start_run()
    try:
        proc.send_signal(signum)
        assert proc.wait(15) == 0
        assert _gone(port), f"redis-server on port {port} outlived `run` after {signal.Signals(signum).name}"
    finally:
        for pid in _servers_on(port):  # an orphan left by a failure: ours, by its pid
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)
        assert proc.stdout is not None
        proc.stdout.close()


def test_run_server_dies_with_a_killed_run(redis_binary: str) -> None:
    """Even SIGKILL, which `run` cannot catch, takes the server down (the kernel's parent-death signal)."""
    proc, port = _start_run()
    try:
        proc.kill()
        proc.wait(5)
        assert _gone(port), f"redis-server on port {port} outlived a killed `run`"
    finally:
        for pid in _servers_on(port):
            os.kill(pid, signal.SIGKILL)
        assert proc.stdout is not None
        proc.stdout.close()


def test_ensure_prints_the_path_when_present(redis_binary: str) -> None:
    done = subprocess.run([str(SCRIPT), "ensure"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == testing.find_redis_server()
    assert done.stderr == ""  # nothing installed, nothing to say


def test_ensure_exits_0_saying_why_when_it_cannot_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(testing, "_which", lambda: None)  # as on a machine without redis-server
    monkeypatch.setenv("PATH", str(tmp_path))  # ...and without apt-get
    assert testing.main(["ensure"]) == 0
    err = capsys.readouterr().err
    assert "could not be installed: apt-get is not available" in err and "will be skipped" in err
    assert testing.main(["run"]) == 1  # nothing to run


def test_the_install_budget_is_enforced(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A spent budget stops before apt-get runs (a fake apt-get on PATH, as root or not)."""
    fake = tmp_path / "apt-get"
    fake.write_text("#!/bin/sh\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    path, why = testing.install_redis_server(timeout=0.0)
    assert path is None
    assert why.startswith("not root") if os.geteuid() != 0 else "0 s install budget was used up" in why
