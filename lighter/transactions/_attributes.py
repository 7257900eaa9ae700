"""``L2TxAttributes``: optional per-transaction attributes that are hashed separately (SPEC §9.0)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from lighter.transactions._checks import (
    FEE_TICK,
    MAX_ACCOUNT_INDEX,
    MAX_MARKET_INDEX,
    check_int,
)

# attribute type -> (field name, nil value, min, max)
_SPECS: dict[int, tuple[str, int, int, int]] = {
    1: ("integrator_account_index", 0, 0, MAX_ACCOUNT_INDEX),
    2: ("integrator_taker_fee", 0, 0, FEE_TICK),
    3: ("integrator_maker_fee", 0, 0, FEE_TICK),
    4: ("skip_nonce", 0, 1, 1),
    5: ("cancel_all_market_index", 255, 0, MAX_MARKET_INDEX),
    6: ("self_trade_behavior_mode", 0, 0, 3),
    7: ("self_trade_equality_mode", 0, 0, 1),
    8: ("order_version", 0, 1, (1 << 48) - 1),
}
_TYPE_OF_NAME = {spec[0]: t for t, spec in _SPECS.items()}
MAX_ATTRIBUTES = 4


@attrs.frozen(kw_only=True)
class TxAttributes:
    """The ``L2TxAttributes`` object of a transaction.

    ``None`` means "absent from the JSON". A present attribute whose value equals its nil value (0, or 255
    for ``cancel_all_market_index``) is written to the JSON but left out of the hash, as the official
    signer does.
    """

    integrator_account_index: int | None = None  # 1
    integrator_taker_fee: int | None = None  # 2
    integrator_maker_fee: int | None = None  # 3
    skip_nonce: int | None = None  # 4
    cancel_all_market_index: int | None = None  # 5; 255 = every market
    self_trade_behavior_mode: int | None = None  # 6
    self_trade_equality_mode: int | None = None  # 7
    order_version: int | None = None  # 8

    def items(self) -> list[tuple[int, int]]:
        """Present attributes as ``(type, value)`` pairs sorted by type."""
        out = []
        for attr_type, (name, _nil, _lo, _hi) in _SPECS.items():
            value = getattr(self, name)
            if value is not None:
                out.append((attr_type, value))
        return out

    def hashed_items(self) -> list[tuple[int, int]]:
        """The pairs that enter the attribute hash: present and not equal to their nil value."""
        return [(t, v) for t, v in self.items() if v != _SPECS[t][1]]

    def is_empty(self) -> bool:
        """True when nothing is hashed (the final tx hash is then the base hash)."""
        return self is EMPTY_ATTRIBUTES or not self.hashed_items()

    def elements(self) -> list[int]:
        """The 8 field elements that are hashed: sorted non-nil pairs padded with (0, 0)."""
        out: list[int] = []
        for pair in self.hashed_items():
            out.extend(pair)
        out.extend([0] * (2 * MAX_ATTRIBUTES - len(out)))
        return out

    def to_json_obj(self) -> dict[str, int] | None:
        """The JSON value: ``None`` (null) when no attribute is present, else ``{"type": value}``."""
        items = self.items()
        if not items:
            return None
        return {str(t): v for t, v in items}

    def json_fragment(self) -> str:
        """The JSON text of :meth:`to_json_obj`, compact, keys in ascending order (Go's map order)."""
        items = () if self is EMPTY_ATTRIBUTES else self.items()
        if not items:
            return "null"
        return "{" + ",".join(f'"{t:d}":{v:d}' for t, v in items) + "}"

    @classmethod
    def from_json_obj(cls, obj: Any, *, field: str = "L2TxAttributes") -> TxAttributes:
        """Parse the JSON value (``null`` or an object with decimal-string keys)."""
        if obj is None:
            return EMPTY_ATTRIBUTES
        if not isinstance(obj, Mapping):
            raise ValueError(f"{field} must be null or an object, not {type(obj).__name__}")
        kwargs: dict[str, int] = {}
        for key, value in obj.items():
            try:
                attr_type = int(key)
            except (TypeError, ValueError):
                raise ValueError(f"{field}: attribute key {key!r} is not a number") from None
            if attr_type not in _SPECS:
                raise ValueError(f"{field}: unknown attribute type {key!r}")
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{field}[{key}] must be an integer")
            kwargs[_SPECS[attr_type][0]] = value
        return cls(**kwargs) if kwargs else EMPTY_ATTRIBUTES

    @classmethod
    def from_pairs(cls, pairs: Mapping[int, int] | Iterable[tuple[int, int]]) -> TxAttributes:
        """Build from ``{type: value}`` or ``[(type, value), ...]``."""
        items = pairs.items() if isinstance(pairs, Mapping) else pairs
        kwargs = {}
        for attr_type, value in items:
            if attr_type not in _SPECS:
                raise ValueError(f"unknown attribute type {attr_type!r}")
            kwargs[_SPECS[attr_type][0]] = value
        return cls(**kwargs)

    def validate(self, allowed: frozenset[int], tx_name: str) -> None:
        """Check ranges, which attributes ``tx_name`` may carry, and the cross-attribute rules."""
        if self is EMPTY_ATTRIBUTES:
            return
        for attr_type, value in self.items():
            name, _nil, lo, hi = _SPECS[attr_type]
            check_int(f"attributes.{name}", value, lo, hi)
            if attr_type not in allowed:
                raise ValueError(f"attributes.{name} is not allowed on {tx_name}")
        hashed = dict(self.hashed_items())
        if len(hashed) > MAX_ATTRIBUTES:
            raise ValueError(f"attributes: at most {MAX_ATTRIBUTES} attributes may be set, got {len(hashed)}")
        has_fees = bool(hashed.get(2) or hashed.get(3))
        if has_fees and not hashed.get(1):
            raise ValueError("attributes: integrator fees need attributes.integrator_account_index")
        if has_fees and (hashed.get(6) or hashed.get(7)):
            raise ValueError("attributes: self-trade modes cannot be combined with integrator fees")
        if hashed.get(6) == 3 and hashed.get(7) == 1:
            raise ValueError(
                "attributes: self_trade_behavior_mode 3 cannot be combined with self_trade_equality_mode 1"
            )


EMPTY_ATTRIBUTES = TxAttributes()


def to_attributes(value: Any) -> Any:
    """attrs converter: ``None`` -> empty, a mapping of ``{type: value}`` -> TxAttributes."""
    if value is None:
        return EMPTY_ATTRIBUTES
    if isinstance(value, Mapping):
        return TxAttributes.from_pairs(value)
    return value
