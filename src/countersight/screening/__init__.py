"""Screening one approach: indicators with evidence, an interpretable scorer, advice."""

from countersight.screening.screen import Screener, detect, screen

__all__ = ["Screener", "detect", "screen"]
