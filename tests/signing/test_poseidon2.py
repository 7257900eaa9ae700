"""Poseidon2: constants, the Go known-answer tests (SPEC §4-§5), and fast == reference."""

from __future__ import annotations

import json
import random

import pytest

from lighter.signing import _constants, _poseidon2_codegen, _poseidon2_fast
from lighter.signing.field import P
from lighter.signing.poseidon2 import (
    hash_n_to_m_no_pad,
    hash_no_pad,
    hash_to_quintic_extension,
    hash_two_to_one,
    permute,
    permute_reference,
)

from .conftest import CONSTANTS_PATH


def test_constants_match_published_json() -> None:
    with open(CONSTANTS_PATH, encoding="utf-8") as f:
        data = json.load(f)["poseidon2"]
    ext = tuple(tuple(int(x) for x in row) for row in data["external_round_constants"])
    assert _constants.EXTERNAL_ROUND_CONSTANTS == ext
    assert _constants.INTERNAL_ROUND_CONSTANTS == tuple(int(x) for x in data["internal_round_constants"])
    assert _constants.INTERNAL_DIAGONAL == tuple(int(x) for x in data["internal_matrix_diag_minus_1"])
    assert (data["width"], data["rounds_full"], data["rounds_partial"], data["sbox_degree"]) == (12, 8, 22, 7)
    assert data["external_m4"] == [[2, 3, 1, 1], [1, 2, 3, 1], [1, 1, 2, 3], [3, 1, 1, 2]]


def test_generated_module_is_up_to_date() -> None:
    assert _poseidon2_codegen.OUTPUT.read_text(encoding="utf-8") == _poseidon2_codegen.generate()


# Known answers from elliottech/poseidon_crypto hash/poseidon2_goldilocks_plonky2/poseidon2_test.go
PERMUTE_IN = [
    5417613058500526590, 2481548824842427254, 6473243198879784792, 1720313757066167274,
    2806320291675974571, 7407976414706455446, 1105257841424046885, 7613435757403328049,
    3376066686066811538, 5888575799323675710, 6689309723188675948, 2468250420241012720,
]  # fmt: skip
PERMUTE_OUT = [
    5364184781011389007, 15309475861242939136, 5983386513087443499, 886942118604446276,
    14903657885227062600, 7742650891575941298, 1962182278500985790, 10213480816595178755,
    3510799061817443836, 4610029967627506430, 7566382334276534836, 2288460879362380348,
]  # fmt: skip


def test_permute_kat() -> None:
    assert permute(PERMUTE_IN) == PERMUTE_OUT
    assert permute_reference(list(PERMUTE_IN)) == PERMUTE_OUT


def test_hash_n_to_m_no_pad_kat() -> None:
    inp = [
        2963773914414780088, 8389525300242074234, 3700959901615818008, 6116199383751757212,
        3418607418699599889, 8793277256263635044, 448623437464918480, 1857310021116627925,
        6145634616307237342, 1548353948794474539, 2318110128254703527, 8347759953730634762,
    ]  # fmt: skip
    assert hash_n_to_m_no_pad(inp, 12) == [
        3627923032009111551, 1460752551327577353, 1084214837491058067, 1841622875286057462,
        3996252440506437984, 1276718204392552803, 8564515621134952155, 9252927025993202701,
        1147435538714642916, 16407277821156164797, 11997661877740155273, 12485021000320141292,
    ]  # fmt: skip


def test_hash_no_pad_kats() -> None:
    assert hash_no_pad([
        11295517158488612626, 10669470463693797151, 17232114065640264171, 4175927072186299193,
        13985285184240204531, 7901017084268693144, 4326299618263946178, 14787024750292535041,
        894520636503353046, 12556655399058578835, 3097737892474696200, 7515335668060050861,
    ]) == (15396602476382546759, 12422280135166335470, 8165681190607828974, 3475588160239961712)  # fmt: skip
    # non-canonical u64 inputs (p + 1, p + 2, p + 3, 2^64 - 1, 2^64 - 2) are reduced by the arithmetic
    assert hash_no_pad([P + 1, P + 2, P + 3, 2**64 - 1, 2**64 - 2]) == (
        14216040864787980138, 17275303675000904868, 11831395338463193314, 281267649235863375,
    )  # fmt: skip
    # ... which is the same as the two's-complement reading of -1 and -2
    head = [P + 1, P + 2, P + 3]
    assert hash_no_pad([*head, -1, -2]) == hash_no_pad([*head, 2**64 - 1, 2**64 - 2])


def test_hash_two_to_one_kat() -> None:
    a = (3777312593917610528, 6858608920877200812, 5269611035257552853, 10607733449481270434)
    b = (10355703322562521155, 1039917189921776884, 10844249567941924238, 14291130953945924124)
    assert hash_two_to_one(a, b) == (
        1453933811752520343, 16186418140372484281, 9207215809524681813, 10182182911172027974,
    )  # fmt: skip


def test_hash_to_quintic_extension_kat() -> None:
    assert hash_to_quintic_extension([
        3451004116618606032, 11263134342958518251, 10957204882857370932, 5369763041201481933,
        7695734348563036858, 1393419330378128434, 7387917082382606332,
    ]) == (17992684813643984528, 5243896189906434327, 7705560276311184368, 2785244775876017560,
           14449776097783372302)  # fmt: skip


def test_empty_input_hashes_to_zero_without_permuting() -> None:
    assert hash_to_quintic_extension([]) == (0, 0, 0, 0, 0)


def test_negative_inputs_are_twos_complement() -> None:
    # SPEC §1: -1 becomes 2^64 - 1 (≡ 2^32 - 2 mod p), NOT p - 1
    assert hash_to_quintic_extension([-1, 5]) == hash_to_quintic_extension([2**64 - 1, 5])
    assert hash_to_quintic_extension([-1, 5]) == hash_to_quintic_extension([2**32 - 2, 5])
    assert hash_to_quintic_extension([-1, 5]) != hash_to_quintic_extension([P - 1, 5])


@pytest.mark.parametrize("n", [1, 7, 8, 9, 10, 16, 17, 24, 25])
def test_sponge_matches_reference_for_all_chunk_shapes(n: int) -> None:
    rng = random.Random(n)
    elems = [rng.randrange(-(2**63), 2**64) for _ in range(n)]
    st = [0] * 12
    words = [x & (2**64 - 1) for x in elems]
    for i in range(0, n, 8):
        chunk = words[i : i + 8]
        st[: len(chunk)] = chunk
        st = permute_reference(st)
    assert hash_to_quintic_extension(elems) == tuple(st[:5])
    assert hash_no_pad(elems) == tuple(st[:4])


def test_fast_permutation_matches_reference_on_extreme_lanes() -> None:
    rng = random.Random(7)
    special = [0, 1, P - 1, P, P + 1, 2**64 - 1, 2**63, 2**32 - 1]
    for _ in range(200):
        st = [rng.choice(special) if rng.random() < 0.5 else rng.randrange(2**64) for _ in range(12)]
        assert _poseidon2_fast.permute(st) == permute_reference([x % P for x in st])


@pytest.mark.parametrize(
    ("bad", "exc", "text"),
    [
        ([1, 2.0], TypeError, "element 1 must be an int, got float"),
        ([True], TypeError, "element 0 must be an int, got bool"),
        (["3"], TypeError, "element 0 must be an int, got str"),
        ([2**64], ValueError, "element 0 does not fit in 64 bits"),
        ([-(2**63) - 1], ValueError, "does not fit in 64 bits"),
    ],
)
def test_bad_hash_inputs(bad: list[object], exc: type[Exception], text: str) -> None:
    with pytest.raises(exc, match=text):
        hash_to_quintic_extension(bad)  # type: ignore[arg-type]


def test_int_subclasses_are_accepted() -> None:
    import enum

    class Side(enum.IntEnum):
        ASK = 1

    assert hash_to_quintic_extension([Side.ASK, 2]) == hash_to_quintic_extension([1, 2])
