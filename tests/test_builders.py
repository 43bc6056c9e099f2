"""Pure builders: labels, security, nginx configs, MongoDB pieces, NetworkPolicies."""

import subprocess
from pathlib import Path
from typing import Any

import pytest

from components import app_users, mongo, nginx
from components import k8s as kb
from components.app_users import AppUser
from components.checks import image_problem
from components.network import TierSelectors, network_policies


def test_labels_carry_the_selector_and_the_image_version() -> None:
    labels = kb.labels("mongodb", "db", "database", "mongo:7.0.14")
    assert kb.selector_labels("mongodb", "db").items() <= labels.items()
    assert labels["app.kubernetes.io/version"] == "7.0.14"
    assert "app.kubernetes.io/version" not in kb.selector_labels("mongodb", "db")


def test_container_security_is_restricted() -> None:
    sc = kb.container_security()
    assert sc.allow_privilege_escalation is False and sc.read_only_root_filesystem is True
    assert sc.capabilities.drop == ["ALL"] and sc.run_as_non_root is True  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("image", "ok"),
    [
        ("mongo:7.0.14", True),
        ("repo/x@sha256:" + "a" * 64, True),
        ("repo/x:1.2@sha256:" + "0" * 64, True),
        ("repo/x@sha256:abc", False),
        ("mongo", False),
        ("mongo:latest", False),
        ("registry:5000/mongo", False),
    ],
)
def test_images_must_be_pinned(image: str, ok: bool) -> None:
    assert (image_problem(image) is None) is ok, image


def test_load_balancer_config_routes_to_the_named_services() -> None:
    config = nginx.load_balancer_config(
        nginx.Upstream("web", "web-pods.ns.svc.cluster.local", 8080),
        nginx.Upstream("assets", "assets-pods.ns.svc.cluster.local", 8081),
    )
    assert "server web-pods.ns.svc.cluster.local:8080 resolve" in config
    assert "server assets-pods.ns.svc.cluster.local:8081 resolve" in config
    assert config.index("location /assets/") < config.index("location / ")
    assert "keepalive 16;" in config and "location = /healthz" in config


def test_load_balancer_fails_over_within_a_bounded_time() -> None:
    config = nginx.load_balancer_config(
        nginx.Upstream("web", "w", 8080), nginx.Upstream("assets", "a", 8080), upstream_timeout=3
    )
    # One server per pod, sharing failure state across workers, re-resolved by the cluster DNS.
    assert config.count("zone ") == 2 and f"include {nginx.RESOLVER_INCLUDE};" in config
    assert "proxy_next_upstream error timeout http_502 http_503 http_504;" in config
    assert "proxy_read_timeout 3s;" in config and "proxy_connect_timeout 2s;" in config
    # A request never waits longer than tries x timeout: a frozen pod costs seconds, not 60.
    assert "proxy_next_upstream_timeout 8s;" in config and "proxy_read_timeout 60s" not in config


def test_load_balancer_is_ready_only_when_a_web_pod_answers_through_it() -> None:
    config = nginx.load_balancer_config(nginx.Upstream("web", "w", 1), nginx.Upstream("a", "a", 2))
    ready = config[config.index(f"location = {nginx.READY_PATH}") :]
    assert ready.index("proxy_pass http://web/healthz;") < ready.index("}")


def test_every_nginx_keeps_the_client_host_and_port_in_redirects() -> None:
    configs = [
        nginx.web_demo_config(),
        nginx.assets_config(),
        nginx.load_balancer_config(nginx.Upstream("w", "w", 1), nginx.Upstream("a", "a", 2)),
    ]
    assert all("absolute_redirect off;" in config for config in configs)
    assert "proxy_set_header Host $client_host;" in configs[2]
    assert "map $http_host $client_host" in configs[2]


def test_resolver_command_uses_the_pods_nameserver(tmp_path: Any) -> None:
    resolv = tmp_path / "resolv.conf"
    resolv.write_text("search ns.svc.cluster.local\nnameserver 10.96.0.10\nnameserver 1.1.1.1\n")
    include = tmp_path / "resolver.conf"
    command = (
        nginx.RESOLVER_COMMAND.replace("/etc/resolv.conf", str(resolv))
        .replace(nginx.RESOLVER_INCLUDE, str(include))
        .replace("exec nginx", "exec echo nginx")
    )
    result = subprocess.run(
        ["sh", "-c", command, "/etc/nginx/app/nginx.conf"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert include.read_text() == "resolver 10.96.0.10 valid=2s ipv6=off;\n"
    assert result.stdout.strip() == "nginx -c /etc/nginx/app/nginx.conf -g daemon off;"


def test_web_demo_page_names_the_pod_and_shows_the_asset_image() -> None:
    config = nginx.web_demo_config()
    assert "$hostname" in config and 'src="/assets/cats.png"' in config


def test_member_hosts_are_stable_dns_names_in_the_cluster_domain() -> None:
    assert mongo.member_hosts("db", "db", "ns", 3, "cluster.local") == [
        f"db-{i}.db.ns.svc.cluster.local:27017" for i in range(3)
    ]
    assert mongo.member_hosts("db", "db", "ns", 1, "corp.internal") == [
        "db-0.db.ns.svc.corp.internal:27017"
    ]


@pytest.mark.parametrize(
    ("size", "oplog"), [("512Mi", 51), ("1Gi", 102), ("2Gi", 204), ("10Gi", 1024), ("2G", 190)]
)
def test_oplog_takes_a_tenth_of_the_member_volume(size: str, oplog: int) -> None:
    assert mongo.oplog_size_mb(size) == oplog


@pytest.mark.parametrize("size", ["256Mi", "100M", "lots"])
def test_too_small_or_unreadable_volumes_are_refused(size: str) -> None:
    with pytest.raises(ValueError, match=size):
        mongo.oplog_size_mb(size)


def test_readiness_needs_the_configured_replica_set() -> None:
    script = mongo.ready_command("rs0")[-1]
    assert 'h.setName === "rs0"' in script and "isWritablePrimary || h.secondary" in script


def test_app_user_uri_names_its_database_and_encodes_the_password() -> None:
    user = AppUser("guestbook", "guestbook")
    uri = app_users.connection_string(user, "p@ss/w:rd%", ["a:27017", "b:27017"], "rs0")
    assert uri == (
        "mongodb://guestbook:p%40ss%2Fw%3Ard%25@a:27017,b:27017/guestbook"
        "?replicaSet=rs0&authSource=guestbook"
    )


@pytest.mark.parametrize("script", [mongo.AGENT_FILE, mongo.GATE_FILE, mongo.USERS_SCRIPT])
def test_mongosh_scripts_are_valid_javascript(script: str) -> None:
    path = Path(mongo.__file__).with_name(script)
    result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_network_policies_deny_by_default_and_allow_each_path() -> None:
    tiers = TierSelectors(
        lb={"t": "lb"}, web={"t": "web"}, assets={"t": "assets"}, db={"t": "db"}, db_gate={"t": "g"}
    )
    policies: Any = network_policies(tiers)  # Args objects: read them like plain data
    deny = policies["default-deny"]
    assert deny.pod_selector.match_labels == {} and deny.ingress == []
    web_in = policies["allow-web"].ingress[0]
    assert web_in.from_[0].pod_selector.match_labels == {"t": "lb"}
    db_in = policies["allow-db"].ingress[0]
    assert [p.pod_selector.match_labels for p in db_in.from_] == [
        {"t": "web"},
        {"t": "db"},
        {"t": "g"},
    ]
