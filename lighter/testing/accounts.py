"""Account state of the local exchange: owners, API keys, nonces, collateral, spot balances, positions."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from lighter.transactions._checks import NIL_MARKET_INDEX

MASTER = 0
SUB = 1
FIRST_ACCOUNT_INDEX = 1  # the official signer refuses account 0
FIRST_SUB_ACCOUNT_INDEX = 2**48 - 100  # sub-accounts live high, as on mainnet (281474976710608 ...)
RECENT_FILLS = 10_000  # fills kept per account for the daily/weekly/monthly counters
DAY_MS = 86_400_000
WINDOWS_MS = {"daily": DAY_MS, "weekly": 7 * DAY_MS, "monthly": 30 * DAY_MS}


@dataclass
class Activity:
    """Trade counters of an account (``account_all``'s ``*_trades_count``/``*_volume``, in USDC)."""

    total_trades: int = 0
    total_volume: int = 0  # micro USDC
    # (time ms, quote micro USDC, realized PnL micro USDC) of the latest fills
    recent: deque[tuple[int, int, int]] = field(default_factory=lambda: deque(maxlen=RECENT_FILLS))

    def fill(self, now_ms: int, quote: int, pnl: int = 0) -> None:
        """Count one fill of ``quote`` micro USDC at ``now_ms`` that realized ``pnl``."""
        self.total_trades += 1
        self.total_volume += quote
        self.recent.append((now_ms, quote, pnl))

    def window(self, now_ms: int, span_ms: int) -> tuple[int, int]:
        """(fills, micro USDC volume) of the last ``span_ms``."""
        inside = [q for t, q, _ in self.recent if t > now_ms - span_ms]
        return len(inside), sum(inside)


@dataclass
class ApiKey:
    """A registered API public key (80 lowercase hex chars, no 0x)."""

    index: int
    public_key: str
    registered_at: int


@dataclass
class Position:
    """A perp position: ``size`` in signed base units; ``entry_quote`` = absolute cost basis (micro USDC)."""

    market_id: int
    size: int = 0
    entry_quote: int = 0
    realized_pnl: int = 0
    imf: int = 0  # 0: the market's default initial margin fraction
    margin_mode: int = 0  # 0 cross, 1 isolated
    allocated_margin: int = 0
    margin_set: bool = False
    funding_paid: int = 0  # micro USDC paid out by funding (negative: received), since the account began


@dataclass
class Account:
    """One master account or sub-account."""

    index: int
    l1_address: str
    account_type: int = MASTER
    master_index: int = 0
    collateral: int = 0  # perp-route USDC, micro units
    assets: dict[int, int] = field(default_factory=dict)  # spot route: asset id -> balance in asset units
    api_keys: dict[int, ApiKey] = field(default_factory=dict)
    nonces: dict[int, int] = field(default_factory=dict)  # api key index -> next expected nonce
    positions: dict[int, Position] = field(default_factory=dict)
    cancel_all_time: int = 0  # ms; 0 = none scheduled
    cancel_all_market: int = NIL_MARKET_INDEX
    trading_mode: int = 0
    asset_margin_modes: dict[int, int] = field(default_factory=dict)
    approved_integrators: dict[int, dict[str, int]] = field(default_factory=dict)
    created_at: int = 0  # ms
    total_order_count: int = 0
    activity: Activity = field(default_factory=Activity)
    tier: str = "standard"  # or "premium" (rest.TIERS)
    tier_changed_at: int = 0  # ms

    def next_nonce(self, api_key_index: int) -> int:
        """The nonce the next transaction signed with ``api_key_index`` must carry."""
        return self.nonces.get(api_key_index, 0)

    def position(self, market_id: int) -> Position:
        """The position in ``market_id``, created flat if the account has none yet."""
        pos = self.positions.get(market_id)
        if pos is None:
            pos = self.positions[market_id] = Position(market_id)
        return pos


class Accounts:
    """Registry of accounts by index and by (lower-cased) L1 address."""

    def __init__(self) -> None:
        self.by_index: dict[int, Account] = {}
        self._by_l1: dict[str, list[int]] = {}
        self._next_master = FIRST_ACCOUNT_INDEX
        self._next_sub = FIRST_SUB_ACCOUNT_INDEX

    def get(self, index: int) -> Account | None:
        """The account with ``index``, or None."""
        return self.by_index.get(index)

    def for_l1(self, l1_address: str) -> list[Account]:
        """Every account (master and sub-accounts) owned by ``l1_address``, in creation order."""
        return [self.by_index[i] for i in self._by_l1.get(l1_address.lower(), [])]

    def master_for_l1(self, l1_address: str) -> Account | None:
        """The master account of ``l1_address``, or None."""
        for acc in self.for_l1(l1_address):
            if acc.account_type == MASTER:
                return acc
        return None

    def create_master(self, l1_address: str, now_ms: int) -> Account:
        """A new master account for ``l1_address`` with the next master index."""
        acc = Account(self._next_master, l1_address, MASTER, created_at=now_ms)
        self._next_master += 1
        self._add(acc)
        return acc

    def create_sub(self, master: Account, now_ms: int) -> Account:
        """A new sub-account of ``master`` (same L1 owner), indexed downwards from 2^48 - 100."""
        acc = Account(self._next_sub, master.l1_address, SUB, master_index=master.index, created_at=now_ms)
        self._next_sub -= 1
        self._add(acc)
        return acc

    def _add(self, acc: Account) -> None:
        self.by_index[acc.index] = acc
        self._by_l1.setdefault(acc.l1_address.lower(), []).append(acc.index)

    def __iter__(self) -> Iterator[Account]:
        return iter(list(self.by_index.values()))

    def __len__(self) -> int:
        return len(self.by_index)
