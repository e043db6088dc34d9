"""Run the four example scripts against Prism mock servers of their APIs.

    .venv/bin/python examples/demo.py        (or: make demo)

The mocks are started from demo copies of specs/ (demo_data.py: the same operations, answered with realistic
examples, one per page of a paged list) on free loopback ports; they are stopped when the demo ends, also on
an error or Ctrl-C. The client packages are used from clients/.
"""

from __future__ import annotations

import importlib
import signal
import sys
import tempfile
import time
from pathlib import Path

import demo_data  # beside this file
import mockservers

ROOT = Path(__file__).resolve().parents[1]
DEMO_TOKEN = "demo-token"

# (title, service whose mock it talks to, example module, extra arguments after the mock URL)
RUNS = (
    ("Qlik Sense QRS: data connections", "qlik-qrs", "qrs_data_connections", ["--create", "Sales files"]),
    ("Qlik Cloud: data stores", "qlik-data-stores", "data_stores", ["--token", DEMO_TOKEN, "--limit", "2"]),
    ("Qalyptus Cloud: tasks", "qalyptus-cloud", "qalyptus_tasks", ["--token", DEMO_TOKEN]),
    (
        "Data+ Server: status and entries",
        "dataplus-server",
        "dataplus_entries",
        ["--api-key", DEMO_TOKEN, "--insert", "--page-size", "2"],
    ),
)


def use_generated_clients() -> None:
    """Import the packages from clients/ (a downstream app would install the wheels instead)."""
    for project in sorted((ROOT / "clients").iterdir()):
        if project.is_dir() and str(project) not in sys.path:
            sys.path.insert(0, str(project))


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through the `with` below, which stops the mocks


def main() -> int:
    use_generated_clients()
    examples = {module: importlib.import_module(module) for _, _, module, _ in RUNS}
    # The Data+ mock serves one example per offset: the demo asks for the one of each page it requests.
    examples["dataplus_entries"].HTTPX_ARGS["event_hooks"] = {"request": [demo_data.dataplus_page_hook]}
    signal.signal(signal.SIGTERM, _stop_on_sigterm)

    print("Starting the Prism mock servers...", flush=True)
    started = time.monotonic()
    failures = []
    with (
        tempfile.TemporaryDirectory(prefix="demo-specs-") as scratch,
        mockservers.running(demo_data.demo_specs(Path(scratch))) as servers,
    ):
        print(f"{len(servers)} mock servers ready in {time.monotonic() - started:.1f} s", flush=True)
        for title, service, module, extra in RUNS:
            url = servers[service].url
            print(f"\n== {title}  ({url})", flush=True)
            status = examples[module].main([url, *extra])
            if status != 0:
                failures.append(title)
    print("\nMock servers stopped.")
    if failures:
        print(f"Failed: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("All examples ran.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\nInterrupted; mock servers stopped.", file=sys.stderr)
        sys.exit(130)
    except mockservers.PrismError as error:  # Prism missing or not starting: its message, no traceback
        print(f"demo: {error}", file=sys.stderr)
        sys.exit(1)
