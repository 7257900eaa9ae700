from typing import Literal

OrderBooksFilter = Literal["all", "perp", "spot"]

ORDER_BOOKS_FILTER_VALUES: set[OrderBooksFilter] = {
    "all",
    "perp",
    "spot",
}


def check_order_books_filter(value: str) -> OrderBooksFilter:
    if value in ORDER_BOOKS_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_BOOKS_FILTER_VALUES!r}")
