"""List and count the data connections of a Qlik Sense site through the repository service (QRS).

    python examples/qrs_data_connections.py [BASE_URL]

BASE_URL is the QRS root, for example https://qlik.example.com/qrs through the proxy (default: $QRS_URL, else
https://localhost/qrs). To talk to the repository directly on port 4242 with the certificates exported from
the QMC instead, set QRS_HOST and QRS_CERT_DIR (a folder with client.pem, client_key.pem and root.pem).
No Xrfkey handling here: the client puts a fresh key on every request by itself.
Needs the qlik-qrs-client package.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from qlik_qrs_client import ApiConnectionError, ApiError, Client
from qlik_qrs_client.api.data_connection import get_data_connections, get_data_connections_count


def connect(base_url: str | None) -> Client:
    host, cert_dir = os.environ.get("QRS_HOST"), os.environ.get("QRS_CERT_DIR")
    if base_url is None and host and cert_dir:
        certs = Path(cert_dir)
        return Client.for_server(
            host,
            client_cert=certs / "client.pem",
            client_key=certs / "client_key.pem",
            root_ca=certs / "root.pem",
        )
    return Client(base_url or os.environ.get("QRS_URL", "https://localhost/qrs"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="List and count Qlik Sense data connections.")
    parser.add_argument("base_url", nargs="?", help="QRS root URL (default: $QRS_URL)")
    args = parser.parse_args(argv)

    try:
        with connect(args.base_url) as qrs:
            connections = get_data_connections.sync(client=qrs, orderby="name")
            count = get_data_connections_count.sync(client=qrs)
    except (ApiError, ApiConnectionError) as error:
        print(f"QRS request failed: {error}", file=sys.stderr)
        return 1

    if not isinstance(connections, list):
        print("QRS returned no list of data connections", file=sys.stderr)
        return 1
    print(f"Data connections ({len(connections)}):")
    for connection in connections:
        print(f"  {connection.name:<30} type {connection.type_:<28} id {connection.id}")
    total = getattr(count, "value", None)
    print(f"Count reported by the repository: {total if isinstance(total, int) else 'unknown'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
