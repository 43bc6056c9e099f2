"""The stack file `make up` hands the CLI (scripts/stack_file.py): the repo's config, this
machine's secrets-provider salt from the state directory, nothing of one machine in the repo."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from stack_file import SECRETS_PROVIDER_KEYS, repo_stack_file, stack_document

from mocking import STACKS

NODE = {"NGINX_IMAGE": "stateful-app-local/nginx:1", "REAL_NODE_IP": "10.244.0.1"}


@pytest.mark.parametrize("stack", STACKS)
def test_no_stack_file_in_the_repo_holds_machine_state(stack: str) -> None:
    document = yaml.safe_load(repo_stack_file(stack).read_text())
    assert not set(document) & set(SECRETS_PROVIDER_KEYS), "salt of one machine's passphrase"


def test_the_salt_comes_from_the_state_directory(tmp_path: Path) -> None:
    init = tmp_path / "stack-init"
    init.mkdir()
    (init / "Pulumi.dev.yaml").write_text("encryptionsalt: v1:abc:def\n")
    document = stack_document("dev", tmp_path)
    assert document["encryptionsalt"] == "v1:abc:def"
    assert document["config"] == yaml.safe_load(repo_stack_file("dev").read_text())["config"]


def test_without_a_local_salt_the_file_has_none(tmp_path: Path) -> None:
    """A stack created elsewhere: the CLI takes the secrets provider from the stack's state."""
    assert not set(stack_document("prod", tmp_path)) & set(SECRETS_PROVIDER_KEYS)


def test_typed_values_keep_their_type(tmp_path: Path) -> None:
    """retainData: true stays a boolean (Pulumi.yaml declares it one; "True" is refused)."""
    config = stack_document("prod", tmp_path, NODE)["config"]
    assert isinstance(config, dict) and config["stateful-app:retainData"] is True


def test_the_embedded_cluster_keys_are_laid_over(tmp_path: Path) -> None:
    config = stack_document("dev", tmp_path, NODE)["config"]
    assert isinstance(config, dict)
    assert config["stateful-app:nginxImage"] == NODE["NGINX_IMAGE"]
    assert config["stateful-app:lbPublicHost"] == NODE["REAL_NODE_IP"]
    assert config["stateful-app:dbMembers"] == "1"  # the stack's own keys stay


def test_a_committed_salt_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stack_file

    stacks = tmp_path / "repo" / "stacks"
    stacks.mkdir(parents=True)
    (stacks / "Pulumi.dev.yaml").write_text("config: {}\nencryptionsalt: v1:x\n")
    monkeypatch.setattr(stack_file, "ROOT", tmp_path / "repo")
    with pytest.raises(SystemExit, match=r"Pulumi.dev.yaml: encryptionsalt belongs to one machine"):
        stack_document("dev", tmp_path)


def test_app_is_for_the_embedded_cluster_only(tmp_path: Path) -> None:
    """On a user's cluster (KUBECONFIG set) the stack file says which image to run, not APP."""
    with pytest.raises(SystemExit, match=r"APP=guestbook runs on the embedded cluster only"):
        stack_document("dev", tmp_path, None, "guestbook")
    image = "stateful-app.local/guestbook:1.0.0@sha256:" + "2" * 64
    config = stack_document("dev", tmp_path, {**NODE, "GUESTBOOK_IMAGE": image}, "guestbook")
    assert config["config"]["stateful-app:webImage"] == image  # type: ignore[index]
