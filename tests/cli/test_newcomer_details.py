"""The small things a newcomer saw: headers, one number format, decoded statuses, --round echoed."""

from __future__ import annotations

from typing import Any

from lighter._cli.account_cmds import tx_status_name
from lighter._cli.views import fmt
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials


def test_every_markets_column_has_a_header(cli: Any, exchange: LocalExchange) -> None:
    table = cli("markets", env={"LIGHTER_BASE_URL": exchange.base_url})
    header, first = table.out.splitlines()[:2]
    assert header.split()[-1] == "STATUS" and first.split()[-1] == "active"


def test_one_number_format_whatever_the_size() -> None:
    assert [fmt("10000.5", 6), fmt("9911.0782", 6), fmt("0.5")] == ["10000.500000", "9911.078200", "0.5"]


def test_order_wait_names_the_status_and_round_shows_what_was_sent(
    cli: Any, exchange: LocalExchange, creds: Credentials
) -> None:
    assert [tx_status_name(1), tx_status_name(2), tx_status_name(3)] == [
        "pending",
        "executed",
        "executed (status 3)",
    ]
    placed = cli(
        "order", "limit", "ETH", "buy", "0.0123456", "2000.129", "--round", "down", "--post-only", "--wait",
        env=creds.as_env(),
    )  # fmt: skip
    assert placed.code == 0, placed.err
    assert "limit buy 0.0123 ETH @ 2000.12 (post-only)" in placed.out
    assert any(line.split() == ["status", "executed"] for line in placed.out.splitlines())
    assert cli("order", "cancel-all", "--wait", env=creds.as_env()).code == 0
