"""docutils' states build the same transitions through docgen's cache as without it."""

from __future__ import annotations

from docutils.parsers.rst import states
from docutils.statemachine import State

from generator.read import docutils_transitions
from generator.read.rst import _parse

LISTS_PAGE = """\
Title
=====

+------+------------------------------+
| Name | Description                  |
+======+==============================+
| a    | - one                        |
|      | - two                        |
|      |                              |
|      |   #. nested                  |
+------+------------------------------+
| b    | term                         |
|      |    Its definition.           |
|      |                              |
|      | :field: value                |
+------+------------------------------+

#. first
#. second

   - inner *emphasis* and ``code``
"""


def _machine() -> states.NestedStateMachine:
    return states.NestedStateMachine(states.state_classes, "Body")


def _transitions(state: State) -> list[tuple[str, object, str, str, str]]:
    """Each transition as data: its name, its pattern, the method's name and owner, and the next state."""
    return [
        (name, pattern, method.__func__.__name__, type(method.__self__).__name__, after)
        for name in state.transition_order
        for pattern, method, after in [state.transitions[name]]
    ]


def test_the_reader_builds_transitions_through_the_cache():
    assert State.make_transitions is docutils_transitions.make_transitions


def test_every_state_of_a_second_machine_has_the_transitions_docutils_would_build(monkeypatch):
    _machine()  # fills the cache
    cached = _machine()
    monkeypatch.setattr(State, "make_transitions", docutils_transitions.ORIGINAL_MAKE_TRANSITIONS)
    built = _machine()
    assert set(cached.states) == set(built.states) and len(built.states) > 10
    for name, state in built.states.items():
        assert _transitions(cached.states[name]) == _transitions(state), name
        # each state's methods are its own, never another state's
        assert all(m.__self__ is cached.states[name] for _, m, _ in cached.states[name].transitions.values())


def test_a_state_whose_patterns_are_not_its_class_s_is_left_to_docutils():
    class Odd(states.Text):
        pass

    first = Odd(_machine())
    odd = Odd.__new__(Odd)
    odd.patterns = dict(states.Text.patterns, text=r"never(?!)")  # its own patterns: the plan does not apply
    odd.transition_order, odd.transitions = [], {}
    odd.add_initial_transitions()
    assert odd.transitions["text"][0].pattern == "never(?!)"
    assert first.transitions["text"][0].pattern != "never(?!)"


def test_a_page_of_nested_lists_parses_the_same_with_and_without_the_cache(monkeypatch):
    cached = _parse(LISTS_PAGE, "p.rst").pformat()
    assert "bullet_list" in cached and "definition_list" in cached and "field_list" in cached
    assert "system_message" not in cached
    monkeypatch.setattr(State, "make_transitions", docutils_transitions.ORIGINAL_MAKE_TRANSITIONS)
    assert _parse(LISTS_PAGE, "p.rst").pformat() == cached
