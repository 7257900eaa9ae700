from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_detail_metadata import EventDetailMetadata
    from ..models.event_order_book_entry import EventOrderBookEntry


T = TypeVar("T", bound="EventDetail")


@_attrs_define
class EventDetail:
    """A binary-option event and its outcome markets."""

    event_id: int
    """ Event id. """
    title: str
    """ Title. """
    description: str
    """ Description. """
    creator_account_index: int
    """ Account that created the event. """
    created_at: int
    """ Creation time (Unix milliseconds). """
    tag: str
    """ Series tag (e.g. `btc/5m` for recurring up/down markets). """
    event_kind: str
    """ Known values: `one_off`, `recurrent`; others may appear. """
    recurrence_period_seconds: int
    """ Period of a recurrent event in seconds (0 for one-off events). """
    start_at: int
    """ Start of the event (Unix milliseconds). """
    end_at: int
    """ End of the event (Unix milliseconds). """
    metadata: EventDetailMetadata
    """ Free-form event metadata. """
    order_books: list[EventOrderBookEntry]
    """ The outcome markets of the event. """
    lifetime_quote_token_volume: float
    """ Quote volume over all outcome markets since the event opened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        title = self.title

        description = self.description

        creator_account_index = self.creator_account_index

        created_at = self.created_at

        tag = self.tag

        event_kind = self.event_kind

        recurrence_period_seconds = self.recurrence_period_seconds

        start_at = self.start_at

        end_at = self.end_at

        metadata = self.metadata.to_dict()

        order_books = []
        for order_books_item_data in self.order_books:
            order_books_item = order_books_item_data.to_dict()
            order_books.append(order_books_item)

        lifetime_quote_token_volume = self.lifetime_quote_token_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "title": title,
                "description": description,
                "creator_account_index": creator_account_index,
                "created_at": created_at,
                "tag": tag,
                "event_kind": event_kind,
                "recurrence_period_seconds": recurrence_period_seconds,
                "start_at": start_at,
                "end_at": end_at,
                "metadata": metadata,
                "order_books": order_books,
                "lifetime_quote_token_volume": lifetime_quote_token_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_detail_metadata import EventDetailMetadata  # noqa: PLC0415
        from ..models.event_order_book_entry import EventOrderBookEntry  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        title = d.pop("title")

        description = d.pop("description")

        creator_account_index = d.pop("creator_account_index")

        created_at = d.pop("created_at")

        tag = d.pop("tag")

        event_kind = d.pop("event_kind")

        recurrence_period_seconds = d.pop("recurrence_period_seconds")

        start_at = d.pop("start_at")

        end_at = d.pop("end_at")

        metadata = EventDetailMetadata.from_dict(d.pop("metadata"))

        order_books = []
        _order_books = d.pop("order_books")
        for order_books_item_data in _order_books:
            order_books_item = EventOrderBookEntry.from_dict(order_books_item_data)

            order_books.append(order_books_item)

        lifetime_quote_token_volume = d.pop("lifetime_quote_token_volume")

        event_detail = cls(
            event_id=event_id,
            title=title,
            description=description,
            creator_account_index=creator_account_index,
            created_at=created_at,
            tag=tag,
            event_kind=event_kind,
            recurrence_period_seconds=recurrence_period_seconds,
            start_at=start_at,
            end_at=end_at,
            metadata=metadata,
            order_books=order_books,
            lifetime_quote_token_volume=lifetime_quote_token_volume,
        )

        event_detail.additional_properties = d
        return event_detail

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
