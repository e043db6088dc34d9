"""The documentation site's sources: the hand-written pages in docs/, one reference section per package generated
from its resource tree (the bound data the resources template renders), and the changelog.

    python -m generator.docs [--output build/docs-src]

Writes <output>/pages/ (the MkDocs docs_dir) and <output>/mkdocs.yml (docs/mkdocs.yml with the navigation and the
paths filled in). `make docs` runs this, then `mkdocs build --strict` into build/docs/.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from generator import cli, facade, openapi, reference
from generator import prepare as preparation
from generator.config import ROOT, Service, load_service, service_names

DOCS_DIR = ROOT / "docs"
SITE_DIR = ROOT / "build" / "docs"
DEFAULT_OUTPUT = ROOT / "build" / "docs-src"
REFERENCE_SLOT = "reference/index.md"  # where the base config's nav takes the generated reference section
TESTING_SLOT = "testing.md"
CLI_SLOT = "cli.md"


def bound_tree(service: Service) -> dict[str, Any]:
    """The template data of the package's resources (``facade.template_data``), parsed as the generator parses."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    spec = openapi.load_spec(service.spec)
    config = Config.from_sources(
        ConfigFile(project_name_override=service.project_name, package_name_override=service.package_name),
        MetaType.PDM,
        service.prepared_spec,
        "utf-8",
        overwrite=True,
        output_path=ROOT / "build" / "unused",
    )
    parsed = GeneratorData.from_dict(preparation.prepare(spec, service.prepare), config=config)
    if not isinstance(parsed, GeneratorData):
        raise SystemExit(f"{service.spec_path}: {parsed.header}")
    data = facade.template_data(spec, service.resources, parsed)
    data["documented_errors"] = reference.documented_errors(spec)
    data["commands"] = {}
    if service.cli:  # the command-line tool's command per operation, as generator/cli.py builds its table
        tables = cli.template_data(spec, service.cli, data, parsed, list(service.resources.get("positional", [])))
        data["cli_command"] = tables["cli_command"]
        data["cli_resources"] = tables["cli_resources"]
        for r in tables["cli_resources"]:
            for c in r["commands"]:
                data["commands"][c["operation"]] = command_usage(tables["cli_command"], r["command"], c)
    return data


def command_usage(tool: str, group: str, command: dict[str, Any]) -> str:
    """``qlik-qrs data-connections get ID [OPTIONS]``: the command with what it requires."""
    words = [tool, group, command["name"]]
    params = command.get("params", [])
    words += [p["flag"] for p in params if p["kind"] == "argument"]
    words += [f"{p['flag']} {p['name'].upper()}" for p in params if p["kind"] == "option" and p.get("required")]
    words += [f"{f['flag']} FILE" for f in command.get("files", []) if f.get("required")]
    body = command.get("body")
    if body and body.get("kind") != "files":
        words.append("--json JSON")
    optional = [p for p in params if p["kind"] == "option" and not p.get("required")]
    if optional or any(not f.get("required") for f in command.get("files", [])):
        words.append("[OPTIONS]")
    return " ".join(words)


def signature_block(text: str, width: int = 88) -> str:
    """A call as a formatter would lay it out: one line if it fits, else one parameter per line."""
    if len(text) <= width:
        return text
    head, rest = text.split("(", 1)
    params, returns = rest.rsplit(") -> ", 1)
    parts, depth, current = [], 0, ""
    for char in params:  # split on the top-level commas only (types have their own brackets)
        depth += 1 if char in "[(" else -1 if char in "])" else 0
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return "\n".join([f"{head}(", *[f"    {part}," for part in parts if part], f") -> {returns}"])


def _prose(text: str) -> str:
    return " ".join(text.split()).replace("<", "&lt;")


def method_section(
    service: Service, resource: dict[str, Any], m: dict[str, Any], documented: list[Any], command: str = ""
) -> str:
    receiver = f"{reference.RECEIVERS[service.client]}.{resource['attribute']}"
    anchor = f"{resource['attribute']}.{m['name']}"
    source = "inferred path" if m["inferred"] else ("verified path" if m["path_source"] == "verified" else "")
    facts = [f"**`{m['http_method']} {m['path']}`**", f"operationId `{m['operation_id']}`"] + (
        [source] if source else []
    )
    lines = [
        f'## {anchor} {{ #{anchor} data-operation-id="{m["operation_id"]}" }}',
        "",
        " · ".join(facts),
        "",
    ]
    if m["summary"]:
        lines += [_prose(m["summary"]).rstrip(".") + ".", ""]
    if m["description"] and m["description"] != m["summary"]:
        lines += [_prose(m["description"]), ""]
    lines += ["```python"]
    for index, variant in enumerate(reference.variants(m)):
        lines += ([""] if index else []) + [signature_block(reference.call(m, variant, receiver))]
    lines += ["```", ""]
    if m["inferred"]:
        lines += [
            '!!! warning "Inferred path"',
            f"    `{m['http_method']} {m['path']}` is inferred from the documentation's naming style, not verified."
            + (f" {_prose(m['path_note'])}" if m["path_note"] else ""),
            f"    If your tenant answers 404 or 405, move it with the `path_overrides` key `{m['operation_id']}`:",
            f'    `path_overrides={{"{m["operation_id"]}": "/the/right/path"}}` '
            "(see [path overrides](index.md#path-overrides)).",
            "",
        ]
    elif m["path_note"]:
        lines += [f"Note: {_prose(m['path_note'])}", ""]
    args = reference.arguments(m)
    if args:
        lines += ["**Arguments**", ""]
        for a in args:
            doc = f": {_prose(a['doc'])}" if a["doc"] else ""
            lines.append(f"- `{a['name']}` (`{a['type']}`, {a['where']}){doc}")
        lines += [""]
    returns = reference.display(reference.method_type(m))
    if m["pager"]:
        item = "row (a `dict[str, str]`)" if m["rows"] else f"`{m['page_item']}`"
        what = f"a pager: iterating yields every {item} of every page, fetched lazily; `.pages()` yields the pages"
    elif m["data"] in reference.ENVELOPE_TYPES:
        what = "the envelope's `data`"
    else:
        what = "the documented success body" if returns != "None" else "nothing (the call raises on any error)"
    raw = reference.display(reference.method_type(m, raw=True))
    async_type = reference.display(reference.method_type(m, is_async=True))
    lines += [
        f"**Returns** `{returns}`: {what}. Async: `{async_type}`"
        + (" (not awaited; `async for`)" if m["pager"] else " (awaited)")
        + f"; `with_raw_response.{m['name']}(...)` returns `{raw}`.",
        "",
        "**Raises**",
        "",
    ]
    envelope = bool(service.resources.get("envelope"))
    for name, when in reference.raises(m, documented, envelope=envelope):
        lines.append(f"- `{name}`: {_prose(when)}")
    lines.append("")
    if command:
        lines += [f"**Command line** ([`[cli]` extra](../../cli.md)): `{command}`", ""]
    return "\n".join(lines)


def _entry_lines(service: Service, entry: str) -> list[str]:
    examples = {
        "qrs": [
            f'qrs = {entry}.for_server("qlik.example.com", client_cert="client.pem", client_key="client_key.pem",',
            '                         root_ca="root.pem")  # mutual TLS on :4242',
            f'qrs = {entry}.via_proxy("https://qlik.example.com", virtual_proxy="jwt",',
            '                        headers={"Authorization": "Bearer <jwt>"})  # or ntlm=(user, password)',
        ],
        "qlik_cloud": [f'cloud = {entry}.for_tenant("acme", region="eu", token="<API key>")'],
        "qalyptus": [f'qalyptus = {entry}.for_tenant("acme", token="<API token>")'],
        "dataplus": [f'dp = {entry}.for_server("<API key>")  # http://localhost:7766 by default'],
    }
    return ["```python", f"from {service.package_name} import {entry}", "", *examples[service.client], "```"]


def package_index(service: Service, data: dict[str, Any], pages: dict[str, str]) -> str:
    entry = data["facade_client"]
    methods = [m for r in data["facade_resources"] for m in r["methods"]]
    inferred = [m for m in methods if m["inferred"]]
    lines = [
        f"# {service.title}",
        "",
        f"`pip install {service.project_name}` · `import {service.package_name}` · entry classes `{entry}` and "
        f"`Async{entry}` · {len(methods)} operations in {len(data['facade_resources'])} resources.",
        "",
        *_entry_lines(service, entry),
        "",
        "Every method below is generated from the spec "
        f"(`{service.spec_path}`); the same list, plain, is in the package's `api.md`. Model classes are "
        f"importable from `{service.package_name}.models`; `UNSET` and `Unset` from `{service.package_name}.types`.",
        "",
        "| resource | methods |",
        "|---|---|",
    ]
    for r in data["facade_resources"]:
        page = pages[r["attribute"]]
        names = ", ".join(f"[{m['name']}]({page}#{r['attribute']}.{m['name']})" for m in r["methods"])
        lines.append(f"| [`{r['attribute']}`]({page}) | {names} |")
    lines.append("")
    if service.client == "qalyptus":
        lines += [
            "## Path overrides",
            "",
            f"{len(inferred)} of the {len(methods)} paths are inferred from the documentation's naming style; each "
            "such method says so. If your tenant uses another path, move the operation by its operationId, the "
            "`path_overrides` key each method names:",
            "",
            "```python",
            f"from {service.package_name} import {entry}",
            "",
            f'qalyptus = {entry}.for_tenant("acme", token="<API token>", '
            'path_overrides={"runTask": "/tasks/{id}/execute"})',
            "```",
            "",
            "An unknown operationId, or a path with other parameters than the documented one, raises `ValueError`; "
            "a 404 or 405 from an inferred path says so in the error message.",
            "",
        ]
    return "\n".join(lines)


def reference_pages(service: Service, data: dict[str, Any]) -> dict[str, str]:
    """Page path (under reference/<project>/) -> Markdown, the package's index first."""
    pages = {r["attribute"]: f"{r['attribute']}.md" for r in data["facade_resources"]}
    out = {"index.md": package_index(service, data, pages)}
    receiver = reference.RECEIVERS[service.client]
    for r in data["facade_resources"]:
        sections = [
            method_section(
                service,
                r,
                m,
                data["documented_errors"].get(m["operation_id"], []),
                data["commands"].get(m["operation_id"], ""),
            )
            for m in r["methods"]
        ]
        head = [
            f"# {receiver}.{r['attribute']}",
            "",
            f"{service.title}: `{data['facade_client']}().{r['attribute']}` (class `{r['class_name']}`, importable "
            f"from `{service.package_name}.resources`), {len(r['methods'])} methods.",
            "",
        ]
        out[pages[r["attribute"]]] = "\n".join(head + sections)
    return out


def optional_module(service: Service, name: str) -> str | None:
    """`<package>.<name>` if the package has such a public module (a feature that exists), else None."""
    root = str(service.project_dir)
    sys.path.insert(0, root)
    try:
        return f"{service.package_name}.{name}" if importlib.util.find_spec(f"{service.package_name}.{name}") else None
    except ImportError:
        return None
    finally:
        sys.path.remove(root)


def testing_section(modules: list[str]) -> str:
    """The generated part of the testing page: the API of each package's fake (``<package>.testing``)."""
    if not modules:
        return ""
    lines = ["## API of the fakes", ""]
    for module in modules:
        lines += [f"::: {module}", "    options:", "      inherited_members: true", "      show_root_heading: true", ""]
    return "\n".join(lines)


def cli_section(tools: list[tuple[Service, dict[str, Any]]]) -> str:
    """The generated part of the command-line page: each tool's commands, linked to their reference entries."""
    if not tools:
        return ""
    lines = ["## The commands", ""]
    for service, data in tools:
        tool = data["cli_command"]
        count = sum(len(r["commands"]) for r in data["cli_resources"])
        lines += [
            f"### {tool}",
            "",
            f'{service.title}: `pip install "{service.project_name}[cli]"`, then `{tool} --help`; {count} commands. '
            "Each links to the method it calls.",
            "",
            "| group | commands |",
            "|---|---|",
        ]
        for r in data["cli_resources"]:
            page = f"reference/{service.project_name}/{r['attribute']}.md"
            names = ", ".join(f"[{c['name']}]({page}#{r['attribute']}.{c['method']})" for c in r["commands"])
            lines.append(f"| `{tool} {r['command']}` | {names} |")
        lines.append("")
    return "\n".join(lines)


def _nav(base: list[Any], reference_nav: list[Any]) -> list[Any]:
    nav: list[Any] = []
    for item in base:
        if isinstance(item, dict) and list(item.values()) == [REFERENCE_SLOT]:
            nav.append({next(iter(item)): [REFERENCE_SLOT, *reference_nav]})
        else:
            nav.append(item)
    return nav


def build(output: Path, site_dir: Path = SITE_DIR) -> dict[str, int]:
    """Write the site sources into `output` (the site to go to `site_dir`); returns the methods per package."""
    pages_dir = output / "pages"
    shutil.rmtree(output, ignore_errors=True)
    shutil.copytree(DOCS_DIR, pages_dir, ignore=shutil.ignore_patterns("mkdocs.yml"))
    counts, reference_nav, testing, tools = {}, [], [], []
    for name in service_names():
        service = load_service(name)
        if not service.resources:
            continue
        data = bound_tree(service)
        counts[service.project_name] = sum(len(r["methods"]) for r in data["facade_resources"])
        folder = pages_dir / "reference" / service.project_name
        folder.mkdir(parents=True)
        section: list[Any] = []
        for page, text in reference_pages(service, data).items():
            (folder / page).write_text(text, encoding="utf-8")
            section.append(f"reference/{service.project_name}/{page}")
        reference_nav.append({service.title: section})
        testing += [m for m in [optional_module(service, "testing")] if m]
        if data.get("cli_command"):
            tools.append((service, data))
    for slot, text in ((TESTING_SLOT, testing_section(testing)), (CLI_SLOT, cli_section(tools))):
        page = pages_dir / slot
        page.write_text(page.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + text, encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    (pages_dir / "changelog.md").write_text(changelog, encoding="utf-8")
    config = yaml.safe_load((DOCS_DIR / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = "pages"
    config["site_dir"] = str(site_dir.resolve())
    config["nav"] = _nav(config["nav"], reference_nav)
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "mkdocstrings" in plugin:
            python = plugin["mkdocstrings"]["handlers"]["python"]
            python["paths"] = [str(load_service(n).project_dir) for n in service_names()]
    (output / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--site-dir", type=Path, default=SITE_DIR, help="where mkdocs is to write the site")
    args = parser.parse_args(argv)
    counts = build(args.output, args.site_dir)
    summary = ", ".join(f"{project} {n}" for project, n in counts.items())
    print(f"reference: {sum(counts.values())} methods ({summary}) -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
