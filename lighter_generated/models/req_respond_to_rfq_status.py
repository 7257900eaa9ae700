from typing import Literal

ReqRespondToRFQStatus = Literal["acknowledged", "liquidity_provided", "not_interested"]

REQ_RESPOND_TO_RFQ_STATUS_VALUES: set[ReqRespondToRFQStatus] = {
    "acknowledged",
    "liquidity_provided",
    "not_interested",
}


def check_req_respond_to_rfq_status(value: str) -> ReqRespondToRFQStatus:
    if value in REQ_RESPOND_TO_RFQ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REQ_RESPOND_TO_RFQ_STATUS_VALUES!r}")
