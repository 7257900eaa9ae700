"""The benchmark scripts are not run by the suite (figures come from medians on a quiet machine), but the
data files they read must exist: a moved test fixture once broke two of them without any test noticing."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_bench_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script", sorted(BENCHMARKS.glob("bench_*.py")), ids=lambda p: p.stem)
def test_every_data_file_a_benchmark_names_exists(script: Path) -> None:
    module = _load(script)
    files = [value for value in vars(module).values() if isinstance(value, Path) and value.suffix]
    missing = [str(f) for f in files if not f.exists()]
    assert missing == []
