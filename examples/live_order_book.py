"""A live order-book printer: the WebSocket book of one or more markets, redrawn as it changes.

`WsClient` keeps a local `OrderBook` per market from the snapshot and the diffs, checks the sequence
(a gap marks the book unsynced until a fresh snapshot arrives, which the client requests itself) and
computes a checksum of the top levels. This script only reads it. No credentials needed.

    python examples/live_order_book.py --sim --duration 5
    LIGHTER_BASE_URL=http://127.0.0.1:PORT python examples/live_order_book.py ETH BTC --depth 5
    python examples/live_order_book.py --network mainnet ETH       # the real exchange, read-only
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time

from lighter import Lighter, WsClient


def render(symbol: str, book, depth: int) -> list[str]:  # book: lighter.OrderBook
    bids, asks = book.top(depth)
    state = "synced" if book.is_synced else "RESYNCING"
    lines = [f"{symbol:<8} mid {book.mid}  spread {book.spread}  [{state}, checksum {book.checksum():08x}]"]
    lines.append(f"  {'BID SIZE':>10} {'BID':>10} | {'ASK':<10} {'ASK SIZE'}")
    for i in range(depth):
        left = f"{bids[i][1]:>10} {bids[i][0]:>10}" if i < len(bids) else " " * 21
        right = f"{asks[i][0]:<10} {asks[i][1]:<10}" if i < len(asks) else ""
        lines.append(f"  {left} | {right}".rstrip())
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("markets", nargs="*", default=["ETH"], help="symbols (default ETH)")
    parser.add_argument("--depth", type=int, default=5)
    parser.add_argument("--duration", type=float, default=None, help="stop after S seconds (default: Ctrl-C)")
    parser.add_argument("--network", choices=("mainnet", "testnet"), default=None)
    parser.add_argument("--sim", action="store_true", help="start a local exchange with a market maker")
    args = parser.parse_args()

    with contextlib.ExitStack() as stack:
        if args.sim:
            from lighter.testing import LocalExchange

            lx = stack.enter_context(LocalExchange(market_maker=True))
            os.environ["LIGHTER_BASE_URL"] = lx.base_url
        if args.network:
            client = Lighter(network=args.network)
        else:  # LIGHTER_BASE_URL (+ LIGHTER_CHAIN_ID, or a loopback URL means a local exchange)
            base_url = os.environ.get("LIGHTER_BASE_URL")
            if not base_url:
                sys.exit("set LIGHTER_BASE_URL, or pass --sim or --network mainnet")
            client = Lighter(base_url=base_url, chain_id=int(os.environ.get("LIGHTER_CHAIN_ID", "304")))
        stack.enter_context(client)
        markets = [client.market(symbol) for symbol in args.markets]

        ws = stack.enter_context(WsClient(client.ws_url))
        for market in markets:
            ws.subscribe_order_book(market.index, wait=True)

        redraw = sys.stdout.isatty()
        end = None if args.duration is None else time.monotonic() + args.duration
        last = None
        try:
            while end is None or time.monotonic() < end:
                books = [(m.symbol, ws.order_book(m.index)) for m in markets]
                version = tuple(book.nonce or book.offset for _, book in books)
                if version != last:
                    last = version
                    lines = [
                        line for symbol, book in books for line in [*render(symbol, book, args.depth), ""]
                    ]
                    if redraw:
                        sys.stdout.write("\x1b[H\x1b[2J")  # clear the screen, draw from the top
                    else:
                        lines.insert(0, time.strftime("--- %H:%M:%S"))
                    print("\n".join(lines), flush=True)
                time.sleep(0.1)
        except KeyboardInterrupt:
            pass
        stats = ws.stats
        frames, gaps, reconnects = (stats.get(k, 0) for k in ("frames", "gaps", "reconnects"))
        print(f"{frames} frames, {gaps} gaps, {reconnects} reconnects")


if __name__ == "__main__":
    main()
