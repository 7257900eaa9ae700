"""Average entry prices of spot assets, per account (the ``account_spot_avg_entry_prices`` channel).

Spot fills count at their trade price: a buy adds its size and USDC cost, a sell removes size at the
average (the average does not move). Balance changes that are not fills (deposits, transfers,
withdrawals) are reconciled lazily against the balance: an increase counts as bought at the asset's
index price, a decrease as sold at the average. So ``size`` always equals the account's balance of the
asset once reconciled. Pure state, no I/O; the engine calls :meth:`SpotEntries.fill` before it moves
the balances of a spot trade.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lighter.testing.accounts import Account
from lighter.testing.markets import USDC_DECIMALS, Asset


@dataclass
class Entry:
    """What an account's holding of one asset cost: ``size`` in asset units, ``cost`` in micro USDC."""

    size: int = 0
    cost: int = 0
    last_trade_id: int = 0


class SpotEntries:
    """Entries by (account index, asset id)."""

    def __init__(self, assets: dict[int, Asset]) -> None:
        self.assets = assets
        self.entries: dict[tuple[int, int], Entry] = {}

    def entry(self, acc: Account, asset_id: int) -> Entry:
        """The entry of ``asset_id`` for ``acc``, reconciled with its current balance."""
        return self._reconcile(acc, asset_id, acc.assets.get(asset_id, 0))

    def fill(self, ask: Account, bid: Account, asset_id: int, units: int, quote: int, trade_id: int) -> None:
        """A spot trade of ``units`` of ``asset_id`` for ``quote`` micro USDC, balances not yet moved."""
        for acc in (ask, bid):
            self._reconcile(acc, asset_id, acc.assets.get(asset_id, 0))
        sold = self.entries[(ask.index, asset_id)]
        self._remove(sold, units)
        sold.last_trade_id = trade_id
        bought = self.entries[(bid.index, asset_id)]
        bought.size += units
        bought.cost += quote
        bought.last_trade_id = trade_id

    def _reconcile(self, acc: Account, asset_id: int, balance: int) -> Entry:
        e = self.entries.setdefault((acc.index, asset_id), Entry())
        balance = max(balance, 0)
        if balance > e.size:
            e.cost += self._index_cost(asset_id, balance - e.size)
            e.size = balance
        elif balance < e.size:
            self._remove(e, e.size - balance)
        return e

    @staticmethod
    def _remove(e: Entry, units: int) -> None:
        if units >= e.size:
            e.size, e.cost = 0, 0
            return
        e.cost -= e.cost * units // e.size
        e.size -= units

    def _index_cost(self, asset_id: int, units: int) -> int:
        asset = self.assets[asset_id]
        micro = Decimal(asset.index_price) * units * 10**USDC_DECIMALS / 10**asset.decimals
        return int(micro)


def avg_price(entry: Entry, asset: Asset, price_decimals: int) -> Decimal:
    """USDC per whole asset unit, at ``price_decimals`` digits (0 for an empty holding)."""
    if entry.size <= 0:
        return Decimal(0).quantize(Decimal(1).scaleb(-price_decimals))
    value = Decimal(entry.cost) * 10**asset.decimals / (Decimal(entry.size) * 10**USDC_DECIMALS)
    return value.quantize(Decimal(1).scaleb(-price_decimals))
