# Entry points named in the README. Python tooling lives in .venv (never committed); the Go-built
# toolchain and the local cluster live in caches outside the repo (see toolchain/env.sh).
SHELL := /bin/bash
STACK ?= dev
VENV := .venv
PY := $(VENV)/bin/python
PULUMI := scripts/pulumi-local.sh $(STACK)
# checkov's pins conflict with pulumi's: it gets a virtualenv of its own.
CHECKOV_VENV := .venv-checkov
# The guard rails' per-stack settings (e.g. prod requires image digests), when the stack has any.
POLICY_CONFIG = $(if $(wildcard policy/config/$(STACK).json),--policy-pack-config $(CURDIR)/policy/config/$(STACK).json)

.PHONY: deps traffic-deps test lint typecheck unit test-agent mongosh bench-agent e2e bench bench-deploy bench-dataplane toolchain cluster-up cluster-down up preview checkov kube-score destroy outputs restore backups

## The nginx image's rootfs too: tests/test_nginx_syntax.py runs its nginx (cached: no download).
deps: $(VENV)/.installed $(CHECKOV_VENV)/.installed
	@bash images/build.sh nginx

$(VENV)/.installed: requirements.txt requirements-dev.txt policy/requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(CHECKOV_VENV)/.installed: requirements-checkov.txt
	python3 -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-checkov.txt
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

## The replica-set agent under the real mongosh (the mongo:7.0.14 image's release) against the
## simulated replica set (tests/replset_simulator.js); a few minutes, so a suite of its own.
MONGOSH_DIR := tests/mongosh
mongosh: $(MONGOSH_DIR)/node_modules/.installed

$(MONGOSH_DIR)/node_modules/.installed: $(MONGOSH_DIR)/package.json $(MONGOSH_DIR)/package-lock.json
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
	# No install scripts: they only build optional native add-ons (kerberos, DNS, ssh) the agent
	# does not use, and would need a compiler.
	cd $(MONGOSH_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

test-agent: deps mongosh
	$(PY) -m pytest -m replset_sim -o addopts="" tests/test_agent.py tests/test_agent_users.py \
	  tests/test_gate.py tests/test_upgrade.py tests/test_guestbook_db.py tests/test_backup_source.py \
	  tests/test_agent_rotation.py tests/test_agent_tls.py tests/test_agent_keyfile.py -v

## Peak memory of mongosh running the agent (sizes the replset-agent container).
bench-agent: deps mongosh
	$(PY) benchmarks/agent_memory.py

## What the traffic tests and the data-plane benchmark drive (Debian packages): a browser, wrk,
## and NSS's certutil (the browser trusts a stack's generated CA through its own NSS database).
traffic-deps:
	@command -v chromium >/dev/null && command -v wrk >/dev/null && command -v certutil >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium wrk libnss3-tools >/dev/null; }

## End-to-end: the real engine and providers against the local cluster (builds what is missing).
e2e: deps toolchain traffic-deps
	cd toolchain/pulumi/language-python && GOTOOLCHAIN=local GOFLAGS=-buildvcs=false go test -count=1 .
	$(PY) -m pytest -m e2e -o addopts="" tests/e2e -v

bench: deps
	$(PY) benchmarks/mock_eval.py

## The real engine vs kubectl apply on the local cluster (~15 min).
bench-deploy: deps toolchain
	$(PY) benchmarks/deploy.py

## Requests through the real node: generated LB vs the tutorial's config vs one web pod (~3 min).
bench-dataplane: deps toolchain traffic-deps
	$(PY) benchmarks/dataplane.py

## Every tool, one numbered line per missing step (up/preview/destroy build only what they need).
toolchain:
	bash toolchain/build.sh all

cluster-up:
	bash toolchain/build.sh cluster
	bash cluster/up.sh

cluster-down:
	bash cluster/down.sh

## The README's main command: deploy STACK (embedded local cluster unless KUBECONFIG is set);
## APP=guestbook runs apps/guestbook in the web tier there (scripts/pulumi-local.sh).
up: deps
	$(PULUMI) up --yes --skip-preview
	$(PULUMI) stack output --show-secrets=false

## Preview STACK with the guard rails policy pack (policy/): a mandatory violation fails it.
preview: deps
	$(PULUMI) preview --diff --policy-pack $(CURDIR)/policy $(POLICY_CONFIG)

## checkov's Kubernetes checks on every stack's objects: passed/failed/skipped per stack.
checkov: deps
	$(PY) tests/checkov_scan.py

## kube-score's default checks on every stack's objects (builds kube-score once): docs/kube-score.md.
kube-score: deps
	$(PY) tests/kube_score_scan.py

destroy: deps
	$(PULUMI) destroy --yes --skip-preview

outputs:
	$(PULUMI) stack output

## Restore a backup into STACK (docs/data-operations.md): WHAT=db|assets BACKUP=<name> CONFIRM=<name>.
restore: deps
	$(PY) scripts/restore.py --stack $(STACK) --what "$(WHAT)" --backup "$(BACKUP)" --confirm "$(CONFIRM)"

## STACK's backup CronJobs: last schedule, last success, the backups kept (reads only).
backups: deps
	$(PY) scripts/backups.py --stack $(STACK)
