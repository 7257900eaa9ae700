"""Pure parts of the CLI: tables and colours, times, the text chart, candle paging, channel parsing."""

from __future__ import annotations

import argparse
import io
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from lighter._cli.context import CliError, Context
from lighter._cli.market_cmds import MAX_CANDLES_PER_CALL, fetch_candles
from lighter._cli.output import Cell, Output, Progress, to_jsonable, use_colour
from lighter._cli.plot import text_chart
from lighter._cli.stream_cmd import parse_channel
from lighter._cli.timeparse import parse_time_ms, resolution_ms

NOW = 1_700_000_000_000


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_terminals_and_honours_no_color_and_force_color() -> None:
    assert not use_colour(io.StringIO(), {})
    assert use_colour(Tty(), {})
    assert not use_colour(Tty(), {"NO_COLOR": "1"})
    assert not use_colour(Tty(), {"TERM": "dumb"})
    assert use_colour(io.StringIO(), {"FORCE_COLOR": "1"})


def test_table_alignment_ignores_colour_codes() -> None:
    plain = Output(colour=False, stdout=io.StringIO())
    coloured = Output(colour=True, stdout=io.StringIO())
    rows = [["ETH", Cell("3000.5", "green")], ["BTC", Cell("90000", "red")]]
    lines = plain.table_lines(["SYM", "PRICE"], rows)
    assert lines == ["SYM   PRICE", "ETH  3000.5", "BTC   90000"]
    strip = [
        line.replace("\x1b[32m", "").replace("\x1b[31m", "").replace("\x1b[2m", "").replace("\x1b[0m", "")
        for line in coloured.table_lines(["SYM", "PRICE"], rows)
    ]
    assert strip == lines


def test_json_conversion_keeps_decimals_exact() -> None:
    assert to_jsonable({"p": Decimal("0.10"), "l": (Decimal(1), 2)}) == {"p": "0.10", "l": ["1", 2]}


def test_progress_is_silent_off_terminal_and_draws_on_one() -> None:
    quiet = io.StringIO()
    p = Progress(3, "x", stream=quiet)
    p.advance()
    p.close()
    assert quiet.getvalue() == ""
    tty = Tty()
    p = Progress(2, "ETH 1m", stream=tty)
    p.advance()
    p.advance()
    p.close()
    assert "100%" in tty.getvalue() and tty.getvalue().endswith("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90m", NOW - 90 * 60_000),
        ("12h", NOW - 12 * 3_600_000),
        ("7d ago", NOW - 7 * 86_400_000),
        ("1700000000", 1_700_000_000_000),
        ("1700000000123", 1_700_000_000_123),
        ("2023-11-14T22:13:20", 1_700_000_000_000),
        ("2023-11-14T23:13:20+01:00", 1_700_000_000_000),
        ("now", NOW),
    ],
)
def test_times(text: str, expected: int) -> None:
    assert parse_time_ms(text, NOW) == expected


def test_bad_times_and_resolutions() -> None:
    with pytest.raises(CliError, match="is not a time"):
        parse_time_ms("last tuesday", NOW)
    with pytest.raises(CliError, match="resolution must be one of"):
        resolution_ms("2m")


def test_text_chart_marks_up_and_down_candles() -> None:
    candles = [
        {"t": 0, "o": 10, "h": 12, "l": 9, "c": 11},  # up
        {"t": 60_000, "o": 11, "h": 11.5, "l": 8, "c": 8.5},  # down
    ]
    rows = text_chart(candles, width=10, height=9)
    assert rows[0][0] == "12" and rows[-1][0] == "8"
    column_styles = [{style for ch, style in (row[1][x] for row in rows) if ch != " "} for x in range(2)]
    assert column_styles == [{"green"}, {"red"}]
    assert rows[0][1][0] == ("│", "green")  # the top is the first candle's high (a wick above its body)


def test_candle_backfill_pages_the_whole_range_once() -> None:
    """A 1,200-minute range at 1m needs three calls of at most 500 candles, contiguous, no overlap."""
    from lighter.client import Lighter

    calls: list[tuple[int, int, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        q = {k: v[0] for k, v in parse_qs(urlsplit(str(request.url)).query).items()}
        start, end, count = int(q["start_timestamp"]), int(q["end_timestamp"]), int(q["count_back"])
        calls.append((start, end, count))
        first = -(-start // 60_000) * 60_000
        candles = [
            {"t": t, "o": 1, "h": 2, "l": 0.5, "c": 1.5, "v": 1, "V": 1, "i": 1}
            for t in range(first, end + 1, 60_000)
        ]
        return httpx.Response(200, json={"code": 200, "r": "1m", "c": candles})

    start = NOW // 60_000 * 60_000
    end = start + 1_200 * 60_000 - 1
    with Lighter(
        base_url="http://127.0.0.1:9", chain_id=304, transport=httpx.MockTransport(handler)
    ) as client:
        progress = Progress(3, "t", stream=io.StringIO())
        rows = fetch_candles(client, 0, "1m", start, end, progress)
    assert len(calls) == 3 and progress.done == 3
    assert all(count == MAX_CANDLES_PER_CALL for _, _, count in calls)
    assert calls[0][0] == start and calls[-1][1] == end
    assert all(calls[i][1] + 1 == calls[i + 1][0] for i in range(2))
    assert all(e - s + 1 <= MAX_CANDLES_PER_CALL * 60_000 for s, e, _ in calls)
    assert [r["t"] for r in rows] == list(range(start, end + 1, 60_000))


def _ctx(**options: Any) -> Context:
    return Context(argparse.Namespace(**options), Output(stdout=io.StringIO()), environ={})


def test_channel_parsing() -> None:
    ctx = _ctx(account_index=12)
    assert parse_channel(ctx, "trade/0", []) == ("trade", [0])
    assert parse_channel(ctx, "candle", ["1", "1m"]) == ("candle", [1, "1m"])
    assert parse_channel(ctx, "account_all", []) == ("account_all", [12])
    assert parse_channel(ctx, "market_stats/all", []) == ("market_stats", ["all"])
    assert parse_channel(ctx, "height", []) == ("height", [])
    with pytest.raises(CliError, match="takes 2 parameter"):
        parse_channel(ctx, "candle/0", [])
    with pytest.raises(CliError, match="unknown channel"):
        parse_channel(ctx, "orders/0", [])


def test_endpoint_resolution() -> None:
    assert _ctx().endpoint().base_url == "https://mainnet.zklighter.elliot.ai"
    local = _ctx(base_url="http://127.0.0.1:8080").endpoint()
    assert (local.network, local.chain_id, local.ws_url) == ("local", 304, "ws://127.0.0.1:8080/stream")
    testnet = Context(argparse.Namespace(), Output(), environ={"LIGHTER_NETWORK": "testnet"}).endpoint()
    assert testnet.chain_id == 300
    flag_wins = Context(
        argparse.Namespace(network="mainnet"), Output(), environ={"LIGHTER_NETWORK": "testnet"}
    ).endpoint()
    assert flag_wins.chain_id == 304


def test_cli_messages_translate_structured_errors() -> None:
    from lighter._cli.hints import FIX_HINTS, cli_message
    from lighter._errors import (
        AccountNotFoundError,
        ApiKeyNotFoundError,
        ConfigError,
        MissingCredentialsError,
        NotFoundError,
        UnknownMarketError,
    )

    missing = MissingCredentialsError(
        "x needs an auth token: build the client with account_index, api_key_index and api_private_key"
    )
    assert missing.missing == ("account_index", "api_key_index", "api_private_key")  # inferred
    text = cli_message(missing, given={"account_index"})
    assert text is not None and "--account-index" not in text and "--api-key-index N" in text
    assert cli_message(ConfigError("bad", missing=("chain_id",))) is not None
    assert cli_message(ConfigError("malformed key")) is None  # a wrong value: the message stands
    market = cli_message(
        UnknownMarketError(
            "unknown market 'X'; known: ETH (0) (call client.refresh_markets() if it was listed recently)"
        )
    )
    assert market == "unknown market 'X'; known: ETH (0) (`lighter markets` lists them all)"
    account = cli_message(AccountNotFoundError("account not found", status_code=400, code=21100))
    assert account == f"[HTTP 400, code 21100] account not found (hint: {FIX_HINTS['find_account']})"
    assert "`lighter keys register`" in (cli_message(ApiKeyNotFoundError("api key not found")) or "")
    assert cli_message(NotFoundError("nope")) is None  # no CLI-specific fix: printed as it is
    assert set(FIX_HINTS) >= {"find_account", "register_key", "auth_token", "market_rules", "rate_limit"}


def test_every_fix_kind_has_a_cli_hint() -> None:
    import lighter._errors as errors
    from lighter._cli.hints import FIX_HINTS

    kinds = {
        cls.fix
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.APIError) and cls.fix is not None
    }
    assert kinds and kinds <= set(FIX_HINTS)


def test_position_rows_show_no_liquidation_price_as_none() -> None:
    from lighter._cli.views import positions_rows

    base = {"symbol": "ETH", "sign": 1, "position": "0.1", "avg_entry_price": "3000"}
    rows = positions_rows([{**base, "liquidation_price": "0"}, {**base, "liquidation_price": "2712.5"}, base])
    assert [row[-1] for row in rows] == ["none", "2712.5", ""]  # 0 means none; missing stays blank
    assert positions_rows([{**base, "position": "0"}]) == []  # closed positions are not rows
