from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.execute_stat import ExecuteStat


T = TypeVar("T", bound="RespGetExecuteStats")


@_attrs_define
class RespGetExecuteStats:
    """Answer of `execute_stats` (GET /api/v1/executeStats)."""

    period: str
    """ Known values: `d`, `w`, `m`, `q`, `y`, `all`; others may appear. """
    result: list[ExecuteStat] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        result: list[dict[str, Any]] | None
        if isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execute_stat import ExecuteStat  # noqa: PLC0415

        d = dict(src_dict)
        period = d.pop("period")

        def _parse_result(data: object) -> list[ExecuteStat] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ExecuteStat], got {type(data).__name__}")
            result_type_0 = []
            _result_type_0 = data
            for result_type_0_item_data in _result_type_0:
                result_type_0_item = ExecuteStat.from_dict(result_type_0_item_data)

                result_type_0.append(result_type_0_item)

            return result_type_0

        result = _parse_result(d.pop("result"))

        resp_get_execute_stats = cls(
            period=period,
            result=result,
        )

        resp_get_execute_stats.additional_properties = d
        return resp_get_execute_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
