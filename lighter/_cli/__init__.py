"""The commands behind ``lighter`` (lighter.cli): one module per group, imported only when run."""
