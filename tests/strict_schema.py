"""The strict validator: bodies and frames checked against openapi.yaml (JSON Schema 2020-12, OAS 3.1).

"Strict" means what a strictly typed client of the real exchange relies on: every property a schema
lists under ``required`` is present, every value has the declared type, integer formats (int32/int64)
are in range, numbers declared ``double``/``float`` are numbers, and ``null`` appears only where the
schema's type admits it. Unknown extra properties are allowed (the exchange adds fields over time).

One validator serves the local exchange's answers (tests/testing/test_strict_conformance.py), its
recorded cassettes (tests/generated/test_cassettes.py) and the real exchange's recorded payloads
(tests/generated/test_real_payloads_strict.py), so the spec, the local exchange and the recordings can
only drift apart together. Needs ``jsonschema`` (dev extra).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
URN = "urn:lighter-openapi"
METHODS = ("get", "post", "put", "delete", "patch")
INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


@functools.cache
def spec() -> dict[str, Any]:
    """openapi.yaml, parsed once."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the spec, in spec order."""
    return [
        (method.upper(), path, item[method])
        for path, item in spec()["paths"].items()
        for method in METHODS
        if method in item
    ]


def _format_checker() -> Any:
    import jsonschema

    checker = jsonschema.FormatChecker()
    for name, (low, high) in INT_RANGES.items():
        # bool is an int in Python but never a JSON integer (the type check refuses it separately)
        checker.checks(name)(lambda v, lo=low, hi=high: not isinstance(v, int) or lo <= v <= hi)
    for name in ("double", "float"):
        checker.checks(name)(lambda v: not isinstance(v, bool))
    return checker


def _rebase(node: Any) -> Any:
    """The node with local refs (``#/components/...``) pointed at the registered spec resource."""
    if isinstance(node, dict):
        return {k: (URN + v if k == "$ref" and v.startswith("#") else _rebase(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


@functools.cache
def _registry() -> Any:
    import referencing
    from referencing.jsonschema import DRAFT202012

    return referencing.Registry().with_resource(URN, DRAFT202012.create_resource(spec()))


def _validator(schema: dict[str, Any]) -> Any:
    import jsonschema

    root = {"$schema": "https://json-schema.org/draft/2020-12/schema", **_rebase(schema)}
    return jsonschema.Draft202012Validator(root, registry=_registry(), format_checker=_format_checker())


def response_schema(method: str, path: str, status: int) -> dict[str, Any]:
    """The JSON schema of ``method path``'s answer with HTTP ``status`` (2XX/default fallbacks)."""
    op = spec()["paths"][path][method.lower()]
    responses = op["responses"]
    resp = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    if resp is None:
        raise AssertionError(f"{method} {path} declares no {status} answer")
    if "$ref" in resp:
        resp = spec()["components"]["responses"][resp["$ref"].split("/")[-1]]
    schema: dict[str, Any] = resp["content"]["application/json"]["schema"]
    return schema


def _presence(error: Any) -> bool:
    """A missing required property or a null where the type has none (not a wrong non-null type)."""
    return bool(error.validator == "required" or (error.validator == "type" and error.instance is None))


def errors_for(schema: dict[str, Any], body: Any, presence_only: bool = False) -> list[str]:
    """Every strict violation of ``body`` against ``schema`` (``where: message``), sorted by place.

    ``presence_only`` keeps only missing required properties and forbidden nulls: for recorded payloads
    whose values are documentation placeholders (``"C": "string"``), where only the keys are evidence."""
    found = [e for e in _validator(schema).iter_errors(body) if not presence_only or _presence(e)]
    found.sort(key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{'/'.join(map(str, e.absolute_path)) or '.'}: {e.message[:240]}" for e in found]


def response_errors(method: str, path: str, status: int, body: Any, presence_only: bool = False) -> list[str]:
    """Strict violations of an HTTP answer of ``method path``."""
    return errors_for(response_schema(method, path, status), body, presence_only)


def component_errors(name: str, body: Any, presence_only: bool = False) -> list[str]:
    """Strict violations of ``body`` against ``#/components/schemas/<name>`` (WebSocket frames)."""
    if name not in spec()["components"]["schemas"]:
        raise AssertionError(f"openapi.yaml has no schema {name}")
    return errors_for({"$ref": f"#/components/schemas/{name}"}, body, presence_only)
