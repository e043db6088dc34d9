"""A raw-socket HTTP/1.1 server on 127.0.0.1 for hostile tests: every answer is bytes written by the test.

Each accepted connection is served in its own thread: the request head (and a Content-Length body) is read,
recorded, then handed to the test's ``respond(conn, request)`` which writes whatever it likes (or nothing)
on the socket. The connection is closed afterwards. Every socket operation has a timeout, so nothing hangs.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

IO_TIMEOUT = 5.0
LOOPBACK = "127.0.0.1"


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]  # lower-case names; repeated names joined with ", "
    raw_head: bytes
    body: bytes
    received_at: float  # time.monotonic() when the request head was complete
    peer_cert: dict[str, Any] | None = None  # the TLS client certificate, when the server asks for one

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


Respond = Callable[[socket.socket, Request], None]


@dataclass
class RawServer:
    respond: Respond
    ssl_context: ssl.SSLContext | None = None
    requests: list[Request] = field(default_factory=list)
    connections: int = 0
    errors: list[BaseException] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((LOOPBACK, 0))
        self._sock.listen(64)
        self._sock.settimeout(0.01)
        self._port = int(self._sock.getsockname()[1])
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def port(self) -> int:
        return self._port

    @property
    def origin(self) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        host = "localhost" if self.ssl_context is not None else LOOPBACK
        return f"{scheme}://{host}:{self.port}"

    def __enter__(self) -> RawServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._acceptor.join(timeout=IO_TIMEOUT)
        self._sock.close()
        for thread in list(self._threads):
            thread.join(timeout=IO_TIMEOUT)

    def reset(self) -> None:
        """Forget the requests seen so far (the server keeps running)."""
        with self._lock:
            self.requests.clear()

    def count(self, method: str | None = None, path: str | None = None) -> int:
        with self._lock:
            return sum(
                1 for r in self.requests if (method is None or r.method == method) and (path is None or r.path == path)
            )

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, BlockingIOError):
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(IO_TIMEOUT)
        peer_cert = None
        try:
            if self.ssl_context is not None:
                conn = self.ssl_context.wrap_socket(conn, server_side=True)
                peer_cert = conn.getpeercert() or None
            while not self._stop.is_set():
                request = read_request(conn)
                if request is None:
                    return
                request.peer_cert = peer_cert
                with self._lock:
                    self.requests.append(request)
                self.respond(conn, request)
                return  # one request per connection: the answer ends with the connection closed
        except (OSError, ssl.SSLError) as error:
            self.errors.append(error)
        finally:
            try:
                conn.close()
            except OSError:
                pass


def read_request(conn: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1 << 20:
            return None
    head, _, rest = data.partition(b"\r\n\r\n")
    received_at = time.monotonic()
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = (lines[0].split(" ", 2) + ["", ""])[:3]
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        key = name.strip().lower()
        headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    length = int(headers.get("content-length") or 0)
    body = rest
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while not body.endswith(b"0\r\n\r\n"):
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
    return Request(method, target, headers, head, body, received_at)


# ------------------------------------------------------------------------------------------------ answer helpers


def response_bytes(
    status: int,
    body: bytes = b"",
    *,
    reason: str = "X",
    headers: dict[str, str] | list[tuple[str, str]] | None = None,
    content_type: str | None = "application/json",
    length: bool = True,
) -> bytes:
    items = list(headers.items()) if isinstance(headers, dict) else list(headers or [])
    names = {name.lower() for name, _ in items}
    if content_type and "content-type" not in names:
        items.append(("Content-Type", content_type))
    if length and "content-length" not in names and "transfer-encoding" not in names:
        items.append(("Content-Length", str(len(body))))
    if "connection" not in names:
        items.append(("Connection", "close"))
    head = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in items) + "\r\n"
    return head.encode("latin-1") + body


def send(status: int, payload: Any = None, **options: Any) -> Respond:
    """A responder answering every request with the same status and JSON payload (or raw bytes)."""
    body = payload if isinstance(payload, bytes) else (b"" if payload is None else json.dumps(payload).encode())

    def respond(conn: socket.socket, request: Request) -> None:
        conn.sendall(response_bytes(status, body, **options))

    return respond


def reset(conn: socket.socket) -> None:
    """Close with a TCP RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def gzip_bomb(mib: int) -> bytes:
    """A valid gzip stream of `mib` MiB of zero bytes, about 1 KB per MiB, built without compressing it all:
    after a full flush the compressor's output for the same 1 MiB block repeats byte for byte."""
    block = b"\0" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    repeat = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    end = c.flush()[:-8]  # the final empty block, without the trailer of a two-block stream
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(block, crc)
    return first + repeat * (mib - 1) + end + struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)


def deep_json(depth: int = 1000) -> bytes:
    return b"[" * depth + b"]" * depth


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])
