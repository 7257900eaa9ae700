"""The client's decisions as pure flows (`lighter._client.flows`), driven here by hand: no socket, no
clock but the flow's own deadline. Each face drives the same flows (``Lighter._drive`` blocking,
``AsyncLighter._drive`` awaiting), so what is checked here holds on both."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

from lighter._client import flows as F
from lighter._client.core import Batch, ClientCore, batch_plan
from lighter._client.wire import RestWire, WsWire
from lighter._errors import (
    APIResponseValidationError,
    InvalidInputError,
    InvalidNonceError,
    NotFoundError,
    TxWaitTimeoutError,
)
from lighter._nonce import InMemoryNonceStore, NonceLease
from lighter.signing import PrivateKey

ACCOUNT, KEY = 7, 3


def core() -> ClientCore:
    return ClientCore(
        {
            "base_url": "http://127.0.0.1:9",
            "chain_id": 304,
            "account_index": ACCOUNT,
            "api_key_index": KEY,
            "api_private_key": PrivateKey.from_hex("11" * 40),
        }
    )


def sub_account_flow(c: ClientCore, wire: Any = None) -> Generator[F.Step, Any, Any]:
    batch = Batch(c)
    batch.create_sub_account()  # needs no metadata: the flow goes straight to the nonce lease
    return F.transaction(c, batch_plan(batch), wire or RestWire(), batch=False, waiter=None)


def lease(first: int) -> NonceLease:
    return NonceLease(InMemoryNonceStore(), ACCOUNT, KEY, first, 1)


def test_invalid_nonce_is_resynced_resigned_and_sent_once_more() -> None:
    flow = sub_account_flow(core())
    leased = next(flow)
    assert isinstance(leased, F.Leased) and leased.size == 1
    held = lease(5)
    body = leased.body(held)
    first = next(body)
    assert isinstance(first, F.Call) and first.op.name == "send_tx" and first.as_json
    resync = body.throw(InvalidNonceError("invalid nonce", code=21104, status_code=400))
    assert isinstance(resync, F.Resync) and resync.lease is held
    held._rebase(9)  # what the nonce manager does on a resync
    second = body.send(None)
    assert isinstance(second, F.Call) and second.params["body"].tx_info != first.params["body"].tx_info
    with pytest.raises(StopIteration) as done:
        body.send({"code": 200, "tx_hash": "ab", "volume_quota_remaining": 3})
    (result,) = done.value.value
    assert (result.nonce, result.tx_hash, result.volume_quota_remaining) == (9, "ab", 3)
    with pytest.raises(StopIteration) as outer:
        flow.send(done.value.value)
    assert outer.value.value == done.value.value


def test_a_second_invalid_nonce_is_raised_and_the_nonce_left_unknown() -> None:
    body = next(sub_account_flow(core())).body(held := lease(5))
    next(body)
    body.throw(InvalidNonceError("invalid nonce", code=21104, status_code=400))
    body.send(None)
    with pytest.raises(InvalidNonceError):
        body.throw(InvalidNonceError("invalid nonce", code=21104, status_code=400))
    assert held._settled  # unknown: the key resyncs before its next use


def test_an_answer_that_is_not_an_object_leaves_the_outcome_unknown() -> None:
    body = next(sub_account_flow(core())).body(lease(5))
    next(body)
    with pytest.raises(APIResponseValidationError, match="not an object"):
        body.send(["ok"])


def test_the_socket_wire_refuses_price_protection_before_signing() -> None:
    c = core()
    batch = Batch(c)
    batch.create_sub_account()
    plan = batch_plan(batch)
    plan.price_protection = True
    with pytest.raises(InvalidInputError, match="price_protection"):
        WsWire(ws=None).check(plan)  # type: ignore[arg-type]
    RestWire().check(plan)


def test_wait_for_tx_polls_until_executed() -> None:
    flow = F.wait_for_tx("ab", timeout=30.0, poll_interval=0.25)
    ask = next(flow)
    assert isinstance(ask, F.Call) and ask.op.name == "tx" and ask.params == {"by": "hash", "value": "ab"}
    assert flow.throw(NotFoundError("transaction not found", status_code=404)) == F.Sleep(0.25)
    assert isinstance(flow.send(None), F.Call)
    assert flow.send({"status": 1}) == F.Sleep(0.25)  # pending
    flow.send(None)
    with pytest.raises(StopIteration) as done:
        flow.send({"status": 2, "hash": "ab"})
    assert done.value.value == {"status": 2, "hash": "ab"}


def test_wait_for_tx_gives_up_at_its_deadline() -> None:
    flow = F.wait_for_tx("ab", timeout=0.0, poll_interval=0.25)
    next(flow)
    with pytest.raises(TxWaitTimeoutError) as info:
        flow.send({"status": 1})
    assert info.value.tx_hash == "ab"


def test_markets_are_fetched_once_under_the_face_lock() -> None:
    c = core()
    flow = F.markets(c)
    locked = next(flow)
    assert isinstance(locked, F.Locked)
    inner = locked.flow
    ask = next(inner)
    assert isinstance(ask, F.Call) and ask.op.name == "order_book_details"
    assert isinstance(next(F.markets(c)), F.Locked)  # not loaded yet: another caller asks too
    with pytest.raises(StopIteration):
        inner.send({"code": 200, "order_book_details": [], "spot_order_book_details": []})
    assert list(F.markets(c)) == []  # cached: no step at all


def test_every_step_a_flow_yields_is_performed_by_both_faces() -> None:
    import inspect

    from lighter.client import AsyncLighter, Lighter

    steps = {
        name for name, value in vars(F).items() if isinstance(value, type) and issubclass(value, F.Step)
    } - {"Step", "Done"}
    for face in (Lighter, AsyncLighter):
        source = inspect.getsource(face._perform) + inspect.getsource(face._perform_rarely)
        performed = {name for name in steps if f"F.{name}(" in source}
        missing = steps - performed - ({"WsSendNowait"} if face is AsyncLighter else set())
        assert not missing, f"{face.__name__} cannot perform {sorted(missing)}"
