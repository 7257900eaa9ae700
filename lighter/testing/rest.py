"""REST routes of the local exchange under ``/api/v1/`` (plus ``/`` and ``/info``), in the real shapes.

Errors are HTTP 400 ``{code, message}``. Operations of the spec that the local exchange does not model
answer with a static, schema-valid payload from ``static_payloads.json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

from aiohttp import web

from lighter._loggers import get_logger
from lighter.testing import errors, funding, params, views
from lighter.testing.answers import Handler, error_response, int_list, ok, q_int, q_str
from lighter.testing.errors import ExchangeError
from lighter.testing.markets import USDC_ASSET_ID, USDC_DECIMALS, fmt_units
from lighter.testing.rest_binary import BinaryOptionRoutes

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.exchange import Exchange

log = get_logger("lighter.testing.rest")

CONTRACT_ADDRESS = "0x3B4D794a66304F130a4Db8F2551B0070dfCf5ca7"
VOLUME_QUOTA = 1_000_000
FUNDING_RESOLUTIONS = {"1h": 3600, "1d": 86400}
MAX_FUNDINGS = 750  # entries per fundings answer
MAX_TIMESTAMP = 5_000_000_000_000
MAX_LIMIT = 100  # `limit` of list endpoints: 1..100 (API-NOTES: "limit max is 100, 250 for orderBookOrders")
MIN_MS_TIMESTAMP = 10**11  # candles/fundings/pnl take milliseconds (openapi.yaml); below this it is seconds
# Account tiers as accountLimits reports them: (user_tier, user_tier_name, maker fee ticks, taker fee ticks).
# "std" with zero fees is the spec's example; the premium figures (0.002 % maker, 0.02 % taker, fee tick
# 1e-6) are Lighter's published premium fees. The local exchange charges no fees either way (docs/testing.md).
TIERS = {"standard": ("std", "standard", 0, 0), "premium": ("prm", "premium", 20, 200)}
TIER_BY_CODE = {code: name for name, (code, *_rest) in TIERS.items()}


def _ms_range(request: web.Request) -> tuple[int, int]:
    """``start_timestamp`` and ``end_timestamp`` in milliseconds, as the spec defines them.

    Seconds are refused rather than guessed (the real exchange reads them as 1970 and answers an empty
    range), and so is an empty range (start >= end): the real exchange refuses both with 20001
    ``invalid param``, where a lenient local exchange would hand back ``[]`` and hide the bug."""
    start = q_int(request, "start_timestamp", low=0, high=MAX_TIMESTAMP)
    end = q_int(request, "end_timestamp", low=0, high=MAX_TIMESTAMP)
    for name, value in (("start_timestamp", start), ("end_timestamp", end)):
        if 0 < value < MIN_MS_TIMESTAMP:
            raise errors.invalid_param(f"{name} must be unix milliseconds")
    if start >= end:
        raise errors.invalid_param("start_timestamp must be before end_timestamp")
    return start, end


def _seconds(timestamp: int) -> int:
    """A unix timestamp in seconds, given seconds or milliseconds (anything past year 5000 in s is ms)."""
    return timestamp // 1000 if timestamp >= 10**11 else timestamp


class Server(Protocol):
    """What the REST routes need of the server (``app.ExchangeServer``): the exchange and the auth check."""

    exchange: Exchange

    def check_auth(self, token: str, account_index: int) -> bool:
        """Whether ``token`` is a valid auth token for ``account_index``."""


class Rest:
    """Route handlers bound to one exchange server."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self._modelled = {f"{r.method} {r.path}" for r in self.routes() if isinstance(r, web.RouteDef)}

    def models(self, request: web.Request) -> bool:
        """Whether the request goes to a modelled operation (not a static answer)."""
        return f"{request.method} {request.path}" in self._modelled

    @property
    def ex(self) -> Exchange:
        """The exchange behind the server."""
        return self.server.exchange

    def routes(self) -> list[web.RouteDef]:
        """The modelled ``/api/v1/`` routes (the rest of the spec is answered statically)."""
        g, p = web.get, web.post
        return [
            g("/", self.status),
            g("/info", self.info),
            g("/api/v1/accountsByL1Address", self.accounts_by_l1),
            g("/api/v1/account", self.account),
            g("/api/v1/apikeys", self.apikeys),
            g("/api/v1/nextNonce", self.next_nonce),
            g("/api/v1/orderBooks", self.order_books),
            g("/api/v1/orderBookDetails", self.order_book_details),
            g("/api/v1/orderBookOrders", self.order_book_orders),
            g("/api/v1/recentTrades", self.recent_trades),
            g("/api/v1/trades", self.trades),
            g("/api/v1/candles", self.candles),
            g("/api/v1/fundings", self.fundings),
            g("/api/v1/funding-rates", self.funding_rates),
            g("/api/v1/positionFunding", self.position_funding),
            g("/api/v1/accountActiveOrders", self.active_orders),
            g("/api/v1/accountInactiveOrders", self.inactive_orders),
            g("/api/v1/accountTxs", self.account_txs),
            g("/api/v1/tx", self.tx),
            g("/api/v1/txs", self.txs),
            g("/api/v1/exchangeStats", self.exchange_stats),
            g("/api/v1/currentHeight", self.current_height),
            g("/api/v1/assetDetails", self.asset_details),
            p("/api/v1/sendTx", self.send_tx),
            p("/api/v1/sendTxBatch", self.send_tx_batch),
            p("/api/v1/notification/ack", self.notification_ack),
            g("/api/v1/accountLimits", self.account_limits),
            p("/api/v1/changeAccountTier", self.change_account_tier),
            g("/api/v1/transfer/history", self.transfer_history),
            g("/api/v1/withdraw/history", self.withdraw_history),
            g("/api/v1/deposit/history", self.deposit_history),
            g("/api/v1/pnl", self.pnl),
            g("/api/v1/liquidations", self.liquidations),
            g("/api/v1/l1Metadata", self.l1_metadata),
            g("/api/v1/markPriceCandles", self.mark_price_candles),
            *self._binary_option_routes(),
        ]

    def _binary_option_routes(self) -> list[web.RouteDef]:
        return BinaryOptionRoutes(self).routes()

    # ------------------------------------------------------------------ helpers
    async def enforce_auth(self, request: web.Request) -> None:
        """Auth exactly where openapi.yaml asks for it (``auth_rules.json``, generated from the spec).

        ``required``: no token is refused. Either way a token given must be valid, unexpired and belong to
        the account the request names (``account_index``, ``by``/``value``, the form's ``account_index``),
        or to the owner of the ``l1_address`` it names; another account's token is refused. The real
        exchange's code for these refusals is 20001 ``invalid param : ...`` (ws/error__13.json: "auth field
        is required")."""
        rule = auth_rules().get(f"{request.method} {request.path}")
        if rule is None:
            return
        token = request.headers.get("authorization") or request.query.get("auth")
        if not token:
            if rule == "required":
                raise errors.invalid_param("authorization is required")
            return
        target = await self._auth_target(request)
        if isinstance(target, str):
            owners = self.ex.accounts.for_l1(target)
            if not any(self.server.check_auth(token, a.index) for a in owners):
                raise errors.invalid_param("invalid auth token")
            return
        if target is None:  # nothing named: the token must at least be good for its own account
            from lighter.signing import parse_auth_token

            try:
                target = parse_auth_token(token)[1]
            except (ValueError, TypeError):
                raise errors.invalid_param("invalid auth token") from None
        if not self.server.check_auth(token, target):
            raise errors.invalid_param("invalid auth token")

    async def _auth_target(self, request: web.Request) -> int | str | None:
        """The account (index) or L1 address a request is about, or None."""
        fields: dict[str, Any] = dict(request.query)
        if request.method == "POST":
            fields = {**(await _form(request)), **fields}
        raw: Any = fields.get("account_index")
        if raw is None and fields.get("by") in ("index", "account_index"):
            raw = fields.get("value")
        if raw is None:
            l1 = fields.get("l1_address")
            return l1 if isinstance(l1, str) and l1 else None
        try:
            index = int(raw)
        except (TypeError, ValueError):
            raise errors.invalid_param("account_index must be an integer") from None
        return None if index < 0 else index  # -1: no account named (e.g. trades' default)

    def _account_of(self, request: web.Request, name: str = "account_index") -> Any:
        index = q_int(request, name)
        return self.ex.account(index)

    # ------------------------------------------------------------------ root
    async def status(self, request: web.Request) -> web.Response:
        """``GET /``: status, network id and time."""
        body = {"status": 200, "network_id": self.ex.chain_id, "timestamp": self.ex.now_ms() // 1000}
        return web.json_response(body)

    async def info(self, request: web.Request) -> web.Response:
        """``GET /info``: the contract address."""
        return web.json_response({"contract_address": CONTRACT_ADDRESS})

    # ------------------------------------------------------------------ accounts
    async def accounts_by_l1(self, request: web.Request) -> web.Response:
        """``GET /api/v1/accountsByL1Address``: the accounts of an L1 address."""
        l1 = q_str(request, "l1_address")
        accounts = self.ex.accounts.for_l1(l1)
        if not accounts:
            raise ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
        return ok(
            {
                "l1_address": accounts[0].l1_address,
                "sub_accounts": [views.account_brief_json(self.ex, a) for a in accounts],
            }
        )

    async def account(self, request: web.Request) -> web.Response:
        """``GET /api/v1/account`` by index or L1 address: balances, positions, assets."""
        by = q_str(request, "by")
        value = q_str(request, "value")
        if by == "index":
            try:
                accounts = [self.ex.account(int(value))]
            except ValueError:
                raise errors.invalid_param("value must be an account index") from None
        elif by == "l1_address":
            accounts = self.ex.accounts.for_l1(value)
            if not accounts:
                raise ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
        else:
            raise errors.invalid_param("by must be index or l1_address")
        return ok({"total": len(accounts), "accounts": [views.account_json(self.ex, a) for a in accounts]})

    async def apikeys(self, request: web.Request) -> web.Response:
        """``GET /api/v1/apikeys``: registered API public keys of an account (one or all)."""
        acc = self._account_of(request)
        wanted = q_int(request, "api_key_index", 255, low=0, high=255)
        keys = []
        for idx, key in sorted(acc.api_keys.items()):
            if wanted in (255, idx):
                keys.append(
                    {
                        "account_index": acc.index,
                        "api_key_index": idx,
                        "nonce": acc.next_nonce(idx),
                        "public_key": key.public_key,
                        "transaction_time": key.registered_at * 1000,
                    }
                )
        return ok({"api_keys": keys})

    async def next_nonce(self, request: web.Request) -> web.Response:
        """``GET /api/v1/nextNonce``: the nonce an API key must sign next."""
        acc = self._account_of(request)
        key = q_int(request, "api_key_index", low=0, high=254)
        return ok({"nonce": acc.next_nonce(key)})

    # ------------------------------------------------------------------ markets
    def _market_filter(self, request: web.Request) -> list[Any]:
        market_id = q_int(request, "market_id", 255)
        flt = q_str(request, "filter", "all")
        if flt not in ("all", "spot", "perp"):
            raise errors.invalid_param("filter must be all, spot or perp")
        states = list(self.ex.engine.markets.values())
        if market_id != 255:
            states = [self.ex.engine.market(market_id)]
        return [ms for ms in states if flt == "all" or ms.market.market_type == flt]

    async def order_books(self, request: web.Request) -> web.Response:
        """``GET /api/v1/orderBooks``: market metadata."""
        return ok({"order_books": [views.order_book_json(ms) for ms in self._market_filter(request)]})

    async def order_book_details(self, request: web.Request) -> web.Response:
        """``GET /api/v1/orderBookDetails``: perp and spot market details with daily stats."""
        states = self._market_filter(request)
        return ok(
            {
                "order_book_details": [
                    views.perps_detail_json(self.ex, ms) for ms in states if not ms.market.is_spot
                ],
                "spot_order_book_details": [views.spot_detail_json(ms) for ms in states if ms.market.is_spot],
            }
        )

    async def order_book_orders(self, request: web.Request) -> web.Response:
        """``GET /api/v1/orderBookOrders``: resting orders of a market, best first."""
        ms = self.ex.engine.market(q_int(request, "market_id"))
        limit = q_int(request, "limit", low=1, high=250)
        asks = list(ms.asks.orders())
        bids = list(ms.bids.orders())
        m = ms.market
        return ok(
            {
                "total_asks": len(asks),
                "asks": [views.simple_order_json(o, m) for o in asks[:limit]],
                "total_bids": len(bids),
                "bids": [views.simple_order_json(o, m) for o in bids[:limit]],
            }
        )

    async def recent_trades(self, request: web.Request) -> web.Response:
        """``GET /api/v1/recentTrades``: the latest trades of a market."""
        ms = self.ex.engine.market(q_int(request, "market_id"))
        limit = q_int(request, "limit", low=1, high=100)
        trades = list(ms.trades)[-limit:]
        return ok({"trades": [views.trade_json(t, ms.market) for t in reversed(trades)]})

    async def trades(self, request: web.Request) -> web.Response:
        """``GET /api/v1/trades``: trades filtered by market, account, order and time, with a cursor."""
        market_id = q_int(request, "market_id", 255)
        account_index = q_int(request, "account_index", -1)
        order_index = q_int(request, "order_index_str", q_int(request, "order_index", 0))
        integrator = q_int(request, "integrator_account_index", 0, low=0)
        limit = q_int(request, "limit", low=1, high=100)
        sort_dir = q_str(request, "sort_dir", "desc")
        q_str(request, "sort_by")
        cursor = q_int(request, "cursor", 0, low=0)
        if account_index != -1:
            self.ex.account(account_index)
        states = self.ex.engine.markets.values() if market_id == 255 else [self.ex.engine.market(market_id)]
        found = []
        for ms in states:
            for t in ms.trades:
                if account_index != -1 and account_index not in (t.ask_account_id, t.bid_account_id):
                    continue
                if order_index and order_index not in (t.ask_id, t.bid_id):
                    continue
                if integrator and integrator not in (t.integrator_taker, t.integrator_maker):
                    continue
                found.append((t, ms.market))
        found.sort(key=lambda tm: tm[0].trade_id, reverse=(sort_dir != "asc"))
        page = found[cursor : cursor + limit]
        body: dict[str, Any] = {
            "trades": [
                views.trade_json(t, m, None if account_index == -1 else account_index) for t, m in page
            ]
        }
        if cursor + limit < len(found):
            body["next_cursor"] = str(cursor + limit)
        return ok(body)

    def _candle_query(self, request: web.Request) -> tuple[Any, str, int, int, int]:
        """market, resolution, start and end (ms) and count_back of a candles query, checked like the
        real exchange: timestamps in milliseconds (openapi.yaml), and an empty range is an error, not []."""
        ms = self.ex.engine.market(q_int(request, "market_id"))
        res = q_str(request, "resolution")
        if res not in views.RESOLUTIONS:
            raise errors.invalid_param(f"resolution must be one of {', '.join(views.RESOLUTIONS)}")
        start, end = _ms_range(request)
        count = q_int(request, "count_back", low=0)
        return ms, res, start, end, count

    async def candles(self, request: web.Request) -> web.Response:
        """``GET /api/v1/candles``: candles built from the exchange's own trades."""
        ms, res, start, end, count = self._candle_query(request)
        return ok({"r": res, "c": views.candles(ms, res, start // 1000, end // 1000, count)})

    async def fundings(self, request: web.Request) -> web.Response:
        """Settlements of one market, summed per ``resolution`` bucket, oldest first (timestamps in s).

        ``start_timestamp``/``end_timestamp`` may be seconds or milliseconds (as for candles); entries with
        start <= timestamp <= end are kept, then the last ``count_back`` of them, or with ``count_back`` 0
        the first 750 from ``start_timestamp`` on (750 at most either way).
        """
        market_id = q_int(request, "market_id")
        if market_id == 255:
            raise errors.invalid_param("market_id must name one market")
        ms = self.ex.engine.market(market_id)
        res = q_str(request, "resolution")
        if res not in FUNDING_RESOLUTIONS:
            raise errors.invalid_param(f"resolution must be one of {', '.join(FUNDING_RESOLUTIONS)}")
        start = _seconds(q_int(request, "start_timestamp", low=0, high=MAX_TIMESTAMP))
        end = _seconds(q_int(request, "end_timestamp", low=0, high=MAX_TIMESTAMP))
        count = q_int(request, "count_back", low=0)
        entries = [] if ms.market.is_spot else self.ex.funding.history(market_id)
        found = [b for b in funding.buckets(entries, FUNDING_RESOLUTIONS[res]) if start <= b.timestamp <= end]
        found = found[-min(count, MAX_FUNDINGS) :] if count > 0 else found[:MAX_FUNDINGS]
        return ok({"resolution": res, "fundings": [b.json() for b in found]})

    async def funding_rates(self, request: web.Request) -> web.Response:
        """The rate each perp market would settle now, as a fraction over 8 hours (a bare float)."""
        rates = [
            {
                "market_id": ms.market.market_id,
                "exchange": "lighter",
                "symbol": ms.market.symbol,
                "rate": self.ex.funding.current_rate_ppm(ms) * funding.HOURS_PER_RATE / funding.PPM,
            }
            for ms in self.ex.engine.markets.values()
            if not ms.market.is_spot
        ]
        return ok({"funding_rates": rates})

    async def position_funding(self, request: web.Request) -> web.Response:
        """Funding paid or received by the positions of an account, newest first, paged by ``cursor``."""
        acc = self._account_of(request)
        limit = q_int(request, "limit", low=1, high=100)
        cursor = q_int(request, "cursor", 0, low=0)
        side = q_str(request, "side", "all")
        if side not in ("long", "short", "all"):
            raise errors.invalid_param("side must be long, short or all")
        start = _seconds(q_int(request, "start_timestamp", 0, low=0, high=MAX_TIMESTAMP))
        end = _seconds(q_int(request, "end_timestamp", MAX_TIMESTAMP, low=0, high=MAX_TIMESTAMP))
        markets = int_list(request, "market_ids")
        found = [
            p
            for p in reversed(self.ex.funding.payments.get(acc.index, ()))
            if start <= p.timestamp_ms // 1000 <= end
            and (side == "all" or (side == "long") == (p.size > 0))
            and (not markets or p.market_id in markets)
        ]
        page = found[cursor : cursor + limit]
        body: dict[str, Any] = {
            "position_fundings": [
                views.position_funding_json(p, self.ex.engine.markets[p.market_id].market) for p in page
            ]
        }
        if cursor + limit < len(found):
            body["next_cursor"] = str(cursor + limit)
        return ok(body)

    async def exchange_stats(self, request: web.Request) -> web.Response:
        """``GET /api/v1/exchangeStats``: volume and trade counts per market."""
        stats = []
        volume = 0.0
        count = 0
        for ms in self.ex.engine.markets.values():
            d = views.spot_detail_json(ms)
            stats.append(
                {
                    k: d[k]
                    for k in (
                        "symbol",
                        "last_trade_price",
                        "daily_trades_count",
                        "daily_base_token_volume",
                        "daily_quote_token_volume",
                        "daily_price_change",
                    )
                }
            )
            volume += d["daily_quote_token_volume"]
            count += ms.trades_count
        return ok(
            {
                "total": len(stats),
                "order_book_stats": stats,
                "daily_usd_volume": volume,
                "daily_trades_count": count,
            }
        )

    async def current_height(self, request: web.Request) -> web.Response:
        """``GET /api/v1/currentHeight``: the block height."""
        return ok({"height": self.ex.height})

    async def asset_details(self, request: web.Request) -> web.Response:
        """``GET /api/v1/assetDetails``: spot asset definitions."""
        wanted = q_int(request, "asset_id", 0)
        out = []
        for a in self.ex.assets.values():
            if wanted in (0, a.asset_id):
                margin = a.asset_id == USDC_ASSET_ID  # only USDC counts as margin here
                spot = [m for m in self.ex.engine.spot_markets() if m.base_asset_id == a.asset_id]
                price_decimals = spot[0].price_decimals if spot else USDC_DECIMALS
                supplied = sum(acc.assets.get(a.asset_id, 0) for acc in self.ex.accounts)
                out.append(
                    {
                        "asset_id": a.asset_id,
                        "symbol": a.symbol,
                        "l1_decimals": a.decimals,
                        "decimals": a.decimals,
                        "min_transfer_amount": a.min_transfer_amount,
                        "min_withdrawal_amount": a.min_transfer_amount,
                        "margin_mode": "enabled" if margin else "disabled",
                        "index_price": a.index_price,
                        "l1_address": a.l1_address,
                        # risk fields (the published spec requires them): USDC at par, others not margin
                        "price_decimals": price_decimals,
                        "loan_to_value": "1.0000" if margin else "0.0000",
                        "liquidation_threshold": "1.0000" if margin else "0.0000",
                        "liquidation_factor": "1.0000" if margin else "0.0000",
                        "liquidation_fee": "0.0000",
                        "global_supply_cap": "0",
                        "user_supply_cap": "0",
                        "total_supplied": fmt_units(supplied, a.decimals),
                        "multiplier": "1.000000000000000000",
                    }
                )
        return ok({"asset_details": out})

    # ------------------------------------------------------------------ orders
    async def active_orders(self, request: web.Request) -> web.Response:
        """``GET /api/v1/accountActiveOrders`` (auth): an account's active orders in a market."""
        acc = self._account_of(request)
        market_id = q_int(request, "market_id", 255)
        orders = self.ex.engine.account_orders(acc.index, None if market_id == 255 else market_id)
        return ok(
            {"orders": [views.order_json(o, self.ex.engine.markets[o.market_index].market) for o in orders]}
        )

    async def inactive_orders(self, request: web.Request) -> web.Response:
        """``GET /api/v1/accountInactiveOrders`` (auth): finished orders, newest first."""
        acc = self._account_of(request)
        market_id = q_int(request, "market_id", 255)
        limit = q_int(request, "limit", low=1, high=100)
        cursor = q_int(request, "cursor", 0, low=0)
        hist = [
            o
            for o in reversed(self.ex.engine.inactive.get(acc.index, []))
            if market_id == 255 or o.market_index == market_id
        ]
        page = hist[cursor : cursor + limit]
        body: dict[str, Any] = {
            "orders": [views.order_json(o, self.ex.engine.markets[o.market_index].market) for o in page]
        }
        if cursor + limit < len(hist):
            body["next_cursor"] = str(cursor + limit)
        return ok(body)

    # ------------------------------------------------------------------ txs
    async def account_txs(self, request: web.Request) -> web.Response:
        """``GET /api/v1/accountTxs``: an account's transactions, newest first."""
        limit = q_int(request, "limit", low=1, high=100)
        by = q_str(request, "by")
        value = q_str(request, "value")
        if by == "account_index":
            try:
                acc = self.ex.account(int(value))
            except ValueError:
                raise errors.invalid_param("value must be an account index") from None
        elif by == "l1_address":
            found = self.ex.accounts.for_l1(value)
            if not found:
                raise ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
            acc = found[0]
        else:
            raise errors.invalid_param("by must be account_index or l1_address")
        index = q_int(request, "index", -1)
        recs = [
            r
            for r in reversed(self.ex.account_txs.get(acc.index, []))
            if index < 0 or r.transaction_index < index
        ]
        return ok({"txs": [views.tx_json(r) for r in recs[:limit]]})

    async def tx(self, request: web.Request) -> web.Response:
        """``GET /api/v1/tx``: one transaction by hash or sequence index."""
        by = q_str(request, "by")
        value = q_str(request, "value")
        if by not in ("hash", "sequence_index"):
            raise errors.invalid_param("by must be hash or sequence_index")
        if by == "hash":
            record = self.ex.tx_by_hash.get(value.lower().removeprefix("0x"))
        else:
            try:
                i = int(value)
            except ValueError:
                raise errors.invalid_param("value must be an integer") from None
            record = self.ex.txs[i] if 0 <= i < len(self.ex.txs) else None
        if record is None:
            raise ExchangeError(errors.INVALID_PARAM, "tx not found")
        body = views.tx_json(record)
        body.update({"committed_at": record.executed_at, "verified_at": record.executed_at})
        return ok(body)

    async def txs(self, request: web.Request) -> web.Response:
        """``GET /api/v1/txs``: transactions in order, from an index."""
        limit = q_int(request, "limit", low=1, high=100)
        index = q_int(request, "index", 0, low=0)
        return ok({"txs": [views.tx_json(r) for r in self.ex.txs[index : index + limit]]})

    async def send_tx(self, request: web.Request) -> web.Response:
        """``POST /api/v1/sendTx``: verify and apply one signed transaction."""
        form = await _form(request)
        tx_type = _form_int(form, "tx_type")
        tx_info = form.get("tx_info")
        if not isinstance(tx_info, (str, dict)) or not tx_info:
            raise errors.invalid_param("tx_info is required")
        pp = form.get("price_protection")
        if pp is not None and str(pp).lower() not in ("true", "false", "1", "0"):
            raise errors.invalid_param("price_protection must be a boolean")
        record = self.ex.submit(tx_type, tx_info)
        return ok(
            {
                "message": '{"ratelimit": "didn\'t use volume quota"}',
                "tx_hash": record.hash,
                "predicted_execution_time_ms": self.ex.now_ms() + 1,
                "volume_quota_remaining": VOLUME_QUOTA,
            }
        )

    async def send_tx_batch(self, request: web.Request) -> web.Response:
        """``POST /api/v1/sendTxBatch``: verify and apply a batch, all or nothing."""
        form = await _form(request)
        types = _form_list(form, "tx_types")
        infos = _form_list(form, "tx_infos")
        records = self.ex.submit_batch(types, infos)
        return ok(
            {
                "message": '{"ratelimit": "didn\'t use volume quota"}',
                "tx_hash": [r.hash for r in records],
                "predicted_execution_time_ms": self.ex.now_ms() + 1,
                "volume_quota_remaining": VOLUME_QUOTA,
            }
        )

    async def notification_ack(self, request: web.Request) -> web.Response:
        """Mark a notification read: it leaves the ``notification`` channel's snapshot. Unknown ids are
        accepted (acknowledging twice is harmless); an ``authorization`` header, if sent, must be valid."""
        form = await _form(request)
        account_index = _form_int(form, "account_index")
        notif_id = form.get("notif_id")
        if not isinstance(notif_id, str) or not notif_id:
            raise errors.invalid_param("notif_id is required")
        self.ex.account(account_index)
        self.ex.notifications.ack(account_index, notif_id)
        return ok({})

    # ------------------------------------------------------------------ account bookkeeping
    async def account_limits(self, request: web.Request) -> web.Response:
        """``GET /api/v1/accountLimits`` (auth): the limits and fee ticks of the account's tier.

        ``user_tier`` is always present: a client that reads a missing tier as premium would otherwise add
        fees the real exchange never charges a standard account."""
        acc = self._account_of(request)
        code, name, maker, taker = TIERS[acc.tier]
        return ok(
            {
                "max_llp_percentage": 25,
                "user_tier": code,
                "user_tier_name": name,
                "user_tier_last_update": acc.tier_changed_at // 1000,
                "can_create_public_pool": acc.account_type == 0,
                "max_llp_amount": "1000000",
                "current_maker_fee_tick": maker,
                "current_taker_fee_tick": taker,
                "effective_lit_stakes": "0",
                "leased_lit": "0",
            }
        )

    async def change_account_tier(self, request: web.Request) -> web.Response:
        """``POST /api/v1/changeAccountTier``: switch a master account between standard and premium."""
        form = await _form(request)
        acc = self.ex.account(_form_int(form, "account_index"))
        tier = str(form.get("new_tier", ""))
        tier = TIER_BY_CODE.get(tier, tier)
        if tier not in TIERS:
            raise errors.invalid_param(f"new_tier must be one of {', '.join(TIERS)}")
        if acc.account_type != 0:
            raise errors.invalid_param("only a master account has a tier")
        acc.tier, acc.tier_changed_at = tier, self.ex.now_ms()
        return ok({})

    def _page(
        self, request: web.Request, items: list[Any], key: str, render: Callable[[Any], Any]
    ) -> web.Response:
        """Newest first, ``limit`` (default and max 100) per page from the integer ``cursor``; the answer
        carries ``cursor`` for the next page ("" on the last one)."""
        limit = q_int(request, "limit", MAX_LIMIT, low=1, high=MAX_LIMIT)
        cursor = q_int(request, "cursor", 0, low=0)
        page = items[cursor : cursor + limit]
        more = cursor + limit < len(items)
        return ok({key: [render(i) for i in page], "cursor": str(cursor + limit) if more else ""})

    async def transfer_history(self, request: web.Request) -> web.Response:
        """``GET /api/v1/transfer/history``: transfers in and out of an account, newest first."""
        acc = self._account_of(request)
        kinds = {t for t in q_str(request, "type", "all").split(",") if t}
        found = []
        for t in reversed(self.ex.transfers):
            inflow, outflow = t["to"] is acc, t["from"] is acc
            kind = "L2TransferInflow" if inflow and not outflow else "L2TransferOutflow"
            if (inflow or outflow) and ("all" in kinds or kind in kinds):
                found.append((kind, t))
        return self._page(request, found, "transfers", lambda kt: views.transfer_json(self.ex, *kt))

    async def withdraw_history(self, request: web.Request) -> web.Response:
        """``GET /api/v1/withdraw/history`` (auth): the account's withdrawals, newest first."""
        acc = self._account_of(request)
        found = [w for w in reversed(self.ex.withdraws) if w["account_index"] == acc.index]
        return self._page(request, found, "withdraws", lambda w: views.withdraw_json(self.ex, w))

    async def deposit_history(self, request: web.Request) -> web.Response:
        """``GET /api/v1/deposit/history`` (auth): the deposits into an account, newest first."""
        acc = self._account_of(request)
        found = [d for d in reversed(self.ex.deposits) if d["account_index"] == acc.index]
        return self._page(request, found, "deposits", lambda d: views.deposit_json(self.ex, d))

    async def pnl(self, request: web.Request) -> web.Response:
        """``GET /api/v1/pnl``: per-bucket realized trade PnL, volume and USDC flows of an account."""
        if q_str(request, "by") != "index":
            raise errors.invalid_param("by must be index")
        try:
            acc = self.ex.account(int(q_str(request, "value")))
        except ValueError:
            raise errors.invalid_param("value must be an account index") from None
        res = q_str(request, "resolution")
        if res not in views.PNL_RESOLUTIONS:
            raise errors.invalid_param(f"resolution must be one of {', '.join(views.PNL_RESOLUTIONS)}")
        start, end = _ms_range(request)
        count = q_int(request, "count_back", low=0)
        ignore_transfers = q_str(request, "ignore_transfers", "false").lower() == "true"
        entries = views.pnl_entries(self.ex, acc, res, start, end, ignore_transfers)
        return ok({"resolution": res, "pnl": entries[-count:] if count else entries})

    async def liquidations(self, request: web.Request) -> web.Response:
        """``GET /api/v1/liquidations`` (auth): always empty here (no liquidations, see docs/testing.md)."""
        self._account_of(request)
        q_int(request, "limit", low=1, high=MAX_LIMIT)
        return ok({"liquidations": []})

    async def l1_metadata(self, request: web.Request) -> web.Response:
        """``GET /api/v1/l1Metadata`` (auth): referral facts of an L1 address that owns accounts here."""
        found = self.ex.accounts.for_l1(q_str(request, "l1_address"))
        if not found:
            raise ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
        return ok(
            {
                "l1_address": found[0].l1_address,
                "can_invite": True,
                "referral_points_percentage": "0",
                "referral_program_kickback": "0",
                "referral_program_kickback_history": [],
            }
        )

    async def mark_price_candles(self, request: web.Request) -> web.Response:
        """``GET /api/v1/markPriceCandles``: candles of the market's trades (the mark follows trades here)."""
        ms, res, start, end, count = self._candle_query(request)
        cs = views.candles(ms, res, start // 1000, end // 1000, count)
        marks = [{"t": c["t"], "o": c["o"], "h": c["h"], "l": c["l"], "c": c["c"], "sc": c["c"]} for c in cs]
        return ok({"r": res, "c": marks})


async def _form(request: web.Request) -> dict[str, Any]:
    """Form fields of a urlencoded or multipart body; a JSON object body is accepted too."""
    ctype = request.content_type
    if ctype not in ("application/json", "application/x-www-form-urlencoded", "multipart/form-data", ""):
        raise errors.invalid_param(f"unsupported content type {ctype}")
    return await params.fields(request)


def _form_int(form: dict[str, Any], name: str) -> int:
    raw = form.get(name)
    if raw is None or raw == "":
        raise errors.invalid_param(f"{name} is required")
    return params.integer(name, raw)


def _form_list(form: dict[str, Any], name: str) -> list[Any]:
    raw = form.get(name)
    if raw is None or raw == "":
        raise errors.invalid_param(f"{name} is required")
    if isinstance(raw, str):
        raw = params.json_value(name, raw)
    if not isinstance(raw, list):
        raise errors.invalid_param(f"{name} must be a JSON list")
    return raw


@lru_cache(maxsize=1)
def param_rules() -> dict[str, dict[str, dict[str, Any]]]:
    """``{"GET /api/v1/x": {name: {required, type, minimum, maximum}}}``: query parameters (from the spec)."""
    text = resources.files("lighter.testing").joinpath("param_rules.json").read_text()
    data: dict[str, dict[str, dict[str, Any]]] = json.loads(text)
    return data


def check_params(request: web.Request) -> None:
    """Refuse what the spec does not allow, on every operation (modelled or static), as the real exchange
    does with 20001 ``invalid param``: a required query parameter missing, an integer that is not one, or
    one outside the spec's bounds (``limit`` above its maximum: 100 on most lists, 250 for orderBookOrders,
    as API-NOTES §9 and the published spec give them)."""
    for name, rule in param_rules().get(f"{request.method} {request.path}", {}).items():
        raw = request.query.get(name)
        if raw is None or raw == "":
            if rule["required"]:
                raise errors.invalid_param(f"{name} is required")
            continue
        if rule["type"] != "integer":
            continue
        try:
            value = int(raw)
        except ValueError:
            raise errors.invalid_param(f"{name} must be an integer") from None
        if value < rule.get("minimum", value) or value > rule.get("maximum", value):
            raise errors.invalid_param(f"{name} out of range")


@lru_cache(maxsize=1)
def auth_rules() -> dict[str, str]:
    """``{"GET /api/v1/x": "required" | "optional"}``: operations that take an auth token (from the spec)."""
    text = resources.files("lighter.testing").joinpath("auth_rules.json").read_text()
    data: dict[str, str] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def static_payloads() -> dict[str, dict[str, Any]]:
    """``{"GET /api/v1/x": body}`` for the spec operations not modelled here."""
    try:
        text = resources.files("lighter.testing").joinpath("static_payloads.json").read_text()
    except FileNotFoundError:
        return {}
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


def fallback_for(known: dict[str, set[str]]) -> Handler:
    """The handler of every unrouted request, given the methods each routed path takes.

    A path that exists with other methods answers 405 (with ``Allow``); an operation of the spec that is
    not modelled answers its static payload; anything else is 404. All in the ``{code, message}`` shape.
    """

    async def fallback(request: web.Request) -> web.Response:
        body = static_payloads().get(f"{request.method} {request.path}")
        if body is not None:
            return web.Response(text=views.dumps(body), content_type="application/json")
        methods = set(known.get(request.path, set()))
        methods |= {key.split(" ", 1)[0] for key in static_payloads() if key.split(" ", 1)[1] == request.path}
        if methods:
            allow = ", ".join(sorted(methods | ({"HEAD"} if "GET" in methods else set())))
            return error_response(
                405,
                f"method {request.method} not allowed on {request.path} (allowed: {allow})",
                {"Allow": allow},
            )
        return error_response(404, f"no route {request.path}")

    return fallback
