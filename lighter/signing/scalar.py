"""Scalars: integers modulo the prime order n of the ECgFp5 group (SPEC §1, §6)."""

from __future__ import annotations

N = 1067993516717146951041484916571792702745057740581727230159139685185762082554198619328292418486241
"""The order of the ECgFp5 prime-order group (about 2^319)."""

SCALAR_BYTES = 40


def from_le_bytes_reduced(data: bytes) -> int:
    """A 320-bit little-endian integer reduced mod n (how Go reads private keys, SPEC §7)."""
    if len(data) != SCALAR_BYTES:
        raise ValueError(f"a scalar is {SCALAR_BYTES} bytes, got {len(data)}")
    return int.from_bytes(data, "little") % N


def to_le_bytes(s: int) -> bytes:
    """40 bytes little-endian of a scalar already in [0, n)."""
    return s.to_bytes(SCALAR_BYTES, "little")


def from_quintic(h: tuple[int, ...]) -> int:
    """Σ h_i·2^(64·i) mod n, limb 0 least significant (the Schnorr challenge, SPEC §8)."""
    return (h[0] | h[1] << 64 | h[2] << 128 | h[3] << 192 | h[4] << 256) % N
