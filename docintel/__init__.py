"""docintel: reads grant-application attachments and says, with evidence, what is missing."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "analyze"]


def analyze(path, **settings):
    """Analyse one file: ``docintel.analyze("agreement.pdf") -> DocumentReport``."""
    from .pipeline import analyze as _analyze

    return _analyze(path, **settings)
