from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiToken")


@_attrs_define
class ApiToken:
    """A read-only API token."""

    token_id: int
    api_token: str
    name: str
    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    expiry: int
    sub_account_access: bool
    revoked: bool
    scopes: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_id = self.token_id

        api_token = self.api_token

        name = self.name

        account_index = self.account_index

        expiry = self.expiry

        sub_account_access = self.sub_account_access

        revoked = self.revoked

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_id": token_id,
                "api_token": api_token,
                "name": name,
                "account_index": account_index,
                "expiry": expiry,
                "sub_account_access": sub_account_access,
                "revoked": revoked,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_id = d.pop("token_id")

        api_token = d.pop("api_token")

        name = d.pop("name")

        account_index = d.pop("account_index")

        expiry = d.pop("expiry")

        sub_account_access = d.pop("sub_account_access")

        revoked = d.pop("revoked")

        scopes = d.pop("scopes")

        api_token = cls(
            token_id=token_id,
            api_token=api_token,
            name=name,
            account_index=account_index,
            expiry=expiry,
            sub_account_access=sub_account_access,
            revoked=revoked,
            scopes=scopes,
        )

        api_token.additional_properties = d
        return api_token

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
