from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskParameters")


@_attrs_define
class RiskParameters:
    """Margin requirements for one scope."""

    market_id: int | None | Unset = UNSET
    """ Market index: perpetual markets 0-254, spot markets from 2048; 255 means all markets. """
    collateral: None | str | Unset = UNSET
    """ Collateral (USDC, decimal string). """
    total_account_value: None | str | Unset = UNSET
    initial_margin_req: None | str | Unset = UNSET
    maintenance_margin_req: None | str | Unset = UNSET
    close_out_margin_req: None | str | Unset = UNSET
    total_account_liquidation_threshold: None | str | Unset = UNSET
    usdc_collateral_with_funding: None | str | Unset = UNSET
    usdc_portfolio_value: None | str | Unset = UNSET
    total_portfolio_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id: int | None | Unset
        if isinstance(self.market_id, Unset):
            market_id = UNSET
        else:
            market_id = self.market_id

        collateral: None | str | Unset
        if isinstance(self.collateral, Unset):
            collateral = UNSET
        else:
            collateral = self.collateral

        total_account_value: None | str | Unset
        if isinstance(self.total_account_value, Unset):
            total_account_value = UNSET
        else:
            total_account_value = self.total_account_value

        initial_margin_req: None | str | Unset
        if isinstance(self.initial_margin_req, Unset):
            initial_margin_req = UNSET
        else:
            initial_margin_req = self.initial_margin_req

        maintenance_margin_req: None | str | Unset
        if isinstance(self.maintenance_margin_req, Unset):
            maintenance_margin_req = UNSET
        else:
            maintenance_margin_req = self.maintenance_margin_req

        close_out_margin_req: None | str | Unset
        if isinstance(self.close_out_margin_req, Unset):
            close_out_margin_req = UNSET
        else:
            close_out_margin_req = self.close_out_margin_req

        total_account_liquidation_threshold: None | str | Unset
        if isinstance(self.total_account_liquidation_threshold, Unset):
            total_account_liquidation_threshold = UNSET
        else:
            total_account_liquidation_threshold = self.total_account_liquidation_threshold

        usdc_collateral_with_funding: None | str | Unset
        if isinstance(self.usdc_collateral_with_funding, Unset):
            usdc_collateral_with_funding = UNSET
        else:
            usdc_collateral_with_funding = self.usdc_collateral_with_funding

        usdc_portfolio_value: None | str | Unset
        if isinstance(self.usdc_portfolio_value, Unset):
            usdc_portfolio_value = UNSET
        else:
            usdc_portfolio_value = self.usdc_portfolio_value

        total_portfolio_value: None | str | Unset
        if isinstance(self.total_portfolio_value, Unset):
            total_portfolio_value = UNSET
        else:
            total_portfolio_value = self.total_portfolio_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if collateral is not UNSET:
            field_dict["collateral"] = collateral
        if total_account_value is not UNSET:
            field_dict["total_account_value"] = total_account_value
        if initial_margin_req is not UNSET:
            field_dict["initial_margin_req"] = initial_margin_req
        if maintenance_margin_req is not UNSET:
            field_dict["maintenance_margin_req"] = maintenance_margin_req
        if close_out_margin_req is not UNSET:
            field_dict["close_out_margin_req"] = close_out_margin_req
        if total_account_liquidation_threshold is not UNSET:
            field_dict["total_account_liquidation_threshold"] = total_account_liquidation_threshold
        if usdc_collateral_with_funding is not UNSET:
            field_dict["usdc_collateral_with_funding"] = usdc_collateral_with_funding
        if usdc_portfolio_value is not UNSET:
            field_dict["usdc_portfolio_value"] = usdc_portfolio_value
        if total_portfolio_value is not UNSET:
            field_dict["total_portfolio_value"] = total_portfolio_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_market_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_id = _parse_market_id(d.pop("market_id", UNSET))

        def _parse_collateral(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collateral = _parse_collateral(d.pop("collateral", UNSET))

        def _parse_total_account_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_account_value = _parse_total_account_value(d.pop("total_account_value", UNSET))

        def _parse_initial_margin_req(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_margin_req = _parse_initial_margin_req(d.pop("initial_margin_req", UNSET))

        def _parse_maintenance_margin_req(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintenance_margin_req = _parse_maintenance_margin_req(d.pop("maintenance_margin_req", UNSET))

        def _parse_close_out_margin_req(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close_out_margin_req = _parse_close_out_margin_req(d.pop("close_out_margin_req", UNSET))

        def _parse_total_account_liquidation_threshold(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_account_liquidation_threshold = _parse_total_account_liquidation_threshold(
            d.pop("total_account_liquidation_threshold", UNSET)
        )

        def _parse_usdc_collateral_with_funding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usdc_collateral_with_funding = _parse_usdc_collateral_with_funding(d.pop("usdc_collateral_with_funding", UNSET))

        def _parse_usdc_portfolio_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usdc_portfolio_value = _parse_usdc_portfolio_value(d.pop("usdc_portfolio_value", UNSET))

        def _parse_total_portfolio_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_portfolio_value = _parse_total_portfolio_value(d.pop("total_portfolio_value", UNSET))

        risk_parameters = cls(
            market_id=market_id,
            collateral=collateral,
            total_account_value=total_account_value,
            initial_margin_req=initial_margin_req,
            maintenance_margin_req=maintenance_margin_req,
            close_out_margin_req=close_out_margin_req,
            total_account_liquidation_threshold=total_account_liquidation_threshold,
            usdc_collateral_with_funding=usdc_collateral_with_funding,
            usdc_portfolio_value=usdc_portfolio_value,
            total_portfolio_value=total_portfolio_value,
        )

        risk_parameters.additional_properties = d
        return risk_parameters

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
