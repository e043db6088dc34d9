"""The documentation site and each package's api.md: what they say matches the generated code, and the checks of
`make docs-check` (tests/docs_site.py) fail when the site breaks: a broken link or anchor, a missing or doubled
operation, a fetch from another host, a console error, a search that finds nothing."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import docs_site
import pytest
from conftest import ROOT, SERVICES

from generator import docs, reference

WITH_RESOURCES = sorted(name for name, service in SERVICES.items() if service.resources)


def mkdocs_build(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built as `make docs` builds it, into a temporary folder."""
    base = tmp_path_factory.mktemp("docs")
    docs.build(base / "src", base / "site")
    result = mkdocs_build(base / "src" / "mkdocs.yml")
    assert result.returncode == 0, result.stderr
    return base / "site"


@pytest.fixture
def site_copy(site: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    return copy


# ---------------------------------------------------------------------------------------------- the checks pass


def test_the_built_site_passes_the_link_and_operation_checks(site: Path) -> None:
    assert docs_site.link_problems(site) == []
    count, problems = docs_site.operation_problems(site)
    assert problems == []
    assert count == len(docs_site.expected_operations()) == 207


# ---------------------------------------------------------------------------------------------- and fail


def test_a_broken_markdown_link_or_anchor_fails_the_strict_build(tmp_path: Path) -> None:
    docs.build(tmp_path / "src", tmp_path / "site")
    page = tmp_path / "src" / "pages" / "getting-started.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](no-such-page.md)\n", encoding="utf-8")
    result = mkdocs_build(tmp_path / "src" / "mkdocs.yml")
    assert result.returncode != 0
    assert "no-such-page.md" in result.stderr

    docs.build(tmp_path / "src", tmp_path / "site")
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](index.md#no-such-anchor)\n", encoding="utf-8")
    result = mkdocs_build(tmp_path / "src" / "mkdocs.yml")
    assert result.returncode != 0
    assert "no-such-anchor" in result.stderr


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_broken_links_anchors_and_foreign_fetches_are_found(site_copy: Path) -> None:
    home = site_copy / "index.html"
    _edit(
        home,
        "</body>",
        '<a href="reference/no-such-package/">x</a><a href="getting-started/#no-such-anchor">y</a>'
        '<script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" href="//fonts.example.com/f.css">'
        "</body>",
    )
    problems = docs_site.link_problems(site_copy)
    assert any("'reference/no-such-package/' points to a missing file" in p for p in problems), problems
    assert any("no anchor #no-such-anchor" in p for p in problems), problems
    assert any("https://cdn.example.com/x.js" in p and "another host" in p for p in problems), problems
    assert any("//fonts.example.com/f.css" in p and "another host" in p for p in problems), problems
    assert docs_site.main(["--site", str(site_copy), "--no-browser"]) == 1


def test_stylesheets_loading_fonts_from_another_host_are_found(site_copy: Path) -> None:
    sheet = next((site_copy / "assets" / "stylesheets").glob("main.*.css"))
    sheet.write_text('@import "https://fonts.example.com/css?family=Roboto";' + sheet.read_text(encoding="utf-8"))
    _edit(
        site_copy / "index.html",
        "</head>",
        "<style>@font-face{font-family:x;src:url(https://fonts.example.com/x.woff2)}</style></head>",
    )
    problems = docs_site.link_problems(site_copy)
    assert any(p.startswith("assets/stylesheets/main.") and "fonts.example.com/css" in p for p in problems), problems
    assert any(p.startswith("index.html") and "fonts.example.com/x.woff2" in p for p in problems), problems
    assert docs_site.main(["--site", str(site_copy), "--no-browser"]) == 1


def test_a_missing_or_doubled_operation_is_found(site_copy: Path) -> None:
    page = site_copy / "reference" / "qlik-qrs-client" / "data_connections" / "index.html"
    _edit(page, 'data-operation-id="getDataConnections"', "")
    _edit(page, 'data-operation-id="getDataConnection"', 'data-operation-id="deleteDataConnection"')
    _count, problems = docs_site.operation_problems(site_copy)
    assert "operation getDataConnections is missing from the reference" in problems
    assert "operation getDataConnection is missing from the reference" in problems
    assert "operation deleteDataConnection appears 2 times in the reference" in problems
    assert docs_site.main(["--site", str(site_copy), "--no-browser"]) == 1


def test_the_browser_check_sees_console_errors_foreign_requests_and_a_failing_search(site_copy: Path) -> None:
    assert docs_site.CHROMIUM.exists() and docs_site.CHROMEDRIVER.exists(), "install chromium and chromium-driver"
    # 192.0.2.0/24 is reserved for documentation: nothing answers, the request attempt is what counts.
    _edit(site_copy / "index.html", "</body>", '<script>throw new Error("docs-check-probe")</script></body>')
    _edit(site_copy / "index.html", "</body>", '<img src="http://192.0.2.1/pixel.png"></body>')
    (site_copy / "search" / "search_index.json").write_text(
        '{"config": {"lang": ["en"], "separator": "[\\\\s]+"}, "docs": []}', encoding="utf-8"
    )
    problems = docs_site.browser_problems(site_copy, site_copy.parent / "shots")
    assert any("console error" in p and "docs-check-probe" in p for p in problems), problems
    assert any("requested http://192.0.2.1/pixel.png" in p for p in problems), problems
    assert any("did not list data_connections.list" in p for p in problems), problems
    assert (site_copy.parent / "shots" / "home.png").stat().st_size > 0


# ---------------------------------------------------------------------------------------------- content


def _functions(tree: ast.Module, class_name: str, name: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return [f for f in node.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.name == name]
    raise AssertionError(f"no class {class_name}")


def _argument(a: ast.arg, default: ast.expr | None) -> str:
    text = a.arg + (f": {ast.unparse(a.annotation)}" if a.annotation else "")
    return text + (f" = {ast.unparse(default)}" if default is not None else "")


def _definition(f: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """``def name(params) -> T`` of a parsed function, spelled as ``reference.definition`` spells it."""
    args = f.args
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    parts = [_argument(a, d) for a, d in zip(args.posonlyargs, defaults, strict=False)]
    if args.posonlyargs:
        parts.append("/")
    parts += [_argument(a, d) for a, d in zip(args.args, defaults[len(args.posonlyargs) :], strict=True)]
    if args.kwonlyargs:
        parts.append("*")
    parts += [_argument(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    if args.kwarg:
        parts.append("**" + _argument(args.kwarg, None))
    prefix = "async def" if isinstance(f, ast.AsyncFunctionDef) else "def"
    return f"{prefix} {f.name}({', '.join(parts)}) -> {ast.unparse(f.returns) if f.returns else 'None'}"


def _is_overload(f: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "overload" for d in f.decorator_list)


@pytest.fixture(scope="module", params=WITH_RESOURCES)
def bound(request: pytest.FixtureRequest) -> tuple[Any, dict[str, Any]]:
    service = SERVICES[request.param]
    return service, docs.bound_tree(service)


def test_every_documented_signature_is_the_generated_one(bound: tuple[Any, dict[str, Any]]) -> None:
    """The reference and api.md spell each method from the bound data: that spelling is the generated code's."""
    service, data = bound
    checked = 0
    for r in data["facade_resources"]:
        module = service.project_dir / service.package_name / "resources" / f"{r['attribute']}.py"
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for is_async in (False, True):
            class_name = ("Async" if is_async else "") + r["class_name"]
            for m in r["methods"]:
                functions = _functions(tree, class_name, m["name"])
                overloads = [f for f in functions if _is_overload(f)]
                (impl,) = [f for f in functions if not _is_overload(f)]
                if reference.variants(m) == ["plain"]:
                    assert _definition(impl) == reference.definition(m, "plain", is_async=is_async)
                else:
                    assert _definition(overloads[0]) == reference.definition(m, "model", is_async=is_async)
                    if not is_async:  # the sync implementation lists every field: the "fields" form's names
                        fields = [a.arg for a in impl.args.kwonlyargs][len(m["keywords"]) :]
                        documented = [p.split(":")[0] for p in reference.parameters(m, "fields")]
                        assert documented[-len(fields) :] == fields
                checked += 1
    assert checked == 2 * sum(len(r["methods"]) for r in data["facade_resources"])


def test_every_method_is_documented_with_its_path_and_inferred_note(bound: tuple[Any, dict[str, Any]]) -> None:
    service, data = bound
    pages = docs.reference_pages(service, data)
    api_md = (service.project_dir / "api.md").read_text(encoding="utf-8")
    for r in data["facade_resources"]:
        page = pages[f"{r['attribute']}.md"]
        for m in r["methods"]:
            section = page.split(f'data-operation-id="{m["operation_id"]}"', 1)[1].split("\n## ", 1)[0]
            assert f"`{m['http_method']} {m['path']}`" in section
            assert ("path_overrides" in section) == m["inferred"], m["operation_id"]
            assert "**Raises**" in section and "`ApiError`" in section
            for v in reference.variants(m):
                call = reference.call(m, v, f"{reference.RECEIVERS[service.client]}.{r['attribute']}")
                assert f"`{call}`" in api_md


def test_an_inferred_path_names_its_path_overrides_key() -> None:
    service = SERVICES["qalyptus-cloud"]
    data = docs.bound_tree(service)
    inferred = [(r, m) for r in data["facade_resources"] for m in r["methods"] if m["inferred"]]
    assert len(inferred) == 164
    r, m = inferred[0]
    section = docs.method_section(service, r, m, [])
    assert f'path_overrides={{"{m["operation_id"]}": "/the/right/path"}}' in section


@pytest.mark.parametrize("name", WITH_RESOURCES)
def test_the_sdist_carries_api_md(name: str) -> None:
    service = SERVICES[name]
    project = service.project_name.replace("-", "_")
    sdist = ROOT / "dist" / f"{project}-{service.package_version}.tar.gz"
    if not sdist.is_file():
        pytest.fail(f"{sdist.relative_to(ROOT)} not found; run make first")
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"{project}-{service.package_version}/api.md")
        assert member is not None
        assert member.read() == (service.project_dir / "api.md").read_bytes()


@pytest.mark.slow
def test_the_python_blocks_of_the_pages_pass_mypy_strict(tmp_path: Path) -> None:
    """The examples on the site are code a user copies: each block is a module that type-checks as it is."""
    pages = sorted((ROOT / "docs").rglob("*.md"))
    written = 0
    for page in pages:
        for number, code in enumerate(docs_site_blocks(page.read_text(encoding="utf-8")), 1):
            name = "_".join(page.relative_to(ROOT / "docs").with_suffix("").parts).replace("-", "_")
            (tmp_path / f"docs_{name}_{number}.py").write_text(code, encoding="utf-8")
            written += 1
    assert written >= 10
    packages = [str(ROOT / "clients" / s.project_name) for s in SERVICES.values()]
    command = [
        sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(ROOT / "build" / "mypy" / "docs"), str(tmp_path),
    ]  # fmt: skip
    environment = {**os.environ, "MYPYPATH": os.pathsep.join(packages)}
    result = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def docs_site_blocks(text: str) -> list[str]:
    import re

    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)
