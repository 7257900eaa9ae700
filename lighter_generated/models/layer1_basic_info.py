from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_address import ContractAddress
    from ..models.l1_provider_info import L1ProviderInfo
    from ..models.validator_info import ValidatorInfo


T = TypeVar("T", bound="Layer1BasicInfo")


@_attrs_define
class Layer1BasicInfo:
    """Answer of `layer1_basic_info` (GET /api/v1/layer1BasicInfo)."""

    code: int
    """ Result code: 200 on success (0 inside nested entries). """
    l1_providers: list[L1ProviderInfo] | None
    l1_providers_health: bool
    validator_info: list[ValidatorInfo] | None
    contract_addresses: list[ContractAddress] | None
    latest_l1_generic_block: int
    latest_l1_governance_block: int
    latest_l1_desert_block: int
    message: None | str | Unset = UNSET
    """ Human-readable detail; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        l1_providers: list[dict[str, Any]] | None
        if isinstance(self.l1_providers, list):
            l1_providers = []
            for l1_providers_type_0_item_data in self.l1_providers:
                l1_providers_type_0_item = l1_providers_type_0_item_data.to_dict()
                l1_providers.append(l1_providers_type_0_item)

        else:
            l1_providers = self.l1_providers

        l1_providers_health = self.l1_providers_health

        validator_info: list[dict[str, Any]] | None
        if isinstance(self.validator_info, list):
            validator_info = []
            for validator_info_type_0_item_data in self.validator_info:
                validator_info_type_0_item = validator_info_type_0_item_data.to_dict()
                validator_info.append(validator_info_type_0_item)

        else:
            validator_info = self.validator_info

        contract_addresses: list[dict[str, Any]] | None
        if isinstance(self.contract_addresses, list):
            contract_addresses = []
            for contract_addresses_type_0_item_data in self.contract_addresses:
                contract_addresses_type_0_item = contract_addresses_type_0_item_data.to_dict()
                contract_addresses.append(contract_addresses_type_0_item)

        else:
            contract_addresses = self.contract_addresses

        latest_l1_generic_block = self.latest_l1_generic_block

        latest_l1_governance_block = self.latest_l1_governance_block

        latest_l1_desert_block = self.latest_l1_desert_block

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
                "l1_providers": l1_providers,
                "l1_providers_health": l1_providers_health,
                "validator_info": validator_info,
                "contract_addresses": contract_addresses,
                "latest_l1_generic_block": latest_l1_generic_block,
                "latest_l1_governance_block": latest_l1_governance_block,
                "latest_l1_desert_block": latest_l1_desert_block,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_address import ContractAddress  # noqa: PLC0415
        from ..models.l1_provider_info import L1ProviderInfo  # noqa: PLC0415
        from ..models.validator_info import ValidatorInfo  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_l1_providers(data: object) -> list[L1ProviderInfo] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[L1ProviderInfo], got {type(data).__name__}")
            l1_providers_type_0 = []
            _l1_providers_type_0 = data
            for l1_providers_type_0_item_data in _l1_providers_type_0:
                l1_providers_type_0_item = L1ProviderInfo.from_dict(l1_providers_type_0_item_data)

                l1_providers_type_0.append(l1_providers_type_0_item)

            return l1_providers_type_0

        l1_providers = _parse_l1_providers(d.pop("l1_providers"))

        l1_providers_health = d.pop("l1_providers_health")

        def _parse_validator_info(data: object) -> list[ValidatorInfo] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ValidatorInfo], got {type(data).__name__}")
            validator_info_type_0 = []
            _validator_info_type_0 = data
            for validator_info_type_0_item_data in _validator_info_type_0:
                validator_info_type_0_item = ValidatorInfo.from_dict(validator_info_type_0_item_data)

                validator_info_type_0.append(validator_info_type_0_item)

            return validator_info_type_0

        validator_info = _parse_validator_info(d.pop("validator_info"))

        def _parse_contract_addresses(data: object) -> list[ContractAddress] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError(f"expected list[ContractAddress], got {type(data).__name__}")
            contract_addresses_type_0 = []
            _contract_addresses_type_0 = data
            for contract_addresses_type_0_item_data in _contract_addresses_type_0:
                contract_addresses_type_0_item = ContractAddress.from_dict(contract_addresses_type_0_item_data)

                contract_addresses_type_0.append(contract_addresses_type_0_item)

            return contract_addresses_type_0

        contract_addresses = _parse_contract_addresses(d.pop("contract_addresses"))

        latest_l1_generic_block = d.pop("latest_l1_generic_block")

        latest_l1_governance_block = d.pop("latest_l1_governance_block")

        latest_l1_desert_block = d.pop("latest_l1_desert_block")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        layer1_basic_info = cls(
            code=code,
            l1_providers=l1_providers,
            l1_providers_health=l1_providers_health,
            validator_info=validator_info,
            contract_addresses=contract_addresses,
            latest_l1_generic_block=latest_l1_generic_block,
            latest_l1_governance_block=latest_l1_governance_block,
            latest_l1_desert_block=latest_l1_desert_block,
            message=message,
        )

        layer1_basic_info.additional_properties = d
        return layer1_basic_info

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
