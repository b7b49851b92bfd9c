"""File-format backends: what an input is, how many pages it has, and each page's raw content.

Backends know nothing of OCR or languages; they hand the page stage either a
PDF page (text layer + renderer) or an image, and turn every way a file can be
unreadable into an ``InputError`` with the contract's code.
"""
from __future__ import annotations

from .sniff import SUPPORTED_SUFFIXES, FileKind, check_file, iter_inputs

__all__ = ["SUPPORTED_SUFFIXES", "FileKind", "check_file", "iter_inputs"]
