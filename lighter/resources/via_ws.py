"""Trading over a WebSocket: ``client.via_ws(ws)`` is the client's trading face with the socket as its wire.

Every trading method of `Lighter` / `AsyncLighter` (orders, cancels, transfers, batches...) is available on
the face; each transaction is built, checked and signed exactly as for REST, leases its nonce from the
*client's* nonce manager, and goes out as ``jsonapi/sendtx`` (``jsonapi/sendtxbatch`` for a batch) with a
request id, the call returning (or awaiting) the server's answer. So REST calls and socket calls of one
client can be mixed freely: they never collide on a nonce.

Outcomes settle the nonce lease as on REST: accepted -> spent; refused with a known "not consumed" error
-> handed back; ``WsConnectionClosedError`` / ``WsTimeoutError`` (the answer never came) -> unknown, the
key resyncs from nextNonce before its next use; "invalid nonce" -> resync now, re-sign, resend once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from lighter._errors import InvalidInputError
from lighter.resources._plans import BatchResult, TxResult
from lighter.resources.trading import RB, Desk, R, Trading

if TYPE_CHECKING:  # pragma: no cover
    from lighter._nonce import NonceLease
    from lighter.transactions import SignedTx
    from lighter.ws._core import WsTxResult
    from lighter.ws.client import WsClient

__all__ = ["AsyncWsTrading", "WsTrading", "WsTradingNowait"]

T = TypeVar("T")


def unwrap_ws(ws: object) -> WsClient:
    """The threaded `WsClient` behind a `WsClient` or an `AsyncWsClient` (both share its socket)."""
    from lighter.ws.aio import AsyncWsClient
    from lighter.ws.client import WsClient

    if isinstance(ws, AsyncWsClient):
        return ws.sync_client
    if isinstance(ws, WsClient):
        return ws
    raise InvalidInputError(
        f"via_ws takes a lighter.WsClient or AsyncWsClient (e.g. client.ws()), got {type(ws).__name__}"
    )


def ws_answer(result: WsTxResult) -> dict[str, Any]:
    """The body REST sendTx would have answered, from the socket's answer (for the shared result code)."""
    raw: Mapping[str, Any] = result.raw
    data = raw.get("data")
    body: Mapping[str, Any] = data if isinstance(data, Mapping) and "id" in data else raw
    hashes: Any = result.tx_hash if result.tx_hash is not None else list(result.tx_hashes)
    return {
        "code": result.code,
        "tx_hash": hashes,
        "predicted_execution_time_ms": result.predicted_execution_time_ms,
        "volume_quota_remaining": body.get("volume_quota_remaining"),
        "message": result.message,
    }


def ws_send(ws: WsClient, signed: Sequence[SignedTx], *, batch: bool) -> dict[str, Any]:
    """Send signed txs over the socket and block for the answer (raises the REST error classes)."""
    result = ws.send_tx_batch(signed) if batch else ws.send_tx(signed[0])
    return ws_answer(result)


def ws_send_nowait(ws: WsClient, signed: Sequence[SignedTx], *, batch: bool) -> Future[WsTxResult]:
    """Put signed txs on the wire (or in the socket's outgoing queue, in order); the answer comes later."""
    return ws.send_tx_batch_nowait(signed) if batch else ws.send_tx_nowait(signed[0])


def collect(sent: Future[WsTxResult], lease: NonceLease, results: Callable[[dict[str, Any]], T]) -> Future[T]:
    """A future of ``results(answer body)`` that settles ``lease`` when the socket's answer arrives."""
    out: Future[T] = Future()
    out.set_running_or_notify_cancel()  # resolved by the answer only: not cancellable by the caller

    def done(future: Future[WsTxResult]) -> None:
        try:
            body = ws_answer(future.result())
        except BaseException as exc:  # the exchange's refusal, or outcome unknown
            lease.settle_error(exc)
            out.set_exception(exc)
            return
        lease.spent()
        try:
            out.set_result(results(body))
        except BaseException as exc:  # pragma: no cover - building the result is pure
            out.set_exception(exc)

    sent.add_done_callback(done)
    return out


async def ws_send_async(ws: WsClient, signed: Sequence[SignedTx], *, batch: bool) -> dict[str, Any]:
    """`ws_send` for asyncio: the socket thread resolves a future the loop awaits."""
    future = ws.send_tx_batch_nowait(signed) if batch else ws.send_tx_nowait(signed[0])
    return ws_answer(await asyncio.wrap_future(future))


class WsDesk(Desk[Any], Protocol):
    """A `Desk` over the socket that also sends batches (``lighter._client.seams.FlowDesk``)."""

    def submit_batch(self, batch: Any) -> Any:
        """Send a batch over the socket."""


class _OverSocket(Trading[R, RB]):
    """`Trading` bound to a desk whose wire is a socket: the trading faces of ``client.via_ws(ws)``."""

    def __init__(self, desk: WsDesk, ws: WsClient, new_batch: Callable[[], Any]) -> None:
        super().__init__(desk)
        self.ws = ws
        self.account_index = desk.require_account()
        self.desk = desk
        self.new_batch = new_batch

    def batch(self) -> Any:
        """A `Batch` to fill, then ``send_batch`` it over the socket."""
        return self.new_batch()

    def send_batch(self, batch: Any) -> RB:
        """Send a `Batch` as one ``jsonapi/sendtxbatch``, with consecutive nonces of one API key."""
        result: RB = self.desk.submit_batch(batch)
        return result

    def __repr__(self) -> str:
        return f"{type(self).__name__}(account_index={self.account_index}, ws={self.ws!r})"


class WsTrading(_OverSocket[TxResult, BatchResult]):
    """A `Lighter`'s trading methods, sent over a WebSocket (``client.via_ws(ws)``).

    Same methods, arguments and results as the client (``create_order``, ``cancel_all_orders``,
    ``send_batch``...), same nonce manager, market cache and client order ids; only the wire differs.
    Blocking calls, thread-safe like the client. The socket must be started (``with client.ws() as ws``).
    """


class WsTradingNowait(_OverSocket["Future[TxResult]", "Future[BatchResult]"]):
    """A `Lighter`'s trading methods over a WebSocket that do not wait for the exchange's answer
    (``client.via_ws(ws, blocking=False)``).

    Each call validates, leases a nonce, signs and puts the transaction on the wire, then returns a
    ``concurrent.futures.Future`` of the `TxResult` (`BatchResult` for ``send_batch``); bad input raises at
    once, nothing signed. The future raises what the blocking call would (the exchange's refusal as the
    REST error class, `WsConnectionClosedError` / `WsTimeoutError` when the outcome is unknown).

    Nonces: the API key's lock is held only until the transaction is written, so orders of one key go out
    back to back in nonce order over this socket. A refusal, an unknown outcome or "invalid nonce" then
    cannot hand the nonce back (later ones may already be out): the key resyncs from nextNonce before its
    next use, and nothing is resent. Send a key's transactions through one wire while some are in flight;
    a REST call of the same key meanwhile may meet "invalid nonce" (it resyncs and resends once).
    """


class AsyncWsTrading(_OverSocket[Awaitable[TxResult], Awaitable[BatchResult]]):
    """An `AsyncLighter`'s trading methods, sent over a WebSocket (``client.via_ws(ws)``); awaitable.

    Same methods, arguments and results as the client; same nonce manager. Use it from the client's loop.
    """
