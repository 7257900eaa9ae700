"""Every transaction path over REST with real signatures, batches, and refusals that change nothing."""

from __future__ import annotations

import json
import time

import pytest

from lighter.signing import l1_sign
from lighter.testing import LocalExchange
from lighter.transactions import (
    CreateSubAccount,
    Transfer,
    UpdateAccountAssetConfig,
    UpdateAccountConfig,
    UpdateLeverage,
    UpdateMargin,
    Withdraw,
    sign,
)

from .helpers import ETH, GTT, IOC, LIMIT, MARKET, POST_ONLY, SPOT_ETH, STOP_LOSS, TAKE_PROFIT, Trader


@pytest.fixture
def pair(local_exchange: LocalExchange, onboard_account) -> tuple[Trader, Trader]:
    return Trader(onboard_account(usdc=100_000)), Trader(onboard_account(usdc=100_000))


def test_orders_match_and_show_everywhere(pair: tuple[Trader, Trader]) -> None:
    maker, taker = pair
    maker.order(ETH, is_ask=True, base=5000, price=300000)
    book = maker.get("/api/v1/orderBookOrders", market_id=ETH, limit=10)
    assert book["total_asks"] == 1 and book["asks"][0]["price"] == "3000.00"
    assert book["asks"][0]["remaining_base_amount"] == "0.5000"
    res = taker.order(ETH, is_ask=False, base=2000, price=301000)
    trades = taker.get("/api/v1/recentTrades", market_id=ETH, limit=10)["trades"]
    assert trades[0]["price"] == "3000.00" and trades[0]["size"] == "0.2000"
    assert trades[0]["tx_hash"] == res["tx_hash"] and trades[0]["is_maker_ask"] is True
    assert taker.position(ETH) == "0.2000" and maker.position(ETH) == "-0.2000"
    (open_order,) = maker.active_orders()
    assert open_order["remaining_base_amount"] == "0.3000" and open_order["filled_base_amount"] == "0.2000"
    assert open_order["status"] == "open" and open_order["type"] == "limit"
    (done,) = taker.inactive_orders()
    assert done["status"] == "filled"
    mine = taker.get(
        "/api/v1/trades",
        sort_by="timestamp",
        account_index=taker.account,
        limit=10,
        headers={"authorization": taker.auth()},
    )["trades"]
    assert len(mine) == 1
    txs = taker.get("/api/v1/accountTxs", by="account_index", value=taker.account, limit=10)["txs"]
    assert [t["type"] for t in txs] == [14, 8]
    stats = taker.get("/api/v1/exchangeStats")
    assert stats["daily_trades_count"] == 1
    candles = taker.get(
        "/api/v1/candles",
        market_id=ETH,
        resolution="1m",
        start_timestamp=0,
        end_timestamp=int(time.time() * 1000) + 60_000,  # milliseconds, as the real exchange takes them
        count_back=10,
    )
    assert candles["c"][-1]["c"] == 3000.0 and candles["r"] == "1m"
    details = taker.get("/api/v1/orderBookDetails", market_id=ETH)["order_book_details"][0]
    assert details["last_trade_price"] == 3000.0 and details["size_decimals"] == 4


def test_cancel_modify_and_cancel_all(pair: tuple[Trader, Trader]) -> None:
    t, _ = pair
    t.order(ETH, is_ask=False, base=100, price=290000, coi=77)
    t.order(ETH, is_ask=False, base=100, price=289000)
    t.order(ETH, is_ask=False, base=100, price=288000)
    orders = {o["client_order_index"]: o for o in t.active_orders()}
    assert t.cancel(ETH, 77).status_code == 200  # by client order index
    r = t.cancel(ETH, 77)
    assert r.status_code == 400 and r.json()["message"] == "order not found"
    idx = orders[2]["order_index"] if 2 in orders else sorted(orders.items())[1][1]["order_index"]
    assert t.modify(ETH, idx, 300, 289500).status_code == 200
    mod = [o for o in t.active_orders() if o["order_index"] == idx][0]
    assert mod["price"] == "2895.00" and mod["initial_base_amount"] == "0.0300"
    assert t.cancel_all(1, int(time.time() * 1000) + 60_000).status_code == 200  # scheduled
    assert t.account_body()["cancel_all_time"] > 0
    assert t.cancel_all(2).status_code == 200  # abort
    assert t.account_body()["cancel_all_time"] == 0
    assert t.cancel_all(0, market=SPOT_ETH).status_code == 200  # other market: nothing to cancel
    assert len(t.active_orders()) == 2
    assert t.cancel_all(0).status_code == 200
    assert t.active_orders() == []
    assert {o["status"] for o in t.inactive_orders()} == {"canceled"}


def test_order_types(pair: tuple[Trader, Trader]) -> None:
    a, b = pair
    a.order(ETH, is_ask=True, base=1000, price=300000)
    b.order(ETH, is_ask=True, base=100, price=300000, tif=POST_ONLY)  # rests: post-only on same side
    b.order(ETH, is_ask=False, base=100, price=300000, tif=POST_ONLY)
    statuses = {o["status"] for o in b.inactive_orders()}
    assert "canceled-post-only" in statuses
    b.order(ETH, is_ask=False, base=300, price=310000, type=MARKET, tif=IOC)
    assert b.position(ETH) == "0.0300"
    b.order(
        ETH, is_ask=True, base=100, price=250000, type=STOP_LOSS, tif=IOC, reduce_only=True, trigger=280000
    )
    b.order(
        ETH, is_ask=True, base=100, price=350000, type=TAKE_PROFIT, tif=IOC, reduce_only=True, trigger=320000
    )
    pending = [o for o in b.active_orders() if o["status"] == "pending"]
    assert {o["type"] for o in pending} == {"stop-loss", "take-profit"}
    r = b.send_unchecked(
        b.order_tx(ETH, is_ask=False, base=100, price=300000, type=LIMIT, tif=GTT, trigger=5)
    )
    assert r.status_code == 400 and r.json()["code"] == 20001 and "trigger" in r.json()["message"]
    assert b.next_nonce() == b.nonce


def test_grouped_orders(pair: tuple[Trader, Trader]) -> None:
    a, b = pair
    expiry = int(time.time() * 1000) + 3_600_000
    r = a.grouped(
        3,
        [
            {"market_index": ETH, "base_amount": 1000, "price": 300000, "is_ask": 0, "order_expiry": expiry},
            {
                "market_index": ETH,
                "base_amount": 0,
                "price": 330000,
                "is_ask": 1,
                "type": TAKE_PROFIT,
                "time_in_force": IOC,
                "trigger_price": 320000,
                "reduce_only": 1,
                "order_expiry": expiry,
            },
            {
                "market_index": ETH,
                "base_amount": 0,
                "price": 270000,
                "is_ask": 1,
                "type": STOP_LOSS,
                "time_in_force": IOC,
                "trigger_price": 280000,
                "reduce_only": 1,
                "order_expiry": expiry,
            },
        ],
    )
    assert r.status_code == 200, r.text
    orders = a.active_orders()
    assert len(orders) == 3
    parent = [o for o in orders if o["type"] == "limit"][0]
    assert parent["to_trigger_order_id_0"] != "0" and parent["to_trigger_order_id_1"] != "0"
    b.order(ETH, is_ask=True, base=1000, price=300000)
    children = a.active_orders()
    assert {o["trigger_status"] for o in children} == {"mark-price"}
    assert all(o["to_cancel_order_id_0"] != "0" for o in children)


def test_account_transactions(local_exchange: LocalExchange, pair: tuple[Trader, Trader]) -> None:
    a, b = pair
    env = a.envelope()
    assert a.ok(UpdateLeverage(**env, market_index=ETH, initial_margin_fraction=1000, margin_mode=1))
    pos = [p for p in a.account_body()["positions"] if p["market_id"] == ETH][0]
    assert pos["initial_margin_fraction"] == "10.00" and pos["margin_mode"] == 1
    assert (
        a.send(UpdateLeverage(**env, market_index=ETH, initial_margin_fraction=50, margin_mode=0)).status_code
        == 400
    )
    assert a.ok(UpdateMargin(**env, market_index=ETH, usdc_amount=1_000_000, direction=1))
    assert a.ok(UpdateAccountConfig(**env, account_trading_mode=1))
    assert a.ok(UpdateAccountAssetConfig(**env, asset_index=3, asset_margin_mode=1))
    before = a.account_body()["collateral"]
    assert a.ok(
        Withdraw(
            from_account_index=a.account,
            api_key_index=3,
            expired_at=env["expired_at"],
            asset_index=3,
            route_type=0,
            amount=5_000_000,
        )
    )
    assert float(a.account_body()["collateral"]) == float(before) - 5
    r = a.send(
        Withdraw(
            from_account_index=a.account,
            api_key_index=3,
            expired_at=env["expired_at"],
            asset_index=3,
            route_type=0,
            amount=10**15,
        )
    )
    assert r.status_code == 400 and "collateral" in r.json()["message"]
    # a sub-account of the same owner: transfer without L1 signature, then between routes
    assert a.ok(CreateSubAccount(**env))
    subs = a.get("/api/v1/accountsByL1Address", l1_address=a.creds.l1_address)["sub_accounts"]
    sub = [s for s in subs if s["account_type"] == 1][0]["index"]
    assert sub > a.account
    assert a.ok(
        Transfer(
            from_account_index=a.account,
            api_key_index=3,
            expired_at=env["expired_at"],
            to_account_index=sub,
            asset_index=3,
            amount=7_000_000,
        )
    )
    assert a.get("/api/v1/account", by="index", value=sub)["accounts"][0]["collateral"] == "7.000000"
    assert a.ok(
        Transfer(
            from_account_index=a.account,
            api_key_index=3,
            expired_at=env["expired_at"],
            to_account_index=a.account,
            asset_index=3,
            from_route_type=0,
            to_route_type=1,
            amount=2_000_000,
        )
    )
    assets = {x["symbol"]: x["balance"] for x in a.account_body()["assets"]}
    assert assets["USDC"] == "2.000000"
    # another owner's account needs the L1 signature of the sender
    tx = Transfer(
        from_account_index=a.account,
        api_key_index=3,
        expired_at=env["expired_at"],
        to_account_index=b.account,
        asset_index=3,
        amount=1_000_000,
    )
    r = a.send(tx)
    assert r.status_code == 400 and "L1" in r.json()["message"]
    signed = sign(tx, a.key, chain_id=304, nonce=a.nonce)
    assert signed.message_to_sign is not None
    signed = signed.with_l1_signature(l1_sign(signed.message_to_sign, a.creds.eth_private_key))
    r = a.http.post("/api/v1/sendTx", data={"tx_type": signed.tx_type, "tx_info": signed.tx_info})
    assert r.status_code == 200, r.text
    assert b.account_body()["collateral"] == "100001.000000"


def test_batches(pair: tuple[Trader, Trader]) -> None:
    a, _ = pair
    infos, types = [], []
    for i in range(3):
        tx_type, info, _ = a.signed(a.order_tx(ETH, is_ask=False, base=100, price=280000 + i), a.nonce + i)
        types.append(tx_type)
        infos.append(info)
    r = a.http.post(
        "/api/v1/sendTxBatch", data={"tx_types": json.dumps(types), "tx_infos": json.dumps(infos)}
    )
    assert r.status_code == 200, r.text
    assert r.json()["code"] == 200 and len(r.json()["tx_hash"]) == 3
    a.nonce += 3
    # atomic: a refused tx in the middle leaves nothing applied
    good1 = a.signed(a.order_tx(ETH, is_ask=False, base=100, price=270000), a.nonce)
    bad = a.signed(a.order_tx(ETH, is_ask=False, base=10**9, price=300000), a.nonce + 1)  # no margin
    r = a.http.post(
        "/api/v1/sendTxBatch",
        data={"tx_types": json.dumps([14, 14]), "tx_infos": json.dumps([good1[1], bad[1]])},
    )
    assert r.status_code == 400 and "margin" in r.json()["message"]
    assert len(a.active_orders()) == 3 and a.next_nonce() == a.nonce
    # nonce gap inside the batch
    gap = a.signed(a.order_tx(ETH, is_ask=False, base=100, price=270000), a.nonce + 2)
    r = a.http.post(
        "/api/v1/sendTxBatch",
        data={"tx_types": json.dumps([14, 14]), "tx_infos": json.dumps([good1[1], gap[1]])},
    )
    assert r.status_code == 400 and r.json()["code"] == 21104
    too_many = [good1[1]] * 51
    r = a.http.post(
        "/api/v1/sendTxBatch", data={"tx_types": json.dumps([14] * 51), "tx_infos": json.dumps(too_many)}
    )
    assert r.status_code == 400 and "too many" in r.json()["message"]
    for form in (
        {"tx_types": "[14", "tx_infos": "[]"},
        {"tx_types": "[14]", "tx_infos": "[]"},
        {"tx_types": "14", "tx_infos": json.dumps([good1[1]])},
        {"tx_types": "[]", "tx_infos": "[]"},
    ):
        r = a.http.post("/api/v1/sendTxBatch", data=form)
        assert r.status_code == 400 and r.json()["code"] == 20001, form
    assert len(a.active_orders()) == 3 and a.next_nonce() == a.nonce


def test_invalid_amounts_and_markets(pair: tuple[Trader, Trader]) -> None:
    a, _ = pair
    r = a.send_unchecked(a.order_tx(ETH, is_ask=False, base=0, price=300000))
    assert r.status_code == 400 and r.json()["code"] == 21701
    r = a.send(a.order_tx(ETH, is_ask=False, base=10, price=300000))  # below the 0.0050 minimum
    assert r.status_code == 400 and r.json()["code"] == 21701
    r = a.send(a.order_tx(77, is_ask=False, base=100, price=300000))
    assert r.status_code == 400 and "market" in r.json()["message"]
    r = a.send_unchecked(a.order_tx(ETH, is_ask=False, base=100, price=0))
    assert r.status_code == 400
    import attrs

    expired = attrs.evolve(
        a.order_tx(ETH, is_ask=False, base=100, price=300000), expired_at=int(time.time() * 1000) - 1000
    )
    r = a.send(expired)
    assert r.status_code == 400 and "expired" in r.json()["message"]
    assert a.next_nonce() == a.nonce and a.active_orders() == []
    assert a.send(a.order_tx(ETH, is_ask=False, base=100, price=300000)).status_code == 200
