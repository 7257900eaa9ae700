"""The client's core, written once for both faces (`lighter.client` holds `Lighter` and `AsyncLighter`).

- `options`: the one options type (`ClientOptions`), its defaults, checks and documentation.
- `core`: configuration, credentials, caches and every pure step of a call (`ClientCore`), `Batch`.
- `flows`: the decisions as generators yielding I/O steps (`Get`, `Call`, `Post`, `Resync`, `Sleep`...).
- `wire`: where signed transactions go (`RestWire`, `WsWire`).
- `seams`: what the resources get from a face (`Reads`, `Desk`), built on the flows and a driver.
"""
