"""Market metadata and exact human-unit scaling, against the recorded orderBookDetails payloads."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from lighter._errors import InvalidInputError, PrecisionError, UnknownAssetError, UnknownMarketError
from lighter.markets import AssetTable, Market, MarketTable, to_decimal

DATA = Path(__file__).parents[1] / "data" / "real-payloads" / "rest"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text())


@pytest.fixture()
def table() -> MarketTable:
    perps = load("orderBookDetails__1.json")  # real mainnet recording (ccxt), ETH perp
    spot = load("orderBookDetails__2.json")  # perp entry with string-typed numbers, and ETH/USDC spot
    merged = {
        "order_book_details": perps["order_book_details"],
        "spot_order_book_details": spot["spot_order_book_details"],
    }
    return MarketTable.from_order_book_details(merged)


def test_real_payloads_parse(table: MarketTable) -> None:
    eth = table.get("ETH")
    assert (eth.index, eth.kind, eth.size_decimals, eth.price_decimals) == (0, "perp", 4, 2)
    assert eth.min_base_amount == Decimal("0.0050") and eth.min_quote_amount == Decimal("10")
    assert eth.max_leverage == Decimal(50)
    spot = table.get("eth/usdc")
    assert (spot.index, spot.kind, spot.base_asset_id, spot.quote_asset_id) == (2048, "spot", 1, 3)
    assert table.get(2048) is spot and table.get("ETH-PERP") is eth
    # string-typed numbers (a payload class seen in the wild) are tolerated
    odd = Market.from_dict(load("orderBookDetails__2.json")["order_book_details"][0])
    assert odd.size_decimals == 4 and odd.price_decimals == 4


def test_scaling_is_exact(table: MarketTable) -> None:
    eth = table.get(0)
    assert eth.price_to_int("3024.66") == 302466
    assert eth.price_to_int(Decimal("3000")) == 300000
    assert eth.price_to_int(3000) == 300000
    assert eth.price_to_int(3000.5) == 300050  # exactly representable float
    assert eth.size_to_int("0.1") == 1000
    assert eth.size_from_int(1000) == Decimal("0.1")
    assert eth.price_from_int(302466) == Decimal("3024.66")


def test_float_with_binary_rounding_error_is_refused() -> None:
    with pytest.raises(PrecisionError, match=r"'0\.1'"):
        to_decimal(0.1, name="size")
    with pytest.raises(InvalidInputError):
        to_decimal(True)
    with pytest.raises(InvalidInputError):
        to_decimal("abc")
    with pytest.raises(InvalidInputError):
        to_decimal(float("nan"))
    with pytest.raises(InvalidInputError):
        to_decimal(None)


def test_excess_precision_refused_unless_rounding_is_asked(table: MarketTable) -> None:
    eth = table.get("ETH")
    with pytest.raises(PrecisionError, match="tick 0.01"):
        eth.price_to_int("3024.665")
    assert eth.price_to_int("3024.665", rounding="down") == 302466
    assert eth.price_to_int("3024.665", rounding="up") == 302467
    assert eth.price_to_int("3024.665", rounding="nearest") == 302466
    with pytest.raises(PrecisionError, match="lot 0.0001"):
        eth.size_to_int("0.00015")
    assert eth.size_to_int("0.00015", rounding="up") == 2
    with pytest.raises(InvalidInputError, match="rounds to zero"):
        eth.size_to_int("0.00001", rounding="down")
    with pytest.raises(InvalidInputError, match="unknown rounding"):
        eth.size_to_int("1", rounding="sideways")
    with pytest.raises(InvalidInputError, match="positive"):
        eth.size_to_int("-1")


def test_minimums(table: MarketTable) -> None:
    eth = table.get("ETH")
    eth.check_order(eth.size_to_int("0.01"), eth.price_to_int("3000"))
    with pytest.raises(InvalidInputError, match="below the minimum of 0.0050"):
        eth.check_order(eth.size_to_int("0.001"), eth.price_to_int("3000"))
    with pytest.raises(InvalidInputError, match="order value 9"):
        eth.check_order(eth.size_to_int("0.005"), eth.price_to_int("1800"))
    eth.check_order(eth.size_to_int("0.001"), eth.price_to_int("3000"), reduce_only=True)


def test_slippage_price_stays_inside_the_bound(table: MarketTable) -> None:
    eth = table.get("ETH")
    assert eth.slippage_price("3000", "0.01", is_ask=False) == 303000
    assert eth.slippage_price("3000.01", "0.001", is_ask=False) == 300301  # 3003.01001 floored
    assert eth.slippage_price("3000.01", "0.001", is_ask=True) == 299701  # 2997.00999 ceiled
    with pytest.raises(InvalidInputError):
        eth.slippage_price("3000", "1.5", is_ask=True)


def test_unknown_market_names_choices(table: MarketTable) -> None:
    with pytest.raises(UnknownMarketError, match=r"unknown market 'DOGE'.*ETH \(0\)"):
        table.get("DOGE")
    with pytest.raises(UnknownMarketError):
        table.get(77)
    with pytest.raises(UnknownMarketError):
        table.get(True)  # type: ignore[arg-type]
    assert "ETH" in table and "DOGE" not in table


def test_assets() -> None:
    assets = AssetTable.from_asset_details(load("assetDetails__1.json"))
    usdc = assets.get("usdc")
    assert usdc.index == 3 and usdc.min_withdrawal_amount == Decimal(1)
    assert usdc.amount_to_int("1.005") == 1_005_000  # the official SDK sends 1004999
    assert assets.get("ETH").amount_to_int("0.29") == 29_000_000  # the official SDK sends 28999999
    with pytest.raises(UnknownAssetError, match="known assets"):
        assets.get("DOGE")


def test_missing_decimals_fall_back_to_supported_or_leave_the_market_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = load("orderBookDetails__1.json")["order_book_details"][0]
    fallback = {**entry, "size_decimals": None, "supported_size_decimals": 4, "price_decimals": ""}
    fallback["supported_price_decimals"] = 2
    assert (Market.from_dict(fallback).size_decimals, Market.from_dict(fallback).price_decimals) == (4, 2)
    unknown = {**entry, "market_id": 9, "symbol": "BAD", "size_decimals": None}
    unknown.pop("supported_size_decimals", None)
    table = MarketTable.from_order_book_details({"order_book_details": [entry, unknown]})
    assert table.get("ETH").index == 0 and 9 not in table
    assert "'BAD' has no size_decimals" in caplog.text
    with pytest.raises(UnknownMarketError):
        table.get("BAD")
