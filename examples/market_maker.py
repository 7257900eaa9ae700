"""A small market maker: quotes around the live mid with cancel-replace, and a dead-man switch.

Every --interval seconds it sends ONE batch (one request, consecutive nonces of one API key):
cancel all its orders in the market, then a post-only bid and ask --half-spread-bps away from the mid
of the WebSocket book, skewed against its inventory. Because the batch is atomic, the book never shows
it with both old and new quotes, nor with none between two requests.

The dead-man switch: each loop also pushes back a scheduled cancel-all (`schedule_cancel_all`) to
--dead-man seconds from now. If this process hangs, crashes or loses its network, the exchange itself
cancels every quote shortly after. On a clean exit the quotes are cancelled and the switch disarmed.

    python examples/market_maker.py --sim --duration 5
    python examples/market_maker.py --market ETH --size 0.05 --duration 600    # LIGHTER_* env
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import threading
import time
from decimal import ROUND_DOWN, ROUND_UP, Decimal

from lighter import Lighter, WsClient


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--market", default="ETH")
    parser.add_argument("--size", default="0.05", help="quote size in base units")
    parser.add_argument("--half-spread-bps", type=float, default=15.0)
    parser.add_argument("--skew-bps-per-unit", type=float, default=20.0, help="price skew per unit held")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between re-quotes")
    parser.add_argument("--dead-man", type=float, default=10.0, help="exchange-side cancel-all after S s")
    parser.add_argument("--duration", type=float, default=30.0, help="stop after S seconds")
    parser.add_argument("--sim", action="store_true", help="start a local exchange and a funded account")
    args = parser.parse_args()

    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    with contextlib.ExitStack() as stack:
        if args.sim:
            from lighter.testing import LocalExchange, onboard

            lx = stack.enter_context(LocalExchange(market_maker=True))
            os.environ.update(onboard(lx.base_url, chain_id=lx.chain_id, usdc=100_000).as_env())

        client = stack.enter_context(Lighter.from_env())
        market = client.market(args.market)
        ws = stack.enter_context(
            WsClient(
                client.ws_url,
                account_index=client.account_index,
                api_key_index=client.api_key_indexes[0],
                api_private_key=os.environ["LIGHTER_API_PRIVATE_KEY"],
            )
        )
        ws.subscribe_order_book(market.index, wait=True)
        ws.subscribe_account_all(client.account_index, wait=True)
        book = ws.order_book(market.index)
        account = ws.account(client.account_index)
        size = Decimal(args.size)
        end = time.monotonic() + args.duration
        quotes = 0
        try:
            while not stop.is_set() and time.monotonic() < end:
                mid = book.mid
                if mid is None or not book.is_synced:
                    stop.wait(0.1)  # no two-sided book yet (or resyncing after a gap): do not quote blind
                    continue
                position = account.positions.get(market.index)
                held = (position.size if position else None) or Decimal(0)
                skew = Decimal(args.skew_bps_per_unit) * held / 10_000  # long -> quote lower, to sell
                half = Decimal(args.half_spread_bps) / 10_000
                bid = (mid * (1 - half - skew)).quantize(market.tick_size, rounding=ROUND_DOWN)
                ask = (mid * (1 + half - skew)).quantize(market.tick_size, rounding=ROUND_UP)

                batch = client.batch()
                batch.cancel_all_orders(market=market.index)
                batch.create_order(market.index, side="buy", size=size, price=bid, post_only=True)
                batch.create_order(market.index, side="sell", size=size, price=ask, post_only=True)
                batch.schedule_cancel_all(args.dead_man)  # pushed back every loop
                client.send_batch(batch)
                quotes += 1
                print(f"mid {mid:.2f}  bid {bid}  ask {ask}  inventory {held:+}  fills {len(account.trades)}")
                stop.wait(args.interval)
        finally:
            client.cancel_all_orders(market=market.index)
            client.abort_scheduled_cancel_all()
            time.sleep(0.2)
            still_open = [
                o for o in account.orders.values() if o.is_active and o.market_index == market.index
            ]
            print(f"stopped after {quotes} re-quotes; open orders: {len(still_open)}", end="; ")
            print(f"fills: {len(account.trades)}")


if __name__ == "__main__":
    main()
