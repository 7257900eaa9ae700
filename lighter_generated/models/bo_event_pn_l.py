from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bo_outcome_pn_l import BoOutcomePnL


T = TypeVar("T", bound="BoEventPnL")


@_attrs_define
class BoEventPnL:
    """Profit and loss of an account on one binary-option event, per outcome market."""

    event_id: int
    """ Event id. """
    event_title: str
    """ Event title. """
    event_description: str
    """ Event description. """
    total_pnl: str
    """ PnL over all outcome markets of the event (decimal string). """
    outcomes: list[BoOutcomePnL]
    """ PnL per outcome market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_title = self.event_title

        event_description = self.event_description

        total_pnl = self.total_pnl

        outcomes = []
        for outcomes_item_data in self.outcomes:
            outcomes_item = outcomes_item_data.to_dict()
            outcomes.append(outcomes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_title": event_title,
                "event_description": event_description,
                "total_pnl": total_pnl,
                "outcomes": outcomes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bo_outcome_pn_l import BoOutcomePnL  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        event_title = d.pop("event_title")

        event_description = d.pop("event_description")

        total_pnl = d.pop("total_pnl")

        outcomes = []
        _outcomes = d.pop("outcomes")
        for outcomes_item_data in _outcomes:
            outcomes_item = BoOutcomePnL.from_dict(outcomes_item_data)

            outcomes.append(outcomes_item)

        bo_event_pn_l = cls(
            event_id=event_id,
            event_title=event_title,
            event_description=event_description,
            total_pnl=total_pnl,
            outcomes=outcomes,
        )

        bo_event_pn_l.additional_properties = d
        return bo_event_pn_l

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
