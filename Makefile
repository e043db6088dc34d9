# specs/ -> generator/ -> clients/ -> dist/.  `make` builds everything, `make test` checks everything.
# Every target depends on its inputs, so a second `make` with nothing changed does no work.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
.DELETE_ON_ERROR:

PYTHON_BOOTSTRAP ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
GENERATOR_SOURCES := $(wildcard generator/*.py) LICENSE $(shell find generator/templates generator/runtime -type f -not -path '*/__pycache__/*' | sort)
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export RUFF_NO_CACHE := true
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: all venv generate wheels sdists matrix test check-generated check-committed lint typecheck clean demo bench reconcile \
  docs docs-check docs-browser

all: generate wheels sdists

# ---------------------------------------------------------------------------------------------- tools
$(VENV_STAMP): requirements-dev.txt
	$(PYTHON_BOOTSTRAP) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(VENV_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# ---------------------------------------------------------------------------------------------- service facts
# SERVICES, and spec_/project_/package_/wheel_<service>, read from generator/services/*.yaml by the validating
# loader (a bad config fails here, naming the file and the key). Make rebuilds it before reading it.
SERVICES_MK := build/services.mk
$(SERVICES_MK): $(wildcard generator/services/*.yaml) generator/config.py $(VENV_STAMP)
	@mkdir -p $(@D)
	$(PY) -m generator.config makefile > $@.tmp && mv $@.tmp $@
ifeq ($(filter clean,$(MAKECMDGOALS)),)
include $(SERVICES_MK)
endif

# ---------------------------------------------------------------------------------------------- generation
# prepare: specs/X.yaml -> build/prepared/<service>.json (what the generator reads)
# build:   build/prepared/<service>.json -> clients/<project>/ (stamp records success)
define SERVICE_RULES
build/prepared/$(1).json: $(spec_$(1)) generator/services/$(1).yaml generator/prepare.py generator/openapi.py $(VENV_STAMP)
	$(PY) -m generator.generate prepare $(1)

build/stamps/$(1).generated: build/prepared/$(1).json $(spec_$(1)) generator/services/$(1).yaml $(GENERATOR_SOURCES) $(VENV_STAMP)
	$(PY) -m generator.generate build $(1)
	@mkdir -p $$(@D) && touch $$@

$(wheel_$(1)): build/stamps/$(1).generated
	@mkdir -p dist
	$(PY) -m build --wheel --no-isolation --outdir dist clients/$(project_$(1)) >build/wheel-$(1).log 2>&1 \
	  || { cat build/wheel-$(1).log >&2; exit 1; }
	@test -f $$@ || { echo "expected wheel $$@ was not built" >&2; exit 1; }

# The sdist after the wheel (order only): two builds in one project directory at once could see each other's files.
$(sdist_$(1)): build/stamps/$(1).generated | $(wheel_$(1))
	$(PY) -m build --sdist --no-isolation --outdir dist clients/$(project_$(1)) >build/sdist-$(1).log 2>&1 \
	  || { cat build/sdist-$(1).log >&2; exit 1; }
	@test -f $$@ || { echo "expected sdist $$@ was not built" >&2; exit 1; }
endef
$(foreach s,$(SERVICES),$(eval $(call SERVICE_RULES,$(s))))

GENERATED_STAMPS := $(SERVICES:%=build/stamps/%.generated)
WHEELS := $(foreach s,$(SERVICES),$(wheel_$(s)))
SDISTS := $(foreach s,$(SERVICES),$(sdist_$(s)))

generate: $(GENERATED_STAMPS)

wheels: $(WHEELS)

sdists: $(SDISTS)

# Render every package afresh into a temporary folder and fail on any difference with clients/ as it is on
# disk (changed, missing or extra files, with a diff). Works on uncommitted output of `make generate`.
check-generated: $(VENV_STAMP)
	$(PY) -m generator.generate check $(SERVICES)

# CI, after `make all` regenerated clients/: what is committed must be exactly what the generator produced,
# so a committed hand edit, a deleted or a stray file fails the run.
check-committed:
	@if [ -n "$$(git status --porcelain --untracked-files=all -- clients)" ]; then \
	  echo "the committed clients/ is not what specs/ and generator/ produce:" >&2; \
	  git status --short --untracked-files=all -- clients >&2; \
	  git --no-pager diff -- clients | head -n 200 >&2; \
	  echo "Fix: run 'make generate' and commit clients/ (git add -A clients)." >&2; \
	  exit 1; \
	fi
	@echo "committed clients/ matches specs/ and generator/"

# ---------------------------------------------------------------------------------------------- checks
lint: $(VENV_STAMP) $(GENERATED_STAMPS)
	$(BIN)/ruff check generator tests $(wildcard bench examples)
	$(BIN)/ruff format --check generator tests $(wildcard bench examples)
	@for d in clients/*/; do (cd $$d && ../../$(BIN)/ruff check --no-cache . && ../../$(BIN)/ruff format --no-cache --check .) || exit 1; done

# The runtime as source (it is what the packages copy), then each generated package.
typecheck: $(VENV_STAMP) $(GENERATED_STAMPS)
	$(BIN)/mypy --strict --cache-dir build/mypy/runtime generator/runtime
	@set -e; $(foreach s,$(SERVICES),echo "mypy --strict clients/$(project_$(s))/$(package_$(s))"; \
	  (cd clients/$(project_$(s)) && ../../$(BIN)/mypy --strict --cache-dir ../../build/mypy/$(package_$(s)) $(package_$(s)));)

test: all $(NODE_STAMP) check-generated lint typecheck matrix docs-check
	$(BIN)/python -m pytest tests

# Support matrix: the wheels in fresh venvs (build/matrix/) of every CPython >= 3.11 found, with the newest and with
# the declared minimum dependency versions, each running tests/smoke/smoke_suite.py. Absent versions print SKIP.
matrix: $(WHEELS) $(VENV_STAMP)
	$(PY) tests/smoke/matrix.py

# ---------------------------------------------------------------------------------------------- documentation
# The static site (build/docs/): the pages of docs/, a reference section per package generated from its resource
# tree, the changelog. Built with the pinned MkDocs/Material/mkdocstrings of the venv, warnings as errors
# (not --quiet: it hides the warnings from --strict too).
DOCS_SOURCES := $(shell find docs -type f | sort) CHANGELOG.md generator/docs.py generator/reference.py
DOCS_STAMP := build/stamps/docs.built
$(DOCS_STAMP): $(DOCS_SOURCES) $(GENERATED_STAMPS) $(VENV_STAMP)
	$(PY) -m generator.docs --output build/docs-src
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --config-file build/docs-src/mkdocs.yml
	@mkdir -p $(@D) && touch $@

docs: $(DOCS_STAMP)

# The built site checked: links and anchors, every operation once, no fetch from another host, and a headless
# Chromium (the distribution's chromium + chromium-driver) loading pages and searching; screenshots in build/docs-check/.
docs-check: $(DOCS_STAMP)
	$(PY) tests/docs_site.py --site build/docs --screenshots build/docs-check

# The browser docs-check drives, from the distribution (root, or sudo); nothing to do when both are there.
docs-browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  as_root=""; [ "$$(id -u)" -eq 0 ] || as_root="sudo"; \
	  $$as_root apt-get update && \
	  $$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver; \
	fi
	/usr/bin/chromium --version

clean:
	rm -rf build dist $(VENV) node_modules

# ---------------------------------------------------------------------------------------------- reconcile
# Compare a spec with the vendor's OpenAPI document and/or a probe report; APPLY=1 rewrites what differs.
#   make reconcile SERVICE=qalyptus-cloud VENDOR_SPEC=openapi.json [PROBE_REPORT=probe.json] [APPLY=1] [MARK_SAME=1]
reconcile: $(VENV_STAMP)
	@test -n "$(SERVICE)" || { echo "usage: make reconcile SERVICE=<name> VENDOR_SPEC=<file> [PROBE_REPORT=<file>] [APPLY=1]" >&2; exit 2; }
	$(PY) -m generator.reconcile $(SERVICE) $(if $(VENDOR_SPEC),--vendor-spec $(VENDOR_SPEC)) \
	  $(if $(PROBE_REPORT),--probe-report $(PROBE_REPORT)) $(if $(filter 1 yes true,$(APPLY)),--apply) \
	  $(if $(filter 1 yes true,$(MARK_SAME)),--mark-same)

# ---------------------------------------------------------------------------------------------- demo, benchmarks
# The four clients used as a downstream app would, against spec-driven mock servers started for the run.
demo: all $(NODE_STAMP)
	$(PY) examples/demo.py

bench: all
	$(PY) bench/run.py
