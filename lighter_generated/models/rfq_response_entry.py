from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RFQResponseEntry")


@_attrs_define
class RFQResponseEntry:
    """A maker's response to an RFQ."""

    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    status: str
    """ Known values: `acknowledged`, `liquidity_provided`, `not_interested`; others may appear. """
    responded_at: int
    updated_at: int
    """ Last update time (unix timestamp). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index = self.account_index

        status = self.status

        responded_at = self.responded_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_index": account_index,
                "status": status,
                "responded_at": responded_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_index = d.pop("account_index")

        status = d.pop("status")

        responded_at = d.pop("responded_at")

        updated_at = d.pop("updated_at")

        rfq_response_entry = cls(
            account_index=account_index,
            status=status,
            responded_at=responded_at,
            updated_at=updated_at,
        )

        rfq_response_entry.additional_properties = d
        return rfq_response_entry

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
