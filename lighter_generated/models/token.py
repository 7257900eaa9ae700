from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """A listed token with display metadata."""

    symbol: str
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    name: str
    logo: str
    logo_extension: str
    """ Known values: `svg`, `png`; others may appear. """
    description_key: str
    gecko_id: str
    paprika_id: str
    market: str
    """ Known values: `SPOT`, `PERPS`; others may appear. """
    asset_type: str
    """ Known values: `CRYPTO`, `RWA`; others may appear. """
    categories: list[str] | None
    is_allowed_mainnet: bool
    is_asset_allowed_mainnet: bool
    default_order_book_group_by: int
    backend_symbol: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        name = self.name

        logo = self.logo

        logo_extension = self.logo_extension

        description_key = self.description_key

        gecko_id = self.gecko_id

        paprika_id = self.paprika_id

        market = self.market

        asset_type = self.asset_type

        categories: list[str] | None
        if isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        is_allowed_mainnet = self.is_allowed_mainnet

        is_asset_allowed_mainnet = self.is_asset_allowed_mainnet

        default_order_book_group_by = self.default_order_book_group_by

        backend_symbol = self.backend_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "name": name,
                "logo": logo,
                "logo_extension": logo_extension,
                "description_key": description_key,
                "gecko_id": gecko_id,
                "paprika_id": paprika_id,
                "market": market,
                "asset_type": asset_type,
                "categories": categories,
                "is_allowed_mainnet": is_allowed_mainnet,
                "is_asset_allowed_mainnet": is_asset_allowed_mainnet,
                "default_order_book_group_by": default_order_book_group_by,
                "backend_symbol": backend_symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        name = d.pop("name")

        logo = d.pop("logo")

        logo_extension = d.pop("logo_extension")

        description_key = d.pop("description_key")

        gecko_id = d.pop("gecko_id")

        paprika_id = d.pop("paprika_id")

        market = d.pop("market")

        asset_type = d.pop("asset_type")

        def _parse_categories(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[str], got {type(data).__name__}")
            categories_type_0 = cast(list[str], data)

            return categories_type_0

        categories = _parse_categories(d.pop("categories"))

        is_allowed_mainnet = d.pop("is_allowed_mainnet")

        is_asset_allowed_mainnet = d.pop("is_asset_allowed_mainnet")

        default_order_book_group_by = d.pop("default_order_book_group_by")

        backend_symbol = d.pop("backend_symbol")

        token = cls(
            symbol=symbol,
            name=name,
            logo=logo,
            logo_extension=logo_extension,
            description_key=description_key,
            gecko_id=gecko_id,
            paprika_id=paprika_id,
            market=market,
            asset_type=asset_type,
            categories=categories,
            is_allowed_mainnet=is_allowed_mainnet,
            is_asset_allowed_mainnet=is_asset_allowed_mainnet,
            default_order_book_group_by=default_order_book_group_by,
            backend_symbol=backend_symbol,
        )

        token.additional_properties = d
        return token

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
