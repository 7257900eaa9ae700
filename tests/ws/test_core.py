"""The pure protocol core: subscriptions, pacing, keepalive, shutdown, errors, gaps, transactions, backoff."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from typing import Any

import pytest

from lighter import _errors
from lighter.ws._auth import TokenCache, token_deadline
from lighter.ws._core import StreamCore
from lighter.ws._policy import Backoff, RateWindow
from lighter.ws.errors import (
    MissingAuthError,
    SubscriptionError,
    WsConnectionClosedError,
    WsTimeoutError,
)
from lighter.ws.events import (
    ConnectionState,
    MalformedFrameEvent,
    OrderBookEvent,
    OrderBookGapEvent,
    ServerErrorEvent,
    ShutdownEvent,
    StateChanged,
    SubscriptionFailedEvent,
    UnknownMessageEvent,
)


def ready_core(**kw: Any) -> StreamCore:
    core = StreamCore(**kw)
    core.on_open(0.0)
    core.on_text('{"type":"connected","session_id":"abc"}', 0.0)
    return core


def sent(core: StreamCore, now: float = 0.0) -> list[dict[str, Any]]:
    return [json.loads(t) for t in core.poll(now).send]


def book(
    kind: str,
    offset: int,
    bids: list[tuple[str, str]] = (),
    market: int = 0,  # type: ignore[assignment]
    **extra: Any,
) -> str:
    body = {"offset": offset, "bids": [{"price": p, "size": s} for p, s in bids], "asks": [], **extra}
    return json.dumps({"type": f"{kind}/order_book", "channel": f"order_book:{market}", "order_book": body})


# -- subscriptions ----------------------------------------------------------------------------------------


def test_subscriptions_wait_for_connected_then_go_out() -> None:
    core = StreamCore()
    core.subscribe("order_book", (0,))
    core.subscribe("candle", (1, "1m"))
    core.on_open(0.0)
    assert sent(core) == []  # no 'connected' yet
    events = core.on_text('{"type":"connected","session_id":"s-1"}', 0.1)
    assert events == [StateChanged(state=ConnectionState.CONNECTED)]
    assert core.session_id == "s-1"
    assert sent(core, 0.1) == [
        {"type": "subscribe", "channel": "order_book/0"},
        {"type": "subscribe", "channel": "candle/1/1m"},
    ]


def test_subscribe_is_idempotent_and_validates() -> None:
    core = ready_core()
    first = core.subscribe("trade", (0,))
    assert core.subscribe("trade", (0,)) is first
    assert len(sent(core)) == 1
    for kind, params in [
        ("trade", (-1,)),
        ("trade", ("0",)),
        ("candle", (0, "1x")),
        ("nope", (1,)),
        ("trade", (True,)),
        ("height", (1,)),
    ]:
        with pytest.raises(ValueError):
            core.subscribe(kind, params)
    core.subscribe("market_stats", ("all",))


def test_private_channel_needs_auth() -> None:
    core = ready_core()
    with pytest.raises(MissingAuthError):
        core.subscribe("account_all_orders", (5,))
    assert "account_all_orders/5" not in core.subs


def test_auth_token_sent_for_account_channels_and_refreshed_per_connection() -> None:
    tokens = iter(f"{2_000_000_000 + i}:5:3:{'ab' * 80}" for i in range(10))
    calls: list[str] = []

    def provider() -> str:
        calls.append("x")
        return next(tokens)

    core = StreamCore(token_cache=TokenCache(provider, clock=lambda: 1_000_000_000.0))
    core.subscribe("account_all_orders", (5,))
    core.subscribe("order_book", (0,))
    core.on_open(0.0)
    core.on_text('{"type":"connected"}', 0.0)
    out = sent(core)
    assert out[0]["auth"].startswith("2000000000:5:3:") and "auth" not in out[1]
    core.on_close(1.0, "test")
    core.on_open(2.0)
    core.on_text('{"type":"connected"}', 2.0)
    out = sent(core, 2.0)
    assert out[0]["auth"].startswith("2000000001:5:3:")  # a new token on every resubscribe
    assert len(calls) == 2


def test_a_failing_auth_provider_never_drops_a_channel_the_user_has() -> None:
    tokens = iter(f"{2_000_000_000 + i}:5:3:{'ab' * 80}" for i in range(10))
    failures = [ConnectionError("token service down")]

    def provider() -> str:
        if calls.pop(0) == "fail":
            raise failures[0]
        return next(tokens)

    calls = ["ok", "fail", "ok", "fail"]
    core = StreamCore(token_cache=TokenCache(provider, clock=lambda: 1_000_000_000.0))
    sub = core.subscribe("account_all_orders", (5,))
    core.on_open(0.0)
    core.on_text('{"type":"connected"}', 0.0)
    assert [m["channel"] for m in sent(core)] == ["account_all_orders/5"]
    snapshot = {"type": "subscribed/account_all_orders", "channel": "account_all_orders:5", "orders": {}}
    core.on_text(json.dumps(snapshot), 0.1)
    assert sub.state == "active"
    core.on_close(1.0, "test")
    core.on_open(2.0)
    core.on_text('{"type":"connected"}', 2.0)
    tick = core.poll(2.0)  # the token fails: reconnect and try again, the channel stays
    assert tick.send == [] and tick.reconnect and "token service" not in tick.reconnect
    assert "account_all_orders/5" in core.subs and sub.state == "pending"
    core.on_close(3.0, tick.reconnect)
    core.on_open(4.0)
    core.on_text('{"type":"connected"}', 4.0)
    assert [m["channel"] for m in sent(core, 4.0)] == ["account_all_orders/5"]


def test_a_new_subscription_whose_token_fails_is_refused() -> None:
    def provider() -> str:
        raise ConnectionError("token service down")

    core = ready_core(token_cache=TokenCache(provider, clock=lambda: 1_000_000_000.0))
    sub = core.subscribe("account_all_trades", (5,))
    tick = core.poll(0.1)
    (event,) = tick.events
    assert isinstance(event, SubscriptionFailedEvent) and sub.state == "failed" and tick.reconnect is None
    assert "account_all_trades/5" not in core.subs


def test_token_cache_refreshes_before_deadline() -> None:
    now = [1000.0]
    made: list[int] = []

    def provider() -> str:
        deadline = int(now[0]) + 600
        made.append(deadline)
        return f"{deadline}:1:2:{'00' * 80}"

    cache = TokenCache(provider, refresh_margin=120, clock=lambda: now[0])
    first = cache.get()
    now[0] += 400
    assert cache.get() == first
    now[0] += 81  # 119 s before the deadline
    assert cache.get() != first and len(made) == 2
    assert token_deadline(first) == 1600
    assert "00" * 80 not in repr(cache)


def test_unsubscribe_before_send_and_after() -> None:
    core = ready_core()
    core.subscribe("trade", (0,))
    core.unsubscribe("trade/0")
    assert sent(core) == []
    core.subscribe("trade", (1,))
    sent(core)
    assert core.unsubscribe("trade/1")
    assert sent(core) == [{"type": "unsubscribe", "channel": "trade/1"}]
    assert not core.unsubscribe("trade/1")
    # late frames for the channel are dropped quietly
    assert core.on_text('{"type":"update/trade","channel":"trade:1","trades":[]}', 1.0) == []
    assert core.stats["dropped_frames"] == 1


def test_subscription_limit() -> None:
    core = ready_core(max_subscriptions=2)
    core.subscribe("trade", (0,))
    core.subscribe("trade", (1,))
    with pytest.raises(SubscriptionError):
        core.subscribe("trade", (2,))


# -- pacing and keepalive -----------------------------------------------------------------------------------


def test_rate_window_paces_subscriptions() -> None:
    core = ready_core(rate=RateWindow(limit=3, window=60.0), ping_interval=100.0, dead_timeout=200.0)
    for market in range(5):
        core.subscribe("trade", (market,))
    tick = core.poll(0.0)
    assert len(tick.send) == 3
    assert tick.wake_at == pytest.approx(60.0)
    assert core.poll(30.0).send == []
    tick = core.poll(60.0)
    assert [json.loads(t)["channel"] for t in tick.send] == ["trade/3", "trade/4"]


def test_transactions_are_not_paced_by_the_message_window() -> None:
    core = ready_core(rate=RateWindow(limit=1, window=60.0))
    core.subscribe("trade", (0,))
    core.subscribe("trade", (1,))
    core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    kinds = [json.loads(t)["type"] for t in core.poll(0.0).send]
    assert kinds == ["subscribe", "jsonapi/sendtx"]


def test_app_pings_and_pong_answers() -> None:
    core = ready_core(ping_interval=10.0, dead_timeout=30.0)
    assert sent(core, 5.0) == []
    assert sent(core, 10.0) == [{"type": "ping"}]
    core.on_text('{"type":"pong"}', 10.1)
    core.on_text('{"type":"ping"}', 11.0)
    assert sent(core, 11.0) == [{"type": "pong"}]
    assert core.poll(11.0).wake_at <= 20.0


def test_dead_connection_triggers_reconnect() -> None:
    core = ready_core(ping_interval=10.0, dead_timeout=25.0)
    assert core.poll(24.0).reconnect is None
    tick = core.poll(25.0)
    assert tick.reconnect is not None and "nothing received" in tick.reconnect


def test_missing_connected_frame_triggers_reconnect() -> None:
    core = StreamCore(connect_timeout=5.0)
    core.on_open(0.0)
    assert core.poll(4.0).reconnect is None
    assert "connected" in (core.poll(5.0).reconnect or "")


def test_shutdown_drains_pending_txs_then_reconnects_at_once() -> None:
    core = ready_core()
    future = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=30, now=0.0)
    tx_id = json.loads(core.poll(0.0).send[0])["data"]["id"]
    events = core.on_text('{"type":"shutdown","close_in_ms":3000}', 1.0)
    assert events == [ShutdownEvent(close_in_ms=3000)]
    core.subscribe("trade", (0,))
    assert core.poll(1.5).send == []  # nothing new on a closing connection
    core.on_text(json.dumps({"type": "jsonapi/sendtx", "id": tx_id, "code": 200, "tx_hash": "ab"}), 2.0)
    assert future.result(0).tx_hash == "ab"
    assert core.poll(2.0).reconnect == "server shutdown"
    events, delay = core.on_close(2.0, "server shutdown")
    assert delay == 0.0
    assert isinstance(events[0], StateChanged) and events[0].state is ConnectionState.RECONNECTING


def test_shutdown_grace_bounded_by_close_in_ms() -> None:
    core = ready_core()
    core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=30, now=0.0)
    core.poll(0.0)
    core.on_text('{"type":"shutdown","close_in_ms":500}', 1.0)
    assert core.poll(1.4).reconnect is None
    assert core.poll(1.5).reconnect == "server shutdown"


# -- incoming oddities ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["not json", "[1,2]", "", "null", '"str"', b"\xff\xfe"])
def test_malformed_frames_become_events(text: Any) -> None:
    core = ready_core()
    (event,) = core.on_text(text, 1.0)
    assert isinstance(event, MalformedFrameEvent)


def test_unknown_types_become_events() -> None:
    core = ready_core()
    (event,) = core.on_text('{"type":"brand_new","x":1}', 1.0)
    assert isinstance(event, UnknownMessageEvent) and event.raw["x"] == 1
    (event,) = core.on_text('{"no_type":1}', 1.0)
    assert isinstance(event, UnknownMessageEvent)


def test_parser_failure_does_not_escape() -> None:
    core = ready_core()
    core.subscribe("trade", (0,))
    # trades as a string: the parser copes (empty) rather than raising
    (event,) = core.on_text('{"type":"subscribed/trade","channel":"trade:0","trades":"x"}', 1.0)
    assert event.trades == ()  # type: ignore[attr-defined]


# -- server errors ------------------------------------------------------------------------------------------


def test_error_naming_a_channel_fails_that_subscription() -> None:
    core = ready_core(token_cache=TokenCache(lambda: "1:1:1:00"))
    sub = core.subscribe("account_all_assets", (1,))
    sent(core)
    raw = '{"error":{"code":20001,"message":"invalid param : auth field is required: account_all_assets:1"}}'
    (event,) = core.on_text(raw, 1.0)
    assert isinstance(event, SubscriptionFailedEvent) and event.channel == "account_all_assets/1"
    assert sub.state == "failed" and "account_all_assets/1" not in core.subs
    with pytest.raises(SubscriptionError) as info:
        sub.wait(0)
    assert info.value.code == 20001


def test_unattributed_error_goes_to_the_only_waiting_subscription() -> None:
    core = ready_core()
    sub = core.subscribe("trade", (0,))
    sent(core)
    (event,) = core.on_text('{"error":{"code":30005,"message":"Invalid Channel:  (marketId)"}}', 1.0)
    assert isinstance(event, SubscriptionFailedEvent) and sub.state == "failed"


def test_a_frame_for_another_account_never_lands_in_this_accounts_state() -> None:
    token = f"2000000000:6:3:{'ab' * 80}"
    core = ready_core(token_cache=TokenCache(lambda: token, clock=lambda: 1_000_000_000.0))
    core.subscribe("account_all", (5,))
    sent(core)
    core.unsubscribe("account_all/5")
    six = core.subscribe("account_all", (6,))
    sent(core)
    late = {
        "type": "update/account_all",
        "channel": "account_all:5",
        "account": 5,
        "trades": {"0": [{"trade_id": 777, "price": "100", "size": "3"}]},
    }
    assert core.on_text(json.dumps(late), 0.1) == [] and six.state == "sent"
    assert 6 not in core.accounts or not core.accounts[6].trades
    # A channel named differently from the address still reaches the subscription of that account.
    orders = core.subscribe("account_orders", (0, 6))
    sent(core)
    frame = {"type": "update/account_orders", "channel": "account_orders:6", "account": 6, "orders": {}}
    assert len(core.on_text(json.dumps(frame), 0.2)) == 1 and orders.state == "active"


def test_other_errors_become_server_error_events() -> None:
    core = ready_core()
    (event,) = core.on_text('{"type":"error","code":12345,"message":"something odd"}', 1.0)
    assert isinstance(event, ServerErrorEvent)
    assert event.error.code == 12345 and "something odd" in str(event.error)


def test_already_subscribed_counts_as_active_and_not_subscribed_is_quiet() -> None:
    core = ready_core()
    sub = core.subscribe("market_stats", ("all",))
    sent(core)
    raw = '{"error":{"code":30003,"message":"Already Subscribed to : market_stats:all"}}'
    assert core.on_text(raw, 1.0) == []
    assert sub.wait(0) is sub and sub.active
    assert core.on_text('{"error":{"code":30002,"message":"Not Subscribed to : order_book:0"}}', 1.0) == []


# -- order book gaps ---------------------------------------------------------------------------------------


def test_gap_resubscribes_once_and_resyncs() -> None:
    core = ready_core()
    core.subscribe("order_book", (0,))
    sent(core)
    (event,) = core.on_text(book("subscribed", 1, [("100", "1")]), 1.0)
    assert isinstance(event, OrderBookEvent) and event.snapshot
    core.on_text(book("update", 2, [("100", "2")]), 1.0)
    (gap,) = core.on_text(book("update", 5, [("100", "3")]), 1.0)
    assert isinstance(gap, OrderBookGapEvent) and gap.market_id == 0
    assert sent(core, 1.0) == [
        {"type": "unsubscribe", "channel": "order_book/0"},
        {"type": "subscribe", "channel": "order_book/0"},
    ]
    assert core.on_text(book("update", 6, [("100", "4")]), 1.0) == []  # dropped, no second resync
    assert sent(core, 1.0) == []
    assert not core.books[0].is_synced
    core.on_text(book("subscribed", 9, [("101", "1")]), 1.0)
    assert core.books[0].is_synced and core.stats["gaps"] == 1
    core.on_text(book("update", 11, [("100", "1")]), 1.0)  # a second gap later resyncs again
    assert len(sent(core, 1.0)) == 2


def test_bad_level_and_diff_without_snapshot_resync_too() -> None:
    core = ready_core()
    core.subscribe("order_book", (0,))
    sent(core)
    (event,) = core.on_text(book("update", 2, [("100", "1")]), 1.0)
    assert isinstance(event, OrderBookGapEvent)
    sent(core, 1.0)
    core.on_text(book("subscribed", 3, [("100", "1")]), 1.0)
    (event,) = core.on_text(book("update", 4, [("-5", "1")]), 1.0)
    assert isinstance(event, OrderBookGapEvent) and "absurd price" in str(event.error)


def test_an_absurd_price_resubscribes_and_the_markets_decimals_tighten_the_bounds() -> None:
    from lighter.ws.errors import InvalidOrderBookFrameError

    core = ready_core()
    core.set_book_decimals(0, 2, 4)  # before subscribing: the book is built with them
    core.subscribe("order_book", (0,))
    sent(core)
    core.on_text(book("subscribed", 1, [("100", "1")]), 1.0)
    (event,) = core.on_text(book("update", 2, [("1e300", "1")]), 1.0)
    assert isinstance(event, OrderBookGapEvent) and isinstance(event.error, InvalidOrderBookFrameError)
    assert not core.books[0].is_synced and core.books[0].bids == [(Decimal("100"), Decimal("1"))]
    assert sent(core, 1.0) == [
        {"type": "unsubscribe", "channel": "order_book/0"},
        {"type": "subscribe", "channel": "order_book/0"},
    ]
    core.on_text(book("subscribed", 3, [("100", "1")]), 1.0)
    assert core.books[0].is_synced
    (event,) = core.on_text(book("update", 4, [("50000000", "1")]), 1.0)  # fine for a market in whole units
    assert isinstance(event, OrderBookGapEvent) and core.books[0].price_decimals == 2


def test_reconnect_marks_books_unsynced_and_resubscribes() -> None:
    core = ready_core()
    core.subscribe("order_book", (0,))
    core.subscribe("trade", (0,))
    sent(core)
    core.on_text(book("subscribed", 1, [("100", "1")]), 1.0)
    core.on_close(2.0, "gone")
    assert not core.books[0].is_synced
    assert all(s.state == "pending" for s in core.subs.values())
    core.on_open(3.0)
    core.on_text('{"type":"connected"}', 3.0)
    assert [m["channel"] for m in sent(core, 3.0)] == ["order_book/0", "trade/0"]


# -- transactions -------------------------------------------------------------------------------------------


def test_tx_success_single_and_batch() -> None:
    core = ready_core()
    single = core.send_tx({"tx_type": 14, "tx_info": {"Nonce": 1}}, batch=False, timeout=5, now=0.0)
    batch = core.send_tx({"tx_types": "[14,14]", "tx_infos": "[]"}, batch=True, timeout=5, now=0.0)
    out = sent(core)
    assert out[0]["type"] == "jsonapi/sendtx" and out[0]["data"]["tx_info"] == {"Nonce": 1}
    assert out[1]["type"] == "jsonapi/sendtxbatch" and out[1]["data"]["tx_types"] == "[14,14]"
    id1, id2 = out[0]["data"]["id"], out[1]["data"]["id"]
    assert id1 != id2
    core.on_text(json.dumps({"type": "jsonapi/sendtx", "id": id1, "code": 200, "tx_hash": "abc"}), 0.1)
    # the recorded batch answer: tx_hash is a list
    raw = {
        "code": 200,
        "id": id2,
        "predicted_execution_time_ms": 1,
        "tx_hash": ["73c5", "8a01"],
        "type": "jsonapi/sendtxbatch",
    }
    core.on_text(json.dumps(raw), 0.1)
    assert single.result(0).tx_hash == "abc" and single.result(0).tx_hashes == ("abc",)
    result = batch.result(0)
    assert result.tx_hashes == ("73c5", "8a01") and result.predicted_execution_time_ms == 1


def test_tx_rejection_uses_the_rest_error_classes() -> None:
    core = ready_core()
    future = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    tx_id = sent(core)[0]["data"]["id"]
    core.on_text(
        json.dumps({"type": "jsonapi/sendtx", "id": tx_id, "code": 21104, "message": "invalid nonce"}), 0.1
    )
    error = future.exception(0)
    assert isinstance(error, _errors.APIError) and error.code == 21104
    if hasattr(_errors, "InvalidNonceError"):
        assert isinstance(error, _errors.InvalidNonceError)


def test_error_frame_with_only_one_tx_in_flight_fails_it() -> None:
    core = ready_core()
    future = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    sent(core)
    core.on_text('{"error":{"code":21120,"message":"invalid signature"}}', 0.1)
    assert isinstance(future.exception(0), _errors.APIError)


def test_answer_to_a_tx_whose_caller_stopped_waiting_is_absorbed() -> None:
    # An asyncio task awaiting the tx was cancelled: the concurrent future is cancelled with it.
    core = ready_core()
    ok = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    refused = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    ids = [m["data"]["id"] for m in sent(core)]
    assert ok.cancel() and refused.cancel()
    answers = [
        {"type": "jsonapi/sendtx", "id": ids[0], "code": 200, "tx_hash": "abc"},
        {"type": "jsonapi/sendtx", "id": ids[1], "code": 21104, "message": "invalid nonce"},
    ]
    assert [core.on_text(json.dumps(a), 0.1) for a in answers] == [[], []]  # no MalformedFrameEvent
    assert core._txs == {}


def test_tx_timeout_and_connection_loss() -> None:
    core = ready_core()
    slow = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    lost = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=50, now=0.0)
    sent(core)
    core.poll(5.0)
    assert isinstance(slow.exception(0), WsTimeoutError)
    unsent_later = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=50, now=5.0)
    core.on_close(6.0, "gone")  # before the unsent one could go out
    assert isinstance(lost.exception(0), WsConnectionClosedError)
    assert not unsent_later.done()  # never sent: it waits for the next connection
    core.on_open(7.0)
    core.on_text('{"type":"connected"}', 7.0)
    assert [m["type"] for m in sent(core, 7.0)] == ["jsonapi/sendtx"]


def test_inflight_tx_cap() -> None:
    core = ready_core(max_inflight_txs=2)
    for _ in range(3):
        core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    out = sent(core)
    assert len(out) == 2
    core.on_text(
        json.dumps({"type": "jsonapi/sendtx", "id": out[0]["data"]["id"], "code": 200, "tx_hash": "a"}), 0.1
    )
    assert len(sent(core, 0.1)) == 1


def test_close_fails_everything_waiting() -> None:
    core = ready_core()
    sub = core.subscribe("trade", (0,))
    future = core.send_tx({"tx_type": 14, "tx_info": {}}, batch=False, timeout=5, now=0.0)
    (event,) = core.close()
    assert event == StateChanged(state=ConnectionState.CLOSED, reason="closed by the client")
    assert isinstance(future.exception(0), WsConnectionClosedError)
    with pytest.raises(WsConnectionClosedError):
        sub.wait(0)


# -- backoff ------------------------------------------------------------------------------------------------


def test_backoff_grows_with_jitter_and_resets_after_a_stable_connection() -> None:
    backoff = Backoff(initial=1.0, maximum=8.0, jitter=0.5, stable_after=10.0, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(6)]
    bases = [1, 2, 4, 8, 8, 8]
    for delay, base in zip(delays, bases, strict=True):
        assert base * 0.5 <= delay <= base
    assert len(set(delays)) == len(delays)  # jittered
    backoff.connection_ended(uptime=3.0)
    assert backoff.attempt == 6
    backoff.connection_ended(uptime=10.0)
    assert backoff.attempt == 0 and backoff.next_delay() <= 1.0


def test_on_close_uses_backoff_unless_orderly() -> None:
    core = ready_core(backoff=Backoff(initial=2.0, jitter=0.0))
    events, delay = core.on_close(1.0, "reset")
    assert delay == 2.0 and events[0].attempt == 1  # type: ignore[attr-defined]
    core.on_open(3.0)
    events, delay = core.on_connect_failed("refused")
    assert delay == 4.0


def test_a_transaction_is_written_by_the_caller_only_when_nothing_waits_ahead() -> None:
    core = StreamCore(connect_timeout=5.0)
    future, text = core.send_tx_text('"tx_type":14,"tx_info":{"Nonce":1}', batch=False, timeout=5, now=0.0)
    assert text is None  # not connected: queued for the socket thread
    core.on_open(0.0)
    core.on_text('{"type":"connected","session_id":"s"}', 0.0)
    queued = json.loads(core.poll(0.0).send[0])
    assert queued["type"] == "jsonapi/sendtx" and queued["data"]["tx_info"] == {"Nonce": 1}
    _, text = core.send_tx_text('"tx_type":14,"tx_info":{"Nonce":2}', batch=False, timeout=5, now=0.1)
    assert text is not None  # ready, nothing queued: the caller writes it now, it counts as sent
    message = json.loads(text)
    assert message["data"]["tx_info"] == {"Nonce": 2} and message["data"]["id"] != queued["data"]["id"]
    assert core.poll(0.1).send == []
    core.subscribe("trade", (0,))  # something waits in the queue: keep the order, queue the tx behind it
    _, text = core.send_tx_text('"tx_type":14,"tx_info":{}', batch=False, timeout=5, now=0.2)
    assert text is None
    assert [json.loads(t)["type"] for t in core.poll(0.2).send] == ["subscribe", "jsonapi/sendtx"]
    core.on_text(
        json.dumps({"type": "jsonapi/sendtx", "id": queued["data"]["id"], "code": 200, "tx_hash": "ab"}), 0.3
    )
    assert future.result(0).tx_hash == "ab"


def test_caller_writes_respect_the_in_flight_cap() -> None:
    core = ready_core(max_inflight_txs=1)
    _, first = core.send_tx_text('"tx_type":14,"tx_info":{}', batch=False, timeout=5, now=0.0)
    _, second = core.send_tx_text('"tx_type":14,"tx_info":{}', batch=False, timeout=5, now=0.0)
    assert first is not None and second is None
