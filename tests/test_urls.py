"""Constructors build the documented URLs and reject bad input with a ValueError that says what is wrong."""

from __future__ import annotations

import dataplus_server_client
import pytest
import qalyptus_cloud_client
import qlik_data_stores_client
import qlik_qrs_client

TOKEN = "tok-SECRET-123"


def cloud(tenant: str, region: str | None = None) -> str:
    return qlik_data_stores_client.AuthenticatedClient.for_tenant(tenant, region=region, token=TOKEN).base_url


def qalyptus(tenant: str) -> str:
    return qalyptus_cloud_client.AuthenticatedClient.for_tenant(tenant, token=TOKEN).base_url


def proxy(url: str, virtual_proxy: str | None = None) -> str:
    return qlik_qrs_client.Client.via_proxy(url, virtual_proxy=virtual_proxy).base_url


def dataplus(base_url: str) -> str:
    return dataplus_server_client.AuthenticatedClient.for_server(TOKEN, base_url=base_url).base_url


ACCEPTED = [
    (cloud, ("acme", "eu"), "https://acme.eu.qlikcloud.com/api"),
    (cloud, ("ACME", "US"), "https://acme.us.qlikcloud.com/api"),
    (cloud, ("my-tenant-1", "ap"), "https://my-tenant-1.ap.qlikcloud.com/api"),
    (cloud, ("https://acme.eu.qlikcloud.com",), "https://acme.eu.qlikcloud.com/api"),
    (cloud, ("https://acme.eu.qlikcloud.com/",), "https://acme.eu.qlikcloud.com/api"),
    (cloud, ("https://acme.eu.qlikcloud.com/api",), "https://acme.eu.qlikcloud.com/api"),
    (cloud, ("https://acme.eu.qlikcloud.com/api/", "eu"), "https://acme.eu.qlikcloud.com/api"),
    (qalyptus, ("acme",), "https://acme.qalyptus.net/api/v1"),
    (qalyptus, ("https://acme.qalyptus.net",), "https://acme.qalyptus.net/api/v1"),
    (qalyptus, ("https://acme.qalyptus.net/api/v1/",), "https://acme.qalyptus.net/api/v1"),
    (proxy, ("https://qlik.example.com",), "https://qlik.example.com/qrs"),
    (proxy, ("https://qlik.example.com/", "jwt"), "https://qlik.example.com/jwt/qrs"),
    (proxy, ("https://qlik.example.com:8443", "/header/"), "https://qlik.example.com:8443/header/qrs"),
    (proxy, ("https://qlik.example.com/jwt/qrs",), "https://qlik.example.com/jwt/qrs"),
    (proxy, ("http://10.0.0.5",), "http://10.0.0.5/qrs"),
    (dataplus, ("http://localhost:7766",), "http://localhost:7766"),
    (dataplus, ("https://qlik.example.com:7766/",), "https://qlik.example.com:7766"),
    (dataplus, ("http://[::1]:7766",), "http://[::1]:7766"),
]


@pytest.mark.parametrize(("build", "args", "expected"), ACCEPTED)
def test_accepted_inputs_give_the_documented_url(build, args, expected) -> None:
    assert build(*args) == expected


REJECTED = [
    # Qlik Cloud tenant / region
    (cloud, ("acme",), "region is required"),
    (cloud, ("", "eu"), "tenant must not be empty"),
    (cloud, ("ac me", "eu"), "whitespace or control"),
    (cloud, ("acme\n", "eu"), "whitespace or control"),
    (cloud, ("acme.evil.com", "eu"), "single DNS label"),
    (cloud, ("-acme", "eu"), "single DNS label"),
    (cloud, ("acme_corp", "eu"), "single DNS label"),
    (cloud, ("a" * 64, "eu"), "single DNS label"),
    (cloud, ("acme", "e.u"), "single DNS label"),
    (cloud, ("acme/x", "eu"), "single DNS label"),
    (cloud, ("http://acme.eu.qlikcloud.com",), "must use https"),
    (cloud, ("https://acme.eu.qlikcloud.com.evil.com",), "must look like"),
    (cloud, ("https://evil.com",), "must look like"),
    (cloud, ("https://acme.qlikcloud.com",), "must look like"),
    (cloud, ("https://user:pw@acme.eu.qlikcloud.com",), "credentials"),
    (cloud, ("https://acme.eu.qlikcloud.com/api?x=1",), "query string"),
    (cloud, ("https://acme.eu.qlikcloud.com/api#frag",), "fragment"),
    (cloud, ("https://acme.eu.qlikcloud.com/v2",), "no path other than"),
    (cloud, ("https://acme.eu.qlikcloud.com:8443",), "must not name a port"),
    (cloud, ("https://acme.eu.qlikcloud.com", "us"), "does not match"),
    # Qalyptus
    (qalyptus, ("",), "must not be empty"),
    (qalyptus, ("acme.qalyptus.net",), "single DNS label"),
    (qalyptus, ("http://acme.qalyptus.net",), "must use https"),
    (qalyptus, ("https://acme.eu.qalyptus.net",), "must look like"),
    (qalyptus, ("https://acme.qalyptus.net/api/v2",), "no path other than"),
    (qalyptus, ("ftp://acme.qalyptus.net",), "must use https"),
    # QRS through the proxy
    (proxy, ("qlik.example.com",), "absolute URL"),
    (proxy, ("https://qlik.example.com:4242",), "port 4242"),
    (proxy, ("https://qlik.example.com:99999",), "out of range"),
    (proxy, ("https://qlik.example.com:0",), "out of range"),
    (proxy, ("https://qlik.example.com:12ab",), "invalid port"),
    (proxy, ("https://qlik..example.com",), "not a valid hostname"),
    (proxy, ("https://qlik.example.com", "a/b"), "one path segment"),
    (proxy, ("https://qlik.example.com", "jwt?x"), "one path segment"),
    (proxy, ("https://qlik.example.com/../admin",), "'..' path segments"),
    (proxy, ("https://qlik.example.com\\@evil.com",), "backslash"),
    (proxy, ("https://999.1.1.1",), "not a valid IPv4"),
    (proxy, ("https://[zz::1]",), "not a valid URL"),
    (proxy, ("https://[fe80::1%eth0]x",), "invalid port"),
    (proxy, ("https://qlik.exam ple.com",), "whitespace or control"),
    # Data+
    (dataplus, ("localhost:7766",), "must be an absolute URL"),
    (dataplus, ("ftp://localhost:7766",), "must use https or http"),
    (dataplus, ("http://localhost:70000",), "out of range"),
    (dataplus, ("http://:7766",), "host must not be empty"),
    (dataplus, ("http://localhost:7766?debug=1",), "query string"),
]


@pytest.mark.parametrize(("build", "args", "message"), REJECTED)
def test_rejected_inputs_raise_value_error_naming_the_problem(build, args, message) -> None:
    with pytest.raises(ValueError, match=message.replace("?", r"\?").replace("(", r"\(")) as caught:
        build(*args)
    assert TOKEN not in str(caught.value)


def test_enough_rejections_are_covered() -> None:
    assert len(REJECTED) >= 30


HOST_REJECTED = [
    (dict(host="https://qlik.example.com"), "hostname such as"),
    (dict(host="qlik.example.com/qrs"), "hostname such as"),
    (dict(host="qlik example"), "whitespace or control"),
    (dict(host="qlik.example.com", port=0), "out of range"),
    (dict(host="qlik.example.com", port="4242"), "must be an integer"),
    (dict(host="qlik.example.com", port=True), "must be an integer"),
    (dict(host="qlik.example.com", user_id="sa;UserId=admin"), "must not contain ';', '='"),
    (dict(host="qlik.example.com", user_directory="INTERNAL\r\nX-Evil: 1"), "must not contain"),
    (dict(host="qlik.example.com", user_id=""), "non-empty"),
    (dict(host="qlik.example.com", client_cert="/nonexistent/client.pem"), "client_cert: no such file"),
]


@pytest.mark.parametrize(("arguments", "message"), HOST_REJECTED)
def test_for_server_rejects_bad_host_port_user_and_files(arguments, message, tmp_path) -> None:
    cert = tmp_path / "client.pem"
    key = tmp_path / "client_key.pem"
    cert.write_text("x")
    key.write_text("x")
    options = {"client_cert": cert, "client_key": key, **arguments}
    host = options.pop("host")
    with pytest.raises(ValueError, match=message):
        qlik_qrs_client.Client.for_server(host, **options)


@pytest.mark.parametrize("token", ["", "abc\r\nX-Injected: 1", "with space", "tab\there"])
def test_tokens_with_control_characters_are_rejected_without_echoing_them(token: str) -> None:
    with pytest.raises(ValueError) as caught:
        qlik_data_stores_client.AuthenticatedClient.for_tenant("acme", region="eu", token=token)
    assert "token" in str(caught.value)
    if token.strip():
        assert token not in str(caught.value)


def test_headers_with_newlines_are_rejected() -> None:
    with pytest.raises(ValueError, match="CR, LF"):
        qlik_qrs_client.Client("https://qlik.example.com/qrs", headers={"X-Qlik-Session": "a\r\nb"})
