from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_asset import AccountAsset
    from ..models.account_binary_options_position import AccountBinaryOptionsPosition
    from ..models.account_position import AccountPosition
    from ..models.approved_integrator import ApprovedIntegrator
    from ..models.pending_unlock import PendingUnlock
    from ..models.public_pool_info import PublicPoolInfo
    from ..models.public_pool_share import PublicPoolShare
    from ..models.sub_account_metadata import SubAccountMetadata


T = TypeVar("T", bound="DetailedAccount")


@_attrs_define
class DetailedAccount:
    """Full state of an account: balances, positions, assets, pool shares and settings."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    account_type: int
    """ Known values: 0 master, 1 sub-account, 2 public pool, 3 insurance fund, 4 LIT staking pool, 5 treasury sub-
    account. """
    index: int
    """ Account index. """
    l1_address: str
    """ Ethereum address (0x-prefixed, checksummed or lowercase). """
    cancel_all_time: int
    total_order_count: int
    total_isolated_order_count: int
    pending_order_count: int
    available_balance: str
    """ Balance available for new orders and withdrawals (USDC, decimal string). """
    status: int
    collateral: str
    """ Collateral (USDC, decimal string). """
    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    name: str
    description: str
    can_invite: bool
    referral_points_percentage: str
    positions: list[AccountPosition] | None
    assets: list[AccountAsset] | None
    total_asset_value: str
    cross_asset_value: str
    shares: list[PublicPoolShare] | None
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    account_trading_mode: int | None | Unset = UNSET
    """ Known values: 0 simple, 1 unified. """
    pool_info: None | PublicPoolInfo | Unset = UNSET
    created_at: int | None | Unset = UNSET
    """ Creation time (unix timestamp). """
    transaction_time: int | None | Unset = UNSET
    """ Unix time in microseconds at which the transaction was executed. """
    pending_unlocks: list[PendingUnlock] | None | Unset = UNSET
    approved_integrators: list[ApprovedIntegrator] | None | Unset = UNSET
    can_rfq: bool | None | Unset = UNSET
    cross_initial_margin_requirement: None | str | Unset = UNSET
    cross_maintenance_margin_requirement: None | str | Unset = UNSET
    can_rfq_market_ids: list[str] | None | Unset = UNSET
    metadata: None | SubAccountMetadata | Unset = UNSET
    agent_enabled: bool | None | Unset = UNSET
    bo_positions: list[AccountBinaryOptionsPosition] | None | Unset = UNSET
    """ Binary-option holdings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_pool_info import PublicPoolInfo  # noqa: PLC0415
        from ..models.sub_account_metadata import SubAccountMetadata  # noqa: PLC0415

        code = self.code

        account_type = self.account_type

        index = self.index

        l1_address = self.l1_address

        cancel_all_time = self.cancel_all_time

        total_order_count = self.total_order_count

        total_isolated_order_count = self.total_isolated_order_count

        pending_order_count = self.pending_order_count

        available_balance = self.available_balance

        status = self.status

        collateral = self.collateral

        account_index = self.account_index

        name = self.name

        description = self.description

        can_invite = self.can_invite

        referral_points_percentage = self.referral_points_percentage

        positions: list[dict[str, Any]] | None
        if isinstance(self.positions, list):
            positions = []
            for positions_type_0_item_data in self.positions:
                positions_type_0_item = positions_type_0_item_data.to_dict()
                positions.append(positions_type_0_item)

        else:
            positions = self.positions

        assets: list[dict[str, Any]] | None
        if isinstance(self.assets, list):
            assets = []
            for assets_type_0_item_data in self.assets:
                assets_type_0_item = assets_type_0_item_data.to_dict()
                assets.append(assets_type_0_item)

        else:
            assets = self.assets

        total_asset_value = self.total_asset_value

        cross_asset_value = self.cross_asset_value

        shares: list[dict[str, Any]] | None
        if isinstance(self.shares, list):
            shares = []
            for shares_type_0_item_data in self.shares:
                shares_type_0_item = shares_type_0_item_data.to_dict()
                shares.append(shares_type_0_item)

        else:
            shares = self.shares

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        account_trading_mode: int | None | Unset
        if isinstance(self.account_trading_mode, Unset):
            account_trading_mode = UNSET
        else:
            account_trading_mode = self.account_trading_mode

        pool_info: dict[str, Any] | None | Unset
        if isinstance(self.pool_info, Unset):
            pool_info = UNSET
        elif isinstance(self.pool_info, PublicPoolInfo):
            pool_info = self.pool_info.to_dict()
        else:
            pool_info = self.pool_info

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        transaction_time: int | None | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = self.transaction_time

        pending_unlocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.pending_unlocks, Unset):
            pending_unlocks = UNSET
        elif isinstance(self.pending_unlocks, list):
            pending_unlocks = []
            for pending_unlocks_type_0_item_data in self.pending_unlocks:
                pending_unlocks_type_0_item = pending_unlocks_type_0_item_data.to_dict()
                pending_unlocks.append(pending_unlocks_type_0_item)

        else:
            pending_unlocks = self.pending_unlocks

        approved_integrators: list[dict[str, Any]] | None | Unset
        if isinstance(self.approved_integrators, Unset):
            approved_integrators = UNSET
        elif isinstance(self.approved_integrators, list):
            approved_integrators = []
            for approved_integrators_type_0_item_data in self.approved_integrators:
                approved_integrators_type_0_item = approved_integrators_type_0_item_data.to_dict()
                approved_integrators.append(approved_integrators_type_0_item)

        else:
            approved_integrators = self.approved_integrators

        can_rfq: bool | None | Unset
        if isinstance(self.can_rfq, Unset):
            can_rfq = UNSET
        else:
            can_rfq = self.can_rfq

        cross_initial_margin_requirement: None | str | Unset
        if isinstance(self.cross_initial_margin_requirement, Unset):
            cross_initial_margin_requirement = UNSET
        else:
            cross_initial_margin_requirement = self.cross_initial_margin_requirement

        cross_maintenance_margin_requirement: None | str | Unset
        if isinstance(self.cross_maintenance_margin_requirement, Unset):
            cross_maintenance_margin_requirement = UNSET
        else:
            cross_maintenance_margin_requirement = self.cross_maintenance_margin_requirement

        can_rfq_market_ids: list[str] | None | Unset
        if isinstance(self.can_rfq_market_ids, Unset):
            can_rfq_market_ids = UNSET
        elif isinstance(self.can_rfq_market_ids, list):
            can_rfq_market_ids = self.can_rfq_market_ids

        else:
            can_rfq_market_ids = self.can_rfq_market_ids

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SubAccountMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        agent_enabled: bool | None | Unset
        if isinstance(self.agent_enabled, Unset):
            agent_enabled = UNSET
        else:
            agent_enabled = self.agent_enabled

        bo_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.bo_positions, Unset):
            bo_positions = UNSET
        elif isinstance(self.bo_positions, list):
            bo_positions = []
            for bo_positions_type_0_item_data in self.bo_positions:
                bo_positions_type_0_item = bo_positions_type_0_item_data.to_dict()
                bo_positions.append(bo_positions_type_0_item)

        else:
            bo_positions = self.bo_positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "account_type": account_type,
                "index": index,
                "l1_address": l1_address,
                "cancel_all_time": cancel_all_time,
                "total_order_count": total_order_count,
                "total_isolated_order_count": total_isolated_order_count,
                "pending_order_count": pending_order_count,
                "available_balance": available_balance,
                "status": status,
                "collateral": collateral,
                "account_index": account_index,
                "name": name,
                "description": description,
                "can_invite": can_invite,
                "referral_points_percentage": referral_points_percentage,
                "positions": positions,
                "assets": assets,
                "total_asset_value": total_asset_value,
                "cross_asset_value": cross_asset_value,
                "shares": shares,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if account_trading_mode is not UNSET:
            field_dict["account_trading_mode"] = account_trading_mode
        if pool_info is not UNSET:
            field_dict["pool_info"] = pool_info
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time
        if pending_unlocks is not UNSET:
            field_dict["pending_unlocks"] = pending_unlocks
        if approved_integrators is not UNSET:
            field_dict["approved_integrators"] = approved_integrators
        if can_rfq is not UNSET:
            field_dict["can_rfq"] = can_rfq
        if cross_initial_margin_requirement is not UNSET:
            field_dict["cross_initial_margin_requirement"] = cross_initial_margin_requirement
        if cross_maintenance_margin_requirement is not UNSET:
            field_dict["cross_maintenance_margin_requirement"] = cross_maintenance_margin_requirement
        if can_rfq_market_ids is not UNSET:
            field_dict["can_rfq_market_ids"] = can_rfq_market_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if agent_enabled is not UNSET:
            field_dict["agent_enabled"] = agent_enabled
        if bo_positions is not UNSET:
            field_dict["bo_positions"] = bo_positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_asset import AccountAsset  # noqa: PLC0415
        from ..models.account_binary_options_position import (
            AccountBinaryOptionsPosition,  # noqa: PLC0415
        )
        from ..models.account_position import AccountPosition  # noqa: PLC0415
        from ..models.approved_integrator import ApprovedIntegrator  # noqa: PLC0415
        from ..models.pending_unlock import PendingUnlock  # noqa: PLC0415
        from ..models.public_pool_info import PublicPoolInfo  # noqa: PLC0415
        from ..models.public_pool_share import PublicPoolShare  # noqa: PLC0415
        from ..models.sub_account_metadata import SubAccountMetadata  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        account_type = d.pop("account_type")

        index = d.pop("index")

        l1_address = d.pop("l1_address")

        cancel_all_time = d.pop("cancel_all_time")

        total_order_count = d.pop("total_order_count")

        total_isolated_order_count = d.pop("total_isolated_order_count")

        pending_order_count = d.pop("pending_order_count")

        available_balance = d.pop("available_balance")

        status = d.pop("status")

        collateral = d.pop("collateral")

        account_index = d.pop("account_index")

        name = d.pop("name")

        description = d.pop("description")

        can_invite = d.pop("can_invite")

        referral_points_percentage = d.pop("referral_points_percentage")

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

        total_asset_value = d.pop("total_asset_value")

        cross_asset_value = d.pop("cross_asset_value")

        def _parse_shares(data: object) -> list[PublicPoolShare] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PublicPoolShare], got {type(data).__name__}")
            shares_type_0 = []
            _shares_type_0 = data
            for shares_type_0_item_data in _shares_type_0:
                shares_type_0_item = PublicPoolShare.from_dict(shares_type_0_item_data)

                shares_type_0.append(shares_type_0_item)

            return shares_type_0

        shares = _parse_shares(d.pop("shares"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_account_trading_mode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_trading_mode = _parse_account_trading_mode(d.pop("account_trading_mode", UNSET))

        def _parse_pool_info(data: object) -> None | PublicPoolInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected PublicPoolInfo, got {type(data).__name__}")
            pool_info_type_0 = PublicPoolInfo.from_dict(data)

            return pool_info_type_0

        pool_info = _parse_pool_info(d.pop("pool_info", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_transaction_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transaction_time = _parse_transaction_time(d.pop("transaction_time", UNSET))

        def _parse_pending_unlocks(data: object) -> list[PendingUnlock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[PendingUnlock], got {type(data).__name__}")
            pending_unlocks_type_0 = []
            _pending_unlocks_type_0 = data
            for pending_unlocks_type_0_item_data in _pending_unlocks_type_0:
                pending_unlocks_type_0_item = PendingUnlock.from_dict(pending_unlocks_type_0_item_data)

                pending_unlocks_type_0.append(pending_unlocks_type_0_item)

            return pending_unlocks_type_0

        pending_unlocks = _parse_pending_unlocks(d.pop("pending_unlocks", UNSET))

        def _parse_approved_integrators(data: object) -> list[ApprovedIntegrator] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ApprovedIntegrator], got {type(data).__name__}")
            approved_integrators_type_0 = []
            _approved_integrators_type_0 = data
            for approved_integrators_type_0_item_data in _approved_integrators_type_0:
                approved_integrators_type_0_item = ApprovedIntegrator.from_dict(approved_integrators_type_0_item_data)

                approved_integrators_type_0.append(approved_integrators_type_0_item)

            return approved_integrators_type_0

        approved_integrators = _parse_approved_integrators(d.pop("approved_integrators", UNSET))

        def _parse_can_rfq(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_rfq = _parse_can_rfq(d.pop("can_rfq", UNSET))

        def _parse_cross_initial_margin_requirement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cross_initial_margin_requirement = _parse_cross_initial_margin_requirement(
            d.pop("cross_initial_margin_requirement", UNSET)
        )

        def _parse_cross_maintenance_margin_requirement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cross_maintenance_margin_requirement = _parse_cross_maintenance_margin_requirement(
            d.pop("cross_maintenance_margin_requirement", UNSET)
        )

        def _parse_can_rfq_market_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[str], got {type(data).__name__}")
            can_rfq_market_ids_type_0 = cast(list[str], data)

            return can_rfq_market_ids_type_0

        can_rfq_market_ids = _parse_can_rfq_market_ids(d.pop("can_rfq_market_ids", UNSET))

        def _parse_metadata(data: object) -> None | SubAccountMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected SubAccountMetadata, got {type(data).__name__}")
            metadata_type_0 = SubAccountMetadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_agent_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        agent_enabled = _parse_agent_enabled(d.pop("agent_enabled", UNSET))

        def _parse_bo_positions(data: object) -> list[AccountBinaryOptionsPosition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[AccountBinaryOptionsPosition], got {type(data).__name__}")
            bo_positions_type_0 = []
            _bo_positions_type_0 = data
            for bo_positions_type_0_item_data in _bo_positions_type_0:
                bo_positions_type_0_item = AccountBinaryOptionsPosition.from_dict(bo_positions_type_0_item_data)

                bo_positions_type_0.append(bo_positions_type_0_item)

            return bo_positions_type_0

        bo_positions = _parse_bo_positions(d.pop("bo_positions", UNSET))

        detailed_account = cls(
            code=code,
            account_type=account_type,
            index=index,
            l1_address=l1_address,
            cancel_all_time=cancel_all_time,
            total_order_count=total_order_count,
            total_isolated_order_count=total_isolated_order_count,
            pending_order_count=pending_order_count,
            available_balance=available_balance,
            status=status,
            collateral=collateral,
            account_index=account_index,
            name=name,
            description=description,
            can_invite=can_invite,
            referral_points_percentage=referral_points_percentage,
            positions=positions,
            assets=assets,
            total_asset_value=total_asset_value,
            cross_asset_value=cross_asset_value,
            shares=shares,
            message=message,
            account_trading_mode=account_trading_mode,
            pool_info=pool_info,
            created_at=created_at,
            transaction_time=transaction_time,
            pending_unlocks=pending_unlocks,
            approved_integrators=approved_integrators,
            can_rfq=can_rfq,
            cross_initial_margin_requirement=cross_initial_margin_requirement,
            cross_maintenance_margin_requirement=cross_maintenance_margin_requirement,
            can_rfq_market_ids=can_rfq_market_ids,
            metadata=metadata,
            agent_enabled=agent_enabled,
            bo_positions=bo_positions,
        )

        detailed_account.additional_properties = d
        return detailed_account

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
