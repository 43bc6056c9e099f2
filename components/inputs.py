"""Args dataclasses that double as the component package's inputs.

Pulumi infers the component package's schema (provider/__main__.py) from the annotations of each
component's `args` class, and marks a property optional only when its annotation says so
(`T | None` or `NotRequired[T]`). A dataclass field with a default is optional to a Python caller
but would be required in the schema, so `package_inputs` re-annotates such fields as
`NotRequired[T]` in the class's runtime annotations only (type checkers read the source, where the
annotation stays `T`). Over the package boundary a component receives its args as a plain dict of
the inputs that were set; `from_inputs` turns that back into the dataclass, so omitted inputs take
the dataclass defaults. Numbers cross the wire as doubles and the SDK's provider passes them on
as floats; no input here is fractional, so integral floats become ints again.
"""

import ast
import dataclasses
import inspect
import re
import textwrap
from collections.abc import Callable, Mapping
from typing import Any, NotRequired, TypeVar

T = TypeVar("T")


def package_inputs(*, all_optional: bool = False) -> Callable[[type[T]], type[T]]:
    """Marks the fields with defaults (or all fields) as optional schema inputs."""

    def mark(cls: type[T]) -> type[T]:
        annotations = dict(inspect.get_annotations(cls))
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            has_default = f.default is not dataclasses.MISSING or (
                f.default_factory is not dataclasses.MISSING
            )
            if all_optional or has_default:
                annotations[f.name] = NotRequired[annotations[f.name]]
        cls.__annotations__ = annotations
        return cls

    return mark


def camel(name: str) -> str:
    """snake_case -> camelCase: a Python name's name in the schema, the stack config and exports."""
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def plain_numbers(inputs: Mapping[str, Any]) -> dict[str, Any]:
    """The package's inputs with integral floats as ints (3.0 -> 3)."""
    return {
        key: int(value) if isinstance(value, float) and value.is_integer() else value
        for key, value in inputs.items()
    }


def from_inputs(cls: type[T], args: T | Mapping[str, Any]) -> T:
    """The args as `cls`: unchanged from a Python caller, rebuilt from the package's dict."""
    if isinstance(args, Mapping):
        return cls(**plain_numbers(args))
    return args


def attribute_docs(cls: type) -> dict[str, str]:
    """Field name -> the docstring written under it in the class body (what the package's schema
    shows as the input's description), on one line."""
    body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(body, ast.ClassDef)
    docs: dict[str, str] = {}
    for statement, following in zip(body.body, body.body[1:], strict=False):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.target.id] = " ".join(following.value.value.split())
    return docs
