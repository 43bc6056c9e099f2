"""HTTPS at the load balancer under mocks: config keys, the named Secret's check, the generated
certificate, and what the nginx config says about protocols, redirects and HSTS."""

import base64

import pytest

from components.certificates import split_hosts
from components.nginx import TLS12_CIPHERS, Https, Upstream, load_balancer_config
from components.settings import ConfigError
from components.tls_secret import tls_secret_problem
from config_errors import config_error
from mocking import is_secret, run_program, sent_as_secret

GENERATED = {"lbTls": "enabled", "lbTlsGenerate": "true"}


@pytest.mark.parametrize(
    ("raw", "key", "why"),
    [
        ({"lbTls": "enabled"}, "lbTls", "needs a certificate source: lbTlsSecret"),
        (
            {"lbTls": "enabled", "lbTlsSecret": "web-cert", "lbTlsGenerate": "true"},
            "lbTlsGenerate",
            "must be false when lbTlsSecret is set",
        ),
        ({"lbTlsSecret": "web-cert"}, "lbTlsSecret", "only allowed with lbTls=enabled"),
        ({"lbHsts": "true"}, "lbHsts", "only allowed with lbTls=enabled"),
        (
            {**GENERATED, "lbServiceType": "LoadBalancer", "lbHttpsNodePort": "30443"},
            "lbHttpsNodePort",
            "only allowed with NodePort",
        ),
        (
            {**GENERATED, "lbNodePort": "30443", "lbHttpsNodePort": "30443"},
            "lbHttpsNodePort",
            "must differ from lbNodePort",
        ),
        (
            {"lbTls": "enabled", "lbTlsSecret": "c", "lbTlsHosts": "a.example"},
            "lbTlsHosts",
            "only used with lbTlsGenerate",
        ),
    ],
)
def test_tls_key_rules_name_the_key(raw: dict, key: str, why: str) -> None:
    message = config_error(**raw)
    assert f"stateful-app:{key}" in message and why in message, message


@pytest.mark.parametrize(
    ("raw", "key", "allowed"),
    [
        ({"lbTls": "on"}, "lbTls", "one of disabled, enabled"),
        ({"lbTls": "enabled", "lbTlsSecret": "Web_Cert"}, "lbTlsSecret", "object name"),
        ({**GENERATED, "lbTlsHosts": "a b"}, "lbTlsHosts", "host names or IP addresses"),
        ({**GENERATED, "lbHttpsNodePort": "443"}, "lbHttpsNodePort", "from 30000 to 32767"),
    ],
)
def test_bad_tls_values_name_key_value_and_allowed(raw: dict, key: str, allowed: str) -> None:
    message = config_error(**raw)
    assert f"stateful-app:{key} = {raw[key]!r}" in message and allowed in message, message


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (None, "does not exist"),
        ({"tls.crt": _b64("-----BEGIN CERTIFICATE-----")}, "lacks tls.key"),
        ({}, "lacks tls.crt and tls.key"),
        ({"tls.crt": _b64("not a certificate"), "tls.key": "eA=="}, "no PEM certificate"),
        ({"tls.crt": "%%%", "tls.key": "eA=="}, "not base64"),
    ],
)
def test_an_unusable_tls_secret_is_named(data: dict | None, problem: str) -> None:
    assert problem in (tls_secret_problem(data) or "")


@pytest.mark.parametrize(
    ("data", "problem"), [(None, "does not exist"), ({"tls.crt": "eA=="}, "lacks tls.key")]
)
def test_a_missing_or_incomplete_secret_stops_the_program_before_any_resource(
    data: dict | None, problem: str
) -> None:
    overrides = {"lbTls": "enabled", "lbTlsSecret": "shop-cert"}
    with pytest.raises(ConfigError) as error:
        run_program("dev", overrides, tls_secret=data)
    message = str(error.value)
    assert "stateful-app:lbTlsSecret = 'shop-cert'" in message, message
    assert f"Secret stateful-app-dev/shop-cert {problem}" in message, message


def test_the_named_secret_is_mounted_and_nothing_is_generated() -> None:
    program = run_program("dev", {"lbTls": "enabled", "lbTlsSecret": "shop-cert"})
    mocks = program.mocks
    pod = mocks.named("Deployment", "lb").inputs["spec"]["template"]["spec"]
    secrets = [v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v]
    assert secrets == ["shop-cert"], "lb pods mount the user's Secret"
    assert not [r for r in mocks.resources if r.type.startswith("tls:")], "no certificate made"
    assert program.outputs["url"].startswith("https://localhost:")
    assert program.outputs["ca_certificate"] == ""


def test_generated_certificate_covers_the_hosts_and_the_ca_is_exported() -> None:
    program = run_program("dev", {**GENERATED, "lbTlsHosts": "shop.example,10.1.2.3"})
    mocks = program.mocks
    request = next(r for r in mocks.resources if r.type == "tls:index/certRequest:CertRequest")
    assert request.inputs["dnsNames"][:2] == ["localhost", "shop.example"]
    assert "lb.stateful-app-dev.svc.cluster.local" in request.inputs["dnsNames"]
    assert request.inputs["ipAddresses"] == ["10.1.2.3"]
    ca = next(r for r in mocks.resources if r.type == "tls:index/selfSignedCert:SelfSignedCert")
    assert ca.inputs["isCaCertificate"] is True
    secret = mocks.named("Secret", "lb-tls")
    assert secret.inputs["type"] == "kubernetes.io/tls"
    assert set(secret.inputs["stringData"]["value"]) == {"tls.crt", "tls.key", "ca.crt"}
    assert program.outputs["ca_certificate"].startswith("-----BEGIN CERTIFICATE-----")
    pod = mocks.named("Deployment", "lb").inputs["spec"]["template"]["spec"]
    mount = next(m for m in pod["containers"][0]["volumeMounts"] if m["name"] == "tls")
    assert mount == {"name": "tls", "mountPath": "/etc/nginx/tls", "readOnly": True}
    assert "-s reload" in pod["containers"][0]["command"][2], "a renewed Secret is reloaded"


def test_https_service_port_and_url_use_the_https_node_port() -> None:
    program = run_program("dev", {**GENERATED, "lbHttpsNodePort": "30443"})
    ports = program.mocks.named("Service", "lb").inputs["spec"]["ports"]
    assert [(p["name"], p["port"], p["targetPort"]) for p in ports] == [
        ("http", 80, "http"),
        ("https", 443, "https"),
    ]
    assert program.outputs["url"] == "https://localhost:30443/"
    config = next(
        r.inputs["data"]["nginx.conf"]
        for r in program.mocks.of_kind("ConfigMap")
        if r.name == "app-lb-config"
    )
    assert "~:30001$ :30443;" in config, "http://host:30001 redirects to https://host:30443"
    allow = program.mocks.named("NetworkPolicy", "allow-lb").inputs["spec"]["ingress"][0]
    assert {p["port"] for p in allow["ports"]} == {8080, 8443}, "clients may reach HTTPS"


def test_generated_tls_key_stays_secret() -> None:
    program = run_program("dev", GENERATED)
    string_data = program.mocks.named("Secret", "lb-tls").inputs["stringData"]
    assert sent_as_secret(string_data), "sent as a secret"
    assert string_data["value"]["tls.key"].startswith("-----BEGIN PRIVATE KEY")
    assert not is_secret(program.outputs["ca_certificate"]), "the CA certificate is public"


def _config(https: Https | None) -> str:
    web = Upstream("web", "web-pods.ns.svc.cluster.local", 8080)
    assets = Upstream("assets", "assets-pods.ns.svc.cluster.local", 8080)
    return load_balancer_config(web, assets, https=https)


def test_only_tls_1_2_and_1_3_with_aead_ciphers() -> None:
    config = _config(Https())
    assert "ssl_protocols TLSv1.2 TLSv1.3;" in config
    assert all("GCM" in c or "CHACHA20" in c for c in TLS12_CIPHERS.split(":"))
    assert "http2 on;" in config and "ssl_session_cache shared:" in config


def test_redirect_and_hsts_follow_the_options() -> None:
    redirecting = _config(Https(redirect=True, hsts=True, port_pairs=((30001, 30443),)))
    plain_server = redirecting.split("listen 8443")[0]
    assert "return 308 https://$host$https_port$request_uri" in plain_server
    assert "proxy_pass http://web;" not in plain_server, "plain HTTP only redirects"
    assert "Strict-Transport-Security" in redirecting
    serving = _config(Https(redirect=False))
    assert "proxy_pass http://web;" in serving.split("listen 8443")[0]
    assert "Strict-Transport-Security" not in serving and "return 308" not in serving
    assert "listen 8443" not in _config(None)


def test_split_hosts_separates_ips_and_drops_repeats() -> None:
    assert split_hosts(["a.example", "10.0.0.1", "a.example", "::1"]) == (
        ["a.example"],
        ["10.0.0.1", "::1"],
    )
