"""An asyncio service combining the WebSocket and REST: a TWAP executor.

It buys (or sells) a target size in equal slices spread over the run, with market orders sent over REST
(`AsyncLighter`), while the WebSocket (`AsyncWsClient`) keeps the live order book and the account's fills:

* a slice is skipped while the spread is wider than --max-spread-bps (and retried at the next tick);
* each fill arrives on the account stream; the report compares the average fill price with the mid
  at the start (the slippage the execution cost);
* Ctrl-C, SIGTERM or the end of --duration stop the service cleanly.

    python examples/async_service.py --sim --duration 5
    python examples/async_service.py --side sell --size 0.3 --slices 6 --duration 60   # LIGHTER_* env
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
from decimal import ROUND_DOWN, Decimal

from lighter import AsyncLighter, AsyncWsClient
from lighter.ws import AccountEvent


async def run(args: argparse.Namespace) -> None:
    async with AsyncLighter.from_env() as client:
        market = await client.market(args.market)
        creds = {
            "account_index": client.account_index,
            "api_key_index": client.api_key_indexes[0],
            "api_private_key": os.environ["LIGHTER_API_PRIVATE_KEY"],
        }
        async with AsyncWsClient(client.ws_url, **creds) as ws:
            await ws.subscribe_order_book(market.index)  # waits for the first snapshot
            await ws.subscribe_account_all(client.account_index)
            book = ws.order_book(market.index)
            account = ws.account(client.account_index)
            arrival_mid = book.mid
            plan = f"{args.side} {args.size} {market.symbol} in {args.slices} slices"
            print(f"TWAP {plan}; arrival mid {arrival_mid}")

            fills: list[tuple[Decimal, Decimal]] = []

            async def on_account(event: AccountEvent) -> None:  # runs on the loop, in order
                for trade in event.trades:
                    if trade.size and trade.price and not event.snapshot:
                        fills.append((trade.size, trade.price))
                        print(f"  fill {trade.size} @ {trade.price}")

            ws.on(AccountEvent, on_account)

            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError):  # Windows
                    loop.add_signal_handler(sig, stop.set)

            slice_size = (Decimal(args.size) / args.slices).quantize(market.lot_size, rounding=ROUND_DOWN)
            interval = args.duration / args.slices
            sent = 0
            while sent < args.slices and not stop.is_set():
                spread_bps = book.spread / book.mid * 10_000 if book.mid and book.spread is not None else None
                if spread_bps is None or spread_bps > args.max_spread_bps:
                    print(f"  spread {spread_bps} bps too wide: slice postponed")
                else:
                    result = await client.create_market_order(market.index, side=args.side, size=slice_size)
                    sent += 1
                    what = f"market {args.side} {slice_size}"
                    print(f"  slice {sent}/{args.slices}: {what} (nonce {result.nonce})")
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=interval)

            await asyncio.sleep(0.3)  # the last fills are still on their way over the stream
            filled = sum((size for size, _ in fills), Decimal(0))
            if filled and arrival_mid:
                avg = sum((size * price for size, price in fills), Decimal(0)) / filled
                sign = 1 if args.side == "buy" else -1
                cost_bps = (avg - arrival_mid) / arrival_mid * 10_000 * sign
                print(f"done: {filled} filled at avg {avg:.4f} vs arrival {arrival_mid}: {cost_bps:.1f} bps")
            position = account.positions.get(market.index)
            print(f"position now: {position.size if position else 0} {market.symbol}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--market", default="ETH")
    parser.add_argument("--side", choices=("buy", "sell"), default="buy")
    parser.add_argument("--size", default="0.2", help="total size in base units")
    parser.add_argument("--slices", type=int, default=4)
    parser.add_argument("--duration", type=float, default=8.0, help="seconds over which to spread the slices")
    parser.add_argument("--max-spread-bps", type=float, default=50.0)
    parser.add_argument("--sim", action="store_true", help="start a local exchange and a funded account")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        if args.sim:
            from lighter.testing import LocalExchange, onboard

            lx = stack.enter_context(LocalExchange(market_maker=True))
            os.environ.update(onboard(lx.base_url, chain_id=lx.chain_id, usdc=10_000).as_env())
        asyncio.run(run(args))


if __name__ == "__main__":
    main()
