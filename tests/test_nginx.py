"""components/nginx.py: the nginx configs of the load balancer, the asset tier and the web demo."""

import subprocess
from typing import Any

from components import nginx


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
    assert "proxy_next_upstream error timeout;" in config  # an application's 5xx is its answer
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
