"""The private channels added last: spot average entry prices, notifications, pool data and pool info.

Raw websocket-client frames checked against the asyncapi message schemas and against the trades that
produced them; then ``lighter.WsClient`` parses the same channels.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials

from .helpers import ETH, IOC, SPOT_ETH, Trader
from .test_ws import Ws

# The published spec is measured against, not shipped: ../shared/reference beside the repository.
ASYNCAPI = Path(__file__).resolve().parents[3] / "shared" / "reference" / "lighter-asyncapi.json"
if not ASYNCAPI.exists():
    ASYNCAPI = Path("/work/shared/reference/lighter-asyncapi.json")
ETH_ASSET, USDC_ASSET, SPOT_ROUTE = 1, 3, 1
ONE_ETH = 10**8  # asset units (8 decimals)


def _messages() -> dict[str, Any]:
    if not ASYNCAPI.exists():
        pytest.skip("../shared/reference/lighter-asyncapi.json is not available")
    messages: dict[str, Any] = json.loads(ASYNCAPI.read_text())["components"]["messages"]
    return messages


def check_schema(frame: dict[str, Any], message: str) -> None:
    """``frame`` validates against the asyncapi payload of ``message`` (e.g. NotificationSubscribed)."""
    schema = _messages()[message]["payload"]
    jsonschema.validate(frame, schema)
    assert frame["type"] == _messages()[message]["x-message-type"]


def spot_traders(lx: LocalExchange, onboard: Callable[..., Credentials]) -> tuple[Trader, Trader]:
    """A seller holding 1 ETH on the spot route and a buyer holding 10,000 USDC there."""
    seller = Trader(onboard(usdc=1_000))
    buyer = Trader(onboard(usdc=1_000))
    lx.deposit(seller.creds.l1_address, amount=ONE_ETH, asset_index=ETH_ASSET)
    lx.deposit(buyer.creds.l1_address, amount=10_000 * 10**6, asset_index=USDC_ASSET, route=SPOT_ROUTE)
    return seller, buyer


def next_of(ws: Ws, frame_type: str) -> dict[str, Any]:
    return ws.recv_until(lambda f: f.get("type") == frame_type)


def test_spot_avg_entry_prices_follow_spot_fills(local_exchange: LocalExchange, onboard_account) -> None:
    seller, buyer = spot_traders(local_exchange, onboard_account)
    ws = Ws(local_exchange.ws_url)
    channel = f"account_spot_avg_entry_prices/{buyer.account}"
    assert ws.subscribe(channel)["error"]["code"] == 20001  # private: auth required
    assert ws.subscribe(channel, auth=seller.auth())["error"]["code"] == 20001  # someone else's token
    snap = ws.subscribe(channel, auth=buyer.auth())
    check_schema(snap, "AccountSpotAvgEntryPricesSubscribed")
    assert snap["channel"] == f"account_spot_avg_entry_prices:{buyer.account}"
    assert snap["account_id"] == buyer.account and snap["avg_entry_prices"] == {}  # USDC only
    seller_ws = Ws(local_exchange.ws_url)
    seller_snap = seller_ws.subscribe(f"account_spot_avg_entry_prices/{seller.account}", auth=seller.auth())
    # a deposited asset counts as bought at its index price (3000.00 for ETH)
    assert seller_snap["avg_entry_prices"] == {
        "1": {"asset_id": 1, "avg_entry_price": "3000.00", "asset_size": "1.00000000", "last_trade_id": 0}
    }

    seller.order(SPOT_ETH, is_ask=True, base=100, price=310000)  # 0.01 ETH at 3100
    buyer.order(SPOT_ETH, is_ask=False, base=100, price=310000, tif=IOC)
    first = next_of(ws, "update/account_spot_avg_entry_prices")
    check_schema(first, "AccountSpotAvgEntryPricesUpdate")
    entry = first["avg_entry_prices"]["1"]
    assert entry["avg_entry_price"] == "3100.00" and entry["asset_size"] == "0.01000000"
    assert entry["last_trade_id"] > 0
    sold = next_of(seller_ws, "update/account_spot_avg_entry_prices")["avg_entry_prices"]["1"]
    assert (
        sold["avg_entry_price"] == "3000.00" and sold["asset_size"] == "0.99000000"
    )  # selling keeps the average
    assert sold["last_trade_id"] == entry["last_trade_id"]

    seller.order(SPOT_ETH, is_ask=True, base=100, price=320000)  # another 0.01 at 3200
    buyer.order(SPOT_ETH, is_ask=False, base=100, price=320000, tif=IOC)
    second = next_of(ws, "update/account_spot_avg_entry_prices")["avg_entry_prices"]["1"]
    assert second["avg_entry_price"] == "3150.00" and second["asset_size"] == "0.02000000"
    assert second["last_trade_id"] == entry["last_trade_id"] + 1

    seller.order(SPOT_ETH, is_ask=False, base=50, price=300000)  # the buyer sells half back at 3000
    buyer.order(SPOT_ETH, is_ask=True, base=50, price=300000, tif=IOC)
    third = next_of(ws, "update/account_spot_avg_entry_prices")["avg_entry_prices"]["1"]
    assert third["avg_entry_price"] == "3150.00" and third["asset_size"] == "0.01500000"

    # perp trades do not touch it: the next frame on this socket is the answer to a ping
    maker = Trader(onboard_account(usdc=10_000))
    maker.order(ETH, is_ask=True, base=100, price=300000)
    buyer.order(ETH, is_ask=False, base=100, price=300000, tif=IOC)
    ws.send({"type": "ping"})
    assert ws.recv() == {"type": "pong"}
    # a fresh snapshot agrees with the updates
    again = Ws(local_exchange.ws_url).subscribe(channel, auth=buyer.auth())
    assert again["avg_entry_prices"]["1"] == third
    ws.close()
    seller_ws.close()


def test_notifications_on_fills_and_ack(local_exchange: LocalExchange, onboard_account) -> None:
    maker = Trader(onboard_account(usdc=100_000))
    taker = Trader(onboard_account(usdc=100_000))
    ws = Ws(local_exchange.ws_url)
    channel = f"notification/{maker.account}"
    assert ws.subscribe(channel)["error"]["code"] == 20001
    snap = ws.subscribe(channel, auth=maker.auth())
    check_schema(snap, "NotificationSubscribed")
    assert snap["channel"] == f"notification:{maker.account}" and snap["notifications"] == []

    maker.order(ETH, is_ask=True, base=1000, price=300000)
    fill = taker.order(ETH, is_ask=False, base=400, price=300000, tif=IOC)
    update = next_of(ws, "update/notification")
    check_schema(update, "NotificationUpdate")
    [note] = update["notifications"]
    assert note["notif_id"].startswith(f"fill:{maker.account}:") and note["kind"] == "order_fill"
    assert note["account_index"] == maker.account and note["ack"] is False
    content = note["content"]
    assert content["market_index"] == ETH and content["is_ask"] is True and content["is_maker"] is True
    assert content["size"] == "0.0400" and content["price"] == "3000.00"
    assert content["tx_hash"] == fill["tx_hash"]

    # pending until acknowledged; an ack with someone else's token is refused
    http = httpx.Client(base_url=local_exchange.base_url, timeout=10)
    form = {"notif_id": note["notif_id"], "account_index": str(maker.account)}
    bad = http.post("/api/v1/notification/ack", data=form, headers={"authorization": taker.auth()})
    assert bad.status_code == 400 and bad.json()["code"] == 20001
    assert Ws(local_exchange.ws_url).subscribe(channel, auth=maker.auth())["notifications"] == [note]
    good = http.post("/api/v1/notification/ack", data=form, headers={"authorization": maker.auth()})
    assert good.status_code == 200 and good.json() == {"code": 200}
    assert Ws(local_exchange.ws_url).subscribe(channel, auth=maker.auth())["notifications"] == []
    missing = http.post("/api/v1/notification/ack", data={"account_index": str(maker.account)})
    assert missing.status_code == 400 and "notif_id" in missing.json()["message"]
    http.close()
    ws.close()


@pytest.mark.parametrize("name, message", [("pool_data", "PoolData"), ("pool_info", "PoolInfo")])
def test_pool_channels_answer_the_documented_envelope(
    local_exchange: LocalExchange, onboard_account, name: str, message: str
) -> None:
    trader = Trader(onboard_account(usdc=1_000))
    ws = Ws(local_exchange.ws_url)
    assert ws.subscribe(f"{name}/{trader.account}")["error"]["code"] == 20001
    assert ws.subscribe(f"{name}/999999", auth=trader.auth())["error"]["code"] == 20001  # not its account
    snap = ws.subscribe(f"{name}/{trader.account}", auth=trader.auth())
    check_schema(snap, f"{message}Subscribed")
    assert set(snap) == {"type", "channel", "account_id", "timestamp"}  # pools are not modelled
    assert snap["channel"] == f"{name}:{trader.account}" and snap["account_id"] == trader.account
    ws.send({"type": "unsubscribe", "channel": f"{name}/{trader.account}"})
    assert ws.recv() == {"type": "unsubscribed", "channel": f"{name}:{trader.account}"}
    ws.close()


def test_ws_client_parses_the_new_channels(local_exchange: LocalExchange, onboard_account) -> None:
    from lighter import WsClient
    from lighter.ws import AccountEvent, NotificationEvent, PoolEvent

    seller, buyer = spot_traders(local_exchange, onboard_account)
    creds = buyer.creds
    with WsClient(
        creds.ws_url,
        account_index=creds.account_index,
        api_key_index=creds.api_key_index,
        api_private_key=creds.api_private_key,
    ) as ws:
        ws.subscribe_account_spot_avg_entry_prices(wait=True)
        ws.subscribe_notification(wait=True)
        ws.subscribe_pool_data(wait=True)
        ws.subscribe_pool_info(wait=True)
        seller.order(SPOT_ETH, is_ask=True, base=200, price=305000)
        buyer.order(SPOT_ETH, is_ask=False, base=200, price=305000, tif=IOC)
        notes: list[NotificationEvent] = []
        pools: list[PoolEvent] = []

        def done(event: object) -> bool:
            # every event is in the iteration queue, the subscription snapshots included
            if isinstance(event, NotificationEvent) and not event.snapshot:
                notes.append(event)
            if isinstance(event, PoolEvent):
                pools.append(event)
            entry = ws.account().avg_entry_prices.get(1, {})
            return bool(notes) and entry.get("avg_entry_price") == "3050.00" and len(pools) == 2

        event = ws.wait_for(done, timeout=10)
        assert isinstance(event, (AccountEvent, NotificationEvent, PoolEvent))
        entry = ws.account().avg_entry_prices[1]
        assert entry == {
            "asset_id": 1,
            "avg_entry_price": "3050.00",
            "asset_size": "0.02000000",
            "last_trade_id": 1,
        }
        [note] = notes
        assert (
            note.account_id == creds.account_index and note.channel == f"notification/{creds.account_index}"
        )
        assert [n["kind"] for n in note.notifications] == ["order_fill"]
        assert note.notifications[0]["content"]["is_maker"] is False
        assert sorted((p.kind, p.account_id, p.snapshot) for p in pools) == [
            ("pool_data", creds.account_index, True),
            ("pool_info", creds.account_index, True),
        ]
