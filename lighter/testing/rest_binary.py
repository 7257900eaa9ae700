"""REST routes of the local exchange for binary options, the price oracle and fee tiers (synthetic data from
`lighter.testing.binary_options`), with the exchange's parameter rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from aiohttp import web

from lighter.testing import binary_options as bo
from lighter.testing import errors, views
from lighter.testing.answers import ok, q_int, q_str

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.exchange import Exchange

MAX_IDS = 50
PAGE = (1, 100)


def _id_list(request: web.Request, name: str) -> set[int] | None:
    raw = request.query.get(name)
    if not raw:
        return None
    try:
        ids = {int(part) for part in raw.split(",") if part.strip()}
    except ValueError:
        raise errors.invalid_param(f"{name} must be comma-separated integers") from None
    if len(ids) > MAX_IDS or any(i <= 0 for i in ids):
        raise errors.invalid_param(f"{name}: at most {MAX_IDS} positive ids")
    return ids


def _flag(request: web.Request, name: str) -> bool | None:
    raw = request.query.get(name)
    if raw is None or raw == "":
        return None
    if raw.lower() not in ("true", "false"):
        raise errors.invalid_param(f"{name} must be true or false")
    return raw.lower() == "true"


class ExchangeHolder(Protocol):
    """What these routes need of the REST layer (``rest.Rest``): the exchange behind the server."""

    @property
    def ex(self) -> Exchange:
        """The exchange behind the server."""


class BinaryOptionRoutes:
    """Handlers bound to the exchange's REST layer (for its clock, accounts and auth check)."""

    def __init__(self, rest: ExchangeHolder) -> None:
        self.rest = rest

    def routes(self) -> list[web.RouteDef]:
        """The five routes, for `Rest.routes`."""
        handlers = {
            "events": self.events,
            "upDownCandles": self.up_down_candles,
            "portfolio/boPnl": self.bo_pnl,
            "priceOracleInfo": self.price_oracle_info,
            "feeTiers": self.fee_tiers,
        }
        return [web.get("/api/v1/" + path, handler) for path, handler in handlers.items()]

    def _now_s(self) -> int:
        return self.rest.ex.now_ms() // 1000

    async def events(self, request: web.Request) -> web.Response:
        """``GET /api/v1/events``: the listed up/down windows, filtered, paged by position (``cursor``)."""
        now = self._now_s()
        event_ids, market_ids = _id_list(request, "event_ids"), _id_list(request, "market_ids")
        creator = q_int(request, "creator_account_index", -1)
        active = _flag(request, "active")
        tag, kind = request.query.get("tag"), request.query.get("event_kind")
        start_from = q_int(request, "start_from", 0, low=0)
        start_before = q_int(request, "start_before", 0, low=0)
        cursor = q_int(request, "cursor", 0, low=0)
        limit = q_int(request, "limit", 20, low=PAGE[0], high=PAGE[1])
        order = q_str(request, "order", "asc")
        if order not in ("asc", "desc"):
            raise errors.invalid_param("order must be asc or desc")
        found = []
        for w in bo.windows(now):
            status, _ = bo.status_and_outcome(w, now)
            if event_ids is not None and w.event_id not in event_ids:
                continue
            if market_ids is not None and w.market_id not in market_ids:
                continue
            if creator >= 0 and creator != bo.OPERATOR_ACCOUNT:
                continue
            if active is not None and active != (status != "settled"):
                continue
            if (tag and tag != w.series.tag) or (kind and kind != "recurrent"):
                continue
            if (
                start_from
                and w.start_s * 1000 < start_from
                or start_before
                and w.start_s * 1000 >= start_before
            ):
                continue
            found.append(w)
        found.sort(key=lambda w: (w.start_s, w.event_id), reverse=order == "desc")
        page = found[cursor : cursor + limit]
        body: dict[str, object] = {"events": [bo.event_json(w, now) for w in page]}
        if cursor + limit < len(found):
            body["next_cursor"] = cursor + limit
        return ok(body)

    async def up_down_candles(self, request: web.Request) -> web.Response:
        """``GET /api/v1/upDownCandles``: at most 24 hours per request, 1..3600 candles per page."""
        symbol, duration = q_str(request, "symbol"), q_str(request, "duration")
        series = bo.find_series(symbol, duration)
        if series is None:
            known = ", ".join(f"{s.symbol} {s.duration}" for s in bo.SERIES)
            raise errors.invalid_param(f"unknown up/down series {symbol} {duration} (known: {known})")
        resolution = q_str(request, "resolution", "1s")
        if resolution not in bo.RESOLUTIONS:
            raise errors.invalid_param("resolution must be 1s or 30s")
        start = q_int(request, "start_timestamp", low=0, high=5_000_000_000)
        end = q_int(request, "end_timestamp", low=0, high=5_000_000_000)
        if end < start or end - start > bo.MAX_CANDLE_RANGE_S:
            raise errors.invalid_param("end_timestamp must be within 24h after start_timestamp")
        limit = q_int(
            request, "limit", bo.DEFAULT_CANDLE_LIMIT, low=bo.CANDLE_LIMIT[0], high=bo.CANDLE_LIMIT[1]
        )
        found, next_cursor = bo.candles(series, resolution, start, end, limit, self._now_s())
        return ok({"candles": found, "next_cursor": next_cursor})

    async def bo_pnl(self, request: web.Request) -> web.Response:
        """``GET /api/v1/portfolio/boPnl`` (a token, if given, is checked by the auth middleware): nobody
        trades binary options here, so no events."""
        index = q_int(request, "account_index", low=0)
        if self.rest.ex.accounts.get(index) is None:
            raise errors.ExchangeError(errors.ACCOUNT_NOT_FOUND, "account not found")
        q_int(request, "event_id", 0, low=0)
        q_int(request, "cursor", 0, low=0)
        q_int(request, "limit", 20, low=PAGE[0], high=PAGE[1])
        return ok({"events": []})

    async def price_oracle_info(self, request: web.Request) -> web.Response:
        """``GET /api/v1/priceOracleInfo``: every local market prices from the exchange itself."""
        symbol = request.query.get("symbol")
        markets = [ms.market for ms in self.rest.ex.engine.markets.values() if not ms.market.is_spot]
        if symbol:
            markets = [m for m in markets if m.symbol.lower() == symbol.lower()]
            if not markets:
                raise errors.invalid_param(f"unknown symbol {symbol}")
        entries = [
            {"symbol": m.symbol, "index": bo.oracle_price(), "mark": bo.oracle_price()} for m in markets
        ]
        return ok({"computed_at_ms": self.rest.ex.now_ms(), "markets": entries})

    async def fee_tiers(self, request: web.Request) -> web.Response:
        """``GET /api/v1/feeTiers``: a fixed schedule; ``filter`` keeps one kind (user, bo, staking)."""
        tiers = bo.fee_tiers()
        kind = request.query.get("filter")
        if kind:
            if f"{kind}_tiers" not in tiers:
                raise errors.invalid_param("filter must be user, bo or staking")
            tiers = {k: (v if k == f"{kind}_tiers" else []) for k, v in tiers.items()}
        return web.Response(text=views.dumps(tiers), content_type="application/json")
