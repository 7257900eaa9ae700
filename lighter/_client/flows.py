"""Every decision of a call, written once as a generator that yields the I/O it needs and gets the answer.

A flow yields steps (`Call`, `WsSend`, `Leased`, `Resync`, `Sleep`...) and is sent back
each step's result (or has its error thrown in); it returns the call's result. The faces drive flows in a
few lines each (`Lighter` blocking, `AsyncLighter` awaiting), as httpx drives ``Auth.auth_flow``: nothing
here sends, sleeps or locks, so both faces make the same decisions by construction.

>>> flow = wait_for_tx("ab", timeout=1.0, poll_interval=0.1)
>>> next(flow).params
{'by': 'hash', 'value': 'ab'}
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from lighter import _telemetry
from lighter._client import tolerant
from lighter._client.core import ClientCore, batch_result, first_result, results
from lighter._errors import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    InvalidNonceError,
    NotFoundError,
    TxWaitTimeoutError,
)
from lighter.markets import AssetTable, Market, MarketTable
from lighter.resources._order_options import stale_approvals
from lighter.resources._plans import BatchResult, Draft, Plan, TxResult

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future

    from lighter._health import HealthReport
    from lighter._nonce import NonceLease
    from lighter.models import OrderResult
    from lighter.resources._ops import Operation
    from lighter.resources._seam import Paging as Pager
    from lighter.telemetry._observer import TxTrace
    from lighter.transactions import SignedTx

T = TypeVar("T")
Flow = Generator["Step", Any, T]
"""A flow: yields steps, is sent their results, returns T."""

SEND_PHASE = {1: "send", 2: "resend"}  # span of each attempt; the second follows an 'invalid nonce'


# -- steps -----------------------------------------------------------------------------------------


class Call(NamedTuple):
    """A generated REST operation (`lighter._client.rest`); its model, or its JSON with `as_json`
    (result code checked); `auth`: with the client's auth token where the operation takes one."""

    op: Operation
    params: dict[str, Any]
    as_json: bool = False
    auth: bool = True


def json_call(name: str, **params: Any) -> Call:
    """A trading endpoint, its answer as JSON, without a token: ``yield json_call("next_nonce", ...)``."""
    from lighter.resources._ops import REGISTRY

    return Call(REGISTRY.get(name), params, as_json=True, auth=False)


class WsSend(NamedTuple):
    """Send signed transactions over a socket (``jsonapi/sendtx``); the answer's body."""

    ws: Any
    signed: list[SignedTx]
    batch: bool


class WsSendNowait(NamedTuple):
    """Put signed transactions on a socket now (blocking face); a future of the answer."""

    ws: Any
    signed: list[SignedTx]
    batch: bool


class Leased(NamedTuple):
    """Hold `count` nonces of one key while `body(lease)` runs (the nonce manager's ``lease``)."""

    size: int
    api_key_index: int | None
    body: Callable[[NonceLease], Flow[Any]]


class Resync(NamedTuple):
    """After 'invalid nonce': read nextNonce again and move the lease onto it."""

    lease: NonceLease


class Phase(NamedTuple):
    """Run `flow` as one traced phase of a transaction (prepare, send, resend)."""

    trace: TxTrace
    name: str
    flow: Flow[Any]
    attempt: int = 1


class Locked(NamedTuple):
    """Run `flow` under the face's metadata lock (one fetch of the market table for many callers)."""

    flow: Flow[Any]


class Sleep(NamedTuple):
    """Wait `seconds` (a poll interval)."""

    seconds: float


class Resolve(NamedTuple):
    """The value of what a face returned: awaited on the asyncio face, as it is on the blocking one."""

    value: Any


class Probe(NamedTuple):
    """Send the health probe (``GET /``) once, no retry, no pacing; the response. A transport failure is
    raised as an `APIError`."""

    timeout: float


Step = Call | WsSend | WsSendNowait | Leased | Resync | Phase | Locked | Sleep | Resolve | Probe
"""One piece of I/O a flow asks its driver for (a light tuple: flows make many)."""


# -- metadata --------------------------------------------------------------------------------------


def fetch_nonce(api_key_index: int, core: ClientCore) -> Flow[int]:
    """The exchange's next nonce of one API key (``nextNonce``)."""
    body = yield json_call("next_nonce", account_index=core.account_index, api_key_index=api_key_index)
    return tolerant.next_nonce(body)


def markets(core: ClientCore) -> Flow[MarketTable]:
    """Market metadata, fetched once (under the face's lock) and cached."""
    if core.markets is None:
        yield Locked(_load_markets(core, again=False))
    assert core.markets is not None
    return core.markets


def _load_markets(core: ClientCore, *, again: bool) -> Flow[MarketTable]:
    if again or core.markets is None:
        core.markets = MarketTable.from_order_book_details((yield json_call("order_book_details")))
    return core.markets


def refresh_markets(core: ClientCore) -> Flow[MarketTable]:
    """Fetch the market metadata again."""
    return (yield from _load_markets(core, again=True))


def market(core: ClientCore, which: int | str) -> Flow[Market]:
    """One market by symbol or index."""
    return (yield from markets(core)).get(which)


def assets(core: ClientCore) -> Flow[AssetTable]:
    """Asset metadata, fetched once; the known assets when the exchange has no ``assetDetails``."""
    if core.assets is None:
        try:
            payload = yield json_call("asset_details")
        except (NotFoundError, APIStatusError):
            payload = {}
        core.assets = AssetTable.from_asset_details(payload)
    return core.assets


# -- transactions ----------------------------------------------------------------------------------


def prepare(core: ClientCore, plan: Plan) -> Flow[list[Draft]]:
    """Fetch what the plan needs (metadata, tops of books, approvals), then build and check its drafts."""
    core.precheck(plan)
    if plan.needs_markets or plan.book_markets:
        yield from markets(core)
    if plan.needs_assets:
        yield from assets(core)
    books = {}
    for name in plan.book_markets:
        index = core.market_index(name)
        books[index] = tolerant.top_of_book((yield json_call("order_book_orders", market_id=index, limit=1)))
    if stale_approvals(core.approvals, plan.integrators, int(time.time() * 1000)):
        core.keep_approvals((yield json_call("account", **core.account_query())))
    drafts = plan.build(core.context(books))
    core.check_signer(drafts)
    return drafts


def transaction(core: ClientCore, plan: Plan, wire: Any, *, batch: bool, waiter: Any) -> Flow[list[TxResult]]:
    """Prepare, lease nonces, sign, send (resync and resend once on 'invalid nonce'); traced when telemetry
    is on."""
    observer = _telemetry.observer
    if observer is None:
        drafts = yield from prepare(core, plan)
        return (
            yield _lease(
                drafts, plan, lambda lease: _attempts(core, drafts, plan, wire, batch, lease, waiter)
            )
        )
    trace = observer.transaction(wire.transport)
    try:
        drafts = yield Phase(trace, "prepare", prepare(core, plan))
        trace.drafted(drafts)
        sent = yield _lease(
            drafts, plan, lambda lease: _attempts(core, drafts, plan, wire, batch, lease, waiter, trace)
        )
    except BaseException as exc:
        trace.end(exc)
        raise
    trace.end(None)
    return sent


def _lease(drafts: list[Draft], plan: Plan, body: Callable[[NonceLease], Flow[Any]]) -> Leased:
    return Leased(len(drafts), plan.api_key_index, body)


def _attempts(
    core: ClientCore,
    drafts: list[Draft],
    plan: Plan,
    wire: Any,
    batch: bool,
    lease: NonceLease,
    waiter: Any,
    trace: TxTrace | None = None,
) -> Flow[list[TxResult]]:
    for attempt in (1, 2):
        try:
            if trace is None:
                signed = core.sign(drafts, lease.api_key_index, lease.nonces)
                body = yield wire.step(signed, plan.price_protection, batch)
            else:
                trace.leased(lease.api_key_index, lease.first)
                signed = trace.phase(
                    "sign", core.sign, drafts, lease.api_key_index, lease.nonces, attempt=attempt
                )
                body = yield Phase(
                    trace, SEND_PHASE[attempt], _one(wire.step(signed, plan.price_protection, batch)), attempt
                )
        except InvalidNonceError:
            if attempt == 2:
                lease.unknown()
                raise
            rejected = lease.first
            try:
                yield Resync(lease)
            except BaseException:  # the rejected nonce must not be handed back: resync next time
                lease.unknown()
                raise
            if trace is not None:
                trace.resynced(lease.api_key_index, rejected, lease.first)
            continue
        except wire.outcome_unknown:
            lease.unknown()
            raise
        if not isinstance(body, Mapping):  # accepted or not: nobody knows
            raise APIResponseValidationError(
                f"{wire.name} answered a JSON {type(body).__name__}, not an object; the outcome is unknown"
            )
        return results(drafts, signed, lease.api_key_index, lease.nonces, body, waiter)
    raise AssertionError("unreachable")  # pragma: no cover


def _one(step: Step) -> Flow[Any]:
    return (yield step)


def nowait(core: ClientCore, plan: Plan, ws: Any, *, batch: bool) -> Flow[Future[Any]]:
    """Sign and put on the socket now; the future settles the nonce lease and resolves on the answer."""
    from lighter.resources.via_ws import collect

    drafts = yield from prepare(core, plan)
    shape = batch_result if batch else first_result

    def body(lease: NonceLease) -> Flow[Future[Any]]:
        signed = core.sign(drafts, lease.api_key_index, lease.nonces)
        sent = yield WsSendNowait(ws, signed, batch)
        lease.detach()  # the key's lock is released now; the answer settles the lease

        def done(answer: dict[str, Any]) -> Any:
            return shape(results(drafts, signed, lease.api_key_index, lease.nonces, answer))

        return collect(sent, lease, done)

    return (yield _lease(drafts, plan, body))


def single(core: ClientCore, plan: Plan, wire: Any, waiter: Any) -> Flow[TxResult]:
    """One transaction: its `TxResult`."""
    return first_result((yield from transaction(core, plan, wire, batch=False, waiter=waiter)))


def batch(core: ClientCore, plan: Plan, wire: Any, waiter: Any) -> Flow[BatchResult]:
    """A batch in one request: its `BatchResult`."""
    return batch_result((yield from transaction(core, plan, wire, batch=True, waiter=waiter)))


# -- waiting ---------------------------------------------------------------------------------------


def wait_for_tx(tx_hash: str | TxResult, *, timeout: float, poll_interval: float) -> Flow[Any]:
    """Poll ``/api/v1/tx`` until the transaction is executed; its JSON. `TxWaitTimeoutError` after
    `timeout` seconds. A 'not found' answer means not indexed yet: keep polling."""
    h = tx_hash.tx_hash if isinstance(tx_hash, TxResult) else tx_hash
    deadline = time.monotonic() + timeout
    while True:
        try:
            last = yield json_call("tx", by="hash", value=h)
        except APIStatusError as exc:
            if not (isinstance(exc, NotFoundError) or "not found" in exc.message.lower()):
                raise
            last = None
        if isinstance(last, dict) and tolerant.is_executed(last):
            return last
        if time.monotonic() >= deadline:
            raise TxWaitTimeoutError(
                f"transaction {h} was not executed within {timeout} s", tx_hash=h, last_status=last
            )
        yield Sleep(poll_interval)


def wait_for_result(
    core: ClientCore, result: TxResult, *, timeout: float, poll_interval: float
) -> Flow[OrderResult]:
    """Wait until executed; for an order, also find it and its fills (`lighter.resources._settle`)."""
    from lighter.models._convert import tx_status
    from lighter.resources._ops import REGISTRY
    from lighter.resources._settle import SLEEP, OrderWatch

    deadline = time.monotonic() + timeout
    tx = tx_status((yield from wait_for_tx(result, timeout=timeout, poll_interval=poll_interval)))
    watch = OrderWatch(result, tx, core.require_account(), deadline=deadline)
    while (request := watch.next_request()) is not None:
        if request is SLEEP:
            yield Sleep(poll_interval)
        else:
            watch.feed((yield Call(REGISTRY.get(request[0]), dict(request[1]), as_json=True)))
    return watch.result()


def settle(core: ClientCore, submitted: Any, timeout: float) -> Flow[OrderResult]:
    """``create_order(..., wait=True)``: the sent transaction's outcome."""
    sent = yield Resolve(submitted)
    return (yield from wait_for_result(core, sent, timeout=timeout, poll_interval=0.2))


# -- reads -----------------------------------------------------------------------------------------


def call(
    core: ClientCore,
    op: Operation,
    params: dict[str, Any],
    *,
    market: int | str | None = None,
    market_param: str | None = None,
    as_json: bool = False,
    auth: bool = True,
) -> Flow[Any]:
    """One generated operation; `market` (a symbol or index) becomes the index `market_param` names."""
    params = dict(params)  # the caller's dict stays as it was (the auth token is added to this one)
    if market is not None and market_param is not None:
        params[market_param] = market if isinstance(market, int) else (yield from _market(core, market)).index
    return (yield Call(op, params, as_json=as_json, auth=auth))


def _market(core: ClientCore, which: int | str) -> Flow[Market]:
    return (yield from market(core, which))


def then(value: Any, fn: Callable[[Any], T]) -> Flow[T]:
    """`fn` of a face's answer, once it is there."""
    return fn((yield Resolve(value)))


def bind_market(core: ClientCore, pager: Pager, which: int | str | None) -> Flow[None]:
    """Point a pager at one market (a symbol is looked up)."""
    if which is not None:
        pager.bind_market(which if isinstance(which, int) else (yield from market(core, which)).index)


def page(pager: Pager) -> Flow[list[Any] | None]:
    """The items of a pager's next page, or None when it has no more."""
    from lighter.resources._ops import REGISTRY

    request = pager.next_request()
    if request is None:
        return None
    name, params = request
    body = yield Call(REGISTRY.get(name), dict(params), as_json=pager.as_json, auth=pager.auth)
    return list(pager.feed(body))


# -- health ----------------------------------------------------------------------------------------


def health(
    core: ClientCore, ws: Any, local_nonces: Iterable[tuple[int, int | None]], *, timeout: float, slow: float
) -> Flow[HealthReport]:
    """The facts of ``client.health()`` (one probe, nextNonce of each loaded key), then the verdict."""
    from lighter import _health
    from lighter._http import json_body
    from lighter.resources.via_ws import unwrap_ws

    probe = _health.Probe(
        limiter=core.limiter,
        stream=_health.stream_health(unwrap_ws(ws)) if ws is not None else None,
        local_nonces=dict(local_nonces),
    )
    started = _health.probe_started()
    try:
        response = yield Probe(timeout)
    except APIError as exc:
        probe.error = str(exc)
    else:
        if response.status_code == 429:
            probe.rate_limited = True
            _health.probe_answered(probe, started, None)
        elif not 200 <= response.status_code < 300:
            probe.error = f"GET / answered HTTP {response.status_code}"
        else:
            try:
                _health.probe_answered(probe, started, json_body(response))
            except APIResponseValidationError as exc:
                probe.error = str(exc)
    for key in probe.keys_to_compare():
        probe.exchange_nonces[key] = yield from _nonce_or_none(core, key)
    return _health.assess(probe, slow=slow)


def _nonce_or_none(core: ClientCore, key: int) -> Flow[int | None]:
    """A health check's nextNonce read: unknown (None) when it fails, never raised."""
    import httpx

    try:
        return (yield from fetch_nonce(key, core))
    except (APIError, httpx.HTTPError, ValueError, KeyError):
        return None
