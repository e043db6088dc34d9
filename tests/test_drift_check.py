"""`make check-generated` notices every kind of drift in clients/: changed, missing and untracked files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of the committed tree that shares this checkout's virtualenv."""
    if not (ROOT / ".venv" / ".installed").is_file():
        pytest.fail("the virtualenv is missing: run make first")
    target = tmp_path_factory.mktemp("drift") / "repo"
    assert run("git", "clone", "--quiet", "--local", str(ROOT), str(target), cwd=ROOT).returncode == 0
    # Work on what this checkout has now (committed or not), so the test checks the current generator.
    for name in ("specs", "generator", "clients"):
        run("rm", "-rf", name, cwd=target)
        run("cp", "-r", str(ROOT / name), name, cwd=target)
    run("git", "add", "-A", cwd=target)
    run("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "snapshot", cwd=target)
    return target


def check(clone: Path) -> subprocess.CompletedProcess[str]:
    venv = ROOT / ".venv"
    # -o: the clone's requirements file is newer than our venv's stamp; reuse the venv, never reinstall it.
    return run("make", "-s", "-o", f"{venv}/.installed", "check-generated", f"VENV={venv}", cwd=clone)


def test_a_clean_tree_passes(clone: Path) -> None:
    result = check(clone)
    assert result.returncode == 0, result.stderr
    assert "clients/ matches" in result.stdout


def commit(clone: Path, message: str) -> None:
    run("git", "add", "-A", cwd=clone)
    run("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message, cwd=clone)


@pytest.mark.parametrize("kind", ["changed", "missing", "extra"])
def test_each_kind_of_drift_fails_with_the_file_and_the_fix(clone: Path, kind: str) -> None:
    """A committed clients/ that the generator would not produce: hand edit, deleted file, stray file."""
    package = clone / "clients" / "dataplus-server-client" / "dataplus_server_client"
    target = {
        "changed": package / "client.py",
        "missing": package / "models" / "row.py",
        "extra": package / "models" / "hand_written.py",
    }[kind]
    if kind == "changed":
        target.write_text(target.read_text() + "\n# edited by hand\n")
    elif kind == "missing":
        target.unlink()
    else:
        target.write_text("X = 1\n")
    commit(clone, f"drift: {kind}")
    try:
        result = check(clone)
        assert result.returncode != 0
        assert target.relative_to(clone).as_posix() in result.stderr
        assert "Fix: run 'make generate'" in result.stderr
    finally:
        run("git", "reset", "--quiet", "--hard", "HEAD~1", cwd=clone)
        run("git", "clean", "-qfd", "clients", cwd=clone)
