"""`nginx -t` with the nginx of the image the tiers run (images/nginx.sh runs its binary in the
image's rootfs, no download), the config's upstream names resolving to loopback."""

import re
import subprocess
from pathlib import Path

NGINX = str(Path(__file__).resolve().parents[1] / "images" / "nginx.sh")


def nginx_test(config: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    conf = workdir / "nginx.conf"
    conf.write_text(config)
    # RESOLVER_INCLUDE, which pods write at start from their resolv.conf.
    (workdir / "resolver.conf").write_text("resolver 127.0.0.1 valid=5s ipv6=off;\n")
    hosts = workdir / "hosts"
    names = sorted(set(re.findall(r"server ([a-z0-9.-]+\.svc\.cluster\.local):", config)))
    hosts.write_text("127.0.0.1 localhost\n" + "".join(f"127.0.0.1 {n}\n" for n in names))
    # The image's rootfs sees workdir as /tmp.
    options = ["--work", str(workdir), "--hosts", str(hosts), "--"]
    return subprocess.run(
        [NGINX, *options, "-t", "-q", "-c", "/tmp/nginx.conf"], capture_output=True, text=True
    )
