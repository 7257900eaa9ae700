from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Tx")


@_attrs_define
class Tx:
    """A transaction as packed into a block."""

    hash_: str
    type_: int
    info: str
    event_info: str
    status: int
    transaction_index: int
    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    nonce: int
    """ Nonce of the (account, API key) pair. """
    expire_at: int
    block_height: int
    """ Height of the block that includes the transaction. """
    queued_at: int
    executed_at: int
    sequence_index: int
    parent_hash: str
    api_key_index: int
    """ API key index (0-254; 255 = all keys). """
    transaction_time: int
    """ Unix time in microseconds at which the transaction was executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_ = self.hash_

        type_ = self.type_

        info = self.info

        event_info = self.event_info

        status = self.status

        transaction_index = self.transaction_index

        l1_address = self.l1_address

        account_index = self.account_index

        nonce = self.nonce

        expire_at = self.expire_at

        block_height = self.block_height

        queued_at = self.queued_at

        executed_at = self.executed_at

        sequence_index = self.sequence_index

        parent_hash = self.parent_hash

        api_key_index = self.api_key_index

        transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash_,
                "type": type_,
                "info": info,
                "event_info": event_info,
                "status": status,
                "transaction_index": transaction_index,
                "l1_address": l1_address,
                "account_index": account_index,
                "nonce": nonce,
                "expire_at": expire_at,
                "block_height": block_height,
                "queued_at": queued_at,
                "executed_at": executed_at,
                "sequence_index": sequence_index,
                "parent_hash": parent_hash,
                "api_key_index": api_key_index,
                "transaction_time": transaction_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hash_ = d.pop("hash")

        type_ = d.pop("type")

        info = d.pop("info")

        event_info = d.pop("event_info")

        status = d.pop("status")

        transaction_index = d.pop("transaction_index")

        l1_address = d.pop("l1_address")

        account_index = d.pop("account_index")

        nonce = d.pop("nonce")

        expire_at = d.pop("expire_at")

        block_height = d.pop("block_height")

        queued_at = d.pop("queued_at")

        executed_at = d.pop("executed_at")

        sequence_index = d.pop("sequence_index")

        parent_hash = d.pop("parent_hash")

        api_key_index = d.pop("api_key_index")

        transaction_time = d.pop("transaction_time")

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
