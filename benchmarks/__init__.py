"""Benchmarks: ``python -m benchmarks`` prints one side-by-side table; ``bench_*.py`` are per-area scripts."""
