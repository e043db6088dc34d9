"""Import time and `make generate` time of this checkout against another one, side by side in one run.

    git archive <rev> | tar -x -C /tmp/before          # the other tree (any directory with the same layout)
    python bench/compare_trees.py /tmp/before [--reps 7] [--generate-reps 3]

Imports: a fresh interpreter per measurement, the two trees alternating (A, B, A, B, ...), bytecode compiled
beforehand into a cache per tree outside both; each figure is the time of the import itself, measured inside the
interpreter after `import httpx`. Generation: `make generate` cold (build/stamps and build/prepared removed) in a
temporary copy of each tree sharing this virtualenv, alternating too. Figures: median [min-max].
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from generator.config import load_services  # noqa: E402  (the repository root is on the path only now)

SERVICES = load_services()


def spread(values: list[float], scale: float, digits: int) -> str:
    return (
        f"{statistics.median(values) * scale:.{digits}f} "
        f"[{min(values) * scale:.{digits}f}-{max(values) * scale:.{digits}f}]"
    )


def import_cases() -> list[tuple[str, str]]:
    cases = []
    for service in SERVICES.values():
        name, entry = service.package_name, service.resources["client"]
        cases.append((f"import {name}", f"import {name}"))
        cases.append((f"from {name} import {entry} (resource layer)", f"from {name} import {entry}"))
    walk = "import importlib, pkgutil, qalyptus_cloud_client as p\n"
    walk += "for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.'): importlib.import_module(m.name)"
    cases.append(("qalyptus_cloud_client: every module (pkgutil.walk_packages)", walk))
    return cases


def timed_import(tree: Path, cache: Path, code: str) -> float:
    script = f"import httpx, time\nstart = time.perf_counter()\nexec({code!r})\nprint(time.perf_counter() - start)\n"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["PYTHONPATH"] = os.pathsep.join(str(tree / "clients" / s.project_name) for s in SERVICES.values())
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def make_generate(copy: Path) -> float:
    shutil.rmtree(copy / "build" / "stamps", ignore_errors=True)
    shutil.rmtree(copy / "build" / "prepared", ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    start = time.perf_counter()
    subprocess.run(["make", "-o", ".venv/.installed", "generate"], cwd=copy, env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def copy_tree(source: Path, destination: Path) -> Path:
    names = ("Makefile", "LICENSE", "generator", "specs", "clients", "requirements-dev.txt")
    destination.mkdir(parents=True)
    for name in names:
        if (source / name).is_dir():
            shutil.copytree(source / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source / name, destination / name)
    (destination / ".venv").symlink_to(Path(sys.prefix))
    return destination


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path, help="the other tree (e.g. an older commit extracted by git archive)")
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--generate-reps", type=int, default=3, help="0 skips `make generate`")
    args = parser.parse_args(argv)
    trees = {"before": args.before.resolve(), "after": ROOT}
    with tempfile.TemporaryDirectory(prefix="compare-trees-") as scratch:
        caches = {label: Path(scratch) / f"pycache-{label}" for label in trees}
        print("| import (ms, after `import httpx`) | before | after |")
        print("|---|---:|---:|")
        for label, code in import_cases():
            for tree in trees:  # compile the bytecode caches
                timed_import(trees[tree], caches[tree], code)
            times: dict[str, list[float]] = {tree: [] for tree in trees}
            for _ in range(args.reps):
                for tree in trees:
                    times[tree].append(timed_import(trees[tree], caches[tree], code))
            print(f"| `{label}` | {spread(times['before'], 1e3, 1)} | {spread(times['after'], 1e3, 1)} |")
        if args.generate_reps:
            copies = {tree: copy_tree(trees[tree], Path(scratch) / tree) for tree in trees}
            generate: dict[str, list[float]] = {tree: [] for tree in trees}
            for _ in range(args.generate_reps):
                for tree in trees:
                    generate[tree].append(make_generate(copies[tree]))
            print(
                f"| `make generate`, cold, 4 specs (s) | {spread(generate['before'], 1, 2)} | "
                f"{spread(generate['after'], 1, 2)} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
