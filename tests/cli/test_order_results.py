"""``lighter order ... --wait`` and ``lighter orders --history`` say what filled and at what price."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from lighter import Lighter
from lighter.testing import LocalExchange
from lighter.testing.onboarding import Credentials


def test_wait_prints_the_fills_and_history_the_average_price(
    cli: Any, exchange: LocalExchange, creds: Credentials
) -> None:
    env = creds.as_env()
    done = cli("order", "market", "ETH", "buy", "0.02", "--wait", "--json", env=env)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert (data["status"], data["state"], data["filled"]) == (2, "filled", "0.0200")
    with Lighter.from_env(env, rate_limit=None) as client:
        [order] = [
            o for o in client.orders.inactive(limit=20) if o.client_order_index == data["client_order_index"]
        ]
        fills = client.orders.fills(order_index=order.order_index)
    assert Decimal(data["average_price"]) == sum(f.price * f.size for f in fills) / sum(f.size for f in fills)
    assert data["fills"].count("@") == len(fills) >= 1 and "(taker)" in data["fills"]
    text = cli("order", "limit", "ETH", "buy", "0.01", "1000", "--post-only", "--wait", env=env)
    assert text.code == 0 and "resting" in text.out and "state" in text.out
    history = cli("orders", "--history", env=env)
    assert history.code == 0 and "AVG FILL" in history.out
    row = next(line for line in history.out.splitlines() if line.split()[:1] == [str(order.order_index)])
    assert f"{order.average_fill_price.quantize(Decimal('0.00000001')).normalize():f}" in row.split()
