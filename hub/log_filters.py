"""Logging filters (settings.LOGGING)."""

import logging
import time


class OncePerInterval(logging.Filter):
    """Lets one record through per `seconds` per logger, without its traceback: with Redis
    away every cache call fails, and a traceback for each would bury the log."""

    def __init__(self, seconds=10):
        super().__init__()
        self.seconds, self.last = seconds, {}

    def filter(self, record):
        now = time.monotonic()
        if now - self.last.get(record.name, -self.seconds) < self.seconds:
            return False
        self.last[record.name] = now
        if record.exc_info:
            record.msg = f"{record.msg}: {record.exc_info[1]!r}"
            record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True
