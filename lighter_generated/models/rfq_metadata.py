from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RFQMetadata")


@_attrs_define
class RFQMetadata:
    """Price details of an RFQ."""

    requested_est_price: None | str | Unset = UNSET
    requested_max_slippage: None | str | Unset = UNSET
    requested_slippage: None | str | Unset = UNSET
    worst_price: None | str | Unset = UNSET
    mark_price: None | str | Unset = UNSET
    requested_est_fill_fraction: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_est_price: None | str | Unset
        if isinstance(self.requested_est_price, Unset):
            requested_est_price = UNSET
        else:
            requested_est_price = self.requested_est_price

        requested_max_slippage: None | str | Unset
        if isinstance(self.requested_max_slippage, Unset):
            requested_max_slippage = UNSET
        else:
            requested_max_slippage = self.requested_max_slippage

        requested_slippage: None | str | Unset
        if isinstance(self.requested_slippage, Unset):
            requested_slippage = UNSET
        else:
            requested_slippage = self.requested_slippage

        worst_price: None | str | Unset
        if isinstance(self.worst_price, Unset):
            worst_price = UNSET
        else:
            worst_price = self.worst_price

        mark_price: None | str | Unset
        if isinstance(self.mark_price, Unset):
            mark_price = UNSET
        else:
            mark_price = self.mark_price

        requested_est_fill_fraction: None | str | Unset
        if isinstance(self.requested_est_fill_fraction, Unset):
            requested_est_fill_fraction = UNSET
        else:
            requested_est_fill_fraction = self.requested_est_fill_fraction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requested_est_price is not UNSET:
            field_dict["requested_est_price"] = requested_est_price
        if requested_max_slippage is not UNSET:
            field_dict["requested_max_slippage"] = requested_max_slippage
        if requested_slippage is not UNSET:
            field_dict["requested_slippage"] = requested_slippage
        if worst_price is not UNSET:
            field_dict["worst_price"] = worst_price
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if requested_est_fill_fraction is not UNSET:
            field_dict["requested_est_fill_fraction"] = requested_est_fill_fraction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_requested_est_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_est_price = _parse_requested_est_price(d.pop("requested_est_price", UNSET))

        def _parse_requested_max_slippage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_max_slippage = _parse_requested_max_slippage(d.pop("requested_max_slippage", UNSET))

        def _parse_requested_slippage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_slippage = _parse_requested_slippage(d.pop("requested_slippage", UNSET))

        def _parse_worst_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worst_price = _parse_worst_price(d.pop("worst_price", UNSET))

        def _parse_mark_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mark_price = _parse_mark_price(d.pop("mark_price", UNSET))

        def _parse_requested_est_fill_fraction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested_est_fill_fraction = _parse_requested_est_fill_fraction(d.pop("requested_est_fill_fraction", UNSET))

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
