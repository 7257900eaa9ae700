"""`Lighter` (blocking) and `AsyncLighter` (asyncio): one client per account, the same names on both.

>>> client = Lighter(network="testnet", account_index=123, api_key_index=4, api_private_key="...")
>>> client.create_order("ETH", side="buy", size="0.1", price="3000")          # doctest: +SKIP
>>> async with AsyncLighter.from_env() as client:                               # doctest: +SKIP
...     await client.create_order("ETH", side="sell", size="0.1", order_type="market")

Transactions go over REST by default; ``client.via_ws(ws)`` sends them over a WebSocket instead
(``jsonapi/sendtx``), with the same nonce manager:

>>> with client.ws() as ws:                                   # doctest: +SKIP
...     ws.subscribe_account_all_orders()                    # private channel, the client's auth tokens
...     client.via_ws(ws).create_order("ETH", side="buy", size="0.1", price="3000")

Every decision is written once (`lighter._client`: the options, the core, the flows); the two faces here
only drive the flows: `Lighter` performs each step and blocks, `AsyncLighter` awaits it. Constructors
never do network I/O: market metadata, nonces and auth tokens are fetched or created on first use.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast, overload

from lighter._client.options import (
    DEFAULT_MAX_BATCH_SIZE,
    OPTIONS_DOC,
    AsyncLighterOptions,
    ClientOptions,
    LighterOptions,
    check_names,
    check_transport,
    profile_settings,
    settings_with_stores,
    signature,
)
from lighter._client.tolerant import TX_STATUS_EXECUTED, TX_STATUS_PENDING
from lighter._flow import arun, run
from lighter.resources._plans import BatchResult, Plan, TxResult
from lighter.resources._seam import Awaiting, Blocking, FaceT
from lighter.resources.areas import Account, Api, MarketData, Orders, Transactions
from lighter.resources.trading import RB, R, Trading

if TYPE_CHECKING:  # pragma: no cover
    import asyncio

    import httpx
    from typing_extensions import Self, Unpack

    from lighter._client import flows as F
    from lighter._client.core import TX_LIFETIME_MS, Batch, replace_tx
    from lighter._client.seams import FlowDesk
    from lighter._health import HealthReport
    from lighter._nonce import AsyncNonceManager, NonceManager
    from lighter.markets import AssetTable, Market, MarketTable
    from lighter.models import OrderResult
    from lighter.resources._seam import Paging as Pager
    from lighter.resources.binary_options import BinaryOptions
    from lighter.resources.via_ws import AsyncWsTrading, WsTrading, WsTradingNowait
    from lighter.ws.aio import AsyncWsClient
    from lighter.ws.client import WsClient

__all__ = [
    "Lighter",
    "AsyncLighter",
    "Batch",
    "TxResult",
    "BatchResult",
    "ClientOptions",
    "LighterOptions",
    "AsyncLighterOptions",
    "replace_tx",
    "DEFAULT_MAX_BATCH_SIZE",
    "TX_LIFETIME_MS",
    "TX_STATUS_EXECUTED",
    "TX_STATUS_PENDING",
]

_C = TypeVar("_C", bound="_Face[Any, Any, Any]")
_FROM_CORE = ("Batch", "replace_tx", "TX_LIFETIME_MS")


class _Later:
    """A module imported on first use: the client's flows load with the first client, not with
    ``from lighter import Lighter`` (the import lock makes the first use thread-safe)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        value = getattr(importlib.import_module(self._name), attr)
        setattr(self, attr, value)
        return value


if not TYPE_CHECKING:
    F = _Later("lighter._client.flows")


def __getattr__(name: str) -> Any:
    """`Batch`, `replace_tx` and `TX_LIFETIME_MS` live in `lighter._client.core` (loaded on first use)."""
    if name in _FROM_CORE:
        return getattr(importlib.import_module("lighter._client.core"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_T = TypeVar("_T")


class _Face(Trading[R, RB], Generic[R, RB, FaceT]):
    """What both faces share: the checked options, the core, the areas; each face adds its I/O."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        from lighter._log import configure_once

        configure_once()  # LIGHTER_LOG / LIGHTER_LOG_FORMAT, read once per process
        check_names(type(self).__name__, options)
        from lighter._client.core import ClientCore
        from lighter._client.seams import FlowDesk, Reads
        from lighter._client.wire import RestWire

        self._core = core = ClientCore(options)
        self.base_url, self.chain_id, self.network = core.base_url, core.chain_id, core.network
        self.account_index = core.account_index
        self.api_key_indexes = core.api_key_indexes
        self.max_batch_size = core.max_batch_size
        self._limiter, self._nonce_store, self._eth_key, self._auth = (
            core.limiter,
            core.nonce_store,
            core.eth_key,
            core.auth,
        )
        self._owned_stores: list[Any] = []  # built by from_env (LIGHTER_REDIS_URL), closed with the client
        self._rest = FlowDesk(core, RestWire(), self._drive, waiter=self)
        super().__init__(self._rest)
        reads = Reads(core, self._drive, self._iterate, self._gather)
        self.api = Api(reads)
        self.account: Account[FaceT] = Account(reads)
        self.orders: Orders[FaceT] = Orders(reads)
        self.transactions: Transactions[FaceT] = Transactions(reads)
        self.market_data: MarketData[FaceT] = MarketData(reads)
        self._reads = reads
        self._open(options.get("transport"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Unpack[ClientOptions]) -> Self:
        """Build from the ``LIGHTER_*`` environment variables (`environ`, default ``os.environ``):
        ``LIGHTER_NETWORK`` or ``LIGHTER_BASE_URL`` (+ ``LIGHTER_CHAIN_ID``), ``LIGHTER_ACCOUNT_INDEX``,
        ``LIGHTER_API_KEY_INDEX``, ``LIGHTER_API_PRIVATE_KEY``, ``LIGHTER_ETH_PRIVATE_KEY``.

        `overrides` are the client's keyword arguments (see `ClientOptions`) and win over the environment.

        With ``LIGHTER_REDIS_URL`` set (``pip install 'lighter-client[redis]'``), nonces live in a shared
        `lighter.stores.RedisNonceStore` and pacing in a `RedisRateLimiter` on the same server, both
        namespaced by this client's network, so a fleet of processes can trade one account (unless
        ``nonce_store=`` / a ``rate_limit=`` limiter is passed). Redis is pinged here: an unreachable
        server raises `lighter.stores.StoreUnavailableError` now. The client closes them on ``close()``.
        """
        return cls._from_settings(environ, overrides)

    @classmethod
    def from_profile(
        cls,
        name: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        **overrides: Unpack[ClientOptions],
    ) -> Self:
        """Build from the profile ``name`` (default ``LIGHTER_PROFILE``) of ``~/.config/lighter/config.toml``
        (``LIGHTER_CONFIG`` overrides the path); see `lighter.profiles`.

        Precedence: `overrides` > the ``LIGHTER_*`` environment variables > the profile. An unknown
        profile, a malformed file or a key file others can read raise `lighter.profiles.ProfileError`
        (a `ConfigError`) before anything is sent."""
        return cls._from_settings(environ, overrides, profile_settings(name, environ))

    @classmethod
    def _from_settings(
        cls: type[_C],
        environ: Mapping[str, str] | None,
        overrides: Mapping[str, Any],
        profile: Mapping[str, Any] | None = None,
    ) -> _C:
        """``from_env``/``from_profile`` for both faces: build, and own the Redis stores the environment
        asked for."""
        settings, owned = settings_with_stores(environ, overrides, profile)
        try:
            client = cls(**cast(Any, settings))
        except BaseException:
            for store in owned:
                store.close()
            raise
        client._owned_stores = owned
        return client

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)

    @property
    def ws_url(self) -> str:
        """The WebSocket URL of this network (``.../stream``)."""
        return self._core.ws_url

    def auth_token(self, api_key_index: int | None = None) -> str:
        """An auth token for read endpoints and private WebSocket channels (cached, refreshed)."""
        return self._core.auth_token(api_key_index)

    @property
    def binary_options(self) -> BinaryOptions[FaceT]:
        """Binary-option events, up/down candles and PnL (typed reads, with paging iterators; awaitables
        and async iterators on `AsyncLighter`)."""
        from lighter.resources.binary_options import BinaryOptions

        return BinaryOptions(self._reads)

    def batch(self) -> Batch:
        """A `Batch` to fill with trading calls, then ``client.send_batch(batch)``."""
        from lighter._client.core import Batch

        return Batch(self._core)

    def _ws_options(self, ws_url: str | None, options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        return self._core.ws_options(ws_url, options, self.auth_token)

    def _via_ws(self, ws: WsClient | AsyncWsClient, desk: type[FlowDesk]) -> tuple[FlowDesk, WsClient]:
        """A desk that sends this client's plans over `ws` (the threaded client behind it)."""
        from lighter._client.wire import WsWire
        from lighter.resources.via_ws import unwrap_ws

        sock = unwrap_ws(ws)
        return desk(self._core, WsWire(sock), self._drive, waiter=self, can_wait=False), sock

    def _loaded_nonces(self) -> list[tuple[int, int | None]]:
        """(API key, next local nonce or None when not loaded yet) for each key of the nonce manager."""
        manager = getattr(self, "_nonces", None)
        if manager is None or self.account_index is None:
            return []
        peek = getattr(manager.store, "peek", None)
        return [(k, peek(self.account_index, k) if peek else None) for k in manager.api_key_indexes]

    def _desk_batch(self, batch: Batch | Iterable[Plan]) -> Any:
        return self._rest.submit_batch(batch)

    # each face opens its own connection pool and drives flows its own way: to a value (blocking) or
    # an awaitable (asyncio)
    def _open(self, transport: Any) -> None:
        raise NotImplementedError  # pragma: no cover

    def _drive(self, flow: F.Flow[Any]) -> Any:
        raise NotImplementedError  # pragma: no cover

    def _iterate(self, pager: Pager, market: int | str | None) -> Any:
        raise NotImplementedError  # pragma: no cover

    def _gather(self, pager: Pager, market: int | str | None) -> Any:
        raise NotImplementedError  # pragma: no cover


def httpx_kind(name: str) -> type[Any]:
    """An httpx transport base class (httpx loads with the first client, not at import)."""
    import httpx

    kind: type[Any] = getattr(httpx, name)
    return kind


def _probe_request(http: Any, step: F.Probe) -> tuple[httpx.Request, Any]:
    """The health probe (``GET /``) and the client's transport, which sends it once (no retry, no pacing)."""
    return http.build_request("GET", "/", timeout=step.timeout), http._transport


def _probe_failed(exc: Exception, request: httpx.Request) -> Exception:
    """A transport failure of the probe as an `APIError` (a refused body already is one)."""
    import httpx

    from lighter._http import transport_error

    return transport_error(exc, request) if isinstance(exc, httpx.TransportError) else exc


class Lighter(_Face[TxResult, BatchResult, Blocking]):
    """Blocking client for one account. Same methods as `AsyncLighter`, without ``await``."""

    def _open(self, transport: Any) -> None:
        from lighter._http import build_sync_client

        transport = check_transport("Lighter", transport, httpx_kind("BaseTransport"))
        self._http = self._core.http_client(build_sync_client, transport)
        from lighter._client.rest import Road  # httpx loads with the first client, not at import

        self._road = Road(self._http, self._core.token_or_none)
        self._nonces: NonceManager | None = None
        self._meta_lock = threading.Lock()

    def close(self) -> None:
        """Close the connection pool (and the Redis stores `from_env` built)."""
        self._http.close()
        while self._owned_stores:
            self._owned_stores.pop().close()

    def __enter__(self) -> Lighter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- WebSocket -----------------------------------------------------------------------------------

    def ws(self, *, ws_url: str | None = None, **options: Any) -> WsClient:
        """A `WsClient` for this client's network and account, not started (``with client.ws() as ws:``).

        Private channels authenticate with this client's auth tokens (one cache shared with the REST
        calls), and account channels default to the client's account (``ws.subscribe_account_all()``).
        ``ws_url`` overrides the URL derived from ``base_url``; other options are `WsClient`'s
        (``queue_size``, ``ping_interval``, ``reconnect``...). To trade over it: ``client.via_ws(ws)``.
        """
        from lighter.ws.client import WsClient

        url, opts = self._ws_options(ws_url, options)
        return WsClient(url, **opts)

    @overload
    def via_ws(self, ws: WsClient | AsyncWsClient, *, blocking: Literal[True] = True) -> WsTrading: ...

    @overload
    def via_ws(self, ws: WsClient | AsyncWsClient, *, blocking: Literal[False]) -> WsTradingNowait: ...

    def via_ws(self, ws: WsClient | AsyncWsClient, *, blocking: bool = True) -> WsTrading | WsTradingNowait:
        """This client's trading methods with a WebSocket as the wire (``jsonapi/sendtx``).

        >>> with client.ws() as ws:                                              # doctest: +SKIP
        ...     trader = client.via_ws(ws)
        ...     result = trader.create_order("ETH", side="buy", size="0.1", price="3000")

        Same methods, arguments and `TxResult` as the client, and the client's nonce manager, so REST and
        socket calls mix freely. A lost connection or a missing answer raises `WsConnectionClosedError` /
        `WsTimeoutError` (outcome unknown: the nonce resyncs before its next use); "invalid nonce" is
        resynced, re-signed and resent once, as on REST. ``price_protection`` is REST-only.

        ``blocking=False``: every method returns as soon as the transaction is on the wire, with a
        ``concurrent.futures.Future`` of its `TxResult` (or error) to collect later, so a callback that
        reacts to the market is not held up until the exchange answers. Bad input still raises at once.
        See `WsTradingNowait` for how its nonces settle.
        """
        from lighter._client.seams import FlowDesk, NowaitDesk
        from lighter.resources.via_ws import WsTrading, WsTradingNowait

        if blocking:
            return WsTrading(*self._via_ws(ws, FlowDesk), self.batch)
        return WsTradingNowait(*self._via_ws(ws, NowaitDesk), self.batch)

    # -- metadata ------------------------------------------------------------------------------------

    def markets(self) -> MarketTable:
        """Market metadata (``orderBookDetails``), fetched once and cached."""
        return self._drive(F.markets(self._core))

    def refresh_markets(self) -> MarketTable:
        """Fetch market metadata again (new listings, changed minimums)."""
        return self._drive(F.refresh_markets(self._core))

    def market(self, market: int | str) -> Market:
        """One market by symbol ("ETH", "ETH/USDC") or index."""
        return self._drive(F.market(self._core, market))

    def assets(self) -> AssetTable:
        """Asset metadata (``assetDetails``), fetched once; falls back to the known assets."""
        return self._drive(F.assets(self._core))

    # -- transactions and their outcomes -------------------------------------------------------------

    def send_batch(self, batch: Batch | Iterable[Plan]) -> BatchResult:
        """Send the transactions of a `Batch` in one request, with consecutive nonces of one API key."""
        result: BatchResult = self._desk_batch(batch)
        return result

    def wait_for_tx(
        self, tx_hash: str | TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> Any:
        """Poll ``GET /api/v1/tx`` until the transaction is executed; return its JSON (a dict).

        Raises TxWaitTimeoutError after `timeout` seconds. Statuses: 1 pending, 2 or more executed.
        """
        return self._drive(F.wait_for_tx(tx_hash, timeout=timeout, poll_interval=poll_interval))

    def wait_for_result(
        self, result: TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> OrderResult:
        """Wait until the transaction is executed; for an order, also find it and its fills.

        Returns an `OrderResult`: ``state`` (filled, partially_filled, resting, pending, cancelled,
        rejected; executed for other transactions), ``filled``, ``average_price``, ``fees``, ``fills``
        from the exchange's own records. Raises TxWaitTimeoutError if the tx is not executed in time.
        """
        return self._drive(
            F.wait_for_result(self._core, result, timeout=timeout, poll_interval=poll_interval)
        )

    def health(
        self, *, ws: WsClient | AsyncWsClient | None = None, timeout: float = 5.0, slow: float = 1.0
    ) -> HealthReport:
        """Is this client fit to trade now? A `HealthReport` with ``status`` "ok", "degraded" or "down".

        One ``GET /`` sent once (no retry, no pacing; `timeout` seconds at most) gives reachability,
        latency and the clock skew; each API key whose nonce is loaded is compared with ``nextNonce``; the
        rate budget is read locally; `ws`, when given, adds the stream's state and lag. Cheap enough to
        call every few seconds (on the standard tier each nonce read counts against the 60/min budget).
        """
        return self._drive(F.health(self._core, ws, self._loaded_nonces(), timeout=timeout, slow=slow))

    # -- the driver: every step of a flow, performed and waited for ----------------------------------

    def _drive(self, flow: F.Flow[_T]) -> _T:
        return run(flow, self._perform)

    def _iterate(self, pager: Pager, market: int | str | None) -> Iterator[Any]:
        self._drive(F.bind_market(self._core, pager, market))
        while (items := self._drive(F.page(pager))) is not None:
            yield from items

    def _gather(self, pager: Pager, market: int | str | None) -> list[Any]:
        return list(self._iterate(pager, market))

    def _perform(self, step: F.Step) -> Any:
        match step:
            case F.Call():
                return self._road.call(step, self._core.auth is not None)
            case F.Leased(count, key, body):
                with self._nonce_manager().lease(count, api_key_index=key) as lease:
                    return self._drive(body(lease))
            case F.Resync(lease):
                return self._nonce_manager().resync(lease)
            case F.Phase(trace, name, flow, attempt):
                return trace.phase(name, self._drive, flow, attempt=attempt)
            case F.Locked(flow):
                with self._meta_lock:
                    return self._drive(flow)
            case F.Sleep(seconds):
                return time.sleep(seconds)
            case F.Resolve(value):
                return value
        return self._perform_rarely(step)

    def _perform_rarely(self, step: F.Step) -> Any:
        from lighter.resources import via_ws

        match step:
            case F.WsSend(ws, signed, batch):
                return via_ws.ws_send(ws, signed, batch=batch)
            case F.WsSendNowait(ws, signed, batch):
                return via_ws.ws_send_nowait(ws, signed, batch=batch)
            case F.Probe():
                request, transport = _probe_request(self._http, step)
                try:
                    return transport.send_once(request)
                except Exception as exc:
                    raise _probe_failed(exc, request) from None
        raise TypeError(f"no way to perform {step!r}")  # pragma: no cover - a flow bug

    def _nonce_manager(self) -> NonceManager:
        if self._nonces is None:
            with self._meta_lock:
                if self._nonces is None:
                    from lighter._nonce import NonceManager

                    self._nonces = self._core.nonce_manager(NonceManager, self._fetch_nonce)
        return self._nonces

    def _fetch_nonce(self, api_key_index: int) -> int:
        return self._drive(F.fetch_nonce(api_key_index, self._core))


class AsyncLighter(_Face[Awaitable[TxResult], Awaitable[BatchResult], Awaiting]):
    """asyncio client for one account. Same methods as `Lighter`; calls return awaitables."""

    def _open(self, transport: Any) -> None:
        from lighter._http import build_async_client

        transport = check_transport("AsyncLighter", transport, httpx_kind("AsyncBaseTransport"))
        self._http = self._core.http_client(build_async_client, transport)
        from lighter._client.rest import Road  # httpx loads with the first client, not at import

        self._road = Road(self._http, self._core.token_or_none)
        self._nonces: AsyncNonceManager | None = None
        self._meta_lock: asyncio.Lock | None = None

    async def close(self) -> None:
        """Close the connection pool (and the Redis stores `from_env` built)."""
        await self._http.aclose()
        while self._owned_stores:
            store = self._owned_stores.pop()
            await store.conn.aclose()
            store.close()

    async def __aenter__(self) -> AsyncLighter:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- WebSocket -----------------------------------------------------------------------------------

    def ws(self, *, ws_url: str | None = None, **options: Any) -> AsyncWsClient:
        """An `AsyncWsClient` for this client's network and account, not started
        (``async with client.ws() as ws:``). Private channels use this client's auth tokens; see
        `Lighter.ws` for the options."""
        from lighter.ws.aio import AsyncWsClient

        url, opts = self._ws_options(ws_url, options)
        return AsyncWsClient(url, **opts)

    def via_ws(self, ws: AsyncWsClient | WsClient) -> AsyncWsTrading:
        """This client's trading methods over a WebSocket (``jsonapi/sendtx``), awaitable:

        >>> async with client.ws() as ws:                                        # doctest: +SKIP
        ...     result = await client.via_ws(ws).create_order("ETH", side="buy", size="0.1", price="3000")

        Same nonce manager as the client; outcomes settle nonces as on REST (see `Lighter.via_ws`).
        """
        from lighter._client.seams import FlowDesk
        from lighter.resources.via_ws import AsyncWsTrading

        return AsyncWsTrading(*self._via_ws(ws, FlowDesk), self.batch)

    # -- metadata ------------------------------------------------------------------------------------

    async def markets(self) -> MarketTable:
        """Market metadata (``orderBookDetails``), fetched once and cached."""
        return await self._drive(F.markets(self._core))

    async def refresh_markets(self) -> MarketTable:
        """Fetch market metadata again."""
        return await self._drive(F.refresh_markets(self._core))

    async def market(self, market: int | str) -> Market:
        """One market by symbol ("ETH", "ETH/USDC") or index."""
        return await self._drive(F.market(self._core, market))

    async def assets(self) -> AssetTable:
        """Asset metadata (``assetDetails``), fetched once; falls back to the known assets."""
        return await self._drive(F.assets(self._core))

    # -- transactions and their outcomes -------------------------------------------------------------

    async def send_batch(self, batch: Batch | Iterable[Plan]) -> BatchResult:
        """Send the transactions of a `Batch` in one request, with consecutive nonces of one API key."""
        result: BatchResult = await self._desk_batch(batch)
        return result

    async def wait_for_tx(
        self, tx_hash: str | TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> Any:
        """Poll ``GET /api/v1/tx`` until the transaction is executed; return its JSON (a dict)."""
        return await self._drive(F.wait_for_tx(tx_hash, timeout=timeout, poll_interval=poll_interval))

    async def wait_for_result(
        self, result: TxResult, *, timeout: float = 30.0, poll_interval: float = 0.2
    ) -> OrderResult:
        """Wait until the transaction is executed; for an order, also its fills (see `Lighter`)."""
        flow = F.wait_for_result(self._core, result, timeout=timeout, poll_interval=poll_interval)
        return await self._drive(flow)

    async def health(
        self, *, ws: WsClient | AsyncWsClient | None = None, timeout: float = 5.0, slow: float = 1.0
    ) -> HealthReport:
        """Is this client fit to trade now? See `Lighter.health` (the same report, awaited)."""
        loaded = self._loaded_nonces()
        return await self._drive(F.health(self._core, ws, loaded, timeout=timeout, slow=slow))

    # -- the driver: every step of a flow, performed and awaited -------------------------------------

    async def _drive(self, flow: F.Flow[_T]) -> _T:
        return await arun(flow, self._perform)

    async def _iterate(self, pager: Pager, market: int | str | None) -> AsyncIterator[Any]:
        await self._drive(F.bind_market(self._core, pager, market))
        while (items := await self._drive(F.page(pager))) is not None:
            for item in items:
                yield item

    async def _gather(self, pager: Pager, market: int | str | None) -> list[Any]:
        return [item async for item in self._iterate(pager, market)]

    async def _perform(self, step: F.Step) -> Any:
        match step:
            case F.Call():
                return await self._road.acall(step, self._core.auth is not None)
            case F.Leased(count, key, body):
                async with self._nonce_manager().lease(count, api_key_index=key) as lease:
                    return await self._drive(body(lease))
            case F.Resync(lease):
                return await self._nonce_manager().resync(lease)
            case F.Phase(trace, name, flow, attempt):
                return await trace.phase_async(name, self._drive, flow, attempt=attempt)
            case F.Locked(flow):
                async with self._lock():
                    return await self._drive(flow)
            case F.Sleep(seconds):
                return await _asleep(seconds)
            case F.Resolve(value):
                return await value
        return await self._perform_rarely(step)

    async def _perform_rarely(self, step: F.Step) -> Any:
        from lighter.resources import via_ws

        match step:
            case F.WsSend(ws, signed, batch):
                return await via_ws.ws_send_async(ws, signed, batch=batch)
            case F.Probe():
                request, transport = _probe_request(self._http, step)
                try:
                    return await transport.asend_once(request)
                except Exception as exc:
                    raise _probe_failed(exc, request) from None
        raise TypeError(f"no way to perform {step!r}")  # pragma: no cover - a flow bug

    def _lock(self) -> asyncio.Lock:
        if self._meta_lock is None:
            import asyncio

            self._meta_lock = asyncio.Lock()
        return self._meta_lock

    def _nonce_manager(self) -> AsyncNonceManager:
        if self._nonces is None:
            from lighter._nonce import AsyncNonceManager

            self._nonces = self._core.nonce_manager(AsyncNonceManager, self._fetch_nonce)
        return self._nonces

    async def _fetch_nonce(self, api_key_index: int) -> int:
        return await self._drive(F.fetch_nonce(api_key_index, self._core))


async def _asleep(seconds: float) -> None:
    import asyncio  # loaded by the event loop anyway; not at ``import lighter``

    await asyncio.sleep(seconds)


# The faces' signatures and documentation come from the one options type.
for _face in (Lighter, AsyncLighter):
    setattr(_face, "__signature__", signature())  # noqa: B010 - for inspect, help() and IDEs
    _face.__doc__ = (
        f"{_face.__doc__}\n{OPTIONS_DOC}\n    No network I/O happens here: markets, nonces and auth tokens"
        " are fetched or created on first use.\n"
    )
