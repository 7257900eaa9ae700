"""A blocking script: look at a market, place a post-only order, see it, cancel it, read the account.

Run it against a local exchange it starts itself:

    python examples/quickstart_sync.py --sim

or against any exchange whose credentials are in the environment (`lighter sim` prints the URL; the
LIGHTER_* variables are described in docs/onboarding.md):

    export LIGHTER_BASE_URL=http://127.0.0.1:PORT LIGHTER_ACCOUNT_INDEX=... LIGHTER_API_KEY_INDEX=... \
           LIGHTER_API_PRIVATE_KEY=...
    python examples/quickstart_sync.py --market ETH
"""

from __future__ import annotations

import argparse
import contextlib
import os
from decimal import ROUND_DOWN, Decimal

from lighter import Lighter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--market", default="ETH")
    parser.add_argument("--sim", action="store_true", help="start a local exchange and a funded account")
    args = parser.parse_args()

    with contextlib.ExitStack() as stack:
        if args.sim:
            from lighter.testing import LocalExchange, onboard

            lx = stack.enter_context(LocalExchange(market_maker=True))
            os.environ.update(onboard(lx.base_url, chain_id=lx.chain_id, usdc=10_000).as_env())

        client = stack.enter_context(Lighter.from_env())  # LIGHTER_BASE_URL, LIGHTER_ACCOUNT_INDEX, ...
        market = client.market(args.market)
        print(f"{market.symbol}: tick {market.tick_size}, lot {market.lot_size}", end=", ")
        print(f"min size {market.min_base_amount}")

        book = client.market_data.order_book(market.symbol, limit=1)
        best_bid = Decimal(book.bids[0].price)
        best_ask = Decimal(book.asks[0].price)
        print(f"best bid {best_bid}, best ask {best_ask}")

        # Human units in, exact integers signed: 2% under the best bid, on the tick grid.
        price = (best_bid * Decimal("0.98")).quantize(market.tick_size, rounding=ROUND_DOWN)
        placed = client.create_order(market.symbol, side="buy", size="0.05", price=price, post_only=True)
        client.wait_for_tx(placed)
        print(f"placed post-only bid 0.05 @ {price}: tx {placed.tx_hash[:16]}…, nonce {placed.nonce}")

        mine = [
            o
            for o in client.orders.active(market.symbol)
            if o.client_order_index == placed.client_order_index
        ]
        print(f"resting: order {mine[0].order_index}, {mine[0].remaining} @ {mine[0].price}")

        cancelled = client.cancel_order(market.symbol, mine[0].order_index)
        client.wait_for_tx(cancelled)
        print(f"cancelled; open orders now: {len(client.orders.active(market.symbol))}")

        account = client.account.get().accounts[0]
        print(
            f"account {account.index}: collateral {account.collateral}, available {account.available_balance}"
        )


if __name__ == "__main__":
    main()
