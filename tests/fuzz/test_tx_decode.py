"""Fuzzing ``lighter.transactions.decode``/``encode``: garbage in -> ValueError/TypeError, nothing else.

Three sources of input: arbitrary JSON values, valid tx_infos with one mutation (a key dropped, added,
renamed, or its value replaced by arbitrary JSON), and arbitrary bytes/text. Whatever decodes must encode
back to a tx_info that decodes to the same transaction (decode is a left inverse of encode on its image),
and ``validate()`` on it may only raise ValueError/TypeError.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from transactions._strategies import STRATEGIES  # tests/transactions: valid txs of every type

from lighter import transactions as T

CLEAN = (ValueError, TypeError)
TX_TYPES = sorted(T.TX_CLASS_BY_TYPE)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=15,
)
any_tx_type = st.one_of(st.sampled_from(TX_TYPES), st.integers(-5, 300))
valid_txs = st.sampled_from(list(STRATEGIES)).flatmap(lambda cls: STRATEGIES[cls])


def _decode_or_refuse(tx_type: Any, tx_info: Any) -> T.Tx | None:
    try:
        tx = T.decode(tx_type, tx_info)
    except CLEAN:
        return None
    # Whatever decoded must survive encode -> decode unchanged, and validate() must fail cleanly if at all.
    text = T.encode(tx)
    assert T.decode(tx_type, text) == tx
    assert T.decode(tx_type, text).to_tx_info() == text
    try:
        tx.validate()
    except CLEAN:
        pass
    return tx


@SETTINGS
@given(any_tx_type, json_values)
def test_arbitrary_json_values(tx_type: int, value: Any) -> None:
    _decode_or_refuse(tx_type, value)
    _decode_or_refuse(tx_type, json.dumps(value))


@SETTINGS
@given(any_tx_type, st.one_of(st.binary(max_size=200), st.text(max_size=200)))
def test_arbitrary_bytes_and_text(tx_type: int, raw: bytes | str) -> None:
    _decode_or_refuse(tx_type, raw)


@SETTINGS
@given(st.one_of(st.booleans(), st.floats(), st.text(max_size=3), st.none(), st.just(b"14")), json_values)
def test_tx_type_of_the_wrong_kind(tx_type: Any, value: Any) -> None:
    with pytest.raises(CLEAN):
        T.decode(tx_type, json.dumps(value))


@st.composite
def mutated(draw: st.DrawFn) -> tuple[int, dict[str, Any], str]:
    """A valid tx_info as a dict with exactly one mutation, and what the mutation was."""
    tx = draw(valid_txs)
    obj = tx.to_json_obj()
    keys = list(obj)
    key = draw(st.sampled_from(keys))
    how = draw(st.sampled_from(["drop", "add", "rename", "replace", "nest"]))
    if how == "drop":
        del obj[key]
    elif how == "add":
        extra = draw(st.text(min_size=1, max_size=12).filter(lambda k: k not in obj))
        obj[extra] = draw(json_values)
    elif how == "rename":
        new = draw(
            st.sampled_from([key.lower(), key.upper(), key + " ", "_" + key]).filter(lambda k: k != key)
        )
        obj[new] = obj.pop(key)
    elif how == "replace":
        obj[key] = draw(json_values)
    else:  # replace one element inside a nested value (grouped orders, attributes, byte arrays)
        inner = obj[key]
        if isinstance(inner, list) and inner:
            inner[draw(st.integers(0, len(inner) - 1))] = draw(json_values)
        elif isinstance(inner, dict) and inner:
            inner[draw(st.sampled_from(list(inner)))] = draw(json_values)
        else:
            obj[key] = draw(json_values)
    return int(tx.tx_type), obj, how


@SETTINGS
@given(mutated())
def test_one_mutation_of_a_valid_tx_info(case: tuple[int, dict[str, Any], str]) -> None:
    tx_type, obj, how = case
    decoded = _decode_or_refuse(tx_type, obj)
    again = _decode_or_refuse(tx_type, json.dumps(obj))
    assert decoded == again  # a dict and its JSON text are read the same way
    if how in ("drop", "add", "rename"):
        assert decoded is None  # the key set is checked exactly


@SETTINGS
@given(valid_txs, st.sampled_from(TX_TYPES))
def test_valid_tx_info_under_another_type(tx: T.Tx, other: int) -> None:
    decoded = _decode_or_refuse(other, tx.to_tx_info())
    if decoded is not None:
        # Only types with exactly the same layout can read each other's tx_info.
        assert [k for k, _a, _c in type(decoded)._LAYOUT] == [k for k, _a, _c in type(tx)._LAYOUT]


@SETTINGS
@given(valid_txs, st.data())
def test_truncated_and_spliced_text(tx: T.Tx, data: st.DataObject) -> None:
    text = tx.to_tx_info()
    cut = data.draw(st.integers(0, len(text) - 1))
    _decode_or_refuse(int(tx.tx_type), text[:cut])
    junk = data.draw(st.text(min_size=1, max_size=5))
    _decode_or_refuse(int(tx.tx_type), text[:cut] + junk + text[cut:])
