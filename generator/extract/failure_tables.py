"""The tables of failed calls, on pages that do not label each table's status.

A page that writes 'Status code: 400' over a table says whose body it is. Some pages do not: a table under
an 'Abnormal Response' heading or right after an 'Abnormal response' line, or a response table listing only
the family's error fields (error_code, error_msg) beside a status table naming 400 and 500. A careful reader
takes such a table for the failures' body, never the success body; this step says so (DG245, in page.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.error_bodies import error_fields
from generator.extract.examples import FAILED_WORD
from generator.extract.properties import table_columns
from generator.extract.responses import ERROR_STATUS, is_failure
from generator.extract.sections import Section
from generator.extract.tables import TableRole, field_names
from generator.read.document import Paragraph, Table


def failures_by_table(sections: list[Section], statuses: list[str], roles: list[TableRole]) -> list[TableRole]:
    """The tables of failed calls: those labelled a failed call's ('Abnormal response'), then response tables
    of no status listing only the family's error fields (error_code, error_msg). On a page whose status table
    names failures they are the failures' bodies, in order (the first for every failure when their numbers
    differ); a labelled one on a page naming none is the error response's body (`default`). Never the success
    body. Pages that label each table's status ('Status code: 400') say this themselves; this is the reading
    of a page that does not. `statuses` are the ones the page documents (status_descriptions)."""
    failures = [status for status in sorted(statuses) if is_failure(status)]
    failed = [TableRole(table, "object") for table in failed_call_tables(sections)]
    errors = failed + [r for r in roles if _unlabelled_error_table(r) and all(r.table is not f.table for f in failed)]
    if not errors or (not failures and not failed):
        return roles
    answered = failures or [ERROR_STATUS]
    used = errors if len(errors) == len(answered) else errors[:1] * len(answered)
    kept = [r for r in roles if all(r.table is not e.table for e in used)]
    return kept + [
        replace(role, role="root", status=status, name=None) for status, role in zip(answered, used, strict=True)
    ]


# a line labelling the table after it as a failed call's: 'Abnormal response', 'Error response parameters:'
FAILED_LABEL = re.compile(rf"(?:{FAILED_WORD}) responses?(?: param\w*| messages?| body)?[.:]?", re.I)


def failed_call_tables(sections: list[Section]) -> list[Table]:
    """Parameter tables under a failed call's heading or label ('Abnormal response', 'Error response')."""
    found = []
    for section in sections:
        before: object = None
        for block in section.blocks:
            labelled = isinstance(before, Paragraph) and FAILED_LABEL.fullmatch(before.text.strip()) is not None
            failed = labelled or (section.kind == "example_response" and section.failure)
            if isinstance(block, Table) and failed and table_columns(block) is not None:
                found.append(block)
            before = block
    return found


def _unlabelled_error_table(role: TableRole) -> bool:
    named = role.role == "object" and role.name is not None  # a table captioned for a field stays its object
    return (
        role.status is None and role.role in ("root", "object") and not named and error_fields(field_names(role.table))
    )
