from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsSubscribe")


@_attrs_define
class WsSubscribe:
    """Client message `{"type": "subscribe", "channel": "order_book/0"}`; private channels add `auth` (an auth token)."""

    type_: str
    """ `subscribe` or `unsubscribe`. """
    channel: str
    """ Channel with `/` separators, e.g. `order_book/0`, `account_all_orders/123`, `market_stats/all`. """
    auth: str | Unset = UNSET
    """ Auth token, required for account channels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel = self.channel

        auth = self.auth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "channel": channel,
            }
        )
        if auth is not UNSET:
            field_dict["auth"] = auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        channel = d.pop("channel")

        auth = d.pop("auth", UNSET)

        ws_subscribe = cls(
            type_=type_,
            channel=channel,
            auth=auth,
        )

        ws_subscribe.additional_properties = d
        return ws_subscribe

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
