"""Fuzzing unit scaling in ``lighter.markets``: human amounts <-> the integers that are signed.

Exactness: a value on the grid converts to exactly ``value * 10**decimals`` and back; a value off the grid is
refused (PrecisionError) unless a rounding mode is given, and then the result is the neighbour the mode asks
for. Bad input of any kind raises InvalidInputError (a ValueError) naming the argument, never anything else.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lighter.errors import InvalidInputError, PrecisionError
from lighter.markets import MAX_AMOUNT, MAX_BASE_AMOUNT, MAX_PRICE, Asset, Market, scale_to_int, to_decimal

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

markets = st.builds(
    lambda i, sd, pd: Market(index=i, symbol=f"M{i}", kind="perp", size_decimals=sd, price_decimals=pd),
    st.integers(0, 300),
    st.integers(0, 8),
    st.integers(0, 8),
)
ROUNDINGS = ["down", "up", "nearest", "floor", "ceiling"]


def _text_forms(value: Decimal) -> list[Any]:
    """The same number as Decimal, plain string, string with padding zeros/spaces, and exponent form."""
    plain = format(value, "f")
    forms: list[Any] = [value, plain, f" {plain} ", format(value, "E")]
    if "." in plain:
        forms.append(plain + "000")
    if value == value.to_integral_value():
        forms.append(int(value))
    return forms


@SETTINGS
@given(markets, st.integers(1, MAX_PRICE))
def test_price_grid_round_trips(market: Market, ticks: int) -> None:
    human = market.price_from_int(ticks)
    for form in _text_forms(human):
        assert market.price_to_int(form) == ticks, form
    assert market.price_to_int(str(human)) == ticks


@SETTINGS
@given(markets, st.integers(1, MAX_BASE_AMOUNT))
def test_size_grid_round_trips(market: Market, lots: int) -> None:
    human = market.size_from_int(lots)
    for form in _text_forms(human):
        assert market.size_to_int(form) == lots, form


@SETTINGS
@given(markets, st.integers(0, MAX_PRICE), st.integers(1, 9), st.sampled_from(ROUNDINGS))
def test_off_grid_prices_refused_or_rounded_as_asked(
    market: Market, ticks: int, extra: int, rounding: str
) -> None:
    # a value strictly between two ticks: ticks + extra/10 ticks
    value = (Decimal(ticks) + Decimal(extra) / 10).scaleb(-market.price_decimals)
    with pytest.raises(PrecisionError, match="price"):
        market.price_to_int(value)
    expected = {
        "down": ticks,
        "floor": ticks,
        "up": ticks + 1,
        "ceiling": ticks + 1,
        "nearest": ticks + (1 if extra > 5 else 0 if extra < 5 else ticks % 2),  # half to even
    }[rounding]
    if 1 <= expected <= MAX_PRICE:
        assert market.price_to_int(value, rounding=rounding) == expected
    else:
        with pytest.raises(InvalidInputError, match="out of range|must be positive"):
            market.price_to_int(value, rounding=rounding)


@SETTINGS
@given(
    markets,
    st.integers(0, MAX_BASE_AMOUNT),
    st.sampled_from([1, 49, 50, 51, 99]) | st.integers(1, 99),
    st.sampled_from(ROUNDINGS),
)
def test_off_grid_sizes(market: Market, lots: int, extra: int, rounding: str) -> None:
    value = (Decimal(lots) + Decimal(extra) / 100).scaleb(-market.size_decimals)
    with pytest.raises(PrecisionError, match="size"):
        market.size_to_int(value)
    try:
        result = market.size_to_int(value, rounding=rounding)
    except InvalidInputError as exc:
        assert "rounds to zero" in str(exc) or "too large" in str(exc)
        return
    nearest_down = extra < 50 or (extra == 50 and lots % 2 == 0)  # half to even
    assert result == (
        lots if rounding in ("down", "floor") or (rounding == "nearest" and nearest_down) else lots + 1
    )


def _exact_float(value: float) -> bool:
    return value == value and abs(value) != float("inf") and Decimal(value) == Decimal(repr(value))


@SETTINGS
@given(markets, st.floats(allow_nan=True, allow_infinity=True))
def test_floats_only_when_exact(market: Market, value: float) -> None:
    try:
        ticks = market.price_to_int(value)
    except PrecisionError:
        # refused for precision: either the float is not what it prints as, or it is off the tick
        if _exact_float(value):
            scaled = Decimal(value).scaleb(market.price_decimals)
            assert scaled != scaled.to_integral_value()
        return
    except InvalidInputError:
        assert (
            not _exact_float(value) or value <= 0 or Decimal(value).scaleb(market.price_decimals) > MAX_PRICE
        )
        return
    assert _exact_float(value)  # accepted floats are exactly what they print as
    assert market.price_from_int(ticks) == Decimal(value)


garbage = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            " ",
            "NaN",
            "-nan",
            "sNaN",
            "Infinity",
            "-inf",
            "0",
            "-0",
            "-1",
            "1,5",
            "0x10",
            "1_0",
            "١",
            "1e-99999",
            "1e999999",
            "-1e999999999",
            "1e-999999999",
            "+",
            ".",
        ]
    ),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
    st.builds(object),
    st.just(Decimal("NaN")),
    st.just(Decimal("sNaN")),
    st.just(Decimal("-Infinity")),
    st.just(Decimal("9e999999")),
    st.just(Decimal("-0E+999999999")),
    st.integers(-(10**30), 0),
    st.complex_numbers(),
)


@SETTINGS
@given(markets, garbage, st.sampled_from([None, *ROUNDINGS]))
def test_garbage_is_refused_cleanly(market: Market, value: Any, rounding: str | None) -> None:
    for convert in (market.price_to_int, market.size_to_int):
        try:
            result = convert(value, rounding=rounding)
        except InvalidInputError as exc:
            assert str(exc)  # a message naming the problem
            continue
        # accepted: must have been a real positive number
        assert isinstance(result, int) and result >= 1
        assert to_decimal(value) > 0


@SETTINGS
@given(markets, st.text(max_size=10))
def test_unknown_rounding_names(market: Market, rounding: str) -> None:
    assume(rounding not in ROUNDINGS and not rounding.startswith("ROUND_"))
    with pytest.raises(InvalidInputError, match="rounding"):
        market.price_to_int("1.23456789123", rounding=rounding)


def _exact_shift(value: Decimal, places: int) -> Decimal:
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits, exponent + places))


@SETTINGS
@given(
    st.integers(0, 18),
    st.decimals(min_value=Decimal("1e-20"), max_value=Decimal("1e12"), allow_nan=False, allow_infinity=False),
)
def test_asset_amounts(decimals: int, amount: Decimal) -> None:
    asset = Asset(index=3, symbol="USDC", decimals=decimals)
    scaled = _exact_shift(amount, decimals)

    def check(rounding: str | None, expected: int) -> None:
        if expected > MAX_AMOUNT:
            with pytest.raises(InvalidInputError, match="too large"):
                asset.amount_to_int(amount, rounding=rounding)
        elif expected == 0:
            with pytest.raises(InvalidInputError, match="rounds to zero"):
                asset.amount_to_int(amount, rounding=rounding)
        else:
            assert asset.amount_to_int(amount, rounding=rounding) == expected

    if scaled == scaled.to_integral_value():
        check(None, int(scaled))
        if int(scaled) <= MAX_AMOUNT:
            assert asset.amount_to_int(format(amount, "f")) == int(scaled)
    else:
        with pytest.raises(InvalidInputError):  # PrecisionError, or too large first
            asset.amount_to_int(amount)
        down = int(scaled.to_integral_value(rounding=decimal.ROUND_DOWN))
        check("down", down)
        check("up", down + 1)


@SETTINGS
@given(
    markets,
    st.integers(100, 10**6),
    st.decimals(min_value=0, max_value=Decimal("0.5"), places=4),
    st.booleans(),
)
def test_slippage_price_is_on_the_tick_and_inside_the_bound(
    market: Market, ticks: int, slippage: Decimal, is_ask: bool
) -> None:
    reference = market.price_from_int(ticks)
    try:
        worst = market.slippage_price(reference, slippage, is_ask=is_ask)
    except InvalidInputError:
        return  # out of the price range after moving
    bound = reference * (1 - slippage) if is_ask else reference * (1 + slippage)
    price = market.price_from_int(worst)
    if is_ask:
        assert bound <= price < bound + market.tick_size
    else:
        assert bound - market.tick_size < price <= bound


@pytest.mark.parametrize("value", ["1e999999", "1e999999999", Decimal("9e999999"), 10**40, "1e30"])
def test_huge_exponent_is_invalid_input(value: Any) -> None:
    # Decimal.scaleb used to raise decimal.Overflow past the context's Emax (an ArithmeticError)
    market = Market(index=0, symbol="ETH", kind="perp", size_decimals=4, price_decimals=2)
    asset = Asset(index=3, symbol="USDC", decimals=6)
    for convert, name in (
        (market.price_to_int, "price"),
        (market.size_to_int, "size"),
        (asset.amount_to_int, "amount"),
    ):
        for rounding in (None, "nearest"):
            with pytest.raises(InvalidInputError, match=f"^{name}=.* is too large"):
                convert(value, rounding=rounding)
    with pytest.raises(InvalidInputError, match="^reference price=.* is out of range"):
        market.slippage_price(value, "0.01", is_ask=False)


@pytest.mark.parametrize("value", ["1e-999999999", Decimal("1e-999999"), "0." + "0" * 5000 + "1"])
def test_tiny_exponent_is_off_the_grid_not_zero(value: Any) -> None:
    # used to underflow quietly: amount_to_int("1e-999999999") returned 0
    market = Market(index=0, symbol="ETH", kind="perp", size_decimals=4, price_decimals=2)
    asset = Asset(index=3, symbol="USDC", decimals=6)
    for convert, name in (
        (market.price_to_int, "price"),
        (market.size_to_int, "size"),
        (asset.amount_to_int, "amount"),
    ):
        with pytest.raises(PrecisionError, match=f"^{name}="):
            convert(value)
        assert convert(value, rounding="up") == 1
    with pytest.raises(InvalidInputError, match="out of range"):
        market.price_to_int(value, rounding="down")
    with pytest.raises(InvalidInputError, match="rounds to zero"):
        market.size_to_int(value, rounding="down")
    with pytest.raises(InvalidInputError, match="rounds to zero"):
        asset.amount_to_int(value, rounding="down")


@SETTINGS
@given(markets, st.integers(1, MAX_PRICE), st.integers(38, 90))
def test_precision_beyond_28_digits_is_never_dropped(market: Market, ticks: int, places: int) -> None:
    # Decimal.scaleb rounds to the context's 28 digits: "0.10000000000000000000000000000001" used to be
    # accepted as 0.10; the conversion is now exact.
    on_grid = market.price_from_int(ticks)
    text = format(on_grid, "f")
    if "." not in text:
        text += "."
    fraction = len(text.split(".")[1])
    off_grid = Decimal(text + "0" * (places - fraction - 1) + "1")  # built from text: no context rounding
    assert off_grid - on_grid != 0 and len(off_grid.as_tuple().digits) > 28
    with pytest.raises(PrecisionError, match="price"):
        market.price_to_int(off_grid)
    with pytest.raises(PrecisionError, match="price"):
        market.price_to_int(format(off_grid, "f"))
    assert market.price_to_int(off_grid, rounding="down") == ticks
    assert market.price_to_int(text + "0" * places) == ticks  # many digits, all zeros: on the grid


@pytest.mark.parametrize(
    "value",
    ["NaN", "-nan", "sNaN", "Infinity", "-inf", Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity")]
    + [float("nan"), float("inf"), float("-inf")],
)
def test_non_finite_values_name_the_argument(value: Any) -> None:
    market = Market(index=0, symbol="ETH", kind="perp", size_decimals=4, price_decimals=2)
    asset = Asset(index=3, symbol="USDC", decimals=6)
    for convert, name in (
        (market.price_to_int, "price"),
        (market.size_to_int, "size"),
        (asset.amount_to_int, "amount"),
    ):
        with pytest.raises(InvalidInputError, match=f"^{name} must be finite"):
            convert(value)
    with pytest.raises(InvalidInputError, match="^reference price must be finite"):
        market.slippage_price(value, "0.01", is_ask=True)
    with pytest.raises(InvalidInputError, match="^max_slippage must be finite"):
        market.slippage_price("100", value, is_ask=True)
    with pytest.raises(InvalidInputError, match="^fee must be finite"):
        scale_to_int(Decimal(str(value)) if isinstance(value, float) else Decimal(value), 2, name="fee")


@pytest.mark.parametrize("value", ["-0", "-0.00", Decimal("-0E+999999999"), -0.0, "0", 0])
def test_zero_and_negative_zero_are_not_positive(value: Any) -> None:
    market = Market(index=0, symbol="ETH", kind="perp", size_decimals=4, price_decimals=2)
    asset = Asset(index=3, symbol="USDC", decimals=6)
    for convert, name in (
        (market.price_to_int, "price"),
        (market.size_to_int, "size"),
        (asset.amount_to_int, "amount"),
    ):
        with pytest.raises(InvalidInputError, match=f"^{name} must be positive"):
            convert(value)
    assert scale_to_int(Decimal("-0E+999999999"), 8, name="x") == 0  # zero at any exponent is zero
    assert market.slippage_price("100", value, is_ask=True) == 10000  # no slippage


def test_amounts_beyond_every_transaction_are_refused() -> None:
    usdc = Asset(index=3, symbol="USDC", decimals=6)
    assert usdc.amount_to_int(Decimal(MAX_AMOUNT).scaleb(-6)) == MAX_AMOUNT
    with pytest.raises(InvalidInputError, match="^amount=.* is too large"):
        usdc.amount_to_int(Decimal(MAX_AMOUNT + 1).scaleb(-6))


def test_from_int_is_exact_for_any_int() -> None:
    market = Market(index=0, symbol="ETH", kind="perp", size_decimals=4, price_decimals=2)
    big = 10**40 + 1  # 41 digits: Decimal.scaleb would round it to 28
    assert str(market.price_from_int(big)) == "100000000000000000000000000000000000000.01"
    assert str(market.size_from_int(big)) == "1000000000000000000000000000000000000.0001"


@SETTINGS
@given(
    markets,
    st.integers(1, MAX_PRICE),
    st.decimals(min_value=0, max_value=Decimal("0.99"), allow_nan=False, allow_infinity=False),
    st.booleans(),
)
def test_slippage_with_long_fractions_stays_inside_the_bound(
    market: Market, ticks: int, slippage: Decimal, is_ask: bool
) -> None:
    reference = market.price_from_int(ticks)
    try:
        worst = market.slippage_price(reference, slippage, is_ask=is_ask)
    except InvalidInputError:
        return  # out of the price range after moving
    with decimal.localcontext(decimal.Context(prec=200)):
        bound = reference * (1 - slippage) if is_ask else reference * (1 + slippage)
    price = market.price_from_int(worst)
    if is_ask:
        assert bound <= price < bound + market.tick_size
    else:
        assert bound - market.tick_size < price <= bound
