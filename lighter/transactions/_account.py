"""Account, key and funds transactions: ChangePubKey, CreateSubAccount, Withdraw, Transfer, UpdateLeverage,
UpdateMargin, ApproveIntegrator, UpdateAccountConfig, UpdateAccountAssetConfig."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from lighter.transactions._base import B64, BYTES32, STR, Tx, layout, wire_order
from lighter.transactions._checks import (
    FEE_TICK,
    MARGIN_FRACTION_TICK,
    MAX_ACCOUNT_INDEX,
    MAX_ASSET_INDEX,
    MAX_EXCHANGE_AMOUNT,
    MAX_TIMESTAMP,
    MIN_ACCOUNT_INDEX,
    MIN_ASSET_INDEX,
    MIN_INT64,
    check_bytes,
    check_flag,
    check_int,
    check_market_index,
)
from lighter.transactions._enums import TxType

if TYPE_CHECKING:  # pragma: no cover
    from lighter.signing import PrivateKey

_MASK32 = 0xFFFFFFFF
_MASK64 = (1 << 64) - 1


def u64_hex(value: int) -> str:
    """``0x%016x`` of the u64 bit pattern, as the L1 message templates print numbers (SPEC §12)."""
    return "0x%016x" % (value & _MASK64)


def _nonce_of(tx: Tx) -> int:
    """The nonce for an L1 text; the text signs it, so it must be known."""
    if tx.nonce is None:
        raise ValueError("nonce is not set: the L1 message includes it")
    return tx.nonce


def _l1_text(title: str, *lines: tuple[str, int | str]) -> str:
    """An L1 message (SPEC §12): the title, a blank line, one ``label: value`` line each (integers as
    :func:`u64_hex`), then the official warning line."""
    body = "".join(f"{label}: {u64_hex(v) if isinstance(v, int) else v}\n" for label, v in lines)
    return f"{title}\n\n{body}Only sign this message for a trusted client!"


def _hex_or_bytes(value: Any, name: str, length: int) -> Any:
    """Hex text (``0x`` optional) -> bytes; other non-bytes values are left for validate() to refuse."""
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        text = value[2:] if value[:2] in ("0x", "0X") else value
        try:
            return bytes.fromhex(text)
        except ValueError:
            raise ValueError(f"{name} must be {length} bytes or {2 * length} hex characters") from None
    return value


def _to_pub_key(value: Any) -> Any:
    return _hex_or_bytes(value, "pub_key", 40)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class ChangePubKey(Tx):
    """Register a new API public key (tx type 8). Needs an L1 signature over :meth:`l1_message`."""

    tx_type: ClassVar[TxType] = TxType.CHANGE_PUB_KEY
    _LAYOUT = layout((("PubKey", B64), ("L1Sig", STR)))

    account_index: int
    pub_key: bytes = attrs.field(converter=_to_pub_key)
    l1_sig: str = ""

    def _type_elements(self) -> list[int]:
        key = self.pub_key
        return [int.from_bytes(key[i : i + 8], "little") for i in range(0, 40, 8)]

    def _check(self) -> None:
        check_bytes("pub_key", self.pub_key, 40)
        from lighter.signing import PublicKey

        try:
            PublicKey.from_bytes(self.pub_key)
        except ValueError:
            raise ValueError(
                "pub_key is not a valid ECgFp5 public key encoding: pass the new API key's public key "
                "(PrivateKey.public_key.to_bytes(), or the 80-hex-character form)"
            ) from None
        if self.pub_key == bytes(40):
            raise ValueError(
                "pub_key is the curve's neutral point, the public key of no private key: pass the new API "
                "key's public key (PrivateKey.public_key.to_bytes())"
            )

    def check_signer(self, private_key: PrivateKey) -> None:
        """The exchange checks a ChangePubKey's signature against the NEW key (it proves the key is held), so
        the signing private key must be the one whose public key is ``pub_key``."""
        if private_key.public_key.to_bytes() != self.pub_key:
            raise ValueError(
                "pub_key is not the public key of the private key signing this ChangePubKey: the exchange "
                "verifies the signature against pub_key, so sign with the new API key's private key (or set "
                "pub_key to that key's public_key)"
            )

    def l1_message(self, chain_id: int) -> str:
        """``Register Lighter Account`` text (SPEC §12); the chain id is not part of it."""
        return _l1_text(
            "Register Lighter Account",
            ("pubkey", "0x" + self.pub_key.hex()),
            ("nonce", _nonce_of(self)),
            ("account index", self.account_index),
            ("api key index", self.api_key_index),
        )


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class CreateSubAccount(Tx):
    """Create a sub-account of this account (tx type 9)."""

    tx_type: ClassVar[TxType] = TxType.CREATE_SUB_ACCOUNT
    _LAYOUT = layout(())

    account_index: int


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class Withdraw(Tx):
    """Withdraw an asset to L1 (tx type 13). ``amount`` is in the asset's base units (USDC: 6 decimals)."""

    tx_type: ClassVar[TxType] = TxType.WITHDRAW
    _LAYOUT = layout(("AssetIndex", "RouteType", "Amount"), account_key="FromAccountIndex")
    _ACCOUNT_ATTR = "from_account_index"

    from_account_index: int
    asset_index: int
    route_type: int = 0
    amount: int

    @property
    def account_index(self) -> int:
        """Alias of ``from_account_index`` (the envelope's account)."""
        return self.from_account_index

    def _type_elements(self) -> list[int]:
        amount = self.amount
        return [self.asset_index, self.route_type, amount & _MASK32, amount >> 32]

    def _check(self) -> None:
        check_int("asset_index", self.asset_index, MIN_ASSET_INDEX, MAX_ASSET_INDEX)
        check_flag("route_type", self.route_type)
        check_int("amount", self.amount, 1, MAX_EXCHANGE_AMOUNT)


def _to_memo(value: Any) -> Any:
    if value is None:
        return bytes(32)
    return _hex_or_bytes(value, "memo", 32)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class Transfer(Tx):
    """Move an asset to another account or between routes (tx type 12). Needs an L1 signature.

    The 32-byte ``memo`` is carried in the JSON and the L1 text but is not part of the L2 hash.
    """

    tx_type: ClassVar[TxType] = TxType.TRANSFER
    _LAYOUT = layout(
        (
            "ToAccountIndex",
            "AssetIndex",
            "FromRouteType",
            "ToRouteType",
            "Amount",
            "USDCFee",
            ("Memo", BYTES32),
        ),
        account_key="FromAccountIndex",
        l1_sig_after_sig=True,
    )
    _ACCOUNT_ATTR = "from_account_index"

    from_account_index: int
    to_account_index: int
    asset_index: int
    from_route_type: int = 0
    to_route_type: int = 0
    amount: int
    usdc_fee: int = 0
    memo: bytes = attrs.field(default=bytes(32), converter=_to_memo)
    l1_sig: str = ""

    @property
    def account_index(self) -> int:
        """Alias of ``from_account_index`` (the envelope's account)."""
        return self.from_account_index

    def _type_elements(self) -> list[int]:
        amount = self.amount & _MASK64
        fee = self.usdc_fee & _MASK64
        return [
            self.to_account_index,
            self.asset_index,
            self.from_route_type,
            self.to_route_type,
            amount & _MASK32,
            amount >> 32,
            fee & _MASK32,
            fee >> 32,
        ]

    def _check(self) -> None:
        check_int("to_account_index", self.to_account_index, MIN_ACCOUNT_INDEX, MAX_ACCOUNT_INDEX)
        check_int("asset_index", self.asset_index, MIN_ASSET_INDEX, MAX_ASSET_INDEX)
        check_flag("from_route_type", self.from_route_type)
        check_flag("to_route_type", self.to_route_type)
        check_int("amount", self.amount, 1, MAX_EXCHANGE_AMOUNT)
        check_int("usdc_fee", self.usdc_fee, 0, MAX_EXCHANGE_AMOUNT)
        check_bytes("memo", self.memo, 32)

    def l1_message(self, chain_id: int) -> str:
        """``Transfer`` text (SPEC §12)."""
        return _l1_text(
            "Transfer",
            ("nonce", _nonce_of(self)),
            ("from", f"{u64_hex(self.from_account_index)} (route {u64_hex(self.from_route_type)})"),
            ("api key", self.api_key_index),
            ("to", f"{u64_hex(self.to_account_index)} (route {u64_hex(self.to_route_type)})"),
            ("asset", self.asset_index),
            ("amount", self.amount),
            ("fee", self.usdc_fee),
            ("chainId", chain_id),
            ("memo", self.memo.hex()),
        )


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class UpdateLeverage(Tx):
    """Set a market's initial margin fraction (10 000 = 100 %, i.e. 1x) and margin mode (tx type 20)."""

    tx_type: ClassVar[TxType] = TxType.UPDATE_LEVERAGE
    _LAYOUT = layout(("MarketIndex", "InitialMarginFraction", "MarginMode"))

    account_index: int
    market_index: int
    initial_margin_fraction: int
    margin_mode: int = 0

    def _check(self) -> None:
        check_market_index("market_index", self.market_index)
        check_int("initial_margin_fraction", self.initial_margin_fraction, 1, MARGIN_FRACTION_TICK)
        check_flag("margin_mode", self.margin_mode)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class UpdateMargin(Tx):
    """Add USDC to or remove it from an isolated position (tx type 29)."""

    tx_type: ClassVar[TxType] = TxType.UPDATE_MARGIN
    _LAYOUT = layout(("MarketIndex", "USDCAmount", "Direction"))

    account_index: int
    market_index: int
    usdc_amount: int
    direction: int

    def _type_elements(self) -> list[int]:
        # Go int64: the high half is an arithmetic shift (negative amounts pass the official validation).
        amount = self.usdc_amount
        return [self.market_index, amount & _MASK32, amount >> 32, self.direction]

    def _check(self) -> None:
        check_market_index("market_index", self.market_index)
        check_int("usdc_amount", self.usdc_amount, MIN_INT64, MAX_EXCHANGE_AMOUNT)
        if self.usdc_amount == 0:
            raise ValueError("usdc_amount must not be 0")
        check_flag("direction", self.direction)


_FEE_NAMES = ("max_perps_taker_fee", "max_perps_maker_fee", "max_spot_taker_fee", "max_spot_maker_fee")


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class ApproveIntegrator(Tx):
    """Approve (or, with all fees and expiry 0, revoke) an integrator's maximum fees (tx type 45).

    Needs an L1 signature over :meth:`l1_message`.
    """

    tx_type: ClassVar[TxType] = TxType.APPROVE_INTEGRATOR
    _LAYOUT = layout(
        (
            "IntegratorAccountIndex",
            "MaxPerpsTakerFee",
            "MaxPerpsMakerFee",
            "MaxSpotTakerFee",
            "MaxSpotMakerFee",
            "ApprovalExpiry",
        ),
        l1_sig_after_sig=True,
    )

    account_index: int
    integrator_account_index: int
    max_perps_taker_fee: int
    max_perps_maker_fee: int
    max_spot_taker_fee: int
    max_spot_maker_fee: int
    approval_expiry: int
    l1_sig: str = ""

    def _fees(self) -> list[int]:
        return [getattr(self, name) for name in _FEE_NAMES]

    def _check(self) -> None:
        index = self.integrator_account_index
        check_int("integrator_account_index", index, MIN_ACCOUNT_INDEX, MAX_ACCOUNT_INDEX)
        for name in _FEE_NAMES:
            check_int(name, getattr(self, name), 0, FEE_TICK)
        check_int("approval_expiry", self.approval_expiry, 0, MAX_TIMESTAMP)
        if self.approval_expiry == 0 and any(self._fees()):
            raise ValueError("approval_expiry 0 (a revocation) requires every max fee to be 0")

    def l1_message(self, chain_id: int) -> str:
        """``Approve Integrator`` text (SPEC §12)."""
        return _l1_text(
            "Approve Integrator",
            ("nonce", _nonce_of(self)),
            ("account index", self.account_index),
            ("api key index", self.api_key_index),
            ("integrator account index", self.integrator_account_index),
            *((name.replace("_", " "), getattr(self, name)) for name in _FEE_NAMES),
            ("approval expiry", self.approval_expiry),
            ("chainId", chain_id),
        )


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class UpdateAccountConfig(Tx):
    """Set the account trading mode (tx type 41)."""

    tx_type: ClassVar[TxType] = TxType.UPDATE_ACCOUNT_CONFIG
    _LAYOUT = layout(("AccountTradingMode",))

    account_index: int
    account_trading_mode: int

    def _check(self) -> None:
        check_flag("account_trading_mode", self.account_trading_mode)


@attrs.frozen(kw_only=True, field_transformer=wire_order)
class UpdateAccountAssetConfig(Tx):
    """Enable or disable an asset as margin (tx type 42)."""

    tx_type: ClassVar[TxType] = TxType.UPDATE_ACCOUNT_ASSET_CONFIG
    _LAYOUT = layout(("AssetIndex", "AssetMarginMode"))

    account_index: int
    asset_index: int
    asset_margin_mode: int

    def _check(self) -> None:
        check_int("asset_index", self.asset_index, MIN_ASSET_INDEX, MAX_ASSET_INDEX)
        check_flag("asset_margin_mode", self.asset_margin_mode)
