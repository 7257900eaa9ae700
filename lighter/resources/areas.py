"""The areas users think in (account, orders, transactions, market data) and `api` (every operation).

Each area is written once: its reads return typed read models (`lighter.models`: Position, Order, Fill,
Trade, Candle...) built by `lighter.models._convert` from the face's `Reader` seam; on `AsyncLighter` they are
awaitables of the same, and the ``iter_*`` forms are async iterators. History is paged by the pagers of
`lighter.resources._paging`. The raw generated models stay reachable as ``client.api.<operation>(...)``
or ``client.api.<tag>.<operation>(...)``; a generated operation not wrapped here is also an attribute of
the area.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from lighter._errors import InvalidInputError
from lighter.resources import _paging as P
from lighter.resources._ops import REGISTRY
from lighter.resources._seam import Faced, FaceT, listed, read, stream

if TYPE_CHECKING:  # pragma: no cover
    from types import ModuleType

    from lighter.models import (
        Balances,
        Candle,
        Fill,
        Funding,
        FundingPayment,
        Order,
        PnlPoint,
        Position,
        Trade,
        Transfer,
        TxStatus,
    )
    from lighter.resources._seam import Reader
    from lighter_generated.models.account_api_keys import AccountApiKeys
    from lighter_generated.models.account_limits import AccountLimits
    from lighter_generated.models.account_metadatas import AccountMetadatas
    from lighter_generated.models.blocks import Blocks
    from lighter_generated.models.current_height import CurrentHeight
    from lighter_generated.models.detailed_accounts import DetailedAccounts
    from lighter_generated.models.enriched_tx import EnrichedTx
    from lighter_generated.models.exchange_stats import ExchangeStats
    from lighter_generated.models.fee_tiers import FeeTiers
    from lighter_generated.models.funding_rates import FundingRates
    from lighter_generated.models.next_nonce import NextNonce
    from lighter_generated.models.order_book_details import OrderBookDetails
    from lighter_generated.models.order_book_orders import OrderBookOrders
    from lighter_generated.models.order_books import OrderBooks
    from lighter_generated.models.resp_price_oracle_info import RespPriceOracleInfo
    from lighter_generated.models.sub_accounts import SubAccounts
    from lighter_generated.models.txs import Txs

ALL_MARKETS = 255
ALL_API_KEYS = 255


def _c() -> ModuleType:
    """The conversion module, imported on first read (keeps attrs out of ``from lighter import Lighter``)."""
    from lighter.models import _convert

    return _convert


def _window(
    op: str,
    params: Callable[[], dict[str, Any]],
    resolution: tuple[str, tuple[str, ...], int],
    span: tuple[P.TimeArg, P.TimeArg, Callable[[str], timedelta]],
    items: Callable[[Mapping[str, Any], P.WindowPager, str], list[Any]],
) -> P.WindowPager:
    """A pager over time windows of a series: `params` (made once the arguments are checked), `resolution`
    (asked, allowed, count_back), `span` (start, end, the default span for a resolution)."""
    asked, allowed, count_back = resolution
    res = P.check_resolution(asked, allowed)
    start, end, default_span = span
    start_ms, end_ms = P.time_range(start, end, default_span=default_span(res))
    assert start_ms is not None
    return P.WindowPager(
        op,
        {**params(), "resolution": res, "count_back": count_back},
        resolution=res,
        start_ms=start_ms,
        end_ms=end_ms,
        items=lambda body, pg: items(body, pg, res),
        time_of=lambda item: item.time,
    )


class _Bound:
    """A generated operation bound to a client (sync or async, per the client)."""

    def __init__(self, reads: Reader, name: str) -> None:
        self._reads = reads
        self._name = name

    def __call__(self, **kwargs: Any) -> Any:
        return self._reads.call(self._name, kwargs)

    def __repr__(self) -> str:
        return f"<operation {self._name}>"


class _Tag:
    """``client.api.<tag>``: the operations of one tag."""

    def __init__(self, reads: Reader, tag: str) -> None:
        self._reads = reads
        self._tag = tag

    def __getattr__(self, name: str) -> _Bound:
        if name.startswith("_") or name not in REGISTRY.in_tag(self._tag):
            raise AttributeError(f"tag {self._tag!r} has no operation {name!r}")
        return _Bound(self._reads, name)

    def __dir__(self) -> list[str]:
        return REGISTRY.in_tag(self._tag)


class Api:
    """Every generated operation: ``client.api.<operation>(**params)`` or ``client.api.<tag>.<operation>``.

    Calls return the generated model (raising typed errors); the auth token is added automatically.
    """

    def __init__(self, reads: Reader) -> None:
        self._reads = reads

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in REGISTRY.tags() and name not in REGISTRY.names():
            return _Tag(self._reads, name)
        REGISTRY.get(name)  # AttributeError with suggestions
        return _Bound(self._reads, name)

    def __dir__(self) -> list[str]:
        return sorted({*REGISTRY.names(), *REGISTRY.tags()})


class _Area(Faced[FaceT]):
    """An area of a face: its reads are written once (`read`, `stream`) and typed per face."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        REGISTRY.get(name)
        return _Bound(self._reads, name)

    def _op(self, name: str, **kwargs: Any) -> Any:
        return self._reads.call(name, {k: v for k, v in kwargs.items() if v is not None})

    def _market_op(self, name: str, market: int | str | None, **kwargs: Any) -> Any:
        """An operation that takes a ``market_id``: `market` as a symbol or an index (None: all)."""
        return self._reads.call(name, kwargs, market=market, market_param="market_id")

    def _read(self, value: Any, fn: Callable[[Mapping[str, Any]], Any]) -> Any:
        """``fn`` of the answer's JSON dict, once there (now on `Lighter`, awaited on `AsyncLighter`)."""
        return self._reads.then(value, lambda raw: fn(_c().as_dict(raw)))

    def _pages(self, pager: P.Pager, market: int | str | None = None, *, collect: bool) -> Any:
        """Every item of a pager: a list (awaitable on `AsyncLighter`), or an (async) iterator."""
        return self._reads.pages(pager, market, collect=collect)

    @property
    def _account_index(self) -> int:
        return self._reads.require_account()


class Account(_Area[FaceT]):
    """Accounts: by index or L1 address, API keys, positions, balances, PnL, funding, transfers, limits."""

    @read
    def get(self, account_index: int | None = None) -> DetailedAccounts:
        """Full account details (``GET /api/v1/account?by=index``, the generated model); default: this
        client's account."""
        index = self._account_index if account_index is None else account_index
        return self._op("account", by="index", value=str(index))

    @read
    def by_l1_address(self, l1_address: str) -> SubAccounts:
        """The master and sub-accounts of an Ethereum address (``accountsByL1Address``)."""
        return self._op("accounts_by_l1_address", l1_address=l1_address)

    @read
    def api_keys(
        self, api_key_index: int = ALL_API_KEYS, *, account_index: int | None = None
    ) -> AccountApiKeys:
        """Registered API keys (255 = all)."""
        index = self._account_index if account_index is None else account_index
        return self._op("apikeys", account_index=index, api_key_index=api_key_index)

    @read
    def positions(self, account_index: int | None = None) -> list[Position]:
        """The open positions of the account: a list of `Position` (signed `size`: negative = short)."""
        return self._read(self.get(account_index), lambda r: _c().positions_of_account(r["accounts"][0]))

    @read
    def balances(self, account_index: int | None = None) -> Balances:
        """Collateral, available balance and per-asset `Balances` (``balances["USDC"].available``)."""
        return self._read(self.get(account_index), lambda r: _c().balances_of_account(r["accounts"][0]))

    @read
    def limits(self) -> AccountLimits:
        """Trading limits and tier of this account (auth)."""
        return self._op("account_limits", account_index=self._account_index)

    def _pnl_pager(self, resolution: str, start: P.TimeArg, end: P.TimeArg) -> P.WindowPager:
        return _window(
            "pnl",
            lambda: {"by": "index", "value": str(self._account_index)},
            (resolution, P.PNL_RESOLUTIONS, 0),
            (start, end, lambda res: timedelta(days=1)),
            lambda body, pg, res: _c().pnl(body.get("pnl")),
        )

    @stream
    def iter_pnl(
        self,
        resolution: str = "1h",
        *,
        start: P.TimeArg = None,
        end: P.TimeArg = None,
        _collect: bool = False,
    ) -> Iterator[PnlPoint]:
        """`pnl` as an iterator (an async iterator on `AsyncLighter`); `_collect`: the list form."""
        return self._pages(self._pnl_pager(resolution, start, end), collect=_collect)

    pnl = listed(
        iter_pnl,
        """PnL history of this account, a list of `PnlPoint` (start/end: datetime, timedelta ago, or unix
        time; default the last day), paged; `iter_pnl` yields them as pages arrive.""",
    )

    @stream
    def iter_funding_payments(
        self,
        *,
        market: int | str | None = None,
        start: P.TimeArg = None,
        end: P.TimeArg = None,
        limit: int | None = None,
    ) -> Iterator[FundingPayment]:
        """Funding paid or received by this account's positions, newest first (`FundingPayment`)."""
        start_ms, end_ms = P.time_range(start, end, default_span=None)
        params: dict[str, Any] = {"account_index": self._account_index, "limit": P.PAGE_LIMIT}
        if start_ms is not None:
            params["start_timestamp"] = start_ms
        pager = P.CursorPager(
            "position_funding",
            params,
            items=lambda body, pg: [
                f
                for f in _c().funding_payments(body.get("position_fundings"))
                if pg.market_id < 0 or f.market_id == pg.market_id
            ],
            time_of=lambda f: f.time,
            start_ms=start_ms,
            end_ms=end_ms,
            limit=limit,
            market_param=None,  # position_funding filters by `market_ids`; we filter the page instead
        )
        return self._pages(pager, market, collect=False)

    @stream
    def iter_transfers(
        self, *, start: P.TimeArg = None, end: P.TimeArg = None, limit: int | None = None
    ) -> Iterator[Transfer]:
        """Transfers in and out of this account, newest first (`Transfer`)."""
        start_ms, end_ms = P.time_range(start, end, default_span=None)
        pager = P.CursorPager(
            "transfer_history",
            {"account_index": self._account_index},
            items=lambda body, _: _c().transfers(body.get("transfers")),
            time_of=lambda t: t.time,
            start_ms=start_ms,
            end_ms=end_ms,
            limit=limit,
            cursor_key="cursor",
        )
        return self._pages(pager, collect=False)

    @read
    def metadata(self) -> AccountMetadatas:
        """Account metadata (name, description)."""
        return self._op("account_metadata", by="index", value=str(self._account_index))


class Orders(_Area[FaceT]):
    """Open and past orders (`Order`) and this account's fills (`Fill`)."""

    @read
    def active(self, market: int | str | None = None) -> list[Order]:
        """Open orders of this account (auth), of one market or all: a list of `Order`."""
        return self._read(
            self._market_op("account_active_orders", market, account_index=self._account_index),
            lambda r: _c().orders(r.get("orders")),
        )

    @read
    def inactive(
        self, *, limit: int = 100, market: int | str | None = None, cursor: str | None = None
    ) -> list[Order]:
        """Filled, cancelled and expired orders (auth), newest first: one page, a list of `Order`
        (``iter_history`` pages through all of them)."""
        page: dict[str, Any] = {"cursor": cursor} if cursor else {}
        return self._read(
            self._market_op(
                "account_inactive_orders", market, account_index=self._account_index, limit=limit, **page
            ),
            lambda r: _c().orders(r.get("orders")),
        )

    @stream
    def iter_history(
        self,
        *,
        market: int | str | None = None,
        start: P.TimeArg = None,
        end: P.TimeArg = None,
        limit: int | None = None,
    ) -> Iterator[Order]:
        """Every past order (filled, cancelled, expired), newest first, paged (`Order`)."""
        start_ms, end_ms = P.time_range(start, end, default_span=None)
        pager = P.CursorPager(
            "account_inactive_orders",
            {"account_index": self._account_index, "limit": P.PAGE_LIMIT},
            items=lambda body, _: _c().orders(body.get("orders")),
            time_of=lambda o: o.updated_at,
            start_ms=start_ms,
            end_ms=end_ms,
            limit=limit,
        )
        return self._pages(pager, market, collect=False)

    @read
    def trades(
        self, *, market: int | str | None = None, limit: int = 100, sort_by: str = "timestamp"
    ) -> list[Fill]:
        """This account's latest trades as `Fill` (its side, role, fee, realised PnL), newest first."""
        account = self._account_index
        return self._read(
            self._market_op("trades", market, account_index=account, limit=limit, sort_by=sort_by),
            lambda r: _c().fills(r.get("trades"), account),
        )

    def _fills_pager(
        self, start: P.TimeArg, end: P.TimeArg, limit: int | None, order_index: int | None
    ) -> P.CursorPager:
        start_ms, end_ms = P.time_range(start, end, default_span=None)
        account = self._account_index
        params: dict[str, Any] = {"account_index": account, "limit": P.PAGE_LIMIT, "sort_by": "timestamp"}
        if order_index is not None:
            params["order_index"] = order_index
        return P.CursorPager(
            "trades",
            params,
            items=lambda body, _: _c().fills(body.get("trades"), account),
            time_of=lambda f: f.time,
            start_ms=start_ms,
            end_ms=end_ms,
            limit=limit,
        )

    @stream
    def iter_fills(
        self,
        *,
        market: int | str | None = None,
        start: P.TimeArg = None,
        end: P.TimeArg = None,
        order_index: int | None = None,
        limit: int | None = None,
        _collect: bool = False,
    ) -> Iterator[Fill]:
        """`fills` as an iterator (an async iterator on `AsyncLighter`); `_collect`: the list form."""
        return self._pages(self._fills_pager(start, end, limit, order_index), market, collect=_collect)

    fills = listed(
        iter_fills,
        """Every fill of this account in [start, end] (or of one order), newest first, paged: a list of
        `Fill`; `iter_fills` yields them as pages arrive.""",
    )


class Transactions(_Area[FaceT]):
    """Transactions and blocks: by hash, history, blocks, nonce; `wait` lives on the client."""

    @read
    def get(self, tx_hash: str) -> EnrichedTx:
        """One transaction by hash (the generated model; ``status`` gives the typed `TxStatus`)."""
        return self._op("tx", by="hash", value=tx_hash)

    @read
    def status(self, tx_hash: str) -> TxStatus:
        """One transaction by hash as `TxStatus` (state pending/executed/failed, times, event info)."""
        return self._read(self.get(tx_hash), _c().tx_status)

    @read
    def history(self, *, limit: int = 100, index: int | None = None) -> Txs:
        """This account's transactions."""
        return self._op(
            "account_txs", by="account_index", value=str(self._account_index), limit=limit, index=index
        )

    @read
    def latest(self, *, limit: int = 100, index: int | None = None) -> Txs:
        """The exchange's latest transactions."""
        return self._op("txs", limit=limit, index=index)

    @read
    def blocks(self, *, limit: int = 10, index: int | None = None) -> Blocks:
        """Recent blocks."""
        return self._op("blocks", limit=limit, index=index)

    @read
    def block(self, height: int) -> Blocks:
        """One block by height."""
        return self._op("block", by="height", value=str(height))

    @read
    def current_height(self) -> CurrentHeight:
        """The current block height."""
        return self._op("current_height")

    @read
    def next_nonce(self, api_key_index: int | None = None) -> NextNonce:
        """The exchange's next nonce for an API key of this account."""
        key = self._reads.default_api_key() if api_key_index is None else api_key_index
        return self._op("next_nonce", account_index=self._account_index, api_key_index=key)


class MarketData(_Area[FaceT]):
    """Order books, trades, candles, fundings, funding rates, exchange stats, market details."""

    @read
    def order_book(self, market: int | str, *, limit: int = 100) -> OrderBookOrders:
        """Resting orders of a market, best first."""
        return self._market_op("order_book_orders", market, limit=limit)

    @read
    def order_books(self) -> OrderBooks:
        """Every market's summary."""
        return self._op("order_books")

    @read
    def details(self, market: int | str | None = None) -> OrderBookDetails:
        """Market details: decimals, minimums, fees, margin fractions, daily stats."""
        return self._market_op("order_book_details", market)

    @read
    def recent_trades(self, market: int | str, *, limit: int = 100) -> list[Trade]:
        """The latest trades of a market, newest first: a list of `Trade` (`side` = the taker's side)."""
        return self._read(
            self._market_op("recent_trades", market, limit=limit),
            lambda r: _c().trades(r.get("trades")),
        )

    def _trades_pager(self, start: P.TimeArg, end: P.TimeArg, limit: int | None) -> P.CursorPager:
        start_ms, end_ms = P.time_range(start, end, default_span=None)
        return P.CursorPager(
            "trades",
            {"limit": P.PAGE_LIMIT, "sort_by": "timestamp"},
            items=lambda body, _: _c().trades(body.get("trades")),
            time_of=lambda t: t.time,
            start_ms=start_ms,
            end_ms=end_ms,
            limit=limit,
            auth=False,  # a market's trades: a token would make it a query about this account
        )

    @stream
    def iter_trades(
        self,
        market: int | str,
        *,
        start: P.TimeArg = None,
        end: P.TimeArg = None,
        limit: int | None = None,
        _collect: bool = False,
    ) -> Iterator[Trade]:
        """`trades` as an iterator (an async iterator on `AsyncLighter`); `_collect`: the list form."""
        return self._pages(self._trades_pager(start, end, limit), market, collect=_collect)

    trades = listed(
        iter_trades,
        """Every trade of a market in [start, end] (datetime, timedelta ago, or unix time), newest first,
        paged: a list of `Trade`; give `start` or `limit` on busy markets. `iter_trades` yields them as
        pages arrive.""",
    )

    def _candles_pager(self, resolution: str, start: P.TimeArg, end: P.TimeArg) -> P.WindowPager:
        return _window(
            "candles",
            dict,
            (resolution, P.CANDLE_RESOLUTIONS, P.BUCKETS_PER_CALL),
            (start, end, lambda res: timedelta(seconds=P.RESOLUTION_SECONDS[res] * P.BUCKETS_PER_CALL)),
            lambda body, pg, res: _c().candles(body.get("c"), market_id=pg.market_id, resolution=res),
        )

    @stream
    def iter_candles(
        self,
        market: int | str,
        resolution: str = "1m",
        *,
        start: P.TimeArg = None,
        end: P.TimeArg = None,
        _collect: bool = False,
    ) -> Iterator[Candle]:
        """`candles` as an iterator (an async iterator on `AsyncLighter`); `_collect`: the list form."""
        return self._pages(self._candles_pager(resolution, start, end), market, collect=_collect)

    candles = listed(
        iter_candles,
        """Every OHLCV candle of [start, end], oldest first: a list of `Candle`.

        resolution: "1m", "5m", "15m", "30m", "1h", "4h", "12h", "1d", "1w". start/end: a datetime
        (naive = UTC), a timedelta (that long ago) or unix seconds/ms; end defaults to now, start to 500
        candles before end.
        Pages by the API's 500-candle cap; every request goes through the rate limiter. `iter_candles` yields
        them page by page.""",
    )

    def _fundings_pager(self, resolution: str, start: P.TimeArg, end: P.TimeArg) -> P.WindowPager:
        return _window(
            "fundings",
            dict,
            (resolution, P.FUNDING_RESOLUTIONS, 0),
            (start, end, lambda res: timedelta(days=7)),
            lambda body, pg, res: _c().fundings(body.get("fundings"), market_id=pg.market_id),
        )

    @stream
    def iter_fundings(
        self,
        market: int | str,
        resolution: str = "1h",
        *,
        start: P.TimeArg = None,
        end: P.TimeArg = None,
        _collect: bool = False,
    ) -> Iterator[Funding]:
        """The funding settlements of `fundings`, one page at a time: an iterator (an async iterator on
        `AsyncLighter`); `_collect`: the list form."""
        return self._pages(self._fundings_pager(resolution, start, end), market, collect=_collect)

    fundings = listed(
        iter_fundings,
        """Funding settlements of a market in [start, end] (default: the last 7 days), oldest first: a list
        of `Funding`; resolution "1h" or "1d". `iter_fundings` yields them as pages arrive.""",
    )

    @read
    def funding_rates(self) -> FundingRates:
        """Current funding rates of every market."""
        return self._op("funding_rates")

    @read
    def exchange_stats(self) -> ExchangeStats:
        """Exchange-wide statistics."""
        return self._op("exchange_stats")

    @read
    def price_oracle(self, symbol: str | None = None) -> RespPriceOracleInfo:
        """Where the index and mark prices of each market (or one) come from (``RespPriceOracleInfo``)."""
        return self._op("price_oracle_info", symbol=symbol)

    @read
    def fee_tiers(self, kind: str | None = None) -> FeeTiers:
        """The exchange's fee schedules (``FeeTiers``: user, binary-option and staking tiers); `kind` keeps
        one of them ("user", "bo", "staking")."""
        if kind not in (None, "user", "bo", "staking"):
            raise InvalidInputError(f"kind must be one of ['user', 'bo', 'staking'], got {kind!r}")
        return self._op("fee_tiers", filter_=kind)
