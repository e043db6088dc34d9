"""Prism mock servers for the API specs, on free loopback ports.

Shared by examples/demo.py and the contract tests (tests/contract/conftest.py): both start one mock per spec,
wait until each listens, and stop them all afterwards, also after an error or Ctrl-C.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 5.0
# A free port can be taken by someone else between our probe and Prism's bind; then we try another one.
PORT_ATTEMPTS = 3


class PrismError(RuntimeError):
    """Prism is missing, or a mock server did not come up."""


@dataclass
class MockServer:
    name: str
    spec: Path
    port: int
    process: subprocess.Popen[bytes]
    log: IO[bytes] = field(repr=False)

    @property
    def url(self) -> str:
        """The mock's root: Prism serves the spec's paths without the base path of its `servers` URL."""
        return f"http://{HOST}:{self.port}"

    def output(self) -> str:
        """Everything Prism printed so far (start-up messages, one line per request, errors)."""
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")

    def listening(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection((HOST, self.port), timeout=0.5):
            return True
        return False

    def ready(self) -> bool:
        """Prism says it listens on our port (so the port is not someone else's) and it accepts connections."""
        return f"Prism is listening on {self.url}" in self.output() and self.listening()

    def stop(self) -> None:
        """Terminate Prism's process group (node and anything it spawned); kill it when it does not exit."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=STOP_TIMEOUT)
        self.log.close()


def service_specs() -> dict[str, Path]:
    """Every service of generator/services/ and its original spec (not the copy prepared for the generator)."""
    if str(ROOT) not in sys.path:  # run as a script from examples/
        sys.path.insert(0, str(ROOT))
    from generator.config import load_services

    return {name: service.spec for name, service in load_services().items()}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _die_with_parent() -> None:
    """In the child before exec: on Linux the kernel sends Prism SIGTERM if we die without stopping it (SIGKILL)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _launch(name: str, spec: Path) -> MockServer:
    port = free_port()
    log = tempfile.TemporaryFile(prefix=f"prism-{name}-")
    # Output goes to a file, not a pipe: nobody reads a pipe while tests run and a full one would block Prism.
    process = subprocess.Popen(
        [str(PRISM), "mock", "-h", HOST, "-p", str(port), str(spec)],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # own process group: stopped as a whole, and Ctrl-C in a terminal is ours to handle
        preexec_fn=_die_with_parent,
    )
    server = MockServer(name=name, spec=spec, port=port, process=process, log=log)
    atexit.register(server.stop)
    return server


def start(specs: Mapping[str, Path], *, timeout: float = START_TIMEOUT) -> dict[str, MockServer]:
    """Start one mock per spec, all at once, and return when every one listens.

    Raises PrismError with Prism's own output when one exits or is not listening within `timeout` seconds;
    the ones already started are stopped then.
    """
    if not os.access(PRISM, os.X_OK):
        raise PrismError(f"{PRISM.relative_to(ROOT)} not found: run make first (it installs Prism with npm ci)")
    servers = {name: _launch(name, Path(spec)) for name, spec in specs.items()}
    attempts = dict.fromkeys(servers, 1)
    deadline = time.monotonic() + timeout
    try:
        waiting = set(servers)
        while waiting:
            for name in sorted(waiting):
                server = servers[name]
                if server.process.poll() is not None:
                    output = server.output()
                    if "EADDRINUSE" in output and attempts[name] < PORT_ATTEMPTS:
                        server.stop()
                        servers[name] = _launch(name, server.spec)
                        attempts[name] += 1
                        continue
                    raise PrismError(
                        f"Prism for {name} ({server.spec.name}) exited with status {server.process.returncode}:\n"
                        f"{output}"
                    )
                if server.ready():
                    waiting.discard(name)
            if waiting and time.monotonic() > deadline:
                details = "\n".join(f"--- {n}:\n{servers[n].output()}" for n in sorted(waiting))
                raise PrismError(
                    f"Prism did not listen within {timeout:.0f} s for {', '.join(sorted(waiting))}\n{details}"
                )
            if waiting:
                time.sleep(0.1)
    except BaseException:
        stop(servers.values())
        raise
    return servers


def stop(servers: Iterable[MockServer]) -> None:
    """Stop every server, each one even when stopping another failed."""
    errors = []
    for server in list(servers):
        try:
            server.stop()
        except Exception as error:  # keep stopping the others
            errors.append(error)
    if errors:
        raise errors[0]


@contextlib.contextmanager
def running(
    specs: Mapping[str, Path] | None = None, *, timeout: float = START_TIMEOUT
) -> Iterator[dict[str, MockServer]]:
    """Mocks for `specs` (default: every service's spec) for the duration of the block."""
    servers = start(service_specs() if specs is None else specs, timeout=timeout)
    try:
        yield servers
    finally:
        stop(servers.values())
