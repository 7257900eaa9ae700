"""Build ``static_payloads.json``: a minimal schema-valid 200 body for every operation of ``openapi.yaml``.

Run ``python -m lighter.testing._static_gen openapi.yaml`` after changing the spec. Operations the local
exchange models (``rest.Rest.routes``) are answered live; the others get these static bodies.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("static_payloads.json")


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].split("/")[-1]
        node = spec["components"]["schemas"][name]
    return node


def example(spec: dict[str, Any], node: dict[str, Any], depth: int = 0) -> Any:
    """The smallest valid value: required properties only, empty arrays, zeros, first enum value."""
    node = _resolve(spec, node)
    if depth > 12:
        return None
    if "allOf" in node:
        merged: dict[str, Any] = {}
        for part in node["allOf"]:
            value = example(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in node:
            return example(spec, node[key][0], depth + 1)
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in node:
        props = node.get("properties", {})
        out = {}
        for name in node.get("required", []):
            if name == "code":
                out[name] = 200
            elif name in props:
                out[name] = example(spec, props[name], depth + 1)
        return out
    if kind == "array":
        return []
    if kind == "integer":
        return max(int(node.get("minimum", 0)), 0)
    if kind == "number":
        return 0.0
    if kind == "boolean":
        return False
    if kind == "string":
        return ""
    return None


def build(spec: dict[str, Any]) -> dict[str, Any]:
    """``{"METHOD /path": body}`` for every operation of ``spec``: its 200 schema's smallest example."""
    out: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            ok = op.get("responses", {}).get("200", {})
            content: dict[str, Any] = ok.get("content", {})
            first: dict[str, Any] = next(iter(content.values()), {})
            schema = first.get("schema")
            body = example(spec, schema) if schema else {"code": 200}
            if isinstance(body, dict) and "code" not in body:
                body = {**body} if path in ("/", "/info") else {"code": 200, **body}
            out[f"{method.upper()} {path}"] = body
    return out


def main(argv: list[str]) -> int:
    """Write ``static_payloads.json`` from the spec at ``argv[0]`` (default ``openapi.yaml``)."""
    import yaml  # type: ignore[import-untyped]

    spec = yaml.safe_load(Path(argv[0] if argv else "openapi.yaml").read_text())
    OUT.write_text(json.dumps(build(spec), indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
