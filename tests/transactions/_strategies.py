"""Hypothesis strategies: random VALID transactions of every type (SPEC §9.26 ranges)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from lighter import transactions as T

from ._vectors import KNOWN_KEYS

MAX_I64 = 2**63 - 1
ints = st.integers


def _market() -> st.SearchStrategy[int]:
    return st.one_of(ints(0, 254), ints(256, 2**48 - 1))


def _envelope(account_key: str = "account_index") -> dict[str, st.SearchStrategy[Any]]:
    return {
        account_key: ints(1, 2**48 - 2),  # the signing account: the official signer refuses 0 and -1
        "api_key_index": ints(0, 254),
        "nonce": ints(0, MAX_I64),
        "expired_at": ints(0, 2**48 - 1),
        "sig": st.one_of(st.none(), st.binary(min_size=80, max_size=80)),
    }


def _public_key() -> st.SearchStrategy[bytes]:
    """Valid public keys (curve points that are some private key's): the vectors' keys."""
    return st.sampled_from(sorted(bytes.fromhex(k) for k in KNOWN_KEYS))


def _skip_nonce() -> st.SearchStrategy[T.TxAttributes]:
    return st.sampled_from([T.TxAttributes(), T.TxAttributes(skip_nonce=1)])


@st.composite
def order_attributes(draw: st.DrawFn, *, modify: bool = False) -> T.TxAttributes:
    kwargs: dict[str, int] = {}
    if draw(st.booleans()):
        kwargs["skip_nonce"] = 1
    mode = draw(st.sampled_from(["none", "integrator", "self_trade"]))
    if mode == "integrator":
        kwargs["integrator_account_index"] = draw(ints(1, 2**48 - 2))
        kwargs["integrator_taker_fee"] = draw(ints(0, 1_000_000))
        kwargs["integrator_maker_fee"] = draw(ints(0, 1_000_000))
    elif mode == "self_trade":
        behaviour = draw(ints(0, 3))
        kwargs["self_trade_behavior_mode"] = behaviour
        kwargs["self_trade_equality_mode"] = draw(ints(0, 0 if behaviour == 3 else 1))
    if modify and draw(st.booleans()) and sum(1 for v in kwargs.values() if v) < 4:
        kwargs["order_version"] = draw(ints(1, 2**48 - 1))
    return T.TxAttributes(**kwargs)


@st.composite
def order_fields(draw: st.DrawFn, kind: int | None = None, market: int | None = None) -> dict[str, int]:
    """Ten order fields forming a valid order of ``kind`` (random if None)."""
    OT, F = T.OrderType, T.TimeInForce
    kind = draw(st.sampled_from(list(OT))) if kind is None else kind
    expiry = draw(ints(1, MAX_I64))
    trigger = draw(ints(1, 2**32 - 1))
    if kind == OT.MARKET:
        tif, trigger, expiry = F.IMMEDIATE_OR_CANCEL, 0, 0
    elif kind == OT.LIMIT:
        tif = draw(st.sampled_from(list(F)))
        trigger = 0
        expiry = 0 if tif == F.IMMEDIATE_OR_CANCEL else expiry
    elif kind in (OT.STOP_LOSS, OT.TAKE_PROFIT):
        tif = F.IMMEDIATE_OR_CANCEL
    elif kind in (OT.STOP_LOSS_LIMIT, OT.TAKE_PROFIT_LIMIT):
        tif = draw(st.sampled_from(list(F)))
    else:  # TWAP
        tif, trigger = F.GOOD_TILL_TIME, 0
    reduce_only = draw(ints(0, 1))
    return {
        "market_index": draw(_market()) if market is None else market,
        "client_order_index": draw(ints(0, 2**48 - 1)),
        "base_amount": draw(ints(0 if reduce_only else 1, 2**48 - 1)),
        "price": draw(ints(1, 2**32 - 1)),
        "is_ask": draw(ints(0, 1)),
        "type": kind,
        "time_in_force": tif,
        "reduce_only": reduce_only,
        "trigger_price": trigger,
        "order_expiry": expiry,
    }


@st.composite
def create_order(draw: st.DrawFn) -> T.CreateOrder:
    env = draw(st.fixed_dictionaries(_envelope()))
    return T.CreateOrder(**env, **draw(order_fields()), attributes=draw(order_attributes()))


@st.composite
def grouped_orders(draw: st.DrawFn) -> T.CreateGroupedOrders:
    OT = T.OrderType
    env = draw(st.fixed_dictionaries(_envelope()))
    grouping = draw(st.sampled_from([1, 2, 3]))
    market = draw(_market())
    expiry = draw(ints(1, MAX_I64))
    sl, tp = (
        draw(st.sampled_from([OT.STOP_LOSS, OT.STOP_LOSS_LIMIT])),
        draw(st.sampled_from([OT.TAKE_PROFIT, OT.TAKE_PROFIT_LIMIT])),
    )
    if grouping == 2:  # OCO: same size, side, expiry; both reduce-only
        side, size = draw(ints(0, 1)), draw(ints(1, 2**48 - 1))
        same = {"is_ask": side, "base_amount": size, "reduce_only": 1, "order_expiry": expiry}
        children = [{**draw(order_fields(k, market)), **same} for k in draw(st.permutations([sl, tp]))]
        orders = children
    else:
        parent = draw(order_fields(draw(st.sampled_from([OT.MARKET, OT.LIMIT])), market))
        if parent["order_expiry"]:
            expiry = parent["order_expiry"]
        kinds = [draw(st.sampled_from([sl, tp]))] if grouping == 1 else draw(st.permutations([sl, tp]))
        child = {"is_ask": 1 - parent["is_ask"], "base_amount": 0, "reduce_only": 1, "order_expiry": expiry}
        orders = [parent] + [{**draw(order_fields(k, market)), **child} for k in kinds]
    return T.CreateGroupedOrders(
        **env,
        grouping_type=grouping,
        orders=[T.OrderInfo(**o) for o in orders],
        attributes=draw(order_attributes()),
    )


def _simple(cls: type[T.Tx], account_key: str = "account_index", **fields: Any) -> st.SearchStrategy[T.Tx]:
    env = {**_envelope(account_key), "attributes": _skip_nonce(), **fields}
    return st.builds(cls, **env)


@st.composite
def cancel_all(draw: st.DrawFn) -> T.CancelAllOrders:
    env = draw(st.fixed_dictionaries(_envelope()))
    tif = draw(ints(0, 2))
    time = draw(ints(1, MAX_I64)) if tif == 1 else 0
    attrs: dict[str, int] = {}
    if draw(st.booleans()):
        attrs["cancel_all_market_index"] = draw(ints(0, 2**48 - 1))
    if draw(st.booleans()):
        attrs["skip_nonce"] = 1
    return T.CancelAllOrders(**env, time_in_force=tif, time=time, attributes=T.TxAttributes(**attrs))


@st.composite
def approve_integrator(draw: st.DrawFn) -> T.ApproveIntegrator:
    env = draw(st.fixed_dictionaries({**_envelope(), "l1_sig": _l1_sig(), "attributes": _skip_nonce()}))
    fees = [draw(ints(0, 1_000_000)) for _ in range(4)]
    expiry = draw(ints(1, 2**48 - 1)) if any(fees) else draw(ints(0, 2**48 - 1))
    names = ["max_perps_taker_fee", "max_perps_maker_fee", "max_spot_taker_fee", "max_spot_maker_fee"]
    return T.ApproveIntegrator(
        **env,
        integrator_account_index=draw(ints(-1, 2**48 - 2)),
        approval_expiry=expiry,
        **dict(zip(names, fees, strict=True)),
    )


def _l1_sig() -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), st.binary(min_size=65, max_size=65).map(lambda b: "0x" + b.hex()))


@st.composite
def _limits(draw: st.DrawFn) -> dict[str, int]:
    min_quote = draw(ints(0, 2**40))
    order_quote = draw(ints(min_quote, 2**48))
    return {
        "taker_fee": draw(ints(0, 1_000_000)),
        "maker_fee": draw(ints(0, 1_000_000)),
        "min_base_amount": draw(ints(0, 2**48)),
        "min_quote_amount": min_quote,
        "order_quote_limit": order_quote,
        "open_interest_limit": draw(ints(order_quote, 2**56 - 1)),
        "is_frozen": draw(ints(0, 1)),
    }


@st.composite
def _window(draw: st.DrawFn) -> dict[str, int]:
    start = draw(ints(0, 2**48 - 2))
    return {"start_timestamp": start, "end_timestamp": draw(ints(start + 1, 2**48 - 1))}


@st.composite
def bo_create(draw: st.DrawFn) -> T.BinaryOptionsCreateMarket:
    env = draw(st.fixed_dictionaries({**_envelope(), "attributes": _skip_nonce()}))
    size_decimals = draw(ints(0, 6))
    price_decimals = draw(ints(0, 6 - size_decimals))
    cap = draw(ints(1, MAX_I64 // 10 ** (12 - size_decimals - price_decimals)))  # size multiplier fits int64
    return T.BinaryOptionsCreateMarket(
        **env,
        **draw(_window()),
        **draw(_limits()),
        market_index=draw(ints(1000, 2000)),
        settlement_cap=cap,
        settlement_type=draw(ints(0, 1)),
        default_price=draw(ints(0, cap)),
        symbol=draw(st.binary(max_size=31).map(lambda b: b.replace(b"\0", b"x"))),
        size_decimals=size_decimals,
        price_decimals=price_decimals,
    )


@st.composite
def bo_update(draw: st.DrawFn) -> T.BinaryOptionsUpdateMarket:
    env = draw(st.fixed_dictionaries({**_envelope(), "attributes": _skip_nonce()}))
    return T.BinaryOptionsUpdateMarket(
        **env,
        **draw(_window()),
        **draw(_limits()),
        market_index=draw(ints(1000, 2000)),
        public_market_index=draw(_market()),
    )


@st.composite
def bo_settle(draw: st.DrawFn) -> T.BinaryOptionsSettleMarket:
    env = draw(st.fixed_dictionaries({**_envelope(), "attributes": _skip_nonce()}))
    refund = draw(ints(0, 1))
    return T.BinaryOptionsSettleMarket(
        **env,
        market_index=draw(ints(1000, 2000)),
        public_market_index=draw(_market()),
        settlement_price=0 if refund else draw(ints(0, MAX_I64)),
        is_refund=refund,
    )


_POOL = ints(2**47, 2**48 - 2)
_SHARES = ints(1, 2**60 - 1)

STRATEGIES: dict[type[T.Tx], st.SearchStrategy[Any]] = {
    T.CreateOrder: create_order(),
    T.CreateGroupedOrders: grouped_orders(),
    T.CancelOrder: _simple(T.CancelOrder, market_index=_market(), index=ints(1, 2**60 - 1)),
    T.CancelAllOrders: cancel_all(),
    T.ModifyOrder: _simple(
        T.ModifyOrder,
        market_index=_market(),
        index=ints(1, 2**60 - 1),
        base_amount=ints(0, 2**48 - 1),
        price=ints(1, 2**32 - 1),
        trigger_price=ints(0, 2**32 - 1),
        attributes=order_attributes(modify=True),
    ),
    T.Withdraw: _simple(
        T.Withdraw,
        "from_account_index",
        asset_index=ints(1, 62),
        route_type=ints(0, 1),
        amount=ints(1, 2**60 - 1),
    ),
    T.Transfer: _simple(
        T.Transfer,
        "from_account_index",
        to_account_index=ints(-1, 2**48 - 2),
        asset_index=ints(1, 62),
        from_route_type=ints(0, 1),
        to_route_type=ints(0, 1),
        amount=ints(1, 2**60 - 1),
        usdc_fee=ints(0, 2**60 - 1),
        memo=st.binary(min_size=32, max_size=32),
        l1_sig=_l1_sig(),
    ),
    T.ChangePubKey: _simple(T.ChangePubKey, pub_key=_public_key(), l1_sig=_l1_sig()),
    T.CreateSubAccount: _simple(T.CreateSubAccount),
    T.CreatePublicPool: _simple(
        T.CreatePublicPool,
        operator_fee=ints(0, 1_000_000),
        initial_total_shares=ints(1_000_000, 10**12),
        min_operator_share_rate=ints(0, 10_000),
    ),
    T.UpdatePublicPool: _simple(
        T.UpdatePublicPool,
        public_pool_index=ints(-1, 2**48 - 2),
        status=ints(0, 1),
        operator_fee=ints(0, 1_000_000),
        min_operator_share_rate=ints(0, 10_000),
    ),
    T.MintShares: _simple(T.MintShares, public_pool_index=_POOL, share_amount=_SHARES),
    T.BurnShares: _simple(T.BurnShares, public_pool_index=_POOL, share_amount=_SHARES),
    T.StakeAssets: _simple(T.StakeAssets, staking_pool_index=_POOL, share_amount=_SHARES),
    T.UnstakeAssets: _simple(T.UnstakeAssets, staking_pool_index=_POOL, share_amount=_SHARES),
    T.UpdateLeverage: _simple(
        T.UpdateLeverage,
        market_index=_market(),
        initial_margin_fraction=ints(1, 10_000),
        margin_mode=ints(0, 1),
    ),
    T.UpdateMargin: _simple(
        T.UpdateMargin,
        market_index=_market(),
        usdc_amount=st.one_of(ints(-(2**63), -1), ints(1, 2**60 - 1)),
        direction=ints(0, 1),
    ),
    T.ApproveIntegrator: approve_integrator(),
    T.UpdateAccountConfig: _simple(T.UpdateAccountConfig, account_trading_mode=ints(0, 1)),
    T.UpdateAccountAssetConfig: _simple(
        T.UpdateAccountAssetConfig, asset_index=ints(1, 62), asset_margin_mode=ints(0, 1)
    ),
    T.BinaryOptionsCreateMarket: bo_create(),
    T.BinaryOptionsSettleMarket: bo_settle(),
    T.BinaryOptionsUpdateMarket: bo_update(),
}
