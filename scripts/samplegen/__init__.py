"""Helpers for ``scripts/make_samples.py``: the synthetic sample set of docintel.

The package is split by concern so that content (texts per language, units,
dates) stays data, separate from layout, drawing, scan simulation and labels.
"""
