"""Onboarding as on the real exchange; refused transactions get the real error shape and change nothing."""

from __future__ import annotations

import json

import httpx
from eth_account import Account

from lighter.signing import PrivateKey, l1_sign
from lighter.testing import LocalExchange
from lighter.transactions import ChangePubKey, default_expired_at, sign

from .helpers import ETH, Trader, tx_info_with_spaces

ETH_KEY = "0x" + "42" * 32


def change_pub_key(
    lx: LocalExchange, account: int, key: PrivateKey, eth_key: str, *, nonce: int = 0, api_key_index: int = 3
) -> tuple[int, str]:
    tx = ChangePubKey(
        account_index=account,
        api_key_index=api_key_index,
        pub_key=key.public_key.to_bytes(),
        expired_at=default_expired_at(),
    )
    signed = sign(tx, key, chain_id=lx.chain_id, nonce=nonce)
    assert signed.message_to_sign is not None
    signed = signed.with_l1_signature(l1_sign(signed.message_to_sign, eth_key))
    return signed.tx_type, signed.tx_info


def test_onboarding_like_the_real_exchange(local_exchange: LocalExchange) -> None:
    lx = local_exchange
    l1 = Account.from_key(ETH_KEY).address
    with httpx.Client(base_url=lx.base_url) as http:
        r = http.get("/api/v1/accountsByL1Address", params={"l1_address": l1})
        assert r.status_code == 400 and r.json()["code"] == 21100
        r = http.post("/sim/v1/deposit", data={"l1_address": l1, "asset_index": "3", "amount": "5000000000"})
        assert r.status_code == 200, r.text
        body = http.get("/api/v1/accountsByL1Address", params={"l1_address": l1.lower()}).json()
        assert body["code"] == 200
        account = body["sub_accounts"][0]["index"]
        assert account > 0 and body["sub_accounts"][0]["collateral"] == "5000.000000"
        assert http.get("/api/v1/apikeys", params={"account_index": account}).json() == {
            "code": 200,
            "api_keys": [],
        }
        nonce = http.get("/api/v1/nextNonce", params={"account_index": account, "api_key_index": 3}).json()
        assert nonce == {"code": 200, "nonce": 0}
        key = PrivateKey.generate()
        tx_type, tx_info = change_pub_key(lx, account, key, ETH_KEY)
        # the official SDK re-serialises tx_info with spaces after inserting L1Sig
        r = http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": tx_info_with_spaces(tx_info)})
        assert r.status_code == 200, r.text
        assert r.json()["code"] == 200 and len(r.json()["tx_hash"]) == 80
        keys = http.get("/api/v1/apikeys", params={"account_index": account}).json()
        assert keys["code"] == 200
        assert keys["api_keys"][0]["public_key"] == key.public_key.hex()  # bare lowercase hex
        assert not keys["api_keys"][0]["public_key"].startswith("0x")
        assert keys["api_keys"][0]["api_key_index"] == 3 and keys["api_keys"][0]["nonce"] == 1
        one = http.get("/api/v1/apikeys", params={"account_index": account, "api_key_index": 3}).json()
        assert one == keys
        tx = http.get("/api/v1/tx", params={"by": "hash", "value": r.json()["tx_hash"]}).json()
        assert tx["type"] == 8 and tx["account_index"] == account


def test_change_pub_key_needs_the_owners_l1_signature(local_exchange: LocalExchange) -> None:
    lx = local_exchange
    account = lx.deposit(Account.from_key(ETH_KEY).address, 100)
    key = PrivateKey.generate()
    with httpx.Client(base_url=lx.base_url) as http:
        tx_type, tx_info = change_pub_key(lx, account, key, "0x" + "43" * 32)  # somebody else's L1 key
        r = http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": tx_info})
        assert r.status_code == 400
        assert set(r.json()) == {"code", "message"} and "L1 signature" in r.json()["message"]
        obj = json.loads(change_pub_key(lx, account, key, ETH_KEY)[1])
        obj["L1Sig"] = ""
        r = http.post("/api/v1/sendTx", data={"tx_type": 8, "tx_info": json.dumps(obj)})
        assert r.status_code == 400
        assert http.get("/api/v1/apikeys", params={"account_index": account}).json()["api_keys"] == []
        assert (
            http.get("/api/v1/nextNonce", params={"account_index": account, "api_key_index": 3}).json()[
                "nonce"
            ]
            == 0
        )


def test_wrong_nonce_is_refused_and_next_nonce_does_not_move(onboard_account) -> None:
    t = Trader(onboard_account())
    before = t.next_nonce()
    for bad in (before + 1, before - 1, before + 100):
        r = t.send(t.order_tx(ETH, is_ask=False, base=100, price=290000), nonce=bad)
        assert r.status_code == 400 and r.json() == {"code": 21104, "message": "invalid nonce"}
    assert t.next_nonce() == before
    t.order(ETH, is_ask=False, base=100, price=290000)
    assert t.next_nonce() == before + 1


def test_replayed_transaction_is_refused(onboard_account) -> None:
    t = Trader(onboard_account())
    tx_type, tx_info, _ = t.signed(t.order_tx(ETH, is_ask=False, base=100, price=290000))
    first = t.http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": tx_info})
    assert first.status_code == 200
    again = t.http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": tx_info})
    assert again.status_code == 400 and again.json()["code"] == 21104
    assert len(t.active_orders()) == 1


def test_bad_signatures(onboard_account) -> None:
    t = Trader(onboard_account())
    tx_type, tx_info, _ = t.signed(t.order_tx(ETH, is_ask=False, base=100, price=290000))
    obj = json.loads(tx_info)
    obj["Price"] = 290001  # signed message no longer matches
    r = t.http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": json.dumps(obj)})
    assert r.status_code == 400 and r.json() == {"code": 21120, "message": "invalid signature"}
    other = PrivateKey.generate()
    s = sign(t.order_tx(ETH, is_ask=False, base=100, price=290000), other, chain_id=304, nonce=t.nonce)
    r = t.http.post("/api/v1/sendTx", data={"tx_type": s.tx_type, "tx_info": s.tx_info})
    assert r.status_code == 400 and r.json()["code"] == 21120
    s = sign(t.order_tx(ETH, is_ask=False, base=100, price=290000), t.key, chain_id=300, nonce=t.nonce)
    r = t.http.post("/api/v1/sendTx", data={"tx_type": s.tx_type, "tx_info": s.tx_info})
    assert r.status_code == 400 and r.json()["code"] == 21120  # signed for another chain
    obj = json.loads(tx_info)
    obj["Sig"] = None
    r = t.http.post("/api/v1/sendTx", data={"tx_type": tx_type, "tx_info": json.dumps(obj)})
    assert r.status_code == 400 and r.json()["code"] == 21120
    assert t.active_orders() == [] and t.next_nonce() == t.nonce


def test_unregistered_key_and_unknown_account(onboard_account) -> None:
    t = Trader(onboard_account())
    tx = t.order_tx(ETH, is_ask=False, base=100, price=290000)
    import attrs

    r = t.send(attrs.evolve(tx, api_key_index=4), nonce=0)
    assert r.status_code == 400 and "api key" in r.json()["message"]
    r = t.send(attrs.evolve(tx, account_index=999_999), nonce=0)
    assert r.status_code == 400 and r.json() == {"code": 21100, "message": "account not found"}


def test_malformed_requests(onboard_account) -> None:
    t = Trader(onboard_account())
    good_type, good_info, _ = t.signed(t.order_tx(ETH, is_ask=False, base=100, price=290000))
    cases = [
        ({"tx_type": "14"}, 20001),
        ({"tx_info": good_info}, 20001),
        ({"tx_type": "abc", "tx_info": good_info}, 20001),
        ({"tx_type": "14", "tx_info": "{not json"}, 20001),
        ({"tx_type": "14", "tx_info": "[1,2]"}, 20001),
        ({"tx_type": "14", "tx_info": json.dumps({"AccountIndex": 1})}, 20001),
        ({"tx_type": "15", "tx_info": good_info}, 20001),  # wrong type for this body
        ({"tx_type": "3", "tx_info": good_info}, 21511),  # not user-sendable
        ({"tx_type": "999", "tx_info": good_info}, 21511),
        ({"tx_type": "14", "tx_info": good_info, "price_protection": "maybe"}, 20001),
    ]
    for form, code in cases:
        r = t.http.post("/api/v1/sendTx", data=form)
        assert r.status_code == 400, (form, r.text)
        assert r.json()["code"] == code, (form, r.json())
        assert isinstance(r.json()["message"], str) and r.json()["message"]
    r = t.http.post("/api/v1/sendTx", content=b"\xff\xfe", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["code"] == 20001
    r = t.http.post("/api/v1/sendTx", content=b"<xml/>", headers={"content-type": "text/xml"})
    assert r.status_code == 400
    for path, params in [
        ("/api/v1/nextNonce", {"account_index": "x", "api_key_index": 3}),
        ("/api/v1/orderBookOrders", {"market_id": 77, "limit": 10}),
        ("/api/v1/orderBookOrders", {"market_id": 0}),
        ("/api/v1/account", {"by": "nope", "value": 1}),
        (
            "/api/v1/candles",
            {"market_id": 0, "resolution": "7m", "start_timestamp": 0, "end_timestamp": 1, "count_back": 1},
        ),
    ]:
        r = t.http.get(path, params=params)
        assert r.status_code == 400 and set(r.json()) == {"code", "message"}, (path, r.text)
    # the server is still fine and nothing moved
    assert t.next_nonce() == t.nonce and t.active_orders() == []
    assert t.http.post("/api/v1/sendTx", data={"tx_type": good_type, "tx_info": good_info}).status_code == 200
