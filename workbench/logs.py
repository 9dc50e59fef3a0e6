"""Logging that keeps the error log for errors."""

import logging


class NoTracebackForClientErrors(logging.Filter):
    """Django logs each refused request (403, 404, 400) with the exception's traceback; those
    are answers, not faults, and their tracebacks buried the real 500s. Keep the line, drop the
    traceback; server errors keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if status is not None and 400 <= status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
