"""``lighter sim``: serve a local exchange until SIGINT/SIGTERM.

On a terminal it prints a short banner (URLs, how to stop, what to run next); with ``--json`` or when
stdout is not a terminal, one JSON ready line ``{"base_url", "ws_url", "chain_id"}`` for programs.
``lighter sim --fund [USDC]`` does not serve: it onboards a funded account with a registered API key on a
running sim and writes the ``sim`` profile (see `lighter._cli.sim_fund`).
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import json
import signal
import socket
import sys
from collections.abc import Callable
from typing import Any

from lighter.testing.app import ExchangeServer
from lighter.testing.exchange import Exchange
from lighter.testing.funding import DEFAULT_INTERVAL as DEFAULT_FUNDING_INTERVAL
from lighter.testing.funding import interval_ms
from lighter.testing.taker import DEFAULT_INTERVAL as DEFAULT_TAKER_INTERVAL

EXIT_USAGE = 2  # the user's mistake (bad option, address in use), as for the rest of the CLI
LIVELY_FUNDING_INTERVAL = 10.0  # with the taker flow on, funding settles every 10 s (instead of hourly)
DEFAULT_FUND_USDC = "10000"


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


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text} must be positive")
    return value


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the ``lighter sim`` options."""
    p = argparse.ArgumentParser(
        prog="lighter sim",
        description="Run a local Lighter exchange (REST and WebSocket on one port, real signatures).",
        epilog="examples:\n"
        "  lighter sim --market-maker           # liquidity, trades, candles and funding within seconds\n"
        "  lighter sim --fund 10000             # (in another terminal) a funded account + the 'sim' "
        "profile\n"
        "  lighter --profile sim account",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=0, help="port (default 0: pick a free one)")
    p.add_argument("--chain-id", type=int, default=304, help="chain id signed into txs (default 304)")
    p.add_argument(
        "--market-maker",
        action="store_true",
        help="quote synthetic liquidity in every market (and start the taker flow, see --no-taker)",
    )
    p.add_argument("--seed", type=int, default=None, help="random seed of the market maker and taker flow")
    taker = p.add_mutually_exclusive_group()
    taker.add_argument(
        "--taker",
        dest="taker",
        action="store_true",
        default=None,
        help="send synthetic market orders (default: on with --market-maker)",
    )
    taker.add_argument("--no-taker", dest="taker", action="store_false", help="no synthetic market orders")
    p.add_argument(
        "--taker-interval",
        type=_positive,
        default=DEFAULT_TAKER_INTERVAL,
        metavar="SECONDS",
        help=f"mean seconds between synthetic market orders (default {DEFAULT_TAKER_INTERVAL})",
    )
    p.add_argument("--no-verify", action="store_true", help="accept transactions without checking signatures")
    p.add_argument(
        "--funding-interval",
        type=_interval,
        default=None,
        metavar="SECONDS",
        help=f"settle funding every SECONDS (default 3600, on the hour; {LIVELY_FUNDING_INTERVAL:.0f} with "
        "the taker flow; at least 1)",
    )
    p.add_argument("--json", action="store_true", help="print the JSON ready line even on a terminal")
    fund = p.add_argument_group("onboarding on a running sim (does not start one)")
    fund.add_argument(
        "--fund",
        nargs="?",
        const=DEFAULT_FUND_USDC,
        default=None,
        metavar="USDC",
        help=f"create an account funded with USDC (default {DEFAULT_FUND_USDC}) with a registered API key "
        "on the running sim, and write the profile (--profile-name) so `lighter --profile sim ...` works",
    )
    fund.add_argument(
        "--base-url",
        default=None,
        metavar="URL",
        help="the running sim (default: LIGHTER_BASE_URL, else the profile's base_url)",
    )
    fund.add_argument("--profile-name", default="sim", metavar="NAME", help="profile to write (default sim)")
    _replay_options(p)
    args = p.parse_args(argv)
    if args.taker is None:
        args.taker = args.market_maker
    if args.funding_interval is None:
        args.funding_interval = LIVELY_FUNDING_INTERVAL if args.taker else DEFAULT_FUNDING_INTERVAL
    return args


def _replay_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("replay (backtest and paper trading on a recorded market)")
    g.add_argument(
        "--replay",
        metavar="RECORDING",
        help="serve the public market of a `lighter record` directory or a JSON Lines file of raw frames",
    )
    g.add_argument("--speed", default="1", help="1, 10 (x real time) or max (as fast as the bot keeps up)")
    g.add_argument("--start", default=None, metavar="T", help="begin at T (ISO time or unix s/ms)")
    g.add_argument("--end", default=None, metavar="T", help="stop at T")
    g.add_argument(
        "--settle",
        type=float,
        default=None,
        metavar="S",
        help="--speed max: quiet time (s) that counts as the bot having answered an update (default 0.005)",
    )
    g.add_argument("--run", default=None, metavar="DIR", help="write the backtest report to DIR/report.json")
    g.add_argument(
        "--no-wait", action="store_true", help="start at once instead of at the first WebSocket subscription"
    )


def make_replay(args: argparse.Namespace) -> Any:
    """The :class:`~lighter.testing.replay.Replay` the options ask for, or None (ReplayError/ValueError)."""
    if not getattr(args, "replay", None):
        return None
    from lighter.testing.replay import DEFAULT_SETTLE, Replay

    return Replay(
        args.replay,
        speed=args.speed,
        start=args.start,
        end=args.end,
        seed=args.seed,
        settle=DEFAULT_SETTLE if args.settle is None else args.settle,
        wait=not args.no_wait,
        chain_id=args.chain_id,
        verify_signatures=not args.no_verify,
        funding_interval=args.funding_interval,
    )


async def _report_when_done(replay: Any, run_dir: str | None) -> None:
    """When the replay has played its last frame: say so on stderr and write the report."""
    while not replay.finished.is_set():
        await asyncio.sleep(0.1)
    where = write_report(replay, run_dir)
    sys.stderr.write(f"lighter sim: replay finished{f'; report in {where}' if where else ''}\n")
    sys.stderr.flush()


def write_report(replay: Any, run_dir: str | None) -> str | None:
    """Write ``DIR/report.json`` (None: no --run)."""
    if not run_dir:
        return None
    from pathlib import Path

    path = Path(run_dir)
    path.mkdir(parents=True, exist_ok=True)
    target = path / "report.json"
    target.write_text(json.dumps(replay.report(), indent=2) + "\n")
    return str(target)


async def serve(args: argparse.Namespace) -> None:
    """Run an exchange with ``args``, print the ready line, serve until SIGINT/SIGTERM."""
    replay = make_replay(args)
    if replay is not None:
        exchange = replay.exchange
    else:
        exchange = Exchange(
            chain_id=args.chain_id,
            verify_signatures=not args.no_verify,
            funding_interval=args.funding_interval,
        )
    server = ExchangeServer(exchange, market_maker=args.market_maker, maker_seed=args.seed, replay=replay)
    try:
        await server.start(args.host, args.port)
    except BaseException as exc:
        await server.stop()
        if isinstance(exc, OSError):
            raise ListenError(listen_error(args.host, args.port, exc)) from exc
        raise
    if args.taker:
        server.start_taker(seed=None if args.seed is None else args.seed + 1, interval=args.taker_interval)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    stopped_by: list[int] = []

    def on_signal(sig: int) -> None:
        stopped_by.append(sig)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, on_signal, sig)
        except (NotImplementedError, RuntimeError):  # Windows
            signal.signal(sig, lambda signum, _frame: loop.call_soon_threadsafe(on_signal, signum))
    ready: dict[str, Any] = {
        "base_url": server.base_url,
        "ws_url": server.ws_url,
        "chain_id": exchange.chain_id,
    }
    reporter = None
    if replay is not None:
        ready["replay"] = replay.status()
        reporter = loop.create_task(_report_when_done(replay, args.run))
    if args.json or not sys.stdout.isatty():
        sys.stdout.write(json.dumps(ready) + "\n")
    else:
        sys.stdout.write(banner(ready, args))
    sys.stdout.flush()
    try:
        await stop.wait()
    finally:
        if reporter is not None:
            reporter.cancel()
            write_report(replay, args.run)
        await server.stop()
    if stopped_by and stopped_by[0] == signal.SIGINT:
        raise KeyboardInterrupt  # the caller dies by SIGINT, as the shell expects after Ctrl-C


def banner(ready: dict[str, object], args: argparse.Namespace) -> str:
    """The human start-up text on a terminal: where it listens, what runs, how to stop, what next."""
    base = ready["base_url"]
    live = []
    if args.market_maker:
        live.append("a market maker quoting every market")
    if args.taker:
        live.append(f"synthetic market orders every ~{args.taker_interval:g} s")
    if args.replay:
        live.append(f"a replay of {args.replay} at speed {args.speed}")
    live.append(f"funding every {args.funding_interval:g} s")
    fund = f"lighter sim --fund --base-url {base}"
    return (
        f"lighter sim: a local Lighter exchange on {base} (chain id {ready['chain_id']})\n"
        f"  REST       {base}\n"
        f"  WebSocket  {ready['ws_url']}\n"
        f"  running    {', '.join(live)}\n"
        "  stop       Ctrl-C\n"
        "\n"
        "Next, in another terminal:\n"
        f"  {fund}        # a funded account with an API key, saved as the 'sim' profile\n"
        "  lighter --profile sim account\n"
        "  lighter --profile sim trades ETH\n"
        "(programs: `lighter sim --json` prints one JSON line with base_url, ws_url and chain_id)\n"
    )


def make_replay_checked(args: argparse.Namespace) -> None:
    """Refuse replay options that cannot work before anything listens (ValueError, one line)."""
    if args.replay and (args.market_maker or args.taker):
        raise ValueError("--replay excludes --market-maker and --taker: the recording is the market")
    if not args.replay:
        for flag in ("run", "start", "end", "settle"):
            if getattr(args, flag) is not None:
                raise ValueError(f"--{flag} needs --replay RECORDING")


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


def main(argv: list[str] | None = None, *, fund: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run ``lighter sim``; returns 0 after SIGTERM, 2 (one line on stderr) if it cannot listen; raises
    KeyboardInterrupt after a clean stop by SIGINT (``lighter`` then dies by SIGINT).

    ``fund`` runs ``--fund`` (onboarding through the client, a layer above this one): the ``lighter``
    command passes it in."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.fund is not None:
        if fund is None:
            sys.stderr.write("lighter sim: error: --fund runs through the `lighter` command\n")
            return EXIT_USAGE
        return fund(args)
    try:
        make_replay_checked(args)
        asyncio.run(serve(args))
    except (ListenError, ValueError) as exc:  # ValueError: a recording or replay option that does not work
        sys.stderr.write(f"lighter sim: error: {exc}\n")
        return EXIT_USAGE
    return 0
