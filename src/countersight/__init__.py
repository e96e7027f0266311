"""countersight: screen hostile state approaches, link them into campaigns, see who owns.

The library is the product; the CLI (``countersight.cli``) is a thin shell over it.

>>> from countersight.screening import screen
"""

__version__ = "0.1.0"
