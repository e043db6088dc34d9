# Copied from generator/runtime/_cli.py into the client generated from specs/qlik-qrs-data-connection.yaml.
# Do not edit by hand: change generator/runtime/ and run `make generate`.
"""The command-line tool of a package: commands over the resource clients, built from its command table.

The package's ``cli.py`` (rendered from the spec) names the tool, its resources and the per-API connection module;
``_commands/<resource>.py`` hold each resource's commands as plain data (name, parameters with their types and
help, body, pager). This module turns them into click commands, loading a resource's table only when that resource
is used, so that ``<tool> --help`` imports neither httpx nor the package's models. Every command calls the resource
method (the public layer), so retries, validation, redaction and typed errors apply as in Python.

Exit codes (``_cli_tool``): 0 ok, 1 other failure, 2 usage or bad input (options, JSON, body, config file,
profile), 3 the [cli] extra is not (fully) installed, 4 not found or another 4xx, 5 authentication or permission
(401/403), 6 rate limit (429), 7 server error (5xx), 8 connection failure or timeout, 130 interrupted.
"""

from __future__ import annotations

import datetime
import importlib
import json
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from ._cli_config import ConfigFileError, Profiles, default_path
from ._cli_output import FORMATS, Printer, Progress, counted, default_format
from ._cli_tool import (
    EXIT_API,
    EXIT_AUTH,
    EXIT_CONNECTION,
    EXIT_INTERRUPTED,
    EXIT_OTHER,
    EXIT_RATE_LIMIT,
    EXIT_SERVER,
    EXIT_USAGE,
    ConnectionOption,
    InputError,
    Tool,
    missing_extra,
)

__all__ = [
    "EXIT_API",
    "EXIT_AUTH",
    "EXIT_CONNECTION",
    "EXIT_INTERRUPTED",
    "EXIT_RATE_LIMIT",
    "EXIT_SERVER",
    "EXIT_USAGE",
    "ConnectionOption",
    "InputError",
    "Tool",
    "main",
]

Table = Mapping[str, Any]  # one command of a resource's table (see the rendered _commands modules)


class _DryRun(Exception):
    """Raised by the request hook of --dry-run once the request is printed: nothing is sent."""


# ---------------------------------------------------------------------------------------------- parameter types


class _Iso(click.ParamType):  # type: ignore[type-arg]
    """An ISO 8601 date or date and time, parsed by the type's own `fromisoformat`."""

    def __init__(self, kind: type[datetime.date], example: str) -> None:
        self.kind = kind
        self.name = "datetime" if issubclass(kind, datetime.datetime) else "date"
        self.example = example

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, self.kind):
            return value
        try:
            return self.kind.fromisoformat(str(value))
        except ValueError:
            what = "date and time" if self.name == "datetime" else "date"
            self.fail(f"{value!r} is not an ISO 8601 {what} (e.g. {self.example})", param, ctx)


class _Text(click.ParamType):  # type: ignore[type-arg]
    """A string that is not blank (an id or a name: an empty one would change the request's path)."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value)
        if not text.strip():
            self.fail("must not be empty", param, ctx)
        return text


def _param_type(kind: str, choices: Sequence[str]) -> click.ParamType[Any]:
    if choices:
        return click.Choice(list(choices))
    types: dict[str, click.ParamType[Any]] = {
        "uuid": click.UUID,
        "int": click.INT,
        "float": click.FLOAT,
        "datetime": _Iso(datetime.datetime, "2024-05-06T07:08:09Z"),
        "date": _Iso(datetime.date, "2024-05-06"),
        "bool": click.BOOL,
    }
    return types.get(kind, _Text())


# ---------------------------------------------------------------------------------------------- bodies


def _read_source(text: str, stdin: IO[str]) -> str:
    if text == "-":
        return stdin.read()
    if text.startswith("@"):
        try:
            return Path(text[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise InputError(f"--json {text}: cannot read the file: {reason}") from None
    return text


def _loads(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{what}: not valid JSON: {error.msg} at line {error.lineno} column {error.colno}") from None
    except RecursionError:
        raise InputError(f"{what}: not valid JSON: nested too deeply") from None


_JSON_KINDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "an array",
    "object": "an object",
}


def _matches(kind: str, value: Any) -> bool:
    if kind in ("string", "uuid", "date-time", "date"):
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True  # any JSON value


def _check_field(name: str, spec: Mapping[str, Any], value: Any) -> None:
    kind = str(spec.get("type", "any"))
    if value is None:
        if spec.get("nullable") or kind == "any":
            return
        raise InputError(f"body: field {name!r} must not be null")
    if not _matches(kind, value):
        wanted = _JSON_KINDS.get(kind, f"a {kind} string")
        raise InputError(f"body: field {name!r} must be {wanted}, got {json.dumps(value)[:60]}")
    if kind == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            raise InputError(f"body: field {name!r} must be a UUID, got {value!r}") from None
    if kind in ("date-time", "date"):
        try:
            (datetime.datetime if kind == "date-time" else datetime.date).fromisoformat(value)
        except ValueError:
            raise InputError(f"body: field {name!r} must be an ISO 8601 {kind}, got {value!r}") from None
    choices = spec.get("choices") or ()
    if choices and value not in choices:
        raise InputError(f"body: field {name!r} must be one of {', '.join(map(str, choices))}, got {value!r}")


def _apply_sets(body: Any, sets: Sequence[str], fields: Mapping[str, Mapping[str, Any]], strict: bool) -> Any:
    if not sets:
        return body
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise InputError("--set needs the body to be a JSON object")
    for item in sets:
        name, sep, raw = item.partition("=")
        if not sep or not name:
            raise InputError(f"--set {item!r}: expected FIELD=VALUE")
        path = name.split(".")
        top = fields.get(path[0])
        if strict and top is None:
            known = ", ".join(fields) or "none"
            raise InputError(f"--set {name}: the body has no field {path[0]!r} (fields: {known})")
        is_text = (
            top is None
            and not strict
            or (top is not None and len(path) == 1 and top.get("type") in ("string", "uuid", "date-time", "date"))
        )
        if is_text or not strict:
            value: Any = raw
        else:
            value = _loads(raw, f"--set {name}")
        target = body
        for part in path[:-1]:
            target = target.setdefault(part, {})
            if not isinstance(target, dict):
                raise InputError(f"--set {name}: {part!r} is not an object")
        target[path[-1]] = value
    return body


def _row(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InputError(f"{what} must be a JSON object of column -> value")
    for column, cell in value.items():
        if not isinstance(cell, str):
            raise InputError(f"{what}: column {column!r} must be a string, got {json.dumps(cell)[:60]}")
    return value


def _model(models: Any, name: str, value: Any, what: str) -> Any:
    try:
        return getattr(models, name).from_dict(value)
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        detail = f"field {error.args[0]!r} is required" if isinstance(error, KeyError) else str(error)
        raise InputError(f"{what} does not match {name}: {detail}") from None


def build_body(
    spec: Mapping[str, Any], source: str | None, sets: Sequence[str], path_values: Mapping[str, Any], models: Any
) -> Any:
    """The body argument of the resource method from --json / --set, validated against the command's schema."""
    kind = spec["kind"]
    fields: Mapping[str, Mapping[str, Any]] = {f["name"]: f for f in spec.get("fields", ())}
    body = _loads(_read_source(source, sys.stdin), "--json") if source is not None else None
    body = _apply_sets(body, sets, fields, strict=kind == "model")
    if body is None:
        if kind == "model" and not any(f.get("required") for f in fields.values()):
            body = {}
        else:
            raise InputError(
                "this command needs a request body: give --json '{...}', --json @file.json, --json -"
                + (" or --set FIELD=VALUE" if kind in ("model", "row") else "")
            )
    if kind == "row":
        return _row(body, "body")
    if kind == "rows_many":
        if not isinstance(body, list):
            raise InputError("body must be a JSON array of rows (objects of column -> value)")
        return [_row(row, f"body row {index + 1}") for index, row in enumerate(body)]
    if kind == "list":
        if not isinstance(body, list):
            raise InputError("body must be a JSON array")
        item = str(spec.get("item", "any"))
        converted = []
        for index, value in enumerate(body):
            if item == "uuid":
                try:
                    converted.append(uuid.UUID(str(value)) if isinstance(value, str) else uuid.UUID(int=-1))
                except ValueError:
                    raise InputError(f"body item {index + 1} must be a UUID, got {json.dumps(value)[:60]}") from None
            elif item.startswith("model:"):
                converted.append(_model(models, item[6:], value, f"body item {index + 1}"))
            else:
                converted.append(value)
        return converted
    if not isinstance(body, dict):
        raise InputError("body must be a JSON object")
    for json_name, param in spec.get("from_path", ()):
        body.setdefault(json_name, jsonable_value(path_values.get(param)))
    for name, field_spec in fields.items():
        if name not in body:
            if field_spec.get("required"):
                raise InputError(f"body: field {name!r} is required")
            continue
        _check_field(name, field_spec, body[name])
    return _model(models, spec["model"], body, "body")


def jsonable_value(value: Any) -> Any:
    return str(value) if isinstance(value, (uuid.UUID, datetime.date)) else value


# ---------------------------------------------------------------------------------------------- connection


def _setting(option: ConnectionOption, value: Any) -> str | None:
    """A flag's value as a profile stores it (a repeated flag: its values separated by spaces), None if not given."""
    if option.multiple:
        return " ".join(str(v) for v in value) if value else None
    if value in (None, False, ""):
        return None
    return "true" if value is True else str(value)


def resolve_settings(
    tool: Tool, flags: Mapping[str, Any], profile: str | None, config: str | None
) -> tuple[dict[str, str], str | None]:
    """Connection settings: flags first, then environment variables, then the profile (--profile, else the one
    named `default` when it exists)."""
    path = Path(config) if config else default_path(tool.name, tool.environ)
    settings: dict[str, str] = {}
    used = profile
    if profile or path.exists():
        profiles = Profiles(path)
        if profile:
            settings.update(profiles.get(profile))
        elif profiles.has("default"):
            settings.update(profiles.get("default"))
            used = "default"
    for option in tool.connection.OPTIONS:
        env_value = tool.environ.get(option.env)
        if env_value:
            settings[option.name] = env_value
        flag_value = _setting(option, flags.get(option.name))
        if flag_value is not None:
            settings[option.name] = flag_value
        if option.name not in settings and option.default is not None:
            settings[option.name] = option.default
    return settings, used


_UPLOAD_STEP = 64 * 1024


class _Hooks:
    """httpx event hooks: --verbose logs each request and answer; --dry-run prints the request and stops it."""

    def __init__(
        self,
        package: str,
        *,
        verbose: bool,
        dry_run: bool,
        out: IO[str],
        progress: Progress,
        shown: Iterable[str] = (),
    ) -> None:
        import logging

        self.redaction = importlib.import_module(f"{package}._redaction")
        # Names the redaction would hide by their look (QRS's Xrfkey) but that are no secret: --dry-run shows them.
        self.shown = {name.lower() for name in shown}
        self.log = logging.getLogger(package)
        self.verbose = verbose
        self.dry_run = dry_run
        self.out = out
        self.progress = progress
        self.responses = 0
        self.started: dict[int, float] = {}
        # What the progress line counts on a terminal: an upload's bytes (bulk inserts) or a download's.
        self.upload: str | None = None
        self.download: str | None = None

    def request(self, request: Any) -> None:
        url = self.redaction.redact_url(request.url)
        if self.dry_run:
            url = self._unhide(url, request.url)
            headers = {
                name: value if name.lower() in self.shown else self.redaction.redact_headers({name: value})[name]
                for name, value in request.headers.items()
            }
            lines = [f"{request.method} {url}", *(f"{name}: {value}" for name, value in headers.items())]
            body = request.read()
            if body:
                try:
                    text = json.dumps(json.loads(body), indent=2, ensure_ascii=False)
                except (ValueError, UnicodeDecodeError):
                    text = f"<{len(body)} bytes>"
                lines += ["", text]
            self.out.write("\n".join(lines) + "\n")
            self.out.flush()
            raise _DryRun()
        self.started[id(request)] = time.monotonic()
        if self.upload and self.progress.enabled:
            # The body as httpx holds it (read already), sent in steps through the same transport.
            body = request.read()
            request.stream = counted([body], self.progress.transfer(self.upload, len(body)), _UPLOAD_STEP)
        if self.verbose:
            self.log.info("-> %s %s", request.method, url)

    def _unhide(self, text: str, url: Any) -> str:
        from urllib.parse import quote

        for name, value in url.params.multi_items():
            if name.lower() in self.shown:
                hidden = f"{quote(name, safe='')}={self.redaction.REDACTED}"
                text = text.replace(hidden, f"{quote(name, safe='')}={quote(value, safe='')}", 1)
        return text

    def response(self, response: Any) -> None:
        self.responses += 1
        request = response.request
        if self.download and self.progress.enabled and 200 <= response.status_code < 300:
            length = response.headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
            response.stream = counted(response.stream, self.progress.transfer(self.download, total))
        if self.verbose:
            elapsed = (time.monotonic() - self.started.pop(id(request), time.monotonic())) * 1000
            self.log.info(
                "<- %s %s %s (%.0f ms)",
                response.status_code,
                request.method,
                self.redaction.redact_url(request.url),
                elapsed,
            )

    def event_hooks(self) -> dict[str, list[Callable[[Any], None]]]:
        return {"request": [self.request], "response": [self.response]}


# ---------------------------------------------------------------------------------------------- running a command


def _convert(param: Mapping[str, Any], value: Any, models: Any) -> Any:
    enum_class = param.get("enum")
    if enum_class:
        cls = getattr(models, enum_class)
        return [cls(v) for v in value] if param.get("multiple") else cls(value)
    return list(value) if param.get("multiple") else value


def _arguments(command: Table, values: Mapping[str, Any], models: Any) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in command["params"]:
        value = values.get(param["dest"])
        if value is None or (param.get("multiple") and not value):
            if param["call"] == "positional":
                raise InputError(f"missing {param['flag']}")
            continue
        value = _convert(param, value, models)
        if param["call"] == "positional":
            args.append(value)
        else:
            kwargs[param["name"]] = value
    return args, kwargs


def _file_fields(command: Table, values: Mapping[str, Any], types: Any) -> dict[str, Any]:
    files = {}
    for param in command.get("files", ()):
        path = values.get(param["dest"])
        if path is None:
            continue
        try:
            payload = Path(path).open("rb")
        except OSError as error:
            raise InputError(f"{param['flag']} {path}: cannot read the file: {error.strerror or error}") from None
        files[param["name"]] = types.File(payload=payload, file_name=Path(path).name)
    return files


@dataclass
class _Run:
    debug: bool = False


def _execute(tool: Tool, attribute: str, command: Table, values: dict[str, Any], run: _Run) -> None:
    run.debug = bool(values.get("debug"))
    out = sys.stdout
    fmt = values.get("output") or default_format(out)
    fields = [f.strip() for f in (values.get("fields") or "").split(",") if f.strip()] or None
    printer = Printer(fmt, out, fields)
    progress = Progress(sys.stderr)
    flags = {option.name: values.get(f"c_{option.name}") for option in tool.connection.OPTIONS}
    settings, _ = resolve_settings(tool, flags, values.get("profile"), values.get("config"))
    models = importlib.import_module(f"{tool.package}.models")
    path_values = {p["name"]: values.get(p["dest"]) for p in command["params"] if p["kind"] == "argument"}
    args, kwargs = _arguments(command, values, models)
    body_spec = command.get("body")
    if body_spec and body_spec["kind"] == "files":
        kwargs.update(_file_fields(command, values, importlib.import_module(f"{tool.package}.types")))
        if body_spec.get("fields"):
            extra = _apply_sets(None, values.get("set") or (), {f["name"]: f for f in body_spec["fields"]}, True)
            kwargs.update(extra or {})
    elif body_spec:
        args.append(build_body(body_spec, values.get("json"), values.get("set") or (), path_values, models))
    verbose = bool(values.get("verbose"))
    if verbose:
        _log_to_stderr(tool.package)
    hooks = _Hooks(
        tool.package,
        verbose=verbose,
        dry_run=bool(values.get("dry_run")),
        out=out,
        progress=progress,
        shown=getattr(tool.connection, "SHOWN", ()),
    )
    options: dict[str, Any] = {"httpx_args": {"event_hooks": hooks.event_hooks()}}
    if values.get("timeout") is not None:
        options["timeout"] = values["timeout"]
    if values.get("max_retries") is not None:
        options["max_retries"] = values["max_retries"]
    headers = {}
    for header in values.get("header") or ():
        name, sep, value = header.partition(":")
        if not sep or not name.strip():
            raise InputError(f"--header {header!r}: expected 'Name: value'")
        headers[name.strip()] = value.strip()
    if headers:
        options["headers"] = headers
    entry = getattr(importlib.import_module(tool.package), tool.entry)
    client = tool.connection.connect(entry, settings, options)
    with client:
        resource = getattr(client, attribute)
        method = getattr(resource, command["method"])
        try:
            _call(tool, client, method, command, args, kwargs, values, printer, progress, hooks)
        except _DryRun:
            return


def _call(
    tool: Tool,
    client: Any,
    method: Callable[..., Any],
    command: Table,
    args: list[Any],
    kwargs: dict[str, Any],
    values: Mapping[str, Any],
    printer: Printer,
    progress: Progress,
    hooks: _Hooks,
) -> None:
    max_items = values.get("max_items")
    stream_via = command.get("stream_via")
    if stream_via and values.get("to"):
        command = {**command, "file": True, "module": stream_via["module"], "operation": stream_via["operation"]}
    if command.get("file"):
        destination = values.get("to")
        if destination:
            call_kwargs = {p["python"]: v for p, v in zip(_named(command), args, strict=False)}
            call_kwargs.update({_python(command, k): v for k, v in kwargs.items()})
            if stream_via:
                call_kwargs = {k: v for k, v in call_kwargs.items() if k in stream_via["params"]}
            hooks.download = f"Downloading to {destination}"
            with progress.status(f"{hooks.download}..."):
                download = _download_to(tool, client, command, call_kwargs, destination)
            printer.one({"path": str(download.path), "size": download.size, "mime_type": download.mime_type})
            return
        if sys.stdout.buffer.isatty() and not values.get("dry_run"):
            raise InputError("the answer is a file: give --to FILE (or redirect the output)")
        result = method(*args, **kwargs)
        stream = sys.stdout.buffer
        stream.write(result.payload.read())
        stream.flush()
        return
    if command.get("bulk"):
        hooks.upload = f"Sending {len(args[-1])} rows"
        with progress.status(f"{hooks.upload}..."):
            result = method(*args, **kwargs)
    else:
        result = method(*args, **kwargs)
    if command.get("pager"):
        printer.items(_walk(result, max_items, progress, hooks))
    elif isinstance(result, list):
        printer.items(result[:max_items] if max_items is not None else result)
    elif result is not None:
        printer.one(result)


def _download_to(tool: Tool, client: Any, command: Table, call_kwargs: dict[str, Any], destination: str) -> Any:
    """Stream the operation's file into `destination` with the runtime's bounded download, along the route the
    resource methods take: the client's path override for the operation applies, and so does the hint on a 404
    or 405 from an inferred path."""
    module = importlib.import_module(f"{tool.package}.{command['module']}")
    runtime = importlib.import_module(f"{tool.package}._runtime")
    caller = client._caller()
    request = caller._prepare(command["operation"], module._get_kwargs(**call_kwargs))
    try:
        return runtime.download(client, request, destination)
    except caller.api_error as error:
        caller._explain(command["operation"], error)
        raise


def _named(command: Table) -> list[Mapping[str, Any]]:
    return [p for p in command["params"] if p["call"] == "positional"]


def _python(command: Table, name: str) -> str:
    return next(str(p["python"]) for p in command["params"] if p["name"] == name)


def _walk(pager: Iterable[Any], max_items: int | None, progress: Progress, hooks: _Hooks) -> Iterable[Any]:
    """The pager's items (at most max_items), with a progress line once more than one page came."""
    count = 0
    if max_items == 0:
        return
    with progress.status("Fetching..."):
        for item in pager:
            count += 1
            if hooks.responses > 1:
                progress.update(f"page {hooks.responses}, {count} items")
            yield item
            if max_items is not None and count >= max_items:
                return  # before the pager asks for another page


def _log_to_stderr(package: str) -> None:
    import logging

    # The tool is the application here: it may attach a handler to its own package's logger.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    logger = logging.getLogger(package)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


# ---------------------------------------------------------------------------------------------- click commands


def _connection_option(option: ConnectionOption, text: str) -> click.Option:
    names = [option.flag, f"c_{option.name}"]
    if option.is_flag:
        return click.Option(names, is_flag=True, default=None, help=text)
    if option.multiple:
        return click.Option(names, multiple=True, help=text, metavar="TEXT")
    return click.Option(names, help=text, metavar="TEXT")


def _common_options(tool: Tool, *, pager: bool, file: bool) -> list[click.Parameter]:
    params: list[click.Parameter] = []
    for option in tool.connection.OPTIONS:
        where = f"env {option.env}"
        text = f"{option.help} [{where}]" + (" (secret)" if option.secret else "")
        params.append(_connection_option(option, text))
    params += [
        click.Option(["--profile", "profile"], help="use this profile of the config file", metavar="NAME"),
        click.Option(
            ["--config", "config"], help="config file (default ~/.config/qlik-clients/<tool>.ini)", metavar="PATH"
        ),
        click.Option(
            ["--output", "-o", "output"],
            type=click.Choice(FORMATS),
            help="output format (default: table on a terminal, else json)",
        ),
        click.Option(["--fields", "fields"], metavar="A,B,C", help="only these fields (dotted names reach inside)"),
        click.Option(
            ["--timeout", "timeout"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="connect/read timeout (default 5 s connect, 60 s read)",
        ),
        click.Option(["--max-retries", "max_retries"], type=click.IntRange(min=0), help="retries (default 2)"),
        click.Option(["--header", "header"], multiple=True, metavar="'NAME: VALUE'", help="extra header (repeat)"),
        click.Option(["--dry-run", "dry_run"], is_flag=True, help="print the request (secrets redacted); send nothing"),
        click.Option(["--verbose", "-v", "verbose"], is_flag=True, help="log each request, answer and retry on stderr"),
        click.Option(["--debug", "debug"], is_flag=True, help="show a traceback on errors"),
    ]
    if pager:
        params.append(
            click.Option(
                ["--max-items", "max_items"],
                type=click.IntRange(min=0),
                help="stop after this many items (default: every page)",
            )
        )
    if file:
        params.append(
            click.Option(["--to", "to"], metavar="FILE", help="stream the file into FILE (written whole or not at all)")
        )
    return params


def _command(tool: Tool, attribute: str, table: Table, run: _Run) -> click.Command:
    params: list[click.Parameter] = []
    for param in table["params"]:
        kind = _param_type(str(param.get("type", "str")), param.get("choices") or ())
        if param["kind"] == "argument":
            params.append(click.Argument([param["dest"]], type=kind, metavar=param["flag"]))
        elif param.get("type") == "bool":
            flag = param["flag"]
            params.append(
                click.Option([f"{flag}/--no-{flag[2:]}", param["dest"]], default=None, help=param.get("help"))
            )
        else:
            params.append(
                click.Option(
                    [param["flag"], param["dest"]],
                    type=kind,
                    required=bool(param.get("required")),
                    multiple=bool(param.get("multiple")),
                    help=param.get("help"),
                )
            )
    for param in table.get("files", ()):
        params.append(
            click.Option(
                [param["flag"], param["dest"]],
                required=bool(param.get("required")),
                metavar="PATH",
                help=param.get("help", "file to upload"),
            )
        )
    body = table.get("body")
    if body:
        json_help = "request body: JSON text, @file.json or - (stdin)"
        if body["kind"] != "files":
            params.append(click.Option(["--json", "json"], metavar="JSON|@FILE|-", help=json_help))
        if body["kind"] in ("model", "row", "files"):
            names = ", ".join(f["name"] + ("*" if f.get("required") else "") for f in body.get("fields", ()))
            field_help = "set a body field (repeat; VALUE is JSON unless the field is a string)"
            params.append(
                click.Option(
                    ["--set", "set"],
                    multiple=True,
                    metavar="FIELD=VALUE",
                    help=f"{field_help}; fields: {names}" if names else field_help,
                )
            )
    params += _common_options(
        tool,
        pager=bool(table.get("pager") or table.get("list")),
        file=bool(table.get("file") or table.get("stream_via")),
    )
    help_text = str(table["summary"])
    if table.get("description") and table["description"] != table["summary"]:
        help_text += "\n\n" + table["description"]
    help_text += f"\n\n{table['http']} ({table['operation']})"

    def callback(**values: Any) -> None:
        _execute(tool, attribute, table, values, run)

    return click.Command(
        table["name"],
        params=params,
        callback=callback,
        help=help_text,
        short_help=table["summary"],
        no_args_is_help=False,
    )


class _ToolGroup(click.Group):
    """The root command: resources are loaded when named; the listing uses their short help only."""

    def __init__(self, tool: Tool, run: _Run, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.tool = tool
        self.run = run

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [command for command, _, _ in self.tool.resources] + sorted(self.commands)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        for command, attribute, short in self.tool.resources:
            if command == cmd_name:
                table = importlib.import_module(f"{self.tool.package}._commands.{attribute}")
                group = click.Group(command, help=table.HELP, short_help=short)
                for entry in table.COMMANDS:
                    group.add_command(_command(self.tool, attribute, entry, self.run))
                return group
        return None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(command, short) for command, _, short in self.tool.resources]
        rows += [(name, self.commands[name].get_short_help_str(80)) for name in sorted(self.commands)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _profile_group(tool: Tool) -> click.Group:
    group = click.Group(
        "profile",
        help="Named connection settings in the config file (secrets stored 0600).",
        short_help="add, list or remove connection profiles",
    )
    config_option = click.Option(["--config", "config"], metavar="PATH", help="config file")

    def add(name: str, config: str | None, **flags: Any) -> None:
        path = Path(config) if config else default_path(tool.name, tool.environ)
        profiles = Profiles(path)
        values = {}
        for option in tool.connection.OPTIONS:
            value = _setting(option, flags.get(f"c_{option.name}"))
            if value is not None:
                values[option.name] = value
        if not values:
            raise InputError("give at least one connection setting, e.g. --url")
        # Built once to check the settings (URL, tenant, files...) before anything is written.
        entry = getattr(importlib.import_module(tool.package), tool.entry)
        tool.connection.connect(entry, values, {}).close()
        profiles.put(name, values)
        profiles.save()
        click.echo(f"profile {name!r} saved in {path}")

    add_params: list[click.Parameter] = [click.Argument(["name"]), config_option]
    for option in tool.connection.OPTIONS:
        add_params.append(_connection_option(option, option.help))
    group.add_command(click.Command("add", params=add_params, callback=add, help="Add or replace a profile."))

    def list_(config: str | None, output: str | None) -> None:
        path = Path(config) if config else default_path(tool.name, tool.environ)
        profiles = Profiles(path)
        secret = {option.name for option in tool.connection.OPTIONS if option.secret}
        rows = [
            {"profile": name, **{k: ("<redacted>" if k in secret else v) for k, v in profiles.get(name).items()}}
            for name in profiles.names()
        ]
        out = sys.stdout
        Printer(output or default_format(out), out).items(rows)

    group.add_command(
        click.Command(
            "list",
            params=[config_option, click.Option(["--output", "-o", "output"], type=click.Choice(FORMATS))],
            callback=list_,
            help="List the profiles (secrets redacted).",
        )
    )

    def remove(name: str, config: str | None) -> None:
        path = Path(config) if config else default_path(tool.name, tool.environ)
        profiles = Profiles(path)
        profiles.remove(name)
        profiles.save()
        click.echo(f"profile {name!r} removed from {path}")

    group.add_command(
        click.Command(
            "remove", params=[click.Argument(["name"]), config_option], callback=remove, help="Remove a profile."
        )
    )
    return group


def _completion_command(tool: Tool, root: click.Command) -> click.Command:
    def show(shell: str) -> None:
        from click.shell_completion import get_completion_class

        cls = get_completion_class(shell)
        assert cls is not None
        variable = f"_{tool.name.replace('-', '_').upper()}_COMPLETE"
        click.echo(cls(root, {}, tool.name, variable).source())

    return click.Command(
        "completion",
        params=[click.Argument(["shell"], type=click.Choice(["bash", "zsh", "fish"]))],
        callback=show,
        help=f'Print the shell completion script, e.g. eval "$({tool.name} completion bash)"; for fish: '
        f"{tool.name} completion fish | source.",
        short_help="shell completion script (bash, zsh, fish)",
    )


def build(tool: Tool, run: _Run | None = None) -> click.Group:
    run = run or _Run()
    root = _ToolGroup(
        tool,
        run,
        name=tool.name,
        help=tool.description,
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    )
    click.version_option(tool.version, "--version", prog_name=tool.name, message="%(prog)s %(version)s")(root)
    root.add_command(_profile_group(tool))
    root.add_command(_completion_command(tool, root))
    return root


# ---------------------------------------------------------------------------------------------- errors


def exit_code(error: BaseException, package: str) -> int:
    """The exit code of an error (see the module docstring)."""
    if isinstance(error, KeyboardInterrupt | click.Abort):
        return EXIT_INTERRUPTED
    if isinstance(error, click.UsageError | InputError | ConfigFileError | ValueError):
        return EXIT_USAGE
    errors = sys.modules.get(f"{package}.errors")
    if errors is None:
        return EXIT_OTHER
    if isinstance(error, errors.ApiConnectionError):
        return EXIT_CONNECTION
    if isinstance(error, errors.AuthenticationError | errors.PermissionDeniedError):
        return EXIT_AUTH
    if isinstance(error, errors.RateLimitError):
        return EXIT_RATE_LIMIT
    if isinstance(error, errors.ServerError):
        return EXIT_SERVER
    if isinstance(error, errors.ApiError) and 400 <= error.status_code < 500:
        return EXIT_API
    return EXIT_OTHER


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "failed"


def main(tool: Tool, argv: Sequence[str] | None = None) -> NoReturn:
    """Run the tool; exits with its exit code."""
    run = _Run()
    root = build(tool, run)
    args = list(sys.argv[1:] if argv is None else argv)
    stderr = sys.stderr
    try:
        code = root.main(args, prog_name=tool.name, standalone_mode=False)
        raise SystemExit(code if isinstance(code, int) else 0)
    except click.UsageError as error:
        hint = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
        stderr.write(f"error: {_one_line(error.format_message())}{hint}\n")
        raise SystemExit(EXIT_USAGE) from None
    except click.ClickException as error:
        stderr.write(f"error: {_one_line(error.format_message())}\n")
        raise SystemExit(EXIT_USAGE) from None
    except (KeyboardInterrupt, click.Abort):
        stderr.write("interrupted\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        raise SystemExit(0) from None
    except ImportError as error:  # rich or PyYAML, imported when first needed
        code = missing_extra(tool, error)
        if code is None:
            raise
        raise SystemExit(code) from None
    except Exception as error:  # one line per error family; the traceback only with --debug
        if run.debug:
            import traceback

            traceback.print_exc(file=stderr)
        name = "" if isinstance(error, InputError | ConfigFileError) else f"{type(error).__name__}: "
        stderr.write(f"error: {name}{_one_line(str(error))}\n")
        raise SystemExit(exit_code(error, tool.package)) from None
