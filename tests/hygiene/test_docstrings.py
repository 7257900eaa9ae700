"""Every module of the lighter package, and every public class, function, method and property in it, has a
docstring (``@overload`` stubs excepted: the implementation carries it)."""

from __future__ import annotations

import ast
from pathlib import Path

import lighter

PACKAGE = Path(lighter.__file__).parent


def _is_overload(node: ast.AST) -> bool:
    return any(ast.unparse(d).endswith("overload") for d in getattr(node, "decorator_list", []))


def _missing(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    out = [] if ast.get_docstring(tree) else [f"{path.relative_to(PACKAGE)}: module"]

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if child.name.startswith("_") or _is_overload(child):  # private names, dunders, stubs
                    continue
                if not ast.get_docstring(child):
                    out.append(f"{path.relative_to(PACKAGE)}:{child.lineno} {prefix}{child.name}")
                if isinstance(child, ast.ClassDef):
                    walk(child, f"{prefix}{child.name}.")

    walk(tree, "")
    return out


def test_public_names_have_docstrings() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 50
    missing = [m for f in files for m in _missing(f)]
    assert not missing, "\n".join(missing)
