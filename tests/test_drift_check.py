"""Drift checks: `make check-generated` compares clients/ on disk with a fresh render (changed, missing and extra
files), so uncommitted output of `make generate` passes; `make check-committed` (run by CI after `make all`)
fails when what is committed is not what the generator produces."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

VENV = ROOT / ".venv"
PACKAGE = Path("clients") / "dataplus-server-client" / "dataplus_server_client"


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


def make(clone: Path, target: str, *variables: str) -> subprocess.CompletedProcess[str]:
    # -o: the clone's requirements file is newer than our venv's stamp; reuse the venv, never reinstall it.
    return run("make", "-s", "-o", f"{VENV}/.installed", target, f"VENV={VENV}", *variables, cwd=clone)


# The drift cases touch the Data+ package only; checking that one keeps each case to one render.
ONE = "SERVICES=dataplus-server"


def commit(clone: Path, message: str) -> None:
    run("git", "add", "-A", cwd=clone)
    run("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message, cwd=clone)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone holding this checkout's current files (committed or not), sharing its virtualenv."""
    if not (VENV / ".installed").is_file():
        pytest.fail("the virtualenv is missing: run make first")
    target = tmp_path_factory.mktemp("drift") / "repo"
    assert run("git", "clone", "--quiet", "--local", str(ROOT), str(target), cwd=ROOT).returncode == 0
    for name in ("Makefile", "specs", "generator", "clients"):
        run("rm", "-rf", name, cwd=target)
        run("cp", "-r", str(ROOT / name), name, cwd=target)
    commit(target, "snapshot")
    return target


@pytest.fixture
def restore(clone: Path):
    yield
    run("git", "reset", "--quiet", "--hard", "HEAD", cwd=clone)
    run("git", "clean", "-qfdx", "clients", "specs", cwd=clone)


def test_a_clean_tree_passes_both_checks(clone: Path) -> None:
    result = make(clone, "check-generated")
    assert result.returncode == 0, result.stderr
    assert "clients/ matches" in result.stdout
    result = make(clone, "check-committed")
    assert result.returncode == 0, result.stderr


def test_regenerated_but_uncommitted_output_passes(clone: Path, restore: None) -> None:
    """`make generate` after a spec change, clients/ not committed: check-generated passes, check-committed not."""
    spec = clone / "specs" / "dataplus-server.yaml"
    text = spec.read_text()
    assert "Send a mail." in text
    spec.write_text(text.replace("Send a mail.", "Send one mail.", 1))
    assert make(clone, "generate", ONE).returncode == 0
    # The operation's description is documented once, on its resource method.
    assert "Send one mail." in (clone / PACKAGE / "resources" / "mail.py").read_text()
    result = make(clone, "check-generated", ONE)
    assert result.returncode == 0, result.stderr
    result = make(clone, "check-committed")
    assert result.returncode != 0
    assert "resources/mail.py" in result.stderr


def drift(clone: Path, kind: str) -> Path:
    """Make one kind of drift in the Data+ package: a hand edit, a deleted file or a stray file. Returns its path."""
    target = {
        "changed": PACKAGE / "client.py",
        "missing": PACKAGE / "models" / "row.py",
        "extra": PACKAGE / "models" / "hand_written.py",
    }[kind]
    path = clone / target
    if kind == "changed":
        path.write_text(path.read_text() + "\n# edited by hand\n")
    elif kind == "missing":
        path.unlink()
    else:
        path.write_text("X = 1\n")
    return target


@pytest.mark.parametrize("kind", ["changed", "missing", "extra"])
def test_each_kind_of_drift_on_disk_fails_with_the_file_and_the_fix(clone: Path, restore: None, kind: str) -> None:
    target = drift(clone, kind)
    result = make(clone, "check-generated", ONE)
    assert result.returncode != 0
    assert target.as_posix() in result.stderr
    assert "Fix: run 'make generate'" in result.stderr
    if kind == "changed":
        assert "+# edited by hand" in result.stderr  # the diff is shown


@pytest.mark.parametrize("kind", ["changed", "missing", "extra"])
def test_committed_drift_fails_in_ci_after_make_all(clone: Path, restore: None, kind: str) -> None:
    """What CI does on a clean clone: `make all` regenerates clients/, then `make check-committed`."""
    target = drift(clone, kind)
    commit(clone, f"drift: {kind}")
    try:
        assert run("rm", "-rf", "build", cwd=clone).returncode == 0  # a fresh clone has no stamps
        assert make(clone, "generate", ONE).returncode == 0
        result = make(clone, "check-committed")
        assert result.returncode != 0
        assert target.as_posix() in result.stderr
        assert "Fix: run 'make generate' and commit clients/" in result.stderr
    finally:
        run("git", "reset", "--quiet", "--hard", "HEAD~1", cwd=clone)
