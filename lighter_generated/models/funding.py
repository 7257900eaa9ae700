from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Funding")


@_attrs_define
class Funding:
    """One funding period of a market."""

    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    value: str
    """ Funding paid per unit of position (decimal string). """
    rate: str
    """ Funding rate in percent (decimal string). """
    direction: str
    """ Which side paid: `long` or `short`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        value = self.value

        rate = self.rate

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "value": value,
                "rate": rate,
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        value = d.pop("value")

        rate = d.pop("rate")

        direction = d.pop("direction")

        funding = cls(
            timestamp=timestamp,
            value=value,
            rate=rate,
            direction=direction,
        )

        funding.additional_properties = d
        return funding

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
