"""Signing nonces: fresh per signature, hedged with key and message, re-seeded in a forked child."""

from __future__ import annotations

import itertools
import os

import pytest

from lighter.signing import PrivateKey, _nonce_source, verify
from lighter.signing.scalar import N

KEY = PrivateKey.from_hex("e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36")
MSG = bytes(range(40))


def test_each_signature_gets_a_new_nonce() -> None:
    sigs = {KEY.sign(MSG) for _ in range(20)}
    assert len(sigs) == 20
    assert all(verify(KEY.public_key, MSG, sig) for sig in sigs)


def test_nonce_is_hedged_with_key_and_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_nonce_source, "_nonce_seed", b"\7" * 32)

    def nonce(secret: int, message: bytes) -> int:
        monkeypatch.setattr(_nonce_source, "_nonce_counter", itertools.count(42))  # same state every time
        return _nonce_source.random_nonce(secret, message)

    base = nonce(123456789, MSG)
    assert 1 <= base < N
    assert nonce(123456789, MSG) == base  # a duplicated process state repeats only the same signature
    assert nonce(123456789, MSG[:-1] + b"\1") != base
    assert nonce(123456790, MSG) != base


def test_seed_is_drawn_once_and_again_after_fork_hook() -> None:
    _nonce_source.random_nonce(1, MSG)
    seed = _nonce_source._nonce_seed
    assert seed is not None and len(seed) == 32
    _nonce_source.random_nonce(1, MSG)
    assert _nonce_source._nonce_seed is seed
    _nonce_source._forget_nonce_seed()
    _nonce_source.random_nonce(1, MSG)
    assert _nonce_source._nonce_seed not in (None, seed)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_forked_child_signs_with_other_nonces() -> None:
    _nonce_source.random_nonce(1, MSG)  # the parent has a seed
    state = _nonce_source._nonce_counter
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.write(write, KEY.sign(MSG))
        finally:
            os._exit(0)
    os.close(write)
    child_sig = os.read(read, 80)
    os.close(read)
    os.waitpid(pid, 0)
    assert _nonce_source._nonce_counter is state
    parent_sig = KEY.sign(MSG)  # same counter value as the child used, same key and message
    assert verify(KEY.public_key, MSG, child_sig)
    assert child_sig != parent_sig
