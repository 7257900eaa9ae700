from typing import Literal

OrderBookDetailsFilter = Literal["all", "perp", "spot"]

ORDER_BOOK_DETAILS_FILTER_VALUES: set[OrderBookDetailsFilter] = {
    "all",
    "perp",
    "spot",
}


def check_order_book_details_filter(value: str) -> OrderBookDetailsFilter:
    if value in ORDER_BOOK_DETAILS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_BOOK_DETAILS_FILTER_VALUES!r}")
