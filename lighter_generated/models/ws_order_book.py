from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_price_level import WsPriceLevel


T = TypeVar("T", bound="WsOrderBook")


@_attrs_define
class WsOrderBook:
    """Order book content of an `order_book` frame: the full book in a snapshot (`subscribed/order_book`), changed
    levels only in an update (`update/order_book`). `offset` grows by one per update on a connection; `nonce` is the
    exchange's book version, and newer servers send `begin_nonce`, which equals the previous frame's `nonce` when no
    update was missed.

    """

    code: int | None | Unset = UNSET
    """ Always 0 in data frames. """
    asks: list[WsPriceLevel] | None | Unset = UNSET
    """ Ask levels, lowest price first. """
    bids: list[WsPriceLevel] | None | Unset = UNSET
    """ Bid levels, highest price first. """
    offset: int | None | Unset = UNSET
    """ Sequence number of this frame. """
    nonce: int | None | Unset = UNSET
    """ Book version after this frame. """
    begin_nonce: int | None | Unset = UNSET
    """ Book version this update applies to (the previous frame's `nonce`); sent by newer servers only. """
    last_updated_at: int | None | Unset = UNSET
    """ Time of the last change, unix microseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        asks: list[dict[str, Any]] | None | Unset
        if isinstance(self.asks, Unset):
            asks = UNSET
        elif isinstance(self.asks, list):
            asks = []
            for asks_type_0_item_data in self.asks:
                asks_type_0_item = asks_type_0_item_data.to_dict()
                asks.append(asks_type_0_item)

        else:
            asks = self.asks

        bids: list[dict[str, Any]] | None | Unset
        if isinstance(self.bids, Unset):
            bids = UNSET
        elif isinstance(self.bids, list):
            bids = []
            for bids_type_0_item_data in self.bids:
                bids_type_0_item = bids_type_0_item_data.to_dict()
                bids.append(bids_type_0_item)

        else:
            bids = self.bids

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        nonce: int | None | Unset
        if isinstance(self.nonce, Unset):
            nonce = UNSET
        else:
            nonce = self.nonce

        begin_nonce: int | None | Unset
        if isinstance(self.begin_nonce, Unset):
            begin_nonce = UNSET
        else:
            begin_nonce = self.begin_nonce

        last_updated_at: int | None | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = self.last_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if asks is not UNSET:
            field_dict["asks"] = asks
        if bids is not UNSET:
            field_dict["bids"] = bids
        if offset is not UNSET:
            field_dict["offset"] = offset
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if begin_nonce is not UNSET:
            field_dict["begin_nonce"] = begin_nonce
        if last_updated_at is not UNSET:
            field_dict["last_updated_at"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_price_level import WsPriceLevel  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_asks(data: object) -> list[WsPriceLevel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[WsPriceLevel], got {type(data).__name__}")
            asks_type_0 = []
            _asks_type_0 = data
            for asks_type_0_item_data in _asks_type_0:
                asks_type_0_item = WsPriceLevel.from_dict(asks_type_0_item_data)

                asks_type_0.append(asks_type_0_item)

            return asks_type_0

        asks = _parse_asks(d.pop("asks", UNSET))

        def _parse_bids(data: object) -> list[WsPriceLevel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[WsPriceLevel], got {type(data).__name__}")
            bids_type_0 = []
            _bids_type_0 = data
            for bids_type_0_item_data in _bids_type_0:
                bids_type_0_item = WsPriceLevel.from_dict(bids_type_0_item_data)

                bids_type_0.append(bids_type_0_item)

            return bids_type_0

        bids = _parse_bids(d.pop("bids", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        def _parse_nonce(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nonce = _parse_nonce(d.pop("nonce", UNSET))

        def _parse_begin_nonce(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        begin_nonce = _parse_begin_nonce(d.pop("begin_nonce", UNSET))

        def _parse_last_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_updated_at = _parse_last_updated_at(d.pop("last_updated_at", UNSET))

        ws_order_book = cls(
            code=code,
            asks=asks,
            bids=bids,
            offset=offset,
            nonce=nonce,
            begin_nonce=begin_nonce,
            last_updated_at=last_updated_at,
        )

        ws_order_book.additional_properties = d
        return ws_order_book

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
