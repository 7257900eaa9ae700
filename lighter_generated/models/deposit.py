from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Deposit")


@_attrs_define
class Deposit:
    """Answer of `deposit_latest` (GET /api/v1/deposit/latest)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    source: str
    source_chain_id: str
    fast_bridge_tx_hash: str
    batch_claim_tx_hash: str
    cctp_burn_tx_hash: str
    amount: str
    intent_address: str
    status: str
    step: str
    description: str
    created_at: int
    """ Creation time (unix timestamp). """
    updated_at: int
    """ Last update time (unix timestamp). """
    is_external_deposit: bool
    is_next_bridge_fast: bool
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        source = self.source

        source_chain_id = self.source_chain_id

        fast_bridge_tx_hash = self.fast_bridge_tx_hash

        batch_claim_tx_hash = self.batch_claim_tx_hash

        cctp_burn_tx_hash = self.cctp_burn_tx_hash

        amount = self.amount

        intent_address = self.intent_address

        status = self.status

        step = self.step

        description = self.description

        created_at = self.created_at

        updated_at = self.updated_at

        is_external_deposit = self.is_external_deposit

        is_next_bridge_fast = self.is_next_bridge_fast

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
                "source": source,
                "source_chain_id": source_chain_id,
                "fast_bridge_tx_hash": fast_bridge_tx_hash,
                "batch_claim_tx_hash": batch_claim_tx_hash,
                "cctp_burn_tx_hash": cctp_burn_tx_hash,
                "amount": amount,
                "intent_address": intent_address,
                "status": status,
                "step": step,
                "description": description,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_external_deposit": is_external_deposit,
                "is_next_bridge_fast": is_next_bridge_fast,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        source = d.pop("source")

        source_chain_id = d.pop("source_chain_id")

        fast_bridge_tx_hash = d.pop("fast_bridge_tx_hash")

        batch_claim_tx_hash = d.pop("batch_claim_tx_hash")

        cctp_burn_tx_hash = d.pop("cctp_burn_tx_hash")

        amount = d.pop("amount")

        intent_address = d.pop("intent_address")

        status = d.pop("status")

        step = d.pop("step")

        description = d.pop("description")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        is_external_deposit = d.pop("is_external_deposit")

        is_next_bridge_fast = d.pop("is_next_bridge_fast")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        deposit = cls(
            code=code,
            source=source,
            source_chain_id=source_chain_id,
            fast_bridge_tx_hash=fast_bridge_tx_hash,
            batch_claim_tx_hash=batch_claim_tx_hash,
            cctp_burn_tx_hash=cctp_burn_tx_hash,
            amount=amount,
            intent_address=intent_address,
            status=status,
            step=step,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            is_external_deposit=is_external_deposit,
            is_next_bridge_fast=is_next_bridge_fast,
            message=message,
        )

        deposit.additional_properties = d
        return deposit

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
