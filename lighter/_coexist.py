"""Refuse to run beside another distribution that writes files into the ``lighter`` package.

The official ``lighter-sdk``, its fork ``qubx-lighter-api`` and the unrelated ``lighter`` (a deep-learning
framework) all install a top-level ``lighter`` package. pip lets them overwrite each other's files without
a word; whichever came last wins ``lighter/__init__.py`` and uninstalling either breaks the other with an
obscure ImportError. When our ``__init__`` runs, we say so plainly instead.

Cheap by design (it runs at ``import lighter``, well under a millisecond): one listing of the directory
that holds the package (site-packages for a normal install) for the few known rivals' ``.dist-info``,
whose RECORD is read only when one is present; and one listing of the package itself for files only a
rival ships. No scan of every installed distribution.
"""

from __future__ import annotations

import os

# Normalized distribution names (the .dist-info prefix) known to install a top-level `lighter` package.
RIVALS = ("lighter_sdk", "qubx_lighter_api", "lighter")
# Files of the official SDK's layout that we never ship: their presence means a rival's files are mixed in.
RIVAL_FILES = (
    "signer_client.py",
    "api_client.py",
    "nonce_manager.py",
    "ws_client.py",
    "endpoint_profiles.py",
)


class CoexistenceError(ImportError):
    """Another distribution owns files in the ``lighter`` package of this environment."""


def _owns_package(dist_info: str) -> bool:
    """Whether the distribution's RECORD lists files under ``lighter/`` (an editable install lists none)."""
    try:
        with open(os.path.join(dist_info, "RECORD"), encoding="utf-8", errors="replace") as fh:
            return any(line.startswith("lighter/") for line in fh)
    except OSError:
        return False


def rival_in(site_dir: str, package_dir: str) -> tuple[str, str | None] | None:
    """(what to call the rival, its distribution name if known), or None when the package is ours alone."""
    try:
        entries = os.listdir(site_dir)
    except OSError:
        entries = []
    for entry in entries:
        if not entry.endswith(".dist-info"):
            continue
        name, _, version = entry[: -len(".dist-info")].partition("-")
        if name.lower() in RIVALS and _owns_package(os.path.join(site_dir, entry)):
            dist = name.replace("_", "-").lower()
            return f"{dist} {version}".strip(), dist
    try:
        ours = set(os.listdir(package_dir))
    except OSError:
        return None
    foreign = [name for name in RIVAL_FILES if name in ours]
    if foreign:
        return f"another distribution (lighter/{foreign[0]} is not ours; lighter-sdk ships it)", None
    return None


def message(rival: str, dist: str | None) -> str:
    """The error text: who else is here and the fix."""
    from lighter._extras import DISTRIBUTION

    others = f"{dist} {DISTRIBUTION}" if dist else f"{DISTRIBUTION} and the other one"
    return (
        f"the 'lighter' package of {DISTRIBUTION} is mixed with files of {rival} in this environment: "
        f"both install a package named 'lighter', so one overwrote the other's files. Use a separate "
        f"virtualenv for each: python -m venv .venv-lighter && .venv-lighter/bin/pip install {DISTRIBUTION} "
        f"(to repair this one: pip uninstall -y {others}, then reinstall the one you want)"
    )


def check(package_file: str) -> None:
    """Raise :class:`CoexistenceError` if a rival distribution shares the package at ``package_file``."""
    package_dir = os.path.dirname(os.path.abspath(package_file))
    found = rival_in(os.path.dirname(package_dir), package_dir)
    if found is not None:
        raise CoexistenceError(message(*found))
