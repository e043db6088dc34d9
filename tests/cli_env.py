"""The command-line tools as users get them: each wheel installed with its [cli] extra (and its other extras, so
that qlik-qrs can log in with NTLM) into a fresh venv under build/cli/, its console script run as a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import zipfile
from email.parser import HeaderParser
from pathlib import Path

from conftest import ROOT, SERVICES

VENVS = ROOT / "build" / "cli"
TIMEOUT = 300.0
_lock = threading.Lock()
_installed: dict[str, Path] = {}


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a tool run: nothing from this repository, no proxies, no settings of the caller's."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
        and "proxy" not in k.lower()
        and not k.startswith(("QRS_", "QLIK_", "QALYPTUS_", "DATAPLUS_"))
    }
    return {**env, **extra}


def install(service: str) -> Path:
    """The venv's bin/ holding the service's console script (installed once per test session)."""
    with _lock:
        if service in _installed:
            return _installed[service]
        config = SERVICES[service]
        wheel = ROOT / "dist" / config.wheel_name
        if not wheel.is_file():
            raise AssertionError(f"{wheel} not found; run make first")
        venv = VENVS / service
        shutil.rmtree(venv, ignore_errors=True)
        venv.parent.mkdir(parents=True, exist_ok=True)
        run = {"env": clean_env(), "capture_output": True, "text": True, "timeout": TIMEOUT}
        done = subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], **run)  # type: ignore[call-overload]
        assert done.returncode == 0, done.stderr
        pip = [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "-q",
            "--disable-pip-version-check",
            f"{wheel}[{','.join(extras(wheel))}]",
        ]
        done = subprocess.run(pip, **run)  # type: ignore[call-overload]
        assert done.returncode == 0, done.stdout + done.stderr
        _installed[service] = venv / "bin"
        return _installed[service]


def extras(wheel: Path) -> list[str]:
    """The wheel's extras (Provides-Extra), [cli] among them; not [testing], which is no part of the tool."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(name).decode("utf-8"))
    provided = [e for e in metadata.get_all("Provides-Extra") or [] if e != "testing"]
    assert "cli" in provided, f"{wheel.name} has no [cli] extra"
    return provided


def tool(service: str) -> Path:
    return install(service) / SERVICES[service].cli["command"]
