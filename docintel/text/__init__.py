"""From page content to positioned text: text layers, OCR, orientation and layout."""
import os

# Tesseract's OpenMP threads fight with our worker processes (10x slower on 2
# cores). Set here, before anything loads libtesseract (OpenMP reads the limit
# when the library is loaded) or starts the command (which inherits it).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
