"""Every nginx configuration the program generates passes a real `nginx -t` (Debian's nginx).

Upstream host names are resolved by nginx at load time, so the check runs in a private mount
namespace whose /etc/hosts maps the cluster DNS names, standing in for cluster DNS.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from components.nginx import RESOLVER_INCLUDE
from mocking import STACKS, run_program

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _configs(stack: str) -> dict[str, str]:
    return {
        resource.name: resource.inputs["data"]["nginx.conf"]
        for resource in run_program(stack).mocks.of_kind("ConfigMap")
        if "nginx.conf" in resource.inputs.get("data", {})
    }


def nginx_test(config: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    assert Path(NGINX).exists(), "Debian's nginx is required: apt-get install nginx (make deps)"
    # The resolver include is written at container start from the pod's resolv.conf.
    resolver = workdir / "resolver.conf"
    resolver.write_text("resolver 127.0.0.1 valid=5s ipv6=off;\n")
    conf = workdir / "nginx.conf"
    conf.write_text(config.replace(RESOLVER_INCLUDE, str(resolver)))
    hosts = workdir / "hosts"
    names = sorted(set(re.findall(r"server ([a-z0-9.-]+\.svc\.cluster\.local):", config)))
    hosts.write_text("127.0.0.1 localhost\n" + "".join(f"127.0.0.1 {n}\n" for n in names))
    script = f'mount --bind "{hosts}" /etc/hosts && exec "{NGINX}" -t -q -e /dev/stderr -c "{conf}"'
    return subprocess.run(
        ["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True
    )


@pytest.mark.parametrize("stack", STACKS)
def test_every_generated_config_passes_nginx_t(stack: str, tmp_path: Path) -> None:
    configs = _configs(stack)
    assert {"app-web-config", "app-assets-config", "app-lb-config"} <= set(configs)
    for name, config in configs.items():
        result = nginx_test(config, tmp_path)
        assert result.returncode == 0, f"{stack}/{name}: {result.stderr}"


def test_nginx_t_catches_a_broken_config(tmp_path: Path) -> None:
    config = _configs("dev")["app-lb-config"].replace("proxy_pass", "proxy_passs", 1)
    assert nginx_test(config, tmp_path).returncode != 0
