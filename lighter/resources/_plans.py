"""What a trading call hands to the client's I/O shell: a `Plan` (what to fetch, how to build) and the
`Draft` transactions it builds. Pure data; no I/O."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from lighter.markets import AssetTable, Market, MarketTable
    from lighter.resources._order_options import Approval
    from lighter.transactions import SignedTx, Tx


@dataclass
class Ctx:
    """Everything a builder may read: metadata, top of book, the account, the clock."""

    account_index: int
    now_ms: int
    expired_at: int
    markets: MarketTable | None = None
    assets: AssetTable | None = None
    # market index -> (best bid, best ask), human prices
    books: dict[int, tuple[Decimal | None, Decimal | None]] = field(default_factory=dict)
    # integrator account index -> this account's approval of it (loaded when a plan names integrators)
    approvals: dict[int, Approval] | None = None

    def market(self, market: int | str | Market) -> Market:
        """Resolve a market; the shell loaded the table when the plan asked for it."""
        if self.markets is None:  # pragma: no cover - a plan bug
            raise RuntimeError("this plan did not ask for market metadata")
        return self.markets.get(market)


@dataclass
class Draft:
    """One unsigned transaction (nonce and API key are filled in at send time)."""

    tx: Tx
    client_order_index: int | None = None
    needs_l1: bool = False
    validated: bool = False  # tx.validate() passed (nonce and API key still placeholders)


@dataclass
class Plan:
    """A trading call, before any I/O: what the shell must fetch, then a pure `build`."""

    build: Callable[[Ctx], list[Draft]]
    needs_markets: bool = False
    needs_assets: bool = False
    book_markets: tuple[Any, ...] = ()
    price_protection: bool | None = None
    api_key_index: int | None = None
    needs_l1: bool = False  # also signed with the Ethereum key
    integrators: tuple[int, ...] = ()  # integrator account indexes that must be approved by this account


@dataclass(frozen=True)
class TxResult:
    """What the exchange said about one sent transaction.

    ``tx_hash`` is the exchange's hash (equal to the locally computed ``signed.tx_hash``);
    ``client_order_index`` is set for orders (generated when you did not pass one).
    """

    tx_hash: str
    tx_type: int
    nonce: int
    api_key_index: int
    signed: SignedTx = field(repr=False)
    client_order_index: int | None = None
    predicted_execution_time_ms: int | None = None
    volume_quota_remaining: int | None = None
    message: str | None = None
    waiter: Any = field(default=None, repr=False, compare=False)
    """The client that sent it (for `wait`)."""

    def wait(self, *, timeout: float = 30.0, poll_interval: float = 0.2) -> Any:
        """Wait until the exchange executed it; an `OrderResult` (status, and for an order: filled,
        average_price, fees, fills). On `AsyncLighter`: ``await result.wait()``."""
        if self.waiter is None:
            from lighter._errors import InvalidInputError

            raise InvalidInputError(
                "this result was not sent by a client: use client.wait_for_result(result)"
            )
        return self.waiter.wait_for_result(self, timeout=timeout, poll_interval=poll_interval)


@dataclass(frozen=True)
class BatchResult:
    """What the exchange said about a batch (one nonce per transaction, consecutive, one API key)."""

    results: tuple[TxResult, ...]
    predicted_execution_time_ms: int | None = None
    volume_quota_remaining: int | None = None
    message: str | None = None

    @property
    def tx_hashes(self) -> list[str]:
        """The hashes, in the order the transactions were added."""
        return [r.tx_hash for r in self.results]

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, i: int) -> TxResult:
        return self.results[i]
