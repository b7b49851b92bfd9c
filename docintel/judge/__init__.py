"""Judging what was read: who the parties are, whether each version is signed and
sealed, and what the rulebook makes of a document's elements. Everything here
works on reports and pages already read, never on page images."""
