"""Pure builders for the nginx configurations of the web, asset and load-balancer tiers.

Each returns a complete nginx.conf for the unprivileged image (port 8080, pid and temp files in
/tmp) so the root filesystem can stay read-only. tests/test_nginx_syntax.py runs `nginx -t` on
every configuration the program generates.

Load balancing (why not proxy to the Service's ClusterIP): nginx would hold keep-alive connections
to the one virtual address, so kube-proxy's per-connection choice pins each nginx worker, and a
browser's keep-alive connection, to one pod; and with a single upstream server nginx cannot fail
over. Instead the upstream names a headless Service that nginx (>= 1.27.3, `resolve`) re-resolves
into one server per ready pod: round robin per request, a failed pod retried on the next one, and
pods followed as they come and go.
"""

from __future__ import annotations

from dataclasses import dataclass

from .checks import matches

LISTEN_PORT = 8080
# The load balancer's HTTPS listener, and where its certificate (a kubernetes.io/tls Secret) is
# mounted: tls.crt (the server certificate, then any intermediates) and tls.key.
HTTPS_PORT = 8443
TLS_DIR = "/etc/nginx/tls"
# TLS 1.2 suites: ECDHE key exchange (forward secrecy) with AEAD ciphers only, Mozilla's
# "intermediate" list without DHE (no dhparam to manage). TLS 1.3's suites are all modern and
# stay OpenSSL's. TLS 1.0/1.1 are not offered at all.
TLS12_CIPHERS = ":".join(
    (
        "ECDHE-ECDSA-AES128-GCM-SHA256",
        "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-RSA-CHACHA20-POLY1305",
    )
)
HSTS_MAX_AGE = 31536000  # one year, as HSTS preload lists expect
HEALTH_PATH = "/healthz"
# The load balancer's readiness: a web pod answers through it (see load_balancer_config).
READY_PATH = "/readyz"
ASSETS_PREFIX = "/assets/"
PATH_PREFIX = matches(r"^/([a-z0-9._-]+/)+$", "a URL path like /assets/ (leading and trailing /)")
ASSETS_ROOT = "/data"
# Written at container start from the pod's /etc/resolv.conf (see RESOLVER_COMMAND): nginx needs
# the cluster DNS server's address to re-resolve upstream names, and it differs per cluster.
RESOLVER_INCLUDE = "/tmp/resolver.conf"
# How often nginx re-resolves upstream names: bounds how long a new pod waits for traffic.
RESOLVE_VALID = "2s"


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
  # Redirects (e.g. adding a trailing slash) keep the client's host and port, never 8080.
  absolute_redirect off;
  sendfile on;
  keepalive_timeout 65s;
  client_body_temp_path /tmp/client_temp;
  proxy_temp_path /tmp/proxy_temp;
  fastcgi_temp_path /tmp/fastcgi_temp;
  uwsgi_temp_path /tmp/uwsgi_temp;
  scgi_temp_path /tmp/scgi_temp;
{server_blocks}}}
"""


def _server(locations: str, listen: str = str(LISTEN_PORT), settings: str = "") -> str:
    health = (
        f"location = {HEALTH_PATH} "
        '{ access_log off; default_type text/plain; return 200 "ok\\n"; }'
    )
    return f"""  server {{
    listen {listen};
{settings}    {health}
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
    """Pods the load balancer forwards to: a (headless) Service's DNS name and the pods' port."""

    name: str
    host: str
    port: int


def _upstream(up: Upstream) -> str:
    # zone: round-robin state and failures shared by all workers (and required by resolve).
    # max_fails=1: one failed attempt takes the pod out for fail_timeout, then it is retried.
    return (
        f"  upstream {up.name} {{\n"
        f"    zone {up.name} 64k;\n"
        f"    server {up.host}:{up.port} resolve max_fails=1 fail_timeout=10s;\n"
        "    keepalive 16;\n"
        "  }\n"
    )


def _proxy(path: str, up: Upstream, timeout: int) -> str:
    return (
        f"    location {path} {{\n"
        f"      proxy_pass http://{up.name};\n"
        "      proxy_http_version 1.1;\n"
        '      proxy_set_header Connection "";\n'
        "      proxy_set_header Host $client_host;\n"
        "      proxy_set_header X-Real-IP $remote_addr;\n"
        "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "      proxy_set_header X-Forwarded-Proto $scheme;\n"
        "      proxy_connect_timeout 2s;\n"
        f"      proxy_send_timeout {timeout}s;\n"
        f"      proxy_read_timeout {timeout}s;\n"
        # Retried on the next pod: a pod that refused, reset or timed out (dead, stopping, frozen).
        # Not an answer the application gave (a 502/503/504 when its database is down): retrying
        # it multiplies the wait by the tries, and counting it as a failure takes the pod out for
        # fail_timeout (all pods answering it: nginx's own 502 "no live upstreams").
        "      proxy_next_upstream error timeout;\n"
        "      proxy_next_upstream_tries 3;\n"
        f"      proxy_next_upstream_timeout {2 * timeout + 2}s;\n"
        "    }\n"
    )


@dataclass(frozen=True)
class Https:
    """The load balancer's HTTPS listener (port HTTPS_PORT, certificate in TLS_DIR)."""

    redirect: bool = True
    """Plain HTTP answers every request with a redirect to HTTPS (health and readiness stay)."""
    hsts: bool = False
    """Strict-Transport-Security on HTTPS answers: browsers then refuse plain HTTP to the host."""
    port_pairs: tuple[tuple[int, int], ...] = ()
    """(HTTP port, HTTPS port) as clients see them, e.g. the two node ports: a redirect from
    host:HTTP goes to host:HTTPS; from any other port to the standard 443."""


def _tls_settings() -> str:
    # Resumption from a session cache shared by the workers (TLS 1.2 session IDs, TLS 1.3
    # stateful tickets); no ticket keys, which nginx would never rotate.
    return (
        "  ssl_protocols TLSv1.2 TLSv1.3;\n"
        f"  ssl_ciphers {TLS12_CIPHERS};\n"
        "  ssl_prefer_server_ciphers off;\n"
        "  ssl_session_cache shared:tls:10m;\n"
        "  ssl_session_timeout 1h;\n"
        "  ssl_session_tickets off;\n"
    )


def _redirect_port_map(https: Https) -> str:
    # The client's own host, and the HTTPS port paired with the port it used (never 8443).
    pairs = "".join(f"    ~:{http}$ :{tls};\n" for http, tls in https.port_pairs)
    return f'  map $http_host $https_port {{\n{pairs}    default "";\n  }}\n'


def _https_server(locations: str, https: Https) -> str:
    hsts = (
        f'    add_header Strict-Transport-Security "max-age={HSTS_MAX_AGE}" always;\n'
        if https.hsts
        else ""
    )
    tls = (
        "    http2 on;\n"
        f"    ssl_certificate {TLS_DIR}/tls.crt;\n"
        f"    ssl_certificate_key {TLS_DIR}/tls.key;\n"
    )
    return _server(locations, listen=f"{HTTPS_PORT} ssl", settings=tls + hsts)


def load_balancer_config(
    web: Upstream,
    assets: Upstream,
    path_prefix: str = ASSETS_PREFIX,
    upstream_timeout: int = 5,
    web_health_path: str = HEALTH_PATH,
    https: Https | None = None,
) -> str:
    """Routes / to the web pods and path_prefix to the asset pods, one upstream server per pod.

    upstream_timeout (seconds) bounds what a frozen pod costs a request before it is retried on
    another pod; connection failures (a pod that died) are retried at once. With https, the same
    routes are served over TLS too (and plain HTTP may only redirect there)."""
    head = (
        f"  include {RESOLVER_INCLUDE};\n"
        "  resolver_timeout 2s;\n"
        "  # The client's Host header with its port (HTTP/1.0 clients may send none).\n"
        "  map $http_host $client_host { '' $host; default $http_host; }\n"
    )
    # Readiness through the web upstream: nginx starts beside the web pods and resolves the
    # headless name before any of them is ready; until a re-resolution finds one, / would answer
    # 502. Ready only when a web pod answers, so the Deployment's await, and `up`, end when the
    # URL serves. (Liveness stays local: a web outage must not restart the load balancer.)
    ready = (
        f"    location = {READY_PATH} {{\n"
        "      access_log off;\n"
        f"      proxy_pass http://{web.name}{web_health_path};\n"
        "      proxy_http_version 1.1;\n"
        '      proxy_set_header Connection "";\n'
        "      proxy_connect_timeout 1s;\n"
        "      proxy_read_timeout 2s;\n"
        "    }\n"
    )
    locations = _proxy(path_prefix, assets, upstream_timeout) + _proxy("/", web, upstream_timeout)
    upstreams = _upstream(web) + _upstream(assets)
    if https is None:
        return _main(head + upstreams + _server(ready + locations))
    plain = locations
    if https.redirect:
        plain = "    location / { return 308 https://$host$https_port$request_uri; }\n"
        head += _redirect_port_map(https)
    servers = _server(ready + plain) + _https_server(ready + locations, https)
    return _main(head + _tls_settings() + upstreams + servers)


# Container command of nginx pods whose config re-resolves names: writes RESOLVER_INCLUDE from
# the first nameserver in /etc/resolv.conf (POSIX sh only: no awk needed in the image).
RESOLVER_COMMAND = (
    'while read -r key value _; do [ "$key" = nameserver ] && break; done < /etc/resolv.conf; '
    'case "$value" in *:*) value="[$value]";; esac; '
    f'echo "resolver $value valid={RESOLVE_VALID} ipv6=off;" > {RESOLVER_INCLUDE}; '
    'exec nginx -c "$0" -g "daemon off;"'
)
# How often a pod serving TLS looks for a changed certificate.
TLS_CHECK_SECONDS = 30
# The kubelet swaps a mounted Secret's files in place when the Secret changes (a cert-manager
# renewal, a rotated generated certificate), but nginx reads them only when it (re)loads: a loop
# beside it reloads it gracefully (no connection dropped) once the files are newer than the last
# load. `test -nt` compares modification times (POSIX sh, no other tool needed in the image).
TLS_RELOAD = (
    ": > /tmp/tls-loaded; "
    f"(while sleep {TLS_CHECK_SECONDS}; do "
    f"if [ {TLS_DIR}/tls.crt -nt /tmp/tls-loaded ] || [ {TLS_DIR}/tls.key -nt /tmp/tls-loaded ]; "
    'then : > /tmp/tls-loaded; nginx -c "$0" -s reload; fi; done) & '
)
RESOLVER_TLS_COMMAND = RESOLVER_COMMAND.replace("exec nginx", TLS_RELOAD + "exec nginx", 1)


def service_host(service: str, namespace: str, cluster_domain: str = "cluster.local") -> str:
    """The cluster DNS name of a Service (fully qualified: nginx's resolver has no search path)."""
    return f"{service}.{namespace}.svc.{cluster_domain}"
