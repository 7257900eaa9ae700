"""The transport's retry/pacing/error table, with httpx.MockTransport."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from lighter._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from lighter._http import LighterTransport
from lighter._ratelimit import RateLimiter
from lighter._retry import RetryPolicy


def scripted(*steps: object) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A handler that plays `steps` in order: an int status, a Response, or an exception class."""
    seen: list[httpx.Request] = []
    queue = list(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(step, type) and issubclass(step, Exception):
            raise step("scripted", request=request)  # type: ignore[call-arg]
        if isinstance(step, httpx.Response):
            return step
        assert isinstance(step, int)
        return httpx.Response(step, json={"code": step if step != 200 else 200, "message": f"status {step}"})

    return httpx.MockTransport(handler), seen


def client(inner: httpx.MockTransport, sleeps: list[float], **kw: object) -> httpx.Client:
    transport = LighterTransport(inner=inner, policy=RetryPolicy(max_retries=2), sleep=sleeps.append, **kw)  # type: ignore[arg-type]
    return httpx.Client(base_url="http://x", transport=transport)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520])
def test_reads_are_retried_then_succeed(status: int) -> None:
    inner, seen = scripted(status, status, 200)
    sleeps: list[float] = []
    response = client(inner, sleeps).get("/api/v1/orderBooks")
    assert response.status_code == 200 and len(seen) == 3 and len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_reads_give_up_after_max_retries_with_a_typed_error() -> None:
    inner, seen = scripted(503)
    sleeps: list[float] = []
    with pytest.raises(InternalServerError) as info:
        client(inner, sleeps).get("/api/v1/orderBooks")
    assert len(seen) == 3 and info.value.status_code == 503 and info.value.retryable


def test_retry_after_is_honoured() -> None:
    inner, seen = scripted(
        httpx.Response(429, headers={"Retry-After": "2"}, json={"code": 23000, "message": "x"}), 200
    )
    sleeps: list[float] = []
    assert client(inner, sleeps).get("/api/v1/trades").status_code == 200
    assert sleeps == [2.0] and len(seen) == 2


def test_a_429_holds_back_every_later_request() -> None:
    inner, _ = scripted(
        httpx.Response(429, headers={"Retry-After": "5"}, json={"code": 23000, "message": "x"})
    )
    limiter = RateLimiter("premium")
    transport = LighterTransport(inner=inner, policy=RetryPolicy(max_retries=0), limiter=limiter)
    with pytest.raises(RateLimitError):
        httpx.Client(base_url="http://x", transport=transport).get("/api/v1/trades")
    assert limiter.reserve("/api/v1/trades") > 4.0


def test_400_is_not_retried() -> None:
    inner, seen = scripted(httpx.Response(400, json={"code": 21701, "message": "invalid base amount"}))
    with pytest.raises(BadRequestError):
        client(inner, []).get("/api/v1/orderBooks")
    assert len(seen) == 1


def test_send_tx_is_never_resent_after_it_may_have_left() -> None:
    for step, exc in (
        (500, InternalServerError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.RemoteProtocolError, APIConnectionError),
    ):
        inner, seen = scripted(step, 200)
        with pytest.raises(exc) as info:
            client(inner, []).post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "{}"})
        assert len(seen) == 1
        assert info.value.nonce_consumed is None  # unknown: the nonce manager resyncs


def test_send_tx_is_resent_when_it_provably_never_left() -> None:
    for step in (httpx.ConnectError, httpx.ConnectTimeout):
        inner, seen = scripted(step, 200)
        sleeps: list[float] = []
        response = client(inner, sleeps).post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "{}"})
        assert response.status_code == 200 and len(seen) == 2


def _refused_429(retry_after: str = "2") -> httpx.Response:
    return httpx.Response(
        429, headers={"Retry-After": retry_after}, json={"code": 23000, "message": "Too Many Requests!"}
    )


@pytest.mark.parametrize("path", ["/api/v1/sendTx", "/api/v1/sendTxBatch"])
def test_send_tx_is_not_resent_after_a_429_and_the_next_send_waits(path: str) -> None:
    inner, seen = scripted(_refused_429("2"), 200)
    sleeps: list[float] = []
    now = [100.0]
    limiter = RateLimiter("premium", clock=lambda: now[0], sleep=sleeps.append)
    c = client(inner, sleeps, limiter=limiter)
    with pytest.raises(RateLimitError) as info:
        c.post(path, data={"tx_type": "14", "tx_info": "{}"})
    assert len(seen) == 1 and sleeps == []  # exactly one POST, no resend, no sleep inside the call
    err = info.value
    assert err.nonce_consumed is False and err.retryable and err.status_code == 429
    assert "nonce not consumed" in err.hint and "send it again" in err.hint
    # the caller sends again at once: the client's limiter makes it wait for Retry-After first
    assert c.post(path, data={"tx_type": "14", "tx_info": "{}"}).status_code == 200
    assert len(seen) == 2 and sleeps == [pytest.approx(2.0)]


def test_a_429_paces_the_next_send_without_a_limiter_too() -> None:
    inner, seen = scripted(_refused_429("30"), 200)  # sleeps are recorded, not slept
    sleeps: list[float] = []
    c = client(inner, sleeps)  # rate_limit=None: no budget, but a Retry-After is still honoured
    with pytest.raises(RateLimitError):
        c.post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "{}"})
    assert c.post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "{}"}).status_code == 200
    assert len(seen) == 2 and len(sleeps) == 1 and 25 < sleeps[0] <= 30


def test_async_send_tx_is_not_resent_after_a_429() -> None:
    async def main() -> None:
        inner, seen = scripted(_refused_429("1"), 200)
        sleeps: list[float] = []

        async def fake_sleep(s: float) -> None:
            sleeps.append(s)

        now = [0.0]
        limiter = RateLimiter("premium", clock=lambda: now[0], async_sleep=fake_sleep)
        transport = LighterTransport(async_inner=inner, limiter=limiter, async_sleep=fake_sleep)
        async with httpx.AsyncClient(base_url="http://x", transport=transport) as c:
            with pytest.raises(RateLimitError) as info:
                await c.post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "{}"})
            assert len(seen) == 1 and info.value.nonce_consumed is False
            assert (
                await c.post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "{}"})
            ).status_code == 200
            assert sleeps == [pytest.approx(1.0)]

    asyncio.run(main())


@pytest.mark.parametrize(
    ("step", "exc", "consumed", "words"),
    [
        (httpx.ConnectError, APIConnectionError, False, "could not connect to http://x:8080"),
        (httpx.ConnectTimeout, APITimeoutError, False, "could not connect to http://x:8080 within"),
        (httpx.PoolTimeout, APITimeoutError, False, "nothing was sent"),
        (httpx.ReadTimeout, APITimeoutError, None, "may or may not have reached"),
        (httpx.RemoteProtocolError, APIConnectionError, None, "may or may not have reached"),
    ],
)
def test_connection_error_hints_match_what_happened(
    step: type[Exception], exc: type[Exception], consumed: bool | None, words: str
) -> None:
    inner, _ = scripted(step)
    transport = LighterTransport(inner=inner, policy=RetryPolicy(max_retries=0))
    c = httpx.Client(base_url="http://x:8080", transport=transport)
    with pytest.raises(exc) as info:
        c.post("/api/v1/sendTx", data={"tx_type": "14", "tx_info": "{}"})
    err = info.value
    assert isinstance(err, APIConnectionError) and err.nonce_consumed is consumed
    assert words in err.hint
    if consumed is False:  # never connected: no talk of a request that may have arrived
        assert "may or may not" not in str(err) and "nothing was sent" in err.hint.lower()


def test_connection_errors_are_typed_and_hide_the_query() -> None:
    inner, _ = scripted(httpx.ConnectError)
    with pytest.raises(APIConnectionError) as info:
        client(inner, []).get("/api/v1/accountActiveOrders", params={"auth": "SECRET-TOKEN"})
    assert "SECRET" not in str(info.value) and info.value.nonce_consumed is False


def test_html_answers_become_typed_errors_before_parsing() -> None:
    page = httpx.Response(
        520, headers={"content-type": "text/html"}, text="<html><body>origin error</body></html>"
    )
    inner, _ = scripted(page)
    with pytest.raises(InternalServerError, match="HTML"):
        client(inner, []).get("/api/v1/orderBooks")
    ok_page = httpx.Response(
        200, headers={"content-type": "text/html; charset=utf-8"}, text="<html>login</html>"
    )
    inner, _ = scripted(ok_page)
    with pytest.raises(APIResponseValidationError, match="HTML"):
        client(inner, []).get("/api/v1/orderBooks")


def test_async_face_has_the_same_table() -> None:
    async def main() -> None:
        inner, seen = scripted(503, 200)
        sleeps: list[float] = []

        async def fake_sleep(s: float) -> None:
            sleeps.append(s)

        transport = LighterTransport(async_inner=inner, async_sleep=fake_sleep)
        async with httpx.AsyncClient(base_url="http://x", transport=transport) as c:
            assert (await c.get("/api/v1/orderBooks")).status_code == 200
            assert len(seen) == 2 and len(sleeps) == 1
            inner2, _ = scripted(httpx.Response(429, json={"code": 23000, "message": "Too Many Requests!"}))
            c2 = httpx.AsyncClient(
                base_url="http://x",
                transport=LighterTransport(async_inner=inner2, policy=RetryPolicy(max_retries=0)),
            )
            with pytest.raises(RateLimitError):
                await c2.get("/api/v1/trades")
            await c2.aclose()

    asyncio.run(main())
