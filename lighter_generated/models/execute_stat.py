from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slippage_result import SlippageResult


T = TypeVar("T", bound="ExecuteStat")


@_attrs_define
class ExecuteStat:
    """Slippage statistics at one time."""

    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    slippage: list[SlippageResult] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        slippage: list[dict[str, Any]] | None
        if isinstance(self.slippage, list):
            slippage = []
            for slippage_type_0_item_data in self.slippage:
                slippage_type_0_item = slippage_type_0_item_data.to_dict()
                slippage.append(slippage_type_0_item)

        else:
            slippage = self.slippage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "slippage": slippage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slippage_result import SlippageResult  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        def _parse_slippage(data: object) -> list[SlippageResult] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[SlippageResult], got {type(data).__name__}")
            slippage_type_0 = []
            _slippage_type_0 = data
            for slippage_type_0_item_data in _slippage_type_0:
                slippage_type_0_item = SlippageResult.from_dict(slippage_type_0_item_data)

                slippage_type_0.append(slippage_type_0_item)

            return slippage_type_0

        slippage = _parse_slippage(d.pop("slippage"))

        execute_stat = cls(
            timestamp=timestamp,
            slippage=slippage,
        )

        execute_stat.additional_properties = d
        return execute_stat

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
