"""Binary downloads: streamed to a file over a real socket, bounded, whole or not at all; File.mime_type."""

from __future__ import annotations

import asyncio
import gzip
import http.server
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import Recorder, local_server
from qalyptus_cloud_client import AuthenticatedClient, Download, NotFoundError, ResponseTooLargeError
from qalyptus_cloud_client.api.status import download_report_stream

REPORT = uuid.UUID(int=7)
CHUNK = b"%PDF-1.7 " + bytes(range(256)) * 64  # 16 KiB and a bit


class Reports(http.server.BaseHTTPRequestHandler):
    """Streams a report in chunks (chunked transfer), gzip-encoded when asked; 404 for other ids."""

    protocol_version = "HTTP/1.1"
    chunks = 64
    gzip = False

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.path != f"/api/v1/status/{REPORT}/download-stream":
            body = b'{"isSuccess": false, "error": "no such report"}'
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Transfer-Encoding", "chunked")
        if self.gzip:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        payload = CHUNK * self.chunks
        data = gzip.compress(payload) if self.gzip else payload
        for start in range(0, len(data), 8192):
            piece = data[start : start + 8192]
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")


def client_for(url: str, **options: Any) -> AuthenticatedClient:
    return AuthenticatedClient(f"{url}/api/v1", token="report-token-123456", max_retries=0, **options)


@pytest.fixture
def reports():
    Reports.chunks, Reports.gzip = 64, False
    with local_server(Reports) as url:
        yield url


@pytest.mark.parametrize("encoded", [False, True])
def test_a_report_streams_into_the_file_whole(reports: str, tmp_path: Path, encoded: bool) -> None:
    Reports.gzip = encoded
    target = tmp_path / "report.pdf"
    result = download_report_stream.download_to(target, REPORT, client=client_for(reports))
    assert isinstance(result, Download)
    assert result.path == target and result.mime_type == "application/pdf"
    assert target.read_bytes() == CHUNK * 64 and result.size == len(CHUNK) * 64
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left beside it


def test_async_twin(reports: str, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    result = asyncio.run(download_report_stream.adownload_to(target, REPORT, client=client_for(reports)))
    assert target.read_bytes() == CHUNK * 64 and result.size == len(CHUNK) * 64


def test_a_body_over_the_limit_leaves_no_file(reports: str, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(ResponseTooLargeError) as raised:
        download_report_stream.download_to(target, REPORT, client=client_for(reports, max_response_bytes=100_000))
    assert raised.value.limit == 100_000
    assert list(tmp_path.iterdir()) == []


def test_a_gzip_bomb_is_stopped_at_the_decoded_limit(reports: str, tmp_path: Path) -> None:
    Reports.gzip, Reports.chunks = True, 2000  # 33 MB decoded, ~100 KB on the wire
    with pytest.raises(ResponseTooLargeError):
        download_report_stream.download_to(
            tmp_path / "r.pdf", REPORT, client=client_for(reports, max_response_bytes=1_000_000)
        )
    assert list(tmp_path.iterdir()) == []


def test_an_error_status_raises_its_error_and_writes_nothing(reports: str, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as raised:
        download_report_stream.download_to(tmp_path / "r.pdf", uuid.UUID(int=8), client=client_for(reports))
    assert raised.value.error == "no such report"
    assert list(tmp_path.iterdir()) == []


def test_the_in_memory_call_reports_the_mime_type() -> None:
    recorder = Recorder(httpx.Response(200, content=b"a,b\n", headers={"Content-Type": "text/csv"}))
    client = AuthenticatedClient(
        "https://acme.qalyptus.net/api/v1", token="t0ken-abcdefgh", httpx_args={"transport": recorder.transport}
    )
    file = download_report_stream.sync(REPORT, client=client)
    assert file is not None and file.mime_type == "text/csv" and file.payload.read() == b"a,b\n"


# ---------------------------------------------------------------------------------------------- on the resources


def test_the_resource_streams_its_download_to_a_file(reports: str, tmp_path: Path) -> None:
    from qalyptus_cloud_client import QalyptusClient

    target = tmp_path / "report.pdf"
    with QalyptusClient(f"{reports}/api/v1", token="report-token-123456", max_retries=0) as qalyptus:
        result = qalyptus.reports.download_stream_to(REPORT, target)
        in_memory = qalyptus.reports.download_stream(REPORT)
    assert isinstance(result, Download)
    assert target.read_bytes() == CHUNK * 64 == in_memory.payload.read()
    assert (result.path, result.size, result.mime_type) == (target, len(CHUNK) * 64, "application/pdf")


def test_the_async_resource_streams_too(reports: str, tmp_path: Path) -> None:
    from qalyptus_cloud_client import AsyncQalyptusClient

    async def run() -> Download:
        async with AsyncQalyptusClient(f"{reports}/api/v1", token="report-token-123456", max_retries=0) as qalyptus:
            return await qalyptus.reports.download_stream_to(REPORT, tmp_path / "report.pdf")

    result = asyncio.run(run())
    assert (tmp_path / "report.pdf").read_bytes() == CHUNK * 64 and result.size == len(CHUNK) * 64


def test_a_resource_download_is_bounded_and_explains_an_inferred_path(reports: str, tmp_path: Path) -> None:
    from qalyptus_cloud_client import QalyptusClient

    with QalyptusClient(
        f"{reports}/api/v1", token="report-token-123456", max_retries=0, max_response_bytes=100_000
    ) as qalyptus:
        with pytest.raises(ResponseTooLargeError):
            qalyptus.reports.download_stream_to(REPORT, tmp_path / "r.pdf")
    with QalyptusClient(f"{reports}/api/v1", token="report-token-123456", max_retries=0) as qalyptus:
        with pytest.raises(NotFoundError) as raised:
            qalyptus.reports.download_stream_to(uuid.UUID(int=8), tmp_path / "r.pdf")
    assert "path_overrides={'downloadReportStream'" in str(raised.value)  # the inferred path's hint, as in memory
    assert list(tmp_path.iterdir()) == []


def test_a_resource_download_follows_path_overrides(reports: str, tmp_path: Path) -> None:
    from qalyptus_cloud_client import QalyptusClient

    # Another operation's file, moved onto the route the server serves: the override applies to the stream too.
    overrides = {"downloadScheduledTaskLog": "/status/{id}/download-stream"}
    with QalyptusClient(
        f"{reports}/api/v1", token="report-token-123456", max_retries=0, path_overrides=overrides
    ) as qalyptus:
        result = qalyptus.status.download_scheduled_task_log_to(REPORT, tmp_path / "log.txt")
    assert result.size == len(CHUNK) * 64


def test_every_file_method_has_its_streaming_twin() -> None:
    import importlib
    import inspect

    twins = []
    for module_name in ("reports", "status", "users"):
        module = importlib.import_module(f"qalyptus_cloud_client.resources.{module_name}")
        for cls_name in module.__all__:
            cls = getattr(module, cls_name)
            if cls_name.endswith("WithRawResponse"):
                continue
            for name, function in inspect.getmembers(cls, inspect.isfunction):
                if inspect.signature(function).return_annotation == "File":
                    twin = getattr(cls, f"{name}_to")
                    assert inspect.signature(twin).return_annotation == "Download", f"{cls_name}.{name}_to"
                    assert inspect.iscoroutinefunction(twin) == inspect.iscoroutinefunction(function)
                    twins.append(f"{cls_name}.{name}_to")
    # reports.download_stream, four status logs, users.download_import_template; sync and async
    assert len(twins) == 12, twins
