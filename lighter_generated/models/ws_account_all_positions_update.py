from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_binary_options_position import AccountBinaryOptionsPosition
    from ..models.public_pool_share import PublicPoolShare
    from ..models.ws_account_all_positions_update_bo_positions_type_1 import (
        WsAccountAllPositionsUpdateBoPositionsType1,
    )
    from ..models.ws_account_all_positions_update_positions_type_0 import (
        WsAccountAllPositionsUpdatePositionsType0,
    )


T = TypeVar("T", bound="WsAccountAllPositionsUpdate")


@_attrs_define
class WsAccountAllPositionsUpdate:
    """A frame of channel `account_all_positions:{account}` (needs `auth`): positions keyed by market id."""

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    positions: None | Unset | WsAccountAllPositionsUpdatePositionsType0 = UNSET
    """ Market id (as a string) to the position in that market. """
    shares: list[PublicPoolShare] | None | Unset = UNSET
    """ Public pool shares held by the account. """
    bo_positions: list[AccountBinaryOptionsPosition] | None | Unset | WsAccountAllPositionsUpdateBoPositionsType1 = (
        UNSET
    )
    """ Binary-option holdings (a list, or a map by market id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_account_all_positions_update_bo_positions_type_1 import (
            WsAccountAllPositionsUpdateBoPositionsType1,  # noqa: PLC0415
        )
        from ..models.ws_account_all_positions_update_positions_type_0 import (
            WsAccountAllPositionsUpdatePositionsType0,  # noqa: PLC0415
        )

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

        positions: dict[str, Any] | None | Unset
        if isinstance(self.positions, Unset):
            positions = UNSET
        elif isinstance(self.positions, WsAccountAllPositionsUpdatePositionsType0):
            positions = self.positions.to_dict()
        else:
            positions = self.positions

        shares: list[dict[str, Any]] | None | Unset
        if isinstance(self.shares, Unset):
            shares = UNSET
        elif isinstance(self.shares, list):
            shares = []
            for shares_type_0_item_data in self.shares:
                shares_type_0_item = shares_type_0_item_data.to_dict()
                shares.append(shares_type_0_item)

        else:
            shares = self.shares

        bo_positions: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.bo_positions, Unset):
            bo_positions = UNSET
        elif isinstance(self.bo_positions, list):
            bo_positions = []
            for bo_positions_type_0_item_data in self.bo_positions:
                bo_positions_type_0_item = bo_positions_type_0_item_data.to_dict()
                bo_positions.append(bo_positions_type_0_item)

        elif isinstance(self.bo_positions, WsAccountAllPositionsUpdateBoPositionsType1):
            bo_positions = self.bo_positions.to_dict()
        else:
            bo_positions = self.bo_positions

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
        if positions is not UNSET:
            field_dict["positions"] = positions
        if shares is not UNSET:
            field_dict["shares"] = shares
        if bo_positions is not UNSET:
            field_dict["bo_positions"] = bo_positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_binary_options_position import (
            AccountBinaryOptionsPosition,  # noqa: PLC0415
        )
        from ..models.public_pool_share import PublicPoolShare  # noqa: PLC0415
        from ..models.ws_account_all_positions_update_bo_positions_type_1 import (
            WsAccountAllPositionsUpdateBoPositionsType1,  # noqa: PLC0415
        )
        from ..models.ws_account_all_positions_update_positions_type_0 import (
            WsAccountAllPositionsUpdatePositionsType0,  # noqa: PLC0415
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

        def _parse_positions(data: object) -> None | Unset | WsAccountAllPositionsUpdatePositionsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllPositionsUpdatePositionsType0, got {type(data).__name__}")
            positions_type_0 = WsAccountAllPositionsUpdatePositionsType0.from_dict(data)

            return positions_type_0

        positions = _parse_positions(d.pop("positions", UNSET))

        def _parse_shares(data: object) -> list[PublicPoolShare] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PublicPoolShare], got {type(data).__name__}")
            shares_type_0 = []
            _shares_type_0 = data
            for shares_type_0_item_data in _shares_type_0:
                shares_type_0_item = PublicPoolShare.from_dict(shares_type_0_item_data)

                shares_type_0.append(shares_type_0_item)

            return shares_type_0

        shares = _parse_shares(d.pop("shares", UNSET))

        def _parse_bo_positions(
            data: object,
        ) -> list[AccountBinaryOptionsPosition] | None | Unset | WsAccountAllPositionsUpdateBoPositionsType1:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bo_positions_type_0 = []
                _bo_positions_type_0 = data
                for bo_positions_type_0_item_data in _bo_positions_type_0:
                    bo_positions_type_0_item = AccountBinaryOptionsPosition.from_dict(bo_positions_type_0_item_data)

                    bo_positions_type_0.append(bo_positions_type_0_item)

                return bo_positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllPositionsUpdateBoPositionsType1, got {type(data).__name__}")
            bo_positions_type_1 = WsAccountAllPositionsUpdateBoPositionsType1.from_dict(data)

            return bo_positions_type_1

        bo_positions = _parse_bo_positions(d.pop("bo_positions", UNSET))

        ws_account_all_positions_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            positions=positions,
            shares=shares,
            bo_positions=bo_positions,
        )

        ws_account_all_positions_update.additional_properties = d
        return ws_account_all_positions_update

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
