"""HTTP plumbing: one connection pool per client, pacing, retries, and typed errors before any parsing.

`LighterTransport` wraps a real httpx transport (or a test's MockTransport) and serves both faces. What
happens to one request (pace, send, judge the answer, sleep, retry) is one flow (`lighter._flow`) that
yields its I/O as steps; ``handle_request`` does them with blocking calls (``time.sleep``),
``handle_async_request`` by awaiting (``asyncio.sleep``). Every decision comes from the pure `RetryPolicy`
and the shared `RateLimiter`. Any non-2xx answer, and any
2xx answer that is an HTML page, is turned into an `APIError` subclass here, so the generated parser never
sees a status it cannot handle (openapi-python-client crashes on e.g. 520).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from lighter import _deadline, _json, _telemetry
from lighter._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
    safe_url,
)
from lighter._flow import Flow, adrive, drive, step
from lighter._loggers import get_logger
from lighter._ratelimit import RateLimiter
from lighter._retry import NEVER_SENT_ERRORS, RetryPolicy, is_write_request, parse_retry_after
from lighter._secrets import mask_url

if TYPE_CHECKING:  # pragma: no cover
    from lighter.telemetry._observer import HttpCall

log = get_logger("lighter.http")

USER_AGENT = "lighter-python-sdk/0.1"
MAX_RESPONSE_SIZE = 64 * 1024 * 1024  # bytes of one answer (decoded); larger ones are refused


def transport_error(exc: Exception, request: httpx.Request) -> APIError:
    """Map an httpx transport exception to the SDK's error (never mentions headers or the query).

    The hint says what happened: never connected (nothing was sent), or broke/timed out after sending
    (the request may or may not have reached the exchange)."""
    where = f"{request.method} {safe_url(request.url)}"
    never_sent = isinstance(exc, NEVER_SENT_ERRORS)
    consumed = False if never_sent else None
    hint = transport_hint(exc, request)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{where} timed out ({type(exc).__name__})", nonce_consumed=consumed, hint=hint
        )
    return APIConnectionError(
        f"{where} failed: {type(exc).__name__}: {exc}", nonce_consumed=consumed, hint=hint
    )


def transport_hint(exc: Exception, request: httpx.Request) -> str:
    """How to read a transport failure, by whether the request can have left this machine."""
    origin = mask_url(f"{request.url.scheme}://{request.url.netloc.decode('ascii', 'replace')}")
    if isinstance(exc, httpx.PoolTimeout):
        return "no pooled connection became free in time (too many requests at once); nothing was sent"
    if isinstance(exc, httpx.ConnectTimeout):
        return (
            f"could not connect to {origin} within the connect timeout: is the URL right and the "
            "exchange reachable? Nothing was sent"
        )
    if isinstance(exc, httpx.ConnectError):
        return (
            f"could not connect to {origin}: is the exchange (or `lighter sim`) running and the URL "
            "right? Nothing was sent"
        )
    if isinstance(exc, httpx.TimeoutException):
        return (
            "no answer in time: the request may or may not have reached the exchange (a transaction's "
            "nonce is resynced before its next use); raise the client's timeout if this repeats"
        )
    return (
        "the connection broke after the request was sent: it may or may not have reached the exchange "
        "(a transaction's nonce is resynced before its next use)"
    )


def _is_html(response: httpx.Response) -> bool:
    return "html" in response.headers.get("content-type", "").lower()


def _html_error(request: httpx.Request, response: httpx.Response) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"{request.method} {safe_url(request.url)} answered an HTML page with HTTP "
        f"{response.status_code} instead of JSON",
        status_code=response.status_code,
    )


def _status_error(request: httpx.Request, response: httpx.Response) -> APIError:
    # inside a transport the response is not yet bound to its request: pass the request explicitly
    return make_status_error(
        response.status_code,
        response.content,
        content_type=response.headers.get("content-type", ""),
        url=str(request.url),
    )


class LighterTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Pacing + retries + error mapping around an inner transport (sync and/or async)."""

    def __init__(
        self,
        *,
        inner: httpx.BaseTransport | None = None,
        async_inner: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        max_response_size: int = MAX_RESPONSE_SIZE,
    ) -> None:
        self._inner = inner
        self.max_response_size = max_response_size
        self._async_inner = async_inner
        self.policy = policy or RetryPolicy()
        self.limiter = limiter
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._not_before = 0.0  # time.monotonic() before which nothing is sent (429 without a limiter)
        self._io = _BlockingIO(self)
        self._aio = _AsyncIO(self)

    def _hold(self, seconds: float) -> None:
        """Hold every later request back for `seconds` (a 429's Retry-After)."""
        if self.limiter is not None:
            self.limiter.block(seconds)
        else:
            self._not_before = max(self._not_before, time.monotonic() + seconds)

    def _held_for(self) -> float:
        return self._not_before - time.monotonic() if self._not_before else 0.0

    # -- the decisions, written once as a flow (lighter._flow): pace, send, judge, sleep, retry -------

    def _flow(self, request: httpx.Request) -> Flow[httpx.Response]:
        """One request as the caller sees it: observed (when telemetry is on), paced, retried, mapped."""
        observer = _telemetry.observer
        call = None if observer is None else observer.http_call(request, self.limiter)
        if call is None:
            return (yield from self._attempts(request, None))
        try:
            return call.done((yield from self._attempts(request, call)))
        except BaseException as exc:
            call.failed(exc)
            raise

    def _attempts(self, request: httpx.Request, call: HttpCall | None) -> Flow[httpx.Response]:
        """Send until a 2xx answer (returned, read in full) or an error that is not retried (raised)."""
        retries = 0
        while True:
            if self.limiter is not None:
                waited = yield step("pace", request.url.path)
                if waited and call is not None:
                    call.waited(waited)
            elif retries == 0 and (held := self._held_for()) > 0:  # a retry already slept it
                yield step("sleep", held)
            try:
                # a body cut or stalled is a transport error (same rules)
                response: httpx.Response = yield step("send", request)
            except httpx.TransportError as exc:
                delay = self._after_exception(request, exc, retries)
                reason = type(exc).__name__
            else:
                if call is not None:
                    call.answered(response.status_code)
                try:
                    delay_or_none = self._after_response(request, response, retries)
                except BaseException:
                    yield step("close", response)
                    raise
                if delay_or_none is None:
                    return response
                yield step("close", response)
                delay = delay_or_none
                reason = str(response.status_code)
            if call is not None:
                call.retry(reason)
            yield step("sleep", delay)
            retries += 1

    def _after_response(self, request: httpx.Request, response: httpx.Response, retries: int) -> float | None:
        """None: hand `response` to the caller. A float: retry after that many seconds. Raises errors."""
        status = response.status_code
        if 200 <= status < 300:
            if _is_html(response):
                raise _html_error(request, response)
            return None
        retry_after = parse_retry_after(response.headers) if status == 429 else None
        if retry_after is not None:  # pace this client's next requests, whoever sends them
            self._hold(min(retry_after, self.policy.max_retry_after))
        is_write = is_write_request(request.method, request.url.path)
        # Writes are never resent here, not even after a 429: the caller gets a RateLimitError
        # (nonce not consumed, so the lease is handed back) and its next send waits for Retry-After.
        delay = self.policy.delay_for_status(retries, status, response.headers, is_write=is_write)
        if delay is None:
            error = _status_error(request, response)
            if status == 429 and is_write:
                error.hint = (
                    "the exchange refused the transaction before executing it (nonce not consumed); "
                    "this client holds its next requests back for Retry-After: send it again"
                )
            raise error
        log.info(
            "%s %s -> HTTP %s; retry %d in %.2f s",
            request.method,
            safe_url(request.url),
            status,
            retries + 1,
            delay,
        )
        return delay

    def _after_exception(self, request: httpx.Request, exc: Exception, retries: int) -> float:
        is_write = is_write_request(request.method, request.url.path)
        delay = self.policy.delay_for_exception(retries, exc, is_write=is_write)
        if delay is None:
            raise transport_error(exc, request) from exc
        log.info(
            "%s %s -> %s; retry %d in %.2f s",
            request.method,
            safe_url(request.url),
            type(exc).__name__,
            retries + 1,
            delay,
        )
        return delay

    # -- blocking face -------------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send with pacing and retries; return a 2xx response or raise an `APIError`."""
        return drive(self._flow(request), self._io)

    def send_once(self, request: httpx.Request) -> httpx.Response:
        """One send, read in full: no pacing, no retry, no error mapping (``client.health()``'s probe)."""
        if self._inner is None:
            raise RuntimeError("this transport has no blocking inner transport")
        with _deadline.attempt(_total_timeout(request)):
            response = self._inner.handle_request(request)
            self._read(request, response)
        return response

    def close(self) -> None:
        """Close the inner blocking transport."""
        if self._inner is not None:
            self._inner.close()

    def _read(self, request: httpx.Request, response: httpx.Response) -> None:
        """Read the whole body inside the transport (its failures are retried or typed like any other),
        within the size bound and the attempt's deadline; close the response if that fails."""
        try:
            body = _Body(self, request, response)
            for chunk in response.iter_bytes():
                body.add(chunk)
            body.finish()
        except BaseException:
            response.close()
            raise

    # -- asyncio face --------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Async twin of `handle_request`."""
        return await adrive(self._flow(request), self._aio)

    async def asend_once(self, request: httpx.Request) -> httpx.Response:
        """Async twin of `send_once`."""
        if self._async_inner is None:
            raise RuntimeError("this transport has no async inner transport")
        with _deadline.attempt(_total_timeout(request)):
            response = await self._async_inner.handle_async_request(request)
            await self._aread(request, response)
        return response

    async def aclose(self) -> None:
        """Close the inner async transport."""
        if self._async_inner is not None:
            await self._async_inner.aclose()

    async def _aread(self, request: httpx.Request, response: httpx.Response) -> None:
        try:
            body = _Body(self, request, response)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
            body.finish()
        except BaseException:
            await response.aclose()
            raise


class _BlockingIO:
    """The steps of `LighterTransport._flow` done by blocking calls."""

    def __init__(self, transport: LighterTransport) -> None:
        self.transport = transport

    def pace(self, path: str) -> float:
        assert self.transport.limiter is not None  # the flow paces only with a limiter
        return self.transport.limiter.acquire(path)

    def sleep(self, seconds: float) -> None:
        self.transport._sleep(seconds)

    def send(self, request: httpx.Request) -> httpx.Response:
        return self.transport.send_once(request)

    def close(self, response: httpx.Response) -> None:
        response.close()


class _AsyncIO:
    """The steps of `LighterTransport._flow` done by awaiting."""

    def __init__(self, transport: LighterTransport) -> None:
        self.transport = transport

    async def pace(self, path: str) -> float:
        assert self.transport.limiter is not None  # the flow paces only with a limiter
        return await self.transport.limiter.acquire_async(path)

    async def sleep(self, seconds: float) -> None:
        await self.transport._async_sleep(seconds)

    async def send(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.asend_once(request)

    async def close(self, response: httpx.Response) -> None:
        await response.aclose()


class _Body:
    """The chunks of one body, refused once larger than the bound or later than the deadline."""

    __slots__ = ("chunks", "limit", "request", "response", "size")

    def __init__(self, transport: LighterTransport, request: httpx.Request, response: httpx.Response) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.limit = transport.max_response_size
        self.request = request
        self.response = response
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            raise _too_large(request, response, self.limit)

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise _too_large(self.request, None, self.limit)
        if _deadline.passed():  # a transport without the deadline backend (a test's) still stops here
            raise httpx.ReadTimeout("the request's deadline passed", request=self.request)
        self.chunks.append(chunk)

    def finish(self) -> None:
        content = b"".join(self.chunks)
        status = self.response.status_code
        if 200 <= status < 300:  # the generated parsers decode it with the standard decoder
            try:
                _json.check(content, max_size=self.limit)
            except _json.JSONError as exc:
                raise APIResponseValidationError(
                    f"{self.request.method} {safe_url(self.request.url)} answered HTTP "
                    f"{status} beyond the JSON bounds: {exc}; the outcome is unknown",
                    status_code=status,
                ) from None
        self.response._content = content  # what response.read() would have stored


def _too_large(
    request: httpx.Request, response: httpx.Response | None, limit: int
) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"{request.method} {safe_url(request.url)} answered with a body larger than {limit} bytes; the "
        "outcome is unknown",
        status_code=None if response is None else response.status_code,
        hint="the answer was cut off; raise max_response_size only if the exchange really sends that much",
    )


def _total_timeout(request: httpx.Request) -> float | None:
    """The attempt's wall-clock deadline in seconds: the client's ``timeout`` (httpx's read timeout)."""
    timeouts = request.extensions.get("timeout") or {}
    total = timeouts.get("read")
    return float(total) if isinstance(total, (int, float)) else None


DEFAULT_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30.0)


def make_timeout(timeout: float | httpx.Timeout | None, connect_timeout: float) -> httpx.Timeout:
    """A timeout object from a number of seconds (connect gets its own, shorter, bound)."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(
        timeout, connect=connect_timeout if timeout is None else min(timeout, connect_timeout)
    )


def build_sync_client(
    base_url: str,
    *,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    limiter: RateLimiter | None,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """The blocking client's single connection pool."""
    inner = transport if transport is not None else _pooled(httpx.HTTPTransport)
    wrapped = LighterTransport(inner=inner, policy=policy, limiter=limiter)
    return httpx.Client(base_url=base_url, timeout=timeout, transport=wrapped, headers=_headers())


def build_async_client(
    base_url: str,
    *,
    timeout: httpx.Timeout,
    policy: RetryPolicy,
    limiter: RateLimiter | None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The asyncio client's single connection pool."""
    inner = transport if transport is not None else _pooled(httpx.AsyncHTTPTransport)
    wrapped = LighterTransport(async_inner=inner, policy=policy, limiter=limiter)
    return httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=wrapped, headers=_headers())


_T = TypeVar("_T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def _pooled(kind: type[_T]) -> _T:
    """A pooled transport of `kind` with the attempt deadline installed."""
    inner = kind(limits=DEFAULT_LIMITS)
    _deadline.install(inner)
    return inner


def _headers() -> dict[str, str]:
    return {"user-agent": USER_AGENT}


def json_body(response: httpx.Response) -> Any:
    """Parse a 2xx body as JSON; a body that is not JSON is an `APIResponseValidationError`."""
    try:
        return _json.loads(response.content)
    except ValueError:
        snippet = response.text.strip().replace("\n", " ")[:120]
        raise APIResponseValidationError(
            f"{response.request.method} {safe_url(response.request.url)} answered HTTP "
            f"{response.status_code} with a body that is not JSON: {snippet!r}",
            status_code=response.status_code,
        ) from None


def check_result_code(body: Any, response: httpx.Response) -> Any:
    """A 2xx body whose top-level ``code`` is an error code is an error too (as lighter-go treats it)."""
    if isinstance(body, dict):
        code = body.get("code")
        if isinstance(code, str) and code.isdigit():
            code = int(code)
        if isinstance(code, int) and not isinstance(code, bool) and code not in (0, 200):
            raise make_status_error(
                response.status_code,
                response.content,
                content_type=response.headers.get("content-type", ""),
                url=str(response.request.url),
            )
        if "error" in body and isinstance(body["error"], dict) and "code" in body["error"]:
            raise make_status_error(response.status_code, response.content, url=str(response.request.url))
    return body
