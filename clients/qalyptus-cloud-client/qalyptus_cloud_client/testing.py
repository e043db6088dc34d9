# Generated from specs/qalyptus-cloud.yaml by openapi-python-client 0.29.1 with the templates in generator/.
# Do not edit by hand: change the spec or generator/ and run `make generate`.
"""An in-process fake of the API for testing code built on this package (no server, no network).

    fake = FakeQalyptus()
    client = fake.client()  # the ordinary QalyptusClient: retries, validation, pagers all apply
    client, fake = QalyptusClient.for_testing()  # the same in one line

The seed format of `python -m qalyptus_cloud_client.testing serve --seed file`: the `_fake_qalyptus` docstring.
"""

from __future__ import annotations

from typing import Any

from ._fake import seed, serve
from ._fake_qalyptus import FakeQalyptusServer
from .resources import AsyncQalyptusClient, QalyptusClient

__all__ = ["FakeQalyptus"]


class FakeQalyptus(FakeQalyptusServer):
    """The fake server; `client()` / `async_client()` give entry clients talking to it."""

    def client(self, **options: Any) -> QalyptusClient:
        """The entry client on this fake; `options` are its keyword arguments (retries, timeouts, ...)."""
        options = {**self.client_options(), **options}
        return QalyptusClient(base_url=self.base_url, httpx_args={"transport": self}, **options)

    def async_client(self, **options: Any) -> AsyncQalyptusClient:
        """The async entry client on this fake, as `client()`."""
        options = {**self.client_options(), **options}
        return AsyncQalyptusClient(base_url=self.base_url, httpx_args={"transport": self}, **options)


def main(argv: list[str] | None = None) -> None:
    """python -m qalyptus_cloud_client.testing serve --port N [--seed data.json]: the fake over loopback HTTP."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m qalyptus_cloud_client.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="answer HTTP on 127.0.0.1 with a fresh fake")
    serve_command.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    serve_command.add_argument(
        "--seed", help="JSON file of store name -> items, as the qalyptus_cloud_client._fake_qalyptus docstring shows"
    )
    args = parser.parse_args(argv)
    fake = FakeQalyptus()
    if args.seed:
        try:
            seed(fake, args.seed)
        except (OSError, ValueError, TypeError) as error:
            parser.error(str(error))
    serve(fake, args.port)


if __name__ == "__main__":
    main()
