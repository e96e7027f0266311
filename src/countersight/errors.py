"""The one root exception, and the split between "skip this item" and "stop the run".

Messages are written for the person running the tool: they name the file, the record and the
field, and never include secrets or whole inputs.
"""


class CountersightError(Exception):
    """Root of every error countersight raises on purpose."""


class InputError(CountersightError):
    """One input item is unusable: report it on one line, skip it, and go on with the rest."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class FatalError(CountersightError):
    """The run cannot go on (a missing model file, an unreadable configuration)."""
