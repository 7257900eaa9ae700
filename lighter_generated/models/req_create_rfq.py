from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReqCreateRFQ")


@_attrs_define
class ReqCreateRFQ:
    """Body of `rfq_create` (POST /api/v1/rfq/create)."""

    market_index: int
    """ Market index (see `market_id`). """
    direction: int
    """ 0 sell, 1 buy. """
    base_amount: str | Unset = UNSET
    quote_amount: str | Unset = UNSET
    metadata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_index = self.market_index

        direction = self.direction

        base_amount = self.base_amount

        quote_amount = self.quote_amount

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market_index": market_index,
                "direction": direction,
            }
        )
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if quote_amount is not UNSET:
            field_dict["quote_amount"] = quote_amount
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_index = d.pop("market_index")

        direction = d.pop("direction")

        base_amount = d.pop("base_amount", UNSET)

        quote_amount = d.pop("quote_amount", UNSET)

        metadata = d.pop("metadata", UNSET)

        req_create_rfq = cls(
            market_index=market_index,
            direction=direction,
            base_amount=base_amount,
            quote_amount=quote_amount,
            metadata=metadata,
        )

        req_create_rfq.additional_properties = d
        return req_create_rfq

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
