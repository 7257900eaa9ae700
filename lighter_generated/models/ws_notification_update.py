from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_notification_update_notifications_type_0_item import (
        WsNotificationUpdateNotificationsType0Item,
    )
    from ..models.ws_notification_update_notifs_type_0_item import (
        WsNotificationUpdateNotifsType0Item,
    )


T = TypeVar("T", bound="WsNotificationUpdate")


@_attrs_define
class WsNotificationUpdate:
    """A frame of channel `notification:{account}` (needs `auth`): notifications of the account. The official TypeScript
    client reads them under `notifs`; the asyncapi names `notifications`.

    """

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    notifications: list[WsNotificationUpdateNotificationsType0Item] | None | Unset = UNSET
    notifs: list[WsNotificationUpdateNotifsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        notifications: list[dict[str, Any]] | None | Unset
        if isinstance(self.notifications, Unset):
            notifications = UNSET
        elif isinstance(self.notifications, list):
            notifications = []
            for notifications_type_0_item_data in self.notifications:
                notifications_type_0_item = notifications_type_0_item_data.to_dict()
                notifications.append(notifications_type_0_item)

        else:
            notifications = self.notifications

        notifs: list[dict[str, Any]] | None | Unset
        if isinstance(self.notifs, Unset):
            notifs = UNSET
        elif isinstance(self.notifs, list):
            notifs = []
            for notifs_type_0_item_data in self.notifs:
                notifs_type_0_item = notifs_type_0_item_data.to_dict()
                notifs.append(notifs_type_0_item)

        else:
            notifs = self.notifs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if notifs is not UNSET:
            field_dict["notifs"] = notifs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_notification_update_notifications_type_0_item import (
            WsNotificationUpdateNotificationsType0Item,  # noqa: PLC0415
        )
        from ..models.ws_notification_update_notifs_type_0_item import (
            WsNotificationUpdateNotifsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_notifications(data: object) -> list[WsNotificationUpdateNotificationsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[WsNotificationUpdateNotificationsType0Item], got {type(data).__name__}")
            notifications_type_0 = []
            _notifications_type_0 = data
            for notifications_type_0_item_data in _notifications_type_0:
                notifications_type_0_item = WsNotificationUpdateNotificationsType0Item.from_dict(
                    notifications_type_0_item_data
                )

                notifications_type_0.append(notifications_type_0_item)

            return notifications_type_0

        notifications = _parse_notifications(d.pop("notifications", UNSET))

        def _parse_notifs(data: object) -> list[WsNotificationUpdateNotifsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[WsNotificationUpdateNotifsType0Item], got {type(data).__name__}")
            notifs_type_0 = []
            _notifs_type_0 = data
            for notifs_type_0_item_data in _notifs_type_0:
                notifs_type_0_item = WsNotificationUpdateNotifsType0Item.from_dict(notifs_type_0_item_data)

                notifs_type_0.append(notifs_type_0_item)

            return notifs_type_0

        notifs = _parse_notifs(d.pop("notifs", UNSET))

        ws_notification_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            account_id=account_id,
            notifications=notifications,
            notifs=notifs,
        )

        ws_notification_update.additional_properties = d
        return ws_notification_update

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
