from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

VECTORS_PATH = Path(__file__).resolve().parents[1] / "data" / "signing_vectors.json"
CONSTANTS_PATH = Path(__file__).resolve().parent / "data" / "poseidon2-constants.json"


def load_vectors() -> dict[str, Any]:
    with open(VECTORS_PATH, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


VECTORS = load_vectors()


@pytest.fixture(scope="session")
def vectors() -> dict[str, Any]:
    return VECTORS
