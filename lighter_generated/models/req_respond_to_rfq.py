from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.req_respond_to_rfq_status import (
    ReqRespondToRFQStatus,
    check_req_respond_to_rfq_status,
)

T = TypeVar("T", bound="ReqRespondToRFQ")


@_attrs_define
class ReqRespondToRFQ:
    """Body of `rfq_respond` (POST /api/v1/rfq/respond)."""

    rfq_id: int
    status: ReqRespondToRFQStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_id": rfq_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfq_id = d.pop("rfq_id")

        status = check_req_respond_to_rfq_status(d.pop("status"))

        req_respond_to_rfq = cls(
            rfq_id=rfq_id,
            status=status,
        )

        req_respond_to_rfq.additional_properties = d
        return req_respond_to_rfq

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
