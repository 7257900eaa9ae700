"""Hypothesis properties: field and extension laws, packed arithmetic, the curve group, sign/verify."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lighter.signing import PrivateKey, PublicKey, _fast, _packed, curve, field, verify
from lighter.signing import extension as fp5
from lighter.signing.field import P
from lighter.signing.scalar import N

felts = st.integers(0, P - 1)
fp5s = st.tuples(felts, felts, felts, felts, felts)
scalars = st.integers(1, N - 1)
# scalars that stress the signed recoding: all-ones windows, carries, the top of the range
edge_scalars = st.sampled_from(
    [1, 2, 3, N - 1, N - 2, (N - 1) // 2, 2**318, 2**140 - 1, 2**10 - 1, 2**9, 2**318 - 1]
)
any_scalar = st.one_of(scalars, edge_scalars)
FAST = settings(max_examples=40, deadline=None)
SLOW = settings(max_examples=8, deadline=None)


@FAST
@given(felts, felts, felts)
def test_field_laws(a: int, b: int, c: int) -> None:
    assert field.mul(a, field.add(b, c)) == field.add(field.mul(a, b), field.mul(a, c))
    assert field.sub(field.add(a, b), b) == a
    if a:
        assert field.mul(a, field.inv_or_zero(a)) == 1
    r = field.sqrt(field.mul(a, a))
    assert r is not None and field.mul(r, r) == field.mul(a, a)


def test_field_u64_pattern() -> None:
    assert field.from_u64_pattern(-1) == 2**32 - 2
    assert field.inv_or_zero(0) == 0
    assert field.sqrt(7) is None  # 7 is a non-residue


@FAST
@given(fp5s, fp5s, fp5s)
def test_extension_laws(a: fp5.Fp5, b: fp5.Fp5, c: fp5.Fp5) -> None:
    assert fp5.mul(a, b) == fp5.mul(b, a)
    assert fp5.mul(fp5.mul(a, b), c) == fp5.mul(a, fp5.mul(b, c))
    assert fp5.mul(a, fp5.add(b, c)) == fp5.add(fp5.mul(a, b), fp5.mul(a, c))
    assert fp5.sub(fp5.add(a, b), b) == a
    if a != fp5.ZERO:
        assert fp5.mul(a, fp5.inv_or_zero(a)) == fp5.ONE
        assert fp5.frobenius(a, 5) == a
        prod = a
        for k in range(1, 5):
            prod = fp5.mul(prod, fp5.frobenius(a, k))
        assert prod == fp5.from_base(fp5.norm(a))
    sq = fp5.square(a)
    r = fp5.sqrt(sq)
    assert r is not None and fp5.square(r) == sq
    assert fp5.legendre(sq) in (0, 1)
    assert fp5.quintic_from_bytes(fp5.quintic_to_bytes(a)) == a


@FAST
@given(fp5s, fp5s, st.integers(0, 2**70 // P - 1), st.integers(0, 2**70 // P - 1))
def test_packed_mul_matches_reference_at_the_bounds(a: fp5.Fp5, b: fp5.Fp5, ma: int, mb: int) -> None:
    # operands with slots up to 2^70 (the 140-bit budget), each slot ≡ the coefficient mod p
    big_a = _packed.pack([x + ma * P for x in a])
    big_b = _packed.pack([x + mb * P for x in b])
    assert _packed.unpack(_packed.mul(big_a, big_b)) == fp5.mul(a, b)
    top = (2**70 // P - 1) * P
    top_a = _packed.pack([x + top for x in a])
    top_b = _packed.pack([x + top for x in b])
    assert _packed.unpack(_packed.mul(top_a, top_b)) == fp5.mul(a, b)
    # wide reduction accepts slots up to 2^144, narrow up to 2^96
    assert _packed.unpack(_packed.red((2**143 // P) * _packed.PP + _packed.pack(a))) == a
    assert _packed.unpack(_packed.nred((2**95 // P) * _packed.PP + _packed.pack(a))) == a
    assert _packed.unpack(_packed.mulb(_packed.pack(a))) == fp5.mul(a, curve.B)


def _point(k: int) -> curve.Point:
    return curve.multiply(curve.GENERATOR, k)


def _from_packed(p: tuple[int, int, int, int]) -> curve.Point:
    return tuple(_packed.unpack(c) for c in p)  # type: ignore[return-value]


def _to_packed(p: curve.Point) -> tuple[int, int, int, int]:
    return tuple(_packed.pack(c) for c in p)  # type: ignore[return-value]


@SLOW
@given(scalars, scalars, scalars)
def test_group_law(a: int, b: int, c: int) -> None:
    pa, pb, pc = _point(a), _point(b), _point(c)
    assert curve.equals(curve.add(curve.add(pa, pb), pc), curve.add(pa, curve.add(pb, pc)))
    assert curve.equals(curve.add(pa, curve.NEUTRAL), pa)
    assert curve.equals(curve.add(pa, curve.negate(pa)), curve.NEUTRAL)
    assert curve.equals(curve.add(pa, pb), _point((a + b) % N))
    # packed formulas agree with the reference, including doubling and chains of their outputs
    qa, qb = _to_packed(pa), _to_packed(pb)
    assert curve.equals(_from_packed(_packed.add(qa, qb)), curve.add(pa, pb))
    assert curve.equals(_from_packed(_packed.double(_packed.add(qa, qb))), _point(2 * (a + b) % N))
    assert curve.equals(_from_packed(_packed.mdouble(_packed.double(qa), 5)), _point(64 * a % N))


@SLOW
@given(any_scalar)
def test_table_multiplication_and_encoding(k: int) -> None:
    ref = _point(k)
    w = curve.encode(ref)
    assert _fast.mul_generator_encoded(k) == w
    assert curve.equals(curve.decode(w), ref)  # type: ignore[arg-type]


def test_neutral_encodes_to_zero() -> None:
    assert curve.encode(curve.NEUTRAL) == fp5.ZERO
    assert curve.decode(fp5.ZERO) == curve.NEUTRAL
    assert _fast.mul_generator_encoded(0) == fp5.ZERO
    assert fp5.quintic_to_bytes(curve.encode(curve.GENERATOR)) == bytes([4]) + bytes(39)


@SLOW
@given(any_scalar, st.binary(min_size=40, max_size=40), st.integers(0, 639), st.integers(0, 319))
def test_sign_verify_and_any_flipped_bit_fails(k: int, raw: bytes, sig_bit: int, msg_bit: int) -> None:
    key = PrivateKey(k)
    msg = fp5.quintic_to_bytes([int.from_bytes(raw[8 * i : 8 * i + 8], "little") % P for i in range(5)])
    sig = key.sign(msg)
    assert verify(key.public_key, msg, sig)
    assert verify(key.public_key.hex(), msg, sig) and verify(key.public_key.to_bytes(), msg, sig)

    bad_sig = bytearray(sig)
    bad_sig[sig_bit // 8] ^= 1 << (sig_bit % 8)
    assert not verify(key.public_key, msg, bytes(bad_sig))
    bad_msg = bytearray(msg)
    bad_msg[msg_bit // 8] ^= 1 << (msg_bit % 8)
    assert not verify(key.public_key, bytes(bad_msg), sig)
    bad_pk = bytearray(key.public_key.to_bytes())
    bad_pk[msg_bit // 8] ^= 1 << (msg_bit % 8)
    assert not verify(bytes(bad_pk), msg, sig)


def test_verify_rejects_non_canonical_s_and_e() -> None:
    key = PrivateKey(12345)
    msg = bytes(40)
    sig = key.sign(msg)
    s = int.from_bytes(sig[:40], "little")
    e = int.from_bytes(sig[40:], "little")
    assert verify(key.public_key, msg, sig)
    assert not verify(key.public_key, msg, (s + N).to_bytes(40, "little") + sig[40:])
    assert not verify(key.public_key, msg, sig[:40] + (e + N).to_bytes(40, "little"))


def test_public_key_round_trip() -> None:
    key = PrivateKey.generate()
    pk = key.public_key
    assert PublicKey.from_hex(pk.hex()) == pk
    assert PublicKey.from_hex("0x" + pk.hex()) == pk
    assert PublicKey.from_bytes(pk.to_bytes()) == pk
    assert hash(PublicKey.from_bytes(pk.to_bytes())) == hash(pk)
    assert repr(pk) == f"PublicKey('{pk.hex()}')"
