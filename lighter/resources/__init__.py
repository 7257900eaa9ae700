"""Client resources: trading in human units (`trading`), the areas users think in (`areas`), and every
generated REST operation (`_ops`)."""
