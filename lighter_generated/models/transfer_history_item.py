from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferHistoryItem")


@_attrs_define
class TransferHistoryItem:
    """One transfer in or out of an account."""

    id: str
    amount: str
    timestamp: int
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    type_: str
    """ Known values: `L2TransferInflow`, `L2TransferOutflow`, `L2BurnSharesInflow`, `L2BurnSharesOutflow`,
    `L2MintSharesInflow`, `L2MintSharesOutflow`, `L2SelfTransfer`, `L2StakeAssetInflow`, `L2StakeAssetOutflow`,
    `L2UnstakeAssetInflow`, `L2UnstakeAssetOutflow`, `L2ForceBurnSharesInflow`, `L2ForceBurnSharesOutflow`,
    `L1BurnSharesInflow`, `L1BurnSharesOutflow`, `L1UnstakeAssetInflow`, `L1UnstakeAssetOutflow`,
    `L2CreatePublicPoolInflow`, `L2CreatePublicPoolOutflow`, `L2CreateStakingPoolInflow`,
    `L2CreateStakingPoolOutflow`; others may appear. """
    from_l1_address: str
    to_l1_address: str
    from_account_index: int
    to_account_index: int
    tx_hash: str
    """ Transaction hash (hex). """
    asset_id: int
    """ Asset index: 1 ETH, 2 LIT, 3 USDC, ... """
    fee: str
    from_route: str
    """ Known values: `spot`, `perps`; others may appear. """
    to_route: str
    """ Known values: `spot`, `perps`; others may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        timestamp = self.timestamp

        type_ = self.type_

        from_l1_address = self.from_l1_address

        to_l1_address = self.to_l1_address

        from_account_index = self.from_account_index

        to_account_index = self.to_account_index

        tx_hash = self.tx_hash

        asset_id = self.asset_id

        fee = self.fee

        from_route = self.from_route

        to_route = self.to_route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "timestamp": timestamp,
                "type": type_,
                "from_l1_address": from_l1_address,
                "to_l1_address": to_l1_address,
                "from_account_index": from_account_index,
                "to_account_index": to_account_index,
                "tx_hash": tx_hash,
                "asset_id": asset_id,
                "fee": fee,
                "from_route": from_route,
                "to_route": to_route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        amount = d.pop("amount")

        timestamp = d.pop("timestamp")

        type_ = d.pop("type")

        from_l1_address = d.pop("from_l1_address")

        to_l1_address = d.pop("to_l1_address")

        from_account_index = d.pop("from_account_index")

        to_account_index = d.pop("to_account_index")

        tx_hash = d.pop("tx_hash")

        asset_id = d.pop("asset_id")

        fee = d.pop("fee")

        from_route = d.pop("from_route")

        to_route = d.pop("to_route")

        transfer_history_item = cls(
            id=id,
            amount=amount,
            timestamp=timestamp,
            type_=type_,
            from_l1_address=from_l1_address,
            to_l1_address=to_l1_address,
            from_account_index=from_account_index,
            to_account_index=to_account_index,
            tx_hash=tx_hash,
            asset_id=asset_id,
            fee=fee,
            from_route=from_route,
            to_route=to_route,
        )

        transfer_history_item.additional_properties = d
        return transfer_history_item

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
