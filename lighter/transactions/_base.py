"""What every transaction type shares: envelope checks, the tx_info JSON layout, decoding, hashing.

Each concrete class (see ``_types.py``) declares its JSON keys in wire order (``_LAYOUT``), the elements it
hashes after the 6-element header (``_type_elements``) and its own range rules (``_check``). Attribute names
are the snake_case of the JSON keys, so the layout alone drives encoding and decoding.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs

from lighter import _json
from lighter.transactions import _hashing
from lighter.transactions._attributes import EMPTY_ATTRIBUTES, TxAttributes, to_attributes
from lighter.transactions._checks import (
    MAX_API_KEY_INDEX,
    MAX_INT64,
    MAX_TIMESTAMP,
    MIN_INT64,
    check_bytes,
    check_int,
    check_l1_sig,
    check_signer_account,
)
from lighter.transactions._enums import TxType

if TYPE_CHECKING:  # pragma: no cover
    from lighter.signing import PrivateKey

T = TypeVar("T", bound="Tx")

# How a JSON value is written and read. INT: JSON integer. B64: base64 string of bytes (PubKey).
# SIG: base64 string or null. BYTES32: array of 32 numbers (Go [32]byte). STR: plain string (L1Sig).
# ATTRS: L2TxAttributes (null or object). ORDERS: array of order objects.
INT, B64, SIG, BYTES32, STR, ATTRS, ORDERS = "int", "b64", "sig", "bytes32", "str", "attrs", "orders"

_SPECIAL_NAMES = {"L2TxAttributes": "attributes", "Sig": "sig"}


def snake_case(key: str) -> str:
    """JSON key -> attribute name: ``USDCAmount`` -> ``usdc_amount``, ``L1Sig`` -> ``l1_sig``."""
    if key in _SPECIAL_NAMES:
        return _SPECIAL_NAMES[key]
    key = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", key)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", key).lower()


def layout(
    body: tuple[str | tuple[str, str], ...],
    *,
    account_key: str = "AccountIndex",
    l1_sig_after_sig: bool = False,
) -> tuple[tuple[str, str, str], ...]:
    """Full tx_info key order: account, api key, ``body``, ExpiredAt, Nonce, Sig, [L1Sig], attributes.

    A body entry is a JSON key (an integer) or ``(key, codec)``."""
    keys: list[tuple[str, str]] = [(account_key, INT), ("ApiKeyIndex", INT)]
    keys += [(entry, INT) if isinstance(entry, str) else entry for entry in body]
    keys += [("ExpiredAt", INT), ("Nonce", INT), ("Sig", SIG)]
    if l1_sig_after_sig:
        keys.append(("L1Sig", STR))
    keys.append(("L2TxAttributes", ATTRS))
    return tuple((key, snake_case(key), codec) for key, codec in keys)


def encode_value(codec: str, value: Any) -> str:
    """One JSON value, formatted as Go's json.Marshal writes it (compact)."""
    if codec == INT:
        return f"{value:d}"
    if codec == SIG:
        return "null" if value is None else '"' + base64.b64encode(value).decode("ascii") + '"'
    if codec == ATTRS:
        return str(value.json_fragment())
    if codec == B64:
        return '"' + base64.b64encode(value).decode("ascii") + '"'
    if codec == BYTES32:
        return "[" + ",".join([str(b) for b in value]) + "]"
    if codec == STR:
        return json.dumps(value)
    if codec == ORDERS:
        return "[" + ",".join([order.json_fragment() for order in value]) + "]"
    raise AssertionError(codec)  # pragma: no cover


def _decode_b64(field: str, value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError(f"{field} must be a base64 string, not {type(value).__name__}")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{field} is not valid base64") from None


def decode_value(codec: str, field: str, value: Any) -> Any:
    """One JSON value -> the attribute value; ValueError naming ``field`` on a wrong JSON type."""
    if codec == INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{field} must be a JSON integer, got {json.dumps(value)[:40]}")
        return value
    if codec == SIG:
        return None if value is None else _decode_b64(field, value)
    if codec == ATTRS:
        return TxAttributes.from_json_obj(value, field=field)
    if codec == B64:
        return _decode_b64(field, value)
    if codec == BYTES32:
        if not isinstance(value, list) or len(value) != 32:
            raise ValueError(f"{field} must be an array of 32 numbers")
        if any(isinstance(b, bool) or not isinstance(b, int) or not 0 <= b <= 255 for b in value):
            raise ValueError(f"{field} must hold byte values 0..255")
        return bytes(value)
    if codec == STR:
        if not isinstance(value, str):
            raise ValueError(f"{field} must be a string, not {type(value).__name__}")
        return value
    raise AssertionError(codec)  # pragma: no cover  (ORDERS: CreateGroupedOrders._decode_field reads it)


def parse_object(tx_info: str | bytes | Mapping[str, Any], what: str) -> Mapping[str, Any]:
    """tx_info text (or an already parsed dict) -> dict; ValueError if it is not a JSON object."""
    if isinstance(tx_info, (str, bytes, bytearray)):
        try:
            obj = _json.loads(tx_info)
        except ValueError as exc:
            raise ValueError(f"{what}: tx_info is not valid JSON ({exc})") from None
    else:
        obj = tx_info
    if not isinstance(obj, Mapping):
        raise ValueError(f"{what}: tx_info must be a JSON object, not {type(obj).__name__}")
    return obj


def check_keys(obj: Mapping[str, Any], expected: tuple[str, ...] | list[str], what: str) -> None:
    """ValueError listing missing and unexpected keys."""
    keys = set(obj)
    wanted = set(expected)
    if keys != wanted:
        parts = []
        missing = [k for k in expected if k not in keys]
        extra = sorted(str(k) for k in keys - wanted)
        if missing:
            parts.append("missing " + ", ".join(missing))
        if extra:
            parts.append("unexpected " + ", ".join(extra))
        raise ValueError(f"{what}: " + "; ".join(parts))


# JSON keys of the envelope every type shares; the others are the type's body
_ENVELOPE_KEYS = frozenset(
    (
        "AccountIndex",
        "FromAccountIndex",
        "ApiKeyIndex",
        "ExpiredAt",
        "Nonce",
        "Sig",
        "L1Sig",
        "L2TxAttributes",
    )
)
_HEAD, _TAIL = ("api_key_index",), ("expired_at", "nonce", "attributes", "sig")


def wire_order(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """attrs field transformer of the concrete types: the account field, ``api_key_index``, the type's own
    fields as declared, then ``expired_at``, ``nonce``, ``attributes``, ``sig`` (the envelope is declared
    once, on :class:`Tx`, but reads in repr and ``attrs.fields`` where it always did)."""
    by_name = {f.name: f for f in fields}
    own = [f for f in fields if f.name not in _HEAD + _TAIL]
    return [*own[:1], *(by_name[n] for n in _HEAD), *own[1:], *(by_name[n] for n in _TAIL)]


def default_attributes() -> TxAttributes:
    """attrs default for ``attributes``."""
    return EMPTY_ATTRIBUTES


@attrs.frozen(kw_only=True)
class Tx:
    """Base of the 23 transaction classes.

    Every transaction carries its envelope (``account_index`` or ``from_account_index``, ``api_key_index``,
    ``nonce``, ``expired_at``), its type fields, ``attributes`` and the L2 signature ``sig`` (``None`` until
    signed). Instances are immutable; use ``attrs.evolve`` to change a field. The envelope is declared here
    once; each type declares its account field and body (``@attrs.frozen(kw_only=True,
    field_transformer=wire_order)``).
    """

    tx_type: ClassVar[TxType]
    _LAYOUT: ClassVar[tuple[tuple[str, str, str], ...]]
    _ALLOWED_ATTRIBUTES: ClassVar[frozenset[int]] = frozenset({4})
    _ACCOUNT_ATTR: ClassVar[str] = "account_index"

    api_key_index: int
    expired_at: int
    nonce: int | None = None
    attributes: TxAttributes = attrs.field(factory=default_attributes, converter=to_attributes)
    sig: bytes | None = None

    # --- hashing ---------------------------------------------------------------------------------------

    def _type_elements(self) -> list[int]:
        """The field elements hashed after ``[chain_id, tx_type, nonce, expired_at, account, api_key]``: by
        default the body fields in wire order (types that hash otherwise override this)."""
        return [getattr(self, attr) for key, attr, _codec in self._LAYOUT if key not in _ENVELOPE_KEYS]

    def hash_elements(self, chain_id: int) -> list[int]:
        """The ints hashed into the base hash (negative ints are read as two's-complement u64)."""
        check_int("chain_id", chain_id, 0, 0xFFFFFFFF)
        if self.nonce is None:
            raise ValueError("nonce is not set: pass nonce= to sign() or set it on the transaction")
        return [
            chain_id,
            int(self.tx_type),
            self.nonce,
            self.expired_at,
            getattr(self, self._ACCOUNT_ATTR),
            self.api_key_index,
            *self._type_elements(),
        ]

    def hash(self, chain_id: int) -> bytes:
        """The 40-byte message the L2 key signs (``txHash`` = its hex). Does not validate first."""
        return _hashing.finish(self.hash_elements(chain_id), self.attributes)

    # --- validation ------------------------------------------------------------------------------------

    def validate(self) -> None:
        """Raise TypeError/ValueError naming the first field the official signer would refuse (SPEC §9.26)."""
        name = type(self).__name__
        if self.nonce is None:
            raise ValueError("nonce is not set: pass nonce= to sign() or set it on the transaction")
        for _key, attr, codec in self._LAYOUT:
            value = getattr(self, attr)
            if codec == INT:
                check_int(attr, value, MIN_INT64, MAX_INT64)
            elif codec == SIG:
                if value is not None:
                    check_bytes("sig", value, 80)
            elif codec == STR:
                check_l1_sig(attr, value)
            elif codec == ATTRS:
                if not isinstance(value, TxAttributes):
                    raise TypeError(f"attributes must be TxAttributes, not {type(value).__name__}")
                value.validate(self._ALLOWED_ATTRIBUTES, name)
        check_signer_account(self._ACCOUNT_ATTR, getattr(self, self._ACCOUNT_ATTR))
        check_int("api_key_index", self.api_key_index, 0, MAX_API_KEY_INDEX)
        check_int("nonce", self.nonce, 0, MAX_INT64)
        check_int("expired_at", self.expired_at, 0, MAX_TIMESTAMP)
        self._check()

    def _check(self) -> None:
        """Type-specific rules (ranges beyond int64, enumerations, combinations)."""

    def check_signer(self, private_key: PrivateKey) -> None:
        """Rules that involve the signing key; :func:`sign` calls it after :meth:`validate`. Only ChangePubKey
        has one (other types never compute the public key here: it would cost a scalar multiplication)."""

    # --- JSON ------------------------------------------------------------------------------------------

    def to_tx_info(self, sig: bytes | None = None) -> str:
        """The tx_info JSON exactly as the official signer writes it (keys, order, values, compact).

        ``sig`` defaults to the transaction's own ``sig``; ``None`` is written as ``null``.
        """
        if sig is None:
            sig = self.sig
        parts = []
        for key, attr, codec in self._LAYOUT:
            value = sig if codec == SIG else getattr(self, attr)
            parts.append('"' + key + '":' + encode_value(codec, value))
        return "{" + ",".join(parts) + "}"

    def to_json_obj(self, sig: bytes | None = None) -> dict[str, Any]:
        """The tx_info as a dict (same keys and order as :meth:`to_tx_info`)."""
        result: dict[str, Any] = json.loads(self.to_tx_info(sig))
        return result

    @classmethod
    def from_tx_info(cls: type[T], tx_info: str | bytes | Mapping[str, Any]) -> T:
        """Parse a tx_info of this type. Checks keys and JSON types, not ranges (call :meth:`validate`)."""
        what = cls.__name__
        obj = parse_object(tx_info, what)
        check_keys(obj, [key for key, _attr, _codec in cls._LAYOUT], what)
        kwargs = {attr: cls._decode_field(codec, key, obj[key]) for key, attr, codec in cls._LAYOUT}
        return cls(**kwargs)

    @classmethod
    def _decode_field(cls, codec: str, field: str, value: Any) -> Any:
        """One JSON value -> attribute value; a type whose layout has its own codec (ORDERS) overrides it."""
        return decode_value(codec, field, value)

    # --- L1 --------------------------------------------------------------------------------------------

    def l1_message(self, chain_id: int) -> str | None:
        """The text to sign with the Ethereum key (ChangePubKey, Transfer, ApproveIntegrator), else None."""
        return None
