"""From page content to positioned text: text layers, OCR, orientation and layout."""
