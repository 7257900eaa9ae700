"""One Redis connection for the shared stores: URL checks, both faces, retries and typed errors.

The sync face uses ``redis.Redis``; the asyncio face uses ``redis.asyncio.Redis``, one client per event
loop (an asyncio connection belongs to the loop that opened it). Connection failures are retried for
``retry_for`` seconds (a restarted server is ridden through), then raised as `StoreUnavailableError`.
The password of the URL is never shown: `masked_url` replaces it with ``***``.

The retry loop is written once, as a flow (`lighter._flow`) that yields its attempts and sleeps; `call`
drives it with blocking calls, `acall` by awaiting, each on its face's client. `Blocking` and `Awaiting`
are the two faces' steps, shared by every flow of the stores.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from lighter._errors import (
    StoreAuthenticationError,
    StoreConfigError,
    StoreError,
    StoreUnavailableError,
)
from lighter._flow import Flow, adrive, drive, step
from lighter._secrets import mask_url, url_secrets

log = logging.getLogger("lighter.stores")

T = TypeVar("T")
SCHEMES = ("redis", "rediss", "unix")
_AUTH_MARKERS = ("NOAUTH", "WRONGPASS", "NOPERM", "invalid password", "invalid username-password")


def check_url(url: object) -> str:
    """Refuse what is not a Redis URL, naming the problem (and never the password)."""
    if not isinstance(url, str) or not url.strip():
        raise StoreConfigError("the Redis URL must be a non-empty string such as redis://127.0.0.1:6379/0")
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise StoreConfigError(f"malformed Redis URL {mask_url(url)!r}: {exc}") from None
    try:
        port = parts.port
    except ValueError:
        raise StoreConfigError(f"the Redis URL {mask_url(url)!r} has an invalid port") from None
    if parts.scheme not in SCHEMES:
        raise StoreConfigError(
            f"unsupported Redis URL scheme {parts.scheme!r} in {mask_url(url)!r}; use redis://, rediss:// "
            "or unix://"
        )
    if parts.scheme != "unix" and not parts.hostname:
        raise StoreConfigError(f"the Redis URL {mask_url(url)!r} has no host")
    if port is not None and not 0 < port < 65536:
        raise StoreConfigError(f"the Redis URL {mask_url(url)!r} has an invalid port")
    return url


def _is_auth_error(exc: BaseException) -> bool:
    import redis.exceptions as rx

    if isinstance(exc, rx.AuthenticationError):
        return True
    return isinstance(exc, rx.ResponseError) and any(m in str(exc) for m in _AUTH_MARKERS)


@dataclass(eq=False)
class _Clients:
    """One face's Redis client and the Lua scripts registered on it."""

    client: Any
    scripts: dict[str, Any] = field(default_factory=dict)


class RedisConnection:
    """The clients, the Lua scripts and the error policy shared by the stores of one URL."""

    def __init__(
        self,
        url: str,
        *,
        retry_for: float = 10.0,
        connect_timeout: float = 2.0,
        socket_timeout: float = 5.0,
    ) -> None:
        try:
            import redis
        except ImportError:  # pragma: no cover - the extra is missing
            from lighter._extras import install_hint

            raise StoreConfigError(
                f"the Redis stores need the 'redis' extra (redis is not installed): {install_hint('redis')}"
            ) from None
        self.url = check_url(url)
        self.masked = mask_url(self.url)
        self._secrets = url_secrets(self.url)
        for name, value in (
            ("retry_for", retry_for),
            ("connect_timeout", connect_timeout),
            ("socket_timeout", socket_timeout),
        ):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise StoreConfigError(f"{name} must be a non-negative number of seconds, got {value!r}")
        self.retry_for = float(retry_for)
        self._options: dict[str, Any] = {
            "decode_responses": True,
            "socket_connect_timeout": connect_timeout,
            "socket_timeout": socket_timeout,
        }
        try:
            self.client: Any = redis.Redis.from_url(self.url, **self._options)
        except (ValueError, TypeError) as exc:
            raise StoreConfigError(f"bad Redis URL {self.masked!r}: {self._scrub(exc)}") from None
        self._sync = _Clients(self.client)
        self.blocking = Blocking(self)
        self.awaiting = Awaiting(self)
        self._async: dict[int, tuple[asyncio.AbstractEventLoop, _Clients]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RedisConnection({self.masked!r})"

    # -- errors --------------------------------------------------------------------------------------

    def _scrub(self, exc: BaseException) -> str:
        text = str(exc)
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def map_error(self, exc: BaseException, what: str) -> StoreError:
        """The typed error for a failure of `what` (a few words naming the operation)."""
        import redis.exceptions as rx

        if _is_auth_error(exc):
            return StoreAuthenticationError(
                f"Redis at {self.masked} refused the credentials ({what}): {self._scrub(exc)}; check the "
                "user and password in the URL"
            )
        if isinstance(exc, (rx.ConnectionError, rx.TimeoutError, OSError)):
            return StoreUnavailableError(
                f"Redis at {self.masked} is unreachable ({what}): {self._scrub(exc)}"
            )
        return StoreError(f"Redis at {self.masked} failed ({what}): {self._scrub(exc)}")

    @staticmethod
    def _retryable(exc: BaseException) -> bool:
        import redis.exceptions as rx

        if _is_auth_error(exc):
            return False
        if isinstance(exc, rx.ResponseError):
            # a restarted server still loading its data, or a replica promoted mid-call
            return str(exc).startswith(("LOADING", "READONLY", "MASTERDOWN", "TRYAGAIN"))
        return isinstance(exc, (rx.ConnectionError, rx.TimeoutError, OSError))

    # -- the retry loop, written once ------------------------------------------------------------------

    def _calling(self, what: str, fn: Callable[[Any], Any], retry: bool) -> Flow[Any]:
        """``fn(client)``; connection failures retried for `retry_for` seconds; typed errors."""
        import redis.exceptions as rx

        deadline: float | None = None
        delay = 0.02
        while True:
            try:
                return (yield step("attempt", fn))
            except (rx.RedisError, OSError) as exc:
                if not retry or not self._retryable(exc):
                    raise self.map_error(exc, what) from None
                now = time.monotonic()
                if deadline is None:
                    deadline = now + self.retry_for
                    log.warning(
                        "Redis at %s: %s; retrying for %.1f s", self.masked, self._scrub(exc), self.retry_for
                    )
                if now >= deadline:
                    raise self.map_error(exc, what) from None
                yield step("sleep", min(delay, deadline - now))
                delay = min(delay * 2, 0.25)

    def _registered(self, clients: _Clients, source: str) -> Any:
        """A script registered on one face's client (EVALSHA, reloaded by redis-py after NOSCRIPT, e.g.
        after a restart)."""
        with self._lock:
            script = clients.scripts.get(source)
            if script is None:
                script = clients.scripts[source] = clients.client.register_script(source)
            return script

    # -- sync face -----------------------------------------------------------------------------------

    def script(self, source: str) -> Any:
        """A registered script (EVALSHA, reloaded by redis-py after NOSCRIPT, e.g. after a restart)."""
        return self._registered(self._sync, source)

    def call(self, what: str, fn: Callable[[Any], T], *, retry: bool = True) -> T:
        """Run ``fn(client)``; retry connection failures for `retry_for` seconds; raise typed errors."""
        result: T = drive(self._calling(what, fn, retry), self.blocking)
        return result

    def run(self, source: str, keys: list[str], args: list[Any], what: str, *, retry: bool = True) -> Any:
        """Run a Lua script (retrying connection failures unless `retry` is False)."""
        script = self.script(source)
        return self.call(what, lambda _c: script(keys=keys, args=args), retry=retry)

    def ping(self) -> None:
        """One PING without retrying: fail fast at start-up with a typed error."""
        self.call("PING", lambda c: c.ping(), retry=False)

    # -- asyncio face --------------------------------------------------------------------------------

    def _loop_clients(self) -> _Clients:
        """The running loop's client (an asyncio connection belongs to the loop that opened it)."""
        import redis.asyncio as aredis

        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._async.get(id(loop))
            if entry is None or entry[0] is not loop:
                for key, (old_loop, _clients) in list(self._async.items()):
                    if old_loop.is_closed():
                        del self._async[key]
                entry = (loop, _Clients(aredis.Redis.from_url(self.url, **self._options)))
                self._async[id(loop)] = entry
            return entry[1]

    async def acall(self, what: str, fn: Callable[[Any], Awaitable[T]], *, retry: bool = True) -> T:
        """Async twin of `call`."""
        result: T = await adrive(self._calling(what, fn, retry), self.awaiting)
        return result

    async def arun(
        self, source: str, keys: list[str], args: list[Any], what: str, *, retry: bool = True
    ) -> Any:
        """Async twin of `run`."""
        script = self._registered(self._loop_clients(), source)
        return await self.acall(what, lambda _c: script(keys=keys, args=args), retry=retry)

    # -- lifecycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the sync pool (asyncio clients close with `aclose`)."""
        self.client.close()

    async def aclose(self) -> None:
        """Close the asyncio client of the running loop."""
        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._async.pop(id(loop), None)
        if entry is not None:
            await entry[1].client.aclose()


class Blocking:
    """The Redis steps of the stores' flows (`lighter._flow`), done with blocking calls on the sync client."""

    def __init__(self, conn: RedisConnection) -> None:
        self.conn = conn

    def attempt(self, fn: Callable[[Any], Any]) -> Any:
        """One try of ``fn(client)`` (the retry flow's step)."""
        return fn(self.conn.client)

    def run(self, source: str, keys: list[str], args: list[Any], what: str, retry: bool = True) -> Any:
        """`RedisConnection.run`."""
        return self.conn.run(source, keys, args, what, retry=retry)

    def call(self, what: str, fn: Callable[[Any], Any]) -> Any:
        """`RedisConnection.call`."""
        return self.conn.call(what, fn)

    def sleep(self, seconds: float) -> None:
        """`time.sleep`."""
        time.sleep(seconds)


class Awaiting:
    """The same steps done by awaiting the running loop's client (an outage never blocks the loop)."""

    def __init__(self, conn: RedisConnection) -> None:
        self.conn = conn

    async def attempt(self, fn: Callable[[Any], Awaitable[Any]]) -> Any:
        """One try of ``await fn(client)`` on the running loop's client (the retry flow's step)."""
        return await fn(self.conn._loop_clients().client)

    async def run(self, source: str, keys: list[str], args: list[Any], what: str, retry: bool = True) -> Any:
        """`RedisConnection.arun`."""
        return await self.conn.arun(source, keys, args, what, retry=retry)

    async def call(self, what: str, fn: Callable[[Any], Awaitable[Any]]) -> Any:
        """`RedisConnection.acall`."""
        return await self.conn.acall(what, fn)

    async def sleep(self, seconds: float) -> None:
        """`asyncio.sleep`."""
        await asyncio.sleep(seconds)
