"""Pulumi.yaml's config block and docs/configuration.md's table, generated from the one declaration
of each key (the Settings fields in components/settings.py).

    .venv/bin/python tests/config_reference.py          # exit 1 and name the stale file(s)
    .venv/bin/python tests/config_reference.py --write  # regenerate them after changing a key

tests/test_settings.py fails while either file disagrees with the declaration.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from components.settings import KEYS, Key

ROOT = Path(__file__).resolve().parents[1]
PULUMI_YAML = ROOT / "Pulumi.yaml"
REFERENCE = ROOT / "docs" / "configuration.md"
YAML_MARKER = "  # Generated from components/settings.py (tests/config_reference.py): edit there.\n"
TABLE_BEGIN = "<!-- generated from components/settings.py by tests/config_reference.py -->\n"
TABLE_END = "<!-- end of generated table -->\n"


def _yaml_type(k: Key) -> str:
    return {bool: "boolean", int: "integer"}.get(k.type, "string")


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, str) else value  # a StrEnum member as its string


def config_block() -> dict[str, dict[str, Any]]:
    """The stateful-app keys of Pulumi.yaml's config block."""
    return {
        name: {
            "type": _yaml_type(k),
            "description": k.description,
            "default": k.unset_marker if k.default is None else _plain(k.default),
        }
        for name, k in KEYS.items()
    }


def _default(k: Key) -> str:
    if k.default is None:
        return "unset"
    if isinstance(k.default, bool):
        return str(k.default).lower()
    return f"`{k.default}`"


def table() -> str:
    rows = ["| key | default | allowed | what it does |", "|---|---|---|---|"]
    for name, k in KEYS.items():
        allowed = k.rule.allowed.replace("|", "\\|")
        described = k.description.replace("<", "&lt;")
        rows.append(f"| `{name}` | {_default(k)} | {allowed} | {described} |")
    return "\n".join(rows) + "\n"


def pulumi_yaml(current: str) -> str:
    head = current.split(YAML_MARKER)[0]
    body = yaml.safe_dump(config_block(), sort_keys=False, width=100)
    return head + YAML_MARKER + "".join(f"  {line}\n" for line in body.splitlines())


def reference(current: str) -> str:
    head, rest = current.split(TABLE_BEGIN)
    tail = rest.split(TABLE_END)[1]
    return head + TABLE_BEGIN + table() + TABLE_END + tail


GENERATED = {PULUMI_YAML: pulumi_yaml, REFERENCE: reference}


def stale() -> list[Path]:
    return [path for path, make in GENERATED.items() if make(path.read_text()) != path.read_text()]


def main(argv: list[str]) -> int:
    if argv == ["--write"]:
        for path, make in GENERATED.items():
            path.write_text(make(path.read_text()))
        return 0
    for path in stale():
        print(f"{path.relative_to(ROOT)} is stale: run tests/config_reference.py --write")
    return 1 if stale() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
