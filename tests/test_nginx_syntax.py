"""Every nginx configuration the program generates passes a real `nginx -t`, run by the very
nginx binary of the local image the real node runs (stateful-app.local/nginx-debian, built by
images/build.sh from Debian's newest nginx): images/nginx.sh chroots into the image's rootfs.

Upstream host names are resolved by nginx at load time, so the image's /etc/hosts is replaced (in
a private mount namespace) by one that maps the cluster DNS names, standing in for cluster DNS.
"""

import re
import subprocess
from pathlib import Path

import pytest

from components.nginx import HTTPS_PORT, TLS_DIR
from mocking import STACKS, run_program
from nginx_check import NGINX, nginx_test


def _configs(stack: str, overrides: dict[str, str] | None = None) -> dict[str, str]:
    return {
        resource.name: resource.inputs["data"]["nginx.conf"]
        for resource in run_program(stack, overrides).mocks.of_kind("ConfigMap")
        if "nginx.conf" in resource.inputs.get("data", {})
    }


def _with_certificate(config: str, workdir: Path) -> str:
    """The config reading a throwaway certificate (openssl) from workdir, seen as /tmp."""
    (workdir / "tls").mkdir(exist_ok=True)
    key, crt = workdir / "tls" / "tls.key", workdir / "tls" / "tls.crt"
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256")
    files = ("-keyout", str(key), "-out", str(crt))
    subprocess.run(
        ["openssl", "req", "-x509", *ec, "-nodes", "-days", "1", "-subj", "/CN=lb", *files],
        check=True,
        capture_output=True,
    )
    return config.replace(f"{TLS_DIR}/", "/tmp/tls/")


@pytest.mark.parametrize("stack", STACKS)
def test_every_generated_config_passes_nginx_t(stack: str, tmp_path: Path) -> None:
    configs = _configs(stack)
    assert {"app-web-config", "app-assets-config", "app-lb-config"} <= set(configs)
    for name, config in configs.items():
        if f"{TLS_DIR}/" in config:  # HTTPS (prod): a throwaway certificate where it is mounted
            config = _with_certificate(config, tmp_path)
        result = nginx_test(config, tmp_path)
        assert result.returncode == 0, f"{stack}/{name}: {result.stderr}"


@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize("redirect", ["true", "false"])
def test_https_configs_pass_nginx_t(stack: str, redirect: str, tmp_path: Path) -> None:
    overrides = {"lbTls": "enabled", "lbTlsGenerate": "true", "lbHttpRedirect": redirect}
    config = _configs(stack, {**overrides, "lbHsts": "true"})["app-lb-config"]
    assert f"{HTTPS_PORT} ssl" in config
    result = nginx_test(_with_certificate(config, tmp_path), tmp_path)
    assert result.returncode == 0, f"{stack}/app-lb-config with TLS: {result.stderr}"


def test_nginx_t_catches_a_missing_certificate(tmp_path: Path) -> None:
    config = _configs("dev", {"lbTls": "enabled", "lbTlsGenerate": "true"})["app-lb-config"]
    assert nginx_test(config.replace(f"{TLS_DIR}/", "/tmp/absent/"), tmp_path).returncode != 0


def test_nginx_t_catches_a_broken_config(tmp_path: Path) -> None:
    config = _configs("dev")["app-lb-config"].replace("proxy_pass", "proxy_passs", 1)
    assert nginx_test(config, tmp_path).returncode != 0


def test_the_binary_is_the_images_nginx_at_least_1_27_3() -> None:
    # `resolve` on upstream servers (open source since 1.27.3) must be testable here.
    result = subprocess.run([NGINX, "--", "-v"], capture_output=True, text=True)
    found = re.search(r"nginx/(\d+)\.(\d+)\.(\d+)", result.stderr)
    assert found, f"images/nginx.sh -v printed no version: {result.stderr!r}"
    version = tuple(int(part) for part in found.groups())
    assert version >= (1, 27, 3), f"the image's nginx is {found.group(0)}, older than 1.27.3"
