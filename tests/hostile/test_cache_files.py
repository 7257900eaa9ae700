"""The signer-cache builder never follows a link planted in a shared cache directory."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lighter.signing import _cache, _gtable

WIDTHS = (2,) * 160  # a small table: quick to build


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_builder_writes_through_no_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    target = tmp_path / "cache" / "table.bin"
    target.parent.mkdir()
    for planted in (f"{target}.{os.getpid()}.tmp", f"{target}.tmp", str(target)):  # the old names, the file
        os.symlink(victim, planted)
    _gtable.write_file(str(target), WIDTHS)
    assert victim.read_bytes() == b"precious"
    assert not target.is_symlink() and target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0  # 0600: not writable (or readable) by others
    leftovers = [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp") and not p.is_symlink()]
    assert leftovers == []


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
def test_cache_reader_and_lock_refuse_links(tmp_path: Path) -> None:
    real = tmp_path / "real.bin"
    real.write_bytes(b"x" * 10)
    link = tmp_path / "table.bin"
    os.symlink(real, link)
    with pytest.raises(OSError):
        _cache._read_file(link, 100)
    lock = tmp_path / "table.bin.lock"
    os.symlink(tmp_path / "elsewhere", lock)
    os.utime(lock, (0, 0), follow_symlinks=False)  # stale: it may be removed, never written through
    fd = _cache._take_lock(lock)
    if fd is not None:
        os.close(fd)
        assert not lock.is_symlink() and stat.S_IMODE(lock.stat().st_mode) == 0o600
    assert not (tmp_path / "elsewhere").exists()
