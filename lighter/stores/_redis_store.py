"""`RedisNonceStore`: nonces of an account's API keys shared by a fleet of processes, in Redis.

Why a lock and not only an atomic counter: the exchange accepts a transaction only when its nonce is
exactly the next one of its API key, so two workers that each take a nonce atomically can still reach
the exchange out of order (nonce 8 before 7) and be refused. The store therefore offers a cross-process
*hold* on an API key, which the nonce manager takes for a whole lease (take nonce, sign, send, settle):
per key, one transaction is on its way at a time, fleet-wide, exactly as a single process does with its
in-process lock. Spread load over several API keys for throughput.

Keys (one Redis hash tag per API key, so the scripts also run on a cluster)::

    {ns}:{{network:account:key}}:nonce   next nonce to hand out        TTL state_ttl, renewed on use
    {ns}:{{network:account:key}}:lock    token of the holder            TTL lock_ttl, renewed by a watchdog
    {ns}:{{network:account:key}}:wake    one wake-up for a waiter       short TTL
    {ns}:{{network:account:key}}:lease   owner of an exclusive API-key lease (see `lease_api_key`)

Every change of the counter by a holder is fenced: the script checks that the lock still carries the
holder's token (compare-and-set on the lock), so a worker whose hold expired cannot move the counter.

Data loss (a restarted Redis without persistence): locks and counters are gone while a holder may still
have a transaction in flight. Live holders re-assert their lock at the next watchdog round (lock_ttl / 3);
a worker that finds the counter missing while the server has been up for less than ``lock_ttl + 1`` s
waits out that grace before it seeds the counter from the exchange (``nextNonce``), so it never signs the
nonce of a transaction still in flight. A freshly started server looks exactly like a restarted one that
lost its data (nothing of a previous life survives in it to tell them apart), so the first order of each
key after any Redis start pays that wait once (up to lock_ttl + 1 s; logged as "restart grace"); there is
no sound way to skip it without risking a nonce signed twice.

Use ``maxmemory-policy noeviction`` (the default) and a single primary: an asynchronous replica promoted
after a failover may have lost the last increments.

Shape: every step of the store (take, set, forget, take and release the hold, wait, the restart grace) is
written once as a flow (`lighter._flow`, as `lighter._nonce` does) that yields the Redis calls it needs;
the blocking face drives it with the sync client (`_StoreIO`), the asyncio face by awaiting the loop's
client (`_AsyncStoreIO`). Only the watchdog thread and the exclusive leases are blocking-only.
"""

from __future__ import annotations

import contextvars
import logging
import os
import re
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lighter._errors import KeyLeaseUnavailableError, LockLostError, StoreConfigError, StoreError
from lighter._flow import Flow, adrive, drive, step
from lighter.stores._conn import Awaiting, Blocking, RedisConnection

if TYPE_CHECKING:  # pragma: no cover
    from lighter.stores._redis_ratelimit import RedisRateLimiter

log = logging.getLogger("lighter.stores")

ENV_URL = "LIGHTER_REDIS_URL"
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_WAKE_POLL = 0.1  # a waiter re-checks the lock at least this often (a dead holder sends no wake-up)

# Held-check shared by the fenced scripts. KEYS[1] lock, KEYS[2] nonce; ARGV[1] token, ARGV[2] lock_ttl_ms.
# The lock is ours; or it vanished together with the counter (server data loss): take it back.
_HELD = """
local h = redis.call('GET', KEYS[1])
if h ~= ARGV[1] then
  if h or redis.call('EXISTS', KEYS[2]) == 1 then return -2 end
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
"""

# -> 1 held and the counter exists, 0 held and no counter, -1 busy
ACQUIRE = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return redis.call('EXISTS', KEYS[2])
end
return -1
"""

# KEYS lock, wake; ARGV token, wake_ttl_ms -> 1 released, 0 it was not ours any more
RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  redis.call('DEL', KEYS[2])
  redis.call('RPUSH', KEYS[2], '1')
  redis.call('PEXPIRE', KEYS[2], ARGV[2])
  return 1
end
return 0
"""

# KEYS lock, nonce; ARGV token, lock_ttl_ms -> 1 renewed, 2 re-asserted after data loss, 0 lost
RENEW = """
local h = redis.call('GET', KEYS[1])
if h == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not h and redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 2
end
return 0
"""

# ARGV token ('' = not fenced), lock_ttl_ms, count, state_ttl_ms -> first nonce, -1 unseeded, -2 lock lost
RESERVE = f"""
if ARGV[1] ~= '' then
{_HELD}
end
if redis.call('EXISTS', KEYS[2]) == 0 then return -1 end
local n = redis.call('INCRBY', KEYS[2], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return n - tonumber(ARGV[3])
"""

# ARGV token, lock_ttl_ms, next_nonce, state_ttl_ms -> 1 set, -2 lock lost
SET = f"""
{_HELD}
redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
return 1
"""

# ARGV token, lock_ttl_ms -> 1, -2 lock lost
INVALIDATE = f"""
{_HELD}
redis.call('DEL', KEYS[2])
return 1
"""

# KEYS lease; ARGV token, ttl_ms -> 1 renewed, 0 not ours
LEASE_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
"""

# KEYS lease; ARGV token -> 1 released, 0 not ours
LEASE_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
"""


@dataclass(frozen=True)
class _Keys:
    lock: str
    nonce: str
    wake: str
    lease: str


@dataclass(eq=False)
class _Hold:
    """One held lock: what the watchdog renews and the fenced scripts check."""

    keys: _Keys
    token: str
    lost: bool = False
    active: bool = False  # registered for renewal; False once released (the watchdog must not renew it)
    guard: threading.Lock = field(default_factory=threading.Lock)


_held: contextvars.ContextVar[Mapping[tuple[int, int, int], _Hold] | None] = contextvars.ContextVar(
    "lighter_redis_holds", default=None
)


def _check_seconds(name: str, value: object, minimum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise StoreConfigError(f"{name} must be a number of seconds >= {minimum}, got {value!r}")
    return float(value)


def _check_index(name: str, value: object, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise StoreConfigError(f"{name} must be an integer in 0..{high}, got {value!r}")
    return value


class RedisNonceStore:
    """A `lighter._nonce.NonceStore` in Redis, with a cross-process hold per API key.

    >>> store = RedisNonceStore.from_url("redis://127.0.0.1:6379/0", network="mainnet")  # doctest: +SKIP
    >>> client = Lighter(..., nonce_store=store)                                           # doctest: +SKIP

    Options: `lock_ttl` (seconds a dead worker can block a key; live holders renew every lock_ttl / 3),
    `state_ttl` (an idle counter is forgotten after this and resynced from the exchange), `retry_for`
    (how long a lost connection is retried before `StoreUnavailableError`), `lock_timeout` (how long to
    wait for a busy key before `StoreError`). Not picklable: build one per process.
    """

    def __init__(
        self,
        connection: RedisConnection,
        *,
        network: str | None = None,
        namespace: str = "lighter",
        lock_ttl: float = 10.0,
        state_ttl: float = 86_400.0,
        lock_timeout: float = 120.0,
    ) -> None:
        network = network if network is not None else os.environ.get("LIGHTER_NETWORK", "mainnet")
        for name, value in (("network", network), ("namespace", namespace)):
            if not isinstance(value, str) or not _NAME.match(value):
                raise StoreConfigError(f"{name} must be 1-64 letters, digits, '_', '.' or '-', got {value!r}")
        self.conn = connection
        self.network = network
        self.namespace = namespace
        self.lock_ttl = _check_seconds("lock_ttl", lock_ttl, 0.3)
        self.state_ttl = _check_seconds("state_ttl", state_ttl, self.lock_ttl)
        self.lock_timeout = _check_seconds("lock_timeout", lock_timeout, 0.0)
        self._lock_ms = int(self.lock_ttl * 1000)
        self._state_ms = int(self.state_ttl * 1000)
        self._holds: set[_Hold] = set()
        self._renewals: dict[int, KeyLease] = {}
        self._registry_lock = threading.Lock()
        self._watchdog: threading.Thread | None = None
        self._stop = threading.Event()
        self._io = _StoreIO(self)
        self._aio = _AsyncStoreIO(self)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        network: str | None = None,
        namespace: str = "lighter",
        lock_ttl: float = 10.0,
        state_ttl: float = 86_400.0,
        lock_timeout: float = 120.0,
        retry_for: float = 10.0,
        connect_timeout: float = 2.0,
        socket_timeout: float = 5.0,
        check: bool = True,
    ) -> RedisNonceStore:
        """Connect to ``redis://[user:password@]host:port/db`` (or rediss://, unix://).

        With `check` (the default) the server is pinged once: an unreachable server or refused
        credentials raise `StoreUnavailableError` / `StoreAuthenticationError` now, not at the first order.
        `network` namespaces the keys (default: ``LIGHTER_NETWORK`` or "mainnet").
        """
        conn = RedisConnection(
            url, retry_for=retry_for, connect_timeout=connect_timeout, socket_timeout=socket_timeout
        )
        store = cls(
            conn,
            network=network,
            namespace=namespace,
            lock_ttl=lock_ttl,
            state_ttl=state_ttl,
            lock_timeout=lock_timeout,
        )
        if check:
            conn.ping()
        return store

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> RedisNonceStore:
        """From ``LIGHTER_REDIS_URL`` (required) and ``LIGHTER_NETWORK``; keyword options as `from_url`."""
        env = os.environ if environ is None else environ
        url = env.get(ENV_URL, "").strip()
        if not url:
            raise StoreConfigError(f"{ENV_URL} is not set (e.g. redis://127.0.0.1:6379/0)")
        options.setdefault("network", env.get("LIGHTER_NETWORK") or "mainnet")
        return cls.from_url(url, **options)

    def __repr__(self) -> str:
        return (
            f"RedisNonceStore(url={self.conn.masked!r}, network={self.network!r}, "
            f"namespace={self.namespace!r}, lock_ttl={self.lock_ttl})"
        )

    def rate_limiter(self, tier: str = "standard", *, scope: str = "default") -> RedisRateLimiter:
        """A fleet-wide weighted rate-limit budget on the same connection (see `RedisRateLimiter`)."""
        from lighter.stores._redis_ratelimit import RedisRateLimiter

        return RedisRateLimiter(self.conn, tier, network=self.network, namespace=self.namespace, scope=scope)

    # -- keys ----------------------------------------------------------------------------------------

    def keys(self, account_index: int, api_key_index: int) -> _Keys:
        """Redis key names of one (account, API key)."""
        _check_index("account_index", account_index, 2**48)
        _check_index("api_key_index", api_key_index, 254)
        base = f"{self.namespace}:{{{self.network}:{account_index}:{api_key_index}}}"
        return _Keys(f"{base}:lock", f"{base}:nonce", f"{base}:wake", f"{base}:lease")

    def _current(self, account_index: int, api_key_index: int) -> _Hold | None:
        holds = _held.get()
        return None if holds is None else holds.get((id(self), account_index, api_key_index))

    # -- NonceStore: both faces drive the same flows (the asyncio one never blocks the loop) ----------

    def reserve(self, account_index: int, api_key_index: int, count: int) -> int | None:
        """Take `count` consecutive nonces atomically; None when the counter must be seeded.

        Inside `hold` the take is fenced by the hold's token; outside it is a bare atomic increment.
        """
        first: int | None = drive(self._reserving(account_index, api_key_index, count), self._io)
        return first

    def set(self, account_index: int, api_key_index: int, next_nonce: int) -> None:
        """Set the next nonce (seed, resync, hand back), fenced by the hold; outside a hold it takes one."""
        drive(self._setting(account_index, api_key_index, next_nonce), self._io)

    def invalidate(self, account_index: int, api_key_index: int) -> None:
        """Forget the counter so the next user reads nextNonce; fenced by the hold (or takes one)."""
        drive(self._invalidating(account_index, api_key_index), self._io)

    async def reserve_async(self, account_index: int, api_key_index: int, count: int) -> int | None:
        """Asyncio face of `reserve` (`AsyncNonceManager` uses it: an outage never blocks the loop)."""
        first: int | None = await adrive(self._reserving(account_index, api_key_index, count), self._aio)
        return first

    async def set_async(self, account_index: int, api_key_index: int, next_nonce: int) -> None:
        """Asyncio face of `set`."""
        await adrive(self._setting(account_index, api_key_index, next_nonce), self._aio)

    async def invalidate_async(self, account_index: int, api_key_index: int) -> None:
        """Asyncio face of `invalidate`."""
        await adrive(self._invalidating(account_index, api_key_index), self._aio)

    def peek(self, account_index: int, api_key_index: int) -> int | None:
        """The next nonce that would be handed out (diagnostics, tests)."""
        keys = self.keys(account_index, api_key_index)
        value = self.conn.call("peek", lambda c: c.get(keys.nonce))
        return None if value is None else int(value)

    # -- the cross-process hold: both faces ------------------------------------------------------------

    @contextmanager
    def hold(self, account_index: int, api_key_index: int) -> Iterator[None]:
        """Hold one API key fleet-wide (blocking face). The nonce manager holds it for a whole lease.

        Re-entrant in one thread or task. A watchdog renews the hold every lock_ttl / 3; if the process
        dies, other workers get the key after at most lock_ttl seconds.
        """
        if self._current(account_index, api_key_index) is not None:
            yield
            return
        hold, reset = drive(self._taking_hold(account_index, api_key_index), self._io)
        try:
            yield
        finally:
            drive(self._leaving(hold, reset, account_index, api_key_index), self._io)

    @asynccontextmanager
    async def hold_async(self, account_index: int, api_key_index: int) -> AsyncIterator[None]:
        """Asyncio face of `hold`: waits for the key without blocking the event loop."""
        if self._current(account_index, api_key_index) is not None:
            yield
            return
        hold, reset = await adrive(self._taking_hold(account_index, api_key_index), self._aio)
        try:
            yield
        finally:
            await adrive(self._leaving(hold, reset, account_index, api_key_index), self._aio)

    def _grace_left(self) -> float:
        """Seconds to wait before seeding a missing counter (blocking face; see `_grace`)."""
        grace: float = drive(self._grace(), self._io)
        return grace

    def _wait_wake(self, key: str, seconds: float) -> None:
        """Wait up to `seconds` for the wake-up of a released key (blocking face)."""
        self.conn.call("wait for key", _blpop(key, seconds))

    # -- the decisions, written once as flows (lighter._flow): each step is a call of `_StoreIO` -------

    def _reserving(self, account_index: int, api_key_index: int, count: int) -> Flow[int | None]:
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise StoreError(f"count must be a positive integer, got {count!r}")
        keys = self.keys(account_index, api_key_index)
        hold = self._current(account_index, api_key_index)
        for _ in range(3):
            token = "" if hold is None else hold.token
            args = [token, self._lock_ms, count, self._state_ms]
            first = int((yield step("run", RESERVE, [keys.lock, keys.nonce], args, "reserve nonce")))
            if first == -2 and hold is not None:
                # Nothing is signed yet: safe to wait for the key again and retry.
                log.warning(
                    "lost the hold on account %s key %s before signing; taking it again",
                    account_index,
                    api_key_index,
                )
                yield from self._retaking(hold, account_index, api_key_index)
                continue
            return None if first == -1 else first
        raise LockLostError(f"could not keep the hold on account {account_index} key {api_key_index}")

    def _setting(self, account_index: int, api_key_index: int, next_nonce: int) -> Flow[None]:
        if isinstance(next_nonce, bool) or not isinstance(next_nonce, int) or next_nonce < 0:
            raise StoreError(f"next_nonce must be a non-negative integer, got {next_nonce!r}")
        keys = self.keys(account_index, api_key_index)
        hold = self._current(account_index, api_key_index)
        if hold is None:
            yield from self._holding(account_index, api_key_index, self._setting, next_nonce)
            return
        args = [hold.token, self._lock_ms, next_nonce, self._state_ms]
        done = yield step("run", SET, [keys.lock, keys.nonce], args, "set nonce")
        if int(done) == -2:
            hold.lost = True
            yield from self._invalidating_unheld(account_index, api_key_index)
            raise LockLostError(
                f"the hold on account {account_index} key {api_key_index} expired while in use (lock_ttl "
                f"{self.lock_ttl} s); the counter was cleared so the next user resyncs from the exchange"
            )

    def _invalidating(self, account_index: int, api_key_index: int) -> Flow[None]:
        keys = self.keys(account_index, api_key_index)
        hold = self._current(account_index, api_key_index)
        if hold is None:
            yield from self._invalidating_unheld(account_index, api_key_index)
            return
        args = [hold.token, self._lock_ms]
        done = yield step("run", INVALIDATE, [keys.lock, keys.nonce], args, "invalidate")
        if int(done) == -2:
            hold.lost = True
            log.warning(
                "hold on account %s key %s was lost; invalidating under a new hold",
                account_index,
                api_key_index,
            )
            yield from self._invalidating_unheld(account_index, api_key_index)

    def _invalidating_unheld(self, account_index: int, api_key_index: int) -> Flow[None]:
        # A new hold (not the lost one): hide the context's holds while taking it, restore them after.
        reset = _held.set(None)
        try:
            yield from self._holding(account_index, api_key_index, self._invalidating)
        finally:
            _held.reset(reset)

    def _holding(
        self, account_index: int, api_key_index: int, flow: Callable[..., Flow[None]], *args: Any
    ) -> Flow[None]:
        """``flow(account_index, api_key_index, *args)`` under a hold of the key taken for it."""
        hold, reset = yield from self._taking_hold(account_index, api_key_index)
        try:
            yield from flow(account_index, api_key_index, *args)
        finally:
            yield from self._leaving(hold, reset, account_index, api_key_index)

    def _taking_hold(
        self, account_index: int, api_key_index: int
    ) -> Flow[tuple[_Hold, contextvars.Token[Any]]]:
        """Take the key fleet-wide, have the watchdog renew it, and mark it held in this context."""
        keys = self.keys(account_index, api_key_index)
        hold = _Hold(keys, (yield from self._acquiring(keys, account_index, api_key_index)))
        self._register(hold)
        reset = _held.set({**(_held.get() or {}), (id(self), account_index, api_key_index): hold})
        return hold, reset

    def _leaving(
        self, hold: _Hold, reset: contextvars.Token[Any], account_index: int, api_key_index: int
    ) -> Flow[None]:
        """Undo `_taking_hold`: the context forgets the hold, the watchdog stops, the key is released."""
        _held.reset(reset)
        self._unregister(hold)
        try:  # never let a failed release hide the outcome of a sent transaction: the lock expires anyway
            args = [hold.token, self._lock_ms]
            released = yield step("run", RELEASE, [hold.keys.lock, hold.keys.wake], args, "release", False)
        except StoreError as exc:
            log.warning(
                "could not release the hold on account %s key %s (it expires in %s s): %s",
                account_index,
                api_key_index,
                self.lock_ttl,
                exc,
            )
            return
        if not int(released):
            log.warning(
                "the hold on account %s key %s had expired before its release (lock_ttl %s s)",
                account_index,
                api_key_index,
                self.lock_ttl,
            )

    def _retaking(self, hold: _Hold, account_index: int, api_key_index: int) -> Flow[None]:
        self._unregister(hold)
        hold.token = yield from self._acquiring(hold.keys, account_index, api_key_index)
        hold.lost = False
        self._register(hold)

    def _acquiring(self, keys: _Keys, account_index: int, api_key_index: int) -> Flow[str]:
        """Wait for the key's lock (woken by its release, re-checked every _WAKE_POLL) and take it."""
        token = secrets.token_hex(16)
        deadline = time.monotonic() + self.lock_timeout
        while True:
            got = int(
                (yield step("run", ACQUIRE, [keys.lock, keys.nonce], [token, self._lock_ms], "take key"))
            )
            if got == 0:
                grace = yield step("grace_left")
                if grace > 0:
                    args = [token, self._lock_ms]
                    yield step("run", RELEASE, [keys.lock, keys.wake], args, "release key")
                    self._log_grace(account_index, api_key_index, grace)
                    yield step("sleep", grace)
                    continue
            if got >= 0:
                return token
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._deadline_error(account_index, api_key_index)
            yield step("wait_wake", keys.wake, max(0.01, min(_WAKE_POLL, left)))

    def _grace(self) -> Flow[float]:
        """Seconds to wait before seeding a missing counter: a server that restarted less than lock_ttl
        ago may have lost the lock of a transaction still in flight."""
        try:
            info = yield step("call", "INFO server", lambda c: c.info("server"))
            uptime = float(info.get("uptime_in_seconds", 0))
        except StoreError as exc:
            if "unreachable" in str(exc):
                raise
            uptime = 0.0  # INFO is disabled: assume the worst
        return max(0.0, self.lock_ttl + 1.0 - uptime)

    def _log_grace(self, account_index: int, api_key_index: int, grace: float) -> None:
        log.warning(
            "restart grace: Redis at %s has no nonce for account %s key %s and started less than "
            "lock_ttl + 1 = %.1f s ago. A fresh server and one that restarted and lost its data look the "
            "same, and after a restart another worker may still have a transaction in flight whose lock "
            "was lost; it re-asserts that lock within lock_ttl. So this worker waits %.1f s before seeding "
            "the counter from the exchange's nextNonce (once per Redis start; keep Redis running, or run "
            "it with appendonly yes and appendfsync always, to avoid it)",
            self.conn.masked,
            account_index,
            api_key_index,
            self.lock_ttl + 1.0,
            grace,
        )

    def _deadline_error(self, account_index: int, api_key_index: int) -> StoreError:
        return StoreError(
            f"waited {self.lock_timeout:g} s for the hold on account {account_index} API key "
            f"{api_key_index}; another worker keeps it (raise lock_timeout or use more API keys)"
        )

    # -- watchdog ------------------------------------------------------------------------------------

    def _register(self, hold: _Hold) -> None:
        with hold.guard:
            hold.active = True
        with self._registry_lock:
            self._holds.add(hold)
            self._start_watchdog()

    def _unregister(self, hold: _Hold) -> None:
        with hold.guard:  # waits for a renewal in progress: none may follow the release
            hold.active = False
        with self._registry_lock:
            self._holds.discard(hold)

    def _start_watchdog(self) -> None:
        if self._watchdog is None or not self._watchdog.is_alive():
            self._stop.clear()
            self._watchdog = threading.Thread(target=self._watch, name="lighter-redis-watchdog", daemon=True)
            self._watchdog.start()

    def _watch(self) -> None:
        period = self.lock_ttl / 3
        while not self._stop.wait(period):
            with self._registry_lock:
                holds = list(self._holds)
                leases = list(self._renewals.values())
            for hold in holds:
                with hold.guard:
                    if not hold.active:
                        continue
                    try:
                        status = int(
                            self.conn.run(
                                RENEW,
                                [hold.keys.lock, hold.keys.nonce],
                                [hold.token, self._lock_ms],
                                "renew hold",
                                retry=False,
                            )
                        )
                    except StoreError as exc:
                        log.warning("could not renew a hold (will try again): %s", exc)
                        continue
                if status == 0 and not hold.lost:
                    hold.lost = True
                    log.warning("a hold on %s was lost (expired and taken by another worker)", hold.keys.lock)
                elif status == 2:
                    log.warning("re-asserted the hold on %s after Redis lost it", hold.keys.lock)
            for lease in leases:
                with self._registry_lock:
                    if id(lease) not in self._renewals:
                        continue  # released meanwhile
                try:
                    lease.renew()
                except StoreError as exc:
                    log.warning("could not renew the lease of API key %s: %s", lease.api_key_index, exc)

    # -- exclusive API-key leases --------------------------------------------------------------------

    def lease_api_key(
        self,
        account_index: int,
        api_key_indexes: int | list[int] | tuple[int, ...],
        *,
        ttl: float = 30.0,
        wait: float = 0.0,
        auto_renew: bool = False,
        owner: str | None = None,
    ) -> KeyLease:
        """Lease one of `api_key_indexes` exclusively for `ttl` seconds: the first free one in order.

        Waits up to `wait` seconds for one to become free, else raises `KeyLeaseUnavailableError`.
        With `auto_renew` the store's watchdog renews it until `release()`. `owner` is a label stored as
        part of the lease value (shown to operators with redis-cli), default host:pid.
        """
        indexes = [api_key_indexes] if isinstance(api_key_indexes, int) else list(api_key_indexes)
        if not indexes:
            raise StoreConfigError("lease_api_key needs at least one API key index")
        ttl = _check_seconds("ttl", ttl, 0.1)
        deadline = time.monotonic() + _check_seconds("wait", wait, 0.0)
        label = owner if owner is not None else f"{os.uname().nodename}:{os.getpid()}"
        token = f"{label}:{secrets.token_hex(8)}"
        ttl_ms = int(ttl * 1000)
        while True:
            for index in indexes:
                if self._try_lease(self.keys(account_index, index).lease, token, ttl_ms):
                    lease = KeyLease(self, account_index, index, token, ttl)
                    if auto_renew:
                        with self._registry_lock:
                            self._renewals[id(lease)] = lease
                            self._start_watchdog()
                    return lease
            if time.monotonic() >= deadline:
                raise KeyLeaseUnavailableError(
                    f"API keys {indexes} of account {account_index} are all leased by other workers"
                )
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))

    def _try_lease(self, key: str, token: str, ttl_ms: int) -> bool:
        return bool(self.conn.call("lease key", lambda c: c.set(key, token, nx=True, px=ttl_ms)))

    def lease_owner(self, account_index: int, api_key_index: int) -> str | None:
        """Who leases the key now (the lease value), or None."""
        key = self.keys(account_index, api_key_index).lease
        value = self.conn.call("lease owner", lambda c: c.get(key))
        return None if value is None else str(value)

    def _forget_lease(self, lease: KeyLease) -> None:
        with self._registry_lock:
            self._renewals.pop(id(lease), None)

    # -- lifecycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop the watchdog and close the connection pool."""
        self._stop.set()
        if self._watchdog is not None:
            self._watchdog.join(1.0)
        self.conn.close()

    def __enter__(self) -> RedisNonceStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _StoreIO(Blocking):
    """The store's flows' steps with blocking calls (`_grace_left` and `_wait_wake` are the store's own
    methods, so that a test can watch a worker wait)."""

    def __init__(self, store: RedisNonceStore) -> None:
        super().__init__(store.conn)
        self.store = store

    def grace_left(self) -> float:
        return self.store._grace_left()

    def wait_wake(self, key: str, seconds: float) -> None:
        self.store._wait_wake(key, seconds)


class _AsyncStoreIO(Awaiting):
    """The store's flows' steps by awaiting."""

    def __init__(self, store: RedisNonceStore) -> None:
        super().__init__(store.conn)
        self.store = store

    async def grace_left(self) -> float:
        grace: float = await adrive(self.store._grace(), self)
        return grace

    async def wait_wake(self, key: str, seconds: float) -> None:
        await self.conn.acall("wait for key", _blpop(key, seconds))


def _blpop(key: str, seconds: float) -> Callable[[Any], Any]:
    """Wait up to `seconds` for the one wake-up a release pushes onto `key`."""
    return lambda client: client.blpop([key], timeout=seconds)


@dataclass(eq=False)
class KeyLease:
    """An exclusive lease of one API key (`RedisNonceStore.lease_api_key`). Context manager."""

    store: RedisNonceStore = field(repr=False)
    account_index: int
    api_key_index: int
    token: str = field(repr=False)
    ttl: float

    def renew(self, ttl: float | None = None) -> bool:
        """Extend the lease; False if it had expired and was taken (then stop using the key)."""
        ok: bool = drive(self._renewing(ttl), self.store._io)
        return ok

    def release(self) -> None:
        """Give the key back now."""
        drive(self._releasing(), self.store._io)

    async def arenew(self, ttl: float | None = None) -> bool:
        """Asyncio face of `renew`."""
        ok: bool = await adrive(self._renewing(ttl), self.store._aio)
        return ok

    async def arelease(self) -> None:
        """Asyncio face of `release`."""
        await adrive(self._releasing(), self.store._aio)

    def _renewing(self, ttl: float | None) -> Flow[bool]:
        ms = int(_check_seconds("ttl", self.ttl if ttl is None else ttl, 0.1) * 1000)
        key = self.store.keys(self.account_index, self.api_key_index).lease
        ok = bool(int((yield step("run", LEASE_RENEW, [key], [self.token, ms], "renew lease"))))
        if not ok:
            self.store._forget_lease(self)
            log.warning("the lease of API key %s was lost", self.api_key_index)
        return ok

    def _releasing(self) -> Flow[None]:
        self.store._forget_lease(self)
        key = self.store.keys(self.account_index, self.api_key_index).lease
        yield step("run", LEASE_RELEASE, [key], [self.token], "release lease")

    def __enter__(self) -> KeyLease:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    async def __aenter__(self) -> KeyLease:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.arelease()
