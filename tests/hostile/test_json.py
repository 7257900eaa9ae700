"""`lighter._json`: the one bounded decoder for foreign bytes (size, depth, typed error, no recursion)."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lighter import _json

DEEP = 100_000


def _depth(value: Any) -> int:
    stack = [(value, 1 if isinstance(value, (list, dict)) else 0)]
    deepest = 0
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((c, depth + 1 if isinstance(c, (list, dict)) else depth) for c in children)
    return deepest


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=40,
)


@given(json_values)
def test_decodes_what_the_standard_decoder_decodes(value: Any) -> None:
    text = json.dumps(value)
    assert _json.loads(text) == json.loads(text)
    assert _json.loads(text.encode()) == json.loads(text)


@given(json_values, st.integers(min_value=1, max_value=12))
def test_depth_bound_is_exact_up_to_a_factor_two(value: Any, limit: int) -> None:
    depth = _depth(value)
    text = json.dumps(value)
    if depth <= limit // 2 or depth <= 1:
        assert not _json.too_deep(text, limit)
    if depth > limit:
        assert _json.too_deep(text, limit)


@pytest.mark.parametrize(
    "doc",
    [
        b"[" * DEEP,
        b"[" * DEEP + b"]" * DEEP,
        b'{"a":' * DEEP,
        "[" * DEEP,
        b'{"x": "' + b"[" * 10 + b'", "y": ' + b"[" * DEEP + b"]" * DEEP + b"}",
    ],
)
def test_deep_nesting_is_a_typed_error_even_with_a_huge_recursion_limit(doc: bytes | str) -> None:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(
        max(old, 20_000)
    )  # as py_ecc would (no higher: a bug here must not segfault pytest)
    try:
        with pytest.raises(_json.JSONError, match="deeper"):
            _json.loads(doc)
    finally:
        sys.setrecursionlimit(old)


def test_brackets_inside_strings_and_escapes_do_not_count() -> None:
    doc = '{"a": "' + "[" * 500 + '", "b": "\\"[[[[", "c": "\\\\", "d": [1]}'
    assert _json.loads(doc)["a"] == "[" * 500
    assert not _json.too_deep(doc, 4)


@pytest.mark.parametrize(
    "doc",
    [
        b"1" * 5000,
        b"\xff\xfe",
        b"",
        b"{",
        b"[1,]",
        b"[" * 200 + b"}" * 200,
    ],
)
def test_every_failure_is_one_typed_value_error(doc: bytes) -> None:
    with pytest.raises(_json.JSONError):
        _json.loads(doc)
    assert issubclass(_json.JSONError, ValueError)


def test_size_bound() -> None:
    with pytest.raises(_json.JSONError, match="exceeds"):
        _json.loads(b'"' + b"x" * 100 + b'"', max_size=50)
    assert _json.loads(b'"xx"', max_size=4) == "xx"


def test_file_is_refused_before_it_is_read_whole(tmp_path: Any) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"[" + b"1," * 1000 + b"1]")
    with pytest.raises(_json.JSONError, match="exceeds"):
        _json.load_file(path, max_size=100)
    assert len(_json.load_file(path)) == 1001
