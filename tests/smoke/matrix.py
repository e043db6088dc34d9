"""Support matrix: the four wheels in dist/, installed into fresh virtual environments, run tests/smoke/smoke_suite.py.

    python tests/smoke/matrix.py                     # every CPython >= 3.11 found, newest deps; plus the minimums
    python tests/smoke/matrix.py --only minimums --pin 'httpx==0.24.1'   # try another floor for one dependency

One environment per CPython found on this machine (pyenv's versions, then python3.X on PATH), with the newest
dependency versions the wheels allow; and one with the declared minimum of every dependency (`httpx==<min>`, ...
from the wheels' Requires-Dist, the extras' too: click, rich, PyYAML for the commands, pyspnego for NTLM) on the
oldest supported interpreter found. The wheels are installed with every extra, so that the suite can run the
console scripts. A version the
wheels' classifiers promise but that is not installed here is reported as SKIP; a found interpreter that fails
fails the run, named. Environments live in build/matrix/ and are rebuilt on every run; pip's cache is reused.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "matrix"
SUITE = Path(__file__).with_name("smoke_suite.py")
OLDEST = (3, 11)  # Requires-Python of the wheels; interpreters below it are not candidates
STEP_TIMEOUT = 300  # seconds for one venv creation, pip install or suite run
# What the environments report back: the versions actually installed of these distributions.
REPORTED = ("httpx", "httpcore", "h11", "anyio", "attrs", "sniffio", "certifi", "idna", "click", "rich", "pyyaml")
PROBE = "import json, platform, sys; print(json.dumps([platform.python_implementation(), list(sys.version_info[:3])]))"


def say(line: str) -> None:
    print(f"matrix: {line}", flush=True)


# ---------------------------------------------------------------------------------------------- what the wheels say


@dataclass(frozen=True)
class Wheel:
    path: Path
    requires: tuple[str, ...]
    pythons: tuple[tuple[int, int], ...]  # from the "Programming Language :: Python :: 3.X" classifiers
    extras: tuple[str, ...] = ()  # Provides-Extra

    @property
    def with_extras(self) -> str:
        """What pip installs: the wheel and its extras' dependencies."""
        return f"{self.path}[{','.join(self.extras)}]" if self.extras else str(self.path)


def read_wheels() -> list[Wheel]:
    wheels = []
    for path in sorted(DIST.glob("*-py3-none-any.whl")):
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            metadata = HeaderParser().parsestr(archive.read(name).decode("utf-8"))
        versions = []
        for classifier in metadata.get_all("Classifier") or []:
            match = re.fullmatch(r"Programming Language :: Python :: (\d+)\.(\d+)", classifier)
            if match:
                versions.append((int(match[1]), int(match[2])))
        extras = tuple(metadata.get_all("Provides-Extra") or ())
        wheels.append(Wheel(path, tuple(metadata.get_all("Requires-Dist") or ()), tuple(versions), extras))
    return wheels


# `; extra == 'cli'`: the environments install every extra, so an extra's requirement applies as such.
_EXTRA_MARKER = re.compile(r"""\s*;\s*extra\s*==\s*['"][^'"]+['"]\s*$""")


def newest_requirements(wheels: list[Wheel]) -> list[str]:
    requirements = set()
    for requirement in (r for w in wheels for r in w.requires):
        plain = _EXTRA_MARKER.sub("", requirement)
        if "extra" in plain.partition(";")[2]:
            raise SystemExit(f"matrix: {requirement!r}: only a plain `; extra == '...'` marker is understood")
        requirements.add(plain)
    return sorted(requirements)


def minimum_requirements(wheels: list[Wheel]) -> list[str]:
    """`name==X` for every dependency declared as `name>=X` (the highest X when the wheels differ)."""
    floors: dict[str, tuple[tuple[int, ...], str]] = {}
    for requirement in newest_requirements(wheels):
        match = re.match(r"^([A-Za-z0-9._-]+)\s*(?:\[[^\]]*\])?\s*(.*)$", requirement)
        assert match, requirement
        name, specifiers = match[1].lower(), match[2]
        floor = re.search(r">=\s*([0-9][0-9.]*)", specifiers)
        if floor is None:
            raise SystemExit(f"matrix: {requirement!r} declares no minimum (>=); every dependency needs one")
        key = tuple(int(part) for part in floor[1].split("."))
        if name not in floors or key > floors[name][0]:
            floors[name] = (key, floor[1])
    return [f"{name}=={version}" for name, (_, version) in sorted(floors.items())]


# ---------------------------------------------------------------------------------------------- interpreters


@dataclass(frozen=True)
class Interpreter:
    path: Path
    version: tuple[int, int, int]

    @property
    def minor(self) -> tuple[int, int]:
        return self.version[:2]

    @property
    def tag(self) -> str:
        return f"py{self.minor[0]}.{self.minor[1]}"

    @property
    def label(self) -> str:
        return f"CPython {'.'.join(map(str, self.version))} ({self.path})"


def candidate_paths() -> list[Path]:
    """pyenv's CPython releases (newest patch first within a minor), then python3.X commands on PATH."""
    found: list[Path] = []
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    releases = []
    for directory in (root / "versions").glob("*"):
        match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", directory.name)  # plain CPython; not pypy-, 3.13t, conda...
        if match and (directory / "bin" / "python3").is_file():
            releases.append((tuple(int(g) for g in match.groups()), directory / "bin" / "python3"))
    found.extend(path for _, path in sorted(releases, reverse=True))
    for minor in range(OLDEST[1], 30):
        command = shutil.which(f"python3.{minor}")
        if command:
            found.append(Path(command))
    return found


def discover() -> list[Interpreter]:
    """One interpreter per CPython minor version >= 3.11 that actually runs (a pyenv shim may not)."""
    chosen: dict[tuple[int, int], Interpreter] = {}
    for path in candidate_paths():
        try:
            done = subprocess.run([str(path), "-I", "-c", PROBE], capture_output=True, text=True, timeout=30)
            implementation, version = json.loads(done.stdout) if done.returncode == 0 else (None, None)
        except (OSError, subprocess.TimeoutExpired, ValueError):
            implementation, version = None, None
        if implementation is None:
            # A pyenv shim for a version that is not selected refuses to run; the pyenv path itself is tried first.
            if "shims" not in path.parts:
                say(f"note: {path} does not run; not used")
            continue
        interpreter = Interpreter(path, tuple(version))  # type: ignore[arg-type]
        if implementation == "CPython" and interpreter.minor >= OLDEST and interpreter.minor not in chosen:
            chosen[interpreter.minor] = interpreter
    return [chosen[minor] for minor in sorted(chosen)]


# ---------------------------------------------------------------------------------------------- one environment


@dataclass
class Outcome:
    name: str
    interpreter: Interpreter
    ok: bool
    summary: str
    seconds: float
    versions: dict[str, str]


def clean_env() -> dict[str, str]:
    # Nothing of this repository's environment may leak into the one under test.
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}


class StepFailed(Exception):
    pass


def step(command: list[str], *, cwd: Path) -> str:
    try:
        done = subprocess.run(command, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise StepFailed(f"{' '.join(command)} did not finish within {STEP_TIMEOUT} s") from None
    if done.returncode != 0:
        raise StepFailed(f"{' '.join(command)} exited {done.returncode}\n{done.stdout}{done.stderr}")
    return done.stdout


def run_environment(
    name: str, interpreter: Interpreter, requirements: list[str], wheels: list[Wheel], pytest_pin: str
) -> Outcome:
    started = time.monotonic()
    directory = WORK / name
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    venv = directory / "venv"
    python = str(venv / "bin" / "python")
    pip = [python, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    versions: dict[str, str] = {}
    try:
        # The interpreter's own pip (seeded by venv) installs into its own environment.
        step([str(interpreter.path), "-m", "venv", str(venv)], cwd=directory)
        # Dependencies from the package index (through pip's cache), then our wheels from dist/ and nothing else:
        # the second install must find every requirement of the wheels already satisfied.
        step([*pip, "install", *requirements, pytest_pin], cwd=directory)
        step([*pip, "install", "--no-index", *(w.with_extras for w in wheels)], cwd=directory)
        step([*pip, "check"], cwd=directory)
        report = "import json; from importlib import metadata; print(json.dumps({n: metadata.version(n) for n in %r}))"
        versions = json.loads(step([python, "-I", "-c", report % (REPORTED,)], cwd=directory))
        # The suite runs from a copy beside the environment, under its own empty pytest.ini: no conftest, settings
        # or sys.path entries of this repository apply.
        shutil.copy2(SUITE, directory / SUITE.name)
        (directory / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n", encoding="utf-8")
        output = step([python, "-I", "-m", "pytest", "-q", "--no-header", "-rfE", SUITE.name], cwd=directory)
        lines = [line for line in output.splitlines() if line.strip()]
        summary = lines[-1].strip("= ") if lines else "no output"
        return Outcome(name, interpreter, True, summary, time.monotonic() - started, versions)
    except StepFailed as failure:
        return Outcome(name, interpreter, False, str(failure), time.monotonic() - started, versions)


def describe(outcome: Outcome) -> str:
    shown = ("httpx", "httpcore", "attrs", "sniffio", "click", "rich", "pyyaml")
    versions = ", ".join(f"{n} {v}" for n, v in outcome.versions.items() if n in shown)
    state = "ok" if outcome.ok else "FAIL"
    head = f"{state:4} {outcome.name:16} {outcome.interpreter.label}"
    if outcome.ok:
        return f"{head}: {outcome.summary} [{versions}] ({outcome.seconds:.0f} s with setup)"
    return f"{head} [{versions or 'dependencies not installed'}]:\n{outcome.summary}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=("newest", "minimums"), help="run only that kind of environment")
    parser.add_argument("--jobs", type=int, default=1, help="environments built and run at once (default 1)")
    parser.add_argument("--pin", action="append", default=[], help="minimums: use this pin instead (NAME==VERSION)")
    args = parser.parse_args(argv)

    wheels = read_wheels()
    if len(wheels) != 4:
        raise SystemExit(f"matrix: expected the 4 wheels in {DIST}, found {len(wheels)}; run make first")
    promised = sorted({v for w in wheels for v in w.pythons})
    if not promised or any(w.pythons != tuple(promised) for w in wheels):
        raise SystemExit("matrix: the wheels must all list the same Python 3.X classifiers")
    pytest_pin = next(
        line.strip()
        for line in (ROOT / "requirements-dev.txt").read_text(encoding="utf-8").splitlines()
        if line.startswith("pytest==")
    )

    started = time.monotonic()
    interpreters = discover()
    found = {i.minor for i in interpreters}
    for minor in promised:
        if minor not in found:
            version = f"{minor[0]}.{minor[1]}"
            say(
                f"SKIP CPython {version}: not installed here (no pyenv version {version}.x, no python{version} on PATH)"
            )
    if not interpreters:
        raise SystemExit("matrix: no CPython >= 3.11 found; nothing to test")

    runs: list[tuple[str, Interpreter, list[str]]] = []
    if args.only in (None, "newest"):
        for interpreter in interpreters:
            if interpreter.minor not in promised:
                say(f"note: {interpreter.label} is not in the wheels' classifiers; tested anyway")
            runs.append((f"{interpreter.tag}-newest", interpreter, newest_requirements(wheels)))
    if args.only in (None, "minimums"):
        pins = {re.split(r"[=<>!~ ]", p, maxsplit=1)[0].lower(): p for p in args.pin}
        minimums = [pins.pop(r.split("==")[0], r) for r in minimum_requirements(wheels)]
        if pins:
            raise SystemExit(f"matrix: --pin names no declared dependency: {', '.join(sorted(pins))}")
        say(f"minimums: {' '.join(minimums)}")
        # On the oldest and the newest promised interpreter found: old releases are the likeliest to break on a
        # new interpreter.
        supported = [i for i in interpreters if i.minor in promised] or interpreters
        for interpreter in dict.fromkeys([supported[0], supported[-1]]):
            runs.append((f"{interpreter.tag}-minimums", interpreter, minimums))

    WORK.mkdir(parents=True, exist_ok=True)
    outcomes = []
    # One at a time by default: on a small shared machine two at once measured slower (134 s against 98 s).
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_environment, name, i, r, wheels, pytest_pin) for name, i, r in runs]
        for future in futures:
            outcome = future.result()
            say(describe(outcome))
            outcomes.append(outcome)

    failed = [o for o in outcomes if not o.ok]
    total = time.monotonic() - started
    if failed:
        say(f"FAILED on {', '.join(f'{o.name} ({o.interpreter.label})' for o in failed)} in {total:.0f} s")
        return 1
    say(f"{len(outcomes)} environments passed in {total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
