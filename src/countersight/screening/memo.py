"""A cached attribute without :func:`functools.cached_property`'s lock.

Python 3.11's ``cached_property`` takes a lock shared by every instance on each first access; the
screening makes a few thousand short-lived objects per second (text fields, contexts, careers),
each read once per attribute from one thread, so that lock is pure cost. :class:`cached` computes
the value on first access and stores it in the instance's ``__dict__`` (which also works on
frozen dataclasses), after which the attribute is read without calling anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached(Generic[T]):
    """Like :func:`functools.cached_property`, for objects used from one thread at a time."""

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> cached[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> T | cached[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value
