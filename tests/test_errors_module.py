"""One error module, re-exported completely: every exception a user can meet is importable from
`lighter.errors` (and from the top-level package), the error tree is defined in `lighter._errors` only,
and the old import paths keep working."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

import lighter
import lighter.errors

PACKAGE = Path(lighter.__file__).parent

# Exceptions defined under lighter/ that lighter.errors leaves out on purpose, with the reason.
NOT_PUBLIC = {
    "lighter.testing.errors.ExchangeError": "the local exchange's refusal; clients meet it as APIStatusError",
    "lighter.testing.replay_data.ReplayError": "the local exchange's replay input (`lighter sim --replay`)",
    "lighter.testing.sim.ListenError": "`lighter sim` could not bind its port; the command reports it",
    "lighter._cli.context.CliError": "the command's own failure, printed as a message; never raised to code",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _exception_classes() -> dict[str, type[BaseException]]:
    """Every exception class defined (at module level) in a module under lighter/, by qualified name."""
    found: dict[str, type[BaseException]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module_name = _module_name(path)
        if module_name == "lighter.__main__":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [node.name for node in tree.body if isinstance(node, ast.ClassDef) and node.bases]
        if not names:
            continue
        module = importlib.import_module(module_name)
        for name in names:
            value = getattr(module, name)
            if issubclass(value, BaseException):
                found[f"{module_name}.{name}"] = value
    return found


def test_every_exception_a_user_can_meet_is_in_lighter_errors() -> None:
    exported = {id(getattr(lighter.errors, name)) for name in lighter.errors.__all__}
    missing = [
        qualified
        for qualified, cls in _exception_classes().items()
        if id(cls) not in exported and not cls.__name__.startswith("_") and qualified not in NOT_PUBLIC
    ]
    assert not missing, f"not importable from lighter.errors: {missing}"
    for qualified in NOT_PUBLIC:  # the exemptions name classes that exist
        assert qualified in _exception_classes(), qualified


def test_the_error_tree_is_defined_in_one_module() -> None:
    tree = [cls for cls in _exception_classes().values() if issubclass(cls, lighter.errors.LighterError)]
    assert len(tree) > 40
    assert {cls.__module__ for cls in tree} == {"lighter._errors"}


def test_lighter_errors_lists_exceptions_only_and_the_top_level_has_them_all() -> None:
    for name in lighter.errors.__all__:
        value = getattr(lighter.errors, name)
        if name == "RESULT_CODES":
            continue
        assert inspect.isclass(value) and issubclass(value, BaseException), name
        assert value.__name__ == name
        assert name in lighter.__all__ and getattr(lighter, name) is value, name
    top_level_errors = [
        name for name in lighter.__all__ if name.endswith("Error") and name not in lighter.errors.__all__
    ]
    assert not top_level_errors


@pytest.mark.parametrize(
    ("old_module", "names"),
    [
        (
            "lighter.ws.errors",
            "WebSocketError WsServerError SubscriptionError MissingAuthError WsConnectionClosedError "
            "WsTimeoutError OrderBookError OrderBookGapError OrderBookNotSnapshottedError "
            "InvalidOrderBookFrameError",
        ),
        ("lighter.ws", "WebSocketError OrderBookGapError SubscriptionError WsTimeoutError"),
        (
            "lighter.stores",
            "StoreError StoreConfigError StoreUnavailableError StoreAuthenticationError LockLostError "
            "KeyLeaseUnavailableError",
        ),
        ("lighter.data", "RecordingError"),
        ("lighter.profiles", "ProfileError"),
        ("lighter._json", "JSONError"),
        ("lighter._extras", "MissingExtraError"),
    ],
)
def test_old_import_paths_give_the_same_classes(old_module: str, names: str) -> None:
    module = importlib.import_module(old_module)
    for name in names.split():
        assert getattr(module, name) is getattr(lighter.errors, name), f"{old_module}.{name}"


def test_the_two_tx_results_have_distinct_names() -> None:
    import lighter.ws
    from lighter.resources._plans import TxResult
    from lighter.ws._core import WsTxResult

    assert lighter.TxResult is TxResult  # the one the client returns keeps its name
    assert lighter.ws.WsTxResult is WsTxResult and WsTxResult.__name__ == "WsTxResult"
    assert lighter.ws.TxResult is WsTxResult  # the old public name still works
    assert TxResult is not WsTxResult


def test_public_classes_have_distinct_names_across_the_main_namespaces() -> None:
    import lighter.stores
    import lighter.testing
    import lighter.ws

    by_name: dict[str, set[type]] = {}
    for module in (lighter, lighter.errors, lighter.ws, lighter.stores, lighter.testing):
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value):
                by_name.setdefault(value.__name__, set()).add(value)
    assert {name: classes for name, classes in by_name.items() if len(classes) > 1} == {}
