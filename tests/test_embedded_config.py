"""The embedded cluster's overlay: nginx tiers on the real node, the database on fake nodes."""

from pathlib import Path

import pytest
import yaml

from components.settings import load, project_config
from embedded_config import merged_config, overlay, real_node
from mocking import ROOT, STACKS, run_program

NODE = {
    "REAL_NODE": "real-1",
    "REAL_NODE_IP": "10.123.0.1",
    "NGINX_IMAGE": "stateful-app.local/nginx-debian:1.28.0@sha256:" + "0" * 64,
}


def test_real_node_env_is_read(tmp_path: Path) -> None:
    assert real_node(tmp_path) == {}, "no real node: fake nodes only"
    (tmp_path / "real-node.env").write_text("REAL_NODE=real-1\nREAL_NODE_IP='10.1.2.3'\n")
    assert real_node(tmp_path) == {"REAL_NODE": "real-1", "REAL_NODE_IP": "10.1.2.3"}


def test_without_a_real_node_only_the_address_wait_is_dropped() -> None:
    assert overlay({"stateful-app:lbServiceType": "LoadBalancer"}, {}) == {
        "lbAwaitAddress": "false"
    }
    assert overlay({"stateful-app:lbServiceType": "NodePort"}, {}) == {}


def test_every_stack_with_the_overlay_is_valid_and_placed(tmp_path: Path) -> None:
    for stack in STACKS:
        config = merged_config(ROOT / "stacks" / f"Pulumi.{stack}.yaml", NODE)
        settings = load(project_config(config), stack)
        assert settings.nginx_image == NODE["NGINX_IMAGE"], stack
        for tier in ("web", "asset", "lb"):
            placement = settings.placement(tier)
            assert placement.node_selector == {"stateful-app/real-node": "true"}, (stack, tier)
            assert [t.key for t in placement.tolerations] == ["stateful-app/real-node"]
        assert settings.placement("db").node_selector == {"type": "kwok"}, stack
        assert not settings.placement("db").tolerations, f"{stack}: db never tolerates real-1"


def test_dev_url_points_at_the_real_node() -> None:
    config = merged_config(ROOT / "stacks" / "Pulumi.dev.yaml", NODE)
    program = run_program("dev", project_config(config))
    assert program.outputs["url"] == "http://10.123.0.1:30001/"


def test_the_stack_files_themselves_stay_cluster_neutral() -> None:
    for stack in STACKS:
        config = yaml.safe_load((ROOT / "stacks" / f"Pulumi.{stack}.yaml").read_text())["config"]
        assert not any("NodeSelector" in key or "Tolerations" in key for key in config), stack


GUESTBOOK = "stateful-app.local/guestbook:1.0.0@sha256:" + "1" * 64


def test_app_guestbook_runs_the_imported_image_in_app_mode_on_every_stack() -> None:
    """make up APP=guestbook: the web tier runs the image real-node.sh imported, probed on the
    guestbook's /healthz; every stack stays valid with it."""
    node = {**NODE, "GUESTBOOK_IMAGE": GUESTBOOK}
    for stack in STACKS:
        config = merged_config(ROOT / "stacks" / f"Pulumi.{stack}.yaml", node, "guestbook")
        app = load(project_config(config), stack).web_app()
        assert app["image"] == GUESTBOOK, stack
        assert app["readiness_probe"].path == app["liveness_probe"].path == "/healthz"
    dev = merged_config(ROOT / "stacks" / "Pulumi.dev.yaml", node, "guestbook")
    program = run_program("dev", project_config(dev))
    (container,) = program.mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"][
        "containers"
    ]
    assert container["image"] == GUESTBOOK


def test_app_without_its_image_or_a_real_node_says_what_is_missing() -> None:
    with pytest.raises(SystemExit, match=r"real-node.sh image guestbook"):
        overlay({}, NODE, "guestbook")
    with pytest.raises(SystemExit, match=r"no real node to run it on"):
        overlay({}, {}, "guestbook")
    with pytest.raises(SystemExit, match=r"APP='wordpress': must be one of guestbook"):
        overlay({}, {**NODE, "GUESTBOOK_IMAGE": GUESTBOOK}, "wordpress")
