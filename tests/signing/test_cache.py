"""The big fixed-base table and its cache file: correct entries, and every cache state signs correctly.

Most tests use a small layout (40 windows of 8 bits, 0.46 MB, built in ~0.15 s) with a pinned hash; the
real 17 MB layout is spot-checked window by window here and built whole in the soak test.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lighter.signing import PrivateKey, _cache, _fast, _gtable, _nonce_pool, curve, verify
from lighter.signing import extension as fp5
from lighter.signing.scalar import N

from .conftest import VECTORS

SMALL = _cache.Layout(
    "test_table_w8x40.bin", (8,) * 40, "79b44cc401c810743c438cbcb82ec24973d36aee8b580badfdf0c09e4a3ae984"
)
KATS = VECTORS["schnorr_fixed_nonce_kats"]["vectors"]


def _record(data: bytes, index: int) -> tuple[Any, Any]:
    """(x, u) limbs of record ``index``; every byte outside the limbs must be zero."""
    v = int.from_bytes(data[_gtable.RECORD * index : _gtable.RECORD * (index + 1)], "little")
    x = tuple((v >> (144 * j)) & ((1 << 64) - 1) for j in range(5))
    u = tuple((v >> (144 * j + _gtable.U_SHIFT)) & ((1 << 64) - 1) for j in range(5))
    rebuilt = sum(x[j] << (144 * j) | u[j] << (144 * j + _gtable.U_SHIFT) for j in range(5))
    assert rebuilt == v
    return x, u


def _entry(data: bytes, widths: tuple[int, ...], window: int, d: int) -> tuple[Any, Any]:
    """(x, u) of entry d of ``window`` in table bytes."""
    return _record(data, sum(1 << (w - 1) for w in widths[:window]) + d - 1)


def _reference(d: int, offset: int) -> tuple[Any, Any]:
    p = curve.multiply(curve.GENERATOR, d << offset)
    return fp5.div(p[0], p[1]), fp5.div(p[2], p[3])


def _sign_kats() -> None:
    for vec in KATS[:4]:
        key = PrivateKey.from_hex(vec["private_key_hex"])
        msg = bytes.fromhex(vec["message_hash_le_hex"])
        assert key.sign(msg, nonce=int(vec["nonce_k"])).hex() == vec["sig_hex"]
        assert verify(key.public_key, msg, key.sign(msg))


def _zombie_children() -> list[int]:
    """Pids of this process's children that exited but were never reaped (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] == "Z" and int(fields[1]) == os.getpid():
            out.append(int(stat.parent.name))
    return out


@pytest.fixture
def small_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh process state using the small layout in an empty temporary cache dir."""
    _nonce_pool.stop()  # its refills would look up the cache file behind the test's back
    monkeypatch.setattr(_nonce_pool, "_enabled", False)
    monkeypatch.setattr(_cache, "LAYOUT", SMALL)
    monkeypatch.setenv(_cache.ENV_DIR, str(tmp_path))
    monkeypatch.delenv(_cache.ENV_SWITCH, raising=False)
    _fast.reset_tables()
    yield tmp_path / SMALL.name
    assert _cache.wait(60)
    _fast.reset_tables()  # later tests start from the real configuration again


def test_small_layout_is_pinned_and_its_entries_are_multiples_of_g() -> None:
    data = _gtable.build(SMALL.widths)
    assert len(data) == SMALL.size
    assert hashlib.sha256(data).hexdigest() == SMALL.sha256
    for window, d in ((0, 1), (0, 128), (17, 77), (39, 1), (39, 128)):
        assert _entry(data, SMALL.widths, window, d) == _reference(d, 8 * window), (window, d)


def test_default_layout_windows_are_multiples_of_g() -> None:
    widths = _cache.DEFAULT_LAYOUT.widths
    assert sum(widths) >= 320 and _cache.DEFAULT_LAYOUT.size == 16_957_440
    seen = []
    for window, chunk in _gtable.iter_windows(widths, only=(0, 22)):
        seen.append(window)
        assert len(chunk) == _gtable.RECORD << 13
        for d in (1, 2, 4097, 8192):
            assert _record(chunk, d - 1) == _reference(d, sum(widths[:window])), (window, d)
    assert seen == [0, 22]


def test_add_multiple_gives_k_times_g() -> None:
    table = _gtable.GTable(_gtable.build(SMALL.widths), SMALL.widths)
    for k in (0, 1, 2, 3, 127, 128, 129, 255, 256, N - 1, N - 2, (1 << 318) + 12345, 0x5A5A5A5A << 200):
        got = _gtable.add_multiple(table, None, k)
        assert (_fast._encode(got) if got is not None else (0, 0, 0, 0, 0)) == curve.encode(
            curve.multiply(curve.GENERATOR, k)
        ), k


def test_bad_widths_are_refused() -> None:
    with pytest.raises(ValueError, match="widths"):
        _gtable.check_widths((14,) * 22)  # 308 bits cannot hold a scalar mod n
    with pytest.raises(ValueError, match="size"):
        _gtable.GTable(b"\0" * 90, SMALL.widths)


def test_missing_cache_is_built_in_the_background_then_used(small_cache: Path) -> None:
    _sign_kats()  # signs with the shipped table while the child builds
    assert _cache.wait(60)
    assert small_cache.is_file() and not small_cache.with_name(small_cache.name + ".lock").exists()
    assert hashlib.sha256(small_cache.read_bytes()).hexdigest() == SMALL.sha256
    assert _fast._BIG is not None and _fast._BIG.widths == SMALL.widths
    assert _fast._TABLE is None  # the shipped table's ints were released
    _sign_kats()
    assert not list(small_cache.parent.glob("*.tmp"))
    if Path("/proc/self/stat").exists():
        assert _zombie_children() == []


def test_present_cache_is_loaded_before_the_first_signature(small_cache: Path) -> None:
    _gtable.write_file(str(small_cache), SMALL.widths)
    _sign_kats()
    assert _fast._BIG is not None and _cache._thread is None  # no background work at all


@pytest.mark.parametrize("content", [b"", b"\0" * SMALL.size, b"junk"], ids=["empty", "zeros", "short"])
def test_corrupt_cache_is_removed_and_rebuilt(
    small_cache: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    small_cache.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="lighter.signing"):
        _sign_kats()
    assert "corrupt" in caplog.text
    assert _cache.wait(60)
    assert hashlib.sha256(small_cache.read_bytes()).hexdigest() == SMALL.sha256
    assert _fast._BIG is not None
    _sign_kats()


def test_unwritable_cache_dir_keeps_the_shipped_table(
    tmp_path: Path, small_cache: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    monkeypatch.setenv(_cache.ENV_DIR, str(blocker / "cache"))  # cannot mkdir below a file, even as root
    with caplog.at_level(logging.INFO, logger="lighter.signing"):
        _sign_kats()
        assert _cache.wait(60)
    assert "not writable" in caplog.text
    assert _fast._BIG is None
    _sign_kats()


def test_env_opt_out_neither_reads_nor_builds(small_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _gtable.write_file(str(small_cache), SMALL.widths)
    before = small_cache.stat().st_mtime_ns
    monkeypatch.setenv(_cache.ENV_SWITCH, "0")
    _sign_kats()
    assert _fast._BIG is None and _cache._thread is None
    small_cache.unlink()
    _sign_kats()
    assert not small_cache.exists() and before


@pytest.mark.parametrize("value", ["0", "false", "OFF", " no "])
def test_env_opt_out_values(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(_cache.ENV_SWITCH, value)
    assert not _cache.enabled()
    monkeypatch.setenv(_cache.ENV_SWITCH, "1")
    assert _cache.enabled()


def test_a_live_lock_means_waiting_for_the_other_builder(small_cache: Path) -> None:
    lock = small_cache.with_name(small_cache.name + ".lock")
    lock.write_bytes(b"")
    _sign_kats()
    assert _cache._thread is not None and _cache._thread.is_alive()  # polling, not building
    assert not small_cache.exists()
    _gtable.write_file(str(small_cache), SMALL.widths)  # "the other process" finishes
    lock.unlink()
    assert _cache.wait(60)
    assert _fast._BIG is not None


def test_a_stale_lock_is_taken_over(small_cache: Path) -> None:
    lock = small_cache.with_name(small_cache.name + ".lock")
    lock.write_bytes(b"")
    old = time.time() - _cache.STALE_LOCK_SECONDS - 10
    os.utime(lock, (old, old))
    _sign_kats()
    assert _cache.wait(60)
    assert _fast._BIG is not None and not lock.exists()


def test_a_short_lived_process_exits_at_once_and_the_build_still_completes(tmp_path: Path) -> None:
    code = (
        "from lighter.signing import _cache, PrivateKey\n"
        f"_cache.LAYOUT = _cache.Layout({SMALL.name!r}, {SMALL.widths!r}, {SMALL.sha256!r})\n"
        "k = PrivateKey.generate()\n"
        "assert k.public_key.verify(b'\\1' * 40, k.sign(b'\\1' * 40))\n"
        "assert _cache._thread is not None\n"
    )
    env = dict(os.environ, **{_cache.ENV_DIR: str(tmp_path)})
    env.pop(_cache.ENV_SWITCH, None)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    target = tmp_path / SMALL.name
    deadline = time.monotonic() + 60
    while not target.exists() and time.monotonic() < deadline:  # the orphaned builder finishes alone
        time.sleep(0.05)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == SMALL.sha256


@pytest.mark.soak
def test_real_table_build_signs_every_vector(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Build the real 17 MB table through the cache (3-5 s of CPU), check its pin and the vectors."""
    monkeypatch.setenv(_cache.ENV_DIR, str(tmp_path))
    monkeypatch.delenv(_cache.ENV_SWITCH, raising=False)
    monkeypatch.setattr(_cache, "LAYOUT", _cache.DEFAULT_LAYOUT)
    _fast.reset_tables()
    try:
        _sign_kats()
        assert _cache.wait(300)
        assert _fast._BIG is not None and _fast._BIG.widths == _cache.DEFAULT_LAYOUT.widths
        for vec in KATS:
            key = PrivateKey.from_hex(vec["private_key_hex"])
            msg = bytes.fromhex(vec["message_hash_le_hex"])
            assert key.sign(msg, nonce=int(vec["nonce_k"])).hex() == vec["sig_hex"]
        for vec in VECTORS["key_derivation"]:
            key = PrivateKey.from_hex(vec["private_key_hex"])
            assert key.public_key.hex() == vec["public_key_hex_from_so"]
        for vec in VECTORS["transactions"]:
            if vec["err"] is None:
                sig = base64.b64decode(json.loads(vec["tx_info"])["Sig"])
                assert verify(vec["public_key_hex"], bytes.fromhex(vec["tx_hash"]), sig)
    finally:
        _fast.reset_tables()


def test_a_forked_child_looks_for_the_cache_again(small_cache: Path) -> None:
    lock = small_cache.with_name(small_cache.name + ".lock")
    lock.write_bytes(b"")  # "another process is building": the parent only polls
    _sign_kats()
    assert _fast._BIG_STARTED and _fast._BIG is None
    thread = _cache._thread
    _fast._after_fork_in_child()  # what os.fork() runs in the child
    assert not _fast._BIG_STARTED and not _cache._started
    lock.unlink()
    assert thread is not None
    thread.join(10)  # the "parent's" poller gives up once the lock is gone
