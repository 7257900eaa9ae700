"""Optional extras: one place that knows the distribution's name and how to say an extra is missing.

Anything that needs an optional package imports it through :func:`require`, so every "install this"
message names the same distribution and the exact extra, and the CLI can turn the error into one line.
"""

from __future__ import annotations

import importlib
from types import ModuleType

DISTRIBUTION = "lighter-client"

# Exit code of the `lighter` command when a needed extra is missing (documented in docs/cli.md).
EXIT_MISSING_EXTRA = 5  # 2-4 are taken: usage, refused by the exchange, network


def install_hint(extra: str) -> str:
    """The exact pip command that brings ``extra``: ``pip install 'lighter-client[sim]'``."""
    return f"pip install '{DISTRIBUTION}[{extra}]'"


class MissingExtraError(ImportError):
    """An optional package is not installed; ``extra`` names the extra that brings it."""

    def __init__(self, extra: str, module: str, purpose: str) -> None:
        self.extra = extra
        self.module_name = module
        super().__init__(
            f"{purpose} needs the '{extra}' extra ({module} is not installed): {install_hint(extra)}"
        )


def require(module: str, *, extra: str, purpose: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra`` and what wanted it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        # Only a missing top-level package means "extra not installed"; a broken install re-raises as is.
        if exc.name is not None and exc.name.split(".")[0] == module.split(".")[0]:
            raise MissingExtraError(extra, module, purpose) from None
        raise
