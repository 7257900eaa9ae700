"""Every public module, class, function, method and property of lighter.testing has a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

import lighter.testing

PACKAGE = Path(lighter.testing.__file__).parent


def _missing(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    out = [] if ast.get_docstring(tree) else [f"{path.name}: module"]

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if child.name.startswith("_"):  # private names and dunders
                    continue
                if not ast.get_docstring(child):
                    out.append(f"{path.name}:{child.lineno} {prefix}{child.name}")
                if isinstance(child, ast.ClassDef):
                    walk(child, f"{prefix}{child.name}.")

    walk(tree, "")
    return out


def test_public_names_have_docstrings() -> None:
    files = sorted(PACKAGE.glob("*.py"))
    assert len(files) > 10
    missing = [m for f in files for m in _missing(f)]
    assert not missing, "\n".join(missing)
