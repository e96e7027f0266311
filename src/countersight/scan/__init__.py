"""Scan a person's own LinkedIn data export for every approach they received (CONTRACTS.md 4)."""
