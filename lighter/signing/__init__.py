"""Pure-Python signing for Lighter: Goldilocks, GF(p^5), ECgFp5, Poseidon2, Schnorr, auth tokens, L1.

Byte-compatible with the official signer (see the project's signing SPEC). Precomputed tables load on
first use, and eth-account only when an L1 signature is made.
"""

from __future__ import annotations

from lighter.signing.auth import create_auth_token, parse_auth_token, verify_auth_token
from lighter.signing.extension import quintic_from_bytes, quintic_to_bytes
from lighter.signing.keys import PrivateKey, PublicKey
from lighter.signing.l1 import l1_recover, l1_sign
from lighter.signing.poseidon2 import hash_to_quintic_extension
from lighter.signing.schnorr import verify

__all__ = [
    "PrivateKey",
    "PublicKey",
    "verify",
    "create_auth_token",
    "parse_auth_token",
    "verify_auth_token",
    "l1_sign",
    "l1_recover",
    "hash_to_quintic_extension",
    "quintic_to_bytes",
    "quintic_from_bytes",
]
