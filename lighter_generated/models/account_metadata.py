from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_metadata import SubAccountMetadata


T = TypeVar("T", bound="AccountMetadata")


@_attrs_define
class AccountMetadata:
    """Name, description and permissions attached to an account."""

    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    name: str
    description: str
    can_invite: bool
    referral_points_percentage: str
    created_at: int
    """ Creation time (unix timestamp). """
    can_rfq: bool
    can_rfq_market_ids: list[str] | None
    metadata: None | SubAccountMetadata
    agent_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sub_account_metadata import SubAccountMetadata  # noqa: PLC0415

        account_index = self.account_index

        name = self.name

        description = self.description

        can_invite = self.can_invite

        referral_points_percentage = self.referral_points_percentage

        created_at = self.created_at

        can_rfq = self.can_rfq

        can_rfq_market_ids: list[str] | None
        if isinstance(self.can_rfq_market_ids, list):
            can_rfq_market_ids = self.can_rfq_market_ids

        else:
            can_rfq_market_ids = self.can_rfq_market_ids

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, SubAccountMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        agent_enabled = self.agent_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_index": account_index,
                "name": name,
                "description": description,
                "can_invite": can_invite,
                "referral_points_percentage": referral_points_percentage,
                "created_at": created_at,
                "can_rfq": can_rfq,
                "can_rfq_market_ids": can_rfq_market_ids,
                "metadata": metadata,
                "agent_enabled": agent_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_metadata import SubAccountMetadata  # noqa: PLC0415

        d = dict(src_dict)
        account_index = d.pop("account_index")

        name = d.pop("name")

        description = d.pop("description")

        can_invite = d.pop("can_invite")

        referral_points_percentage = d.pop("referral_points_percentage")

        created_at = d.pop("created_at")

        can_rfq = d.pop("can_rfq")

        def _parse_can_rfq_market_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[str], got {type(data).__name__}")
            can_rfq_market_ids_type_0 = cast(list[str], data)

            return can_rfq_market_ids_type_0

        can_rfq_market_ids = _parse_can_rfq_market_ids(d.pop("can_rfq_market_ids"))

        def _parse_metadata(data: object) -> None | SubAccountMetadata:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected SubAccountMetadata, got {type(data).__name__}")
            metadata_type_0 = SubAccountMetadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata"))

        agent_enabled = d.pop("agent_enabled")

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
