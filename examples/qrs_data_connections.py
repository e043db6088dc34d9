"""Create a data connection on a Qlik Sense site, then list and count them, through the repository service (QRS).

    python examples/qrs_data_connections.py [BASE_URL] [--create NAME --path FOLDER]

BASE_URL is the QRS root, for example https://qlik.example.com/qrs through the proxy (default: $QRS_URL, else
https://localhost/qrs). To talk to the repository directly on port 4242 with the certificates exported from
the QMC instead, set QRS_URL to https://<host>:4242/qrs and QRS_CERT_DIR (a folder with client.pem, client_key.pem
and root.pem), as for the `qlik-qrs` command.
No Xrfkey handling here: the client puts a fresh key on every request by itself.
Needs the qlik-qrs-client package.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from qlik_qrs_client import ApiConnectionError, ApiError, QrsClient


def connect(base_url: str | None) -> QrsClient:
    url = base_url or os.environ.get("QRS_URL", "https://localhost/qrs")
    cert_dir = os.environ.get("QRS_CERT_DIR")
    if cert_dir:
        certs, parts = Path(cert_dir), urlsplit(url)
        return QrsClient.for_server(
            parts.hostname or "localhost",
            port=parts.port or 4242,
            client_cert=certs / "client.pem",
            client_key=certs / "client_key.pem",
            root_ca=certs / "root.pem",
        )
    return QrsClient(base_url=url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Create, list and count Qlik Sense data connections.")
    parser.add_argument("base_url", nargs="?", help="QRS root URL (default: $QRS_URL)")
    parser.add_argument("--create", metavar="NAME", help="first create a folder connection of this name")
    parser.add_argument("--path", default="C:\\Data", help="folder of the new connection (default C:\\Data)")
    args = parser.parse_args(argv)

    try:
        with connect(args.base_url) as qrs:
            if args.create:
                created = qrs.data_connections.create(name=args.create, connectionstring=args.path, type="folder")
                print(f"Created {created.name!r} (id {created.id})")
            connections = qrs.data_connections.list(orderby="name")
            count = qrs.data_connections.count()
    except (ApiError, ApiConnectionError) as error:
        print(f"QRS request failed: {error}", file=sys.stderr)
        return 1

    print(f"Data connections ({len(connections)}):")
    for connection in connections:
        print(
            f"  {connection.name:<20} type {connection.type_:<8} {connection.connectionstring:<45} id {connection.id}"
        )
    print(f"Count reported by the repository: {count.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
