"""A minimal asyncio HTTP/1.1 keep-alive server on 127.0.0.1 for the benchmarks.

Runs in its own process so that the client under test has a core to itself:

    python bench/loopback.py [--lifetime SECONDS]

prints the port on the first line of stdout, then serves fixed JSON bodies by path until stdin closes
(the parent went away) or the lifetime runs out. Only what httpx sends is understood: a request line,
headers and an optional Content-Length body; no chunked uploads, no pipelining guarantees beyond order.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading

# Bodies served by path (query ignored). The Data+ status body is the documented example response.
ROUTES: dict[bytes, bytes] = {
    b"/qrs/dataconnection/count": json.dumps({"value": 42}).encode(),
    b"/api/v1/data-stores/ds1": json.dumps(
        {
            "id": "ds1",
            "type": "amazons3",
            "technicalName": "sales_bucket",
            "name": "Sales bucket",
            "ownerId": "u1",
            "spaceId": "s1",
            "version": 3,
            "createdTime": "2024-01-02T03:04:05.000Z",
            "lastModifiedTime": "2024-02-03T04:05:06.000Z",
        }
    ).encode(),
    b"/api/v1/tasks": json.dumps(
        {"isSuccess": True, "data": [{"id": "t1", "name": "Monthly"}], "error": None, "errorDetails": None}
    ).encode(),
    b"/api/status": json.dumps(
        {
            "lastError": {"date": 0, "text": ""},
            "database": {"connected": True, "error": ""},
            "qlikConnection": {"connected": True, "error": ""},
            "license": {"valid": True, "expires": 1924902000000},
            "currentConnections": 1,
            "services": [
                {"name": "Database Backup Service", "status": "Not Installed", "lastError": {"text": "", "date": 0}}
            ],
        }
    ).encode(),
}
NOT_FOUND = json.dumps({"message": "not found"}).encode()
MAX_HEAD = 64 * 1024


def _response(status: bytes, body: bytes, *, close: bool = False) -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode()
    if close:
        head += b"\r\nConnection: close"
    return head + b"\r\n\r\n" + body


# Whole responses are built once: the server should cost as little per request as possible.
RESPONSES = {path: _response(b"200 OK", body) for path, body in ROUTES.items()}
RESPONSE_404 = _response(b"404 Not Found", NOT_FOUND)
RESPONSE_400 = _response(b"400 Bad Request", b'{"message": "bad request"}', close=True)


class HttpProtocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEAD:
                    self.transport.write(RESPONSE_400)
                    self.transport.close()
                return
            head = self.buffer[:end]
            lines = head.split(b"\r\n")
            length = 0
            close = False
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value.strip() or b"0")
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            if len(self.buffer) < end + 4 + length:
                return  # body not complete yet
            self.buffer = self.buffer[end + 4 + length :]
            parts = lines[0].split(b" ")
            if len(parts) != 3:
                self.transport.write(RESPONSE_400)
                self.transport.close()
                return
            path = parts[1].split(b"?", 1)[0]
            self.transport.write(RESPONSES.get(path, RESPONSE_404))
            if close:
                self.transport.close()
                return


async def serve(lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HttpProtocol, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    # Stop when the parent closes our stdin (or dies), or when the lifetime is over, whichever comes first.
    # A daemon thread watches stdin so that it never holds up the exit.
    stdin_closed = asyncio.Event()

    def watch_stdin() -> None:
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(stdin_closed.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    try:
        await asyncio.wait_for(stdin_closed.wait(), timeout=lifetime)
    except TimeoutError:
        pass
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lifetime", type=float, default=600.0, help="seconds before the server stops by itself")
    args = parser.parse_args()
    asyncio.run(serve(args.lifetime))


if __name__ == "__main__":
    main()
