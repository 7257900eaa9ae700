from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.req_update_rfq_status import (
    ReqUpdateRFQStatus,
    check_req_update_rfq_status,
)

T = TypeVar("T", bound="ReqUpdateRFQ")


@_attrs_define
class ReqUpdateRFQ:
    """Body of `rfq_update` (POST /api/v1/rfq/update)."""

    rfq_id: int
    status: ReqUpdateRFQStatus
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

        status = check_req_update_rfq_status(d.pop("status"))

        req_update_rfq = cls(
            rfq_id=rfq_id,
            status=status,
        )

        req_update_rfq.additional_properties = d
        return req_update_rfq

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
