from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_binary_options_position import AccountBinaryOptionsPosition
    from ..models.public_pool_share import PublicPoolShare
    from ..models.ws_account_all_update_assets_type_0 import WsAccountAllUpdateAssetsType0
    from ..models.ws_account_all_update_bo_positions_type_1 import (
        WsAccountAllUpdateBoPositionsType1,
    )
    from ..models.ws_account_all_update_funding_histories_type_0 import (
        WsAccountAllUpdateFundingHistoriesType0,
    )
    from ..models.ws_account_all_update_orders_type_0 import WsAccountAllUpdateOrdersType0
    from ..models.ws_account_all_update_positions_type_0 import (
        WsAccountAllUpdatePositionsType0,
    )
    from ..models.ws_account_all_update_trades_type_0 import WsAccountAllUpdateTradesType0


T = TypeVar("T", bound="WsAccountAllUpdate")


@_attrs_define
class WsAccountAllUpdate:
    """A frame of channel `account_all:{account}`: orders, positions, trades and funding of the account in one stream.
    The keyed-by-market shapes follow the sibling `account_all_*` channels; unknown parts land in
    `additional_properties`.

    """

    type_: str
    channel: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    account: int | None | Unset = UNSET
    positions: None | Unset | WsAccountAllUpdatePositionsType0 = UNSET
    trades: None | Unset | WsAccountAllUpdateTradesType0 = UNSET
    funding_histories: None | Unset | WsAccountAllUpdateFundingHistoriesType0 = UNSET
    shares: list[PublicPoolShare] | None | Unset = UNSET
    orders: None | Unset | WsAccountAllUpdateOrdersType0 = UNSET
    """ Active orders keyed by market index (as a string). """
    assets: None | Unset | WsAccountAllUpdateAssetsType0 = UNSET
    """ Spot balances keyed by asset id (as a string), as in `account_all_assets`. """
    daily_trades_count: int | None | Unset = UNSET
    """ Fills of the account in the last 24 hours. """
    daily_volume: float | None | Unset = UNSET
    """ USDC volume of those fills. """
    weekly_trades_count: int | None | Unset = UNSET
    weekly_volume: float | None | Unset = UNSET
    monthly_trades_count: int | None | Unset = UNSET
    monthly_volume: float | None | Unset = UNSET
    total_trades_count: int | None | Unset = UNSET
    total_volume: float | None | Unset = UNSET
    bo_positions: list[AccountBinaryOptionsPosition] | None | Unset | WsAccountAllUpdateBoPositionsType1 = UNSET
    """ Binary-option holdings (a list, or a map by market id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ws_account_all_update_assets_type_0 import (
            WsAccountAllUpdateAssetsType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_bo_positions_type_1 import (
            WsAccountAllUpdateBoPositionsType1,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_funding_histories_type_0 import (
            WsAccountAllUpdateFundingHistoriesType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_orders_type_0 import (
            WsAccountAllUpdateOrdersType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_positions_type_0 import (
            WsAccountAllUpdatePositionsType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_trades_type_0 import (
            WsAccountAllUpdateTradesType0,  # noqa: PLC0415
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

        account: int | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        positions: dict[str, Any] | None | Unset
        if isinstance(self.positions, Unset):
            positions = UNSET
        elif isinstance(self.positions, WsAccountAllUpdatePositionsType0):
            positions = self.positions.to_dict()
        else:
            positions = self.positions

        trades: dict[str, Any] | None | Unset
        if isinstance(self.trades, Unset):
            trades = UNSET
        elif isinstance(self.trades, WsAccountAllUpdateTradesType0):
            trades = self.trades.to_dict()
        else:
            trades = self.trades

        funding_histories: dict[str, Any] | None | Unset
        if isinstance(self.funding_histories, Unset):
            funding_histories = UNSET
        elif isinstance(self.funding_histories, WsAccountAllUpdateFundingHistoriesType0):
            funding_histories = self.funding_histories.to_dict()
        else:
            funding_histories = self.funding_histories

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

        orders: dict[str, Any] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, WsAccountAllUpdateOrdersType0):
            orders = self.orders.to_dict()
        else:
            orders = self.orders

        assets: dict[str, Any] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, WsAccountAllUpdateAssetsType0):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        daily_trades_count: int | None | Unset
        if isinstance(self.daily_trades_count, Unset):
            daily_trades_count = UNSET
        else:
            daily_trades_count = self.daily_trades_count

        daily_volume: float | None | Unset
        if isinstance(self.daily_volume, Unset):
            daily_volume = UNSET
        else:
            daily_volume = self.daily_volume

        weekly_trades_count: int | None | Unset
        if isinstance(self.weekly_trades_count, Unset):
            weekly_trades_count = UNSET
        else:
            weekly_trades_count = self.weekly_trades_count

        weekly_volume: float | None | Unset
        if isinstance(self.weekly_volume, Unset):
            weekly_volume = UNSET
        else:
            weekly_volume = self.weekly_volume

        monthly_trades_count: int | None | Unset
        if isinstance(self.monthly_trades_count, Unset):
            monthly_trades_count = UNSET
        else:
            monthly_trades_count = self.monthly_trades_count

        monthly_volume: float | None | Unset
        if isinstance(self.monthly_volume, Unset):
            monthly_volume = UNSET
        else:
            monthly_volume = self.monthly_volume

        total_trades_count: int | None | Unset
        if isinstance(self.total_trades_count, Unset):
            total_trades_count = UNSET
        else:
            total_trades_count = self.total_trades_count

        total_volume: float | None | Unset
        if isinstance(self.total_volume, Unset):
            total_volume = UNSET
        else:
            total_volume = self.total_volume

        bo_positions: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.bo_positions, Unset):
            bo_positions = UNSET
        elif isinstance(self.bo_positions, list):
            bo_positions = []
            for bo_positions_type_0_item_data in self.bo_positions:
                bo_positions_type_0_item = bo_positions_type_0_item_data.to_dict()
                bo_positions.append(bo_positions_type_0_item)

        elif isinstance(self.bo_positions, WsAccountAllUpdateBoPositionsType1):
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
        if account is not UNSET:
            field_dict["account"] = account
        if positions is not UNSET:
            field_dict["positions"] = positions
        if trades is not UNSET:
            field_dict["trades"] = trades
        if funding_histories is not UNSET:
            field_dict["funding_histories"] = funding_histories
        if shares is not UNSET:
            field_dict["shares"] = shares
        if orders is not UNSET:
            field_dict["orders"] = orders
        if assets is not UNSET:
            field_dict["assets"] = assets
        if daily_trades_count is not UNSET:
            field_dict["daily_trades_count"] = daily_trades_count
        if daily_volume is not UNSET:
            field_dict["daily_volume"] = daily_volume
        if weekly_trades_count is not UNSET:
            field_dict["weekly_trades_count"] = weekly_trades_count
        if weekly_volume is not UNSET:
            field_dict["weekly_volume"] = weekly_volume
        if monthly_trades_count is not UNSET:
            field_dict["monthly_trades_count"] = monthly_trades_count
        if monthly_volume is not UNSET:
            field_dict["monthly_volume"] = monthly_volume
        if total_trades_count is not UNSET:
            field_dict["total_trades_count"] = total_trades_count
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if bo_positions is not UNSET:
            field_dict["bo_positions"] = bo_positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_binary_options_position import (
            AccountBinaryOptionsPosition,  # noqa: PLC0415
        )
        from ..models.public_pool_share import PublicPoolShare  # noqa: PLC0415
        from ..models.ws_account_all_update_assets_type_0 import (
            WsAccountAllUpdateAssetsType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_bo_positions_type_1 import (
            WsAccountAllUpdateBoPositionsType1,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_funding_histories_type_0 import (
            WsAccountAllUpdateFundingHistoriesType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_orders_type_0 import (
            WsAccountAllUpdateOrdersType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_positions_type_0 import (
            WsAccountAllUpdatePositionsType0,  # noqa: PLC0415
        )
        from ..models.ws_account_all_update_trades_type_0 import (
            WsAccountAllUpdateTradesType0,  # noqa: PLC0415
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

        def _parse_account(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_positions(data: object) -> None | Unset | WsAccountAllUpdatePositionsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllUpdatePositionsType0, got {type(data).__name__}")
            positions_type_0 = WsAccountAllUpdatePositionsType0.from_dict(data)

            return positions_type_0

        positions = _parse_positions(d.pop("positions", UNSET))

        def _parse_trades(data: object) -> None | Unset | WsAccountAllUpdateTradesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllUpdateTradesType0, got {type(data).__name__}")
            trades_type_0 = WsAccountAllUpdateTradesType0.from_dict(data)

            return trades_type_0

        trades = _parse_trades(d.pop("trades", UNSET))

        def _parse_funding_histories(data: object) -> None | Unset | WsAccountAllUpdateFundingHistoriesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllUpdateFundingHistoriesType0, got {type(data).__name__}")
            funding_histories_type_0 = WsAccountAllUpdateFundingHistoriesType0.from_dict(data)

            return funding_histories_type_0

        funding_histories = _parse_funding_histories(d.pop("funding_histories", UNSET))

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

        def _parse_orders(data: object) -> None | Unset | WsAccountAllUpdateOrdersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllUpdateOrdersType0, got {type(data).__name__}")
            orders_type_0 = WsAccountAllUpdateOrdersType0.from_dict(data)

            return orders_type_0

        orders = _parse_orders(d.pop("orders", UNSET))

        def _parse_assets(data: object) -> None | Unset | WsAccountAllUpdateAssetsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected WsAccountAllUpdateAssetsType0, got {type(data).__name__}")
            assets_type_0 = WsAccountAllUpdateAssetsType0.from_dict(data)

            return assets_type_0

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_daily_trades_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_trades_count = _parse_daily_trades_count(d.pop("daily_trades_count", UNSET))

        def _parse_daily_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_volume = _parse_daily_volume(d.pop("daily_volume", UNSET))

        def _parse_weekly_trades_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weekly_trades_count = _parse_weekly_trades_count(d.pop("weekly_trades_count", UNSET))

        def _parse_weekly_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weekly_volume = _parse_weekly_volume(d.pop("weekly_volume", UNSET))

        def _parse_monthly_trades_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        monthly_trades_count = _parse_monthly_trades_count(d.pop("monthly_trades_count", UNSET))

        def _parse_monthly_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        monthly_volume = _parse_monthly_volume(d.pop("monthly_volume", UNSET))

        def _parse_total_trades_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_trades_count = _parse_total_trades_count(d.pop("total_trades_count", UNSET))

        def _parse_total_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_volume = _parse_total_volume(d.pop("total_volume", UNSET))

        def _parse_bo_positions(
            data: object,
        ) -> list[AccountBinaryOptionsPosition] | None | Unset | WsAccountAllUpdateBoPositionsType1:
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
                raise TypeError(f"expected WsAccountAllUpdateBoPositionsType1, got {type(data).__name__}")
            bo_positions_type_1 = WsAccountAllUpdateBoPositionsType1.from_dict(data)

            return bo_positions_type_1

        bo_positions = _parse_bo_positions(d.pop("bo_positions", UNSET))

        ws_account_all_update = cls(
            type_=type_,
            channel=channel,
            timestamp=timestamp,
            account=account,
            positions=positions,
            trades=trades,
            funding_histories=funding_histories,
            shares=shares,
            orders=orders,
            assets=assets,
            daily_trades_count=daily_trades_count,
            daily_volume=daily_volume,
            weekly_trades_count=weekly_trades_count,
            weekly_volume=weekly_volume,
            monthly_trades_count=monthly_trades_count,
            monthly_volume=monthly_volume,
            total_trades_count=total_trades_count,
            total_volume=total_volume,
            bo_positions=bo_positions,
        )

        ws_account_all_update.additional_properties = d
        return ws_account_all_update

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
