"""Nonces per (account, API key): optimistic local counters that never collide.

Lighter accepts a transaction only if its nonce is exactly the next one for its (account, API key), and a
rejected transaction does not consume its nonce. So:

- The counter is seeded from ``GET /api/v1/nextNonce`` on first use and then advanced locally (no I/O).
- A *lease* holds the key's lock from taking the nonce until the exchange has answered, so transactions
  of one key reach the exchange in nonce order even when many threads or tasks send at once; spread load
  over several API keys (round-robin) for more throughput.
- Outcome of a lease: accepted -> the nonce is spent; refused with a known "not consumed" error -> the
  nonce is handed back (safe, the lock is still held); timeout or unknown outcome -> the key is marked
  stale and resynced from the exchange before its next use; "invalid nonce" -> resync now, re-sign, resend
  once (the client does this).
- A batch leases N consecutive nonces at once.

The counters live in a `NonceStore`. The default is in memory; a shared store (Redis, a later issue) can
be plugged in to coordinate processes. The store interface is three atomic operations on
``(account_index, api_key_index)``:

``reserve(account_index, api_key_index, count) -> int | None``
    Take `count` consecutive nonces and return the first, or None if the key has no value yet
    (then the manager fetches nextNonce and calls `set`).
``set(account_index, api_key_index, next_nonce) -> None``
    Overwrite the next nonce to hand out (seeding, resync, handing a nonce back).
``invalidate(account_index, api_key_index) -> None``
    Forget the value, so the next `reserve` returns None and forces a resync from the exchange.

Store methods are synchronous and must be quick; the blocking face calls them.

Optional async face: a store that does I/O (``lighter.stores.RedisNonceStore``) also offers coroutines
``reserve_async``, ``set_async`` and ``invalidate_async`` with the same meaning. When a store has all three,
`AsyncNonceManager` uses them, so a slow or unreachable store never blocks the event loop; a lease settled
by ``unused()``/``unknown()`` then records the outcome and the manager applies it (awaiting the store)
before the lease ends, still under the key's lock. Stores without them (the in-memory default) are called
directly, as before.

Optional hooks for stores shared by several processes (``lighter.stores.RedisNonceStore``):
``hold(account_index, api_key_index)`` (a context manager) and ``hold_async(...)`` (an async one) take a
cross-process lock on the key; the managers hold it for the whole lease, inside the in-process lock, so
transactions of one key reach the exchange in nonce order fleet-wide.

Shape: every decision (take, seed, hand back, resync, forget) is a flow written once (`lighter._flow`: a
generator yielding the store and nextNonce steps it needs); `NonceManager` and `AsyncNonceManager` only
lock, hold the key and drive those flows, one with blocking calls and one by awaiting.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    asynccontextmanager,
    contextmanager,
    nullcontext,
)
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from lighter._errors import APIError, ConfigError, InvalidInputError, NonceError
from lighter._flow import Flow, adrive, drive, step

log = logging.getLogger("lighter.nonce")

L = TypeVar("L", threading.Lock, asyncio.Lock)


@runtime_checkable
class NonceStore(Protocol):
    """Where nonce counters live. See the module docstring for the contract."""

    def reserve(self, account_index: int, api_key_index: int, count: int) -> int | None:
        """Atomically take `count` consecutive nonces; return the first, or None if unseeded."""
        ...

    def set(self, account_index: int, api_key_index: int, next_nonce: int) -> None:
        """Overwrite the next nonce to hand out."""
        ...

    def invalidate(self, account_index: int, api_key_index: int) -> None:
        """Forget the counter so that the next use resyncs from the exchange."""
        ...


class InMemoryNonceStore:
    """The default store: a dict behind a lock. Shareable by several clients of one process: its `hold`
    serialises their leases of one key, as each client's own lock does for its threads."""

    def __init__(self) -> None:
        self._next: dict[tuple[int, int], int] = {}
        self._lock = threading.Lock()
        self._holds: dict[tuple[int, int], threading.Lock] = {}

    def _key_lock(self, account_index: int, api_key_index: int) -> threading.Lock:
        with self._lock:
            return self._holds.setdefault((account_index, api_key_index), threading.Lock())

    @contextmanager
    def hold(self, account_index: int, api_key_index: int) -> Iterator[None]:
        """Hold the key for one lease (uncontended unless several clients share this store)."""
        with self._key_lock(account_index, api_key_index):
            yield

    @asynccontextmanager
    async def hold_async(self, account_index: int, api_key_index: int) -> AsyncIterator[None]:
        """`hold` without blocking the event loop (the holder may be a client on another loop or thread)."""
        lock = self._key_lock(account_index, api_key_index)
        while not lock.acquire(blocking=False):
            await asyncio.sleep(0.001)
        try:
            yield
        finally:
            lock.release()

    def reserve(self, account_index: int, api_key_index: int, count: int) -> int | None:
        """Take `count` consecutive nonces; None if the key was never seeded or was invalidated."""
        key = (account_index, api_key_index)
        with self._lock:
            first = self._next.get(key)
            if first is None:
                return None
            self._next[key] = first + count
            return first

    def set(self, account_index: int, api_key_index: int, next_nonce: int) -> None:
        """Overwrite the next nonce."""
        with self._lock:
            self._next[(account_index, api_key_index)] = next_nonce

    def invalidate(self, account_index: int, api_key_index: int) -> None:
        """Forget the counter."""
        with self._lock:
            self._next.pop((account_index, api_key_index), None)

    def peek(self, account_index: int, api_key_index: int) -> int | None:
        """The next nonce that would be handed out (for tests and diagnostics)."""
        with self._lock:
            return self._next.get((account_index, api_key_index))


class NonceLease:
    """Consecutive nonces ``first .. first+count-1`` of one API key, held under that key's lock."""

    __slots__ = (
        "account_index",
        "api_key_index",
        "count",
        "first",
        "_store",
        "_settled",
        "_deferred",
        "_pending",
        "_detached",
    )

    def __init__(
        self,
        store: NonceStore,
        account_index: int,
        api_key_index: int,
        first: int,
        count: int,
        *,
        deferred: bool = False,
    ) -> None:
        self._store = store
        self.account_index = account_index
        self.api_key_index = api_key_index
        self.first = first
        self.count = count
        self._settled = False
        # deferred: the async manager applies unused()/unknown() through the store's async face
        self._deferred = deferred
        self._pending: tuple[str, int] | None = None
        self._detached = False

    @property
    def nonce(self) -> int:
        """The (first) nonce of the lease."""
        return self.first

    @property
    def nonces(self) -> list[int]:
        """All nonces of the lease, in order."""
        return list(range(self.first, self.first + self.count))

    def spent(self) -> None:
        """The exchange accepted the transaction(s): the nonces are consumed."""
        self._settled = True

    def detach(self) -> None:
        """The transaction is on the wire and the outcome will be settled later, after the key's lock is
        released (a non-blocking send): later nonces may be out by then, so a refusal cannot hand these
        back; it resyncs the key instead (see `unused`)."""
        self._detached = True

    def unused(self) -> None:
        """Nothing reached the exchange, or it refused without consuming: hand the nonces back (a detached
        lease resyncs instead: its successors may already be out)."""
        if self._detached:
            self.unknown()
            return
        if not self._settled:
            if self._deferred:
                self._pending = ("unused", self.first)
            else:
                self._store.set(self.account_index, self.api_key_index, self.first)
            self._settled = True

    def unknown(self) -> None:
        """The outcome is unknown (timeout, broken connection): resync before the next use."""
        if not self._settled:
            log.info(
                "nonce outcome unknown for account %s key %s; will resync",
                self.account_index,
                self.api_key_index,
            )
            if self._deferred:
                self._pending = ("unknown", self.first)
            else:
                self._store.invalidate(self.account_index, self.api_key_index)
            self._settled = True

    def settle_error(self, exc: BaseException) -> None:
        """Settle from an exception: API errors say whether the nonce was consumed; others happened before
        sending (validation, signing) and leave the nonces unused."""
        if isinstance(exc, APIError):
            if exc.nonce_consumed is None:
                self.unknown()
            elif exc.nonce_consumed:
                self.spent()
            else:
                self.unused()
        elif isinstance(exc, (asyncio.CancelledError, KeyboardInterrupt)):
            self.unknown()  # a cancelled send may or may not have left
        else:
            self.unused()

    def _rebase(self, first: int) -> None:
        self.first = first
        self._settled = False


# -- the decisions, written once as flows (see lighter._flow); the managers below lock and drive them ---


def _next_nonce(account_index: int, key: int) -> Flow[int]:
    """The exchange's next nonce for `key`, refused unless it is a non-negative integer."""
    value = yield step("fetch", key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise NonceError(f"nextNonce answered {value!r} for account {account_index} key {key}")
    return value


def _take(account_index: int, key: int, count: int) -> Flow[int]:
    """The first of `count` consecutive nonces of `key`: from the store, seeded from nextNonce if unset."""
    first = yield step("reserve", account_index, key, count)
    if first is None:
        yield step("set", account_index, key, (yield from _next_nonce(account_index, key)))
        first = yield step("reserve", account_index, key, count)
        if first is None:
            raise NonceError(f"the nonce store lost the value of account {account_index} key {key}")
    return first


def _apply_pending(lease: NonceLease) -> Flow[None]:
    """Apply an outcome a deferred lease's unused()/unknown() recorded (the key's lock is still held)."""
    pending, lease._pending = lease._pending, None
    if pending is not None:
        outcome, first = pending
        if outcome == "unused":
            yield step("set", lease.account_index, lease.api_key_index, first)
        else:
            yield step("invalidate", lease.account_index, lease.api_key_index)


def _finish(lease: NonceLease, exc: BaseException | None) -> Flow[None]:
    """Settle a lease as its block ended: by the exception, else spent; a detached lease stays open and
    settles by itself later (through the store's blocking face: its lock is gone by then)."""
    if exc is not None:
        lease.settle_error(exc)
    elif lease._detached:
        lease._deferred = False
    else:
        lease.spent()
    yield from _apply_pending(lease)


def _resync(lease: NonceLease) -> Flow[None]:
    """After "invalid nonce": read nextNonce again and move the lease onto it (lock still held)."""
    yield from _apply_pending(lease)
    server = yield from _next_nonce(lease.account_index, lease.api_key_index)
    yield step("set", lease.account_index, lease.api_key_index, server + lease.count)
    log.info(
        "nonce resync for account %s key %s: %s -> %s",
        lease.account_index,
        lease.api_key_index,
        lease.first,
        server,
    )
    lease._rebase(server)


def _forget(account_index: int, keys: Iterable[int]) -> Flow[None]:
    """Forget the counters of `keys` so that their next use reads nextNonce."""
    for key in keys:
        yield step("invalidate", account_index, key)


# -- the faces: how each one locks, holds and does the flows' steps -------------------------------------

_STORE_STEPS = ("reserve", "set", "invalidate")


class _StepsIO:
    """What the flows' steps call on one face: ``fetch(key)`` reads nextNonce, the store steps its store."""

    def __init__(self, fetch: Callable[[int], Any], store: Mapping[str, Callable[..., Any]]) -> None:
        self.fetch = fetch
        for name in _STORE_STEPS:
            setattr(self, name, store[name])


def _blocking_io(store: NonceStore, fetch: Callable[[int], int]) -> _StepsIO:
    return _StepsIO(fetch, {name: getattr(store, name) for name in _STORE_STEPS})


def _async_io(store: NonceStore, fetch: Callable[[int], Awaitable[int]]) -> _StepsIO:
    """The store's async face when it has all of it (an outage then never blocks the loop), else its
    quick blocking methods (the in-memory store)."""
    face = _async_face(store)
    if face is not None:
        return _StepsIO(fetch, {name: getattr(face, name + "_async") for name in _STORE_STEPS})
    return _StepsIO(fetch, {name: _awaitable(getattr(store, name)) for name in _STORE_STEPS})


def _awaitable(fn: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    async def call(*args: Any) -> Any:
        return fn(*args)

    return call


_ASYNC_FACE = tuple(name + "_async" for name in _STORE_STEPS)


def _async_face(store: NonceStore) -> Any | None:
    """The store itself if it offers the optional async face (all three coroutines), else None."""
    return store if all(callable(getattr(store, name, None)) for name in _ASYNC_FACE) else None


def _hold(store: NonceStore, account_index: int, api_key_index: int) -> AbstractContextManager[Any]:
    hold = getattr(store, "hold", None)
    return hold(account_index, api_key_index) if hold is not None else nullcontext()


def _hold_async(
    store: NonceStore, account_index: int, api_key_index: int
) -> AbstractAsyncContextManager[Any]:
    hold = getattr(store, "hold_async", None)
    return hold(account_index, api_key_index) if hold is not None else nullcontext()


def _check_key_indexes(api_key_indexes: Sequence[int]) -> tuple[int, ...]:
    keys = tuple(api_key_indexes)
    if not keys:
        raise ConfigError("at least one API key index is needed to sign transactions")
    for k in keys:
        if isinstance(k, bool) or not isinstance(k, int) or not 0 <= k <= 254:
            raise ConfigError(f"api_key_index must be an integer in 0..254, got {k!r}")
    if len(set(keys)) != len(keys):
        raise ConfigError(f"duplicate API key indexes: {keys}")
    return keys


class _RoundRobin:
    """Which API key to use next: the next one in turn that is idle, else the next one in turn."""

    def __init__(self, keys: tuple[int, ...]) -> None:
        self.keys = keys
        self._next = 0
        self._lock = threading.Lock()

    def order(self) -> list[int]:
        with self._lock:
            start = self._next
            self._next = (self._next + 1) % len(self.keys)
        return [self.keys[(start + i) % len(self.keys)] for i in range(len(self.keys))]


def _check_count(count: int) -> None:
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InvalidInputError(f"a nonce lease needs count >= 1, got {count!r}")


class _Manager(Generic[L]):
    """What both faces share: the account, the store, the keys in turn and one lock per key."""

    def __init__(
        self,
        account_index: int,
        api_key_indexes: Sequence[int],
        store: NonceStore | None,
        lock: Callable[[], L],
    ) -> None:
        self.account_index = account_index
        self.store: NonceStore = store if store is not None else InMemoryNonceStore()
        self._rr = _RoundRobin(_check_key_indexes(api_key_indexes))
        self._locks: dict[int, L] = {k: lock() for k in self._rr.keys}

    @property
    def api_key_indexes(self) -> tuple[int, ...]:
        """The API keys this manager rotates over."""
        return self._rr.keys

    def _choose(self, api_key_index: int | None, try_take: Callable[[L], bool]) -> tuple[L, int, bool]:
        """The key to lease and its lock: the one asked for, else the next idle one in turn (``try_take``
        says whether a lock is free, or takes it), else the next in turn; and whether `try_take` said yes."""
        if api_key_index is not None:
            lock = self._locks.get(api_key_index)
            if lock is None:
                raise ConfigError(
                    f"API key {api_key_index} is not configured on this client: {self._rr.keys}"
                )
            return lock, api_key_index, False
        order = self._rr.order()
        for key in order:
            if try_take(self._locks[key]):
                return self._locks[key], key, True
        return self._locks[order[0]], order[0], False

    def _keys(self, api_key_index: int | None) -> tuple[int, ...]:
        return self._rr.keys if api_key_index is None else (api_key_index,)

    def invalidate(self, api_key_index: int | None = None) -> None:
        """Forget local counters (one key or all) so the next use reads nextNonce (the store's blocking
        face: on the asyncio face with a store that does I/O, prefer `ainvalidate`)."""
        drive(_forget(self.account_index, self._keys(api_key_index)), self.store)


class NonceManager(_Manager[threading.Lock]):
    """Blocking face: per-key `threading.Lock`, `fetch(api_key_index) -> nextNonce` does the HTTP call."""

    def __init__(
        self,
        account_index: int,
        api_key_indexes: Sequence[int],
        fetch: Callable[[int], int],
        store: NonceStore | None = None,
    ) -> None:
        super().__init__(account_index, api_key_indexes, store, threading.Lock)
        self._fetch = fetch
        self._io = _blocking_io(self.store, fetch)

    @contextmanager
    def lease(self, count: int = 1, *, api_key_index: int | None = None) -> Iterator[NonceLease]:
        """Hold `count` consecutive nonces of one key until the block ends. Settle with `spent()`;
        an exception settles by itself (see `NonceLease.settle_error`)."""
        _check_count(count)
        lock, key, taken = self._choose(api_key_index, lambda free: free.acquire(blocking=False))
        if not taken:
            lock.acquire()
        try:
            with _hold(self.store, self.account_index, key):
                first = drive(_take(self.account_index, key, count), self._io)
                lease = NonceLease(self.store, self.account_index, key, first, count)
                try:
                    yield lease
                except BaseException as exc:
                    drive(_finish(lease, exc), self._io)
                    raise
                drive(_finish(lease, None), self._io)
        finally:
            lock.release()

    def resync(self, lease: NonceLease) -> None:
        """After "invalid nonce": read nextNonce again and move the lease onto it (lock still held)."""
        drive(_resync(lease), self._io)


class AsyncNonceManager(_Manager[asyncio.Lock]):
    """Asyncio face: per-key `asyncio.Lock`, `fetch` is a coroutine function. Same store contract."""

    def __init__(
        self,
        account_index: int,
        api_key_indexes: Sequence[int],
        fetch: Callable[[int], Awaitable[int]],
        store: NonceStore | None = None,
    ) -> None:
        super().__init__(account_index, api_key_indexes, store, asyncio.Lock)
        self._fetch = fetch
        self._io = _async_io(self.store, fetch)
        self._deferred = _async_face(self.store) is not None

    @asynccontextmanager
    async def lease(self, count: int = 1, *, api_key_index: int | None = None) -> AsyncIterator[NonceLease]:
        """Async twin of `NonceManager.lease`."""
        _check_count(count)
        # a free lock is taken at once (single-threaded loop): try_take only looks
        lock, key, _ = self._choose(api_key_index, lambda free: not free.locked())
        await lock.acquire()
        try:
            async with _hold_async(self.store, self.account_index, key):
                first = await adrive(_take(self.account_index, key, count), self._io)
                lease = NonceLease(self.store, self.account_index, key, first, count, deferred=self._deferred)
                try:
                    yield lease
                except BaseException as exc:
                    await adrive(_finish(lease, exc), self._io)
                    raise
                await adrive(_finish(lease, None), self._io)
        finally:
            lock.release()

    async def resync(self, lease: NonceLease) -> None:
        """After "invalid nonce": read nextNonce again and move the lease onto it (lock still held)."""
        await adrive(_resync(lease), self._io)

    async def ainvalidate(self, api_key_index: int | None = None) -> None:
        """`invalidate` through the store's async face when it has one (never blocks the loop)."""
        await adrive(_forget(self.account_index, self._keys(api_key_index)), self._io)
