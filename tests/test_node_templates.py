"""The real node's config templates (cluster/templates/) rendered by cluster/common.sh's
render_template the way cluster/real-node.sh does: every variable filled in, each file still
parses in its own format, and a variable that is not set stops the render by name."""

import json
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "cluster" / "templates"
# What real-node.sh sets before write_configs (common.sh sets the addresses and names).
NODE_VARIABLES = 'node_dir="$OUT" sock="$OUT/containerd.sock" pki=/pki PAUSE_IMAGE_TAG=pause:local'
PARSERS = {
    "containerd.toml": tomllib.loads,
    "10-stateful-app.conflist": json.loads,
    "kubelet.yaml": yaml.safe_load,
    "kube-proxy.yaml": yaml.safe_load,
    "Corefile": str,
}


def render(name: str, out: Path, variables: str = NODE_VARIABLES) -> subprocess.CompletedProcess:
    script = f'. cluster/common.sh; OUT={out}; {variables}; render_template {name} "$OUT/{name}"'
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(out), "LOCAL_CLUSTER_HOME": str(out / "cluster")},
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_every_template_has_a_parser() -> None:
    assert sorted(p.name for p in TEMPLATES.iterdir()) == sorted(PARSERS)


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_template_renders_completely_and_parses(name: str, tmp_path: Path) -> None:
    result = render(name, tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / name).read_text()
    assert "${" not in text
    assert str(tmp_path) in text or name in ("kube-proxy.yaml", "Corefile")
    assert "10.244.0.1" in text or name == "containerd.toml"  # REAL_NODE_IP from common.sh
    PARSERS[name](text)


def test_kubelet_config_values(tmp_path: Path) -> None:
    assert render("kubelet.yaml", tmp_path).returncode == 0
    kubelet = yaml.safe_load((tmp_path / "kubelet.yaml").read_text())
    assert kubelet["containerRuntimeEndpoint"] == f"unix://{tmp_path}/containerd.sock"
    assert kubelet["clusterDNS"] == ["10.0.0.10"]
    assert kubelet["registerWithTaints"][0]["key"] == "stateful-app/real-node"


def test_unset_variable_stops_the_render_by_name(tmp_path: Path) -> None:
    result = render("containerd.toml", tmp_path, variables='node_dir="$OUT" pki=/pki')
    assert result.returncode != 0
    assert "${PAUSE_IMAGE_TAG} is not set" in result.stderr or "${sock} is not set" in result.stderr
    assert not (tmp_path / "containerd.toml").exists()
