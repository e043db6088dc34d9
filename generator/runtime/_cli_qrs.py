"""How ``qlik-qrs`` connects: the QRS root URL, with the certificates exported from the QMC (mutual TLS on
:4242) or through the proxy (session headers with ``--header``, or a Windows account with NTLM)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ._cli_tool import ConnectionOption, InputError

__all__ = ["OPTIONS", "SHOWN", "connect"]

# The Xrfkey (query parameter and header, _xrfkey's names) is no secret: --dry-run shows the one the call would send.
SHOWN = ("Xrfkey", "X-Qlik-Xrfkey")

OPTIONS = (
    ConnectionOption("url", "--url", "QRS_URL", "QRS root: https://host:4242/qrs, or a proxy's .../qrs"),
    ConnectionOption("cert_dir", "--cert-dir", "QRS_CERT_DIR", "folder with client.pem, client_key.pem, root.pem"),
    ConnectionOption("client_cert", "--client-cert", "QRS_CLIENT_CERT", "client certificate (PEM)"),
    ConnectionOption("client_key", "--client-key", "QRS_CLIENT_KEY", "client certificate's key (PEM)"),
    ConnectionOption("root_ca", "--root-ca", "QRS_ROOT_CA", "CA certificate to trust the server with (PEM)"),
    ConnectionOption("user_directory", "--user-directory", "QRS_USER_DIRECTORY", "X-Qlik-User directory"),
    ConnectionOption("user_id", "--user-id", "QRS_USER_ID", "X-Qlik-User id (with certificates)"),
    ConnectionOption(
        "ntlm_user", "--ntlm-user", "QRS_NTLM_USER", "Windows account DOMAIN\\user (password: $QRS_PASSWORD)"
    ),
    ConnectionOption("password", "--password", "QRS_PASSWORD", "the Windows account's password", secret=True),
)


def connect(entry: Any, settings: Mapping[str, str], options: dict[str, Any]) -> Any:
    url = settings.get("url")
    if not url:
        raise InputError("no QRS URL: give --url, set QRS_URL or use --profile")
    cert_dir = settings.get("cert_dir")
    cert = settings.get("client_cert") or (str(Path(cert_dir) / "client.pem") if cert_dir else None)
    key = settings.get("client_key") or (str(Path(cert_dir) / "client_key.pem") if cert_dir else None)
    root = settings.get("root_ca") or (str(Path(cert_dir) / "root.pem") if cert_dir else None)
    if cert or key:
        if not (cert and key):
            raise InputError("certificates need both --client-cert and --client-key (or --cert-dir)")
        parts = urlsplit(url)
        if not parts.hostname:
            raise InputError(f"--url {url!r} has no host")
        identity = {k: settings[k] for k in ("user_directory", "user_id") if settings.get(k)}
        return entry.for_server(
            parts.hostname,
            port=parts.port or 4242,
            client_cert=cert,
            client_key=key,
            root_ca=root,
            **identity,
            **options,
        )
    if settings.get("ntlm_user"):
        if not settings.get("password"):
            raise InputError("--ntlm-user needs the password in QRS_PASSWORD")
        # As the Python client logs in through the proxy: its Windows authentication path redirects, and back.
        return entry.via_proxy(url, ntlm=(settings["ntlm_user"], settings["password"]), **options)
    return entry(base_url=url, **options)
