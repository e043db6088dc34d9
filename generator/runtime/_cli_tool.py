"""What a package's command-line tool is, importable without its [cli] extra: names, exit codes, and ``run``.

The console script is installed with every wheel, with or without the extra; ``run`` loads the click machinery
(``_cli``) only then, so that a missing extra is one line saying what to install instead of an ImportError.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn

__all__ = [
    "EXIT_API",
    "EXIT_AUTH",
    "EXIT_CONNECTION",
    "EXIT_INTERRUPTED",
    "EXIT_MISSING_EXTRA",
    "EXIT_OTHER",
    "EXIT_RATE_LIMIT",
    "EXIT_SERVER",
    "EXIT_USAGE",
    "CLI_MODULES",
    "ConnectionOption",
    "InputError",
    "Tool",
    "missing_extra",
    "run",
]

EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_MISSING_EXTRA = 3
EXIT_API = 4
EXIT_AUTH = 5
EXIT_RATE_LIMIT = 6
EXIT_SERVER = 7
EXIT_CONNECTION = 8
EXIT_INTERRUPTED = 130

# The distributions of the [cli] extra, by the top-level module each one installs.
CLI_MODULES = {"click": "click", "rich": "rich", "yaml": "pyyaml"}


class InputError(ValueError):
    """Bad input on the command line: exit code 2, one line naming the problem."""


@dataclass(frozen=True)
class ConnectionOption:
    """A connection setting: a flag, an environment variable and a key in a profile (``name``)."""

    name: str
    flag: str
    env: str
    help: str
    secret: bool = False
    is_flag: bool = False
    default: str | None = None
    multiple: bool = False  # a repeatable flag; in the environment and a profile, values separated by spaces


@dataclass(frozen=True)
class Tool:
    """What a package's ``cli.py`` hands in: names, resources and the API's connection module."""

    name: str
    package: str
    project: str  # the distribution, for the install hint
    version: str
    entry: str  # the entry class, e.g. QrsClient
    resources: tuple[tuple[str, str, str], ...]  # (command, attribute, short help)
    connection: Any  # module with OPTIONS: tuple[ConnectionOption, ...] and connect(entry, settings, options)
    description: str = ""
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)


def missing_extra(tool: Tool, error: ImportError) -> int | None:
    """For an import of a module of the [cli] extra that failed: the hint on stderr and the exit code."""
    name = (getattr(error, "name", None) or "").partition(".")[0]
    if name not in CLI_MODULES:
        return None
    sys.stderr.write(
        f"error: {tool.name} needs the [cli] extra ({CLI_MODULES[name]} is not installed): "
        f'pip install "{tool.project}[cli]"\n'
    )
    return EXIT_MISSING_EXTRA


def run(tool: Tool, argv: Sequence[str] | None = None) -> NoReturn:
    """The console script: the tool, or the install hint when its extra is missing."""
    import importlib

    try:
        machinery = importlib.import_module(f"{tool.package}._cli")
    except ImportError as error:
        code = missing_extra(tool, error)
        if code is None:
            raise
        raise SystemExit(code) from None
    machinery.main(tool, argv)
    raise SystemExit(0)  # main() exits itself; this line is for type checkers
