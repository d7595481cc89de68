"""Connect to one of a host's addresses without waiting on a dead one: staggered
attempts in the spirit of Happy Eyeballs (RFC 8305).

A host often resolves to several addresses, and the first may be a black hole (a
server taken out of service, an IPv6 route that swallows packets): a connection to it
neither succeeds nor fails until a long timeout, which tried one address at a time
would use up the whole fetch deadline. So (`first_to_answer`):

- the addresses are tried in the order `interleave_families` gives: the resolver's
  order, but alternating IPv6 and IPv4, so one broken family costs one attempt;
- the first attempt starts at once; while no attempt has connected, the next starts
  `CONNECTION_ATTEMPT_DELAY_S` later, or at once when an attempt fails;
- as soon as one attempt has connected, the others are cancelled (one request is sent,
  not one per address), and no more start; should the connected one then fail in a way
  worth trying elsewhere (a failed TLS handshake), the cancelled and untried addresses
  get their turn again;
- the first attempt to answer is the result; an answer that comes second is discarded.

Only the addresses given are tried: the caller checks them first. The caller's
deadline bounds the whole race (cancelling it cancels every attempt).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from summarizer.text.addresses import IpAddress

_T = TypeVar("_T")
_A = TypeVar("_A")

# RFC 8305 section 5: the recommended Connection Attempt Delay.
CONNECTION_ATTEMPT_DELAY_S = 0.25

Connected = Callable[[], None]  # an attempt calls it once its connection is made


def interleave_families(addresses: Sequence[IpAddress]) -> list[IpAddress]:
    """`addresses` in their order within each family (IPv6, IPv4), the families taking
    turns, starting with the family of the first (RFC 8305 section 4)."""
    if not addresses:
        return []
    first = addresses[0].version
    same = [address for address in addresses if address.version == first]
    other = [address for address in addresses if address.version != first]
    ordered: list[IpAddress] = []
    for index in range(max(len(same), len(other))):
        ordered.extend(family[index] for family in (same, other) if index < len(family))
    return ordered


async def first_to_answer(
    addresses: Sequence[_A],
    attempt: Callable[[_A, Connected], Awaitable[_T]],
    *,
    retry_on: type[BaseException] | tuple[type[BaseException], ...],
    discard: Callable[[_T], Awaitable[object]],
    delay_s: float = CONNECTION_ATTEMPT_DELAY_S,
) -> _T:
    """The answer of the first `attempt(address, connected)` to answer, attempts being
    started as the module docstring says. An attempt failing with `retry_on` makes way
    for the next address; the last such failure is raised when every address failed.
    Any other failure is raised at once. `discard` releases an answer not used."""
    if not addresses:
        raise ValueError("no address to connect to")
    waiting = deque(range(len(addresses)))
    running: dict[asyncio.Future[_T], int] = {}
    connected: set[int] = set()
    woken = asyncio.Event()
    last_error: BaseException | None = None

    def start(index: int) -> None:
        def on_connected() -> None:
            connected.add(index)
            woken.set()

        running[asyncio.ensure_future(attempt(addresses[index], on_connected))] = index

    try:
        while True:
            if not connected and waiting:
                start(waiting.popleft())
            if not running:
                assert last_error is not None  # every address was tried and failed
                raise last_error
            woken.clear()
            wake: asyncio.Future[Any] = asyncio.ensure_future(woken.wait())
            watched: set[asyncio.Future[Any]] = {*running, wake}
            stagger = delay_s if not connected and waiting else None
            try:
                done, _ = await asyncio.wait(
                    watched, timeout=stagger, return_when=asyncio.FIRST_COMPLETED
                )
            finally:
                wake.cancel()
            answers: list[_T] = []
            for task in done:
                if task is wake:
                    continue
                connected.discard(running.pop(task))
                error = task.exception()
                if error is None:
                    answers.append(task.result())
                elif not isinstance(error, retry_on):
                    for answer in answers:
                        await discard(answer)
                    raise error
                else:
                    last_error = error
            if answers:
                for extra in answers[1:]:
                    await discard(extra)
                return answers[0]
            if connected:
                losers = {task: index for task, index in running.items() if index not in connected}
                await _cancel(losers, discard)
                for task in losers:
                    del running[task]
                # Should the connected attempt fail, these go first, in their order.
                waiting.extendleft(sorted(losers.values(), reverse=True))
    finally:
        await _cancel(dict(running), discard)


async def _cancel(
    tasks: dict[asyncio.Future[_T], int], discard: Callable[[_T], Awaitable[object]]
) -> None:
    """Cancel `tasks` and wait for them to end; an answer one gave meanwhile is discarded."""
    for task in tasks:
        task.cancel()
    ended = await asyncio.gather(*tasks, return_exceptions=True)
    for outcome in ended:
        if not isinstance(outcome, BaseException):
            await discard(outcome)
