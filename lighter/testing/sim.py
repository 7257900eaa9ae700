"""``lighter sim``: serve a local exchange until SIGINT/SIGTERM, after printing one JSON ready line."""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys

from lighter.testing.exchange import Exchange
from lighter.testing.server import ExchangeServer


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="lighter sim", description="Run a local Lighter exchange.")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default 0: pick a free one)")
    p.add_argument("--chain-id", type=int, default=304, help="chain id signed into txs (default 304)")
    p.add_argument("--market-maker", action="store_true", help="quote synthetic liquidity in every market")
    p.add_argument("--seed", type=int, default=None, help="random seed of the market maker")
    p.add_argument("--no-verify", action="store_true", help="accept transactions without checking signatures")
    return p.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    exchange = Exchange(chain_id=args.chain_id, verify_signatures=not args.no_verify)
    server = ExchangeServer(exchange, market_maker=args.market_maker, maker_seed=args.seed)
    await server.start(args.host, args.port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
    ready = {"base_url": server.base_url, "ws_url": server.ws_url, "chain_id": exchange.chain_id}
    sys.stdout.write(json.dumps(ready) + "\n")
    sys.stdout.flush()
    try:
        await stop.wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        asyncio.run(serve(args))
    except KeyboardInterrupt:
        pass
    return 0
