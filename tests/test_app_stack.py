"""A stack that runs its own application in the web tier (webImage and the web* keys): the
program's wiring, and what the guard rails and checkov say about it, also when the connection
string is passed as an environment variable (webDatabaseEnv)."""

from __future__ import annotations

from typing import Any

from checkov_scan import scan
from guardrails.catalog import RULES, resource_violations
from mocking import RecordingMocks, run_program

GUESTBOOK = "stateful-app.local/guestbook:1.0.0@sha256:" + "c" * 64
APP = {
    "webImage": GUESTBOOK,
    "webReadinessPath": "/healthz",
    "webLivenessPath": "/healthz",
    "webEnv": "LOG_LEVEL=info",
    "webResources": "cpu=100m/1,memory=96Mi/256Mi",
    "dbUsers": "guestbook=guestbook,reports=reports:read+read@guestbook",
}


def _web(mocks: RecordingMocks) -> dict[str, Any]:
    return mocks.named("Deployment", "web").inputs["spec"]["template"]["spec"]


def test_the_web_tier_runs_the_app_with_its_own_user_never_root() -> None:
    program = run_program("prod", APP)
    pod = _web(program.mocks)
    (app,) = pod["containers"]
    assert app["image"] == GUESTBOOK and app["ports"][0]["containerPort"] == 8080
    assert app["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert (app["resources"]["limits"]["cpu"], app["resources"]["limits"]["memory"]) == (
        "1",
        "256Mi",
    )
    env = {e["name"]: e for e in app["env"]}
    assert env["MONGODB_URI_FILE"]["value"] == "/etc/stateful-app/database/uri"
    assert env["LOG_LEVEL"]["value"] == "info"
    database = next(v for v in pod["volumes"] if v["name"] == "database")
    assert database["secret"]["secretName"] == "db-connection"
    uri = str(program.mocks.named("Secret", "db-connection").inputs["stringData"])
    assert "mongodb://guestbook:" in uri and "authSource=guestbook" in uri and "root" not in uri
    assert program.mocks.named("Secret", "db-connection-reports")
    lb = [r for r in program.mocks.of_kind("ConfigMap") if "nginx.conf" in r.inputs.get("data", {})]
    lb_conf = next(r.inputs["data"]["nginx.conf"] for r in lb if "upstream web" in str(r.inputs))
    assert "proxy_pass http://web/healthz;" in lb_conf, "the load balancer's readiness asks the app"
    web_policy = program.mocks.named("NetworkPolicy", "allow-web").inputs["spec"]
    assert web_policy["podSelector"]["matchLabels"]["app.kubernetes.io/name"] == "web-app"
    assert web_policy["ingress"][0]["ports"] == [{"port": 8080, "protocol": "TCP"}]


def test_an_app_on_another_port_is_reachable_through_the_policies() -> None:
    program = run_program("dev", {**APP, "webPort": "5000"})
    (app,) = _web(program.mocks)["containers"]
    assert app["ports"][0]["containerPort"] == 5000
    assert program.mocks.named("Service", "web-pods").inputs["spec"]["ports"][0]["port"] == 5000
    lb = program.mocks.named("NetworkPolicy", "allow-lb").inputs["spec"]
    assert lb["egress"][0]["ports"] == [{"port": 5000, "protocol": "TCP"}]
    web = program.mocks.named("NetworkPolicy", "allow-web").inputs["spec"]
    assert web["ingress"][0]["ports"] == [{"port": 5000, "protocol": "TCP"}]


def _advisories(program_overrides: dict[str, str]) -> list[str]:
    program = run_program("prod", program_overrides)
    found = []
    for rule in RULES:
        for type_, props in ((r.type, r.inputs) for r in program.mocks.resources):
            found += [
                f"{rule.level} {rule.name} {props.get('metadata', {}).get('name')}"
                for _ in resource_violations(rule, type_, props, {"requireDigest": True})
            ]
    return found


def test_guard_rails_pass_and_an_env_var_uri_costs_one_advisory() -> None:
    assert _advisories(APP) == []
    with_env = _advisories({**APP, "webDatabaseEnv": "MONGODB_URI"})
    assert with_env == ["advisory secrets-as-files web"], with_env


def test_checkov_passes_the_app_and_fails_only_ckv_k8s_35_for_an_env_var_uri() -> None:
    files = scan(["prod"], APP)["prod"]
    assert files.passed > 300 and not files.failed, files.failed
    env = scan(["prod"], {**APP, "webDatabaseEnv": "MONGODB_URI"})["prod"]
    assert [(f.check, f.resource) for f in env.failed] == [
        ("CKV_K8S_35", "Deployment.stateful-app-prod.web")
    ], env.failed
