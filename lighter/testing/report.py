"""The backtest report of a replay: fills, fees, PnL over time, max drawdown and inventory, per account.

``ReportCollector`` listens to the exchange (every fill of an account) and samples each account's PnL and
inventory at every fill and every ``sample_ms`` of replay time, so the report depends only on the recording,
the bot's orders and the replay time: two runs that see the same market and send the same orders give the
same report. PnL is perp equity (collateral plus unrealized PnL at the last price) minus net USDC
deposits; fees are those the local exchange charged on each fill.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lighter.testing import views

if TYPE_CHECKING:  # pragma: no cover
    from lighter.testing.book import Events, Trade
    from lighter.testing.exchange import Exchange

FORMAT = "lighter-backtest-report"
VERSION = 1
USDC_ASSET = 3


class ReportCollector:
    """Fills and PnL samples of every account except ``exclude`` (the replayed market's own account)."""

    def __init__(self, exchange: Exchange, *, exclude: set[int], sample_ms: int = 1000) -> None:
        if sample_ms <= 0:
            raise ValueError("sample_ms must be positive")
        self.ex = exchange
        self.exclude = exclude
        self.sample_ms = sample_ms
        self.fills: dict[int, list[dict[str, Any]]] = {}
        self.samples: dict[int, list[tuple[int, int, dict[int, int]]]] = {}
        self._next_sample = 0
        exchange.listeners.append(self._on_change)

    def _accounts(self) -> list[int]:
        return sorted(i for i in self.ex.accounts.by_index if i not in self.exclude)

    def _on_change(self, events: Events, records: list[Any]) -> None:
        touched: set[int] = set()
        for trade in events.trades:
            for account, is_ask in ((trade.ask_account_id, True), (trade.bid_account_id, False)):
                if account in self.exclude or account not in self.ex.accounts.by_index:
                    continue
                self.fills.setdefault(account, []).append(self._fill(trade, account, is_ask))
                touched.add(account)
        now = self.ex.now_ms()
        for account in sorted(touched):
            self._sample(account, now)

    def _fill(self, t: Trade, account: int, is_ask: bool) -> dict[str, Any]:
        m = self.ex.engine.markets[t.market_id].market
        maker = t.is_maker_ask == is_ask
        fee = getattr(t, "maker_fee" if maker else "taker_fee", 0) or 0
        return {
            "time_ms": t.timestamp,
            "market": m.symbol,
            "side": "sell" if is_ask else "buy",
            "role": "maker" if maker else "taker",
            "size": m.fmt_size(t.size),
            "price": m.fmt_price(t.price),
            "quote": views.usdc(t.usd_amount),
            "fee": views.usdc(fee),
            "trade_id": t.trade_id,
        }

    def pnl(self, account: int) -> int:
        """Perp equity minus net USDC deposits, in micro USDC."""
        ex = self.ex
        acc = ex.accounts.by_index[account]
        deposited = sum(
            d["amount"] for d in ex.deposits if d["account_index"] == account and d["asset_id"] == USDC_ASSET
        )
        withdrawn = sum(
            w["amount"] for w in ex.withdraws if w["account_index"] == account and w["asset_id"] == USDC_ASSET
        )
        return ex.engine.equity(acc) - (deposited - withdrawn)

    def _sample(self, account: int, now: int) -> None:
        acc = self.ex.accounts.by_index[account]
        inventory = {
            mid: p.size for mid, p in sorted(acc.positions.items()) if p.size or mid in self._held(account)
        }
        rows = self.samples.setdefault(account, [])
        row = (now, self.pnl(account), inventory)
        if rows and rows[-1][0] == now:
            rows[-1] = row
        else:
            rows.append(row)

    def _held(self, account: int) -> set[int]:
        rows = self.samples.get(account)
        return set(rows[-1][2]) if rows else set()

    def at(self, now: int, *, force: bool = False) -> None:
        """Sample every account when replay time reaches the next sampling point (or now, ``force``)."""
        if now < self._next_sample and not force:
            return
        self._next_sample = (now // self.sample_ms + 1) * self.sample_ms
        for account in self._accounts():
            self._sample(account, now)

    def report(self, meta: dict[str, Any]) -> dict[str, Any]:
        """The report as JSON data (exact decimal strings)."""
        markets = {mid: ms.market for mid, ms in self.ex.engine.markets.items()}
        accounts = []
        for account in self._accounts():
            fills = self.fills.get(account, [])
            rows = self.samples.get(account, [])
            peak = drawdown = 0  # every account starts flat, at PnL 0
            for _, pnl, _ in rows:
                peak = max(peak, pnl)
                drawdown = max(drawdown, peak - pnl)
            acc = self.ex.accounts.by_index[account]
            final = {
                markets[mid].symbol: markets[mid].fmt_size(p.size)
                for mid, p in sorted(acc.positions.items())
                if p.size
            }
            fees = sum((Decimal(f["fee"]) for f in fills), Decimal(0))
            volume = sum((Decimal(f["quote"]) for f in fills), Decimal(0))
            realized = sum(p.realized_pnl for p in acc.positions.values())
            accounts.append(
                {
                    "account_index": account,
                    "summary": {
                        "fills": len(fills),
                        "volume": str(volume),
                        "fees": str(fees),
                        "realized_pnl": views.usdc(realized),
                        "pnl": views.usdc(self.pnl(account)),
                        "max_drawdown": views.usdc(drawdown),
                        "inventory": final,
                    },
                    "fills": fills,
                    "pnl_over_time": [
                        {
                            "time_ms": t,
                            "pnl": views.usdc(pnl),
                            "inventory": {
                                markets[mid].symbol: markets[mid].fmt_size(size) for mid, size in inv.items()
                            },
                        }
                        for t, pnl, inv in rows
                    ],
                }
            )
        return {"format": FORMAT, "version": VERSION, **meta, "accounts": accounts}
