"""`RedisRateLimiter`: the weighted sliding-window budget of `lighter._ratelimit`, shared by a fleet.

Same tiers and endpoint weights as the in-process `RateLimiter` (it is a subclass, usable wherever one is
expected). The window lives in Redis: a list of ``"start cost"`` reservations and a hash with the booked
total and the 429 block, updated by one Lua script on the server's clock (``TIME``), so machines with
skewed clocks share one budget. Reservations are FIFO across the fleet.

If Redis cannot be reached, pacing falls back to the in-process budget with a warning (pacing is advisory:
the exchange enforces the real limit and answers 429, which the transport handles); nonces never fall back.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from lighter._errors import StoreConfigError, StoreUnavailableError
from lighter._flow import Flow, adrive, drive, step
from lighter._ratelimit import WINDOW_SECONDS, RateLimiter, endpoint_weight
from lighter.stores._conn import RedisConnection

log = logging.getLogger("lighter.stores")

# KEYS[1] reservations list, KEYS[2] state hash.
# ARGV: mode ('reserve' | 'block'), cost or seconds, capacity, window seconds -> wait in seconds (string)
WINDOW = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = tonumber(ARGV[4])
local ttl = math.ceil(window * 2000)
local blocked = tonumber(redis.call('HGET', KEYS[2], 'blocked') or '0')
if ARGV[1] == 'block' then
  local until_ = now + tonumber(ARGV[2])
  if until_ > blocked then redis.call('HSET', KEYS[2], 'blocked', string.format('%.6f', until_)) end
  redis.call('PEXPIRE', KEYS[2], ttl + math.ceil(tonumber(ARGV[2]) * 1000))
  return '0'
end
local capacity = tonumber(ARGV[3])
local cost = math.min(tonumber(ARGV[2]), capacity)
local used = tonumber(redis.call('HGET', KEYS[2], 'used') or '0')
local horizon = now - window
local function parse(entry)
  local sp = string.find(entry, ' ', 1, true)
  return tonumber(string.sub(entry, 1, sp - 1)), tonumber(string.sub(entry, sp + 1))
end
while true do
  local head = redis.call('LINDEX', KEYS[1], 0)
  if not head then used = 0 break end
  local s, c = parse(head)
  if s > horizon then break end
  redis.call('LPOP', KEYS[1])
  used = used - c
end
local start = math.max(now, blocked)
local last = redis.call('LINDEX', KEYS[1], -1)
if last then
  local s = parse(last)
  start = math.max(start, s)
end
local excess = used + cost - capacity
if excess > 1e-9 then
  local freed = 0
  for _, entry in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
    local s, c = parse(entry)
    freed = freed + c
    if freed >= excess - 1e-9 then
      start = math.max(start, s + window)
      break
    end
  end
end
redis.call('RPUSH', KEYS[1], string.format('%.6f %.6f', start, cost))
used = used + cost
redis.call('HSET', KEYS[2], 'used', string.format('%.6f', used))
local keep = ttl + math.ceil((start - now) * 1000)
redis.call('PEXPIRE', KEYS[1], keep)
redis.call('PEXPIRE', KEYS[2], keep)
return string.format('%.6f', start - now)
"""


class RedisRateLimiter(RateLimiter):
    """A fleet-wide weighted budget: one per (network, scope, tier). Build with
    ``RedisRateLimiter.from_url(url, "premium")`` or ``store.rate_limiter("premium")``.

    `scope` names the budget: the exchange counts per IP address and per L1 address, so processes that
    share an IP or an account should share a scope.
    """

    def __init__(
        self,
        connection: RedisConnection,
        tier: str = "standard",
        *,
        network: str = "mainnet",
        namespace: str = "lighter",
        scope: str = "default",
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        try:
            super().__init__(tier, clock=clock)
        except ValueError as exc:
            raise StoreConfigError(str(exc)) from None
        if not isinstance(scope, str) or not scope or any(c in scope for c in " {}"):
            raise StoreConfigError(f"scope must be a non-empty name without spaces or braces, got {scope!r}")
        self.conn = connection
        self.scope = scope
        self.window = float(window)
        self._capacity = self._core.capacity
        base = f"{namespace}:{{{network}:ratelimit:{scope}:{tier}}}"
        self._keys = [f"{base}:entries", f"{base}:state"]
        self._degraded = False

    @classmethod
    def from_url(
        cls,
        url: str,
        tier: str = "standard",
        *,
        network: str = "mainnet",
        scope: str = "default",
        check: bool = True,
    ) -> RedisRateLimiter:
        """Connect to a Redis URL (see `RedisNonceStore.from_url`) and share the budget `scope`."""
        conn = RedisConnection(url, retry_for=0.0)
        limiter = cls(conn, tier, network=network, scope=scope)
        if check:
            conn.ping()
        return limiter

    def __repr__(self) -> str:
        return f"RedisRateLimiter(url={self.conn.masked!r}, tier={self.tier!r}, scope={self.scope!r})"

    def _args(self, mode: str, amount: float) -> list[str]:
        return [mode, f"{amount:.6f}", f"{self._capacity:.6f}", f"{self.window:.6f}"]

    def _local(self, cost: float) -> float:
        with self._lock:
            return self._core.reserve(cost, self._clock())

    def _fell_back(self, exc: StoreUnavailableError) -> None:
        if not self._degraded:
            log.warning("shared rate limit unavailable, pacing in-process until Redis answers: %s", exc)
        self._degraded = True

    def _recovered(self) -> None:
        if self._degraded:
            log.warning("shared rate limit is back on Redis at %s", self.conn.masked)
        self._degraded = False

    def reserve(self, path: str) -> float:
        """Book one request to `path` in the shared budget; return the seconds to wait first."""
        wait: float = drive(self._booking(path), self.conn.blocking)
        if wait > 0:
            log.debug("shared rate limit (%s): waiting %.3f s before %s", self.tier, wait, path)
        return wait

    async def acquire_async(self, path: str) -> float:
        """Asyncio face: book in Redis without blocking the loop, then sleep."""
        wait: float = await adrive(self._booking(path), self.conn.awaiting)
        if wait > 0:
            await asyncio.sleep(wait)
        return max(wait, 0.0)

    def _booking(self, path: str) -> Flow[float]:
        """Book in the window shared in Redis, or in-process while Redis cannot be reached."""
        cost = self._cost(endpoint_weight(path))
        try:
            raw = yield step("run", WINDOW, self._keys, self._args("reserve", cost), "rate limit", False)
        except StoreUnavailableError as exc:
            self._fell_back(exc)
            return self._local(cost)
        self._recovered()
        return float(raw)

    def remaining(self) -> float | None:
        """Unknown here: the budget is shared in Redis (asking would cost a round trip per request)."""
        return None

    def block(self, seconds: float) -> None:
        """Hold every request of the fleet back for `seconds` (a 429 with Retry-After)."""
        try:
            self.conn.run(WINDOW, self._keys, self._args("block", seconds), "rate limit block", retry=False)
        except StoreUnavailableError as exc:
            self._fell_back(exc)
            super().block(seconds)

    def used(self) -> float:
        """Budget booked in the current window, fleet-wide (diagnostics)."""
        value = self.conn.call("rate limit used", lambda c: c.hget(self._keys[1], "used"))
        return 0.0 if value is None else float(value)
