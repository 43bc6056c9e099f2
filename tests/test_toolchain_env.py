"""toolchain/env.sh: which Pulumi CLI the project runs, and the pins it must agree with."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = dict(
    re.findall(r"^([A-Z_]+)=(\S+)$", (ROOT / "toolchain" / "versions.env").read_text(), re.M)
)


def env_after_sourcing(tmp_path: Path, fake_version: str | None, **extra: str) -> dict[str, str]:
    """The environment toolchain/env.sh leaves, with a fake official `pulumi` printing
    fake_version first on PATH (None: no pulumi on PATH) and an empty toolchain cache."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    if fake_version:
        fake = bin_dir / "pulumi"
        fake.write_text(f"#!/bin/sh\necho v{fake_version}\n")
        fake.chmod(0o755)
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "TOOLCHAIN_CACHE": str(tmp_path / "cache"),
        **extra,
    }
    out = subprocess.run(
        ["bash", "-c", f'. "{ROOT}/toolchain/env.sh" && env -0'],
        env=env,
        check=True,
        capture_output=True,
    ).stdout.decode()
    return dict(item.split("=", 1) for item in out.split("\0") if "=" in item)


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        (VERSIONS["PULUMI_SDK_VERSION"], "official"),
        ("3.999.0", "official"),
        ("3.100.0", "built"),  # older than the SDK pin
        ("4.0.0", "built"),  # another major
        (None, "built"),
    ],
)
def test_an_official_cli_is_used_when_compatible(
    tmp_path: Path, version: str | None, expected: str
) -> None:
    env = env_after_sourcing(tmp_path, version)
    assert env["STATEFUL_APP_CLI"] == expected
    built_dir = f"pulumi-bundle-{VERSIONS['PULUMI_VERSION']}-"
    assert (built_dir in env["PATH"]) == (expected == "built")


def test_building_the_cli_can_be_forced(tmp_path: Path) -> None:
    env = env_after_sourcing(tmp_path, "3.999.0", STATEFUL_APP_BUILD_CLI="1")
    assert env["STATEFUL_APP_CLI"] == "built"


def test_plugins_are_not_ambient(tmp_path: Path) -> None:
    env = env_after_sourcing(tmp_path, None)
    assert env["PULUMI_IGNORE_AMBIENT_PLUGINS"] == "true"
    assert "pulumi-resource-" not in env["PATH"]


def test_the_python_sdk_pins_match_versions_env() -> None:
    for requirements in ("requirements.txt", "policy/requirements.txt"):
        text = (ROOT / requirements).read_text()
        assert f"pulumi=={VERSIONS['PULUMI_SDK_VERSION']}\n" in text, requirements
    text = (ROOT / "requirements.txt").read_text()
    for package, key in (
        ("pulumi-kubernetes", "PULUMI_KUBERNETES_VERSION"),
        ("pulumi-random", "PULUMI_RANDOM_VERSION"),
        ("pulumi-tls", "PULUMI_TLS_VERSION"),
    ):
        assert f"{package}=={VERSIONS[key]}\n" in text, package


def test_the_sdk_is_not_newer_than_the_cli() -> None:
    as_tuple = lambda v: tuple(int(part) for part in v.split("."))  # noqa: E731
    assert as_tuple(VERSIONS["PULUMI_SDK_VERSION"]) <= as_tuple(VERSIONS["PULUMI_VERSION"])


def test_the_cli_wrapper_module_builds_the_pinned_release() -> None:
    for module in ("cli", "language-python"):
        gomod = (ROOT / "toolchain" / "pulumi" / module / "go.mod").read_text()
        assert f"github.com/pulumi/pulumi/sdk/v3 v{VERSIONS['PULUMI_VERSION']}" in gomod, module
