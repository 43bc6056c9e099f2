"""Value rules declared on the args fields they check, and the problems they report.

An args dataclass declares a rule with its field (`members: int = checked(1, odd_integer(1, 7))`)
and may add rules that relate several of its fields (a `cross_problems` staticmethod over a
mapping of field values). A component calls `validate(args)` before registering anything; the
stack settings (components/settings.py) run the same rules under the config keys' names. Every
problem names the field (or key), the value and what is allowed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pulumi

PROJECT = "stateful-app"
"""The Pulumi project: stack config keys are stateful-app:<key>."""


class ConfigError(ValueError):
    """Invalid stack configuration; the message lists every offending key."""


def config_error(problems: list[Problem]) -> ConfigError:
    """One error naming every bad key, its value and what is allowed."""
    lines = [f"  {PROJECT}:{p.field} = {p.value!r}: {p.why}" for p in problems]
    return ConfigError("invalid stack configuration:\n" + "\n".join(lines))


Check = Callable[[Any], str | None]
"""A plain value -> why it is not allowed, or None."""
Namer = Callable[[str], str]
"""A field name -> the name the user wrote (itself, or a stack config key)."""


@dataclass(frozen=True)
class Rule:
    """What a field allows, in words (`allowed`, for messages and the configuration reference),
    and the check that enforces it."""

    allowed: str
    check: Check

    def problem(self, value: Any) -> str | None:
        return self.check(value)


def rule(allowed: str, ok: Callable[[Any], bool]) -> Rule:
    """A rule whose only complaint is "must be <allowed>"."""
    return Rule(allowed, lambda value: None if ok(value) else f"must be {allowed}")


def integer(low: int, high: int, odd: bool = False) -> Rule:
    def ok(value: Any) -> bool:
        plain = isinstance(value, int) and not isinstance(value, bool)
        return plain and low <= value <= high and (not odd or value % 2 == 1)

    return rule(f"an {'odd ' if odd else ''}integer from {low} to {high}", ok)


def one_of(choices: type[StrEnum]) -> Rule:
    values = tuple(choices)
    return rule(f"one of {', '.join(values)}", lambda value: value in values)


def matches(regex: str, allowed: str) -> Rule:
    pattern = re.compile(regex)
    return rule(allowed, lambda value: isinstance(value, str) and bool(pattern.match(value)))


def parsed(parse: Callable[[str], Any], allowed: str) -> Rule:
    """A rule that parse() accepts the text; its ValueError names the bad item."""

    def check(value: Any) -> str | None:
        try:
            parse(str(value))
        except ValueError as error:
            return f"{error}; must be {allowed}"
        return None

    return Rule(allowed, check)


def image_problem(image: str) -> str | None:
    """Why an image reference is not pinned, or None when it is (tag or digest, never latest)."""
    if "@" in image:
        name, _, digest = image.partition("@")
        if not name or not DIGEST.fullmatch(digest):
            return "digest must be @sha256: followed by 64 lowercase hex digits"
        return None
    name, _, tag = image.rpartition(":")
    if not name or "/" in tag:
        return "must carry an explicit tag or digest (e.g. repo/name:1.2.3)"
    if tag == "latest":
        return "must not use the mutable 'latest' tag"
    return None


DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
BOOLEAN = rule("true or false", lambda value: isinstance(value, bool))
NOT_EMPTY = rule("not empty", lambda value: bool(str(value).strip()))
PINNED_IMAGE = Rule("an image pinned by tag or digest, never latest", image_problem)
DNS_LABEL = matches(
    r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",
    "a DNS label: lowercase letters, digits and '-', at most 63",
)
DNS_DOMAIN = matches(
    r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
    "a DNS domain such as cluster.local",
)
QUANTITY = matches(
    r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$",
    "a Kubernetes quantity such as 512Mi or 10Gi",
)
ABSOLUTE_PATH = matches(r"^/\S*$", "an absolute path")
OBJECT_NAME = matches(
    r"^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
    "a Kubernetes object name: lowercase letters, digits, '-' and '.'",
)

RULE = "rule"  # the key of a field's Rule in its dataclass metadata


def checked(default: Any, rule: Rule) -> Any:
    """A dataclass field with a default and its rule (checked on values that are known now and
    not None)."""
    return dataclasses.field(default=default, metadata=ruled(rule))


def ruled(rule: Rule) -> dict[str, Rule]:
    """The metadata of a field's rule, for a field without a default (type checkers know
    `field(metadata=ruled(...))` has none): `image: str = field(metadata=ruled(PINNED_IMAGE))`."""
    return {RULE: rule}


def field_rule(cls: type, name: str) -> Rule | None:
    return next(f.metadata.get(RULE) for f in dataclasses.fields(cls) if f.name == name)


@dataclass(frozen=True)
class Problem:
    """One value that is not allowed: the field, the value given, and why."""

    field: str
    value: Any
    why: str


def is_plain(value: Any) -> bool:
    """Known now (not an Output still to be resolved), so a rule can check it."""
    return value is not None and not isinstance(value, pulumi.Output)


def problems(args: Any) -> list[Problem]:
    """Every field rule of the args dataclass, then (when those pass) its cross-field rules."""
    found = [
        Problem(f.name, value, why)
        for f in dataclasses.fields(args)
        if (check := f.metadata.get(RULE))
        and is_plain(value := getattr(args, f.name))
        and (why := check.problem(value))
    ]
    cross = getattr(type(args), "cross_problems", None)
    if found or cross is None:
        return found
    return cross(vars(args), lambda name: name)


def validate(args: Any) -> None:
    """Raises ValueError naming every bad field, its value and what is allowed."""
    if found := problems(args):
        raise ValueError("; ".join(f"{p.field}={p.value!r}: {p.why}" for p in found))
