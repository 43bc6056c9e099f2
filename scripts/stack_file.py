"""The stack file `make up` runs a stack with, written to the state directory, never to the repo.

    python3 scripts/stack_file.py STACK STATE_DIR [--embedded [--app guestbook]]

The repo's stacks/Pulumi.<stack>.yaml holds what a stack is (its config) and nothing of one
machine. What Pulumi keeps per machine, the passphrase provider's salt (which belongs to the
passphrase in the state directory), lives in STATE_DIR/stack-init/Pulumi.<stack>.yaml, written by
`pulumi stack init` there (scripts/pulumi-local.sh). This script joins the two, plus the embedded
cluster's keys when deploying there (cluster/embedded_config.py), into
STATE_DIR/stacks/Pulumi.<stack>.yaml, passed to the CLI with --config-file. A stack created
elsewhere (a shared backend and passphrase) has no salt here: the CLI then takes its secrets
provider from the stack's state (PULUMI_FALLBACK_TO_STATE_SECRETS_MANAGER).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "cluster"))
from embedded_config import overlay, real_node  # noqa: E402

PROJECT = "stateful-app"
SECRETS_PROVIDER_KEYS = ("encryptionsalt", "encryptedkey", "secretsprovider")


def _document(path: Path) -> dict[str, object]:
    loaded = yaml.safe_load(path.read_text()) if path.exists() else None
    return dict(loaded or {})


def repo_stack_file(stack: str) -> Path:
    return ROOT / "stacks" / f"Pulumi.{stack}.yaml"


def machine_state(stack: str, state_dir: Path) -> dict[str, object]:
    """The secrets-provider keys `pulumi stack init` wrote in the state directory (if it did)."""
    written = _document(state_dir / "stack-init" / f"Pulumi.{stack}.yaml")
    return {key: written[key] for key in SECRETS_PROVIDER_KEYS if key in written}


def stack_document(
    stack: str, state_dir: Path, node: dict[str, str] | None = None, app: str | None = None
) -> dict[str, object]:
    """The repo's stack file with this machine's secrets provider, and the embedded cluster's
    keys over its config when node is given (what cluster/up.sh wrote about the real node), with
    app's keys when app is given (`make up APP=guestbook`)."""
    repo = _document(repo_stack_file(stack))
    committed = [key for key in SECRETS_PROVIDER_KEYS if key in repo]
    if committed:
        raise SystemExit(
            f"{repo_stack_file(stack)}: {', '.join(committed)} belongs to one machine's secrets "
            "provider and must not be in the repo; delete it (docs/state-and-toolchain.md)"
        )
    # Values as the stack file types them: Pulumi checks them against Pulumi.yaml's declared
    # types, and a boolean made a string ("True") is refused.
    config: dict[str, object] = dict(repo.get("config") or {})  # type: ignore[call-overload]
    if node is not None:
        keys = overlay(config, node, app)
        config.update({f"{PROJECT}:{key}": value for key, value in keys.items()})
    elif app:
        raise SystemExit(
            f"APP={app} runs on the embedded cluster only (KUBECONFIG is set): on your cluster, "
            "set webImage and the web* keys in the stack file (README: Running your own "
            "application)"
        )
    return {**repo, **machine_state(stack, state_dir), "config": config}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stack")
    parser.add_argument("state_dir", type=Path)
    parser.add_argument("--embedded", action="store_true", help="add the embedded cluster's keys")
    parser.add_argument("--app", help="run this app in the web tier (embedded cluster: guestbook)")
    args = parser.parse_args()
    node = real_node() if args.embedded else None
    document = stack_document(args.stack, args.state_dir, node, args.app or None)
    out = args.state_dir / "stacks" / f"Pulumi.{args.stack}.yaml"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(document, sort_keys=False))
    print(out)


if __name__ == "__main__":
    main()
