"""The areas users think in (account, orders, transactions, market data) and `api` (every operation).

Each area is written once: its methods return ``client._op(...)``, which is the parsed model on `Lighter`
and an awaitable of it on `AsyncLighter`. Any generated operation not wrapped here is still reachable as
``client.api.<operation>(...)`` or ``client.api.<tag>.<operation>(...)``, and as an attribute of the area.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lighter._errors import InvalidInputError
from lighter.resources._ops import REGISTRY

if TYPE_CHECKING:  # pragma: no cover
    from lighter.client import _Core

ALL_MARKETS = 255
ALL_API_KEYS = 255


class _Bound:
    """A generated operation bound to a client (sync or async, per the client)."""

    def __init__(self, client: _Core, name: str) -> None:
        self._client = client
        self._name = name

    def __call__(self, **kwargs: Any) -> Any:
        return self._client._op(self._name, **kwargs)

    def __repr__(self) -> str:
        return f"<operation {self._name}>"


class _Tag:
    """``client.api.<tag>``: the operations of one tag."""

    def __init__(self, client: _Core, tag: str) -> None:
        self._client = client
        self._tag = tag

    def __getattr__(self, name: str) -> _Bound:
        if name.startswith("_") or name not in REGISTRY.in_tag(self._tag):
            raise AttributeError(f"tag {self._tag!r} has no operation {name!r}")
        return _Bound(self._client, name)

    def __dir__(self) -> list[str]:
        return REGISTRY.in_tag(self._tag)


class Api:
    """Every generated operation: ``client.api.<operation>(**params)`` or ``client.api.<tag>.<operation>``.

    Calls return the generated model (raising typed errors); the auth token is added automatically.
    """

    def __init__(self, client: _Core) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in REGISTRY.tags() and name not in REGISTRY.names():
            return _Tag(self._client, name)
        REGISTRY.get(name)  # AttributeError with suggestions
        return _Bound(self._client, name)

    def __dir__(self) -> list[str]:
        return sorted({*REGISTRY.names(), *REGISTRY.tags()})


class _Area:
    def __init__(self, client: _Core) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        REGISTRY.get(name)
        return _Bound(self._client, name)

    def _op(self, name: str, **kwargs: Any) -> Any:
        return self._client._op(name, **{k: v for k, v in kwargs.items() if v is not None})

    def _then(self, value: Any, fn: Callable[[Any], Any]) -> Any:
        return self._client._then(value, fn)

    @property
    def _account_index(self) -> int:
        return self._client._require_account()


class Account(_Area):
    """Accounts: by index or L1 address, API keys, positions, balances, PnL, limits, tier."""

    def get(self, account_index: int | None = None) -> Any:
        """Full account details (``GET /api/v1/account?by=index``); default: this client's account."""
        index = self._account_index if account_index is None else account_index
        return self._op("account", by="index", value=str(index))

    def by_l1_address(self, l1_address: str) -> Any:
        """The master and sub-accounts of an Ethereum address (``accountsByL1Address``)."""
        return self._op("accounts_by_l1_address", l1_address=l1_address)

    def api_keys(self, api_key_index: int = ALL_API_KEYS, *, account_index: int | None = None) -> Any:
        """Registered API keys (255 = all)."""
        index = self._account_index if account_index is None else account_index
        return self._op("apikeys", account_index=index, api_key_index=api_key_index)

    def positions(self, account_index: int | None = None) -> Any:
        """The open positions of the account (from ``account``)."""
        return self._then(
            self.get(account_index), lambda r: list(getattr(r.accounts[0], "positions", None) or [])
        )

    def balances(self, account_index: int | None = None) -> Any:
        """Collateral, available balance and per-asset balances (from ``account``)."""

        def pick(r: Any) -> dict[str, Any]:
            acc = r.accounts[0]
            return {
                "collateral": getattr(acc, "collateral", None),
                "available_balance": getattr(acc, "available_balance", None),
                "total_asset_value": getattr(acc, "total_asset_value", None),
                "assets": list(getattr(acc, "assets", None) or []),
            }

        return self._then(self.get(account_index), pick)

    def limits(self) -> Any:
        """Trading limits and tier of this account (auth)."""
        return self._op("account_limits", account_index=self._account_index)

    def pnl(self, *, resolution: str, start_timestamp: int, end_timestamp: int, count_back: int = 0) -> Any:
        """PnL history of this account."""
        return self._op(
            "pnl",
            by="index",
            value=str(self._account_index),
            resolution=resolution,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            count_back=count_back,
        )

    def metadata(self) -> Any:
        """Account metadata (name, description)."""
        return self._op("account_metadata", by="index", value=str(self._account_index))


class Orders(_Area):
    """Open and past orders, trades."""

    def active(self, market: int | str | None = None) -> Any:
        """Open orders of this account (auth), of one market or all."""
        return self._client._op(
            "account_active_orders",
            account_index=self._account_index,
            _market=market,
            _market_param="market_id",
        )

    def inactive(
        self, *, limit: int = 100, market: int | str | None = None, cursor: str | None = None
    ) -> Any:
        """Filled, cancelled and expired orders (auth), newest first, paginated by `cursor`."""
        return self._client._op(
            "account_inactive_orders",
            account_index=self._account_index,
            limit=limit,
            **({"cursor": cursor} if cursor else {}),
            _market=market,
            _market_param="market_id",
        )

    def trades(self, *, market: int | str | None = None, limit: int = 100, sort_by: str = "timestamp") -> Any:
        """This account's trades."""
        return self._client._op(
            "trades",
            account_index=self._account_index,
            limit=limit,
            sort_by=sort_by,
            _market=market,
            _market_param="market_id",
        )


class Transactions(_Area):
    """Transactions and blocks: by hash, history, blocks, nonce; `wait` lives on the client."""

    def get(self, tx_hash: str) -> Any:
        """One transaction by hash."""
        return self._op("tx", by="hash", value=tx_hash)

    def history(self, *, limit: int = 100, index: int | None = None) -> Any:
        """This account's transactions."""
        return self._op(
            "account_txs", by="account_index", value=str(self._account_index), limit=limit, index=index
        )

    def latest(self, *, limit: int = 100, index: int | None = None) -> Any:
        """The exchange's latest transactions."""
        return self._op("txs", limit=limit, index=index)

    def blocks(self, *, limit: int = 10, index: int | None = None) -> Any:
        """Recent blocks."""
        return self._op("blocks", limit=limit, index=index)

    def block(self, height: int) -> Any:
        """One block by height."""
        return self._op("block", by="height", value=str(height))

    def current_height(self) -> Any:
        """The current block height."""
        return self._op("current_height")

    def next_nonce(self, api_key_index: int | None = None) -> Any:
        """The exchange's next nonce for an API key of this account."""
        key = self._client._default_api_key() if api_key_index is None else api_key_index
        return self._op("next_nonce", account_index=self._account_index, api_key_index=key)


class MarketData(_Area):
    """Order books, trades, candles, fundings, funding rates, exchange stats, market details."""

    def order_book(self, market: int | str, *, limit: int = 100) -> Any:
        """Resting orders of a market, best first."""
        return self._client._op("order_book_orders", limit=limit, _market=market, _market_param="market_id")

    def order_books(self) -> Any:
        """Every market's summary."""
        return self._op("order_books")

    def details(self, market: int | str | None = None) -> Any:
        """Market details: decimals, minimums, fees, margin fractions, daily stats."""
        return self._client._op("order_book_details", _market=market, _market_param="market_id")

    def recent_trades(self, market: int | str, *, limit: int = 100) -> Any:
        """The latest trades of a market."""
        return self._client._op("recent_trades", limit=limit, _market=market, _market_param="market_id")

    def candles(
        self,
        market: int | str,
        *,
        resolution: str,
        start_timestamp: int,
        end_timestamp: int,
        count_back: int = 0,
    ) -> Any:
        """OHLCV candles ("1m", "5m", "15m", "1h", "4h", "1d"...)."""
        return self._client._op(
            "candles",
            resolution=resolution,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            count_back=count_back,
            _market=market,
            _market_param="market_id",
        )

    def fundings(
        self,
        market: int | str,
        *,
        resolution: str,
        start_timestamp: int,
        end_timestamp: int,
        count_back: int = 0,
    ) -> Any:
        """Funding history of a market."""
        return self._client._op(
            "fundings",
            resolution=resolution,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
            count_back=count_back,
            _market=market,
            _market_param="market_id",
        )

    def funding_rates(self) -> Any:
        """Current funding rates of every market."""
        return self._op("funding_rates")

    def exchange_stats(self) -> Any:
        """Exchange-wide statistics."""
        return self._op("exchange_stats")

    def price_oracle(self, symbol: str | None = None) -> Any:
        """Where the index and mark prices of each market (or one) come from (``RespPriceOracleInfo``)."""
        return self._op("price_oracle_info", symbol=symbol)

    def fee_tiers(self, kind: str | None = None) -> Any:
        """The exchange's fee schedules (``FeeTiers``: user, binary-option and staking tiers); `kind` keeps
        one of them ("user", "bo", "staking")."""
        if kind not in (None, "user", "bo", "staking"):
            raise InvalidInputError(f"kind must be one of ['user', 'bo', 'staking'], got {kind!r}")
        return self._op("fee_tiers", filter_=kind)
