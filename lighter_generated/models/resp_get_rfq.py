from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_metadata import RFQMetadata
    from ..models.rfq_response_entry import RFQResponseEntry


T = TypeVar("T", bound="RespGetRFQ")


@_attrs_define
class RespGetRFQ:
    """Answer of `rfq_get` (GET /api/v1/rfq/get)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    id: int | None | Unset = UNSET
    account_index: int | None | Unset = UNSET
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    market_index: int | None | Unset = UNSET
    """ Market index (see `market_id`). """
    direction: int | None | Unset = UNSET
    base_amount: None | str | Unset = UNSET
    quote_amount: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    metadata: None | RFQMetadata | Unset = UNSET
    responses: list[RFQResponseEntry] | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    """ Creation time (unix timestamp). """
    updated_at: int | None | Unset = UNSET
    """ Last update time (unix timestamp). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rfq_metadata import RFQMetadata  # noqa: PLC0415

        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_index: int | None | Unset
        if isinstance(self.account_index, Unset):
            account_index = UNSET
        else:
            account_index = self.account_index

        market_index: int | None | Unset
        if isinstance(self.market_index, Unset):
            market_index = UNSET
        else:
            market_index = self.market_index

        direction: int | None | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        base_amount: None | str | Unset
        if isinstance(self.base_amount, Unset):
            base_amount = UNSET
        else:
            base_amount = self.base_amount

        quote_amount: None | str | Unset
        if isinstance(self.quote_amount, Unset):
            quote_amount = UNSET
        else:
            quote_amount = self.quote_amount

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RFQMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        responses: list[dict[str, Any]] | None | Unset
        if isinstance(self.responses, Unset):
            responses = UNSET
        elif isinstance(self.responses, list):
            responses = []
            for responses_type_0_item_data in self.responses:
                responses_type_0_item = responses_type_0_item_data.to_dict()
                responses.append(responses_type_0_item)

        else:
            responses = self.responses

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if id is not UNSET:
            field_dict["id"] = id
        if account_index is not UNSET:
            field_dict["account_index"] = account_index
        if market_index is not UNSET:
            field_dict["market_index"] = market_index
        if direction is not UNSET:
            field_dict["direction"] = direction
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if quote_amount is not UNSET:
            field_dict["quote_amount"] = quote_amount
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if responses is not UNSET:
            field_dict["responses"] = responses
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_metadata import RFQMetadata  # noqa: PLC0415
        from ..models.rfq_response_entry import RFQResponseEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_account_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_index = _parse_account_index(d.pop("account_index", UNSET))

        def _parse_market_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        market_index = _parse_market_index(d.pop("market_index", UNSET))

        def _parse_direction(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_base_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_amount = _parse_base_amount(d.pop("base_amount", UNSET))

        def _parse_quote_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_amount = _parse_quote_amount(d.pop("quote_amount", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_metadata(data: object) -> None | RFQMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected RFQMetadata, got {type(data).__name__}")
            metadata_type_0 = RFQMetadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_responses(data: object) -> list[RFQResponseEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[RFQResponseEntry], got {type(data).__name__}")
            responses_type_0 = []
            _responses_type_0 = data
            for responses_type_0_item_data in _responses_type_0:
                responses_type_0_item = RFQResponseEntry.from_dict(responses_type_0_item_data)

                responses_type_0.append(responses_type_0_item)

            return responses_type_0

        responses = _parse_responses(d.pop("responses", UNSET))

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

        resp_get_rfq = cls(
            code=code,
            message=message,
            id=id,
            account_index=account_index,
            market_index=market_index,
            direction=direction,
            base_amount=base_amount,
            quote_amount=quote_amount,
            status=status,
            metadata=metadata,
            responses=responses,
            created_at=created_at,
            updated_at=updated_at,
        )

        resp_get_rfq.additional_properties = d
        return resp_get_rfq

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
