"""The import graph of ``lighter/`` keeps the layer rules of docs/architecture.md, and has no cycle.

The rules are written once, in the "Layers" table of docs/architecture.md; this test reads them from
there. An import is an edge when Python would run it: module-level and function-level (lazy) imports
count, imports under ``if TYPE_CHECKING:`` do not, and so do the lazy references a package makes by name
(the values of an ``_EXPORTS`` table, ``importlib.import_module("lighter...")``, ``"lighter.x:func"``).

`PENDING_CYCLES` and `PENDING_UPWARD_EDGES` name what is known and being broken this round; whoever breaks
one removes its entry (the test fails on an entry that no longer exists), and both end empty.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "lighter"
DOC = ROOT / "docs" / "architecture.md"

# Strongly connected components (modules, space-separated) that other changes of this round are breaking.
PENDING_CYCLES: set[str] = set()
# Imports from a lower layer to a higher one ("importer -> imported") that are being removed this round.
PENDING_UPWARD_EDGES: set[str] = set()

_MODULE_REF = re.compile(r"^lighter(\.\w+)+(:\w+)?$")
_NAME = re.compile(r"`([\w.]+)`")


# --- the graph --------------------------------------------------------------------------------------------


def modules_of(package_dir: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` file of the package."""
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Imports(ast.NodeVisitor):
    """The modules of `known` that one module imports (names resolved to the deepest known module)."""

    def __init__(self, name: str, is_package: bool, known: Iterable[str], package: str) -> None:
        self.name, self.is_package, self.known, self.package = name, is_package, set(known), package
        self.found: set[str] = set()

    def _add(self, dotted: str) -> None:
        if dotted != self.package and not dotted.startswith(self.package + "."):
            return
        while dotted not in self.known and "." in dotted:
            dotted = dotted.rsplit(".", 1)[0]
        if dotted in self.known and dotted != self.name:
            self.found.add(dotted)

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.visit(node.test)
            for child in node.body:
                self.visit(child)
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            parts = self.name.split(".")
            keep = len(parts) - node.level + (1 if self.is_package else 0)
            base = ".".join(parts[:keep] + ([node.module] if node.module else []))
        for alias in node.names:
            submodule = f"{base}.{alias.name}"
            self._add(submodule if submodule in self.known else base)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if called == "import_module" and node.args and isinstance(node.args[0], ast.Constant):
            self._add(str(node.args[0].value))
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        exports = any(isinstance(t, ast.Name) and t.id.endswith("_EXPORTS") for t in node.targets)
        if exports and isinstance(node.value, ast.Dict):
            for value in node.value.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    self._add(value.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit_Assign(ast.Assign(targets=[node.target], value=node.value))

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and ":" in node.value and _MODULE_REF.match(node.value):
            self._add(node.value.split(":", 1)[0])  # a "lighter.x.y:function" handler reference


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports."""
    files = modules_of(package_dir)
    package = package_dir.name
    graph = {}
    for name, path in files.items():
        visitor = _Imports(name, path.name == "__init__.py", files, package)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        graph[name] = visitor.found
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(frozenset(component))
    return found


# --- the rules --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    rank: int
    name: str
    modules: tuple[str, ...]
    never_imports: tuple[str, ...]


def layers_from_doc(text: str) -> list[Layer]:
    """The rows of the "Layers" table of docs/architecture.md, lowest layer first."""
    if "\n## Layers" in text:  # the table of that section only
        text = text.split("\n## Layers", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in text.splitlines() if line.startswith("| ") and "`lighter" in line]
    layers = []
    for line in rows:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        rank, name, modules, never = cells[0], cells[1], cells[2], cells[3] if len(cells) > 3 else ""
        layers.append(
            Layer(
                int(rank),
                name,
                tuple(re.findall(r"`([\w.]+)`", modules)),
                tuple(re.findall(r"`([\w.]+)`", never)),
            )
        )
    assert [layer.rank for layer in layers] == list(range(1, len(layers) + 1)), "layers numbered 1, 2, 3..."
    return layers


def _matches(module: str, entry: str, package: str) -> bool:
    # The package itself (the public facade) is its own layer; it does not hold the modules under it.
    return module == entry or (entry != package and module.startswith(entry + "."))


def layer_of(module: str, layers: list[Layer], package: str = PACKAGE) -> Layer | None:
    """The layer whose most specific entry names `module` (None when no row places it)."""
    best: tuple[int, Layer] | None = None
    for layer in layers:
        for entry in layer.modules:
            if _matches(module, entry, package) and (best is None or len(entry) > best[0]):
                best = (len(entry), layer)
    return best[1] if best else None


def forbidden_edges(graph: Mapping[str, set[str]], layers: list[Layer], package: str = PACKAGE) -> set[str]:
    """Every import of a higher layer, or of a module its layer's row says it never imports."""
    bad = set()
    for importer, imported in sorted((a, b) for a, targets in graph.items() for b in targets):
        source, target = layer_of(importer, layers, package), layer_of(imported, layers, package)
        if source is None or target is None:
            continue  # reported by test_every_module_has_a_layer
        never = any(_matches(imported, entry, package) for entry in source.never_imports)
        if target.rank > source.rank or never:
            bad.add(f"{importer} -> {imported}")
    return bad


# --- the tests --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(ROOT / PACKAGE)


@pytest.fixture(scope="module")
def layers() -> list[Layer]:
    return layers_from_doc(DOC.read_text(encoding="utf-8"))


def test_every_module_has_a_layer(graph: dict[str, set[str]], layers: list[Layer]) -> None:
    unplaced = sorted(module for module in graph if layer_of(module, layers) is None)
    assert not unplaced, f"add these modules to the Layers table of docs/architecture.md: {unplaced}"


def test_no_import_from_a_lower_layer_to_a_higher_one(
    graph: dict[str, set[str]], layers: list[Layer]
) -> None:
    found = forbidden_edges(graph, layers)
    assert found - PENDING_UPWARD_EDGES == set(), "imports against the layer rules of docs/architecture.md"
    assert PENDING_UPWARD_EDGES - found == set(), "gone (well done): remove them from PENDING_UPWARD_EDGES"


def test_no_import_cycle(graph: dict[str, set[str]]) -> None:
    found = {" ".join(sorted(component)) for component in cycles(graph)}
    pending = {" ".join(sorted(entry.split())) for entry in PENDING_CYCLES}
    assert found - pending == set(), "import cycles (modules of each strongly connected component)"
    assert pending - found == set(), "broken (well done): remove them from PENDING_CYCLES"


# --- the checker can fail -----------------------------------------------------------------------------------


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "lighter" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "lighter"


def test_the_graph_counts_lazy_imports_and_skips_type_checking_ones(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "__init__.py": '_EXPORTS = {"Client": "lighter.client"}\n',
            "base.py": "import typing\nif typing.TYPE_CHECKING:\n    from lighter import client\n",
            "client.py": "def f():\n    from . import base\n    from .sub import thing\n",
            "sub/__init__.py": "",
            "sub/thing.py": "import importlib as i\ni.import_module('lighter.sub')\nR = 'lighter.base:f'\n",
        },
    )
    assert import_graph(package) == {
        "lighter": {"lighter.client"},
        "lighter.base": set(),
        "lighter.client": {"lighter.base", "lighter.sub.thing"},
        "lighter.sub": set(),
        "lighter.sub.thing": {"lighter.sub", "lighter.base"},
    }


def test_cycles_and_upward_edges_are_found(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "__init__.py": "",
            "low.py": "import lighter.high\n",
            "high.py": "from lighter import low, side\n",
            "side.py": "",
        },
    )
    graph = import_graph(package)
    assert cycles(graph) == [frozenset({"lighter.low", "lighter.high"})]
    doc = "| 1 | low | `lighter.low` | |\n| 2 | high | `lighter.high`, `lighter.side` | `lighter.side` |\n"
    assert forbidden_edges(graph, layers_from_doc(doc)) == {
        "lighter.low -> lighter.high",
        "lighter.high -> lighter.side",
    }
