"""``lighter health``: one probe of the exchange, printed, with the verdict as the exit code.

Exit codes (docs/cli.md, docs/operating.md): 0 ok, 6 degraded (answering, but slow, skewed clock or
rate limited), 4 down (unreachable, timed out, or an error status), as for any command that cannot reach
the exchange.
"""

from __future__ import annotations

from lighter._cli.context import EXIT_NETWORK, EXIT_OK, Context

EXIT_DEGRADED = 6  # 5 is a missing extra (lighter._extras)
EXIT_CODES = {"ok": EXIT_OK, "degraded": EXIT_DEGRADED, "down": EXIT_NETWORK}
STYLES = {"ok": "green", "degraded": "yellow", "down": "red"}


def health(ctx: Context) -> int:
    """Probe the exchange (``client.health()``) and print the report."""
    timeout = ctx.args.timeout
    with ctx.client(credentials=False, timeout=timeout, max_retries=0) as client:
        report = client.health(timeout=timeout, slow=ctx.args.slow)
    out = ctx.out
    if out.json_mode:
        out.json({**report.to_dict(), "base_url": client.base_url})
        return EXIT_CODES[report.status]
    out.line(f"{out.style(report.status.upper(), STYLES[report.status])}  {client.base_url}")
    if report.latency_seconds is not None:
        out.line(f"  latency     {report.latency_seconds * 1000:.1f} ms")
    if report.clock_skew_seconds is not None:
        out.line(f"  clock skew  {report.clock_skew_seconds:+.1f} s (this machine minus the exchange)")
    if report.rate_limit_remaining is not None:
        out.line(f"  rate budget {report.rate_limit_remaining:.0f} left ({report.rate_limit_tier})")
    for problem in report.problems:
        out.line(f"  - {problem}")
    return EXIT_CODES[report.status]
