"""Property tests: random valid transactions of every type round-trip through tx_info and hash stably."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lighter import transactions as T

from ._strategies import STRATEGIES

CLASSES = list(STRATEGIES)
_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_type_has_a_strategy() -> None:
    assert set(CLASSES) == set(T.TX_CLASS_BY_TYPE.values())


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_decode_encode_round_trip(cls: type[T.Tx]) -> None:
    @_SETTINGS
    @given(STRATEGIES[cls])
    def check(tx: T.Tx) -> None:
        tx.validate()
        info = tx.to_tx_info()
        back = T.decode(tx.tx_type, info)
        assert back == tx
        assert back.to_tx_info() == info
        assert T.decode(int(tx.tx_type), json.dumps(json.loads(info), indent=1)) == tx
        assert list(json.loads(info)) == [key for key, _a, _c in cls._LAYOUT]
        assert ", " not in info and ": " not in info  # compact, like Go's json.Marshal

    check()


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_hash_ignores_sig_and_l1_sig_and_depends_on_chain(cls: type[T.Tx]) -> None:
    @settings(max_examples=3, deadline=None)
    @given(STRATEGIES[cls])
    def check(tx: T.Tx) -> None:
        h = tx.hash(304)
        assert len(h) == 40
        assert attrs.evolve(tx, sig=b"\1" * 80).hash(304) == h  # type: ignore[misc]
        if hasattr(tx, "l1_sig"):
            assert attrs.evolve(tx, l1_sig="0x" + "ab" * 65).hash(304) == h  # type: ignore[misc]
        assert tx.hash(300) != h
        assert attrs.evolve(tx, nonce=(tx.nonce or 0) ^ 1).hash(304) != h  # type: ignore[misc]

    check()


@_SETTINGS
@given(st.sampled_from(CLASSES).flatmap(lambda c: STRATEGIES[c]), st.data())
def test_any_int_outside_int64_is_refused(tx: T.Tx, data: st.DataObject) -> None:
    int_fields = [attr for _k, attr, codec in tx._LAYOUT if codec == "int"]
    field = data.draw(st.sampled_from(int_fields))
    bad = data.draw(st.one_of(st.integers(max_value=-(2**63) - 1), st.integers(min_value=2**63)))
    with pytest.raises(ValueError, match=field):
        attrs.evolve(tx, **{field: bad}).validate()


@_SETTINGS
@given(st.sampled_from(CLASSES).flatmap(lambda c: STRATEGIES[c]), st.data())
def test_bools_and_floats_are_refused_where_ints_are_meant(tx: T.Tx, data: st.DataObject) -> None:
    int_fields = [attr for _k, attr, codec in tx._LAYOUT if codec == "int"]
    field = data.draw(st.sampled_from(int_fields))
    value = getattr(tx, field)
    bad = data.draw(st.sampled_from([bool(value), float(value), str(value)]))
    with pytest.raises(TypeError, match=field):
        attrs.evolve(tx, **{field: bad}).validate()


_ORDER = STRATEGIES[T.CreateOrder]
_OUTSIDE: dict[str, st.SearchStrategy[int]] = {
    "price": st.one_of(st.integers(-(2**63), 0), st.integers(2**32, 2**63 - 1)),
    "market_index": st.one_of(st.integers(-(2**63), -1), st.just(255), st.integers(2**48, 2**63 - 1)),
    "api_key_index": st.one_of(st.integers(-(2**63), -1), st.integers(255, 2**63 - 1)),
    "account_index": st.one_of(st.integers(-(2**63), -2), st.integers(2**48 - 1, 2**63 - 1)),
    "expired_at": st.one_of(st.integers(-(2**63), -1), st.integers(2**48, 2**63 - 1)),
    "client_order_index": st.one_of(st.integers(-(2**63), -1), st.integers(2**48, 2**63 - 1)),
    "trigger_price": st.one_of(st.integers(-(2**63), -1), st.integers(2**32, 2**63 - 1)),
}


@pytest.mark.parametrize("field", list(_OUTSIDE))
def test_create_order_out_of_range_is_refused(field: str) -> None:
    @settings(max_examples=25, deadline=None)
    @given(_ORDER, _OUTSIDE[field])
    def check(tx: T.CreateOrder, bad: int) -> None:
        with pytest.raises(ValueError, match=field):
            attrs.evolve(tx, **{field: bad}).validate()

    check()


def test_encode_is_to_tx_info() -> None:
    @settings(max_examples=5, deadline=None)
    @given(_ORDER)
    def check(tx: T.CreateOrder) -> None:
        assert T.encode(tx) == tx.to_tx_info()
        assert T.decode(tx.tx_type, T.encode(tx, b"\7" * 80)).sig == b"\7" * 80

    check()
