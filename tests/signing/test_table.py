"""The shipped fixed-base table equals a fresh build, and a missing or corrupt file is survived."""

from __future__ import annotations

import hashlib
import logging
from importlib import resources

import pytest

from lighter.signing import _gtable, _table, curve
from lighter.signing import extension as fp5


def test_shipped_table_is_exactly_the_built_one() -> None:
    data = resources.files("lighter.signing").joinpath(_table.FILE_NAME).read_bytes()
    assert len(data) == _table.expected_size() <= 1_000_000
    assert hashlib.sha256(data).hexdigest() == _table.SHA256
    built = _table.build()
    assert _table.to_bytes(built) == data
    assert _table.from_bytes(data) == built.data[: len(data) // _table.RECORD * _gtable.RECORD]
    assert _table.load().data == built.data  # shipped part + windows computed on load == full build


def test_table_entries_are_multiples_of_g() -> None:
    data = resources.files("lighter.signing").joinpath(_table.FILE_NAME).read_bytes()
    index = 0
    shipped = zip(_table.OFFSETS[: _table.SHIPPED_WINDOWS], _table.WIDTHS, strict=False)
    for window, (offset, width) in enumerate(shipped):
        for d in (1, 2, (1 << (width - 1))):
            rec = data[_table.RECORD * (index + d - 1) : _table.RECORD * (index + d)]
            ref = curve.multiply(curve.GENERATOR, d << offset)
            x = fp5.div(ref[0], ref[1])
            u = fp5.div(ref[2], ref[3])
            assert rec == fp5.quintic_to_bytes(x) + fp5.quintic_to_bytes(u), (window, d)
        index += 1 << (width - 1)


def test_corrupt_or_missing_file_is_rebuilt(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    good = _table.load().data
    monkeypatch.setattr(_table, "SHA256", "0" * 64)
    with caplog.at_level(logging.WARNING, logger="lighter.signing"):
        assert _table.load().data == good
    assert "corrupt" in caplog.text
    monkeypatch.setattr(_table, "FILE_NAME", "no-such-table.bin")
    with caplog.at_level(logging.WARNING, logger="lighter.signing"):
        assert _table.load().data == good
    assert "missing" in caplog.text
