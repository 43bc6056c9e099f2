"""Pure builders for the nginx configurations of the web, asset and load-balancer tiers.

Each returns a complete nginx.conf for the unprivileged image (port 8080, pid and temp files in
/tmp) so the root filesystem can stay read-only. tests/test_nginx_syntax.py runs `nginx -t` on
every configuration the program generates.
"""

from __future__ import annotations

from dataclasses import dataclass

LISTEN_PORT = 8080
HEALTH_PATH = "/healthz"
ASSETS_PREFIX = "/assets/"
ASSETS_ROOT = "/data"


def _main(server_blocks: str) -> str:
    return f"""worker_processes auto;
pid /tmp/nginx.pid;
error_log /dev/stderr warn;
events {{ worker_connections 1024; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log /dev/stdout;
  server_tokens off;
  sendfile on;
  keepalive_timeout 65s;
  client_body_temp_path /tmp/client_temp;
  proxy_temp_path /tmp/proxy_temp;
  fastcgi_temp_path /tmp/fastcgi_temp;
  uwsgi_temp_path /tmp/uwsgi_temp;
  scgi_temp_path /tmp/scgi_temp;
{server_blocks}}}
"""


def _server(locations: str) -> str:
    return f"""  server {{
    listen {LISTEN_PORT};
    location = {HEALTH_PATH} {{ access_log off; default_type text/plain; return 200 "ok\\n"; }}
{locations}  }}
"""


def web_demo_config(assets_path: str = ASSETS_PREFIX) -> str:
    """A page naming the pod that served it ($hostname) with the shared asset-tier image."""
    page = (
        "<!doctype html><html><head><title>stateful-app</title></head><body>"
        "<h1>Served by pod $hostname</h1>"
        f'<img src="{assets_path}cats.png" alt="cats from the asset tier">'
        "</body></html>"
    )
    return _main(
        _server(
            "    location / {\n"
            "      default_type text/html;\n"
            '      add_header Cache-Control "no-store";\n'
            f"      return 200 '{page}';\n"
            "    }\n"
        )
    )


def assets_config(assets_path: str = ASSETS_PREFIX) -> str:
    """Serves the persistent volume (mounted at ASSETS_ROOT) under assets_path."""
    return _main(
        _server(
            f"    location {assets_path} {{\n"
            f"      alias {ASSETS_ROOT}/;\n"
            "      expires 1h;\n"
            "    }\n"
        )
    )


@dataclass(frozen=True)
class Upstream:
    """A Service the load balancer forwards to."""

    name: str
    host: str
    port: int


def _upstream(up: Upstream) -> str:
    return (
        f"  upstream {up.name} {{\n"
        f"    server {up.host}:{up.port} max_fails=3 fail_timeout=10s;\n"
        "    keepalive 16;\n"
        "  }\n"
    )


def _proxy(path: str, up: Upstream) -> str:
    return (
        f"    location {path} {{\n"
        f"      proxy_pass http://{up.name};\n"
        "      proxy_http_version 1.1;\n"
        '      proxy_set_header Connection "";\n'
        "      proxy_set_header Host $host;\n"
        "      proxy_set_header X-Real-IP $remote_addr;\n"
        "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "      proxy_set_header X-Forwarded-Proto $scheme;\n"
        "      proxy_connect_timeout 5s;\n"
        "      proxy_send_timeout 60s;\n"
        "      proxy_read_timeout 60s;\n"
        "      proxy_next_upstream error timeout http_502 http_503;\n"
        "    }\n"
    )


def load_balancer_config(web: Upstream, assets: Upstream, assets_path: str = ASSETS_PREFIX) -> str:
    """Routes / to the web tier and assets_path to the asset tier, with upstream keepalive."""
    return _main(
        _upstream(web) + _upstream(assets) + _server(_proxy(assets_path, assets) + _proxy("/", web))
    )


def service_host(service: str, namespace: str) -> str:
    """The cluster DNS name of a Service (fully qualified so search paths never matter)."""
    return f"{service}.{namespace}.svc.cluster.local"
