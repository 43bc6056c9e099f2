"""A component's outputs are declared once: as annotated `pulumi.Output` attributes of its class,
each with a docstring under it (what the component package's schema infers and describes).

Everything else is derived from that declaration: what the component registers
(`register_declared`), what the program exports (`__main__.py`, camelCase names) and the
checks of the schema and the README's outputs table (tests/test_package.py, test_program.py).
"""

import inspect
import typing

import pulumi


def _is_output(hint: object) -> bool:
    if isinstance(hint, str):  # a module with `from __future__ import annotations`
        return hint.startswith(("pulumi.Output[", "Output["))
    return typing.get_origin(hint) is pulumi.Output


def declared_outputs(cls: type) -> tuple[str, ...]:
    """The outputs `cls` declares, in declaration order (snake_case attribute names)."""
    return tuple(n for n, hint in inspect.get_annotations(cls).items() if _is_output(hint))


def register_declared(component: pulumi.ComponentResource) -> None:
    """Registers every declared output of the component with its current value."""
    names = declared_outputs(type(component))
    component.register_outputs({name: getattr(component, name) for name in names})
