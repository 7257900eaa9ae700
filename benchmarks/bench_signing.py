"""Signing speed: medians of repeated runs, printed as a small table.

Run: ``.venv/bin/python benchmarks/bench_signing.py`` (or call ``main()``). Targets (CPython 3.11, dev VM):
create-order signature <= 0.5 ms, auth token <= 0.5 ms, verify <= 3 ms, ``import lighter.signing``
<= 50 ms, first signature in a fresh process (import, table load, sign) <= 150 ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

KEY_HEX = "e94a0dd5ecaabd8fcb2eff4ce2dfa37589cce10528ab0e31cf904c5d961853aacf66ff1d7824fc36"
# chain, tx type, nonce, expired_at, account, api key, market, client order, base, price, is_ask, type,
# time in force, reduce only, trigger price, order expiry: a create-order tx (SPEC §9.1)
ORDER = [304, 14, 5, 1795505748763, 12345, 3, 1, 7, 1000, 300000, 1, 0, 1, 0, 0, 1800000000000]

_FRESH_IMPORT = "import time; t = time.perf_counter(); import lighter.signing; print(time.perf_counter() - t)"
_FRESH_FIRST_SIG = (
    "import time; t = time.perf_counter()\n"
    "from lighter.signing import PrivateKey, hash_to_quintic_extension, quintic_to_bytes\n"
    f"k = PrivateKey.from_hex('{KEY_HEX}')\n"
    f"k.sign(quintic_to_bytes(hash_to_quintic_extension({ORDER!r})))\n"
    "print(time.perf_counter() - t)"
)


def _median_us(fn: Callable[[], object], calls: int, rounds: int = 11) -> float:
    per_call = []
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(calls):
            fn()
        per_call.append((time.perf_counter() - t) / calls * 1e6)
    return statistics.median(per_call)


def _fresh_process_ms(code: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        times.append(float(out.stdout.strip()) * 1e3)
    return statistics.median(times)


def run() -> list[tuple[str, float, str, float]]:
    """(name, median, unit, target) rows."""
    from lighter.signing import (
        PrivateKey,
        create_auth_token,
        hash_to_quintic_extension,
        keys,
        quintic_to_bytes,
        verify,
    )

    key = PrivateKey.from_hex(KEY_HEX)
    public = key.public_key
    message = quintic_to_bytes(hash_to_quintic_extension(ORDER))
    signature = key.sign(message)

    def create_order() -> bytes:
        return key.sign(quintic_to_bytes(hash_to_quintic_extension(ORDER)))

    def verify_new_key() -> bool:
        keys._DECODE_CACHE.clear()
        return verify(public.hex(), message, signature)

    rows = [
        ("create-order signature (hash 16 + sign)", _median_us(create_order, 200) / 1e3, "ms", 0.5),
        ("  of which: tx hash (16 elements)", _median_us(lambda: hash_to_quintic_extension(ORDER), 200) / 1e3,
         "ms", 0.0),
        ("  of which: Schnorr sign of a 40-byte hash", _median_us(lambda: key.sign(message), 200) / 1e3,
         "ms", 0.0),
        ("auth token", _median_us(lambda: create_auth_token(key, account_index=12345, api_key_index=3), 200)
         / 1e3, "ms", 0.5),
        ("verify (key decoded before)", _median_us(lambda: verify(public, message, signature), 20) / 1e3,
         "ms", 3.0),
        ("verify (key never seen, hex)", _median_us(verify_new_key, 10) / 1e3, "ms", 3.0),
        ("import lighter.signing (fresh process)", _fresh_process_ms(_FRESH_IMPORT), "ms", 50.0),
        ("first signature (fresh process, from import)", _fresh_process_ms(_FRESH_FIRST_SIG), "ms", 150.0),
    ]
    return rows


def main() -> None:
    """Print the table."""
    rows = run()
    print(f"{'benchmark':48} {'median':>10} {'target':>9}")
    for name, value, unit, target in rows:
        goal = f"<= {target:g} {unit}" if target else ""
        print(f"{name:48} {value:7.3f} {unit:2} {goal:>9}")


if __name__ == "__main__":
    main()
