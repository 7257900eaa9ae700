"""scripts/extract-sdk-spec: a spec rebuilt from openapi-generator output (a miniature SDK written here)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

from ._paths import REPO

SCRIPT = REPO / "scripts" / "extract-sdk-spec"

API = """
from typing import Optional
from pydantic import Field, StrictInt, StrictStr
from typing_extensions import Annotated


class WidgetApi:
    def get_widgets(
        self,
        market_id: Annotated[StrictInt, Field(description="which market")],
        filter: Optional[StrictStr] = None,
        authorization: Optional[StrictStr] = None,
        limit: Optional[Annotated[int, Field(le=100, strict=True, ge=1)]] = None,
    ) -> None:
        _response_types_map: Dict[str, Optional[str]] = {"200": "Widgets", "400": "ResultCode"}

    def _get_widgets_serialize(self, market_id, filter, authorization, limit):
        if market_id is not None:
            _query_params.append(("market_id", market_id))
        if filter is not None:
            _query_params.append(("filter", filter))
        if limit is not None:
            _query_params.append(("limit", limit))
        if authorization is not None:
            _header_params["authorization"] = authorization
        if "Accept" not in _header_params:
            _header_params["Accept"] = "application/json"
        return self.api_client.param_serialize(method="GET", resource_path="/api/v1/widgets")
"""

MODEL = """
from typing import ClassVar, List, Optional
from pydantic import BaseModel, Field, StrictInt, StrictStr, field_validator


class Widget(BaseModel):
    market_id: StrictInt
    side: StrictInt = Field(description="1 or -1")
    big_v: Optional[StrictStr] = Field(default=None, alias="V")
    __properties: ClassVar[List[str]] = ["market_id", "side", "V"]

    @field_validator("side")
    def side_validate_enum(cls, value):
        if value not in set([1, -1]):
            raise ValueError("bad")
        return value
"""


def make_sdk(root: Path) -> Path:
    pkg = root / "lighter"
    (pkg / "api").mkdir(parents=True)
    (pkg / "models").mkdir()
    (pkg / "api" / "widget_api.py").write_text(textwrap.dedent(API))
    (pkg / "models" / "widget.py").write_text(textwrap.dedent(MODEL))
    (root / "lighter_sdk-9.9.9.dist-info").mkdir()
    (root / "lighter_sdk-9.9.9.dist-info" / "METADATA").write_text("Name: lighter-sdk\nVersion: 9.9.9\n")
    return pkg


def extract(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


def test_operations_parameters_and_models_are_rebuilt(tmp_path: Path) -> None:
    pkg = make_sdk(tmp_path / "sdk")
    result = extract(pkg)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["info"]["version"] == "9.9.9"
    op = doc["paths"]["/api/v1/widgets"]["get"]
    params = {(p["name"], p["in"]): p for p in op["parameters"]}
    assert set(params) == {
        ("market_id", "query"),
        ("filter", "query"),
        ("limit", "query"),
        ("authorization", "header"),
    }
    assert params[("market_id", "query")]["required"] is True
    assert params[("limit", "query")]["required"] is False
    limit = {"type": "integer", "format": "int64", "minimum": 1, "maximum": 100}
    assert params[("limit", "query")]["schema"] == limit
    ok = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Widgets"}
    widget = doc["components"]["schemas"]["Widget"]
    assert list(widget["properties"]) == ["market_id", "side", "V"]  # wire names, aliases included
    assert widget["required"] == ["market_id", "side"]
    assert widget["properties"]["side"]["enum"] == [1, -1]


def test_a_wheel_is_read_like_the_folder(tmp_path: Path) -> None:
    make_sdk(tmp_path / "sdk")
    wheel = tmp_path / "lighter_sdk-9.9.9-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for path in (tmp_path / "sdk").rglob("*"):
            if path.is_file():
                zf.write(path, path.relative_to(tmp_path / "sdk"))
    out = tmp_path / "spec.json"
    assert extract(wheel, "-o", out).returncode == 0
    assert extract(tmp_path / "sdk" / "lighter").stdout == out.read_text()


def test_not_an_sdk_is_a_usage_error(tmp_path: Path) -> None:
    result = extract(tmp_path)
    assert result.returncode == 2
    assert "no lighter/api and lighter/models" in result.stderr
