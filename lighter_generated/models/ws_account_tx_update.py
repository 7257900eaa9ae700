from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tx import Tx


T = TypeVar("T", bound="WsAccountTxUpdate")


@_attrs_define
class WsAccountTxUpdate:
    """A frame of channel `account_tx:{account}` (needs `auth`): transactions of the account."""

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    txs: list[Tx] | None | Unset = UNSET
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

        txs: list[dict[str, Any]] | None | Unset
        if isinstance(self.txs, Unset):
            txs = UNSET
        elif isinstance(self.txs, list):
            txs = []
            for txs_type_0_item_data in self.txs:
                txs_type_0_item = txs_type_0_item_data.to_dict()
                txs.append(txs_type_0_item)

        else:
            txs = self.txs

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
        if txs is not UNSET:
            field_dict["txs"] = txs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tx import Tx  # noqa: PLC0415

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

        def _parse_txs(data: object) -> list[Tx] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Tx], got {type(data).__name__}")
            txs_type_0 = []
            _txs_type_0 = data
            for txs_type_0_item_data in _txs_type_0:
                txs_type_0_item = Tx.from_dict(txs_type_0_item_data)

                txs_type_0.append(txs_type_0_item)

            return txs_type_0

        txs = _parse_txs(d.pop("txs", UNSET))

        ws_account_tx_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            txs=txs,
        )

        ws_account_tx_update.additional_properties = d
        return ws_account_tx_update

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
