from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_order_book import WsOrderBook


T = TypeVar("T", bound="WsOrderBookUpdate")


@_attrs_define
class WsOrderBookUpdate:
    """A `subscribed/order_book` (snapshot) or `update/order_book` (diff) frame of channel `order_book:{market_id}`."""

    type_: str
    """ `subscribed/order_book` or `update/order_book`. """
    channel: None | str | Unset = UNSET
    """ `order_book:{market_id}` (the subscribe message uses `order_book/{market_id}`). """
    offset: int | None | Unset = UNSET
    """ Same as `order_book.offset`. """
    timestamp: int | None | Unset = UNSET
    """ Server time of the frame, unix milliseconds. """
    last_updated_at: int | None | Unset = UNSET
    """ Same as `order_book.last_updated_at`. """
    order_book: WsOrderBook | Unset = UNSET
    """ Order book content of an `order_book` frame: the full book in a snapshot (`subscribed/order_book`), changed
    levels only in an update (`update/order_book`). `offset` grows by one per update on a connection; `nonce` is the
    exchange's book version, and newer servers send `begin_nonce`, which equals the previous frame's `nonce` when no
    update was missed.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        last_updated_at: int | None | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = self.last_updated_at

        order_book: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_book, Unset):
            order_book = self.order_book.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if offset is not UNSET:
            field_dict["offset"] = offset
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at
        if order_book is not UNSET:
            field_dict["order_book"] = order_book

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_order_book import WsOrderBook  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_last_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

        _order_book = d.pop("order_book", UNSET)
        order_book: WsOrderBook | Unset
        if isinstance(_order_book, Unset):
            order_book = UNSET
        else:
            order_book = WsOrderBook.from_dict(_order_book)

        ws_order_book_update = cls(
            type_=type_,
            channel=channel,
            offset=offset,
            timestamp=timestamp,
            last_updated_at=last_updated_at,
            order_book=order_book,
        )

        ws_order_book_update.additional_properties = d
        return ws_order_book_update

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
