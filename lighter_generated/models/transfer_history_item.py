from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferHistoryItem")


@_attrs_define
class TransferHistoryItem:
    """One transfer in or out of an account."""

    id: None | str | Unset = UNSET
    amount: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    """ Unix timestamp (seconds or milliseconds depending on the endpoint). """
    type_: None | str | Unset = UNSET
    """ Known values: `L2TransferInflow`, `L2TransferOutflow`, `L2BurnSharesInflow`, `L2BurnSharesOutflow`,
    `L2MintSharesInflow`, `L2MintSharesOutflow`, `L2SelfTransfer`, `L2StakeAssetInflow`, `L2StakeAssetOutflow`,
    `L2UnstakeAssetInflow`, `L2UnstakeAssetOutflow`, `L2ForceBurnSharesInflow`, `L2ForceBurnSharesOutflow`,
    `L1BurnSharesInflow`, `L1BurnSharesOutflow`, `L1UnstakeAssetInflow`, `L1UnstakeAssetOutflow`,
    `L2CreatePublicPoolInflow`, `L2CreatePublicPoolOutflow`, `L2CreateStakingPoolInflow`,
    `L2CreateStakingPoolOutflow`; others may appear. """
    from_l1_address: None | str | Unset = UNSET
    to_l1_address: None | str | Unset = UNSET
    from_account_index: int | None | Unset = UNSET
    to_account_index: int | None | Unset = UNSET
    tx_hash: None | str | Unset = UNSET
    """ Transaction hash (hex). """
    asset_id: int | None | Unset = UNSET
    """ Asset index: 1 ETH, 2 LIT, 3 USDC, ... """
    fee: None | str | Unset = UNSET
    from_route: None | str | Unset = UNSET
    """ Known values: `spot`, `perps`; others may appear. """
    to_route: None | str | Unset = UNSET
    """ Known values: `spot`, `perps`; others may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        from_l1_address: None | str | Unset
        if isinstance(self.from_l1_address, Unset):
            from_l1_address = UNSET
        else:
            from_l1_address = self.from_l1_address

        to_l1_address: None | str | Unset
        if isinstance(self.to_l1_address, Unset):
            to_l1_address = UNSET
        else:
            to_l1_address = self.to_l1_address

        from_account_index: int | None | Unset
        if isinstance(self.from_account_index, Unset):
            from_account_index = UNSET
        else:
            from_account_index = self.from_account_index

        to_account_index: int | None | Unset
        if isinstance(self.to_account_index, Unset):
            to_account_index = UNSET
        else:
            to_account_index = self.to_account_index

        tx_hash: None | str | Unset
        if isinstance(self.tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = self.tx_hash

        asset_id: int | None | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        fee: None | str | Unset
        if isinstance(self.fee, Unset):
            fee = UNSET
        else:
            fee = self.fee

        from_route: None | str | Unset
        if isinstance(self.from_route, Unset):
            from_route = UNSET
        else:
            from_route = self.from_route

        to_route: None | str | Unset
        if isinstance(self.to_route, Unset):
            to_route = UNSET
        else:
            to_route = self.to_route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_
        if from_l1_address is not UNSET:
            field_dict["from_l1_address"] = from_l1_address
        if to_l1_address is not UNSET:
            field_dict["to_l1_address"] = to_l1_address
        if from_account_index is not UNSET:
            field_dict["from_account_index"] = from_account_index
        if to_account_index is not UNSET:
            field_dict["to_account_index"] = to_account_index
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if fee is not UNSET:
            field_dict["fee"] = fee
        if from_route is not UNSET:
            field_dict["from_route"] = from_route
        if to_route is not UNSET:
            field_dict["to_route"] = to_route

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_from_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_l1_address = _parse_from_l1_address(d.pop("from_l1_address", UNSET))

        def _parse_to_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_l1_address = _parse_to_l1_address(d.pop("to_l1_address", UNSET))

        def _parse_from_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_account_index = _parse_from_account_index(d.pop("from_account_index", UNSET))

        def _parse_to_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_account_index = _parse_to_account_index(d.pop("to_account_index", UNSET))

        def _parse_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tx_hash = _parse_tx_hash(d.pop("tx_hash", UNSET))

        def _parse_asset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        asset_id = _parse_asset_id(d.pop("asset_id", UNSET))

        def _parse_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fee = _parse_fee(d.pop("fee", UNSET))

        def _parse_from_route(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_route = _parse_from_route(d.pop("from_route", UNSET))

        def _parse_to_route(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_route = _parse_to_route(d.pop("to_route", UNSET))

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
