"""Stack config for the embedded local cluster, laid over a stack's own config.

The embedded cluster (cluster/up.sh) has one real node (`real-1`, tainted so that nothing lands
there by accident) beside fake kwok nodes, and only locally built images. So that the nginx tiers
really serve there while the database members (no MongoDB image exists on these machines) stay
on fake nodes, `make up` (scripts/stack_file.py) and the e2e suite add these keys to whatever the
stack file says. On any other cluster nothing of this applies: the stack files stay as a user's
cluster needs them.

Apps (`make up APP=guestbook`, `program_stack(..., app="guestbook")`): the web tier runs an
application image the real node has instead of the nginx demo page. The image is built here and
imported on request (`cluster/real-node.sh image guestbook`), so it is a property of this machine's
cluster, like nginxImage, and any stack (dev, test, prod) can run it without a stack file that
names an image no other cluster has.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import yaml

PROJECT = "stateful-app"
REAL_NODE_LABEL = "stateful-app/real-node=true"
REAL_NODE_TAINT = "stateful-app/real-node=true:NoSchedule"
FAKE_NODE_LABEL = "type=kwok"


def cluster_home() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(os.environ.get("LOCAL_CLUSTER_HOME") or os.path.join(cache, "stateful-app-cluster"))


def real_node(home: Path | None = None) -> dict[str, str]:
    """What cluster/up.sh wrote about the real node (empty when the cluster has fake nodes only)."""
    path = (home or cluster_home()) / "real-node.env"
    if not path.exists():
        return {}
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {key.strip(): value.strip().strip("'\"") for key, value in pairs}


# The applications the real node can run in the web tier: the real-node.env entry naming the
# imported image, and the app-mode keys it needs. The guestbook's /healthz answers without the
# database, so an unreachable database never takes the pods out of the load balancer.
APPS: dict[str, tuple[str, dict[str, str]]] = {
    "guestbook": (
        "GUESTBOOK_IMAGE",
        {"webReadinessPath": "/healthz", "webLivenessPath": "/healthz"},
    ),
}


def app_keys(app: str, node: Mapping[str, str]) -> dict[str, str]:
    """The web* keys that run `app` on the real node; SystemExit saying what is missing."""
    if app not in APPS:
        raise SystemExit(f"APP={app!r}: must be one of {', '.join(APPS)} (or unset: nginx demo)")
    variable, keys = APPS[app]
    if not node:
        raise SystemExit(f"APP={app}: the embedded cluster has no real node to run it on")
    if not node.get(variable):
        raise SystemExit(
            f"APP={app}: the real node has no {app} image (cluster/real-node.sh image {app})"
        )
    return {"webImage": node[variable], **keys}


def overlay(
    stack_config: Mapping[str, object], node: dict[str, str], app: str | None = None
) -> dict[str, str]:
    """Config keys (without the project prefix) that the embedded cluster needs; with app, those
    that run it in the web tier."""
    keys: dict[str, str] = {}
    if stack_config.get(f"{PROJECT}:lbServiceType") == "LoadBalancer":
        keys["lbAwaitAddress"] = "false"  # no load-balancer controller: no address would come
    if not node:
        if app:
            app_keys(app, node)  # says why it cannot run
        return keys
    for tier in ("web", "asset", "lb"):
        keys[f"{tier}NodeSelector"] = REAL_NODE_LABEL
        keys[f"{tier}Tolerations"] = REAL_NODE_TAINT
    keys["dbNodeSelector"] = FAKE_NODE_LABEL
    keys["nginxImage"] = node["NGINX_IMAGE"]  # the only nginx image the node has
    keys["lbPublicHost"] = node["REAL_NODE_IP"]  # where the node's NodePorts answer
    if node.get("ASSET_HOST_PATH"):
        keys["assetHostPath"] = node["ASSET_HOST_PATH"]
    if app:
        keys.update(app_keys(app, node))
    return keys


def _stack_document(stack_file: Path) -> dict[str, object]:
    document = yaml.safe_load(stack_file.read_text()) if stack_file.exists() else None
    return document or {}


def merged_config(stack_file: Path, node: dict[str, str], app: str | None = None) -> dict[str, str]:
    """The stack file's config (project prefix included) with the overlay laid over it."""
    raw = _stack_document(stack_file).get("config") or {}
    config = {str(key): str(value) for key, value in dict(raw).items()}  # type: ignore[call-overload]
    config.update({f"{PROJECT}:{key}": value for key, value in overlay(config, node, app).items()})
    return config
