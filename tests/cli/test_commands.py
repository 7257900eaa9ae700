"""The commands in-process against a local exchange over loopback: output, --json, exit codes."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

import httpx

from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials


def env_of(creds: Credentials) -> dict[str, str]:
    return creds.as_env()


def public_env(exchange: LocalExchange) -> dict[str, str]:
    return {"LIGHTER_BASE_URL": exchange.base_url}


def test_markets_table_and_json(cli: Any, exchange: LocalExchange) -> None:
    table = cli("markets", env=public_env(exchange))
    assert table.code == 0 and table.err == ""
    lines = table.out.splitlines()
    assert lines[0].split()[:3] == ["ID", "SYMBOL", "KIND"]
    assert any(line.split()[:3] == ["0", "ETH", "perp"] for line in lines)
    assert "\x1b[" not in table.out  # not a terminal: no colours
    data = json.loads(cli("markets", "--json", "--kind", "spot", env=public_env(exchange)).out)
    assert [m["symbol"] for m in data] == ["ETH/USDC"] and data[0]["market_type"] == "spot"


def test_global_options_before_or_after_the_command(cli: Any, exchange: LocalExchange) -> None:
    # the market maker moves index and mark prices every re-quote: hold it still between the two reads
    assert httpx.post(exchange.base_url + "/sim/v1/maker", json={"on": False}).status_code == 200
    try:
        after = cli("markets", "--base-url", exchange.base_url, "--json")
        before = cli("--base-url", exchange.base_url, "--json", "markets")
    finally:
        httpx.post(exchange.base_url + "/sim/v1/maker", json={"on": True})
    assert after.code == before.code == 0
    assert json.loads(after.out) == json.loads(before.out)


def test_book_matches_the_exchange(cli: Any, exchange: LocalExchange) -> None:
    data = json.loads(cli("book", "ETH", "--depth", "3", "--json", env=public_env(exchange)).out)
    assert data["market"] == "ETH" and len(data["bids"]) == 3 and len(data["asks"]) == 3
    bids = [Decimal(p) for p, _ in data["bids"]]
    asks = [Decimal(p) for p, _ in data["asks"]]
    assert bids == sorted(bids, reverse=True) and asks == sorted(asks) and bids[0] < asks[0]
    text = cli("book", "0", "--depth", "2", env=public_env(exchange))
    assert text.code == 0 and "spread" in text.out and "ETH order book" in text.out


def test_book_watch_streams_json_lines(cli: Any, exchange: LocalExchange) -> None:
    result = cli(
        "book", "ETH", "--watch", "--duration", "1.2", "--depth", "2", "--json", env=public_env(exchange)
    )
    assert result.code == 0
    frames = [json.loads(line) for line in result.out.splitlines()]
    assert len(frames) >= 2  # the snapshot, then the market maker's re-quotes (every 0.5 s)
    assert all(len(f["bids"]) == 2 and Decimal(f["bids"][0][0]) < Decimal(f["asks"][0][0]) for f in frames)


def test_unknown_market_is_a_one_line_usage_error(cli: Any, exchange: LocalExchange) -> None:
    result = cli("book", "DOGE", env=public_env(exchange))
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("lighter: error: unknown market 'DOGE'") and result.err.count("\n") == 1


def test_trading_cycle(cli: Any, exchange: LocalExchange, creds: Credentials) -> None:
    env = env_of(creds)
    placed = cli("order", "limit", "ETH", "buy", "0.05", "2000", "--post-only", "--json", "--wait", env=env)
    assert placed.code == 0, placed.err
    order = json.loads(placed.out)
    assert len(order["tx_hash"]) == 80 and order["status"] == 2 and order["client_order_index"] > 0
    listed = json.loads(cli("orders", "ETH", "--json", env=env).out)
    mine = [o for o in listed if o["client_order_index"] == order["client_order_index"]]
    assert len(mine) == 1 and mine[0]["price"] == "2000.00" and mine[0]["time_in_force"] == "post-only"
    index = mine[0]["order_index"]

    modified = cli("order", "modify", "ETH", str(index), "0.06", "2001", "--wait", env=env)
    assert modified.code == 0 and f"modified order {index}" in modified.out
    listed = json.loads(cli("orders", "--json", env=env).out)
    assert [(o["price"], o["remaining_base_amount"]) for o in listed if o["order_index"] == index] == [
        ("2001.00", "0.0600")
    ]
    table = cli("orders", env=env)
    assert table.code == 0 and str(index) in table.out and "post-only" in table.out

    bought = cli("order", "market", "ETH", "buy", "0.1", "--wait", "--json", env=env)
    assert bought.code == 0, bought.err
    account = json.loads(cli("account", "--json", env=env).out)
    eth = [p for p in account["positions"] if p["symbol"] == "ETH"]
    assert eth and eth[0]["position"] == "0.1000" and eth[0]["sign"] == 1
    shown = cli("account", env=env)
    assert shown.code == 0 and "Positions" in shown.out and "long" in shown.out

    cancelled = cli("order", "cancel-all", "--wait", env=env)
    assert cancelled.code == 0 and "cancelled every open order" in cancelled.out
    assert json.loads(cli("orders", "--json", env=env).out) == []
    history = json.loads(cli("orders", "--history", "--json", env=env).out)
    assert {o["status"] for o in history} >= {"canceled", "filled"}

    trades = json.loads(cli("trades", "ETH", "--json", "--limit", "5", env=env).out)
    assert any(t["bid_account_id"] == creds.account_index for t in trades)


def test_refusals_and_input_errors_exit_codes(cli: Any, creds: Credentials) -> None:
    env = env_of(creds)
    refused = cli("order", "cancel", "ETH", "123456", env=env)
    assert refused.code == 3 and "order not found" in refused.err and "Traceback" not in refused.err
    precision = cli("order", "limit", "ETH", "buy", "0.1", "2000.001", env=env)
    assert precision.code == 2 and "2 decimals" in precision.err
    bad_side = cli("order", "limit", "ETH", "up", "0.1", "2000", env=env)
    assert bad_side.code == 2 and "invalid choice" in bad_side.err
    no_key = cli("orders", env={"LIGHTER_BASE_URL": creds.base_url, "LIGHTER_ACCOUNT_INDEX": "5"})
    assert no_key.code == 2 and "--api-key-index" in no_key.err and "LIGHTER_API_PRIVATE_KEY" in no_key.err
    assert "account index" not in no_key.err  # it was given: only what is missing is named


def test_secrets_stay_out_of_errors(cli: Any, creds: Credentials) -> None:
    env = {**env_of(creds), "LIGHTER_API_PRIVATE_KEY": "zz" + creds.api_private_key[2:]}
    result = cli("order", "limit", "ETH", "buy", "0.1", "2000", env=env)
    assert result.code == 2 and "not 40 bytes of hex" in result.err
    assert creds.api_private_key[2:20] not in result.err


def test_keys_generate_register_list_and_token(cli: Any, exchange: LocalExchange) -> None:
    from eth_account import Account

    generated = json.loads(cli("keys", "generate", "--json").out)
    assert len(generated["api_private_key"]) == 80 and len(generated["public_key"]) == 80

    owner = Account.create()
    eth_key = "0x" + bytes(owner.key).hex()
    env = {"LIGHTER_BASE_URL": exchange.base_url, "LIGHTER_ETH_PRIVATE_KEY": eth_key}
    before = cli("keys", "register", "--json", env=env)
    assert before.code == 3 and "deposit" in before.err  # no account for this address yet
    index = exchange.deposit(owner.address, 1_000)
    registered = cli(
        "keys",
        "register",
        "--api-key-index",
        "5",
        "--json",
        env={**env, "LIGHTER_API_PRIVATE_KEY": generated["api_private_key"]},
    )
    assert registered.code == 0, registered.err
    data = json.loads(registered.out)
    assert data["account_index"] == index and data["api_key_index"] == 5 and "api_private_key" not in data

    keys = json.loads(cli("keys", "list", "--account-index", str(index), "--json", env=env).out)
    assert [(k["api_key_index"], k["public_key"]) for k in keys] == [(5, generated["public_key"])]

    trade_env = {
        "LIGHTER_BASE_URL": exchange.base_url,
        "LIGHTER_ACCOUNT_INDEX": str(index),
        "LIGHTER_API_KEY_INDEX": "5",
        "LIGHTER_API_PRIVATE_KEY": generated["api_private_key"],
    }
    token = cli("token", env=trade_env)
    assert token.code == 0
    deadline, account, key, sig = token.out.strip().split(":")
    assert (int(account), int(key), len(sig)) == (index, 5, 160)
    from lighter.signing import verify_auth_token

    assert verify_auth_token(token.out.strip(), generated["public_key"])
    assert cli("order", "limit", "ETH", "sell", "0.01", "9000", env=trade_env).code == 0


def test_candles_csv_table_and_plot(cli: Any, exchange: LocalExchange, creds: Credentials) -> None:
    env = env_of(creds)
    assert cli("order", "market", "ETH", "buy", "0.02", "--wait", env=env).code == 0
    assert cli("order", "market", "ETH", "sell", "0.02", "--wait", env=env).code == 0
    rows = list(
        csv.reader(io.StringIO(cli("candles", "ETH", "-r", "1m", "--since", "1h", "--csv", env=env).out))
    )
    assert rows[0][:3] == ["timestamp_ms", "time_utc", "open"] and len(rows) >= 2
    assert all(Decimal(r[3]) >= Decimal(r[4]) for r in rows[1:])  # high >= low
    table = cli("candles", "ETH", "-r", "5m", "--since", "2h", env=env)
    assert table.code == 0 and table.out.splitlines()[0].split()[:3] == ["TIME", "(UTC)", "OPEN"]
    plot = cli("candles", "ETH", "-r", "1m", "--since", "30m", "--plot", env=env)
    assert plot.code == 0 and "┤" in plot.out and ("█" in plot.out or "│" in plot.out)
    bad = cli("candles", "ETH", "--since", "yesterday-ish", env=env)
    assert bad.code == 2 and "is not a time" in bad.err
    bad_res = cli("candles", "ETH", "-r", "7m", env=env)
    assert bad_res.code == 2 and "resolution must be one of" in bad_res.err


def test_png_plot_needs_matplotlib_or_says_how_to_get_it(
    cli: Any, exchange: LocalExchange, creds: Credentials, tmp_path: Any
) -> None:
    env = env_of(creds)
    assert cli("order", "market", "ETH", "buy", "0.02", "--wait", env=env).code == 0
    png = tmp_path / "c.png"
    result = cli("candles", "ETH", "-r", "1m", "--since", "1h", "--plot", str(png), env=env)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert result.code == 5 and "pip install 'lighter-client[plot]'" in result.err
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
    else:
        assert result.code == 0 and png.read_bytes()[:4] == b"\x89PNG"


def test_stream_public_and_private_channels(cli: Any, exchange: LocalExchange, creds: Credentials) -> None:
    public = cli("stream", "order_book", "ETH", "--count", "2", "--json", env=public_env(exchange))
    assert public.code == 0
    frames = [json.loads(line) for line in public.out.splitlines()]
    assert [f["snapshot"] for f in frames] == [True, False] and frames[0]["channel"] == "order_book/0"
    text = cli("stream", "order_book/0", "--count", "1", env=public_env(exchange))
    assert text.code == 0 and "bid" in text.out and "(snapshot)" in text.out
    private = cli("stream", "account_tx", "--count", "1", "--duration", "5", "--json", env=env_of(creds))
    assert (
        private.code == 0
        and json.loads(private.out.splitlines()[0])["channel"] == f"account_tx/{creds.account_index}"
    )
    no_auth = cli("stream", "account_tx", "3", env=public_env(exchange))
    assert no_auth.code == 2 and "private" in no_auth.err
    unknown = cli("stream", "orderbook/0", env=public_env(exchange))
    assert unknown.code == 2 and "unknown channel" in unknown.err


def test_network_errors_exit_4(cli: Any) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = cli("markets", "--base-url", f"http://127.0.0.1:{port}")
    assert result.code == 4 and result.err.startswith("lighter: error: cannot reach the exchange")


def test_configuration_errors(cli: Any) -> None:
    local = cli("markets", "--network", "local")
    assert local.code == 2 and "--base-url URL" in local.err and "LIGHTER_BASE_URL" in local.err
    remote = cli("markets", "--base-url", "https://example.invalid")
    assert remote.code == 2 and "--chain-id N" in remote.err and "LIGHTER_CHAIN_ID" in remote.err
    no_account = cli("account", "--base-url", "http://127.0.0.1:1")
    assert no_account.code == 2 and "--account-index" in no_account.err


PYTHON_ISMS = (
    "Lighter(",
    "client.",
    "refresh_markets",
    "account_index=",
    "api_private_key=",
    "eth_private_key",
)


def test_errors_name_cli_flags_and_commands_not_python(
    cli: Any, exchange: LocalExchange, creds: Credentials
) -> None:
    public = public_env(exchange)
    no_account = cli("orders", env=public)
    assert no_account.code == 2
    assert "--account-index N" in no_account.err and "LIGHTER_ACCOUNT_INDEX" in no_account.err
    unknown = cli("orders", "XYZ", "--account-index", str(creds.account_index), env=public)
    assert unknown.code == 2 and "unknown market 'XYZ'" in unknown.err and "`lighter markets`" in unknown.err
    no_such_account = cli("account", "999999", env=public)
    assert no_such_account.code == 3 and "account not found" in no_such_account.err
    assert "`lighter account --l1 0xADDRESS`" in no_such_account.err
    unsigned = cli("order", "limit", "ETH", "buy", "0.1", "3000", "--account-index", "1", env=public)
    assert (
        unsigned.code == 2 and "LIGHTER_API_PRIVATE_KEY" in unsigned.err and "--api-key-index" in unsigned.err
    )
    unregistered = cli(
        "order",
        "limit",
        "ETH",
        "buy",
        "0.01",
        "1000",
        "--api-key-index",
        "9",  # nothing is registered there
        env=env_of(creds),
    )
    assert unregistered.code == 3 and "`lighter keys register`" in unregistered.err
    for result in (no_account, unknown, no_such_account, unsigned, unregistered):
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
        assert not [p for p in PYTHON_ISMS if p in result.err], result.err


def test_an_empty_candle_range_exits_0_in_every_form(
    cli: Any, exchange: LocalExchange, tmp_path: Any
) -> None:
    span = ("--since", "2020-01-01", "--until", "2020-01-02")  # long before the exchange existed
    env = public_env(exchange)
    png = tmp_path / "none.png"
    forms = {
        "table": cli("candles", "ETH", *span, env=env),
        "csv": cli("candles", "ETH", *span, "--csv", env=env),
        "json": cli("candles", "ETH", *span, "--json", env=env),
        "plot": cli("candles", "ETH", *span, "--plot", env=env),
        "png": cli("candles", "ETH", *span, "--plot", str(png), env=env),
    }
    for form, result in forms.items():
        assert result.code == 0, (form, result.err)
        assert "no ETH 1h candles between 2020-01-01 00:00:00 and 2020-01-02 00:00:00 UTC" in result.err, form
    assert forms["table"].out == "" and forms["plot"].out == "" and not png.exists()
    assert "nothing to plot" in forms["plot"].err and "nothing to plot" in forms["png"].err
    assert forms["csv"].out.splitlines() == ["timestamp_ms,time_utc,open,high,low,close,volume,quote_volume"]
    assert json.loads(forms["json"].out) == []
