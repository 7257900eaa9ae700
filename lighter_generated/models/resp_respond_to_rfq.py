from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_metadata import RFQMetadata
    from ..models.rfq_response_entry import RFQResponseEntry


T = TypeVar("T", bound="RespRespondToRFQ")


@_attrs_define
class RespRespondToRFQ:
    """Answer of `rfq_respond` (POST /api/v1/rfq/respond)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    id: int
    account_index: int
    """ Account index (sub-accounts and pools have large indexes, up to 2^48-1). """
    market_index: int
    """ Market index (see `market_id`). """
    direction: int
    base_amount: str
    quote_amount: str
    status: str
    metadata: None | RFQMetadata
    responses: list[RFQResponseEntry] | None
    created_at: int
    """ Creation time (unix timestamp). """
    updated_at: int
    """ Last update time (unix timestamp). """
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rfq_metadata import RFQMetadata  # noqa: PLC0415

        code = self.code

        id = self.id

        account_index = self.account_index

        market_index = self.market_index

        direction = self.direction

        base_amount = self.base_amount

        quote_amount = self.quote_amount

        status = self.status

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, RFQMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        responses: list[dict[str, Any]] | None
        if isinstance(self.responses, list):
            responses = []
            for responses_type_0_item_data in self.responses:
                responses_type_0_item = responses_type_0_item_data.to_dict()
                responses.append(responses_type_0_item)

        else:
            responses = self.responses

        created_at = self.created_at

        updated_at = self.updated_at

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
                "id": id,
                "account_index": account_index,
                "market_index": market_index,
                "direction": direction,
                "base_amount": base_amount,
                "quote_amount": quote_amount,
                "status": status,
                "metadata": metadata,
                "responses": responses,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_metadata import RFQMetadata  # noqa: PLC0415
        from ..models.rfq_response_entry import RFQResponseEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id")

        account_index = d.pop("account_index")

        market_index = d.pop("market_index")

        direction = d.pop("direction")

        base_amount = d.pop("base_amount")

        quote_amount = d.pop("quote_amount")

        status = d.pop("status")

        def _parse_metadata(data: object) -> None | RFQMetadata:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected RFQMetadata, got {type(data).__name__}")
            metadata_type_0 = RFQMetadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata"))

        def _parse_responses(data: object) -> list[RFQResponseEntry] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[RFQResponseEntry], got {type(data).__name__}")
            responses_type_0 = []
            _responses_type_0 = data
            for responses_type_0_item_data in _responses_type_0:
                responses_type_0_item = RFQResponseEntry.from_dict(responses_type_0_item_data)

                responses_type_0.append(responses_type_0_item)

            return responses_type_0

        responses = _parse_responses(d.pop("responses"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        resp_respond_to_rfq = cls(
            code=code,
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
            message=message,
        )

        resp_respond_to_rfq.additional_properties = d
        return resp_respond_to_rfq

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
