"""Render exchange state in the exchange's own JSON shapes (REST bodies and WebSocket payloads).

Field names, string-vs-number choices and decimals follow real recorded bodies
(shared/reference/real-payloads) and the official schemas, including fields that are always zero here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from lighter.testing import integrators
from lighter.testing.accounts import WINDOWS_MS, Account, Position
from lighter.testing.book import MarketState, Order, Trade
from lighter.testing.funding import (
    CLAMP_BIG_8H,
    CLAMP_SMALL_8H,
    INTEREST_8H,
    Payment,
    Settlement,
    fmt_rate_percent,
)
from lighter.testing.markets import USDC_ASSET_ID, USDC_DECIMALS, Market, fmt_units
from lighter.testing.spot_entries import avg_price
from lighter.transactions._enums import OrderType, TimeInForce

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.exchange import Exchange, TxRecord

# order types and times in force as the API spells them: "stop-loss-limit", "good-till-time"
TYPE_NAMES = [t.name.lower().replace("_", "-") for t in OrderType]
TIF_NAMES = [t.name.lower().replace("_", "-") for t in TimeInForce]
INSURANCE_FUND = 2**48 - 1
# funding parameters in percent per 8 hours, as the market details show them (see funding.py)
FUNDING_CLAMP_SMALL = fmt_units(int(CLAMP_SMALL_8H * 10**6), 4)
FUNDING_CLAMP_BIG = fmt_units(int(CLAMP_BIG_8H * 10**6), 4)
BASE_INTEREST = fmt_units(int(INTEREST_8H * 10**6), 4)


def usdc(micro: int) -> str:
    """Micro USDC as a 6-decimal string."""
    return fmt_units(micro, USDC_DECIMALS)


def _f(value: int, decimals: int) -> float:
    return value / 10**decimals


def order_json(order: Order, m: Market) -> dict[str, Any]:
    """An order in the REST/WS ``Order`` shape."""
    tif = TIF_NAMES[order.time_in_force] if 0 <= order.time_in_force < len(TIF_NAMES) else "Unknown"
    base = order.base_amount if order.base_amount else order.remaining
    return {
        "order_index": order.order_index,
        "client_order_index": order.client_order_index,
        "order_id": str(order.order_index),
        "client_order_id": str(order.client_order_index),
        "market_index": order.market_index,
        "owner_account_index": order.account_index,
        "initial_base_amount": m.fmt_size(base),
        "price": m.fmt_price(order.price),
        "nonce": order.nonce,
        "remaining_base_amount": m.fmt_size(order.remaining if order.is_active else 0),
        "is_ask": order.is_ask,
        "base_size": order.remaining if order.is_active else 0,
        "base_price": order.price,
        "filled_base_amount": m.fmt_size(order.filled_base),
        "filled_quote_amount": usdc(order.filled_quote),
        "side": "",  # as recorded (rest/accountActiveOrders__1.json, ws/account_all_orders__1.json)
        "type": TYPE_NAMES[order.type],
        "time_in_force": tif,
        "reduce_only": order.reduce_only,
        "trigger_price": m.fmt_price(order.trigger_price),
        "order_expiry": order.order_expiry,
        "status": order.status,
        "trigger_status": order.trigger_status,
        "trigger_time": order.trigger_time,
        "parent_order_index": order.parent_order_index,
        "parent_order_id": str(order.parent_order_index),
        "to_trigger_order_id_0": str(order.to_trigger[0]) if order.to_trigger else "0",
        "to_trigger_order_id_1": str(order.to_trigger[1]) if len(order.to_trigger) > 1 else "0",
        "to_cancel_order_id_0": str(order.to_cancel),
        "integrator_fee_collector_index": str(order.integrator),
        "integrator_taker_fee": str(order.integrator_taker_fee),
        "integrator_maker_fee": str(order.integrator_maker_fee),
        "block_height": order.block_height,
        # seconds, as recorded (rest/accountActiveOrders__1.json, ws/account_all_orders__1); engine: ms
        "timestamp": order.updated_at // 1000,
        "created_at": order.created_at // 1000,
        "updated_at": order.updated_at // 1000,
        "transaction_time": order.updated_at * 1000,
        "order_flags": 0,
        "order_version": order.order_version,
        "market_kind": "spot" if m.is_spot else "perps",
        "market_symbol": m.symbol,
    }


def simple_order_json(order: Order, m: Market) -> dict[str, Any]:
    """A resting order in the ``orderBookOrders`` shape."""
    return {
        "order_index": order.order_index,
        "order_id": str(order.order_index),
        "owner_account_index": order.account_index,
        "initial_base_amount": m.fmt_size(order.base_amount),
        "remaining_base_amount": m.fmt_size(order.remaining),
        "price": m.fmt_price(order.price),
        "order_expiry": order.order_expiry,
        "transaction_time": order.updated_at * 1000,
    }


def trade_json(t: Trade, m: Market, account_index: int | None = None) -> dict[str, Any]:
    """A trade in the ``Trade`` shape (with the account's PnL and position fields when given)."""
    body: dict[str, Any] = {
        "trade_id": t.trade_id,
        "trade_id_str": str(t.trade_id),
        "tx_hash": t.tx_hash,
        "type": "trade",
        "market_id": t.market_id,
        "size": m.fmt_size(t.size),
        "price": m.fmt_price(t.price),
        "usd_amount": usdc(t.usd_amount),
        "ask_id": t.ask_id,
        "ask_id_str": str(t.ask_id),
        "bid_id": t.bid_id,
        "bid_id_str": str(t.bid_id),
        "ask_client_id": t.ask_client_id,
        "ask_client_id_str": str(t.ask_client_id),
        "bid_client_id": t.bid_client_id,
        "bid_client_id_str": str(t.bid_client_id),
        "ask_account_id": t.ask_account_id,
        "bid_account_id": t.bid_account_id,
        "is_maker_ask": t.is_maker_ask,
        "block_height": t.block_height,
        "timestamp": t.timestamp,
        "taker_fee": 0,
        "maker_fee": 0,
        "taker_position_size_before": m.fmt_size(abs(t.taker_position_size_before)),
        "taker_entry_quote_before": usdc(t.taker_entry_quote_before),
        "taker_initial_margin_fraction_before": t.taker_imf_before,
        "taker_position_sign_changed": t.taker_sign_changed,
        "maker_position_size_before": m.fmt_size(abs(t.maker_position_size_before)),
        "maker_entry_quote_before": usdc(t.maker_entry_quote_before),
        "maker_initial_margin_fraction_before": t.maker_imf_before,
        "maker_position_sign_changed": t.maker_sign_changed,
        "transaction_time": t.timestamp * 1000,
        "bid_account_pnl": usdc(t.bid_pnl) if account_index in (None, t.bid_account_id) else "0.000000",
        "ask_account_pnl": usdc(t.ask_pnl) if account_index in (None, t.ask_account_id) else "0.000000",
        "integrator_maker_fee": t.integrator_maker_fee,
        "integrator_maker_fee_collector_index": t.integrator_maker,
        "integrator_taker_fee": t.integrator_taker_fee,
        "integrator_taker_fee_collector_index": t.integrator_taker,
        "taker_allocated_margin_usdc_before": 0,
        "taker_allocated_margin_usdc_after": 0,
        "maker_allocated_margin_usdc_before": 0,
        "maker_allocated_margin_usdc_after": 0,
        "bid_order_version": 0,
        "ask_order_version": 0,
        "market_kind": "spot" if m.is_spot else "perps",
        "market_symbol": m.symbol,
    }
    return body


def position_json(ex: Exchange, acc: Account, pos: Position) -> dict[str, Any]:
    """A perp position in the ``AccountPosition`` shape, valued at the last price."""
    ms = ex.engine.markets[pos.market_id]
    m = ms.market
    value = m.quote(abs(pos.size), ms.last_price)
    avg = (
        pos.entry_quote * 10**m.price_decimals // (m.quote(abs(pos.size), 10**m.price_decimals) or 1)
        if pos.size
        else 0
    )
    orders = ex.engine.account_orders(acc.index, pos.market_id)
    imf = ex.engine.imf(acc, pos.market_id)
    return {
        "market_id": pos.market_id,
        "symbol": m.symbol,
        "initial_margin_fraction": fmt_units(imf, 2),
        "open_order_count": sum(1 for o in orders if o.status == "open"),
        "pending_order_count": sum(1 for o in orders if o.status == "pending"),
        "position_tied_order_count": sum(1 for o in orders if o.parent_order_index or o.to_cancel),
        "sign": 1 if pos.size >= 0 else -1,
        "position": m.fmt_size(abs(pos.size)),
        "avg_entry_price": m.fmt_price(avg),
        "position_value": usdc(value),
        "unrealized_pnl": usdc(ex.engine.unrealized(pos) if pos.size else 0),
        "realized_pnl": usdc(pos.realized_pnl),
        "liquidation_price": "0",
        "total_funding_paid_out": usdc(pos.funding_paid),
        "margin_mode": pos.margin_mode,
        "allocated_margin": usdc(pos.allocated_margin),
        "total_discount": "0.000000",
        "margin_set_flag": 1 if pos.margin_set else 0,
    }


def position_funding_json(p: Payment, m: Market) -> dict[str, Any]:
    """One ``PositionFunding`` entry: what a position paid (``change`` < 0) or received at a settlement."""
    return {
        "timestamp": p.timestamp_ms // 1000,
        "market_id": p.market_id,
        "funding_id": p.funding_id,
        "change": usdc(p.change),
        "discount": "0.000000",
        "rate": fmt_rate_percent(p.rate_ppm),
        "position_size": m.fmt_size(abs(p.size)),
        "position_side": "long" if p.size > 0 else "short",
    }


def settlement_json(s: Settlement, m: Market) -> dict[str, Any]:
    """A funding settlement as the admin routes report it."""
    return {
        "market_id": m.market_id,
        "symbol": m.symbol,
        "funding_id": s.funding_id,
        "timestamp": s.timestamp_ms // 1000,
        "rate": fmt_rate_percent(s.rate_ppm),
        "direction": s.direction,
        "value": f"{s.value:.8f}",
        "index_price": m.fmt_price(s.index_price),
        "mark_price": m.fmt_price(s.mark_price),
    }


def funding_state_json(ex: Exchange) -> dict[str, Any]:
    """Funding parameters and the state of every perp market (``GET /sim/v1/funding``)."""
    fund = ex.funding
    now = ex.now_ms()
    markets = []
    for ms in ex.engine.markets.values():
        m = ms.market
        if m.is_spot:
            continue
        st = fund.state(m.market_id)
        markets.append(
            {
                "market_id": m.market_id,
                "symbol": m.symbol,
                "index_price": m.fmt_price(fund.index_price(ms)),
                "index_pinned": st.pinned_index is not None,
                "mark_price": m.fmt_price(fund.mark_price(ms)),
                "premium": fund.premium(ms),
                "current_rate": fmt_rate_percent(fund.current_rate_ppm(ms)),
                "last_rate": fmt_rate_percent(st.last_rate_ppm),
                "last_settled_ms": fund.last_settled_ms(m.market_id, now),
            }
        )
    return {
        "interval_seconds": fund.interval_ms / 1000,
        "next_settlement_ms": fund.next_settlement_ms or (now // fund.interval_ms + 1) * fund.interval_ms,
        "markets": markets,
    }


def assets_json(ex: Exchange, acc: Account, *, with_collateral: bool = False) -> list[dict[str, Any]]:
    """An account's spot assets (balance, locked, margin balance).

    ``with_collateral``: USDC is listed when the account holds any on either route, perp collateral as its
    ``margin_balance``, as the real ``account_all_assets`` channel does for a USDC-funded account
    (ws/account_all_assets__2.json); REST ``account`` lists spot balances only (rest/account__1.json)."""
    locked = ex.engine.spot_locked(acc)
    out = []
    usdc_held = {USDC_ASSET_ID} if with_collateral and acc.collateral else set()
    for asset_id in sorted(set(acc.assets) | set(locked) | usdc_held):
        a = ex.assets[asset_id]
        mode = "enabled" if acc.asset_margin_modes.get(asset_id, 0) else "disabled"
        out.append(
            {
                "symbol": a.symbol,
                "asset_id": asset_id,
                "balance": fmt_units(acc.assets.get(asset_id, 0), a.decimals),
                "locked_balance": fmt_units(locked.get(asset_id, 0), a.decimals),
                "margin_balance": fmt_units(acc.collateral if asset_id == USDC_ASSET_ID else 0, a.decimals),
                "margin_mode": mode,
                "multiplier": "1.000000000000000000",
            }
        )
    return out


def spot_avg_entry_prices_json(
    ex: Exchange, acc: Account, asset_ids: set[int] | None = None
) -> dict[str, dict[str, Any]]:
    """``{asset_id: {asset_id, avg_entry_price, asset_size, last_trade_id}}`` of the non-USDC spot assets
    the account holds or has traded (or just ``asset_ids``), prices at the asset's spot market decimals."""
    entries = ex.engine.spot_entries
    if asset_ids is None:
        held = {a for a, units in acc.assets.items() if units}
        traded = {a for (index, a) in entries.entries if index == acc.index}
        asset_ids = held | traded
    out: dict[str, dict[str, Any]] = {}
    for asset_id in sorted(asset_ids - {USDC_ASSET_ID}):
        asset = ex.assets[asset_id]
        price_decimals = next(
            (m.price_decimals for m in ex.engine.spot_markets() if m.base_asset_id == asset_id), USDC_DECIMALS
        )
        entry = entries.entry(acc, asset_id)
        out[str(asset_id)] = {
            "asset_id": asset_id,
            "avg_entry_price": str(avg_price(entry, asset, price_decimals)),
            "asset_size": fmt_units(entry.size, asset.decimals),
            "last_trade_id": entry.last_trade_id,
        }
    return out


def activity_json(acc: Account, now_ms: int) -> dict[str, Any]:
    """``{daily,weekly,monthly,total}_trades_count`` and ``..._volume`` (USDC, JSON numbers) of an account."""
    out: dict[str, Any] = {
        "total_trades_count": acc.activity.total_trades,
        "total_volume": _f(acc.activity.total_volume, USDC_DECIMALS),
    }
    for name, span in WINDOWS_MS.items():
        count, volume = acc.activity.window(now_ms, span)
        out[f"{name}_trades_count"] = count
        out[f"{name}_volume"] = _f(volume, USDC_DECIMALS)
    return out


def _account_common(ex: Exchange, acc: Account) -> dict[str, Any]:
    orders = ex.engine.account_orders(acc.index)
    return {
        "code": 0,
        "account_type": acc.account_type,
        "account_trading_mode": acc.trading_mode,
        "index": acc.index,
        "l1_address": acc.l1_address,
        "cancel_all_time": acc.cancel_all_time,
        "total_order_count": sum(1 for o in orders if o.status == "open"),
        "total_isolated_order_count": 0,
        "pending_order_count": sum(1 for o in orders if o.status == "pending"),
        "available_balance": usdc(max(ex.engine.available(acc), 0)),
        "status": 1 if acc.api_keys else 0,
        "collateral": usdc(acc.collateral),
        "transaction_time": ex.now_ms() * 1000,
    }


def account_brief_json(ex: Exchange, acc: Account) -> dict[str, Any]:
    """The ``Account`` schema (accountsByL1Address)."""
    return _account_common(ex, acc)


def account_json(ex: Exchange, acc: Account) -> dict[str, Any]:
    """The ``DetailedAccount`` schema (account)."""
    body = _account_common(ex, acc)
    equity = ex.engine.equity(acc)
    spot_value = sum(_spot_value(ex, asset_id, amount) for asset_id, amount in acc.assets.items())
    maint = 0
    for pos in acc.positions.values():
        if pos.size:
            ms = ex.engine.markets[pos.market_id]
            maint += ms.market.quote(abs(pos.size), ms.last_price) * ms.market.maintenance_mf // 10_000
    body.update(
        {
            "account_index": acc.index,
            "name": "",
            "description": "",
            "can_invite": True,
            "referral_points_percentage": "",
            "positions": [
                position_json(ex, acc, p)
                for _, p in sorted(acc.positions.items())
                if p.size or p.margin_set or p.allocated_margin
            ],
            "assets": assets_json(ex, acc),
            "total_asset_value": usdc(equity + spot_value),
            "cross_asset_value": usdc(equity),
            "pool_info": {
                "status": 0,
                "operator_fee": "0",
                "min_operator_share_rate": "0",
                "total_shares": 0,
                "operator_shares": 0,
                "annual_percentage_yield": 0,
                "daily_returns": [],
                "share_prices": [],
                "sharpe_ratio": 0,
                "strategies": [],
            },
            "shares": [],
            "created_at": acc.created_at // 1000,  # seconds, like the orders' created_at
            "pending_unlocks": [],
            "approved_integrators": integrators.listed(acc, ex.accounts),
            "bo_positions": [],  # nobody trades binary options on the local exchange
            "can_rfq": False,
            "cross_initial_margin_requirement": usdc(ex.engine.margin_required(acc)),
            "cross_maintenance_margin_requirement": usdc(maint),
            "can_rfq_market_ids": [],
            "metadata": {"color": ""},  # SubAccountMetadata; name/description are top-level (account__1.json)
            "agent_enabled": False,
        }
    )
    return body


def _spot_value(ex: Exchange, asset_id: int, amount: int) -> int:
    if asset_id == USDC_ASSET_ID:
        return amount
    for ms in ex.engine.markets.values():
        m = ms.market
        if m.is_spot and m.base_asset_id == asset_id:
            base = amount // 10 ** (ex.assets[asset_id].decimals - m.size_decimals)
            return m.quote(base, ms.last_price)
    return 0


def user_stats_json(ex: Exchange, acc: Account) -> dict[str, Any]:
    """The ``user_stats`` object: collateral, portfolio value, leverage, margin usage."""
    equity = ex.engine.equity(acc)
    required = ex.engine.margin_required(acc)
    notional = 0
    for pos in acc.positions.values():
        if pos.size:
            ms = ex.engine.markets[pos.market_id]
            notional += ms.market.quote(abs(pos.size), ms.last_price)
    stats = {
        "collateral": usdc(acc.collateral),
        "portfolio_value": usdc(equity),
        "leverage": f"{notional / equity:.2f}" if equity > 0 else "0.00",
        "available_balance": usdc(max(equity - required, 0)),
        "margin_usage": f"{100 * required / equity:.2f}" if equity > 0 else "0.00",
        "buying_power": usdc(max(equity - required, 0) * 10_000 // 500),
    }
    return {
        **stats,
        "account_trading_mode": acc.trading_mode,
        "cross_stats": dict(stats),
        "total_stats": dict(stats),
    }


def _market_common(ms: MarketState) -> dict[str, Any]:
    m = ms.market
    return {
        "symbol": m.symbol,
        "market_id": m.market_id,
        "market_type": m.market_type,
        "base_asset_id": m.base_asset_id,
        "quote_asset_id": m.quote_asset_id,
        "status": "active",
        "taker_fee": "0.0000",
        "maker_fee": "0.0000",
        "liquidation_fee": "0.0000" if m.is_spot else "1.0000",
        "min_base_amount": m.fmt_size(m.min_base_amount),
        "min_quote_amount": usdc(m.min_quote_amount),
        "order_quote_limit": m.order_quote_limit,
        "supported_size_decimals": m.size_decimals,
        "supported_price_decimals": m.price_decimals,
        "supported_quote_decimals": USDC_DECIMALS,
        "is_maker_fee_enabled": False,
        "is_taker_fee_enabled": False,
        "created_at": str(m.created_at),
        "multiplier": "1.000000000000000000",
    }


def order_book_json(ms: MarketState) -> dict[str, Any]:
    """The ``OrderBook`` schema (orderBooks)."""
    return _market_common(ms)


def _daily(ms: MarketState) -> dict[str, Any]:
    m = ms.market
    change = 100.0 * (ms.last_price - ms.open_price) / ms.open_price if ms.open_price else 0.0
    return {
        "last_trade_price": _f(ms.last_price, m.price_decimals),
        "daily_trades_count": ms.trades_count,
        "daily_base_token_volume": _f(ms.base_volume, m.size_decimals),
        "daily_quote_token_volume": _f(ms.quote_volume, USDC_DECIMALS),
        "daily_price_low": _f(ms.price_low, m.price_decimals),
        "daily_price_high": _f(ms.price_high, m.price_decimals),
        "daily_price_change": change,
    }


def open_interest(ex: Exchange, market_id: int) -> int:
    """Open interest of a perp market in base units (sum of long positions)."""
    return sum(max(a.positions[market_id].size, 0) for a in ex.accounts if market_id in a.positions)


def perps_detail_json(ex: Exchange, ms: MarketState) -> dict[str, Any]:
    """A perp market in the ``PerpsOrderBookDetail`` shape."""
    m = ms.market
    body = _market_common(ms)
    body.update(
        {
            "size_decimals": m.size_decimals,
            "price_decimals": m.price_decimals,
            "quote_multiplier": m.quote_multiplier,
            "default_initial_margin_fraction": m.default_imf,
            "min_initial_margin_fraction": m.min_imf,
            "maintenance_margin_fraction": m.maintenance_mf,
            "closeout_margin_fraction": m.closeout_mf,
            **_daily(ms),
            "open_interest": _f(open_interest(ex, m.market_id), m.size_decimals),
            "daily_chart": {},
            "market_config": {
                "market_margin_mode": 0,
                "insurance_fund_account_index": INSURANCE_FUND,
                "liquidation_mode": 0,
                "force_reduce_only": False,
                "funding_fee_discounts_enabled": False,
                "trading_hours": "",
                "hidden": False,
                "rfq_enabled": False,
            },
            "strategy_index": 0,
            "funding_clamp_small": FUNDING_CLAMP_SMALL,
            "funding_clamp_big": FUNDING_CLAMP_BIG,
            "base_interest_rate": BASE_INTEREST,
            "mark_price": m.fmt_price(ex.funding.mark_price(ms)),
            "index_price": m.fmt_price(ex.funding.index_price(ms)),
            "market_flags": 0,
            "funding_premium_multiplier": 100,
        }
    )
    return body


def spot_detail_json(ms: MarketState) -> dict[str, Any]:
    """A spot market in the ``SpotOrderBookDetail`` shape."""
    m = ms.market
    body = _market_common(ms)
    body.update(
        {
            "size_decimals": m.size_decimals,
            "price_decimals": m.price_decimals,
            **_daily(ms),
            "daily_chart": {},
        }
    )
    return body


def market_stats_json(ex: Exchange, ms: MarketState) -> dict[str, Any]:
    """A market in the WebSocket ``market_stats`` shape (prices, funding, volume).

    Beyond the asyncapi fields: mid, best bid and ask (the official TypeScript client reads them from the
    real exchange), the funding premium and base interest rate."""
    m = ms.market
    daily = _daily(ms)
    fund = ex.funding
    current = last = "0.0000"
    premium = 0.0
    if not m.is_spot:
        current = fmt_rate_percent(fund.current_rate_ppm(ms))
        last = fmt_rate_percent(fund.state(m.market_id).last_rate_ppm)
        premium = fund.premium(ms)
    bid, ask = ms.bids.best(), ms.asks.best()
    mid = (bid + ask) // 2 if bid is not None and ask is not None else ms.last_price
    return {
        "mid_price": m.fmt_price(mid),
        "best_bid_price": m.fmt_price(bid or 0),
        "best_ask_price": m.fmt_price(ask or 0),
        "premium": f"{premium:.6f}",
        "base_interest_rate": BASE_INTEREST if not m.is_spot else "0.0000",
        "symbol": m.symbol,
        "market_id": m.market_id,
        "index_price": m.fmt_price(fund.index_price(ms)),
        "mark_price": m.fmt_price(fund.mark_price(ms)),
        "open_interest": usdc(m.quote(open_interest(ex, m.market_id), ms.last_price)),
        "open_interest_limit": "72057594037927936.000000",
        "funding_clamp_small": FUNDING_CLAMP_SMALL,
        "funding_clamp_big": FUNDING_CLAMP_BIG,
        "last_trade_price": m.fmt_price(ms.last_price),
        "current_funding_rate": current,
        "funding_rate": last,
        "funding_timestamp": fund.last_settled_ms(m.market_id, ex.now_ms()),
        "daily_base_token_volume": daily["daily_base_token_volume"],
        "daily_quote_token_volume": daily["daily_quote_token_volume"],
        "daily_price_low": daily["daily_price_low"],
        "daily_price_high": daily["daily_price_high"],
        "daily_price_change": daily["daily_price_change"],
    }


def book_checksum(ms: MarketState, depth: int) -> int:
    """The order-book checksum a client computes (``lighter.ws.book_checksum``) over the best ``depth``
    levels per side, from the levels as the ``order_book`` channel writes them."""
    from lighter.ws.orderbook import book_checksum as checksum  # pure; lighter.ws never imports testing

    m = ms.market
    bids = [(m.fmt_price(p), m.fmt_size(s)) for p, s in ms.bids.depth(depth)]
    asks = [(m.fmt_price(p), m.fmt_size(s)) for p, s in ms.asks.depth(depth)]
    return checksum(bids, asks, depth)


def level_json(m: Market, price: int, size: int) -> dict[str, str]:
    """A price level ``{price, size}`` as strings."""
    return {"price": m.fmt_price(price), "size": m.fmt_size(size)}


def ticker_json(ms: MarketState, now_us: int) -> dict[str, Any]:
    """The ``ticker`` channel object: best ask and bid."""
    m = ms.market
    ask, bid = ms.asks.best(), ms.bids.best()
    return {
        "s": m.symbol,
        "a": level_json(m, ask, ms.asks.size_at(ask)) if ask is not None else {"price": "0", "size": "0"},
        "b": level_json(m, bid, ms.bids.size_at(bid)) if bid is not None else {"price": "0", "size": "0"},
        "last_updated_at": now_us,
    }


def tx_json(r: TxRecord) -> dict[str, Any]:
    """A transaction in the ``Tx`` shape."""
    return {
        "hash": r.hash,
        "type": r.type,
        "info": r.info,
        "event_info": r.event_info,
        "status": r.status,
        "transaction_index": r.transaction_index,
        "l1_address": r.l1_address,
        "account_index": r.account_index,
        "nonce": r.nonce,
        "expire_at": r.expire_at,
        "block_height": r.block_height,
        "queued_at": r.queued_at,
        "executed_at": r.executed_at,
        "sequence_index": r.transaction_index,
        "parent_hash": "",
        "api_key_index": r.api_key_index,
        "transaction_time": r.executed_at * 1000,
    }


RESOLUTIONS = {
    "1m": 60,
    "5m": 300,
    "15m": 900,
    "30m": 1800,
    "1h": 3600,
    "4h": 14400,
    "12h": 43200,
    "1d": 86400,
    "1w": 604800,
}


def candles(ms: MarketState, resolution: str, start: int, end: int, count_back: int) -> list[dict[str, Any]]:
    """OHLCV buckets built from the market's recent trades (timestamps in ms)."""
    m = ms.market
    step = RESOLUTIONS[resolution] * 1000
    buckets: dict[int, dict[str, Any]] = {}
    for t in ms.trades:
        if not start <= t.timestamp // 1000 <= end and not start <= t.timestamp <= end:
            continue
        key = t.timestamp // step * step
        price = _f(t.price, m.price_decimals)
        size = _f(t.size, m.size_decimals)
        c = buckets.get(key)
        if c is None:
            c = buckets[key] = {
                "t": key,
                "o": price,
                "h": price,
                "l": price,
                "c": price,
                "v": 0.0,
                "V": 0.0,
                "i": t.trade_id,
            }
        c["h"], c["l"], c["c"] = max(c["h"], price), min(c["l"], price), price
        c["v"] = round(c["v"] + size, m.size_decimals)
        c["V"] = round(c["V"] + _f(t.usd_amount, USDC_DECIMALS), USDC_DECIMALS)
        c["i"] = t.trade_id
    out = [buckets[k] for k in sorted(buckets)]
    return out[-count_back:] if count_back > 0 else out


def dumps(obj: Any) -> str:
    """Compact JSON."""
    return json.dumps(obj, separators=(",", ":"))


ROUTE_NAMES = {0: "perps", 1: "spot"}  # TransferHistoryItem's from_route/to_route known values


def _hash(tx_hash: str) -> str:
    return "0x" + tx_hash if tx_hash and not tx_hash.startswith("0x") else tx_hash


def transfer_json(ex: Exchange, kind: str, t: dict[str, Any]) -> dict[str, Any]:
    """A ``TransferHistoryItem`` (amounts in the asset's decimals, timestamp in seconds)."""
    decimals = ex.assets[t["asset_id"]].decimals
    return {
        "id": t["tx_hash"],
        "amount": fmt_units(t["amount"], decimals),
        "timestamp": t["timestamp"] // 1000,
        "type": kind,
        "from_l1_address": t["from"].l1_address,
        "to_l1_address": t["to"].l1_address,
        "from_account_index": t["from"].index,
        "to_account_index": t["to"].index,
        "tx_hash": _hash(t["tx_hash"]),
        "asset_id": t["asset_id"],
        "fee": usdc(t["fee"]),
        "from_route": ROUTE_NAMES.get(t["from_route"], str(t["from_route"])),
        "to_route": ROUTE_NAMES.get(t["to_route"], str(t["to_route"])),
    }


def withdraw_json(ex: Exchange, w: dict[str, Any]) -> dict[str, Any]:
    """A ``WithdrawHistoryItem``: withdrawals complete at once here (``completed``; docs/testing.md)."""
    return {
        "id": w["tx_hash"],
        "amount": fmt_units(w["amount"], ex.assets[w["asset_id"]].decimals),
        "timestamp": w["timestamp"] // 1000,
        "status": "completed",
        "type": "secure",
        "l1_tx_hash": _hash(w["tx_hash"]),
        "asset_id": w["asset_id"],
    }


def deposit_json(ex: Exchange, d: dict[str, Any]) -> dict[str, Any]:
    """A ``DepositHistoryItem`` for a deposit through the admin API (no L1 transaction: empty hash)."""
    return {
        "id": f"{d['account_index']}:{d['timestamp']}",
        "amount": fmt_units(d["amount"], ex.assets[d["asset_id"]].decimals),
        "timestamp": d["timestamp"] // 1000,
        "status": "completed",
        "l1_tx_hash": "",
        "asset_id": d["asset_id"],
    }


PNL_RESOLUTIONS = {"1m": 60, "5m": 300, "15m": 900, "1h": 3600, "4h": 14400, "1d": 86400}
PNL_FIELDS = (
    "trade_pnl",
    "inflow",
    "outflow",
    "pool_pnl",
    "pool_inflow",
    "pool_outflow",
    "pool_total_shares",
    "spot_inflow",
    "spot_outflow",
    "staked_lit",
    "staking_inflow",
    "staking_outflow",
    "staking_pnl",
    "trade_spot_pnl",
    "volume",
)


def pnl_entries(
    ex: Exchange, acc: Account, resolution: str, start_ms: int, end_ms: int, ignore_transfers: bool
) -> list[dict[str, Any]]:
    """``PnLEntry`` per bucket with activity, oldest first: realized trade PnL and volume of the account's
    fills, USDC deposits/transfers in (``inflow``) and withdrawals/transfers out (``outflow``), in USDC.
    Pools and staking are not modelled (zero)."""
    step = PNL_RESOLUTIONS[resolution] * 1000
    buckets: dict[int, dict[str, float]] = {}

    def add(ts: int, name: str, micro: int) -> None:
        if start_ms <= ts <= end_ms:
            entry = buckets.setdefault(ts // step * step, dict.fromkeys(PNL_FIELDS, 0.0))
            entry[name] = round(entry[name] + micro / 10**USDC_DECIMALS, USDC_DECIMALS)

    for ts, quote, pnl in acc.activity.recent:
        add(ts, "trade_pnl", pnl)
        add(ts, "volume", quote)
    usdc_only = [d for d in ex.deposits if d["account_index"] == acc.index and d["asset_id"] == USDC_ASSET_ID]
    for d in usdc_only:
        add(d["timestamp"], "inflow", d["amount"])
    for w in ex.withdraws:
        if w["account_index"] == acc.index and w["asset_id"] == USDC_ASSET_ID:
            add(w["timestamp"], "outflow", w["amount"])
    if not ignore_transfers:
        for t in ex.transfers:
            if t["asset_id"] == USDC_ASSET_ID and t["from"] is not t["to"]:
                if t["to"] is acc:
                    add(t["timestamp"], "inflow", t["amount"])
                if t["from"] is acc:
                    add(t["timestamp"], "outflow", t["amount"] + t["fee"])
    return [{"timestamp": key // 1000, **buckets[key]} for key in sorted(buckets)]
