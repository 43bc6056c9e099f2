# Entry points named in the README. Python tooling lives in .venv (never committed); the Go-built
# toolchain and the local cluster live in caches outside the repo (see toolchain/env.sh).
SHELL := /bin/bash
STACK ?= dev
VENV := .venv
PY := $(VENV)/bin/python
PULUMI := scripts/pulumi-local.sh $(STACK)

.PHONY: deps traffic-deps test lint typecheck unit e2e bench bench-deploy bench-dataplane toolchain cluster-up cluster-down up preview destroy outputs

## The nginx image's rootfs too: tests/test_nginx_syntax.py runs its nginx (cached: no download).
deps: $(VENV)/.installed
	@bash images/build.sh nginx

$(VENV)/.installed: requirements.txt requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

## The README's test command: lint, type check, unit tests under mocks (no cluster needed).
test: lint typecheck unit

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: deps
	$(VENV)/bin/mypy

unit: deps
	$(PY) -m pytest

## What the traffic tests and the data-plane benchmark drive (Debian packages): a browser, wrk.
traffic-deps:
	@command -v chromium >/dev/null && command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium wrk >/dev/null; }

## End-to-end: the real engine and providers against the local cluster (builds what is missing).
e2e: deps toolchain traffic-deps
	$(PY) -m pytest -m e2e -o addopts="" tests/e2e -v

bench: deps
	$(PY) benchmarks/mock_eval.py

## The real engine vs kubectl apply on the local cluster (~15 min).
bench-deploy: deps toolchain
	$(PY) benchmarks/deploy.py

## Requests through the real node: generated LB vs the tutorial's config vs one web pod (~3 min).
bench-dataplane: deps toolchain traffic-deps
	$(PY) benchmarks/dataplane.py

toolchain:
	bash toolchain/build-pulumi.sh
	bash toolchain/build-kube.sh

cluster-up: toolchain
	bash cluster/up.sh

cluster-down:
	bash cluster/down.sh

## The README's main command: deploy STACK (embedded local cluster unless KUBECONFIG is set).
up: deps toolchain
	$(PULUMI) up --yes --skip-preview
	$(PULUMI) stack output --show-secrets=false

preview: deps toolchain
	$(PULUMI) preview --diff

destroy: deps toolchain
	$(PULUMI) destroy --yes --skip-preview

outputs:
	$(PULUMI) stack output
