from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account_metadata import SubAccountMetadata


T = TypeVar("T", bound="AccountMetadata")


@_attrs_define
class AccountMetadata:
    """Name, description and permissions attached to an account."""

    account_index: int | None | Unset = UNSET
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    can_invite: bool | None | Unset = UNSET
    referral_points_percentage: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    """ Creation time (unix timestamp). """
    can_rfq: bool | None | Unset = UNSET
    can_rfq_market_ids: list[str] | None | Unset = UNSET
    metadata: None | SubAccountMetadata | Unset = UNSET
    agent_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sub_account_metadata import SubAccountMetadata  # noqa: PLC0415

        account_index: int | None | Unset
        if isinstance(self.account_index, Unset):
            account_index = UNSET
        else:
            account_index = self.account_index

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        can_invite: bool | None | Unset
        if isinstance(self.can_invite, Unset):
            can_invite = UNSET
        else:
            can_invite = self.can_invite

        referral_points_percentage: None | str | Unset
        if isinstance(self.referral_points_percentage, Unset):
            referral_points_percentage = UNSET
        else:
            referral_points_percentage = self.referral_points_percentage

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        can_rfq: bool | None | Unset
        if isinstance(self.can_rfq, Unset):
            can_rfq = UNSET
        else:
            can_rfq = self.can_rfq

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_index is not UNSET:
            field_dict["account_index"] = account_index
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if can_invite is not UNSET:
            field_dict["can_invite"] = can_invite
        if referral_points_percentage is not UNSET:
            field_dict["referral_points_percentage"] = referral_points_percentage
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if can_rfq is not UNSET:
            field_dict["can_rfq"] = can_rfq
        if can_rfq_market_ids is not UNSET:
            field_dict["can_rfq_market_ids"] = can_rfq_market_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if agent_enabled is not UNSET:
            field_dict["agent_enabled"] = agent_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_metadata import SubAccountMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_index = _parse_account_index(d.pop("account_index", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_can_invite(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_invite = _parse_can_invite(d.pop("can_invite", UNSET))

        def _parse_referral_points_percentage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referral_points_percentage = _parse_referral_points_percentage(d.pop("referral_points_percentage", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_can_rfq(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_rfq = _parse_can_rfq(d.pop("can_rfq", UNSET))

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

        account_metadata = cls(
            account_index=account_index,
            name=name,
            description=description,
            can_invite=can_invite,
            referral_points_percentage=referral_points_percentage,
            created_at=created_at,
            can_rfq=can_rfq,
            can_rfq_market_ids=can_rfq_market_ids,
            metadata=metadata,
            agent_enabled=agent_enabled,
        )

        account_metadata.additional_properties = d
        return account_metadata

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
