"""`qlik-qrs` logging in as the Python client does, run as the installed console script: client certificates
against a real TLS server that requires them (tests/test_mtls.py), and a Windows account against a real NTLM
challenge-response server (tests/test_ntlm.py)."""

# ruff: noqa: F811  (the tests take the imported fixtures as parameters)
from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest
from cli_env import clean_env, tool
from test_mtls import (  # noqa: F401 (pki, qrs_server: fixtures, found by pytest under these names)
    Pki,
    _MutualTLSServer,
    assert_authenticated_request,
    pki,
    port_of,
    qrs_server,
)
from test_ntlm import (  # noqa: F401 (accounts, ntlm_server: fixtures)
    DOMAIN,
    PASSWORD,
    USER,
    WRONG_PASSWORD,
    Seen,
    accounts,
    assert_handshake_on_one_connection,
    ntlm_server,
)

pytestmark = pytest.mark.slow
ACCOUNT = f"{DOMAIN}\\{USER}"


def qrs(*args: str, env: dict[str, str] | None = None, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = clean_env(**(env or {}))
    if home is not None:
        environment.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    command = [str(tool("qlik-qrs")), *args]
    if args[0] != "profile":
        command += ["--timeout", "5", "--max-retries", "0"]
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)


def one_line_error(done: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in done.stderr, done.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def url_of(server: _MutualTLSServer) -> str:
    return f"https://localhost:{port_of(server)}/qrs"


IDENTITY = ("--user-directory", "INTERNAL", "--user-id", "sa_repository")
COUNT = ("data-connections", "count")


def cert_flags(pki: Pki) -> tuple[str, ...]:
    return ("--client-cert", str(pki.client_cert), "--client-key", str(pki.client_key))


# ---------------------------------------------------------------------------------------------- certificates


def test_client_certificate_key_and_ca_flags(qrs_server: _MutualTLSServer, pki: Pki) -> None:
    done = qrs(
        *COUNT, "--url", url_of(qrs_server), *cert_flags(pki), "--root-ca", str(pki.root_ca), *IDENTITY, "-o", "json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"value": 3}
    assert len(qrs_server.seen) == 1
    assert_authenticated_request(qrs_server.seen[0], pki)  # our certificate, X-Qlik-User, one Xrfkey
    assert qrs_server.rejected == []


def test_cert_dir_from_the_environment_and_from_a_profile(
    qrs_server: _MutualTLSServer, pki: Pki, tmp_path: Path
) -> None:
    folder = str(pki.client_cert.parent)  # client.pem, client_key.pem, root.pem as the QMC exports them
    env = {"QRS_URL": url_of(qrs_server), "QRS_CERT_DIR": folder}
    env.update(QRS_USER_DIRECTORY="INTERNAL", QRS_USER_ID="sa_repository")
    done = qrs("data-connections", "count", "-o", "json", env=env)
    assert done.returncode == 0 and json.loads(done.stdout) == {"value": 3}, done.stderr

    home = tmp_path / "home"
    added = qrs("profile", "add", "prod", "--url", url_of(qrs_server), "--cert-dir", folder, *IDENTITY, home=home)
    assert added.returncode == 0, added.stderr
    config = home / ".config" / "qlik-clients" / "qlik-qrs.ini"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    done = qrs("data-connections", "count", "--profile", "prod", "-o", "json", home=home)
    assert done.returncode == 0 and json.loads(done.stdout) == {"value": 3}, done.stderr
    assert len(qrs_server.seen) == 2
    for seen in qrs_server.seen:
        assert_authenticated_request(seen, pki)


def test_without_the_ca_the_server_is_not_trusted(qrs_server: _MutualTLSServer, pki: Pki) -> None:
    """--root-ca is optional: without it the system's CAs decide, and they do not know this server's CA."""
    done = qrs(*COUNT, "--url", url_of(qrs_server), *cert_flags(pki))
    one_line_error(done, 8, "CERTIFICATE_VERIFY_FAILED")
    assert qrs_server.seen == []


def test_dry_run_with_certificates_sends_nothing(qrs_server: _MutualTLSServer, pki: Pki) -> None:
    done = qrs("data-connections", "count", "--url", url_of(qrs_server), "--cert-dir", str(pki.client_cert.parent),
               *IDENTITY, "--dry-run")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"GET https://localhost:{port_of(qrs_server)}/qrs/dataconnection/count?Xrfkey=")
    assert "x-qlik-user: UserDirectory=INTERNAL; UserId=sa_repository" in done.stdout
    assert qrs_server.seen == []


def test_bad_certificate_settings_are_one_line(qrs_server: _MutualTLSServer, pki: Pki, tmp_path: Path) -> None:
    url = ("--url", url_of(qrs_server))
    one_line_error(qrs("data-connections", "count", *url, "--client-cert", str(pki.client_cert)), 2, "--client-key")
    missing = str(tmp_path / "nowhere" / "client.pem")
    done = qrs("data-connections", "count", *url, "--client-cert", missing, "--client-key", str(pki.client_key))
    one_line_error(done, 2, "client_cert")
    assert qrs_server.seen == [] and qrs_server.rejected == []


# ---------------------------------------------------------------------------------------------- NTLM


def test_ntlm_login_with_the_password_from_the_environment(ntlm_server: tuple[str, Seen]) -> None:
    url, seen = ntlm_server
    done = qrs("data-connections", "count", "--url", f"{url}/ntlm/qrs", "--ntlm-user", ACCOUNT, "-o", "json",
               env={"QRS_PASSWORD": PASSWORD})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"value": 7}
    assert seen.users == [ACCOUNT]
    assert_handshake_on_one_connection(seen)
    query, header = seen.xrfkeys[-1]
    assert header is not None and query == [header]
    assert PASSWORD not in done.stdout + done.stderr


def test_ntlm_login_through_the_proxys_windows_path_from_a_profile(
    ntlm_server: tuple[str, Seen], tmp_path: Path
) -> None:
    url, seen = ntlm_server
    added = qrs("profile", "add", "win", "--url", f"{url}/win/qrs", "--ntlm-user", ACCOUNT, "--password", PASSWORD,
                home=tmp_path)  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = qrs("profile", "list", "-o", "json", home=tmp_path)
    assert json.loads(listed.stdout) == [
        {"profile": "win", "url": f"{url}/win/qrs", "ntlm_user": ACCOUNT, "password": "<redacted>"}
    ]
    assert PASSWORD not in listed.stdout + listed.stderr
    done = qrs("data-connections", "count", "--profile", "win", "-o", "json", "--verbose", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"value": 7}
    assert seen.users == [ACCOUNT]
    assert PASSWORD not in done.stdout + done.stderr


def test_ntlm_wrong_or_missing_password(ntlm_server: tuple[str, Seen]) -> None:
    url, seen = ntlm_server
    args = ("data-connections", "count", "--url", f"{url}/ntlm/qrs", "--ntlm-user", ACCOUNT)
    done = qrs(*args, env={"QRS_PASSWORD": WRONG_PASSWORD})
    line = one_line_error(done, 5, "401")
    assert WRONG_PASSWORD not in line + done.stdout
    assert seen.users == [] and seen.refused
    one_line_error(qrs(*args), 2, "QRS_PASSWORD")
