"""Scripts, languages and language versions."""
