from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key registered on an account: its index, public key and next nonce."""

    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    api_key_index: int
    """ API key index (0-254; 255 = all keys). """
    nonce: int
    """ Nonce of the (account, API key) pair. """
    public_key: str
    """ Public key of the API key: 80 lowercase hex characters, no 0x prefix. """
    transaction_time: int
    """ Unix time in microseconds at which the transaction was executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index = self.account_index

        api_key_index = self.api_key_index

        nonce = self.nonce

        public_key = self.public_key

        transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_index": account_index,
                "api_key_index": api_key_index,
                "nonce": nonce,
                "public_key": public_key,
                "transaction_time": transaction_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_index = d.pop("account_index")

        api_key_index = d.pop("api_key_index")

        nonce = d.pop("nonce")

        public_key = d.pop("public_key")

        transaction_time = d.pop("transaction_time")

        api_key = cls(
            account_index=account_index,
            api_key_index=api_key_index,
            nonce=nonce,
            public_key=public_key,
            transaction_time=transaction_time,
        )

        api_key.additional_properties = d
        return api_key

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
