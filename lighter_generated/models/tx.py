from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tx")


@_attrs_define
class Tx:
    """A transaction as packed into a block."""

    hash_: None | str | Unset = UNSET
    type_: int | None | Unset = UNSET
    info: None | str | Unset = UNSET
    event_info: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    transaction_index: int | None | Unset = UNSET
    l1_address: None | str | Unset = UNSET
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    account_index: int | None | Unset = UNSET
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    nonce: int | None | Unset = UNSET
    """ Nonce of the (account, API key) pair. """
    expire_at: int | None | Unset = UNSET
    block_height: int | None | Unset = UNSET
    """ Height of the block that includes the transaction. """
    queued_at: int | None | Unset = UNSET
    executed_at: int | None | Unset = UNSET
    sequence_index: int | None | Unset = UNSET
    parent_hash: None | str | Unset = UNSET
    api_key_index: int | None | Unset = UNSET
    """ API key index (0-254; 255 = all keys). """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        info: None | str | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        else:
            info = self.info

        event_info: None | str | Unset
        if isinstance(self.event_info, Unset):
            event_info = UNSET
        else:
            event_info = self.event_info

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        transaction_index: int | None | Unset
        if isinstance(self.transaction_index, Unset):
            transaction_index = UNSET
        else:
            transaction_index = self.transaction_index

        l1_address: None | str | Unset
        if isinstance(self.l1_address, Unset):
            l1_address = UNSET
        else:
            l1_address = self.l1_address

        account_index: int | None | Unset
        if isinstance(self.account_index, Unset):
            account_index = UNSET
        else:
            account_index = self.account_index

        nonce: int | None | Unset
        if isinstance(self.nonce, Unset):
            nonce = UNSET
        else:
            nonce = self.nonce

        expire_at: int | None | Unset
        if isinstance(self.expire_at, Unset):
            expire_at = UNSET
        else:
            expire_at = self.expire_at

        block_height: int | None | Unset
        if isinstance(self.block_height, Unset):
            block_height = UNSET
        else:
            block_height = self.block_height

        queued_at: int | None | Unset
        if isinstance(self.queued_at, Unset):
            queued_at = UNSET
        else:
            queued_at = self.queued_at

        executed_at: int | None | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        else:
            executed_at = self.executed_at

        sequence_index: int | None | Unset
        if isinstance(self.sequence_index, Unset):
            sequence_index = UNSET
        else:
            sequence_index = self.sequence_index

        parent_hash: None | str | Unset
        if isinstance(self.parent_hash, Unset):
            parent_hash = UNSET
        else:
            parent_hash = self.parent_hash

        api_key_index: int | None | Unset
        if isinstance(self.api_key_index, Unset):
            api_key_index = UNSET
        else:
            api_key_index = self.api_key_index

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if info is not UNSET:
            field_dict["info"] = info
        if event_info is not UNSET:
            field_dict["event_info"] = event_info
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_index is not UNSET:
            field_dict["transaction_index"] = transaction_index
        if l1_address is not UNSET:
            field_dict["l1_address"] = l1_address
        if account_index is not UNSET:
            field_dict["account_index"] = account_index
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if expire_at is not UNSET:
            field_dict["expire_at"] = expire_at
        if block_height is not UNSET:
            field_dict["block_height"] = block_height
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if executed_at is not UNSET:
            field_dict["executed_at"] = executed_at
        if sequence_index is not UNSET:
            field_dict["sequence_index"] = sequence_index
        if parent_hash is not UNSET:
            field_dict["parent_hash"] = parent_hash
        if api_key_index is not UNSET:
            field_dict["api_key_index"] = api_key_index
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_hash_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_ = _parse_hash_(d.pop("hash", UNSET))

        def _parse_type_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        def _parse_event_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_info = _parse_event_info(d.pop("event_info", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_transaction_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_index = _parse_transaction_index(d.pop("transaction_index", UNSET))

        def _parse_l1_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        l1_address = _parse_l1_address(d.pop("l1_address", UNSET))

        def _parse_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_index = _parse_account_index(d.pop("account_index", UNSET))

        def _parse_nonce(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nonce = _parse_nonce(d.pop("nonce", UNSET))

        def _parse_expire_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expire_at = _parse_expire_at(d.pop("expire_at", UNSET))

        def _parse_block_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        block_height = _parse_block_height(d.pop("block_height", UNSET))

        def _parse_queued_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queued_at = _parse_queued_at(d.pop("queued_at", UNSET))

        def _parse_executed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        executed_at = _parse_executed_at(d.pop("executed_at", UNSET))

        def _parse_sequence_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence_index = _parse_sequence_index(d.pop("sequence_index", UNSET))

        def _parse_parent_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_hash = _parse_parent_hash(d.pop("parent_hash", UNSET))

        def _parse_api_key_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_key_index = _parse_api_key_index(d.pop("api_key_index", UNSET))

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        tx = cls(
            hash_=hash_,
            type_=type_,
            info=info,
            event_info=event_info,
            status=status,
            transaction_index=transaction_index,
            l1_address=l1_address,
            account_index=account_index,
            nonce=nonce,
            expire_at=expire_at,
            block_height=block_height,
            queued_at=queued_at,
            executed_at=executed_at,
            sequence_index=sequence_index,
            parent_hash=parent_hash,
            api_key_index=api_key_index,
            transaction_time=transaction_time,
        )

        tx.additional_properties = d
        return tx

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
