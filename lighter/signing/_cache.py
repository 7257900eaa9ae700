"""The big fixed-base table (``_gtable``) in the user's cache directory, built once in the background.

Signing never waits for it. On the first k·G of a process, ``start`` looks for the cache file:
  * present and intact (exact size and pinned SHA-256): it is loaded (~10-20 ms) and used at once;
  * missing: signing goes on with the shipped table, and a daemon thread launches ONE child process
    (``_gtable.main``, at the lowest CPU priority, about 3 s of CPU) that writes the file atomically
    (temporary file + rename). The thread reaps the child (no zombie), checks the file and switches the
    signer to it. A lock file keeps concurrent processes from building it twice; they poll for the
    result instead. If the parent exits first the child finishes on its own and the next process uses it;
    a daemon thread never delays interpreter exit;
  * corrupt (wrong size or hash): it is deleted if possible and rebuilt as if missing;
  * unusable directory (read-only, no home, ...), build failure: logged, and the process keeps the
    shipped table (correct, about 10 % slower per signature).

Environment:
  * ``LIGHTER_SIGNER_CACHE=0`` (or ``false``/``no``/``off``): never read, write or build the cache file;
  * ``LIGHTER_SIGNER_CACHE_DIR=/path``: directory to use instead of the platform default
    (``$XDG_CACHE_HOME/lighter`` or ``~/.cache/lighter``; ``~/Library/Caches/lighter`` on macOS;
    ``%LOCALAPPDATA%\\lighter\\cache`` on Windows).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from lighter._loggers import get_logger
from lighter.signing import _gtable
from lighter.signing._gtable import GTable

logger = get_logger("lighter.signing")

ENV_SWITCH = "LIGHTER_SIGNER_CACHE"
ENV_DIR = "LIGHTER_SIGNER_CACHE_DIR"
_OFF = frozenset({"0", "false", "no", "off"})
STALE_LOCK_SECONDS = 300.0  # a lock older than this belongs to a dead builder
POLL_SECONDS = 0.25
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows
# The build starts this long after the first signature (or at exit, if the process ends sooner): the two
# vCPUs of a small VM are often hyperthreads of one core, and a builder running next to the signer
# slows the first signatures by ~50 % whatever its priority.
SPAWN_DELAY_SECONDS = 1.0


class Layout:
    """A table layout: file name, window widths and the SHA-256 its file must have."""

    __slots__ = ("name", "widths", "sha256")

    def __init__(self, name: str, widths: Sequence[int], sha256: str) -> None:
        self.name = name
        self.widths = tuple(widths)
        self.sha256 = sha256

    @property
    def size(self) -> int:
        """Bytes of the file."""
        return _gtable.table_size(self.widths)


# 23 windows of 14 bits: 16 957 440 bytes, 22 additions per k·G. Change ``name`` with the format.
DEFAULT_LAYOUT = Layout(
    "g_table_w14x23_r90_v1.bin",
    (14,) * 23,
    "c703feae203f5e8a5ab1974c1922b8252bff6c4d2fef960083d4603a5b2ed787",
)
LAYOUT = DEFAULT_LAYOUT  # tests swap in a small layout

_lock = threading.Lock()
_started = False
_thread: threading.Thread | None = None
_go = threading.Event()  # set at exit: start the build now
_spawned = threading.Event()  # set once the builder was started (or will not be)


def enabled() -> bool:
    """False when ``LIGHTER_SIGNER_CACHE`` switches the cache off."""
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in _OFF


def cache_dir() -> Path | None:
    """The directory for the cache file (not created here), or None if there is no sensible one."""
    override = os.environ.get(ENV_DIR, "").strip()
    if override:
        return Path(override)
    try:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA")
            return Path(base) / "lighter" / "cache" if base else None
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "lighter"
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(xdg) if xdg else Path.home() / ".cache") / "lighter"
    except (RuntimeError, KeyError, OSError):  # no home directory
        return None


def load(path: Path, layout: Layout) -> GTable | None:
    """The table in ``path`` if it has the exact size and hash of ``layout``; a bad file is deleted."""
    try:
        data = _read_file(path, layout.size + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        logger.info("cannot read signing table cache %s: %s", path, exc)
        return None
    if len(data) != layout.size or hashlib.sha256(data).hexdigest() != layout.sha256:
        logger.warning("signing table cache %s is corrupt; removing it", path)
        try:
            path.unlink()
        except OSError:
            pass
        return None
    return GTable(data, layout.widths)


def _read_file(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes in as few ``read`` calls as possible (usually one).

    A buffered ``read`` works in chunks and takes the GIL back after each one; in the background thread,
    while the main thread signs, every retake waits for a switch interval (5 ms): 1.8 s for 17 MB.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | _NOFOLLOW)  # a planted link is refused
    try:
        parts = []
        left = limit
        while left > 0:
            part = os.read(fd, left)
            if not part:
                break
            parts.append(part)
            left -= len(part)
    finally:
        os.close(fd)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def start(on_ready: Callable[[GTable], None]) -> GTable | None:
    """Once per process: the cached table if usable now, else None (and a background build begins).

    ``on_ready`` receives the table from the background thread once it has been built and checked.
    """
    global _started, _thread
    with _lock:
        if _started:
            return None
        _started = True
        if not enabled():
            return None
        directory = cache_dir()
        if directory is None:
            logger.info("no cache directory for the signing table; using the shipped one")
            return None
        layout = LAYOUT
        path = directory / layout.name
        table = load(path, layout)
        if table is not None:
            return table
        if getattr(sys, "frozen", False) or not sys.executable:
            return None  # cannot start a Python child (frozen app, embedded interpreter)
        _thread = threading.Thread(
            target=_background, args=(path, layout, on_ready), name="lighter-signing-table", daemon=True
        )
        _thread.start()
        atexit.unregister(_start_build_before_exit)
        atexit.register(_start_build_before_exit)
        return None


def _start_build_before_exit() -> None:
    """At interpreter exit: have the delayed build start now (it outlives this process)."""
    thread = _thread
    if thread is not None and thread.is_alive():
        _go.set()
        _spawned.wait(2.0)


def _background(path: Path, layout: Layout, on_ready: Callable[[GTable], None]) -> None:
    try:
        _go.wait(SPAWN_DELAY_SECONDS)
        if _build_or_wait(path, layout):
            table = load(path, layout)
            if table is not None:
                on_ready(table)
                logger.debug("signing table cache %s is ready", path)
    except Exception:  # a background chore must never take the process down
        logger.warning("building the signing table cache failed", exc_info=True)
    finally:
        _spawned.set()


def _build_or_wait(path: Path, layout: Layout) -> bool:
    """Build the file in a child process, or wait for another process's build; True if it may be there."""
    lock = path.with_name(path.name + ".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = _take_lock(lock)
    except OSError as exc:  # read-only or missing home, full disk, ...
        logger.info(
            "signing table cache dir %s is not writable (%s); keeping the shipped table", path.parent, exc
        )
        return False
    if fd is None:
        _spawned.set()  # nothing to start at exit: another process builds it
        return _wait_for_other_builder(path, lock)
    os.close(fd)
    return _run_builder(path, layout, lock)


def _take_lock(lock: Path) -> int | None:
    """An fd of the newly created lock file, or None if a live builder holds it (OSError if unwritable)."""
    for _ in range(2):
        try:
            return os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600)
        except FileExistsError:
            try:
                age = time.time() - lock.stat().st_mtime
            except FileNotFoundError:
                continue  # the other builder just finished
            if age < STALE_LOCK_SECONDS:
                return None
            lock.unlink(missing_ok=True)  # left by a killed builder
    return None


def _wait_for_other_builder(path: Path, lock: Path) -> bool:
    deadline = time.monotonic() + STALE_LOCK_SECONDS
    while time.monotonic() < deadline:
        if path.exists():
            return True
        if not lock.exists():
            return path.exists()
        time.sleep(POLL_SECONDS)
    return False


def _run_builder(path: Path, layout: Layout, lock: Path) -> bool:
    import subprocess

    package_root = str(Path(__file__).resolve().parents[2])
    code = (
        "import sys; sys.path.insert(0, sys.argv.pop(1)); "
        "from lighter.signing._gtable import main; sys.exit(main())"
    )
    widths = ",".join(str(w) for w in layout.widths)
    env = dict(os.environ, **{ENV_SWITCH: "0"})
    flags = getattr(subprocess, "IDLE_PRIORITY_CLASS", 0)  # Windows; elsewhere setpriority below
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", code, package_root, str(path), widths, str(lock)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            creationflags=flags,
        )
    except OSError as exc:
        lock.unlink(missing_ok=True)
        logger.info("cannot start the signing table builder: %s", exc)
        return False
    if hasattr(os, "setpriority"):
        # Lowest priority from its first instruction on, so the child (interpreter start-up included)
        # takes no CPU from the signer; it runs on otherwise idle cycles.
        try:
            os.setpriority(os.PRIO_PROCESS, proc.pid, 19)
        except OSError:
            pass
    _spawned.set()
    logger.debug("building signing table cache %s in process %d", path, proc.pid)
    _, err = proc.communicate()  # reaps the child
    if proc.returncode != 0:
        lock.unlink(missing_ok=True)
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        logger.info("signing table builder exited with %d: %s", proc.returncode, tail[0])
        return False
    return True


def wait(timeout: float | None = None) -> bool:
    """Start the delayed build now and wait for it (tests, benchmarks); True if nothing is left running."""
    thread = _thread
    if thread is None:
        return True
    _go.set()
    thread.join(timeout)
    return not thread.is_alive()


def reset() -> None:
    """Forget that ``start`` ran (tests; and a forked child, whose parent's thread did not survive)."""
    global _started, _thread, _lock, _go, _spawned
    _started = False
    _thread = None
    _go = threading.Event()
    _spawned = threading.Event()
    _lock = threading.Lock()  # after fork() the old one may be held by a thread that no longer exists
