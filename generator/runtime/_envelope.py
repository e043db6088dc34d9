"""Responses wrapped in ``{"data": ..., "isSuccess": bool, "error": ..., "errorDetails": ...}``.

Failure is decided on the top-level ``isSuccess`` of the parsed envelope only: a ``false`` deeper inside
``data`` (a task's last run, say) is data, not a failed call.
"""

from __future__ import annotations

import json
from typing import Any

from ._hooks import ServiceHooks
from .errors import ErrorBody

__all__ = ["EnvelopeHooks"]


class EnvelopeHooks(ServiceHooks):
    def failed(self, parsed: object) -> bool:
        # The generated envelope model maps isSuccess to `is_success`; other results (files, lists) have none.
        return getattr(parsed, "is_success", None) is False

    def read_error_body(self, body: Any) -> ErrorBody:
        if not isinstance(body, dict) or not ("error" in body or "errorDetails" in body):
            return ErrorBody()
        error, details = body.get("error"), body.get("errorDetails")
        parts = [v if isinstance(v, str) else json.dumps(v) for v in (error, details) if v]
        return ErrorBody(detail="; ".join(parts) if parts else None, error=error, error_details=details)
