"""A host with several addresses: a dead first address does not use up the fetch deadline,
one request is sent however many addresses there are, and only checked addresses are
connected to.

Host names under `.test` resolve (socket.getaddrinfo patched) to loopback addresses the
test picks; 127.0.0.2 and 127.0.0.3 stand in for public addresses. A black hole is a
loopback listener whose accept queue is full: the kernel drops further connection
attempts, so a connect neither succeeds nor fails, as with a server that went away."""

from __future__ import annotations

import asyncio
import ipaddress
import select
import socket
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer

import pytest
from page_server import serve_page

from summarizer.errors import InputError
from summarizer.text.fetching import fetch_policy
from summarizer.text.happy_eyeballs import first_to_answer, interleave_families

PAGE = (
    b"<html><body><h1>Acme Privacy Policy</h1>"
    b"<p>We collect your email address when you create an account.</p></body></html>"
)


@pytest.fixture(autouse=True)
def public_stand_ins(count_as_public: Callable[..., None]) -> None:
    """127.0.0.2 and 127.0.0.3 count as public; every other loopback address stays private."""
    count_as_public("127.0.0.2", "127.0.0.3")


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Names under `.test` resolve to the addresses the test lists, in that order."""
    answers: dict[str, list[str]] = {}
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = host.decode("ascii") if isinstance(host, bytes) else str(host)
        if name not in answers:
            return real(host, port, *args, **kwargs)
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port or 0)))
            for address in answers[name]
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers


@pytest.fixture
def network() -> Iterator[_Network]:
    made = _Network()
    yield made
    made.close()


class _Network:
    """Servers and black holes on loopback addresses, closed when the test ends."""

    def __init__(self) -> None:
        self.servers: list[ThreadingHTTPServer] = []
        self.sockets: list[socket.socket] = []

    def serve(self, host: str, port: int = 0, answer_after_s: float = 0.0) -> ThreadingHTTPServer:
        server = serve_page(PAGE, host, port, answer_after_s=answer_after_s)
        self.servers.append(server)
        return server

    def black_hole(self, host: str, port: int) -> None:
        """A listener at `host:port` that never completes another connection."""
        hole = socket.socket()
        hole.bind((host, port))
        hole.listen(0)
        self.sockets.append(hole)
        for _ in range(16):  # fill the accept queue until a connection hangs
            filler = socket.socket()
            filler.setblocking(False)
            self.sockets.append(filler)
            filler.connect_ex((host, port))
            _, writable, _ = select.select([], [filler], [], 0.2)
            if not writable:
                return
        raise RuntimeError("the black hole's accept queue never filled")

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()
        for each in self.sockets:
            each.close()


def test_a_black_holed_first_address_does_not_use_up_the_deadline(
    resolver: dict[str, list[str]], network: _Network
) -> None:
    server = network.serve("127.0.0.2")
    port = server.server_address[1]
    network.black_hole("127.0.0.3", port)
    resolver["policy.test"] = ["127.0.0.3", "127.0.0.2"]

    document = fetch_policy(f"http://policy.test:{port}/privacy", timeout_s=3)

    assert "We collect your email address" in document.text
    assert server.requests == [("/privacy", f"policy.test:{port}")]  # type: ignore[attr-defined]


def test_a_refused_first_address_makes_way_for_the_next(
    resolver: dict[str, list[str]], network: _Network
) -> None:
    server = network.serve("127.0.0.2")
    port = server.server_address[1]  # nothing listens at 127.0.0.3 on this port
    resolver["policy.test"] = ["127.0.0.3", "127.0.0.2"]

    document = fetch_policy(f"http://policy.test:{port}/privacy", timeout_s=3)

    assert "We collect your email address" in document.text


def test_once_an_address_connects_the_others_get_no_request(
    resolver: dict[str, list[str]], network: _Network
) -> None:
    # The first server connects at once but answers after several connection attempt
    # delays: racing whole requests would have asked the second one too.
    slow = network.serve("127.0.0.2", answer_after_s=0.6)
    port = slow.server_address[1]
    other = network.serve("127.0.0.3", port)
    resolver["policy.test"] = ["127.0.0.2", "127.0.0.3"]

    document = fetch_policy(f"http://policy.test:{port}/privacy", timeout_s=5)

    assert "We collect your email address" in document.text
    assert slow.requests == [("/privacy", f"policy.test:{port}")]  # type: ignore[attr-defined]
    assert other.requests == []  # type: ignore[attr-defined]


def test_when_every_address_is_a_black_hole_the_deadline_still_holds(
    resolver: dict[str, list[str]], network: _Network
) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.2", 0))
    port = probe.getsockname()[1]
    probe.close()
    network.black_hole("127.0.0.2", port)
    network.black_hole("127.0.0.3", port)
    resolver["dead.test"] = ["127.0.0.2", "127.0.0.3"]

    with pytest.raises(InputError) as refused:
        fetch_policy(f"http://dead.test:{port}/privacy", timeout_s=0.8)

    assert str(refused.value) == f"http://dead.test:{port}/privacy: no complete answer within 0.8s."


def test_a_private_address_among_several_is_refused_before_any_connection(
    resolver: dict[str, list[str]], network: _Network
) -> None:
    public = network.serve("127.0.0.2")
    port = public.server_address[1]
    private = network.serve("127.0.0.1", port)
    resolver["mixed.test"] = ["127.0.0.2", "127.0.0.1"]

    with pytest.raises(InputError, match=r"leads to the private or local address 127\.0\.0\.1"):
        fetch_policy(f"http://mixed.test:{port}/privacy")

    assert public.requests == [] and private.requests == []  # type: ignore[attr-defined]


def test_the_address_families_take_turns_from_the_first_ones() -> None:
    listed = [
        ipaddress.ip_address(text)
        for text in ("2001:db8::1", "2001:db8::2", "2001:db8::3", "192.0.2.1", "192.0.2.2")
    ]

    ordered = [str(address) for address in interleave_families(listed)]

    assert ordered == ["2001:db8::1", "192.0.2.1", "2001:db8::2", "192.0.2.2", "2001:db8::3"]


# --- the race itself, with stand-in attempts ------------------------------------------


class _Refused(Exception):
    pass


def _race(
    behaviours: dict[str, str], log: list[str]
) -> Callable[[str, Callable[[], None]], object]:
    """An attempt per address: "hang" never connects, "refuse" fails at once, "answer"
    connects and answers, "connect-then-fail" connects and then fails."""

    async def attempt(address: str, connected: Callable[[], None]) -> str:
        log.append(f"start {address}")
        behaviour = behaviours[address]
        try:
            if behaviour == "hang":
                await asyncio.Event().wait()
            if behaviour == "refuse":
                raise _Refused(address)
            connected()
            await asyncio.sleep(0)
            if behaviour == "connect-then-fail":
                raise _Refused(address)
            return f"answer from {address}"
        except asyncio.CancelledError:
            log.append(f"cancel {address}")
            raise

    return attempt


async def _discard(answer: object) -> None:
    pass


def test_a_hanging_attempt_is_overtaken_and_then_cancelled() -> None:
    log: list[str] = []
    attempt = _race({"a": "hang", "b": "answer"}, log)

    answer = asyncio.run(
        first_to_answer(["a", "b"], attempt, retry_on=_Refused, discard=_discard, delay_s=0.01)  # type: ignore[arg-type]
    )

    assert answer == "answer from b"
    assert log == ["start a", "start b", "cancel a"]


def test_an_address_whose_connection_fails_after_connecting_makes_way_for_the_rest() -> None:
    log: list[str] = []
    attempt = _race({"a": "connect-then-fail", "b": "refuse", "c": "answer"}, log)

    answer = asyncio.run(
        first_to_answer(["a", "b", "c"], attempt, retry_on=_Refused, discard=_discard)  # type: ignore[arg-type]
    )

    assert answer == "answer from c"
    assert log == ["start a", "start b", "start c"]


def test_the_last_failure_is_raised_when_every_address_fails() -> None:
    attempt = _race({"a": "refuse", "b": "refuse"}, [])

    with pytest.raises(_Refused, match="b"):
        asyncio.run(first_to_answer(["a", "b"], attempt, retry_on=_Refused, discard=_discard))  # type: ignore[arg-type]


def test_a_failure_not_worth_another_address_is_raised_at_once() -> None:
    log: list[str] = []
    attempt = _race({"a": "refuse", "b": "answer"}, log)

    with pytest.raises(_Refused):
        asyncio.run(first_to_answer(["a", "b"], attempt, retry_on=KeyError, discard=_discard))  # type: ignore[arg-type]

    assert log == ["start a"]
