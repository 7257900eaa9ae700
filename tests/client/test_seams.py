"""The client's seams hold: the resources see a face only through their Protocols (`Reader`, `Desk`), never
import the client, and no module of the client calls another module's private names."""

from __future__ import annotations

import ast
from pathlib import Path

import lighter

PACKAGE = Path(lighter.__file__).parent
CLIENT_FILES = [
    PACKAGE / "client.py",
    PACKAGE / "_health.py",
    PACKAGE / "_auth.py",
    *sorted((PACKAGE / "_client").glob("*.py")),
    *sorted((PACKAGE / "resources").glob("*.py")),
]
# (file, expression): private names that are not another module's of ours
ALLOWED = {
    ("client.py", "client._owned_stores"),  # the class setting its own instance up (from_env)
    ("client.py", "http._transport"),  # httpx's client: the health probe is sent once, through our transport
}


def private_uses(path: Path) -> set[tuple[str, str]]:
    """``x._name`` where `x` is not ``self`` / ``cls`` (dunders aside)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                continue
            found.add((path.name, f"{ast.unparse(node.value)}.{node.attr}"))
    return found


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_client_module_calls_another_modules_private_names() -> None:
    uses = set().union(*(private_uses(path) for path in CLIENT_FILES))
    assert uses - ALLOWED == set()
    assert ALLOWED - uses == set(), "gone (well done): drop them from ALLOWED"


def test_resources_never_import_the_client() -> None:
    for path in sorted((PACKAGE / "resources").glob("*.py")):
        faces = {
            m for m in imported_modules(path) if m == "lighter.client" or m.startswith("lighter._client")
        }
        assert not faces, f"{path.name} imports {sorted(faces)}: use the Reader / Desk protocols"


def test_the_scan_sees_a_private_call(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f(client):\n    return client._op('x'), self_ok()\n")
    assert private_uses(sample) == {("sample.py", "client._op")}
