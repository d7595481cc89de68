"""`lazy`: an attribute worked out on first read and then kept, without a lock.

`functools.cached_property` does the same, but before Python 3.12 it takes a lock on
every first read, which costs more than most of the small passes over a sentence that
`analysis.Facts` works out this way. A fact is a pure function of its object, so two
threads reading it at once would at worst both work it out, and keep equal values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class lazy(Generic[T]):  # lower case: a decorator, like cached_property
    """Decorates a method of no arguments: the first read of the attribute calls it
    and stores the value in the instance's `__dict__`, where later reads find it
    (this descriptor defines no `__set__`, so the instance's value wins)."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | lazy[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value
