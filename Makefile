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
SERVICES := $(basename $(notdir $(wildcard generator/services/*.yaml)))
# spec of each service, read from its config
spec_of = $(shell sed -n 's/^spec: *//p' generator/services/$(1).yaml)
project_of = $(shell sed -n 's/^project_name: *//p' generator/services/$(1).yaml)
package_of = $(shell sed -n 's/^package_name: *//p' generator/services/$(1).yaml)
version_of = $(shell sed -n 's/^package_version: *//p' generator/services/$(1).yaml)

GENERATOR_SOURCES := generator/generate.py generator/prepare.py generator/facade.py \
  $(shell find generator/templates -type f | sort) $(shell find generator/runtime -name "*.py" | sort)
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export RUFF_NO_CACHE := true
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: all venv generate wheels test check-generated lint typecheck clean demo bench

all: generate wheels

# ---------------------------------------------------------------------------------------------- tools
$(VENV_STAMP): requirements-dev.txt
	$(PYTHON_BOOTSTRAP) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(VENV_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# ---------------------------------------------------------------------------------------------- generation
# prepare: specs/X.yaml -> build/prepared/<service>.json (what the generator reads)
# build:   build/prepared/<service>.json -> clients/<project>/ (stamp records success)
define SERVICE_RULES
build/prepared/$(1).json: $(call spec_of,$(1)) generator/services/$(1).yaml generator/prepare.py $(VENV_STAMP)
	$(PY) -m generator.generate prepare $(1)

build/stamps/$(1).generated: build/prepared/$(1).json $(call spec_of,$(1)) generator/services/$(1).yaml $(GENERATOR_SOURCES) $(VENV_STAMP)
	$(PY) -m generator.generate build $(1)
	@mkdir -p $$(@D) && touch $$@

dist/$(subst -,_,$(call project_of,$(1)))-$(call version_of,$(1))-py3-none-any.whl: build/stamps/$(1).generated
	@mkdir -p dist
	$(PY) -m build --wheel --no-isolation --outdir dist clients/$(call project_of,$(1)) >build/wheel-$(1).log 2>&1 \
	  || { cat build/wheel-$(1).log >&2; exit 1; }
	@test -f $$@ || { echo "expected wheel $$@ was not built" >&2; exit 1; }
endef
$(foreach s,$(SERVICES),$(eval $(call SERVICE_RULES,$(s))))

GENERATED_STAMPS := $(SERVICES:%=build/stamps/%.generated)
WHEELS := $(foreach s,$(SERVICES),dist/$(subst -,_,$(call project_of,$(s)))-$(call version_of,$(s))-py3-none-any.whl)

generate: $(GENERATED_STAMPS)

wheels: $(WHEELS)

# Regenerate from scratch and fail on any changed, missing or untracked file under clients/.
check-generated: $(VENV_STAMP)
	$(PY) -m generator.generate build --fresh $(SERVICES)
	@if [ -n "$$(git status --porcelain --untracked-files=all -- clients)" ]; then \
	  echo "clients/ is out of date with specs/ and generator/:" >&2; \
	  git status --short --untracked-files=all -- clients >&2; \
	  git --no-pager diff --stat -- clients >&2; \
	  mkdir -p build && git --no-pager diff -- clients > build/clients.diff; head -n 200 build/clients.diff >&2; \
	  echo "Fix: run 'make generate' and commit clients/ (git add -A clients)." >&2; \
	  exit 1; \
	fi
	@echo "clients/ matches specs/ and generator/"

# ---------------------------------------------------------------------------------------------- checks
lint: $(VENV_STAMP) $(GENERATED_STAMPS)
	$(BIN)/ruff check generator tests $(wildcard bench examples)
	$(BIN)/ruff format --check generator tests $(wildcard bench examples)
	@for d in clients/*/; do (cd $$d && ../../$(BIN)/ruff check --no-cache . && ../../$(BIN)/ruff format --no-cache --check .) || exit 1; done

typecheck: $(VENV_STAMP) $(GENERATED_STAMPS)
	$(BIN)/mypy --strict --cache-dir build/mypy/runtime generator/runtime
	@for s in $(SERVICES); do \
	  p=$$(sed -n 's/^project_name: *//p' generator/services/$$s.yaml); \
	  k=$$(sed -n 's/^package_name: *//p' generator/services/$$s.yaml); \
	  echo "mypy --strict clients/$$p/$$k"; \
	  (cd clients/$$p && ../../$(BIN)/mypy --strict --cache-dir ../../build/mypy/$$k $$k) || exit 1; \
	done

test: all $(NODE_STAMP) check-generated lint typecheck
	$(BIN)/python -m pytest tests

clean:
	rm -rf build dist $(VENV) node_modules

# ---------------------------------------------------------------------------------------------- demo, benchmarks
# The four clients used as a downstream app would, against spec-driven mock servers started for the run.
demo: all $(NODE_STAMP)
	$(PY) examples/demo.py

bench: all
	$(PY) bench/run.py
