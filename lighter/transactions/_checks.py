"""Range constants and small checking helpers shared by every transaction type (SPEC §9.26)."""

from __future__ import annotations

from typing import Any

# Limits of the official signer (lighter-sdk 1.1.8 .so); see SPEC §9.26.
MAX_INT64 = (1 << 63) - 1
MIN_INT64 = -(1 << 63)
MAX_UINT32 = (1 << 32) - 1
MAX_TIMESTAMP = (1 << 48) - 1
MIN_ACCOUNT_INDEX = -1
MAX_ACCOUNT_INDEX = (1 << 48) - 2
# The account that signs (the envelope's AccountIndex / FromAccountIndex): the official signer's CreateClient
# refuses an account index <= 0, so it never signs for account 0 or -1 (SPEC §10).
MIN_SIGNER_ACCOUNT_INDEX = 1
MIN_SUB_ACCOUNT_INDEX = 1 << 47
MAX_API_KEY_INDEX = 254
MAX_MARKET_INDEX = (1 << 48) - 1
NIL_MARKET_INDEX = 255
MAX_CLIENT_ORDER_INDEX = (1 << 48) - 1
MAX_ORDER_INDEX = (1 << 60) - 1
MAX_BASE_AMOUNT = (1 << 48) - 1
MAX_EXCHANGE_AMOUNT = (1 << 60) - 1
MIN_ASSET_INDEX = 1
MAX_ASSET_INDEX = 62
FEE_TICK = 1_000_000
MARGIN_FRACTION_TICK = 10_000
SHARE_TICK = 10_000
MIN_INITIAL_TOTAL_SHARES = 1_000_000
MAX_INITIAL_TOTAL_SHARES = 1_000_000_000_000
MAX_OPEN_INTEREST_LIMIT = (1 << 56) - 1
MAX_GROUPED_ORDERS = 3


def check_int(name: str, value: Any, lo: int, hi: int) -> None:
    """Raise TypeError unless ``value`` is an int (not a bool), ValueError unless ``lo <= value <= hi``."""
    if type(value) is not int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < lo or value > hi:
        raise ValueError(f"{name} must be in {lo}..{hi}, got {value}")


def check_signer_account(name: str, value: Any) -> None:
    """The envelope account (the one whose API key signs): 1..2^48-2."""
    check_int(name, value, MIN_ACCOUNT_INDEX, MAX_ACCOUNT_INDEX)
    if value < MIN_SIGNER_ACCOUNT_INDEX:
        raise ValueError(
            f"{name} must be >= {MIN_SIGNER_ACCOUNT_INDEX}, got {value}: it is the account whose API key "
            "signs, and the official signer refuses account index 0 and -1 (use your account's index, e.g. "
            "from accountsByL1Address)"
        )


def check_flag(name: str, value: Any) -> None:
    """A boolean-like wire field: the int 0 or 1."""
    check_int(name, value, 0, 1)


def check_market_index(name: str, value: Any) -> None:
    """Market index as the official signer accepts it: 0..2^48-1 except 255 (the nil market)."""
    check_int(name, value, 0, MAX_MARKET_INDEX)
    if value == NIL_MARKET_INDEX:
        raise ValueError(f"{name} must not be {NIL_MARKET_INDEX} (the nil market index)")


def check_bytes(name: str, value: Any, length: int) -> None:
    """Raise TypeError unless ``value`` is bytes, ValueError unless it has ``length`` bytes."""
    if not isinstance(value, bytes):
        raise TypeError(f"{name} must be bytes, not {type(value).__name__}")
    if len(value) != length:
        raise ValueError(f"{name} must be {length} bytes, got {len(value)}")


def check_l1_sig(name: str, value: Any) -> None:
    """``L1Sig``: empty, or ``0x`` + 130 hex characters (a 65-byte Ethereum signature)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if value == "":
        return
    body = value[2:] if value[:2] in ("0x", "0X") else None
    if body is None or len(body) != 130:
        raise ValueError(f"{name} must be '' or '0x' followed by 130 hex characters")
    try:
        bytes.fromhex(body)
    except ValueError:
        raise ValueError(f"{name} must be '' or '0x' followed by 130 hex characters") from None
