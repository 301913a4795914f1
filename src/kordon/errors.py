"""One exception tree: every error Kordon raises on purpose is a :class:`KordonError`."""

from __future__ import annotations


class KordonError(Exception):
    """Base class of every error Kordon raises on purpose."""

    exit_code = 1


class InputError(KordonError):
    """An input (file, line, URL) cannot be read or understood.

    ``source`` names the file (and line) so the message can say where the problem is.
    """

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # pickled across worker processes with both arguments
        return (type(self), (self.source, self.problem))


class ConfigError(KordonError):
    """A component, profile or option is misconfigured."""

    exit_code = 3


class PipelineError(KordonError):
    """A pipeline cannot be built (unknown component, unmet requirement) or a component failed."""

    exit_code = 3


class TimeLimitError(PipelineError):
    """One document took longer than the per-document time limit (``--time-limit``)."""


class StoreError(KordonError):
    """The database cannot be opened, migrated or queried."""

    exit_code = 4


class NotFoundError(StoreError):
    """A document or record asked for is not in the store."""
