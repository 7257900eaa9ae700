"""The local exchange server (aiohttp: REST and WebSocket on one port, one event loop).

``ExchangeServer`` is the asyncio core; ``LocalExchange`` runs one in a background thread on an ephemeral
127.0.0.1 port and offers Python helpers (deposits, faults) for tests and scripts.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from aiohttp import web

from lighter._auth import MAX_LIFETIME as MAX_AUTH_LIFETIME
from lighter.testing import admin, answers, errors, faults, metrics, rest, views
from lighter.testing.errors import ExchangeError
from lighter.testing.exchange import Exchange
from lighter.testing.funding import DEFAULT_INTERVAL as DEFAULT_FUNDING_INTERVAL
from lighter.testing.limits import LIMITS, ServerLimits
from lighter.testing.ws import Hub

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.replay import Replay

log = logging.getLogger("lighter.testing")

T = TypeVar("T")
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


class FaultControl:
    """Python face of the fault injection of a running :class:`LocalExchange`."""

    def __init__(self, lx: LocalExchange) -> None:
        self._lx = lx

    def drop_ws(self) -> int:
        """Close every WebSocket connection now; returns how many."""
        return self._lx._run_coro(self._lx._server().hub.drop_all())

    def drop_ws_every(self, seconds: float | None) -> None:
        """Close every WebSocket connection every ``seconds`` (None or 0 stops)."""
        self._lx.call(lambda _ex: self._lx._server().set_drop_every(seconds or None))

    def skip_order_book_update(self, market_id: int = -1, count: int = 1) -> None:
        """Swallow the next ``count`` order-book diffs of ``market_id`` (-1: any market): a visible gap."""

        def do(_ex: Exchange) -> None:
            skips = self._lx._server().faults.skip_book_updates
            skips[market_id] = skips.get(market_id, 0) + count

        self._lx.call(do)

    def http_error(
        self, path: str = "/api/v1/", status: int = 429, count: int = 1, retry_after: float | None = None
    ) -> None:
        """Answer the next ``count`` requests under ``path`` with ``status`` (429 or 5xx)."""
        spec = {"path": path, "status": status, "count": count}
        if retry_after is not None:
            spec["retry_after"] = retry_after
        fault = faults.parse_http_fault(spec)
        self._lx.call(lambda _ex: self._lx._server().faults.http.append(fault))

    def delay(self, path: str = "/", seconds: float = 0.5, count: int | None = None) -> None:
        """Delay requests under ``path`` by ``seconds`` (the next ``count`` only, or all)."""
        d = faults.parse_delay({"path": path, "seconds": seconds, "count": count})
        self._lx.call(lambda _ex: self._lx._server().faults.delays.append(d))

    def invalid_nonce_next(self, count: int = 1) -> None:
        """Refuse the next ``count`` transactions with "invalid nonce" (nonces do not move)."""

        def do(ex: Exchange) -> None:
            ex.faults.invalid_nonce_next += count

        self._lx.call(do)

    def clear(self) -> None:
        """Drop every pending fault; requests held by a delay are answered now."""
        self._lx.call(lambda _ex: self._lx._server().clear_faults())

    def describe(self) -> dict[str, Any]:
        """Pending faults and what was done: requests delayed, held now, WebSocket drops."""
        return self._lx.call(lambda _ex: self._lx._server().describe_faults())


class LocalExchange:
    """A local Lighter exchange on an ephemeral 127.0.0.1 port, served from a background thread.

    >>> with LocalExchange() as lx:
    ...     index = lx.deposit("0x" + "11" * 20, 10_000)
    ...     lx.base_url, lx.ws_url, lx.chain_id
    """

    def __init__(
        self,
        *,
        chain_id: int = 304,
        host: str = "127.0.0.1",
        port: int = 0,
        verify_signatures: bool = True,
        market_maker: bool = False,
        maker_seed: int | None = None,
        exchange: Exchange | None = None,
        funding_interval: float = DEFAULT_FUNDING_INTERVAL,
        limits: ServerLimits | None = None,
        replay: str | Path | Replay | None = None,
        speed: str | float = "max",
        start_at: Any = None,
        end_at: Any = None,
        seed: int | None = None,
    ) -> None:
        if isinstance(replay, (str, Path)):
            from lighter.testing.replay import Replay

            replay = Replay(
                replay,
                speed=speed,
                start=start_at,
                end=end_at,
                seed=seed,
                chain_id=chain_id,
                verify_signatures=verify_signatures,
                funding_interval=funding_interval,
            )
        self.limits = limits
        self.replay: Replay | None = replay
        if replay is not None:
            exchange = replay.exchange
        self.exchange = (
            exchange
            if exchange is not None
            else Exchange(
                chain_id=chain_id, verify_signatures=verify_signatures, funding_interval=funding_interval
            )
        )
        self.chain_id = self.exchange.chain_id
        self._host = host
        self._port = port
        self._market_maker = market_maker
        self._maker_seed = maker_seed
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._srv: ExchangeServer | None = None
        self.faults = FaultControl(self)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> LocalExchange:
        """Start the server thread and return once it listens (or raise RuntimeError with
        the reason it could not start). Returns ``self``; a started exchange cannot be started again
        until stopped."""
        if self._thread is not None:
            raise RuntimeError("LocalExchange is already running")
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                self._srv = ExchangeServer(
                    self.exchange,
                    market_maker=self._market_maker,
                    maker_seed=self._maker_seed,
                    limits=self.limits,
                    replay=self.replay,
                )
                loop.run_until_complete(self._srv.start(self._host, self._port))
            except BaseException as exc:  # report start-up failures to the caller
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._srv.stop())
                leftover = asyncio.all_tasks(loop)  # e.g. aiohttp handlers of force-closed connections
                for task in leftover:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name="lighter-local-exchange", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            self._thread.join()
            self._thread = None
            raise RuntimeError(f"local exchange failed to start: {failure[0]}") from failure[0]
        return self

    def stop(self) -> None:
        """Stop the server and join its thread: WebSockets are closed, held requests answered.
        Safe to call twice; the state (``exchange``) survives for inspection."""
        if self._thread is None or self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._thread = None
        self._loop = None

    def __enter__(self) -> LocalExchange:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _server(self) -> ExchangeServer:
        if self._srv is None:
            raise RuntimeError("LocalExchange is not running")
        return self._srv

    @property
    def base_url(self) -> str:
        """``http://<host>:<port>``, the REST base URL (RuntimeError before :meth:`start`)."""
        return self._server().base_url

    @property
    def ws_url(self) -> str:
        """``ws://<host>:<port>/stream``, the WebSocket URL (RuntimeError before :meth:`start`)."""
        return self._server().ws_url

    @property
    def port(self) -> int:
        """The port the server listens on, chosen at start when 0 (RuntimeError before :meth:`start`)."""
        return self._server().port

    # ------------------------------------------------------------------ helpers
    def call(self, fn: Callable[[Exchange], T]) -> T:
        """Run ``fn(exchange)`` on the server's loop (the only thread that may touch the state)."""
        if self._loop is None:
            raise RuntimeError("LocalExchange is not running")
        if threading.current_thread() is self._thread:
            return fn(self.exchange)
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            try:
                future.set_result(fn(self.exchange))
            except BaseException as exc:
                future.set_exception(exc)

        self._loop.call_soon_threadsafe(run)
        return future.result(10)

    def _run_coro(self, coro: Any) -> Any:
        if self._loop is None:
            raise RuntimeError("LocalExchange is not running")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    def deposit(
        self,
        l1_address: str,
        usdc: int | float | str | Decimal | None = None,
        *,
        amount: int | None = None,
        asset_index: int = 3,
        route: int | None = None,
    ) -> int:
        """Fund (creating if needed) the master account of ``l1_address``; returns its account index.

        ``usdc`` is in whole USDC; or give ``amount`` in the asset's base units (USDC: 6 decimals).
        """
        if amount is None:
            if usdc is None:
                raise ValueError("give usdc (whole USDC) or amount (base units)")
            if asset_index != 3:
                raise ValueError("usdc= applies to USDC (asset 3); use amount= for other assets")
            amount = int(Decimal(str(usdc)) * 10**6)
        value = amount
        return self.call(lambda ex: ex.deposit(l1_address, value, asset_index, route).index)

    def account_index(self, l1_address: str) -> int | None:
        """The master account index of ``l1_address``, if it exists."""

        def find(ex: Exchange) -> int | None:
            acc = ex.accounts.master_for_l1(l1_address)
            return None if acc is None else acc.index

        return self.call(find)

    def settle_funding(self) -> list[dict[str, Any]]:
        """Settle funding of every perp market now; returns the settlements (as the admin route)."""

        def do(ex: Exchange) -> list[dict[str, Any]]:
            return [
                views.settlement_json(s, ex.engine.markets[s.market_id].market) for s in ex.settle_funding()
            ]

        return self.call(do)

    def set_index_price(self, market_id: int, price: int | None) -> None:
        """Pin the index price of a perp market (integer price units, e.g. 300000 = 3000.00 for ETH);
        None follows the last trade again. The market maker, while it runs, moves the index itself."""
        self.call(lambda ex: ex.set_index_price(market_id, price))

    def book_checksum(self, market_id: int, depth: int = 25) -> int:
        """The checksum of the exchange's order book for ``market_id`` over the best ``depth`` levels per
        side, computed with the client's own function (``lighter.ws.book_checksum``), so a test can check
        ``ws.order_book(market_id).checksum() == lx.book_checksum(market_id)`` once the book has caught up."""
        return self.call(lambda ex: views.book_checksum(ex.engine.market(market_id), depth))

    def set_verify_signatures(self, on: bool) -> None:
        """Check signatures (transactions, ChangePubKey's L1 signature, auth tokens), the default,
        or accept them unchecked; nonces, expiry and field ranges are checked either way."""

        def do(ex: Exchange) -> None:
            ex.verify_signatures = on

        self.call(do)

    # ------------------------------------------------------------------ replay
    def _replay(self) -> Replay:
        if self.replay is None:
            raise RuntimeError("this LocalExchange does not replay a recording (LocalExchange(replay=PATH))")
        return self.replay

    def advance_to(self, t_ms: int | None = None) -> int:
        """Replay every recorded frame up to ``t_ms`` (ms; all when None) now; the clock ends at ``t_ms``.
        For ``speed="manual"``; returns how many frames were applied."""
        replay = self._replay()
        return self.call(lambda _ex: replay.advance_to(t_ms))

    def begin_replay(self) -> None:
        """Start a timed or ``max`` replay now (it otherwise waits for the first WebSocket subscription)."""
        replay = self._replay()
        self.call(lambda _ex: replay.begin())

    def wait_replay(self, timeout: float = 60.0) -> bool:
        """Wait until the replay has applied its last frame; False after ``timeout`` seconds."""
        return self._replay().finished.wait(timeout)

    def report(self) -> dict[str, Any]:
        """The backtest report of the replay so far: per account fills, fees, PnL over time, max drawdown,
        inventory (``lighter.testing.report``); render it with ``lighter backtest report``."""
        replay = self._replay()
        return self.call(lambda _ex: replay.report())

    def wait_for(self, predicate: Callable[[Exchange], bool], timeout: float = 5.0) -> bool:
        """Poll ``predicate(exchange)`` on the loop until it is true or ``timeout`` passes."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.call(predicate):
                return True
            time.sleep(0.01)
        return False
