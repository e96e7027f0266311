"""Parsers for everything countersight reads; each streams, validates and reports bad items."""
