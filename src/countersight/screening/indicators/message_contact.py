"""Indicators (being written)."""
