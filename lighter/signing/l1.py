"""Ethereum (L1) signatures for ChangePubKey, Transfer and ApproveIntegrator texts (SPEC §12).

EIP-191 ``personal_sign`` over the UTF-8 text, through eth-account
(imported on first use: it is slow to import).
"""

from __future__ import annotations

import sys
from typing import Any

from lighter.signing.keys import _hex_to_bytes


def eth_account() -> Any:
    """eth-account's ``Account``, imported without changing the interpreter's recursion limit.

    Its dependency py_ecc raises the limit to 100,000 at import, which lets a deeply nested JSON document
    overflow the C stack (a crash instead of an error) anywhere else in the process; the limit is put back.
    """
    limit = sys.getrecursionlimit()
    try:
        from eth_account import Account
    finally:
        if sys.getrecursionlimit() != limit:
            sys.setrecursionlimit(limit)
    return Account


def _defunct(text: str) -> Any:
    eth_account()  # the first import goes through the guard above
    from eth_account.messages import encode_defunct

    return encode_defunct(text=text)


def l1_sign(message_to_sign: str, eth_private_key: str) -> str:
    """Sign ``message_to_sign`` with an Ethereum key (64 hex chars, ``0x`` optional).

    Returns ``0x`` + 130 hex chars (r‖s‖v, v in {27, 28}), as the official Python SDK puts in ``L1Sig``.
    """
    if not isinstance(message_to_sign, str):
        raise TypeError(f"message_to_sign must be a str, got {type(message_to_sign).__name__}")
    key = _hex_to_bytes(eth_private_key, "eth_private_key", 32)
    try:
        signed = eth_account().sign_message(_defunct(message_to_sign), private_key=key)
    except Exception:  # eth-keys refuses 0 and keys >= the secp256k1 order
        raise ValueError("eth_private_key is not a valid secp256k1 private key") from None
    return "0x" + bytes(signed.signature).hex()


def l1_recover(message: str, signature_hex: str) -> str:
    """The checksummed address that produced ``signature_hex`` over ``message`` (EIP-191)."""
    if not isinstance(message, str):
        raise TypeError(f"message must be a str, got {type(message).__name__}")
    sig = _hex_to_bytes(signature_hex, "signature_hex", 65)
    try:
        address: str = eth_account().recover_message(_defunct(message), signature=sig)
    except Exception:
        raise ValueError("signature_hex is not a recoverable secp256k1 signature") from None
    return address
