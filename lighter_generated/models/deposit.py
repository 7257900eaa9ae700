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
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    source: None | str | Unset = UNSET
    source_chain_id: None | str | Unset = UNSET
    fast_bridge_tx_hash: None | str | Unset = UNSET
    batch_claim_tx_hash: None | str | Unset = UNSET
    cctp_burn_tx_hash: None | str | Unset = UNSET
    amount: None | str | Unset = UNSET
    intent_address: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    step: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    """ Creation time (unix timestamp). """
    updated_at: int | None | Unset = UNSET
    """ Last update time (unix timestamp). """
    is_external_deposit: bool | None | Unset = UNSET
    is_next_bridge_fast: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_chain_id: None | str | Unset
        if isinstance(self.source_chain_id, Unset):
            source_chain_id = UNSET
        else:
            source_chain_id = self.source_chain_id

        fast_bridge_tx_hash: None | str | Unset
        if isinstance(self.fast_bridge_tx_hash, Unset):
            fast_bridge_tx_hash = UNSET
        else:
            fast_bridge_tx_hash = self.fast_bridge_tx_hash

        batch_claim_tx_hash: None | str | Unset
        if isinstance(self.batch_claim_tx_hash, Unset):
            batch_claim_tx_hash = UNSET
        else:
            batch_claim_tx_hash = self.batch_claim_tx_hash

        cctp_burn_tx_hash: None | str | Unset
        if isinstance(self.cctp_burn_tx_hash, Unset):
            cctp_burn_tx_hash = UNSET
        else:
            cctp_burn_tx_hash = self.cctp_burn_tx_hash

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        intent_address: None | str | Unset
        if isinstance(self.intent_address, Unset):
            intent_address = UNSET
        else:
            intent_address = self.intent_address

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: int | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        is_external_deposit: bool | None | Unset
        if isinstance(self.is_external_deposit, Unset):
            is_external_deposit = UNSET
        else:
            is_external_deposit = self.is_external_deposit

        is_next_bridge_fast: bool | None | Unset
        if isinstance(self.is_next_bridge_fast, Unset):
            is_next_bridge_fast = UNSET
        else:
            is_next_bridge_fast = self.is_next_bridge_fast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if source is not UNSET:
            field_dict["source"] = source
        if source_chain_id is not UNSET:
            field_dict["source_chain_id"] = source_chain_id
        if fast_bridge_tx_hash is not UNSET:
            field_dict["fast_bridge_tx_hash"] = fast_bridge_tx_hash
        if batch_claim_tx_hash is not UNSET:
            field_dict["batch_claim_tx_hash"] = batch_claim_tx_hash
        if cctp_burn_tx_hash is not UNSET:
            field_dict["cctp_burn_tx_hash"] = cctp_burn_tx_hash
        if amount is not UNSET:
            field_dict["amount"] = amount
        if intent_address is not UNSET:
            field_dict["intent_address"] = intent_address
        if status is not UNSET:
            field_dict["status"] = status
        if step is not UNSET:
            field_dict["step"] = step
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_external_deposit is not UNSET:
            field_dict["is_external_deposit"] = is_external_deposit
        if is_next_bridge_fast is not UNSET:
            field_dict["is_next_bridge_fast"] = is_next_bridge_fast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_source_chain_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_chain_id = _parse_source_chain_id(d.pop("source_chain_id", UNSET))

        def _parse_fast_bridge_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fast_bridge_tx_hash = _parse_fast_bridge_tx_hash(d.pop("fast_bridge_tx_hash", UNSET))

        def _parse_batch_claim_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_claim_tx_hash = _parse_batch_claim_tx_hash(d.pop("batch_claim_tx_hash", UNSET))

        def _parse_cctp_burn_tx_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cctp_burn_tx_hash = _parse_cctp_burn_tx_hash(d.pop("cctp_burn_tx_hash", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_intent_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intent_address = _parse_intent_address(d.pop("intent_address", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_is_external_deposit(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_external_deposit = _parse_is_external_deposit(d.pop("is_external_deposit", UNSET))

        def _parse_is_next_bridge_fast(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_next_bridge_fast = _parse_is_next_bridge_fast(d.pop("is_next_bridge_fast", UNSET))

        deposit = cls(
            code=code,
            message=message,
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
