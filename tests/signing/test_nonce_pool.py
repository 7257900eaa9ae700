"""The nonce pool: prepared (k, enc(k·G)) pairs are right, handed out once, dropped across fork, optional.

Uniqueness is checked on the nonces themselves, recovered from each signature (k = s + e·sk mod n).
The default suite signs a few thousand times; the 100,000-signature run is under the ``soak`` marker.
"""

from __future__ import annotations

import os
import random

import pytest

from lighter.signing import PrivateKey, _fast, _nonce_pool, verify
from lighter.signing.scalar import N

KEY = PrivateKey.from_hex("e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36")
MSG = bytes(range(40))


def _nonce_of(signature: bytes) -> int:
    s = int.from_bytes(signature[:40], "little")
    e = int.from_bytes(signature[40:], "little")
    return (s + e * KEY._secret) % N


@pytest.fixture(autouse=True)
def _fresh_pool() -> None:
    _nonce_pool.stop()  # no refills behind the test's back; the next empty take starts it again
    _nonce_pool.discard()


def test_prepared_point_equals_the_direct_multiplication() -> None:
    rng = random.Random(5)
    edges = [1, 2, 3, N - 1, 1 << 70, (1 << 140) - 1, (1 << 280) + 5]
    scalars = edges + [rng.randrange(1, N) for _ in range(24)]
    for k in scalars:
        assert _nonce_pool.compute(k) == _fast.mul_generator_encoded(k), k


def test_signing_takes_each_prepared_pair_once() -> None:
    assert _nonce_pool.fill(4) == 4
    pairs = list(_nonce_pool._pool)
    sigs = [KEY.sign(MSG) for _ in range(4)]
    assert [_nonce_of(sig) for sig in sigs] == [k for k, _ in pairs]
    assert all(verify(KEY.public_key, MSG, sig) for sig in sigs)
    assert not set(pairs) & set(_nonce_pool._pool)


def test_an_empty_or_disabled_pool_signs_on_the_spot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_nonce_pool, "_enabled", False)
    assert _nonce_pool.take() is None
    sigs = {KEY.sign(MSG) for _ in range(5)}
    assert len(sigs) == 5 and all(verify(KEY.public_key, MSG, sig) for sig in sigs)
    assert _nonce_pool.size() == 0


def test_switch_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_nonce_pool, "_enabled", None)
    monkeypatch.setenv(_nonce_pool.ENV_SWITCH, "off")
    assert _nonce_pool.enabled() is False
    monkeypatch.setattr(_nonce_pool, "_enabled", None)
    monkeypatch.delenv(_nonce_pool.ENV_SWITCH)
    assert _nonce_pool.enabled() is True


def test_a_pool_from_another_process_id_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    _nonce_pool.fill(3)
    monkeypatch.setattr(_nonce_pool, "_pid", os.getpid() + 1)  # as if a fork had bypassed the hook
    assert _nonce_pool.take() is None
    assert _nonce_pool._pid == os.getpid() and _nonce_pool.size() == 0


def test_fill_is_bounded() -> None:
    assert _nonce_pool.fill(_nonce_pool.SIZE + 5) <= _nonce_pool.SIZE
    assert _nonce_pool.size() <= _nonce_pool.SIZE


def _nonces_here_and_in_a_child(parent_count: int, child_count: int) -> tuple[list[int], list[int]]:
    """Nonces of signatures made here and in a forked child, both with the pool in use."""
    _nonce_pool.fill()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            out = bytearray()
            for i in range(child_count):
                if i % 50 == 0:
                    _nonce_pool.fill(8)
                sig = KEY.sign(MSG)
                out += sig
            view = memoryview(bytes(out))
            while view:
                view = view[os.write(write, view[:65536]) :]
        finally:
            os._exit(0)
    os.close(write)
    mine = []
    for i in range(parent_count):
        if i % 50 == 0:
            _nonce_pool.fill(8)
        sig = KEY.sign(MSG)
        mine.append(_nonce_of(sig))
    data = bytearray()
    while chunk := os.read(read, 1 << 20):
        data += chunk
    os.close(read)
    _, status = os.waitpid(pid, 0)
    assert status == 0
    assert len(data) == 80 * child_count
    child = [_nonce_of(bytes(data[i : i + 80])) for i in range(0, len(data), 80)]
    return mine, child


def _check_unique(parent_count: int, child_count: int) -> None:
    mine, child = _nonces_here_and_in_a_child(parent_count, child_count)
    everything = mine + child
    assert len(set(everything)) == len(everything)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_no_two_signatures_share_a_nonce_in_a_process_or_across_fork() -> None:
    _check_unique(1_500, 1_000)


@pytest.mark.soak
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_no_two_of_100k_signatures_share_a_nonce() -> None:
    _check_unique(60_000, 40_000)
