"""Read models as Arrow tables and pandas DataFrames.

Column types come from the model's fields: `Decimal` -> ``decimal128(38, scale)``, `datetime` ->
``timestamp[us, UTC]``, enums and strings -> ``string``, ints -> ``int64``, bools -> ``bool``. The scale of a
Decimal column is the market's: prices get its price decimals, sizes its size decimals, USDC amounts 6;
without a market (or for other columns) the scale is the largest the data needs. Give `scales` to pin
any column (a file appended to over time needs the same scale every time).
"""

from __future__ import annotations

import decimal
import enum
import functools
import json
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from lighter._extras import require

if TYPE_CHECKING:  # pragma: no cover
    from lighter.markets import Market

MAX_PRECISION = 38  # decimal128
OTHER_SCALE = 18  # Decimal columns that are neither prices, sizes nor USDC, when a market pins the scales
USDC_SCALE = 6
PRICE_COLUMNS = frozenset(
    {
        "open",
        "high",
        "low",
        "close",
        "price",
        "entry_price",
        "mark_price",
        "liquidation_price",
        "trigger_price",
        "average_fill_price",
        "average_price",
    }
)
SIZE_COLUMNS = frozenset({"size", "volume", "filled", "remaining", "position_size"})
USDC_COLUMNS = frozenset(
    {
        "quote",
        "quote_volume",
        "filled_quote",
        "position_value",
        "unrealized_pnl",
        "realized_pnl",
        "allocated_margin",
        "funding_paid",
        "collateral",
        "available_balance",
        "total_asset_value",
        "cross_asset_value",
        "change",
    }
)
_WIDE = decimal.Context(prec=2 * MAX_PRECISION)


def _pyarrow() -> Any:
    return require("pyarrow", extra="data", purpose="lighter.data.to_arrow")


@functools.cache
def columns_of(model: type) -> tuple[tuple[str, str], ...]:
    """(field name, kind) of a read model's table columns; kind is decimal, time, int, bool, str or json.
    Nested models (``Balances.assets``, ``OrderResult.fills``) are left out: make tables of those."""
    hints = typing.get_type_hints(model)
    out = []
    for f in attrs.fields(model):
        if not f.repr:
            continue
        kind = _kind(hints[f.name])
        if kind is not None:
            out.append((f.name, kind))
    return tuple(out)


def _kind(hint: Any) -> str | None:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        hint = args[0]
    if typing.get_origin(hint) is dict:
        return "json"
    if not isinstance(hint, type):
        return None
    if issubclass(hint, Decimal):
        return "decimal"
    if issubclass(hint, datetime):
        return "time"
    if issubclass(hint, bool):
        return "bool"
    if issubclass(hint, enum.Enum) or issubclass(hint, str):
        return "str"
    if issubclass(hint, int):
        return "int"
    return None


def column_scale(name: str, values: Sequence[Decimal | None], market: Market | None) -> int:
    """The decimal128 scale of a column: the market's for prices, sizes and USDC, else what the data needs."""
    if market is not None:
        if name in PRICE_COLUMNS:
            return market.price_decimals
        if name in SIZE_COLUMNS:
            return market.size_decimals
        if name in USDC_COLUMNS:
            return USDC_SCALE
        return OTHER_SCALE
    scale, whole = 0, 1
    for v in values:
        if v is None:
            continue
        _, digits, exp = v.as_tuple()
        if isinstance(exp, int):
            scale = max(scale, -exp)
            whole = max(whole, len(digits) + exp)
    return max(0, min(scale, MAX_PRECISION - whole))


def _decimals(name: str, values: list[Decimal | None], scale: int) -> list[Decimal | None]:
    quantum = Decimal(1).scaleb(-scale)
    limit = Decimal(10) ** (MAX_PRECISION - scale)
    out: list[Decimal | None] = []
    for v in values:
        if v is None:
            out.append(None)
            continue
        q = v.quantize(quantum, context=_WIDE)
        if abs(q) >= limit:
            raise ValueError(f"column {name!r}: {v} does not fit decimal128({MAX_PRECISION}, {scale})")
        out.append(q)
    return out


def schema_for(model: type, *, market: Market | None = None, scales: Mapping[str, int] | None = None) -> Any:
    """The Arrow schema `to_arrow` gives rows of `model` (pinned scales: a market's, or `scales`)."""
    pa = _pyarrow()
    fields = []
    for name, kind in columns_of(model):
        if kind == "decimal":
            scale = (scales or {}).get(name, column_scale(name, [], market))
            fields.append(pa.field(name, pa.decimal128(MAX_PRECISION, scale)))
        else:
            fields.append(pa.field(name, _ARROW_TYPES[kind](pa)))
    return pa.schema(fields)


_ARROW_TYPES = {
    "time": lambda pa: pa.timestamp("us", tz="UTC"),
    "int": lambda pa: pa.int64(),
    "bool": lambda pa: pa.bool_(),
    "str": lambda pa: pa.string(),
    "json": lambda pa: pa.string(),
}


def to_arrow(
    rows: Sequence[Any],
    *,
    market: Market | None = None,
    scales: Mapping[str, int] | None = None,
    model: type | None = None,
) -> Any:
    """A ``pyarrow.Table`` of read models (all of one class; `model` names it for an empty list).

    Decimal columns are ``decimal128(38, scale)`` (the market's scale when `market` is given), times
    ``timestamp[us, UTC]``, enums their string values.
    """
    pa = _pyarrow()
    rows = list(rows)
    cls = model if model is not None else (type(rows[0]) if rows else None)
    if cls is None:
        return pa.table({})
    if not attrs.has(cls) or any(type(r) is not cls for r in rows):
        raise TypeError(f"to_arrow takes a list of one lighter.models class, got {cls.__name__} and others")
    arrays, fields = [], []
    for name, kind in columns_of(cls):
        values = [getattr(r, name) for r in rows]
        if kind == "decimal":
            scale = (scales or {}).get(name)
            if scale is None:
                scale = column_scale(name, values, market)
            typ = pa.decimal128(MAX_PRECISION, scale)
            try:  # values at or below the scale go in as they are (Arrow rescales them exactly) ...
                arrays.append(pa.array(values, type=typ))
                fields.append(pa.field(name, typ))
                continue
            except pa.ArrowInvalid:  # ... finer ones (a float's noise, an average) are rounded to it
                values = _decimals(name, values, scale)
        else:
            typ = _ARROW_TYPES[kind](pa)
            if kind == "str":
                values = [v.value if isinstance(v, enum.Enum) else v for v in values]
            elif kind == "json":
                values = [None if v is None else json.dumps(v, sort_keys=True) for v in values]
        arrays.append(pa.array(values, type=typ))
        fields.append(pa.field(name, typ))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def to_pandas(
    rows: Sequence[Any],
    *,
    market: Market | None = None,
    scales: Mapping[str, int] | None = None,
    model: type | None = None,
) -> Any:
    """A ``pandas.DataFrame`` of read models: Decimal columns hold `Decimal` objects (exact), times are
    ``datetime64[us, UTC]``."""
    require("pandas", extra="data", purpose="lighter.data.to_pandas")
    return to_arrow(rows, market=market, scales=scales, model=model).to_pandas()
