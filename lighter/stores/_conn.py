"""One Redis connection for the shared stores: URL checks, both faces, retries and typed errors.

The sync face uses ``redis.Redis``; the asyncio face uses ``redis.asyncio.Redis``, one client per event
loop (an asyncio connection belongs to the loop that opened it). Connection failures are retried for
``retry_for`` seconds (a restarted server is ridden through), then raised as `StoreUnavailableError`.
The password of the URL is never shown: `masked_url` replaces it with ``***``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from lighter._errors import (
    StoreAuthenticationError,
    StoreConfigError,
    StoreError,
    StoreUnavailableError,
)
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
        self._scripts: dict[str, Any] = {}
        self._async: dict[int, tuple[asyncio.AbstractEventLoop, Any, dict[str, Any]]] = {}
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

    # -- sync face -----------------------------------------------------------------------------------

    def script(self, source: str) -> Any:
        """A registered script (EVALSHA, reloaded by redis-py after NOSCRIPT, e.g. after a restart)."""
        with self._lock:
            s = self._scripts.get(source)
            if s is None:
                s = self._scripts[source] = self.client.register_script(source)
            return s

    def call(self, what: str, fn: Callable[[Any], T], *, retry: bool = True) -> T:
        """Run ``fn(client)``; retry connection failures for `retry_for` seconds; raise typed errors."""
        import redis.exceptions as rx

        deadline: float | None = None
        delay = 0.02
        while True:
            try:
                return fn(self.client)
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
                time.sleep(min(delay, deadline - now))
                delay = min(delay * 2, 0.25)

    def run(self, source: str, keys: list[str], args: list[Any], what: str, *, retry: bool = True) -> Any:
        """Run a Lua script (retrying connection failures unless `retry` is False)."""
        script = self.script(source)
        return self.call(what, lambda _c: script(keys=keys, args=args), retry=retry)

    def ping(self) -> None:
        """One PING without retrying: fail fast at start-up with a typed error."""
        self.call("PING", lambda c: c.ping(), retry=False)

    # -- asyncio face --------------------------------------------------------------------------------

    def _async_client(self) -> tuple[Any, dict[str, Any]]:
        import redis.asyncio as aredis

        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._async.get(id(loop))
            if entry is None or entry[0] is not loop:
                for key, (old_loop, _c, _s) in list(self._async.items()):
                    if old_loop.is_closed():
                        del self._async[key]
                entry = (loop, aredis.Redis.from_url(self.url, **self._options), {})
                self._async[id(loop)] = entry
            return entry[1], entry[2]

    async def acall(self, what: str, fn: Callable[[Any], Awaitable[T]], *, retry: bool = True) -> T:
        """Async twin of `call`."""
        import redis.exceptions as rx

        client, _ = self._async_client()
        deadline: float | None = None
        delay = 0.02
        while True:
            try:
                return await fn(client)
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
                await asyncio.sleep(min(delay, deadline - now))
                delay = min(delay * 2, 0.25)

    async def arun(
        self, source: str, keys: list[str], args: list[Any], what: str, *, retry: bool = True
    ) -> Any:
        """Async twin of `run`."""
        client, scripts = self._async_client()
        script = scripts.get(source)
        if script is None:
            script = scripts[source] = client.register_script(source)
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
            await entry[1].aclose()
