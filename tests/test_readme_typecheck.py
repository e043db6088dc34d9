"""Every Python block of the READMEs, and examples/, pass mypy --strict with no narrowing of a result."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SERVICES

READMES = [ROOT / "README.md"] + [ROOT / "clients" / s["project_name"] / "README.md" for s in SERVICES.values()]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
CLIENT_EXAMPLES = ["qrs_data_connections.py", "data_stores.py", "qalyptus_tasks.py", "dataplus_entries.py"]
# What the resource clients make unnecessary: narrowing or silencing the type of a result.
FORBIDDEN = re.compile(r"\bcast\(|#\s*type:\s*ignore|\bisinstance\(|\bor \[\]")


def readme_blocks() -> dict[str, str]:
    found = {}
    for readme in READMES:
        name = "root" if readme.parent == ROOT else readme.parent.name.replace("-", "_")
        for number, code in enumerate(BLOCK.findall(readme.read_text(encoding="utf-8")), 1):
            found[f"readme_{name}_{number}.py"] = code
    return found


def test_readme_blocks_and_examples_do_not_narrow_results() -> None:
    sources = dict(readme_blocks())
    sources.update({name: (ROOT / "examples" / name).read_text(encoding="utf-8") for name in CLIENT_EXAMPLES})
    offending = {name: FORBIDDEN.findall(code) for name, code in sources.items() if FORBIDDEN.search(code)}
    assert not offending


@pytest.mark.slow
def test_readme_blocks_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    for name, code in readme_blocks().items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    packages = [str(ROOT / "clients" / s["project_name"]) for s in SERVICES.values()]
    environment = {**os.environ, "MYPYPATH": os.pathsep.join([*packages, str(ROOT / "examples")])}
    command = [
        sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(ROOT / "build" / "mypy" / "readmes"),
        str(tmp_path), str(ROOT / "examples"),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
