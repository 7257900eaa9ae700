"""``LocalExchange``: the local exchange served from a background thread on an ephemeral 127.0.0.1 port,
with Python helpers (deposits, faults, replay control) for tests and scripts.

The application itself (routes, middleware, auth) is ``app.ExchangeServer``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lighter.testing import views
from lighter.testing.app import MAX_BODY as MAX_BODY
from lighter.testing.app import ExchangeServer
from lighter.testing.exchange import Exchange
from lighter.testing.fault_control import FaultControl
from lighter.testing.funding import DEFAULT_INTERVAL as DEFAULT_FUNDING_INTERVAL
from lighter.testing.limits import ServerLimits

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.replay import Replay

__all__ = ["ExchangeServer", "FaultControl", "LocalExchange"]

T = TypeVar("T")


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
        self.faults = FaultControl(self.call, self._run_coro, self._server)

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
