"""dev stack end to end: up, converge, in-place config changes, destroy removes everything."""

from pathlib import Path

import pytest

from e2e.checks import (
    assert_app_running,
    assert_converged,
    assert_secret_encrypted,
    claim_uids,
    config_map_of,
)
from e2e.harness import Cluster, StackHandle, program_stack

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def dev(cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> StackHandle:
    return program_stack(cluster, "dev", Path(tmp_path_factory.mktemp("dev")))


class TestDev:
    def test_up_creates_a_running_application(self, cluster: Cluster, dev: StackHandle) -> None:
        cluster.kubectl.remove_stack_leftovers(dev.namespace)  # from an interrupted run
        result, events = dev.up()
        assert result.summary.result == "succeeded"
        assert_app_running(cluster, dev, web=2, members=1)
        lb = cluster.kubectl.get("service", "lb", dev.namespace)
        assert lb and lb["spec"]["ports"][0]["nodePort"] == 30001
        assert result.outputs["url"].value == f"http://{cluster.node_address}:30001/"
        # The tiers roll out in parallel: the engine starts creating the load balancer's
        # Deployment before the web Deployment's await (its pods ready) has finished.
        lb_created, web_ready = (
            events.started["app-lb-deployment"],
            events.finished["app-web-deployment"],
        )
        print(f"lb Deployment create started at {lb_created}, web pods ready at {web_ready}")
        assert lb_created[0] < web_ready[0], (lb_created, web_ready)

    def test_api_server_rejects_pods_that_are_not_restricted(
        self, cluster: Cluster, dev: StackHandle
    ) -> None:
        """Every pod above was admitted under Pod Security "restricted"; a plain one is not."""
        args = ("run", "unrestricted", "--image=busybox:1.36", "--restart=Never", "-n")
        result = cluster.kubectl.run(*args, dev.namespace, "--", "true", check=False)
        assert result.returncode != 0 and 'violates PodSecurity "restricted' in result.stderr

    def test_second_up_preview_and_refresh_show_no_changes(self, dev: StackHandle) -> None:
        assert_converged(dev)

    def test_web_replicas_change_updates_in_place(self, cluster: Cluster, dev: StackHandle) -> None:
        claims = claim_uids(cluster, dev.namespace)
        before = cluster.kubectl.get("deployment", "web", dev.namespace)
        dev.set("webReplicas", "3")
        _, events = dev.up()
        assert ("update", "kubernetes:apps/v1:Deployment", "app-web-deployment") in events.steps
        assert not events.ops("replace", "create-replacement"), events.ops(
            "replace", "create-replacement"
        )
        after = cluster.kubectl.get("deployment", "web", dev.namespace)
        assert before and after and after["status"]["readyReplicas"] == 3
        assert before["spec"]["template"] == after["spec"]["template"], "scaling must not roll pods"
        assert claim_uids(cluster, dev.namespace) == claims

    def test_route_change_rolls_the_nginx_tiers_only(
        self, cluster: Cluster, dev: StackHandle
    ) -> None:
        claims = claim_uids(cluster, dev.namespace)
        lb_config = config_map_of(dev, cluster, "lb")
        db_before = cluster.kubectl.get("statefulset", "db", dev.namespace)
        dev.set("assetPath", "/static/")
        _, events = dev.up()
        assert not events.replaced_data(), events.replaced_data()
        replaced = {name for _, _, name in events.ops("create-replacement")}
        assert {"app-lb-config", "app-assets-config", "app-web-config"} <= replaced, replaced
        assert config_map_of(dev, cluster, "lb") != lb_config, "the load balancer pods rolled"
        config = cluster.kubectl.get("configmap", config_map_of(dev, cluster, "lb"), dev.namespace)
        assert config and "location /static/ {" in config["data"]["nginx.conf"]
        db_after = cluster.kubectl.get("statefulset", "db", dev.namespace)
        assert db_before and db_after
        assert db_before["metadata"]["generation"] == db_after["metadata"]["generation"]
        assert claim_uids(cluster, dev.namespace) == claims
        assert_app_running(cluster, dev, web=3, members=1)

    def test_connection_string_is_encrypted_in_state(self, dev: StackHandle) -> None:
        assert_secret_encrypted(dev)

    def test_destroy_removes_everything(self, cluster: Cluster, dev: StackHandle) -> None:
        dev.stack.destroy(on_output=print)
        assert cluster.kubectl.get("namespace", dev.namespace) is None
        assert cluster.kubectl.get("pv", f"{dev.namespace}-assets") is None
