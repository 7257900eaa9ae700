from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.daily_return import DailyReturn
    from ..models.share_price import SharePrice
    from ..models.strategy import Strategy


T = TypeVar("T", bound="PublicPoolInfo")


@_attrs_define
class PublicPoolInfo:
    """Pool-specific state of a public pool account."""

    status: int
    """ Known values: 0 active, 1 frozen. """
    operator_fee: str
    min_operator_share_rate: str
    total_shares: int
    operator_shares: int
    annual_percentage_yield: float
    daily_returns: list[DailyReturn] | None
    share_prices: list[SharePrice] | None
    sharpe_ratio: float
    strategies: list[Strategy] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        operator_fee = self.operator_fee

        min_operator_share_rate = self.min_operator_share_rate

        total_shares = self.total_shares

        operator_shares = self.operator_shares

        annual_percentage_yield = self.annual_percentage_yield

        daily_returns: list[dict[str, Any]] | None
        if isinstance(self.daily_returns, list):
            daily_returns = []
            for daily_returns_type_0_item_data in self.daily_returns:
                daily_returns_type_0_item = daily_returns_type_0_item_data.to_dict()
                daily_returns.append(daily_returns_type_0_item)

        else:
            daily_returns = self.daily_returns

        share_prices: list[dict[str, Any]] | None
        if isinstance(self.share_prices, list):
            share_prices = []
            for share_prices_type_0_item_data in self.share_prices:
                share_prices_type_0_item = share_prices_type_0_item_data.to_dict()
                share_prices.append(share_prices_type_0_item)

        else:
            share_prices = self.share_prices

        sharpe_ratio = self.sharpe_ratio

        strategies: list[dict[str, Any]] | None
        if isinstance(self.strategies, list):
            strategies = []
            for strategies_type_0_item_data in self.strategies:
                strategies_type_0_item = strategies_type_0_item_data.to_dict()
                strategies.append(strategies_type_0_item)

        else:
            strategies = self.strategies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "operator_fee": operator_fee,
                "min_operator_share_rate": min_operator_share_rate,
                "total_shares": total_shares,
                "operator_shares": operator_shares,
                "annual_percentage_yield": annual_percentage_yield,
                "daily_returns": daily_returns,
                "share_prices": share_prices,
                "sharpe_ratio": sharpe_ratio,
                "strategies": strategies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_return import DailyReturn  # noqa: PLC0415
        from ..models.share_price import SharePrice  # noqa: PLC0415
        from ..models.strategy import Strategy  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        operator_fee = d.pop("operator_fee")

        min_operator_share_rate = d.pop("min_operator_share_rate")

        total_shares = d.pop("total_shares")

        operator_shares = d.pop("operator_shares")

        annual_percentage_yield = d.pop("annual_percentage_yield")

        def _parse_daily_returns(data: object) -> list[DailyReturn] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[DailyReturn], got {type(data).__name__}")
            daily_returns_type_0 = []
            _daily_returns_type_0 = data
            for daily_returns_type_0_item_data in _daily_returns_type_0:
                daily_returns_type_0_item = DailyReturn.from_dict(daily_returns_type_0_item_data)

                daily_returns_type_0.append(daily_returns_type_0_item)

            return daily_returns_type_0

        daily_returns = _parse_daily_returns(d.pop("daily_returns"))

        def _parse_share_prices(data: object) -> list[SharePrice] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[SharePrice], got {type(data).__name__}")
            share_prices_type_0 = []
            _share_prices_type_0 = data
            for share_prices_type_0_item_data in _share_prices_type_0:
                share_prices_type_0_item = SharePrice.from_dict(share_prices_type_0_item_data)

                share_prices_type_0.append(share_prices_type_0_item)

            return share_prices_type_0

        share_prices = _parse_share_prices(d.pop("share_prices"))

        sharpe_ratio = d.pop("sharpe_ratio")

        def _parse_strategies(data: object) -> list[Strategy] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[Strategy], got {type(data).__name__}")
            strategies_type_0 = []
            _strategies_type_0 = data
            for strategies_type_0_item_data in _strategies_type_0:
                strategies_type_0_item = Strategy.from_dict(strategies_type_0_item_data)

                strategies_type_0.append(strategies_type_0_item)

            return strategies_type_0

        strategies = _parse_strategies(d.pop("strategies"))

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
