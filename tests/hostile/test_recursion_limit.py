"""No import of ours changes interpreter-global state: the recursion limit survives every module and L1."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    before = sys.getrecursionlimit()
    import lighter
    for info in pkgutil.walk_packages(lighter.__path__, "lighter."):
        if info.name.endswith("__main__"):  # runs the command
            continue
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            pass
    from lighter.signing import l1_sign
    from lighter.signing.l1 import eth_account, l1_recover
    key = "0x" + "11" * 32
    sig = l1_sign("hello", key)
    assert l1_recover("hello", sig) == eth_account().from_key(key).address
    from lighter.testing.onboarding import onboard  # imports eth_account lazily too
    assert sys.getrecursionlimit() == before, (before, sys.getrecursionlimit())
    print("OK", before)
    """
)


def test_importing_every_module_and_signing_on_l1_keeps_the_recursion_limit() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("OK")
