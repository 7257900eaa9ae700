from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_return import DailyReturn
    from ..models.share_price import SharePrice
    from ..models.strategy import Strategy


T = TypeVar("T", bound="PublicPoolInfo")


@_attrs_define
class PublicPoolInfo:
    """Pool-specific state of a public pool account."""

    status: int | None | Unset = UNSET
    """ Known values: 0 active, 1 frozen. """
    operator_fee: None | str | Unset = UNSET
    min_operator_share_rate: None | str | Unset = UNSET
    total_shares: int | None | Unset = UNSET
    operator_shares: int | None | Unset = UNSET
    annual_percentage_yield: float | None | Unset = UNSET
    daily_returns: list[DailyReturn] | None | Unset = UNSET
    share_prices: list[SharePrice] | None | Unset = UNSET
    sharpe_ratio: float | None | Unset = UNSET
    strategies: list[Strategy] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        operator_fee: None | str | Unset
        if isinstance(self.operator_fee, Unset):
            operator_fee = UNSET
        else:
            operator_fee = self.operator_fee

        min_operator_share_rate: None | str | Unset
        if isinstance(self.min_operator_share_rate, Unset):
            min_operator_share_rate = UNSET
        else:
            min_operator_share_rate = self.min_operator_share_rate

        total_shares: int | None | Unset
        if isinstance(self.total_shares, Unset):
            total_shares = UNSET
        else:
            total_shares = self.total_shares

        operator_shares: int | None | Unset
        if isinstance(self.operator_shares, Unset):
            operator_shares = UNSET
        else:
            operator_shares = self.operator_shares

        annual_percentage_yield: float | None | Unset
        if isinstance(self.annual_percentage_yield, Unset):
            annual_percentage_yield = UNSET
        else:
            annual_percentage_yield = self.annual_percentage_yield

        daily_returns: list[dict[str, Any]] | None | Unset
        if isinstance(self.daily_returns, Unset):
            daily_returns = UNSET
        elif isinstance(self.daily_returns, list):
            daily_returns = []
            for daily_returns_type_0_item_data in self.daily_returns:
                daily_returns_type_0_item = daily_returns_type_0_item_data.to_dict()
                daily_returns.append(daily_returns_type_0_item)

        else:
            daily_returns = self.daily_returns

        share_prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.share_prices, Unset):
            share_prices = UNSET
        elif isinstance(self.share_prices, list):
            share_prices = []
            for share_prices_type_0_item_data in self.share_prices:
                share_prices_type_0_item = share_prices_type_0_item_data.to_dict()
                share_prices.append(share_prices_type_0_item)

        else:
            share_prices = self.share_prices

        sharpe_ratio: float | None | Unset
        if isinstance(self.sharpe_ratio, Unset):
            sharpe_ratio = UNSET
        else:
            sharpe_ratio = self.sharpe_ratio

        strategies: list[dict[str, Any]] | None | Unset
        if isinstance(self.strategies, Unset):
            strategies = UNSET
        elif isinstance(self.strategies, list):
            strategies = []
            for strategies_type_0_item_data in self.strategies:
                strategies_type_0_item = strategies_type_0_item_data.to_dict()
                strategies.append(strategies_type_0_item)

        else:
            strategies = self.strategies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if operator_fee is not UNSET:
            field_dict["operator_fee"] = operator_fee
        if min_operator_share_rate is not UNSET:
            field_dict["min_operator_share_rate"] = min_operator_share_rate
        if total_shares is not UNSET:
            field_dict["total_shares"] = total_shares
        if operator_shares is not UNSET:
            field_dict["operator_shares"] = operator_shares
        if annual_percentage_yield is not UNSET:
            field_dict["annual_percentage_yield"] = annual_percentage_yield
        if daily_returns is not UNSET:
            field_dict["daily_returns"] = daily_returns
        if share_prices is not UNSET:
            field_dict["share_prices"] = share_prices
        if sharpe_ratio is not UNSET:
            field_dict["sharpe_ratio"] = sharpe_ratio
        if strategies is not UNSET:
            field_dict["strategies"] = strategies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_return import DailyReturn  # noqa: PLC0415
        from ..models.share_price import SharePrice  # noqa: PLC0415
        from ..models.strategy import Strategy  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_operator_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator_fee = _parse_operator_fee(d.pop("operator_fee", UNSET))

        def _parse_min_operator_share_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_operator_share_rate = _parse_min_operator_share_rate(d.pop("min_operator_share_rate", UNSET))

        def _parse_total_shares(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_shares = _parse_total_shares(d.pop("total_shares", UNSET))

        def _parse_operator_shares(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        operator_shares = _parse_operator_shares(d.pop("operator_shares", UNSET))

        def _parse_annual_percentage_yield(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        annual_percentage_yield = _parse_annual_percentage_yield(d.pop("annual_percentage_yield", UNSET))

        def _parse_daily_returns(data: object) -> list[DailyReturn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[DailyReturn], got {type(data).__name__}")
            daily_returns_type_0 = []
            _daily_returns_type_0 = data
            for daily_returns_type_0_item_data in _daily_returns_type_0:
                daily_returns_type_0_item = DailyReturn.from_dict(daily_returns_type_0_item_data)

                daily_returns_type_0.append(daily_returns_type_0_item)

            return daily_returns_type_0

        daily_returns = _parse_daily_returns(d.pop("daily_returns", UNSET))

        def _parse_share_prices(data: object) -> list[SharePrice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[SharePrice], got {type(data).__name__}")
            share_prices_type_0 = []
            _share_prices_type_0 = data
            for share_prices_type_0_item_data in _share_prices_type_0:
                share_prices_type_0_item = SharePrice.from_dict(share_prices_type_0_item_data)

                share_prices_type_0.append(share_prices_type_0_item)

            return share_prices_type_0

        share_prices = _parse_share_prices(d.pop("share_prices", UNSET))

        def _parse_sharpe_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sharpe_ratio = _parse_sharpe_ratio(d.pop("sharpe_ratio", UNSET))

        def _parse_strategies(data: object) -> list[Strategy] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Strategy], got {type(data).__name__}")
            strategies_type_0 = []
            _strategies_type_0 = data
            for strategies_type_0_item_data in _strategies_type_0:
                strategies_type_0_item = Strategy.from_dict(strategies_type_0_item_data)

                strategies_type_0.append(strategies_type_0_item)

            return strategies_type_0

        strategies = _parse_strategies(d.pop("strategies", UNSET))

        public_pool_info = cls(
            status=status,
            operator_fee=operator_fee,
            min_operator_share_rate=min_operator_share_rate,
            total_shares=total_shares,
            operator_shares=operator_shares,
            annual_percentage_yield=annual_percentage_yield,
            daily_returns=daily_returns,
            share_prices=share_prices,
            sharpe_ratio=sharpe_ratio,
            strategies=strategies,
        )

        public_pool_info.additional_properties = d
        return public_pool_info

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
