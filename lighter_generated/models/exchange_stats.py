from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_book_stats import OrderBookStats


T = TypeVar("T", bound="ExchangeStats")


@_attrs_define
class ExchangeStats:
    """Answer of `exchange_stats` (GET /api/v1/exchangeStats)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    total: int
    """ Number of entries in this answer. """
    order_book_stats: list[OrderBookStats] | None
    daily_usd_volume: float
    daily_trades_count: int
    """ Trades in the last 24 hours. """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        total = self.total

        order_book_stats: list[dict[str, Any]] | None
        if isinstance(self.order_book_stats, list):
            order_book_stats = []
            for order_book_stats_type_0_item_data in self.order_book_stats:
                order_book_stats_type_0_item = order_book_stats_type_0_item_data.to_dict()
                order_book_stats.append(order_book_stats_type_0_item)

        else:
            order_book_stats = self.order_book_stats

        daily_usd_volume = self.daily_usd_volume

        daily_trades_count = self.daily_trades_count

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "total": total,
                "order_book_stats": order_book_stats,
                "daily_usd_volume": daily_usd_volume,
                "daily_trades_count": daily_trades_count,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_book_stats import OrderBookStats  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        total = d.pop("total")

        def _parse_order_book_stats(data: object) -> list[OrderBookStats] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[OrderBookStats], got {type(data).__name__}")
            order_book_stats_type_0 = []
            _order_book_stats_type_0 = data
            for order_book_stats_type_0_item_data in _order_book_stats_type_0:
                order_book_stats_type_0_item = OrderBookStats.from_dict(order_book_stats_type_0_item_data)

                order_book_stats_type_0.append(order_book_stats_type_0_item)

            return order_book_stats_type_0

        order_book_stats = _parse_order_book_stats(d.pop("order_book_stats"))

        daily_usd_volume = d.pop("daily_usd_volume")

        daily_trades_count = d.pop("daily_trades_count")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        exchange_stats = cls(
            code=code,
            total=total,
            order_book_stats=order_book_stats,
            daily_usd_volume=daily_usd_volume,
            daily_trades_count=daily_trades_count,
            message=message,
        )

        exchange_stats.additional_properties = d
        return exchange_stats

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
