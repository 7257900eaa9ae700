"""Backtest a market maker on a recorded market: ordinary bot code, a replayed exchange.

A local exchange replays a recording (default: the real mainnet BTC sample shipped with lighter) at
--speed max: it waits for the bot's requests after every update, so a run is repeatable. The bot keeps a
post-only bid and ask --half-spread-bps around the mid of its WebSocket book, skewed against inventory,
and re-quotes (one atomic batch: cancel all, bid, ask) on every book update that moved the mid (every
update with --every-update). Fills
follow the replay's queue-position model (see lighter/testing/replay.py). At the end it prints the
backtest report; --report DIR also writes it for `lighter backtest report DIR`.

    python examples/backtest_market_maker.py
    python examples/backtest_market_maker.py --recording my-recording/ --market ETH --size 0.05
"""

from __future__ import annotations

import argparse
import json
import time
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from pathlib import Path

from lighter import Lighter, WsClient
from lighter.testing import LocalExchange, onboard
from lighter.testing.replay import SAMPLE_RECORDING
from lighter.ws import OrderBookEvent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recording", default=str(SAMPLE_RECORDING), help="recording dir or .jsonl file")
    parser.add_argument("--market", default="BTC")
    parser.add_argument("--size", default="0.001", help="quote size in base units")
    parser.add_argument("--half-spread-bps", type=float, default=1.0)
    parser.add_argument("--skew-bps-per-unit", type=float, default=50.0, help="price skew per unit held")
    parser.add_argument("--speed", default="max", help="max, or a factor of real time (1, 10)")
    parser.add_argument("--usdc", type=int, default=100_000, help="starting collateral")
    parser.add_argument("--report", default=None, metavar="DIR", help="write DIR/report.json")
    parser.add_argument("--every-update", action="store_true", help="re-quote on every update, moved or not")
    args = parser.parse_args()

    with LocalExchange(replay=args.recording, speed=args.speed) as lx:
        creds = onboard(lx.base_url, chain_id=lx.chain_id, usdc=args.usdc, ws_url=lx.ws_url)
        with (
            Lighter.from_env(creds.as_env(), rate_limit=None) as client,
            WsClient(
                lx.ws_url,
                account_index=creds.account_index,
                api_key_index=creds.api_key_index,
                api_private_key=creds.api_private_key,
            ) as ws,
        ):
            market = client.market(args.market)
            ws.subscribe_account_all(creds.account_index, wait=True)
            ws.subscribe_order_book(market.index, wait=True)  # the replay starts here
            book, account = ws.order_book(market.index), ws.account(creds.account_index)
            size, half = Decimal(args.size), Decimal(args.half_spread_bps) / 10_000
            updates = quotes = 0
            last_mid = None
            started = time.perf_counter()
            while True:
                event = ws.get(timeout=0.5)
                if event is None:
                    if lx.wait_replay(0):
                        break  # the recording is over and every update was handled
                    continue
                if not isinstance(event, OrderBookEvent) or event.market_id != market.index:
                    continue
                updates += 1
                mid = book.mid
                if mid is None or not book.is_synced or (mid == last_mid and not args.every_update):
                    continue
                last_mid = mid
                position = account.positions.get(market.index)
                held = (position.size if position else None) or Decimal(0)
                skew = Decimal(args.skew_bps_per_unit) * held / 10_000  # long -> quote lower, to sell
                bid = (mid * (1 - half - skew)).quantize(market.tick_size, rounding=ROUND_DOWN)
                ask = (mid * (1 + half - skew)).quantize(market.tick_size, rounding=ROUND_UP)
                batch = client.batch()
                batch.cancel_all_orders(market=market.index)
                batch.create_order(market.index, side="buy", size=size, price=bid, post_only=True)
                batch.create_order(market.index, side="sell", size=size, price=ask, post_only=True)
                client.send_batch(batch)
                quotes += 1
            elapsed = time.perf_counter() - started
        report = lx.report()

    rate = updates / elapsed if elapsed else 0.0
    print(f"replayed {updates} book updates in {elapsed:.2f} s ({rate:.0f} updates/s), {quotes} re-quotes")
    for acc in report["accounts"]:
        s = acc["summary"]
        inventory = ", ".join(f"{k} {v}" for k, v in s["inventory"].items()) or "flat"
        print(f"account {acc['account_index']}: fills {s['fills']}  volume {s['volume']}  fees {s['fees']}")
        print(f"  PnL {s['pnl']}  max drawdown {s['max_drawdown']}  inventory {inventory}")
    if args.report:
        Path(args.report).mkdir(parents=True, exist_ok=True)
        (Path(args.report) / "report.json").write_text(json.dumps(report, indent=2) + "\n")
        print(f"report written to {args.report}/report.json (lighter backtest report {args.report})")


if __name__ == "__main__":
    main()
