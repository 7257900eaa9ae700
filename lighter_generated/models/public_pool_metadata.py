from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_asset import AccountAsset
    from ..models.public_pool_share import PublicPoolShare


T = TypeVar("T", bound="PublicPoolMetadata")


@_attrs_define
class PublicPoolMetadata:
    """Summary of a public pool."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    account_type: int
    """ Known values: 0 master, 1 sub-account, 2 public pool, 3 insurance fund, 4 LIT staking pool, 5 treasury sub-
    account. """
    name: str
    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    annual_percentage_yield: float
    status: int
    """ Known values: 0 active, 1 frozen. """
    operator_fee: str
    total_asset_value: str
    total_shares: int
    created_at: int
    """ Creation time (unix timestamp). """
    master_account_index: int
    sharpe_ratio: float
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    account_share: None | PublicPoolShare | Unset = UNSET
    assets: list[AccountAsset] | None | Unset = UNSET
    total_perps_value: None | str | Unset = UNSET
    total_spot_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_pool_share import PublicPoolShare  # noqa: PLC0415

        code = self.code

        account_index = self.account_index

        account_type = self.account_type

        name = self.name

        l1_address = self.l1_address

        annual_percentage_yield = self.annual_percentage_yield

        status = self.status

        operator_fee = self.operator_fee

        total_asset_value = self.total_asset_value

        total_shares = self.total_shares

        created_at = self.created_at

        master_account_index = self.master_account_index

        sharpe_ratio = self.sharpe_ratio

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        account_share: dict[str, Any] | None | Unset
        if isinstance(self.account_share, Unset):
            account_share = UNSET
        elif isinstance(self.account_share, PublicPoolShare):
            account_share = self.account_share.to_dict()
        else:
            account_share = self.account_share

        assets: list[dict[str, Any]] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = []
            for assets_type_0_item_data in self.assets:
                assets_type_0_item = assets_type_0_item_data.to_dict()
                assets.append(assets_type_0_item)

        else:
            assets = self.assets

        total_perps_value: None | str | Unset
        if isinstance(self.total_perps_value, Unset):
            total_perps_value = UNSET
        else:
            total_perps_value = self.total_perps_value

        total_spot_value: None | str | Unset
        if isinstance(self.total_spot_value, Unset):
            total_spot_value = UNSET
        else:
            total_spot_value = self.total_spot_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "account_index": account_index,
                "account_type": account_type,
                "name": name,
                "l1_address": l1_address,
                "annual_percentage_yield": annual_percentage_yield,
                "status": status,
                "operator_fee": operator_fee,
                "total_asset_value": total_asset_value,
                "total_shares": total_shares,
                "created_at": created_at,
                "master_account_index": master_account_index,
                "sharpe_ratio": sharpe_ratio,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if account_share is not UNSET:
            field_dict["account_share"] = account_share
        if assets is not UNSET:
            field_dict["assets"] = assets
        if total_perps_value is not UNSET:
            field_dict["total_perps_value"] = total_perps_value
        if total_spot_value is not UNSET:
            field_dict["total_spot_value"] = total_spot_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_asset import AccountAsset  # noqa: PLC0415
        from ..models.public_pool_share import PublicPoolShare  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        account_index = d.pop("account_index")

        account_type = d.pop("account_type")

        name = d.pop("name")

        l1_address = d.pop("l1_address")

        annual_percentage_yield = d.pop("annual_percentage_yield")

        status = d.pop("status")

        operator_fee = d.pop("operator_fee")

        total_asset_value = d.pop("total_asset_value")

        total_shares = d.pop("total_shares")

        created_at = d.pop("created_at")

        master_account_index = d.pop("master_account_index")

        sharpe_ratio = d.pop("sharpe_ratio")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_account_share(data: object) -> None | PublicPoolShare | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected PublicPoolShare, got {type(data).__name__}")
            account_share_type_0 = PublicPoolShare.from_dict(data)

            return account_share_type_0

        account_share = _parse_account_share(d.pop("account_share", UNSET))

        def _parse_assets(data: object) -> list[AccountAsset] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[AccountAsset], got {type(data).__name__}")
            assets_type_0 = []
            _assets_type_0 = data
            for assets_type_0_item_data in _assets_type_0:
                assets_type_0_item = AccountAsset.from_dict(assets_type_0_item_data)

                assets_type_0.append(assets_type_0_item)

            return assets_type_0

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_total_perps_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_perps_value = _parse_total_perps_value(d.pop("total_perps_value", UNSET))

        def _parse_total_spot_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_spot_value = _parse_total_spot_value(d.pop("total_spot_value", UNSET))

        public_pool_metadata = cls(
            code=code,
            account_index=account_index,
            account_type=account_type,
            name=name,
            l1_address=l1_address,
            annual_percentage_yield=annual_percentage_yield,
            status=status,
            operator_fee=operator_fee,
            total_asset_value=total_asset_value,
            total_shares=total_shares,
            created_at=created_at,
            master_account_index=master_account_index,
            sharpe_ratio=sharpe_ratio,
            message=message,
            account_share=account_share,
            assets=assets,
            total_perps_value=total_perps_value,
            total_spot_value=total_spot_value,
        )

        public_pool_metadata.additional_properties = d
        return public_pool_metadata

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
