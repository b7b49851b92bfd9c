"""The version check: do a document's language versions say the same thing?

    each version's articles (units.py)  ->  unit vectors from a local
    multilingual model (model.py, folder made by convert.py)  ->  a monotone
    alignment per Chinese-foreign pair (align.py)  ->  the element
    ``version_articles`` (compare.py), which the rulebook turns into findings

Optional: it needs the ``semantic`` extra and the model's folder; without them
the element says the check was skipped and why.
"""
from .compare import align_versions, compare_versions

__all__ = ["align_versions", "compare_versions"]
