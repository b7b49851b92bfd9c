"""Failures a person can act on, each with a code of the report contract.

Modelled on OCRmyPDF's ``exceptions.py``: every way an input can fail is one
class with a stable code, so the pipeline can turn it into a document with
``status: error`` while the rest of the batch carries on.
"""
from __future__ import annotations

from .models import ErrorCode, ErrorInfo


class InputError(Exception):
    """An input that cannot be analysed; never a crash of the batch."""

    code: ErrorCode = "corrupt"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def info(self) -> ErrorInfo:
        return ErrorInfo(code=self.code, message=self.message)


class EncryptedError(InputError):
    code: ErrorCode = "encrypted"


class CorruptError(InputError):
    code: ErrorCode = "corrupt"


class UnsupportedError(InputError):
    code: ErrorCode = "unsupported"


class TooLargeError(InputError):
    code: ErrorCode = "too_large"


class TimeoutError_(InputError):
    code: ErrorCode = "timeout"


class MissingDependencyError(RuntimeError):
    """A program docintel needs (Tesseract, a language pack) is not installed.

    Unlike an ``InputError`` this is the machine's fault, not the file's, so it
    stops the run with set-up instructions instead of marking files as bad.
    """
