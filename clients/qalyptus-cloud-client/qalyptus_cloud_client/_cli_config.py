# Copied from generator/runtime/_cli_config.py into the client generated from specs/qalyptus-cloud.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""Named connection profiles of the command-line tool, in an INI file only its owner can read.

    [prod]
    url = https://acme.qalyptus.net/api/v1
    api_key = ...

The file is ``$XDG_CONFIG_HOME/qlik-clients/<tool>.ini`` (``~/.config/...`` by default), or the one given by
``--config``. It is written whole into a new file created with mode 0600 and renamed into place, so an error
never leaves it half-written and its secrets are never readable by others.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["ConfigFileError", "Profiles", "default_path"]


class ConfigFileError(ValueError):
    """The config file cannot be read or written, or names no such profile."""


def default_path(tool: str, environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or os.path.join(env.get("HOME") or os.path.expanduser("~"), ".config")
    return Path(base) / "qlik-clients" / f"{tool}.ini"


class Profiles:
    """The profiles of one config file: read on creation, written only by ``save``."""

    def __init__(self, path: Path) -> None:
        import configparser  # here, not at start-up: `<tool> --help` never reads the file

        self.path = path
        self._parser: Any = configparser.ConfigParser(interpolation=None, default_section="\0")
        if not path.exists():
            return
        try:
            text = path.read_text(encoding="utf-8")
            self._parser.read_string(text, source=str(path))
        except (OSError, UnicodeDecodeError, configparser.Error) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error).splitlines()[0]
            raise ConfigFileError(f"cannot read the config file {path}: {reason}") from None

    def names(self) -> list[str]:
        return list(self._parser.sections())

    def get(self, name: str) -> dict[str, str]:
        if not self._parser.has_section(name):
            known = ", ".join(self.names()) or "none"
            raise ConfigFileError(f"no profile {name!r} in {self.path} (known: {known})")
        return dict(self._parser.items(name))

    def has(self, name: str) -> bool:
        return bool(self._parser.has_section(name))

    def put(self, name: str, values: Mapping[str, str]) -> None:
        if not name or any(c in name for c in "[]\r\n") or name != name.strip():
            raise ConfigFileError(f"profile name {name!r} must be non-empty, without brackets or line breaks")
        for key, value in values.items():
            if "\n" in value or "\r" in value:
                raise ConfigFileError(f"profile {name!r}: {key} must not contain line breaks")
        if self._parser.has_section(name):
            self._parser.remove_section(name)
        self._parser.add_section(name)
        for key, value in values.items():
            self._parser.set(name, key, value)

    def remove(self, name: str) -> None:
        self.get(name)  # an unknown name raises, naming the known ones
        self._parser.remove_section(name)

    def save(self) -> None:
        import tempfile

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        except OSError as error:
            raise ConfigFileError(f"cannot write the config file {self.path}: {error.strerror or error}") from None
        try:
            os.fchmod(handle, 0o600)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                self._parser.write(stream)
            os.replace(temporary, self.path)
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            raise ConfigFileError(f"cannot write the config file {self.path}: {error.strerror or error}") from None
