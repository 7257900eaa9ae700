"""Every generated module imports, and importing the package stays cheap (no models or endpoints eagerly)."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

import lighter_generated

from ._paths import REPO


def test_every_generated_module_imports() -> None:
    names = [m.name for m in pkgutil.walk_packages(lighter_generated.__path__, "lighter_generated.")]
    broken = {}
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # report every broken module, not just the first
            broken[name] = repr(exc)
    assert not broken, broken
    endpoints = [n for n in names if n.count(".") == 3 and n.startswith("lighter_generated.api.")]
    assert len(endpoints) == 91  # the published spec's 86 + 5 from lighter-sdk 1.1.8
    for name in endpoints:
        module = importlib.import_module(name)
        for face in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, face)), (name, face)


def test_import_package_does_not_load_models_or_endpoints() -> None:
    code = (
        "import sys, lighter_generated\n"
        "prefixes = ('lighter_generated.models', 'lighter_generated.api')\n"
        "heavy = [m for m in sys.modules if m.startswith(prefixes)]\n"
        "print(len(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
    assert hasattr(lighter_generated, "Client")


def test_package_is_marked_typed_and_shipped() -> None:
    # scripts/generate writes the PEP 561 marker (so scripts/check-generated covers it) and pyproject ships it
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    assert (REPO / "lighter_generated" / "py.typed").is_file()
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    assert "py.typed" in pyproject["tool"]["setuptools"]["package-data"]["lighter_generated"]
    assert 'py.typed"' in (REPO / "scripts" / "generate").read_text()
