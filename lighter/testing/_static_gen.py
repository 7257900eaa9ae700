"""Build ``static_payloads.json``: a complete, schema-valid 200 body for every operation of ``openapi.yaml``.

``scripts/generate`` runs ``python -m lighter.testing._static_gen openapi.yaml`` after the client generator,
and a test checks the file matches the spec. Operations the local exchange models (``rest.Rest.routes``)
are answered live; the others get these static bodies: every property present (required or not, as the
real exchange's Go structs send them all), with the spec's example values, lists empty (nothing the local
exchange does not model ever shows up in a list), never ``null``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("static_payloads.json")
AUTH_OUT = Path(__file__).with_name("auth_rules.json")
PARAMS_OUT = Path(__file__).with_name("param_rules.json")


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].split("/")[-1]
        node = spec["components"]["schemas"][name]
    return node


def example(spec: dict[str, Any], node: dict[str, Any], depth: int = 0) -> Any:
    """A plausible valid value: every property, the spec's examples, empty arrays, first enum value."""
    node = _resolve(spec, node)
    if depth > 12:
        return {}
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
    if "example" in node and not isinstance(node["example"], (dict, list)):
        return node["example"]
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in node:
        props = node.get("properties", {})
        out = {}
        for name, prop in props.items():
            out[name] = 0 if name == "code" else example(spec, prop, depth + 1)
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
            if isinstance(body, dict) and path not in ("/", "/info"):
                body = {**body, "code": 200, "message": ""} if "message" in body else {**body, "code": 200}
            out[f"{method.upper()} {path}"] = body
    return out


def auth_rules(spec: dict[str, Any]) -> dict[str, str]:
    """``{"METHOD /path": "required" | "optional"}`` for every operation that takes an auth token."""
    out: dict[str, str] = {}
    params = spec.get("components", {}).get("parameters", {})
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            for p in op.get("parameters", []):
                p = params[p["$ref"].split("/")[-1]] if "$ref" in p else p
                if p.get("name") in ("authorization", "auth"):
                    key = f"{method.upper()} {path}"
                    out[key] = "required" if p.get("required") or out.get(key) == "required" else "optional"
    return out


def param_rules(spec: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """``{"METHOD /path": {name: {required, type, minimum, maximum}}}`` of every query parameter."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    params = spec.get("components", {}).get("parameters", {})
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            rules = {}
            for p in op.get("parameters", []):
                p = params[p["$ref"].split("/")[-1]] if "$ref" in p else p
                if p.get("in") != "query" or p.get("name") == "auth":
                    continue
                schema = p.get("schema", {})
                rule = {"required": bool(p.get("required")), "type": schema.get("type", "string")}
                rule.update({k: schema[k] for k in ("minimum", "maximum") if k in schema})
                rules[p["name"]] = rule
            if rules:
                out[f"{method.upper()} {path}"] = rules
    return out


def main(argv: list[str]) -> int:
    """Write ``static_payloads.json`` from the spec at ``argv[0]`` (default ``openapi.yaml``)."""
    import yaml  # type: ignore[import-untyped]

    spec = yaml.safe_load(Path(argv[0] if argv else "openapi.yaml").read_text())
    OUT.write_text(json.dumps(build(spec), indent=1, sort_keys=True) + "\n")
    AUTH_OUT.write_text(json.dumps(auth_rules(spec), indent=1, sort_keys=True) + "\n")
    PARAMS_OUT.write_text(json.dumps(param_rules(spec), indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
