"""Every Kubernetes object of every stack validates against the Kubernetes OpenAPI schema in
strict mode (unknown fields rejected), at the control plane's version in toolchain/versions.env."""

import kubernetes_validate
import pytest

from mocking import ROOT, STACKS, run_program, unwrap_secrets


def _kubernetes_minor() -> str:
    for line in (ROOT / "toolchain" / "versions.env").read_text().splitlines():
        if line.startswith("KUBERNETES_VERSION="):
            major, minor, _ = line.split("=", 1)[1].split(".")
            return f"{major}.{minor}.0"
    raise AssertionError("KUBERNETES_VERSION missing from toolchain/versions.env")


@pytest.mark.parametrize("stack", STACKS)
def test_every_object_is_schema_valid(stack: str) -> None:
    version = _kubernetes_minor()
    objects = run_program(stack).mocks.kubernetes()
    assert len(objects) > 20, "the program registers the whole application"
    for resource in objects:
        manifest = unwrap_secrets(resource.inputs)
        try:
            kubernetes_validate.validate(manifest, version, strict=True)
        except kubernetes_validate.ValidationError as error:
            pytest.fail(
                f"{stack}: {resource.type} {resource.name}: {error.message} at {list(error.path)}"
            )


def test_the_validator_rejects_an_unknown_field() -> None:
    bad = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "x"}, "spec": {"portz": []}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(bad, _kubernetes_minor(), strict=True)
