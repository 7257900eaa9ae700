from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """An API key registered on an account: its index, public key and next nonce."""

    account_index: int | None | Unset = UNSET
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    api_key_index: int | None | Unset = UNSET
    """ API key index (0-254; 255 = all keys). """
    nonce: int | None | Unset = UNSET
    """ Nonce of the (account, API key) pair. """
    public_key: None | str | Unset = UNSET
    """ Public key of the API key: 80 lowercase hex characters, no 0x prefix. """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_index: int | None | Unset
        if isinstance(self.account_index, Unset):
            account_index = UNSET
        else:
            account_index = self.account_index

        api_key_index: int | None | Unset
        if isinstance(self.api_key_index, Unset):
            api_key_index = UNSET
        else:
            api_key_index = self.api_key_index

        nonce: int | None | Unset
        if isinstance(self.nonce, Unset):
            nonce = UNSET
        else:
            nonce = self.nonce

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_index is not UNSET:
            field_dict["account_index"] = account_index
        if api_key_index is not UNSET:
            field_dict["api_key_index"] = api_key_index
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_index = _parse_account_index(d.pop("account_index", UNSET))

        def _parse_api_key_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_key_index = _parse_api_key_index(d.pop("api_key_index", UNSET))

        def _parse_nonce(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nonce = _parse_nonce(d.pop("nonce", UNSET))

        def _parse_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_key = _parse_public_key(d.pop("public_key", UNSET))

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

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
