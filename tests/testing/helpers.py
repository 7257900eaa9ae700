"""A minimal signed-transaction client for the local-exchange tests (httpx + lighter.transactions).

The SDK's own client is tested elsewhere; these tests speak the wire protocol directly.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from lighter.signing import PrivateKey, create_auth_token
from lighter.testing.onboarding import Credentials
from lighter.transactions import (
    CancelAllOrders,
    CancelOrder,
    CreateGroupedOrders,
    CreateOrder,
    ModifyOrder,
    OrderInfo,
    Tx,
    default_expired_at,
    sign,
)

ETH, BTC, SOL, SPOT_ETH = 0, 1, 2, 2048
LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT = range(6)
IOC, GTT, POST_ONLY = 0, 1, 2


class Trader:
    """Signs and sends transactions for one account, tracking its nonce locally."""

    def __init__(self, creds: Credentials) -> None:
        self.creds = creds
        self.key = PrivateKey.from_hex(creds.api_private_key)
        self.http = httpx.Client(base_url=creds.base_url, timeout=10)
        self.nonce = self.get(
            "/api/v1/nextNonce", account_index=self.account, api_key_index=creds.api_key_index
        )["nonce"]
        self.coi = 0

    @property
    def account(self) -> int:
        return self.creds.account_index

    def close(self) -> None:
        self.http.close()

    # ----------------------------------------------------------- raw HTTP
    def get(self, path: str, *, headers: dict[str, str] | None = None, **params: Any) -> Any:
        resp = self.http.get(path, params=params, headers=headers)
        assert resp.status_code == 200, resp.text
        return resp.json()

    def get_raw(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params)

    def auth(self) -> str:
        import time

        return create_auth_token(
            self.key,
            account_index=self.account,
            api_key_index=self.creds.api_key_index,
            deadline=int(time.time()) + 600,
        )

    # ----------------------------------------------------------- signing
    def signed(self, tx: Tx, nonce: int | None = None) -> tuple[int, str, str]:
        s = sign(tx, self.key, chain_id=self.creds.chain_id, nonce=self.nonce if nonce is None else nonce)
        return s.tx_type, s.tx_info, s.tx_hash

    def signed_unchecked(self, tx: Tx) -> tuple[int, str]:
        """Sign without the client-side validation, to check that the server refuses bad fields itself."""
        import attrs

        tx = attrs.evolve(tx, nonce=self.nonce)  # type: ignore[misc]
        tx = attrs.evolve(tx, sig=self.key.sign(tx.hash(self.creds.chain_id)))  # type: ignore[misc]
        return int(tx.tx_type), tx.to_tx_info()

    def send_unchecked(self, tx: Tx) -> httpx.Response:
        tx_type, tx_info = self.signed_unchecked(tx)
        return self.http.post("/api/v1/sendTx", data={"tx_type": str(tx_type), "tx_info": tx_info})

    def send(self, tx: Tx, *, nonce: int | None = None) -> httpx.Response:
        """Sign with the next nonce and POST sendTx; the local nonce advances only on HTTP 200."""
        tx_type, tx_info, _ = self.signed(tx, nonce)
        resp = self.http.post("/api/v1/sendTx", data={"tx_type": str(tx_type), "tx_info": tx_info})
        if resp.status_code == 200 and nonce is None:
            self.nonce += 1
        return resp

    def ok(self, tx: Tx) -> dict[str, Any]:
        resp = self.send(tx)
        assert resp.status_code == 200, resp.text
        body: dict[str, Any] = resp.json()
        assert body["code"] == 200
        return body

    def envelope(self) -> dict[str, Any]:
        return {
            "account_index": self.account,
            "api_key_index": self.creds.api_key_index,
            "expired_at": default_expired_at(),
        }

    def next_coi(self) -> int:
        self.coi += 1
        return self.coi

    def order_tx(
        self,
        market: int,
        *,
        is_ask: bool,
        base: int,
        price: int,
        type: int = LIMIT,
        tif: int = GTT,
        reduce_only: bool = False,
        trigger: int = 0,
        coi: int | None = None,
        expiry: int | None = None,
        attributes: dict[int, int] | None = None,
    ) -> CreateOrder:
        import time

        if expiry is None:
            expiry = 0 if tif == IOC and type in (LIMIT, MARKET) else int(time.time() * 1000) + 3_600_000
        kwargs: dict[str, Any] = {}
        if attributes:
            kwargs["attributes"] = attributes
        return CreateOrder(
            **self.envelope(),
            market_index=market,
            client_order_index=self.next_coi() if coi is None else coi,
            base_amount=base,
            price=price,
            is_ask=int(is_ask),
            type=type,
            time_in_force=tif,
            reduce_only=int(reduce_only),
            trigger_price=trigger,
            order_expiry=expiry,
            **kwargs,
        )

    def order(self, market: int, **kw: Any) -> dict[str, Any]:
        return self.ok(self.order_tx(market, **kw))

    def cancel(self, market: int, index: int) -> httpx.Response:
        return self.send(CancelOrder(**self.envelope(), market_index=market, index=index))

    def cancel_all(self, tif: int = 0, time_ms: int = 0, market: int | None = None) -> httpx.Response:
        kwargs: dict[str, Any] = {}
        if market is not None:
            kwargs["attributes"] = {5: market}
        return self.send(CancelAllOrders(**self.envelope(), time_in_force=tif, time=time_ms, **kwargs))

    def modify(self, market: int, index: int, base: int, price: int, trigger: int = 0) -> httpx.Response:
        return self.send(
            ModifyOrder(
                **self.envelope(),
                market_index=market,
                index=index,
                base_amount=base,
                price=price,
                trigger_price=trigger,
            )
        )

    def grouped(self, grouping: int, orders: list[dict[str, Any]]) -> httpx.Response:
        infos = [OrderInfo(**o) for o in orders]
        return self.send(CreateGroupedOrders(**self.envelope(), grouping_type=grouping, orders=infos))

    # ----------------------------------------------------------- reads
    def active_orders(self, market: int = 255) -> list[dict[str, Any]]:
        body = self.get(
            "/api/v1/accountActiveOrders",
            account_index=self.account,
            market_id=market,
            headers={"authorization": self.auth()},
        )
        return list(body["orders"])

    def inactive_orders(self, market: int = 255) -> list[dict[str, Any]]:
        body = self.get(
            "/api/v1/accountInactiveOrders",
            account_index=self.account,
            market_id=market,
            limit=100,
            headers={"authorization": self.auth()},
        )
        return list(body["orders"])

    def account_body(self) -> dict[str, Any]:
        body = self.get("/api/v1/account", by="index", value=self.account)
        return dict(body["accounts"][0])

    def position(self, market: int) -> str:
        for p in self.account_body()["positions"]:
            if p["market_id"] == market:
                sign = "-" if p["sign"] < 0 and p["position"].strip("0.") else ""
                return sign + p["position"]
        return "0"

    def next_nonce(self) -> int:
        return int(
            self.get("/api/v1/nextNonce", account_index=self.account, api_key_index=self.creds.api_key_index)[
                "nonce"
            ]
        )


def tx_info_with_spaces(tx_info: str) -> str:
    """Re-serialise as Python's json.dumps does by default (the official SDK does this for L1Sig)."""
    return json.dumps(json.loads(tx_info))
