"""Web autoscaling: the text form of `webAutoscaling` and its checks (the HPA objects: test_web)."""

import pytest

from components.autoscaling import Autoscaling, parse_autoscaling


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("min=2,max=10,cpu=70", Autoscaling(2, 10, 70)),
        (" min=1 , max=1, cpu=100, scaleDown=15 ", Autoscaling(1, 1, 100, 15)),
        ("cpu=1,max=3,min=3", Autoscaling(3, 3, 1)),
    ],
)
def test_text_form(text: str, expected: Autoscaling) -> None:
    parsed = parse_autoscaling(text)
    assert parsed == expected
    assert parse_autoscaling(parsed.text()) == parsed, "round-trips"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("min=5,max=2,cpu=50", "min 5 is above max 2"),
        ("min=1,max=3,cpu=0", "cpu 0 is outside 1-100"),
        ("min=1,max=3,cpu=101", "cpu 101 is outside 1-100"),
        ("min=0,max=3,cpu=50", "min and max must be from 1 to 1000 pods"),
        ("min=1,max=3", "cpu missing"),
        ("min=1,max=3,cpu=50%", "'cpu=50%': cpu must be an integer"),
        (
            "min=1,max=3,cpu=50,memory=80",
            "'memory=80': expected min=..., max=..., cpu=..., scaleDown=...",
        ),
        ("min=1,max=3,cpu=50,scaleDown=4000", "scaleDown 4000 is outside 0-3600 seconds"),
    ],
)
def test_bad_values_are_named(text: str, why: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_autoscaling(text)
    assert why in str(error.value)
