from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RFQMetadata")


@_attrs_define
class RFQMetadata:
    """Price details of an RFQ."""

    requested_est_price: str
    requested_max_slippage: str
    requested_slippage: str
    worst_price: str
    mark_price: str
    requested_est_fill_fraction: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_est_price = self.requested_est_price

        requested_max_slippage = self.requested_max_slippage

        requested_slippage = self.requested_slippage

        worst_price = self.worst_price

        mark_price = self.mark_price

        requested_est_fill_fraction = self.requested_est_fill_fraction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_est_price": requested_est_price,
                "requested_max_slippage": requested_max_slippage,
                "requested_slippage": requested_slippage,
                "worst_price": worst_price,
                "mark_price": mark_price,
                "requested_est_fill_fraction": requested_est_fill_fraction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested_est_price = d.pop("requested_est_price")

        requested_max_slippage = d.pop("requested_max_slippage")

        requested_slippage = d.pop("requested_slippage")

        worst_price = d.pop("worst_price")

        mark_price = d.pop("mark_price")

        requested_est_fill_fraction = d.pop("requested_est_fill_fraction")

        rfq_metadata = cls(
            requested_est_price=requested_est_price,
            requested_max_slippage=requested_max_slippage,
            requested_slippage=requested_slippage,
            worst_price=worst_price,
            mark_price=mark_price,
            requested_est_fill_fraction=requested_est_fill_fraction,
        )

        rfq_metadata.additional_properties = d
        return rfq_metadata

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
