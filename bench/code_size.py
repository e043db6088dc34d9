"""Lines of generated Python per package and per operation: `python bench/code_size.py [--clients DIR]`.

Counts the lines of every `.py` file under clients/<project>/ (or another clients/ tree, e.g. an older commit's
extracted with `git archive`), the part that grows with the operations (api/ and the resource layer), and the
longest file. Operations are those of each service's spec.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from generator import openapi  # noqa: E402  (the repository root is on the path only now)
from generator.config import load_services  # noqa: E402


def lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=Path, default=ROOT / "clients", help="the clients/ tree to count")
    args = parser.parse_args(argv)
    print("| package | operations | generated .py lines | per operation | api/ + resources per operation | longest |")
    print("|---|---:|---:|---:|---:|---|")
    for service in load_services().values():
        package = args.clients / service.project_name / service.package_name
        files = sorted(package.rglob("*.py"))
        operations = sum(1 for _ in openapi.operations(openapi.load_spec(service.spec)))
        total = sum(lines(f) for f in files)
        layers = sum(lines(f) for f in files if f.relative_to(package).parts[0] in ("api", "resources", "resources.py"))
        longest = max(files, key=lines)
        print(
            f"| `{service.package_name}` | {operations} | {total:,} | {total / operations:.0f} | "
            f"{layers / operations:.0f} | `{longest.relative_to(package).as_posix()}` ({lines(longest):,}) |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
