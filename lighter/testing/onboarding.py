"""Onboard an account on a local exchange exactly as a real client does, over HTTP.

deposit (admin route) -> look the account up by L1 address -> generate an API key -> ChangePubKey signed by
the new key with the owner's L1 signature -> credentials ready for trading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx

from lighter import _json


@dataclass(frozen=True)
class Credentials:
    """Everything a client needs to trade as one account. Secrets are hidden from repr."""

    base_url: str
    ws_url: str
    chain_id: int
    account_index: int
    api_key_index: int
    l1_address: str
    api_private_key: str = field(repr=False)
    eth_private_key: str = field(repr=False)

    def as_env(self) -> dict[str, str]:
        """``LIGHTER_*`` environment variables for ``Lighter.from_env()``."""
        return {
            "LIGHTER_BASE_URL": self.base_url,
            "LIGHTER_CHAIN_ID": str(self.chain_id),
            "LIGHTER_ACCOUNT_INDEX": str(self.account_index),
            "LIGHTER_API_KEY_INDEX": str(self.api_key_index),
            "LIGHTER_API_PRIVATE_KEY": self.api_private_key,
            "LIGHTER_ETH_PRIVATE_KEY": self.eth_private_key,
        }


def _check(resp: httpx.Response, what: str) -> dict[str, Any]:
    body: dict[str, Any] = _json.loads(resp.content)
    if resp.status_code != 200 or body.get("code", 200) != 200:
        raise RuntimeError(f"{what} failed: HTTP {resp.status_code} {body}")
    return body


def onboard(
    base_url: str,
    *,
    chain_id: int = 304,
    usdc: int | float | str | Decimal = 10_000,
    eth_private_key: str | None = None,
    api_key_index: int = 3,
    ws_url: str | None = None,
    timeout: float = 10.0,
) -> Credentials:
    """Create, fund and key an account on the local exchange at ``base_url``; returns its credentials."""
    from lighter.signing import PrivateKey, l1_sign
    from lighter.signing.l1 import eth_account
    from lighter.transactions import ChangePubKey, default_expired_at, sign

    Account = eth_account()

    if eth_private_key is None:
        eth_private_key = "0x" + Account.create().key.hex().removeprefix("0x")
    l1_address = Account.from_key(eth_private_key).address
    amount = int(Decimal(str(usdc)) * 10**6)
    with httpx.Client(base_url=base_url, timeout=timeout) as http:
        _check(
            http.post("/sim/v1/deposit", json={"l1_address": l1_address, "asset_index": 3, "amount": amount}),
            "deposit",
        )
        found = _check(
            http.get("/api/v1/accountsByL1Address", params={"l1_address": l1_address}), "accountsByL1Address"
        )
        account_index = min(a["index"] for a in found["sub_accounts"] if a["account_type"] == 0)
        key = PrivateKey.generate()
        nonce = _check(
            http.get(
                "/api/v1/nextNonce", params={"account_index": account_index, "api_key_index": api_key_index}
            ),
            "nextNonce",
        )["nonce"]
        tx = ChangePubKey(
            account_index=account_index,
            api_key_index=api_key_index,
            pub_key=key.public_key.to_bytes(),
            expired_at=default_expired_at(),
        )
        signed = sign(tx, key, chain_id=chain_id, nonce=nonce)
        assert signed.message_to_sign is not None
        signed = signed.with_l1_signature(l1_sign(signed.message_to_sign, eth_private_key))
        _check(
            http.post("/api/v1/sendTx", data={"tx_type": str(signed.tx_type), "tx_info": signed.tx_info}),
            "ChangePubKey",
        )
    if ws_url is None:
        ws_url = base_url.replace("http://", "ws://").replace("https://", "wss://") + "/stream"
    return Credentials(
        base_url, ws_url, chain_id, account_index, api_key_index, l1_address, key.to_hex(), eth_private_key
    )
