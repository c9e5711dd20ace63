"""A cache of docutils' state transition tables.

docutils builds a fresh state machine for every nested list it parses (a
bullet list in a table cell, a definition list, a field list), and every one
of its fifteen states builds its transition table anew: it looks each
pattern up, checks it is compiled, and binds each method. The patterns and
next states depend only on the state's class and the names asked for, so
they are worked out once per class; each new state only binds its methods,
as docutils does (`getattr(state, name)`). A state whose patterns dictionary
is not the one the table was made from is left to docutils.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from docutils.statemachine import State

ORIGINAL_MAKE_TRANSITIONS = State.make_transitions


@dataclass(frozen=True)
class _Plan:
    """What a state class's transitions are, but for the methods each state binds."""

    patterns: object  # the dictionary the patterns were read from
    names: tuple[str, ...]
    rows: tuple[tuple[str, re.Pattern[str], str], ...]  # (name, compiled pattern, next state)


_PLANS: dict[tuple[type, tuple[Any, ...]], _Plan] = {}


def make_transitions(state: State[Any], name_list: Any) -> tuple[list[str], dict[str, tuple[Any, Any, str]]]:
    """docutils' `State.make_transitions`, with the class's plan reused."""
    try:
        key = (type(state), tuple(name_list))
        plan = _PLANS.get(key)
    except TypeError:  # a name list docutils accepts but that cannot key a cache
        return ORIGINAL_MAKE_TRANSITIONS(state, name_list)
    if plan is None or plan.patterns is not state.patterns:
        names, transitions = ORIGINAL_MAKE_TRANSITIONS(state, name_list)
        rows = tuple((name, pattern, next_state) for name, (pattern, _, next_state) in transitions.items())
        _PLANS[key] = _Plan(state.patterns, tuple(names), rows)
        return names, transitions
    return list(plan.names), {name: (pattern, getattr(state, name), after) for name, pattern, after in plan.rows}


def install() -> None:
    """Make every docutils state build its transitions through the cache (idempotent)."""
    setattr(State, "make_transitions", make_transitions)  # noqa: B010  # a method replaced on the class
