"""Locations shared by the generated-layer tests."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "openapi.yaml"
CASSETTES = REPO / "tests" / "cassettes"
REAL_PAYLOADS = REPO / "tests" / "data" / "real-payloads"  # see its README.md


def shared_reference() -> Path | None:
    """The shared reference folder (../shared/reference beside the repo), or None when it is not there."""
    for base in (REPO.parent / "shared", Path("/work/shared")):
        ref = base / "reference"
        if (ref / "lighter-openapi.json").is_file():
            return ref
    return None
