"""``lighter sim``: serve a local exchange until SIGINT/SIGTERM, after printing one JSON ready line."""

from __future__ import annotations

import argparse
import asyncio
import errno
import json
import signal
import socket
import sys

from lighter.testing.exchange import Exchange
from lighter.testing.funding import DEFAULT_INTERVAL as DEFAULT_FUNDING_INTERVAL
from lighter.testing.funding import interval_ms
from lighter.testing.server import ExchangeServer

EXIT_USAGE = 2  # the user's mistake (bad option, address in use), as for the rest of the CLI


class ListenError(Exception):
    """The server could not listen on the requested host and port."""


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}: not an integer") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"invalid port {value}: must be 0-65535")
    return value


def _interval(text: str) -> float:
    try:
        value = float(text)
        interval_ms(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid funding interval {text!r}: {exc}") from None
    return value


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the ``lighter sim`` options."""
    p = argparse.ArgumentParser(prog="lighter sim", description="Run a local Lighter exchange.")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=0, help="port (default 0: pick a free one)")
    p.add_argument("--chain-id", type=int, default=304, help="chain id signed into txs (default 304)")
    p.add_argument("--market-maker", action="store_true", help="quote synthetic liquidity in every market")
    p.add_argument("--seed", type=int, default=None, help="random seed of the market maker")
    p.add_argument("--no-verify", action="store_true", help="accept transactions without checking signatures")
    p.add_argument(
        "--funding-interval",
        type=_interval,
        default=DEFAULT_FUNDING_INTERVAL,
        metavar="SECONDS",
        help="settle funding every SECONDS (default 3600, on the hour; at least 1)",
    )
    return p.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    """Run an exchange with ``args``, print the ready line, serve until SIGINT/SIGTERM."""
    exchange = Exchange(
        chain_id=args.chain_id, verify_signatures=not args.no_verify, funding_interval=args.funding_interval
    )
    server = ExchangeServer(exchange, market_maker=args.market_maker, maker_seed=args.seed)
    try:
        await server.start(args.host, args.port)
    except BaseException as exc:
        await server.stop()
        if isinstance(exc, OSError):
            raise ListenError(listen_error(args.host, args.port, exc)) from exc
        raise
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


def listen_error(host: str, port: int, exc: OSError) -> str:
    """One line saying why the server could not listen on ``host:port``."""
    where = f"{host}:{port}"
    if isinstance(exc, socket.gaierror):
        return f"cannot listen on {where}: unknown host or invalid address {host!r} ({exc.strerror})"
    if exc.errno == errno.EADDRINUSE:
        return f"cannot listen on {where}: address already in use (pick another --port, or 0 for a free one)"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen on {where}: {host} is not an address of this machine"
    if exc.errno == errno.EACCES:
        return f"cannot listen on {where}: permission denied (ports below 1024 need privileges)"
    return f"cannot listen on {where}: {exc.strerror or exc}"


def main(argv: list[str] | None = None) -> int:
    """Run ``lighter sim``; returns 0 after SIGINT/SIGTERM, 2 (one line on stderr) if it cannot listen."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        asyncio.run(serve(args))
    except KeyboardInterrupt:
        pass
    except ListenError as exc:
        sys.stderr.write(f"lighter sim: error: {exc}\n")
        return EXIT_USAGE
    return 0
