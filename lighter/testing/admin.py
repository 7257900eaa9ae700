"""Admin routes under ``/sim/v1/`` (never part of the public API): deposits, faults, market maker, state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from aiohttp import web

from lighter.testing import errors, faults, params, views
from lighter.testing.errors import ExchangeError

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.exchange import Exchange
    from lighter.testing.ws import Hub

CHECKSUM_DEPTH = 25  # lighter.ws.CHECKSUM_DEPTH, the levels per side a book checksum covers by default


def cross_site(request: web.Request) -> ExchangeError | None:
    """Why an admin request from a web page of another origin is refused (None: it is not one).

    A browser marks what a page sends (``Origin``, ``Sec-Fetch-Site``); programs such as curl or the SDK
    send neither, so JSON and form deposits from tools keep working while a page on another site cannot
    mint funds on a running local exchange.
    """
    site = request.headers.get("sec-fetch-site", "").lower()
    origin = request.headers.get("origin")
    own = f"{request.scheme}://{request.host}"
    if site in ("cross-site", "same-site") or (origin is not None and origin != own):
        return ExchangeError(
            errors.INVALID_PARAM,
            "the /sim/v1/ admin API refuses requests from web pages of other origins",
            status=403,
        )
    return None


async def _body(request: web.Request) -> dict[str, Any]:
    return await params.fields(request)


def _int(body: dict[str, Any], name: str, default: int | None = None, *, low: int | None = None) -> int:
    raw = body.get(name, default)
    if raw is None:
        raise errors.invalid_param(f"{name} is required")
    return params.integer(name, raw, low=low)


class Server(Protocol):
    """What the admin routes drive on the server (``app.ExchangeServer``): the exchange, the fault state,
    the WebSocket hub and the market maker."""

    exchange: Exchange
    faults: faults.Faults
    hub: Hub

    def clear_faults(self) -> None:
        """Drop every pending fault."""

    def describe_faults(self) -> dict[str, Any]:
        """Pending faults and counters."""

    def set_drop_every(self, seconds: float | None) -> None:
        """Close every WebSocket every ``seconds`` (None stops)."""

    def start_maker(self) -> None:
        """Start the synthetic market maker."""

    def stop_maker(self) -> None:
        """Stop the synthetic market maker."""


class Admin:
    """``/sim/v1/`` handlers."""

    def __init__(self, server: Server) -> None:
        self.server = server

    def routes(self) -> list[web.RouteDef]:
        """The ``/sim/v1/`` routes."""
        return [
            web.post("/sim/v1/deposit", self.deposit),
            web.get("/sim/v1/faults", self.get_faults),
            web.post("/sim/v1/faults", self.set_faults),
            web.post("/sim/v1/maker", self.maker),
            web.get("/sim/v1/funding", self.get_funding),
            web.post("/sim/v1/funding/settle", self.settle_funding),
            web.post("/sim/v1/index_price", self.index_price),
            web.get("/sim/v1/book_checksum", self.book_checksum),
            web.get("/sim/v1/health", self.health),
        ]

    async def deposit(self, request: web.Request) -> web.Response:
        """``POST /sim/v1/deposit`` ``{l1_address, amount, asset_index?, route?}``: create and fund the
        master account of an address; answers its ``account_index``."""
        body = await _body(request)
        l1 = body.get("l1_address")
        if not isinstance(l1, str):
            raise errors.invalid_param("l1_address is required")
        route = body.get("route")
        acc = self.server.exchange.deposit(
            l1,
            _int(body, "amount", low=1),
            _int(body, "asset_index", 3, low=0),
            None if route is None else _int(body, "route", low=0),
        )
        return web.json_response(
            {
                "code": errors.OK,
                "account_index": acc.index,
                "l1_address": acc.l1_address,
                "collateral": views.usdc(acc.collateral),
            }
        )

    async def get_faults(self, request: web.Request) -> web.Response:
        """``GET /sim/v1/faults``: the pending faults and what the injected ones did."""
        return web.json_response({"code": errors.OK, **self.server.describe_faults()})

    async def set_faults(self, request: web.Request) -> web.Response:
        """One or more of: ``clear``, ``drop_ws`` (now), ``drop_ws_every`` (seconds, 0 stops),
        ``skip_order_book_update`` (market id, -1 any), ``http_error`` {path, status, count, retry_after},
        ``delay`` {path, seconds, count}, ``invalid_nonce_next`` (count)."""
        body = await _body(request)
        known = {
            "clear",
            "drop_ws",
            "drop_ws_every",
            "skip_order_book_update",
            "http_error",
            "delay",
            "invalid_nonce_next",
        }
        unknown = sorted(set(body) - known)
        if unknown:
            raise errors.invalid_param(f"unknown fault(s): {', '.join(unknown)}")
        # parse everything before changing anything: a bad field leaves the faults as they were
        clear = params.flag("clear", body["clear"]) if "clear" in body else False
        drop_now = params.flag("drop_ws", body["drop_ws"]) if "drop_ws" in body else False
        http_fault: faults.HttpFault | None = None
        delay: faults.Delay | None = None
        skip_market: int | None = None
        invalid_nonces: int | None = None
        every: float | None = None
        if "http_error" in body:
            spec = body["http_error"]
            if not isinstance(spec, dict):
                raise errors.invalid_param("http_error must be an object")
            http_fault = faults.parse_http_fault(spec)
        if "delay" in body:
            spec = body["delay"]
            if not isinstance(spec, dict):
                raise errors.invalid_param("delay must be an object")
            delay = faults.parse_delay(spec)
        if "skip_order_book_update" in body:
            skip_market = _int(body, "skip_order_book_update", low=-1)
        if "invalid_nonce_next" in body:
            invalid_nonces = _int(body, "invalid_nonce_next", low=0)
        if "drop_ws_every" in body:
            every = params.number("drop_ws_every", body["drop_ws_every"], low=0)
        srv = self.server
        result: dict[str, Any] = {}
        if clear:
            srv.clear_faults()
        if http_fault is not None:
            srv.faults.http.append(http_fault)
        if delay is not None:
            srv.faults.delays.append(delay)
        if skip_market is not None:
            skips = srv.faults.skip_book_updates
            skips[skip_market] = skips.get(skip_market, 0) + 1
        if invalid_nonces is not None:
            srv.exchange.faults.invalid_nonce_next += invalid_nonces
        if every is not None:
            srv.set_drop_every(every if every > 0 else None)
        if drop_now:
            result["dropped"] = await srv.hub.drop_all()
        return web.json_response({"code": errors.OK, **result, **srv.describe_faults()})

    async def maker(self, request: web.Request) -> web.Response:
        """``POST /sim/v1/maker`` ``{on}``: start or stop the synthetic market maker."""
        body = await _body(request)
        on = params.flag("on", body.get("on", True))
        if on:
            self.server.start_maker()
        else:
            self.server.stop_maker()
        return web.json_response({"code": errors.OK, "maker": bool(on)})

    async def get_funding(self, request: web.Request) -> web.Response:
        """Funding interval, next settlement and each perp market's index, mark, premium and rates."""
        return web.json_response({"code": errors.OK, **views.funding_state_json(self.server.exchange)})

    async def settle_funding(self, request: web.Request) -> web.Response:
        """Settle funding of every perp market now; answers what each market settled."""
        ex = self.server.exchange
        settled = ex.settle_funding()
        body = [views.settlement_json(s, ex.engine.markets[s.market_id].market) for s in settled]
        return web.json_response({"code": errors.OK, "settlements": body})

    async def index_price(self, request: web.Request) -> web.Response:
        """``{market_id, price}``: pin a perp index price (integer price units); null price unpins."""
        body = await _body(request)
        market_id = _int(body, "market_id", low=0)
        raw = body.get("price")
        price = None if raw is None else params.integer("price", raw, low=1)
        ex = self.server.exchange
        ex.set_index_price(market_id, price)
        ms = ex.engine.markets[market_id]
        return web.json_response(
            {
                "code": errors.OK,
                "market_id": market_id,
                "index_price": ms.market.fmt_price(ex.funding.index_price(ms)),
                "pinned": price is not None,
            }
        )

    async def book_checksum(self, request: web.Request) -> web.Response:
        """``GET /sim/v1/book_checksum?market_id=&depth=25``: the checksum of the server's book (the
        function clients use, ``lighter.ws.book_checksum``) with the ``nonce`` and ``offset`` of the last
        ``order_book`` frame, so a client can compare once its book has reached that nonce."""
        market_id = _int(dict(request.query), "market_id", low=0)
        depth = _int(dict(request.query), "depth", CHECKSUM_DEPTH, low=1)
        srv = self.server
        ms = srv.exchange.engine.market(market_id)
        return web.json_response(
            {
                "code": errors.OK,
                "market_id": market_id,
                "depth": depth,
                "checksum": views.book_checksum(ms, depth),
                "nonce": srv.hub.book_nonce.get(market_id, 0),
                "offset": ms.offset,
            }
        )

    async def health(self, request: web.Request) -> web.Response:
        """``GET /sim/v1/health``: height, number of accounts and chain id."""
        ex = self.server.exchange
        return web.json_response(
            {"code": errors.OK, "height": ex.height, "accounts": len(ex.accounts), "chain_id": ex.chain_id}
        )


def error_response(exc: ExchangeError) -> web.Response:
    """An admin refusal as ``{code, message}`` with the error's HTTP status."""
    return web.json_response(exc.body(), status=exc.status)
