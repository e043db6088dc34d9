"""The support matrix driver (tests/smoke/matrix.py) without building environments: how it finds interpreters,
derives the minimum pins, reports absent versions and names a failing interpreter."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "smoke"))
import matrix  # noqa: E402

WHEEL = matrix.Wheel(
    Path("dist/x.whl"), ("httpx<0.29.0,>=0.26.0", "attrs>=22.2.0", "sniffio>=1.1"), ((3, 11), (3, 12), (3, 13))
)


def test_minimums_come_from_the_declared_floors() -> None:
    assert matrix.minimum_requirements([WHEEL]) == ["attrs==22.2.0", "httpx==0.26.0", "sniffio==1.1"]
    raised = matrix.Wheel(WHEEL.path, ("httpx>=0.27.0", "attrs>=22.2.0", "sniffio>=1.1"), WHEEL.pythons)
    assert "httpx==0.27.0" in matrix.minimum_requirements([WHEEL, raised])  # the highest floor of any wheel


def test_a_dependency_without_a_floor_is_refused() -> None:
    unbounded = matrix.Wheel(WHEEL.path, ("httpx<0.29",), WHEEL.pythons)
    with pytest.raises(SystemExit, match="declares no minimum"):
        matrix.minimum_requirements([unbounded])


def test_discovery_takes_pyenv_releases_and_one_interpreter_per_minor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("3.10.13", "3.11.7", "3.12.1", "3.12.4", "3.13.0", "3.13.0t", "pypy3.10-7.3.12"):
        binary = tmp_path / "versions" / name / "bin" / "python3"
        binary.parent.mkdir(parents=True)
        binary.write_text("")
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path))
    monkeypatch.setattr(matrix.shutil, "which", lambda command: None)
    candidates = [p.parent.parent.name for p in matrix.candidate_paths()]
    assert candidates == ["3.13.0", "3.12.4", "3.12.1", "3.11.7", "3.10.13"]  # newest patch first

    def fake_run(command: list[str], **kwargs: object) -> object:
        version = [int(x) for x in Path(command[0]).parent.parent.name.split(".")]
        broken = version == [3, 12, 4]  # e.g. a build that does not start: the next 3.12 is used
        return type("Done", (), {"returncode": 1 if broken else 0, "stdout": f'["CPython", {version}]'})()

    monkeypatch.setattr(matrix.subprocess, "run", fake_run)
    assert [i.version for i in matrix.discover()] == [(3, 11, 7), (3, 12, 1), (3, 13, 0)]
    assert f"matrix: note: {tmp_path}/versions/3.12.4/bin/python3 does not run; not used" in capsys.readouterr().out


def outcome(name: str, interpreter: matrix.Interpreter, ok: bool) -> matrix.Outcome:
    return matrix.Outcome(name, interpreter, ok, "16 passed" if ok else "1 failed", 1.0, {"httpx": "0.28.1"})


def test_absent_versions_are_skipped_with_a_line_and_a_failure_names_the_interpreter(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    only = matrix.Interpreter(Path("/opt/python3.11"), (3, 11, 7))
    monkeypatch.setattr(matrix, "read_wheels", lambda: [WHEEL] * 4)
    monkeypatch.setattr(matrix, "discover", lambda: [only])
    ran: list[tuple[str, list[str]]] = []

    def fake_environment(name, interpreter, requirements, wheels, pytest_pin):  # type: ignore[no-untyped-def]
        ran.append((name, requirements))
        return outcome(name, interpreter, ok=not name.endswith("minimums"))

    monkeypatch.setattr(matrix, "run_environment", fake_environment)
    assert matrix.main([]) == 1
    out = capsys.readouterr().out
    assert "matrix: SKIP CPython 3.12: not installed here" in out
    assert "matrix: SKIP CPython 3.13: not installed here" in out
    assert "FAILED on py3.11-minimums (CPython 3.11.7 (/opt/python3.11))" in out
    # The newest allowed versions and the floors, on the one interpreter there is.
    assert ran == [
        ("py3.11-newest", sorted(WHEEL.requires)),
        ("py3.11-minimums", ["attrs==22.2.0", "httpx==0.26.0", "sniffio==1.1"]),
    ]


def test_pin_replaces_one_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    interpreters = [matrix.Interpreter(Path(f"/opt/python3.{m}"), (3, m, 0)) for m in (11, 12, 13)]
    monkeypatch.setattr(matrix, "read_wheels", lambda: [WHEEL] * 4)
    monkeypatch.setattr(matrix, "discover", lambda: interpreters)
    ran: list[tuple[str, list[str]]] = []

    def fake_environment(name, interpreter, requirements, wheels, pytest_pin):  # type: ignore[no-untyped-def]
        ran.append((name, requirements))
        return outcome(name, interpreter, ok=True)

    monkeypatch.setattr(matrix, "run_environment", fake_environment)
    assert matrix.main(["--only", "minimums", "--pin", "httpx==0.25.2"]) == 0
    pins = ["attrs==22.2.0", "httpx==0.25.2", "sniffio==1.1"]
    assert ran == [("py3.11-minimums", pins), ("py3.13-minimums", pins)]  # oldest and newest promised
