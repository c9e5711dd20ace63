"""The Jinja environment: templates shipped with docgen, and the `py` filter."""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2


def py_literal(value: Any) -> str:
    """A Python literal for plain data: the only way page text reaches code."""
    if isinstance(value, float) and math.isnan(value):
        raise ValueError("NaN cannot be written as a literal")
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no literal for {type(value).__name__}")


def tuple_literal(value: Any) -> str:
    """A tuple literal (tuples nested in tuples stay tuples); None stays None."""
    if value is None:
        return "None"
    if isinstance(value, tuple):
        inner = ", ".join(tuple_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return py_literal(value)


def comment(text: str) -> str:
    """A trailing comment that cannot end its line early, whatever the page name holds."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in text)
    return f"  # {clean}" if clean else ""


def export_order(names: list[str]) -> list[str]:
    """`__all__` in the order ruff (RUF022) and isort keep: CONSTANTS, then Classes, then functions."""
    return sorted(names, key=lambda name: (0 if name.isupper() else 1 if name[:1].isupper() else 2, name))


def template_dir() -> Path:
    return Path(str(resources.files("generator.templates")))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir()),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters["py"] = py_literal
    env.filters["tuple_py"] = tuple_literal
    env.filters["comment"] = comment
    env.filters["export_order"] = export_order
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
