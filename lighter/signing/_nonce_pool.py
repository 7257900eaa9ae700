"""Schnorr nonces prepared ahead: pairs (k, enc(k·G)) made in idle time, so signing is mostly Poseidon2.

R = k·G does not depend on the message, so it can be computed before the message exists. The pool:

* is bounded (``SIZE`` pairs), lives only in this process's memory, and hands every pair out once
  (``deque.popleft`` is atomic under the GIL, so two threads never get the same pair);
* is refilled by one daemon thread, only once no signature has been taken for ``IDLE_SECONDS`` (a tight
  signing loop never competes with it), in slices of a few point additions with ``time.sleep(0)``
  between them, so a thread that wakes up for a frame waits tens of microseconds, not a whole k·G;
* is discarded in a forked child (``os.register_at_fork``) and, should a fork ever bypass the hook, by the
  process-id check of every ``take``; the child starts its own pool from its own seed;
* runs dry gracefully: ``take`` returns None and the caller signs on the spot (slower, never unsafe).

The nonces come from ``_nonce_source.random_nonce`` (per-process seed from ``secrets``, a counter, SHA-512),
fed with a pool marker instead of the message: a prepared nonce cannot be hedged with a message it has
not seen. What the message hedge guarded against, a duplicated process state, is covered by the fork
hook and the pid check; a restored VM snapshot is not (its pool would be handed out again), so set
``LIGHTER_SIGNER_NONCE_POOL=0`` where processes are snapshotted and resumed: every nonce is then derived
on the spot, hedged with key and message.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque

from lighter.signing import _fast
from lighter.signing._nonce_source import random_nonce

ENV_SWITCH = "LIGHTER_SIGNER_NONCE_POOL"
SIZE = 32
IDLE_SECONDS = 0.002  # refill only after this long without a signature
SPOT_GRACE = 1.0  # longest wait for a signature made on the spot to `touch()` before refilling anyway
# k·G is summed from these bit ranges of k, a yield to other threads after each (multiples of the
# 10- and 14-bit window widths, so each cut costs at most one extra addition)
_CUTS = (0, 70, 140, 210, 280, 320)
_MASKS = tuple(((1 << hi) - 1) ^ ((1 << lo) - 1) for lo, hi in zip(_CUTS, _CUTS[1:], strict=False))
_MARK = b"lighter nonce pool: no message yet".ljust(40, b".")

Pair = tuple[int, tuple[int, int, int, int, int]]

_pool: deque[Pair] = deque()
_pid = os.getpid()
_generation = 0  # bumped when the pool is discarded; a refill of an older generation is dropped
_enabled: bool | None = None
_last_take = 0.0
_wake = threading.Event()
_thread: threading.Thread | None = None
_start_lock = threading.Lock()


def enabled() -> bool:
    """False when ``LIGHTER_SIGNER_NONCE_POOL`` is 0/false/no/off (read once, at the first signature)."""
    global _enabled
    if _enabled is None:
        _enabled = os.environ.get(ENV_SWITCH, "1").strip().lower() not in ("0", "false", "no", "off")
    return _enabled


def take() -> Pair | None:
    """A prepared (k, enc(k·G)) used by nobody before, or None when the pool is empty or off."""
    global _last_take
    if _pid != os.getpid():
        discard()
        return None
    try:
        pair: Pair | None = _pool.popleft()
        _last_take = time.monotonic()
    except IndexError:
        pair = None
        # the caller now multiplies on the spot (slow, above all in a fresh process): the refill waits for
        # its `touch()` instead of competing with it for the GIL
        _last_take = time.monotonic() + SPOT_GRACE
        if _thread is None and enabled():
            _start()
    if not _wake.is_set():
        _wake.set()
    return pair


def touch() -> None:
    """A signature that found the pool empty is done: idle time (and refilling) may start now."""
    global _last_take
    _last_take = time.monotonic()


def compute(k: int) -> tuple[int, int, int, int, int]:
    """enc(k·G), summed in slices with a yield of the GIL between them (same value as ``_fast``)."""
    acc = None
    for mask in _MASKS:
        part = k & mask
        if part:
            acc = _fast._add_generator_multiple(acc, part)
            time.sleep(0)  # lets a thread waiting for the GIL (a frame just arrived) run now
    return (0, 0, 0, 0, 0) if acc is None else _fast._encode(acc)


def fill(count: int = SIZE) -> int:
    """Add up to ``count`` pairs now, in the calling thread, up to ``SIZE`` in all; returns how many.

    For a bot that knows when it is idle (and for benchmarks measuring a warm pool).
    """
    added = 0
    generation = _generation
    while added < count and len(_pool) < SIZE:
        k = random_nonce(0, _MARK)
        r = compute(k)
        if generation != _generation:  # discarded meanwhile (a fork, reset)
            break
        _pool.append((k, r))
        added += 1
    return added


def size() -> int:
    """Pairs ready now."""
    return len(_pool) if _pid == os.getpid() else 0


def discard() -> None:
    """Drop every prepared pair (fork child, tests); the refill thread, if any, starts over."""
    global _pool, _pid, _generation, _thread, _wake, _start_lock
    _generation += 1
    _pool = deque()
    if _pid != os.getpid():  # a child: the parent's refill thread (and its locks' state) is not ours
        _pid = os.getpid()
        _thread = None
        _wake = threading.Event()
        _start_lock = threading.Lock()


def stop(timeout: float = 5.0) -> None:
    """Stop the refill thread (tests that swap the signer's tables); the next empty take starts one."""
    global _thread
    thread, _thread = _thread, None
    if thread is not None:
        _wake.set()
        thread.join(timeout)


def _start() -> None:
    global _thread
    with _start_lock:
        if _thread is not None:
            return
        _thread = threading.Thread(target=_refill_loop, name="lighter-nonce-pool", daemon=True)
        _thread.start()


def _refill_loop() -> None:
    me = threading.current_thread()
    while _thread is me:
        _wake.clear()
        while len(_pool) < SIZE and _thread is me:
            wait = _last_take + IDLE_SECONDS - time.monotonic()
            if wait > 0:
                time.sleep(min(wait, IDLE_SECONDS))
                continue
            fill(1)
        _wake.wait(60.0)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=discard)
