"""components/builders.py: the labels and security context every tier's pods carry."""

from components import builders


def test_labels_carry_the_selector_and_the_image_version() -> None:
    labels = builders.labels("mongodb", "db", "database", "mongo:7.0.14")
    assert builders.selector_labels("mongodb", "db").items() <= labels.items()
    assert labels["app.kubernetes.io/version"] == "7.0.14"
    assert "app.kubernetes.io/version" not in builders.selector_labels("mongodb", "db")


def test_container_security_is_restricted() -> None:
    sc = builders.container_security()
    assert sc.allow_privilege_escalation is False and sc.read_only_root_filesystem is True
    assert sc.capabilities.drop == ["ALL"] and sc.run_as_non_root is True  # type: ignore[union-attr]
