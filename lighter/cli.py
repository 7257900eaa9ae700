"""The ``lighter`` command: market data, trading, keys, streams, a local exchange and a demo.

Built on the standard library's argparse: no extra runtime dependency, and ``lighter --help`` starts in
the time it takes to import Python. Each command lives in ``lighter._cli`` and is imported only when
run, so the client, the signer and the WebSocket stack load only for the commands that need them.

Exit codes: 0 success, 2 bad arguments/configuration/input, 3 the exchange refused, 4 the exchange could
not be reached, 5 an optional extra is missing, 1 an unexpected error (a bug: the traceback is shown);
Ctrl-C kills the process with SIGINT (the shell sees 130), so ``lighter ...; next`` stops as well.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from lighter._cli.report import report_error

if TYPE_CHECKING:  # pragma: no cover
    from lighter._cli.context import Context

__all__ = ["main", "build_parser"]

EPILOG = """\
environment (the client's variables; flags win over them, they win over the profile):
  LIGHTER_PROFILE          a profile of ~/.config/lighter/config.toml (`lighter config list`)
  LIGHTER_CONFIG           another config file
  LIGHTER_NETWORK          mainnet | testnet | local
  LIGHTER_BASE_URL         REST base URL (e.g. the one `lighter sim` prints)
  LIGHTER_CHAIN_ID         chain id signed into transactions (mainnet 304, testnet 300)
  LIGHTER_ACCOUNT_INDEX    your account index
  LIGHTER_API_KEY_INDEX    the index your API key is registered at
  LIGHTER_API_PRIVATE_KEY  the API private key (read from the environment only)
  LIGHTER_ETH_PRIVATE_KEY  the Ethereum key (onboarding, transfers; environment only)
  NO_COLOR / FORCE_COLOR   disable / force colours

exit codes: 0 ok, 2 usage or input error, 3 refused by the exchange, 4 network error,
5 an optional extra is missing, 1 unexpected error; Ctrl-C dies by SIGINT (130 in the shell);
`lighter health`: 0 ok, 6 degraded, 4 down

start here:  lighter demo        (a scripted session on a local exchange, under a minute)
"""


def _global_options(parser: argparse.ArgumentParser) -> None:
    """Options accepted before or after the command (defaults suppressed so neither side overwrites)."""
    g = parser.add_argument_group("connection and output")
    s = argparse.SUPPRESS
    g.add_argument("--profile", default=s, metavar="NAME", help="a profile (`lighter config list`)")
    g.add_argument("--network", choices=("mainnet", "testnet", "local"), default=s, help="network")
    g.add_argument("--base-url", default=s, metavar="URL", help="REST base URL (overrides the network's)")
    g.add_argument("--ws-url", default=s, metavar="URL", help="WebSocket URL (default: BASE_URL/stream)")
    g.add_argument("--chain-id", type=int, default=s, metavar="N", help="chain id for signatures")
    g.add_argument("--account-index", type=int, default=s, metavar="N", help="account index")
    g.add_argument("--api-key-index", type=int, default=s, metavar="N", help="API key index")
    g.add_argument("--json", action="store_true", default=s, help="machine-readable JSON on stdout")
    g.add_argument("--no-color", action="store_true", default=s, help="no colours")


class _ChannelsHelpParser(argparse.ArgumentParser):
    """``stream --help`` ends with the list of channels, read from lighter.ws.channels when shown."""

    def format_help(self) -> str:
        from lighter._cli.stream_cmd import channels_help

        return super().format_help() + "\n" + channels_help() + "\n"


def _round_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--round",
        choices=("down", "up", "nearest"),
        default=None,
        help="round size and price to the market's lot and tick (default: refuse anything finer)",
    )


def _add(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, handler: str, help_text: str
) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    _global_options(p)
    p.set_defaults(handler=handler)
    return p


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree (cheap: no command module is imported)."""
    from lighter._version import __version__

    parser = argparse.ArgumentParser(
        prog="lighter",
        description="Command line for the Lighter exchange (lighter.xyz): market data, trading, keys, "
        "streams, and a local exchange to test against.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"lighter {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _add(sub, "demo", "lighter._cli.demo:run", "scripted session on a local exchange it starts itself")
    p.add_argument("--seed", type=int, default=7, help="seed of the synthetic market maker (default 7)")
    p.add_argument("--market", default="ETH", help="market to trade (default ETH)")

    sub.add_parser("sim", help="run a local exchange (see `lighter sim --help`)", add_help=False)

    p = _add(sub, "markets", "lighter._cli.market_cmds:markets", "list markets with prices and limits")
    p.add_argument("--kind", choices=("perp", "spot", "all"), default="all", help="which markets")

    p = _add(sub, "book", "lighter._cli.market_cmds:book", "order book of a market")
    p.add_argument("market", help="symbol (ETH, ETH/USDC) or index")
    p.add_argument("--depth", type=int, default=10, help="levels per side (default 10)")
    p.add_argument("--watch", action="store_true", help="live view over the WebSocket (Ctrl-C stops)")
    p.add_argument("--duration", type=float, default=None, metavar="S", help="stop watching after S s")

    p = _add(sub, "trades", "lighter._cli.market_cmds:trades", "recent trades of a market")
    p.add_argument("market", help="symbol or index")
    p.add_argument("--limit", type=int, default=20, help="how many (default 20)")

    p = _add(sub, "candles", "lighter._cli.market_cmds:candles", "OHLCV candles (long ranges are paged)")
    p.add_argument("market", help="symbol or index")
    p.add_argument("--resolution", "-r", default="1h", help="1m 5m 15m 30m 1h 4h 12h 1d 1w (default 1h)")
    p.add_argument(
        "--since", default="1d", help="start: 90m, 12h, 7d ago, an ISO date/time (UTC) or unix time"
    )
    p.add_argument("--until", default=None, help="end (default now), same forms as --since")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="CSV on stdout")
    out.add_argument(
        "--plot",
        nargs="?",
        const="-",
        default=None,
        metavar="PNG",
        help="draw a chart in the terminal, or into PNG (needs matplotlib)",
    )

    p = _add(sub, "export", "lighter._cli.export_cmd:export", "history to Parquet or CSV (resumable)")
    p.add_argument("kind", choices=("candles", "trades", "fills", "fundings", "pnl"))
    p.add_argument("target", nargs="*", metavar="MARKET [RESOLUTION]", help="e.g. ETH 1m (pnl: RESOLUTION)")
    p.add_argument(
        "--since", default="30d", help="start: 90m, 12h, 7d ago, an ISO date/time (UTC) or unix time"
    )
    p.add_argument("--until", default=None, help="end (default now), same forms as --since")
    p.add_argument(
        "--out", required=True, metavar="FILE", help="FILE.parquet or FILE.csv; appended to if it exists"
    )

    p = _add(sub, "account", "lighter._cli.account_cmds:account", "balances, positions and PnL")
    p.add_argument("index", nargs="?", type=int, help="account index (default: --account-index / env)")
    p.add_argument("--l1", metavar="ADDRESS", help="list the accounts of an Ethereum address instead")

    p = _add(sub, "orders", "lighter._cli.account_cmds:orders", "your open orders (or --history)")
    p.add_argument("market", nargs="?", help="only this market")
    p.add_argument("--history", action="store_true", help="filled, cancelled and expired orders")
    p.add_argument("--limit", type=int, default=50, help="history size (default 50)")

    p = _add(sub, "order", "lighter._cli.account_cmds:order", "place, modify or cancel orders")
    osub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    sides = ("buy", "sell", "long", "short", "bid", "ask")
    o = osub.add_parser("limit", help="limit order (GTT by default)")
    _global_options(o)
    _round_option(o)
    o.add_argument("market")
    o.add_argument("side", choices=sides)
    o.add_argument("size", help="in base units, e.g. 0.1")
    o.add_argument("price", help="in quote units, e.g. 3000.5")
    tif = o.add_mutually_exclusive_group()
    tif.add_argument("--post-only", action="store_true", help="rest only, never take liquidity")
    tif.add_argument("--ioc", action="store_true", help="immediate-or-cancel")
    o.add_argument("--reduce-only", action="store_true")
    o.add_argument("--client-order-index", type=int, default=None, metavar="N")
    o.add_argument("--wait", action="store_true", help="wait until the exchange executed it")
    o = osub.add_parser("market", help="market order (worst price: top of book +/- slippage)")
    _global_options(o)
    _round_option(o)
    o.add_argument("market")
    o.add_argument("side", choices=sides)
    o.add_argument("size")
    o.add_argument("--slippage", default="0.01", help="max slippage as a fraction (default 0.01 = 1%%)")
    o.add_argument("--price", default=None, help="worst accepted price instead of --slippage")
    o.add_argument("--reduce-only", action="store_true")
    o.add_argument("--wait", action="store_true")
    o = osub.add_parser("modify", help="change size and price of a resting order")
    _global_options(o)
    _round_option(o)
    o.add_argument("market")
    o.add_argument("order_index", type=int)
    o.add_argument("size")
    o.add_argument("price")
    o.add_argument("--wait", action="store_true")
    o = osub.add_parser("cancel", help="cancel one order")
    _global_options(o)
    o.add_argument("market")
    o.add_argument("order_index", type=int)
    o.add_argument("--wait", action="store_true")
    o = osub.add_parser("cancel-all", help="cancel every open order (of one market)")
    _global_options(o)
    o.add_argument("market", nargs="?")
    o.add_argument("--wait", action="store_true")

    p = _add(sub, "keys", "lighter._cli.account_cmds:keys", "API keys: generate, register, list")
    ksub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    k = ksub.add_parser("generate", help="a new API key pair (printed once, or written to --out FILE)")
    _global_options(k)
    k.add_argument("--out", metavar="FILE", help="write the private key to FILE (mode 0600)")
    k = ksub.add_parser(
        "register",
        help="register an API key with ChangePubKey, signed with your Ethereum key (onboarding)",
        description="Register the API key (--api-key-file, the profile's, LIGHTER_API_PRIVATE_KEY, or a new "
        "one) at --api-key-index (default 4) of the account of the Ethereum key (--eth-key-file, the "
        "profile's, LIGHTER_ETH_PRIVATE_KEY, or typed at a prompt without echo), and wait until the "
        "exchange executed it. Keys are never taken as command-line arguments.",
    )
    _global_options(k)
    k.add_argument("--api-key-file", metavar="FILE", help="the API key (a new key is written here if absent)")
    k.add_argument("--eth-key-file", metavar="FILE", help="the Ethereum private key (mode 0600)")
    k = ksub.add_parser("list", help="API keys registered on the account")
    _global_options(k)

    p = _add(sub, "config", "lighter._cli.config_cmd:config", "profiles: list, show, set (no secret shown)")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = csub.add_parser("list", help="the profiles of the config file")
    _global_options(c)
    c = csub.add_parser("show", help="one profile (default: --profile / LIGHTER_PROFILE)")
    _global_options(c)
    c.add_argument("name", nargs="?", help="profile name")
    c = csub.add_parser(
        "set",
        help="set KEY to VALUE in profile NAME (created if absent)",
        description="Keys: network, base_url, chain_id, account_index, api_key_index, api_key_file, "
        "api_key_env, api_key_keyring, eth_key_file, eth_key_env, eth_key_keyring, description. Keys "
        "themselves never go in the file: point to a file (mode 0600), a variable or the keyring.",
    )
    _global_options(c)
    c.add_argument("name", help="profile name")
    c.add_argument("key", help="setting, e.g. account_index")
    c.add_argument("value", help="its value")
    c = csub.add_parser("path", help="where the config file is")
    _global_options(c)

    p = _add(sub, "token", "lighter._cli.account_cmds:token", "print an auth token (a secret)")
    p.add_argument(
        "--lifetime", type=int, default=600, metavar="S", help="seconds, up to 28800 (default 600)"
    )

    p = _add(
        sub, "record", "lighter._cli.record_cmd:record", "record the public stream into DIR (for replay)"
    )
    p.add_argument(
        "--markets", required=True, metavar="LIST", help="comma-separated symbols or indexes: ETH,BTC"
    )
    p.add_argument("--channels", default="order_book,trade", metavar="LIST", help="default order_book,trade")
    p.add_argument("--out", required=True, metavar="DIR", help="new (or existing recording) directory")
    p.add_argument("--duration", type=float, default=None, metavar="S", help="stop after S seconds")
    p.add_argument("--rotate", type=float, default=60.0, metavar="MIN", help="new segment every MIN minutes")

    p = _add(sub, "backtest", "lighter._cli.backtest_cmd:report", "backtests on recorded markets")
    bsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    b = bsub.add_parser("report", help="fills, fees, PnL over time, drawdown, inventory of a replay run")
    _global_options(b)
    b.add_argument("run", metavar="RUN", help="the --run DIR of `lighter sim --replay` (or its report.json)")
    b.add_argument("--png", default=None, metavar="FILE", help="also draw PnL and inventory (plot extra)")

    p = _add(sub, "stream", "lighter._cli.stream_cmd:stream", "print a WebSocket channel as it updates")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.__class__ = _ChannelsHelpParser
    p.add_argument("channel", help="e.g. trade/0, order_book ETH, candle ETH 1m, account_all 12, height")
    p.add_argument("params", nargs="*", help="channel parameters (market symbols are resolved)")
    p.add_argument("--count", type=int, default=None, metavar="N", help="stop after N updates")
    p.add_argument("--duration", type=float, default=None, metavar="S", help="stop after S seconds")
    p.add_argument("--raw", action="store_true", help="print the server's frames as they are")

    p = _add(sub, "health", "lighter._cli.health_cmd:health", "is the exchange fit to trade? (exit 0/6/4)")
    p.add_argument("--timeout", type=float, default=5.0, metavar="S", help="probe timeout (default 5)")
    p.add_argument(
        "--slow", type=float, default=1.0, metavar="S", help="latency above S is degraded (default 1)"
    )
    return parser


def _run_handler(ctx: Context, handler: str) -> int:
    module_name, func = handler.split(":")
    fn = getattr(importlib.import_module(module_name), func)
    result = fn(ctx)
    return 0 if result is None else int(result)


def _exit_code_for(exc: BaseException, given: Collection[str] = ()) -> tuple[int, str]:
    """Map an exception to (exit code, one-line message); EXIT_BUG means "show the traceback".

    `given`: the client settings the run has (flags, environment), to name only what is missing."""
    from lighter._cli.context import EXIT_API, EXIT_BUG, EXIT_NETWORK, EXIT_USAGE, CliError
    from lighter._extras import EXIT_MISSING_EXTRA, MissingExtraError

    if isinstance(exc, CliError):
        return exc.exit_code, str(exc)
    if isinstance(exc, MissingExtraError):
        return EXIT_MISSING_EXTRA, str(exc)
    from lighter._cli.hints import cli_message
    from lighter._errors import APIConnectionError, APIError, ConfigError, InvalidInputError, LighterError

    text = cli_message(exc, given) or str(exc)  # fixes named as flags, variables and commands
    if isinstance(exc, (ConfigError, InvalidInputError)):
        return EXIT_USAGE, text
    if isinstance(exc, APIConnectionError):
        return EXIT_NETWORK, f"cannot reach the exchange: {text}"
    if isinstance(exc, APIError):
        return EXIT_API, text
    if "lighter.ws" in sys.modules:
        from lighter._errors import SubscriptionError, WsConnectionClosedError, WsTimeoutError

        if isinstance(exc, (WsConnectionClosedError, WsTimeoutError)):
            return EXIT_NETWORK, str(exc)
        if isinstance(exc, SubscriptionError):
            return EXIT_API, str(exc)
    if isinstance(exc, LighterError):
        return EXIT_API, str(exc)
    if isinstance(exc, (ValueError, KeyError)):  # bad input caught by a lower layer
        return EXIT_USAGE, str(exc).strip("'\"")
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return EXIT_NETWORK, f"cannot reach the exchange: {exc}"
    if "httpx" in sys.modules:
        import httpx

        if isinstance(exc, httpx.TransportError):
            return EXIT_NETWORK, f"cannot reach the exchange: {type(exc).__name__}: {exc}"
    return EXIT_BUG, ""


def die_by_sigint() -> int:
    """After Ctrl-C: restore the default handler and re-raise SIGINT, so the shell sees a death by SIGINT
    (``lighter ...; next`` stops too). Returns 130 only where a signal cannot kill (not POSIX)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        pass
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if os.name == "posix":
        os.kill(os.getpid(), signal.SIGINT)
    return 130


def _wants_json(args_list: Sequence[str]) -> bool:
    return "--json" in args_list


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``lighter`` with `argv` (default ``sys.argv[1:]``); returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    from lighter import _coexist

    try:
        # again here: when another distribution was installed last, its __init__ ran instead of ours
        _coexist.check(_coexist.__file__)
        return _main(args_list)
    except KeyboardInterrupt:
        return die_by_sigint()
    except _coexist.CoexistenceError as exc:
        report_error(sys.stderr, exc, 2, str(exc), as_json=_wants_json(args_list))
        return 2
    except ImportError as exc:  # a missing extra (`lighter sim` without aiohttp...): one line, no traceback
        from lighter._extras import EXIT_MISSING_EXTRA, MissingExtraError

        if not isinstance(exc, MissingExtraError) or os.environ.get("LIGHTER_DEBUG"):
            raise
        report_error(sys.stderr, exc, EXIT_MISSING_EXTRA, str(exc), as_json=_wants_json(args_list))
        return EXIT_MISSING_EXTRA


def _main(args_list: list[str]) -> int:
    from lighter._log import configure_once

    configure_once()  # LIGHTER_LOG / LIGHTER_LOG_FORMAT for every command, `lighter sim` included
    if args_list and args_list[0] == "sim":  # the local exchange parses its own options
        from lighter._extras import require

        require("aiohttp", extra="sim", purpose="lighter sim (the local exchange)")
        from lighter._cli.sim_fund import fund
        from lighter.testing.sim import main as sim_main

        return sim_main(args_list[1:], fund=fund)

    parser = build_parser()
    args = parser.parse_args(args_list)  # exits 2 with a usage line on bad arguments
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0

    from lighter._cli.context import Context
    from lighter._cli.output import Output

    colour = False if getattr(args, "no_color", False) else None
    out = Output(json_mode=bool(getattr(args, "json", False)), colour=colour)
    ctx = Context(args, out)
    try:
        return _run_handler(ctx, handler)
    except KeyboardInterrupt:
        out.note("interrupted", None)
        raise
    except BrokenPipeError:  # `lighter stream ... | head`: the reader is gone, nothing to report
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush at exit
        except OSError:
            pass
        return 0
    except Exception as exc:
        code, message = _exit_code_for(exc, ctx.given_settings())
        if code == 1 or os.environ.get("LIGHTER_DEBUG"):
            raise
        report_error(out.stderr, exc, code, message, as_json=out.json_mode)
        return code


if __name__ == "__main__":
    raise SystemExit(main())
