"""Where a signature's secret nonce k comes from: fresh per signature, hedged with key and message.

Below both ``schnorr`` (signing on the spot) and ``_nonce_pool`` (nonces prepared ahead), which draw
from the same source.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import secrets

from lighter.signing.scalar import N

_nonce_seed: bytes | None = None
_nonce_counter = itertools.count()


def _forget_nonce_seed() -> None:
    global _nonce_seed
    _nonce_seed = None  # a forked child draws its own


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_nonce_seed)


def random_nonce(secret: int, message_hash: bytes) -> int:
    """A fresh secret nonce in [1, n) for signing ``message_hash`` with ``secret``.

    SHA-512 of 32 bytes drawn from ``secrets`` once per process (again after ``fork()``), a counter, the
    key and the message, reduced mod n - 1 (bias < 2^-190). Hedged like RFC 6979 with extra entropy: if
    a process state is ever duplicated (a fork the hook missed, a restored VM snapshot) a nonce can only
    repeat for the same key AND message, which repeats the same signature and reveals nothing.
    Nonces prepared ahead by ``_nonce_pool`` come from here too, with a pool marker in place of the
    message (see that module for what covers a duplicated process state then).
    Drawing from ``secrets`` per signature instead would release the GIL in every ``os.urandom``, and a
    thread waiting for the GIL then starves for seconds behind a signing loop (its switch request is
    withdrawn each time the GIL changes hands).
    """
    global _nonce_seed
    seed = _nonce_seed
    if seed is None:
        seed = _nonce_seed = secrets.token_bytes(32)
    data = b"".join(
        (seed, next(_nonce_counter).to_bytes(8, "little"), secret.to_bytes(40, "little"), message_hash)
    )
    return int.from_bytes(hashlib.sha512(data).digest(), "little") % (N - 1) + 1
