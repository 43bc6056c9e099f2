"""components/checks.py: the rules shared by the tiers' args."""

import pytest

from components.checks import image_problem


@pytest.mark.parametrize(
    ("image", "ok"),
    [
        ("mongo:7.0.14", True),
        ("repo/x@sha256:" + "a" * 64, True),
        ("repo/x:1.2@sha256:" + "0" * 64, True),
        ("repo/x@sha256:abc", False),
        ("mongo", False),
        ("mongo:latest", False),
        ("registry:5000/mongo", False),
    ],
)
def test_images_must_be_pinned(image: str, ok: bool) -> None:
    assert (image_problem(image) is None) is ok, image
