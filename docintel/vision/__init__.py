"""Seals, stamps and handwritten signatures, found on page images with OpenCV."""
