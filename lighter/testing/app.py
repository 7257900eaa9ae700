"""The local exchange's application (aiohttp: REST and WebSocket on one port, one event loop).

``ExchangeServer`` is the asyncio core: routes, middleware (faults, request counts), auth checks, the
server-side fault state, market maker and taker tasks. ``server.LocalExchange`` runs one in a background
thread; ``lighter sim`` runs one in the foreground.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import TYPE_CHECKING, Any

from aiohttp import web

from lighter._auth import MAX_LIFETIME as MAX_AUTH_LIFETIME
from lighter._loggers import get_logger
from lighter.testing import admin, answers, errors, faults, metrics, rest, views
from lighter.testing.errors import ExchangeError
from lighter.testing.exchange import Exchange
from lighter.testing.limits import LIMITS, ServerLimits
from lighter.testing.ws import Hub

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.replay import Replay

log = get_logger("lighter.testing")

TICK_SECONDS = 0.05
MAX_BODY = 4 * 1024 * 1024  # larger request bodies get 413 {code, message}
MONITORING = ("/metrics", "/health")  # never delayed or failed by fault injection
AUTH_CLOCK_SKEW = 60  # seconds a client clock may run ahead when it mints a token of the longest lifetime


class ExchangeServer:
    """The HTTP/WS application around one :class:`Exchange`."""

    def __init__(
        self,
        exchange: Exchange,
        *,
        market_maker: bool = False,
        maker_seed: int | None = None,
        limits: ServerLimits | None = None,
        replay: Replay | None = None,
    ) -> None:
        self.exchange = exchange
        self.faults = faults.Faults()
        self.limits = limits if limits is not None else ServerLimits()
        self.replay = replay
        self.inflight = 0  # requests being answered now (a replay's barrier waits for them)
        if replay is not None:
            from lighter.testing.replay import ReplayHub

            self.hub: Hub = ReplayHub(replay, exchange, self.faults, self.check_auth, self.limits)
            replay.hub, replay.server = self.hub, self
        else:
            self.hub = Hub(exchange, self.faults, self.check_auth, self.limits)
        self.counters = metrics.SimCounters()  # GET /metrics
        exchange.listeners.append(self.counters.on_change)
        self.requests: Counter[tuple[str, str, str]] = Counter()  # (route, method, status)
        self._routes: set[str] = set()
        self.rest = rest.Rest(self)
        self.admin = admin.Admin(self)
        self._runner: web.AppRunner | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._drop_task: asyncio.Task[None] | None = None
        self._maker_task: asyncio.Task[None] | None = None
        self._taker_task: asyncio.Task[None] | None = None
        self._want_maker = market_maker
        self._maker_seed = maker_seed
        self._release: asyncio.Event | None = None
        self.host = "127.0.0.1"
        self.port = 0

    # ------------------------------------------------------------------ app
    def app(self) -> web.Application:
        """The aiohttp application: REST, admin, ``/stream`` and a ``{code, message}`` fallback."""
        app = web.Application(middlewares=[self._middleware], client_max_size=MAX_BODY)
        app[LIMITS] = self.limits
        routes = [
            *self.rest.routes(),
            *self.admin.routes(),
            web.get("/stream", self.hub.handle),
            web.get("/metrics", self._metrics),
            web.get("/health", self._health),
        ]
        if self.replay is not None:
            routes += self._replay_routes()
        app.add_routes(routes)
        known: dict[str, set[str]] = {}
        for route in routes:
            if isinstance(route, web.RouteDef):
                known.setdefault(route.path, set()).add(route.method)
        self._routes = set(known)
        app.router.add_route("*", "/{tail:.*}", rest.fallback_for(known))
        return app

    @web.middleware
    async def _middleware(self, request: web.Request, handler: answers.Handler) -> web.StreamResponse:
        response = await self._faulty(request, handler)
        route = request.path if request.path in self._routes else "other"  # bounded label values
        self.requests[(route, request.method, str(response.status))] += 1
        return response

    async def _metrics(self, request: web.Request) -> web.Response:
        """``GET /metrics``: Prometheus text (requests, transactions, matches, connections, frames)."""
        return web.Response(
            body=metrics.render(self).encode(), headers={"Content-Type": metrics.CONTENT_TYPE}
        )

    async def _health(self, request: web.Request) -> web.Response:
        """``GET /health``: 200 and a small JSON body while the server runs."""
        return web.Response(text=views.dumps(metrics.health(self)), content_type="application/json")

    async def _faulty(self, request: web.Request, handler: answers.Handler) -> web.StreamResponse:
        path = request.path
        if path.startswith("/sim/") and (refusal := admin.cross_site(request)) is not None:
            return answers.fail(refusal)
        if not path.startswith("/sim/") and path not in MONITORING:
            delay = self.faults.delay_for(path)
            if delay:
                await self._hold(path, delay)
            fault = self.faults.http_fault(path)
            if fault is not None:
                return _fault_response(fault)
        counted = path != "/stream"  # a WebSocket lives long: its messages are counted by the hub
        self.inflight += counted
        if counted and self.replay is not None:
            self.replay.touch()
        try:
            response = await self._answer(request, handler)
        except web.HTTPException:  # a redirect or other non-error answer of aiohttp
            raise
        finally:
            self.inflight -= counted
        if not request.content.is_eof():
            # refused before the body was read (too large, broken multipart): this connection ends
            # here (``Connection: close``) once aiohttp has drained the rest of the body
            response.force_close()
        return response

    async def _answer(self, request: web.Request, handler: answers.Handler) -> web.StreamResponse:
        try:
            if self.rest.models(request):
                rest.check_params(request)
            await self.rest.enforce_auth(request)
            return await handler(request)
        except ExchangeError as exc:
            return answers.fail(exc)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            return answers.from_http_exception(exc)
        except Exception:
            log.exception("local exchange: unexpected error on %s", request.path)
            return answers.fail(ExchangeError(errors.INTERNAL, "internal server error", status=500))

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on ``host:port`` (0: a free port, read back into ``self.port``) and start
        the ticker (expiries, funding) and the market maker if asked."""
        # keepalive_timeout also bounds a connection that never completes a request head (slow headers)
        self._runner = web.AppRunner(
            self.app(), access_log=None, handle_signals=False, keepalive_timeout=self.limits.header_timeout
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, reuse_address=True)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.host, self.port = server.sockets[0].getsockname()[:2]  # type: ignore[attr-defined]
        self._tasks.append(asyncio.get_running_loop().create_task(self._ticker()))
        if self._want_maker:
            self.start_maker()
        if self.replay is not None:
            self._tasks.append(asyncio.get_running_loop().create_task(self.replay.run(self)))

    async def stop(self) -> None:
        """Stop the maker and fault loops, close every WebSocket and connection, release held
        requests and shut the listener down."""
        self.stop_maker()
        self.stop_taker()
        self.set_drop_every(None)
        for task in self._tasks:
            task.cancel()
        await self.hub.drop_all()
        if self._release is not None:  # requests held by a delay fault are answered now
            self._release.set()
        if self._runner is not None:
            if self._runner.server is not None:
                # close idle and lingering connections (e.g. one still draining a refused oversized
                # body) instead of waiting out aiohttp's graceful shutdown
                for conn in list(self._runner.server.connections):
                    conn.force_close()
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server."""
        return f"http://{self.host}:{self.port}"

    @property
    def ws_url(self) -> str:
        """``ws://host:port/stream`` of the running server."""
        return f"ws://{self.host}:{self.port}/stream"

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                self.exchange.tick()
            except Exception:
                log.exception("local exchange: tick failed")

    def _replay_routes(self) -> list[web.RouteDef]:
        replay = self.replay
        assert replay is not None

        async def status(_request: web.Request) -> web.Response:
            return answers.ok(replay.status())

        async def begin(_request: web.Request) -> web.Response:
            replay.begin()
            return answers.ok(replay.status())

        async def report(_request: web.Request) -> web.Response:
            return answers.ok(replay.report())

        return [
            web.get("/sim/v1/replay", status),
            web.post("/sim/v1/replay/start", begin),
            web.get("/sim/v1/report", report),
        ]

    # ------------------------------------------------------------------ auth
    def check_auth(self, token: str, account_index: int) -> bool:
        """An auth token is good for its own account and for the sub-accounts of the same L1 owner, until its
        deadline, which may lie at most 8 hours ahead (the exchange's cap on token lifetimes)."""
        from lighter.signing import parse_auth_token, verify_auth_token

        try:
            deadline, account, key_index, _sig = parse_auth_token(token)
        except (ValueError, TypeError):
            return False
        ex = self.exchange
        # a replay's clock is in the recording's past; the bot mints tokens with its own (wall) clock
        now = int(time.time()) if self.replay is not None else ex.now_ms() // 1000
        if not now < deadline <= now + MAX_AUTH_LIFETIME + AUTH_CLOCK_SKEW:  # expired, or lives over 8 h
            return False
        owner = ex.accounts.get(account)
        target = ex.accounts.get(account_index)
        if owner is None or target is None:
            return False
        if owner is not target and owner.l1_address.lower() != target.l1_address.lower():
            return False
        if not ex.verify_signatures:
            return True
        key = owner.api_keys.get(key_index)
        return key is not None and verify_auth_token(token, key.public_key)

    # ------------------------------------------------------------------ faults
    async def _hold(self, path: str, seconds: float) -> None:
        """An injected delay: wait ``seconds``, or less if the faults are cleared meanwhile."""
        if self._release is None:
            self._release = asyncio.Event()
        release = self._release
        self.faults.delaying_now += 1
        try:
            await asyncio.wait_for(release.wait(), seconds)
        except asyncio.TimeoutError:
            pass
        finally:
            self.faults.delaying_now -= 1
            self.faults.delayed.append((path, seconds))

    def clear_faults(self) -> None:
        """Drop every pending fault and let requests held by a delay go on now."""
        self.faults.clear()
        self.exchange.faults.invalid_nonce_next = 0
        self.set_drop_every(None)
        if self._release is not None:
            self._release.set()
            self._release = None

    def describe_faults(self) -> dict[str, Any]:
        """Pending faults and counters, transaction faults included."""
        return {**self.faults.describe(), "invalid_nonce_next": self.exchange.faults.invalid_nonce_next}

    def set_drop_every(self, seconds: float | None) -> None:
        """Close every WebSocket every ``seconds`` (None stops)."""
        if self._drop_task is not None:
            self._drop_task.cancel()
            self._drop_task = None
        self.faults.drop_ws_every = seconds
        if seconds:
            self._drop_task = asyncio.get_running_loop().create_task(self._drop_loop(seconds))

    async def _drop_loop(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            await self.hub.drop_all()

    # ------------------------------------------------------------------ market maker
    def start_maker(self) -> None:
        """Start the synthetic market maker (no-op if running)."""
        if self._maker_task is not None:
            return
        from lighter.testing.maker import MarketMaker

        maker = MarketMaker(self.exchange, seed=self._maker_seed)
        self._maker_task = asyncio.get_running_loop().create_task(maker.run())

    def start_taker(self, *, seed: int | None = None, interval: float | None = None) -> None:
        """Start the synthetic taker flow (random market orders; no-op if running)."""
        if self._taker_task is not None:
            return
        from lighter.testing.taker import DEFAULT_INTERVAL, SyntheticTaker

        taker = SyntheticTaker(self.exchange, seed=seed, interval=interval or DEFAULT_INTERVAL)
        self._taker_task = asyncio.get_running_loop().create_task(taker.run())

    def stop_taker(self) -> None:
        """Stop the synthetic taker flow."""
        if self._taker_task is not None:
            self._taker_task.cancel()
            self._taker_task = None

    def stop_maker(self) -> None:
        """Stop the market maker; its resting quotes stay until re-quoted or cancelled."""
        if self._maker_task is not None:
            self._maker_task.cancel()
            self._maker_task = None


def _fault_response(fault: faults.HttpFault) -> web.Response:
    if fault.status == 429:
        body = {"code": errors.TOO_MANY_REQUESTS, "message": "Too Many Requests"}
    else:
        body = {"code": errors.INTERNAL, "message": "internal server error (injected fault)"}
    headers = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = f"{fault.retry_after:g}"
    return web.Response(
        status=fault.status, text=views.dumps(body), content_type="application/json", headers=headers
    )
