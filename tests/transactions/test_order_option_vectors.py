"""`integrator=` and `self_trade=` sign exactly as the official signer signs the same choices.

tests/data/order_option_vectors.json was made by scripts/make-order-option-vectors with the lighter-sdk 1.1.8
wheel's signer library: each vector names what a user of this SDK passes and what the official signer made of
the matching C-API integers (its tx_info and tx_hash, or its refusal).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from lighter import transactions as T
from lighter._errors import InvalidInputError
from lighter.resources._order_options import Integrator, SelfTrade, order_options
from lighter.signing import PrivateKey, verify

DOC = json.loads((Path(__file__).resolve().parents[1] / "data" / "order_option_vectors.json").read_text())
VECTORS: list[dict[str, Any]] = DOC["vectors"]
OK = [v for v in VECTORS if v["err"] is None]
REFUSED = [v for v in VECTORS if v["err"] is not None]
KEY = PrivateKey.from_hex(DOC["private_key"])


def _ids(vs: list[dict[str, Any]]) -> list[str]:
    return [f"{v['kind']}: {v['label']}" for v in vs]


def _our_arguments(v: dict[str, Any]) -> dict[str, Any]:
    ours = v["ours"]
    out: dict[str, Any] = {}
    if "integrator" in ours:
        index, taker, maker = ours["integrator"]
        out["integrator"] = Integrator(index, taker_fee=taker, maker_fee=maker)
    if "self_trade" in ours:
        out["self_trade"] = SelfTrade(*ours["self_trade"])
    return out


def _tx(v: dict[str, Any], attributes: Any) -> T.Tx:
    official = json.loads(v["tx_info"])
    common = {
        "account_index": DOC["account_index"],
        "api_key_index": DOC["api_key_index"],
        "nonce": v["nonce"],
        "expired_at": official["ExpiredAt"],  # the signer's clock; not what is being tested
        "attributes": attributes,
    }
    if v["kind"] == "create_order":
        fields = dict(v["order"])
        fields["type"] = fields.pop("order_type")
        return T.CreateOrder(**common, **fields)
    if v["kind"] == "oco":
        legs = []
        for leg in v["legs"]:
            leg = dict(leg)
            leg["type"] = leg.pop("order_type")
            legs.append(T.OrderInfo(**leg))
        return T.CreateGroupedOrders(**common, grouping_type=2, orders=legs)
    return T.ModifyOrder(**common, **v["modify"])


def _without_sig(tx_info: str) -> dict[str, Any]:
    obj: dict[str, Any] = json.loads(tx_info)
    obj.pop("Sig")
    return obj


def test_the_vectors_cover_every_mode_and_path() -> None:
    assert {v["kind"] for v in OK} == {"create_order", "oco", "modify_order"}
    modes = {tuple(v["ours"]["self_trade"]) for v in VECTORS if "self_trade" in v["ours"]}
    assert {m for m, _ in modes} == {"expire_maker", "expire_taker", "expire_both", "reduce"}
    assert {s for _, s in modes} == {"account", "master_account"}
    assert len(REFUSED) >= 3


@pytest.mark.parametrize("v", OK, ids=_ids(OK))
def test_signed_like_the_official_signer(v: dict[str, Any]) -> None:
    options = order_options(**_our_arguments(v))
    ints = [options.integrator, options.taker_fee, options.maker_fee, options.self_trade_mode]
    assert [*ints, options.self_trade_scope] == v["c_args"]
    signed = T.sign(_tx(v, options.attributes()), KEY, chain_id=DOC["chain_id"])
    assert signed.tx_type == v["tx_type"]
    assert signed.tx_hash == v["tx_hash"]
    assert _without_sig(signed.tx_info) == _without_sig(v["tx_info"])
    assert list(json.loads(signed.tx_info)) == list(json.loads(v["tx_info"]))  # same keys, same order
    sig = base64.b64decode(json.loads(signed.tx_info)["Sig"])
    assert verify(KEY.public_key.hex(), bytes.fromhex(signed.tx_hash), sig)


@pytest.mark.parametrize("v", REFUSED, ids=_ids(REFUSED))
def test_refused_before_signing_where_the_official_signer_refuses(v: dict[str, Any]) -> None:
    args = _our_arguments(v)
    if not args:  # fees without an integrator cannot be spelled with Integrator; an index 0 is the same
        args = {"integrator": Integrator(0, taker_fee="0.0005")}
    with pytest.raises(InvalidInputError) as info:
        order_options(**args)
    text = str(info.value)
    assert "integrator" in text or "self_trade" in text
