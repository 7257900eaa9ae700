from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DepositHistoryItem")


@_attrs_define
class DepositHistoryItem:
    """One deposit."""

    id: str
    amount: str
    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    status: str
    """ Known values: `failed`, `pending`, `completed`, `claimable`; others may appear. """
    l1_tx_hash: str
    asset_id: int
    """ Asset index: 1 ETH, 2 LIT, 3 USDC, ... """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        timestamp = self.timestamp

        status = self.status

        l1_tx_hash = self.l1_tx_hash

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "timestamp": timestamp,
                "status": status,
                "l1_tx_hash": l1_tx_hash,
                "asset_id": asset_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        timestamp = d.pop("timestamp")

        status = d.pop("status")

        l1_tx_hash = d.pop("l1_tx_hash")

        asset_id = d.pop("asset_id")

        deposit_history_item = cls(
            id=id,
            amount=amount,
            timestamp=timestamp,
            status=status,
            l1_tx_hash=l1_tx_hash,
            asset_id=asset_id,
        )

        deposit_history_item.additional_properties = d
        return deposit_history_item

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
