"""``decode(tx_type, tx_info)``: the class for each tx type, and parsing of a tx_info into it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lighter.transactions import _account, _binary_options, _orders, _pools
from lighter.transactions._base import Tx

# every concrete type (a class that sets its own tx_type), in tx type order
TX_CLASSES: tuple[type[Tx], ...] = tuple(
    sorted(
        (
            cls
            for module in (_account, _pools, _orders, _binary_options)
            for cls in vars(module).values()
            if isinstance(cls, type) and issubclass(cls, Tx) and "tx_type" in vars(cls)
        ),
        key=lambda cls: cls.tx_type,
    )
)

#: tx type id -> class
TX_CLASS_BY_TYPE: dict[int, type[Tx]] = {int(cls.tx_type): cls for cls in TX_CLASSES}


def tx_class(tx_type: int) -> type[Tx]:
    """The class of a tx type id; ValueError for a type this SDK does not know."""
    if isinstance(tx_type, bool) or not isinstance(tx_type, int):
        raise TypeError(f"tx_type must be an int, not {type(tx_type).__name__}")
    try:
        return TX_CLASS_BY_TYPE[tx_type]
    except KeyError:
        raise ValueError(f"unknown or unsupported tx_type {tx_type}") from None


def encode(tx: Tx, sig: bytes | None = None) -> str:
    """The tx_info JSON of ``tx`` (same as ``tx.to_tx_info(sig)``); ``decode`` is its inverse."""
    return tx.to_tx_info(sig)


def decode(tx_type: int, tx_info: str | bytes | Mapping[str, Any]) -> Tx:
    """Parse a tx_info (JSON text, possibly re-serialised with spaces, or a dict) of ``tx_type``.

    Raises ValueError for an unknown tx type, invalid JSON, missing or unexpected keys, or a value of the
    wrong JSON type. Value ranges are not checked here: call ``.validate()`` on the result.
    """
    return tx_class(tx_type).from_tx_info(tx_info)
