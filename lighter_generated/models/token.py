from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """A listed token with display metadata."""

    symbol: None | str | Unset = UNSET
    """ Ticker symbol, e.g. `ETH` or `ETH/USDC`. """
    name: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    logo_extension: None | str | Unset = UNSET
    """ Known values: `svg`, `png`; others may appear. """
    description_key: None | str | Unset = UNSET
    gecko_id: None | str | Unset = UNSET
    paprika_id: None | str | Unset = UNSET
    market: None | str | Unset = UNSET
    """ Known values: `SPOT`, `PERPS`; others may appear. """
    asset_type: None | str | Unset = UNSET
    """ Known values: `CRYPTO`, `RWA`; others may appear. """
    categories: list[str] | None | Unset = UNSET
    is_allowed_mainnet: bool | None | Unset = UNSET
    is_asset_allowed_mainnet: bool | None | Unset = UNSET
    default_order_book_group_by: int | None | Unset = UNSET
    backend_symbol: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        logo_extension: None | str | Unset
        if isinstance(self.logo_extension, Unset):
            logo_extension = UNSET
        else:
            logo_extension = self.logo_extension

        description_key: None | str | Unset
        if isinstance(self.description_key, Unset):
            description_key = UNSET
        else:
            description_key = self.description_key

        gecko_id: None | str | Unset
        if isinstance(self.gecko_id, Unset):
            gecko_id = UNSET
        else:
            gecko_id = self.gecko_id

        paprika_id: None | str | Unset
        if isinstance(self.paprika_id, Unset):
            paprika_id = UNSET
        else:
            paprika_id = self.paprika_id

        market: None | str | Unset
        if isinstance(self.market, Unset):
            market = UNSET
        else:
            market = self.market

        asset_type: None | str | Unset
        if isinstance(self.asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = self.asset_type

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        is_allowed_mainnet: bool | None | Unset
        if isinstance(self.is_allowed_mainnet, Unset):
            is_allowed_mainnet = UNSET
        else:
            is_allowed_mainnet = self.is_allowed_mainnet

        is_asset_allowed_mainnet: bool | None | Unset
        if isinstance(self.is_asset_allowed_mainnet, Unset):
            is_asset_allowed_mainnet = UNSET
        else:
            is_asset_allowed_mainnet = self.is_asset_allowed_mainnet

        default_order_book_group_by: int | None | Unset
        if isinstance(self.default_order_book_group_by, Unset):
            default_order_book_group_by = UNSET
        else:
            default_order_book_group_by = self.default_order_book_group_by

        backend_symbol: None | str | Unset
        if isinstance(self.backend_symbol, Unset):
            backend_symbol = UNSET
        else:
            backend_symbol = self.backend_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if name is not UNSET:
            field_dict["name"] = name
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_extension is not UNSET:
            field_dict["logo_extension"] = logo_extension
        if description_key is not UNSET:
            field_dict["description_key"] = description_key
        if gecko_id is not UNSET:
            field_dict["gecko_id"] = gecko_id
        if paprika_id is not UNSET:
            field_dict["paprika_id"] = paprika_id
        if market is not UNSET:
            field_dict["market"] = market
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if categories is not UNSET:
            field_dict["categories"] = categories
        if is_allowed_mainnet is not UNSET:
            field_dict["is_allowed_mainnet"] = is_allowed_mainnet
        if is_asset_allowed_mainnet is not UNSET:
            field_dict["is_asset_allowed_mainnet"] = is_asset_allowed_mainnet
        if default_order_book_group_by is not UNSET:
            field_dict["default_order_book_group_by"] = default_order_book_group_by
        if backend_symbol is not UNSET:
            field_dict["backend_symbol"] = backend_symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_logo_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_extension = _parse_logo_extension(d.pop("logo_extension", UNSET))

        def _parse_description_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_key = _parse_description_key(d.pop("description_key", UNSET))

        def _parse_gecko_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gecko_id = _parse_gecko_id(d.pop("gecko_id", UNSET))

        def _parse_paprika_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paprika_id = _parse_paprika_id(d.pop("paprika_id", UNSET))

        def _parse_market(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market = _parse_market(d.pop("market", UNSET))

        def _parse_asset_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_type = _parse_asset_type(d.pop("asset_type", UNSET))

        def _parse_categories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[str], got {type(data).__name__}")
            categories_type_0 = cast(list[str], data)

            return categories_type_0

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_is_allowed_mainnet(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_allowed_mainnet = _parse_is_allowed_mainnet(d.pop("is_allowed_mainnet", UNSET))

        def _parse_is_asset_allowed_mainnet(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_asset_allowed_mainnet = _parse_is_asset_allowed_mainnet(d.pop("is_asset_allowed_mainnet", UNSET))

        def _parse_default_order_book_group_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_order_book_group_by = _parse_default_order_book_group_by(d.pop("default_order_book_group_by", UNSET))

        def _parse_backend_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backend_symbol = _parse_backend_symbol(d.pop("backend_symbol", UNSET))

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
