from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_asset import AccountAsset
    from ..models.account_position import AccountPosition
    from ..models.liquidation_info_asset_index_prices_type_0 import (
        LiquidationInfoAssetIndexPricesType0,
    )
    from ..models.liquidation_info_mark_prices_type_0 import (
        LiquidationInfoMarkPricesType0,
    )
    from ..models.risk_info import RiskInfo


T = TypeVar("T", bound="LiquidationInfo")


@_attrs_define
class LiquidationInfo:
    """Account state around a liquidation."""

    positions: list[AccountPosition] | None
    risk_info_before: None | RiskInfo
    risk_info_after: None | RiskInfo
    mark_prices: LiquidationInfoMarkPricesType0 | None
    assets: list[AccountAsset] | None
    asset_index_prices: LiquidationInfoAssetIndexPricesType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.liquidation_info_asset_index_prices_type_0 import (
            LiquidationInfoAssetIndexPricesType0,  # noqa: PLC0415
        )
        from ..models.liquidation_info_mark_prices_type_0 import (
            LiquidationInfoMarkPricesType0,  # noqa: PLC0415
        )
        from ..models.risk_info import RiskInfo  # noqa: PLC0415

        positions: list[dict[str, Any]] | None
        if isinstance(self.positions, list):
            positions = []
            for positions_type_0_item_data in self.positions:
                positions_type_0_item = positions_type_0_item_data.to_dict()
                positions.append(positions_type_0_item)

        else:
            positions = self.positions

        risk_info_before: dict[str, Any] | None
        if isinstance(self.risk_info_before, RiskInfo):
            risk_info_before = self.risk_info_before.to_dict()
        else:
            risk_info_before = self.risk_info_before

        risk_info_after: dict[str, Any] | None
        if isinstance(self.risk_info_after, RiskInfo):
            risk_info_after = self.risk_info_after.to_dict()
        else:
            risk_info_after = self.risk_info_after

        mark_prices: dict[str, Any] | None
        if isinstance(self.mark_prices, LiquidationInfoMarkPricesType0):
            mark_prices = self.mark_prices.to_dict()
        else:
            mark_prices = self.mark_prices

        assets: list[dict[str, Any]] | None
        if isinstance(self.assets, list):
            assets = []
            for assets_type_0_item_data in self.assets:
                assets_type_0_item = assets_type_0_item_data.to_dict()
                assets.append(assets_type_0_item)

        else:
            assets = self.assets

        asset_index_prices: dict[str, Any] | None
        if isinstance(self.asset_index_prices, LiquidationInfoAssetIndexPricesType0):
            asset_index_prices = self.asset_index_prices.to_dict()
        else:
            asset_index_prices = self.asset_index_prices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positions": positions,
                "risk_info_before": risk_info_before,
                "risk_info_after": risk_info_after,
                "mark_prices": mark_prices,
                "assets": assets,
                "asset_index_prices": asset_index_prices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_asset import AccountAsset  # noqa: PLC0415
        from ..models.account_position import AccountPosition  # noqa: PLC0415
        from ..models.liquidation_info_asset_index_prices_type_0 import (
            LiquidationInfoAssetIndexPricesType0,  # noqa: PLC0415
        )
        from ..models.liquidation_info_mark_prices_type_0 import (
            LiquidationInfoMarkPricesType0,  # noqa: PLC0415
        )
        from ..models.risk_info import RiskInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_positions(data: object) -> list[AccountPosition] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[AccountPosition], got {type(data).__name__}")
            positions_type_0 = []
            _positions_type_0 = data
            for positions_type_0_item_data in _positions_type_0:
                positions_type_0_item = AccountPosition.from_dict(positions_type_0_item_data)

                positions_type_0.append(positions_type_0_item)

            return positions_type_0

        positions = _parse_positions(d.pop("positions"))

        def _parse_risk_info_before(data: object) -> None | RiskInfo:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected RiskInfo, got {type(data).__name__}")
            risk_info_before_type_0 = RiskInfo.from_dict(data)

            return risk_info_before_type_0

        risk_info_before = _parse_risk_info_before(d.pop("risk_info_before"))

        def _parse_risk_info_after(data: object) -> None | RiskInfo:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected RiskInfo, got {type(data).__name__}")
            risk_info_after_type_0 = RiskInfo.from_dict(data)

            return risk_info_after_type_0

        risk_info_after = _parse_risk_info_after(d.pop("risk_info_after"))

        def _parse_mark_prices(data: object) -> LiquidationInfoMarkPricesType0 | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected LiquidationInfoMarkPricesType0, got {type(data).__name__}")
            mark_prices_type_0 = LiquidationInfoMarkPricesType0.from_dict(data)

            return mark_prices_type_0

        mark_prices = _parse_mark_prices(d.pop("mark_prices"))

        def _parse_assets(data: object) -> list[AccountAsset] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[AccountAsset], got {type(data).__name__}")
            assets_type_0 = []
            _assets_type_0 = data
            for assets_type_0_item_data in _assets_type_0:
                assets_type_0_item = AccountAsset.from_dict(assets_type_0_item_data)

                assets_type_0.append(assets_type_0_item)

            return assets_type_0

        assets = _parse_assets(d.pop("assets"))

        def _parse_asset_index_prices(data: object) -> LiquidationInfoAssetIndexPricesType0 | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected LiquidationInfoAssetIndexPricesType0, got {type(data).__name__}")
            asset_index_prices_type_0 = LiquidationInfoAssetIndexPricesType0.from_dict(data)

            return asset_index_prices_type_0

        asset_index_prices = _parse_asset_index_prices(d.pop("asset_index_prices"))

        liquidation_info = cls(
            positions=positions,
            risk_info_before=risk_info_before,
            risk_info_after=risk_info_after,
            mark_prices=mark_prices,
            assets=assets,
            asset_index_prices=asset_index_prices,
        )

        liquidation_info.additional_properties = d
        return liquidation_info

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
