"""A small documentation repository for sync tests: three editions of two hand-written RST pages.

Edition 1 is the base. Edition 2 only edits the docs: the body table's first
column is headed "Name" instead of "Parameter", its rows are reordered, a
description is re-wrapped and a typo fixed, and the other page's prose changes.
Edition 3 changes the API: a new mandatory field, a changed type, a removed field.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

CREATE_PAGE = """\
Creating a Widget
=================

Function
--------

This API creates a widget in a project.

URI
---

POST /v2/{{project_id}}/widgets

.. table:: **Table 1** Path parameters

   +------------+-----------+--------+-----------------------------+
   | Parameter  | Mandatory | Type   | Description                 |
   +============+===========+========+=============================+
   | project_id | Yes       | String | Project ID of the caller.   |
   +------------+-----------+--------+-----------------------------+

Request Parameters
------------------

.. table:: **Table 2** Request body parameters

   +-----------+-----------+---------+------------------------------------------+
   | {first} | Mandatory | Type    | Description                              |
   +===========+===========+=========+==========================================+
{rows}

Response Parameters
-------------------

.. table:: **Table 3** Response body parameters

   +-----------+---------+------------------------------+
   | Parameter | Type    | Description                  |
   +===========+=========+==============================+
   | id        | String  | ID of the new widget.        |
   +-----------+---------+------------------------------+

Example Request
---------------

.. code-block:: text

   POST https://{{endpoint}}/v2/{{project_id}}/widgets

   {example}

Example Response
----------------

**Status code: 201**

.. code-block::

   {{"id": "4b6e1b0c"}}
"""

ROWS = {
    "name": """\
   | name      | Yes       | String  | Name of the widget.                      |
   |           |           |         |                                          |
   |           |           |         | Minimum length: 1                        |
   |           |           |         |                                          |
   |           |           |         | Maximum length: 64                       |
   +-----------+-----------+---------+------------------------------------------+""",
    "name rewrapped": """\
   | name      | Yes       | String  | Name of the                              |
   |           |           |         | widget.                                  |
   |           |           |         |                                          |
   |           |           |         | Minimum length: 1                        |
   |           |           |         |                                          |
   |           |           |         | Maximum length: 64                       |
   +-----------+-----------+---------+------------------------------------------+""",
    "size": """\
   | size      | No        | Integer | Size of the widgt in units.              |
   +-----------+-----------+---------+------------------------------------------+""",
    "size fixed": """\
   | size      | No        | Integer | Size of the widget in units.             |
   +-----------+-----------+---------+------------------------------------------+""",
    "size as text": """\
   | size      | No        | String  | Size of the widget, such as "3u".        |
   +-----------+-----------+---------+------------------------------------------+""",
    "color": """\
   | color     | No        | String  | Colour of the widget.                    |
   +-----------+-----------+---------+------------------------------------------+""",
    "shape": """\
   | shape     | Yes       | String  | Shape of the widget.                     |
   +-----------+-----------+---------+------------------------------------------+""",
}

SHOW_PAGE = """\
Querying a Widget
=================

Function
--------

{function}

URI
---

GET /v2/{{project_id}}/widgets/{{widget_id}}

.. table:: **Table 1** Path parameters

   +------------+-----------+--------+-----------------------------+
   | Parameter  | Mandatory | Type   | Description                 |
   +============+===========+========+=============================+
   | project_id | Yes       | String | Project ID of the caller.   |
   +------------+-----------+--------+-----------------------------+
   | widget_id  | Yes       | String | ID of the widget.           |
   +------------+-----------+--------+-----------------------------+

Response Parameters
-------------------

.. table:: **Table 2** Response body parameters

   +-----------+---------+------------------------------+
   | Parameter | Type    | Description                  |
   +===========+=========+==============================+
   | id        | String  | ID of the widget.            |
   +-----------+---------+------------------------------+
   | name      | String  | Name of the widget.          |
   +-----------+---------+------------------------------+

Example Response
----------------

**Status code: 200**

.. code-block::

   {{"id": "4b6e1b0c", "name": "first"}}
"""

INDEX = """\
Widget Service API
==================

.. toctree::

   widgets/creating_a_widget
   widgets/querying_a_widget
"""


def create_page(first: str, rows: list[str], example: str) -> str:
    return CREATE_PAGE.format(first=f"{first:<9}", rows="\n".join(ROWS[row] for row in rows), example=example)


EDITIONS = [
    {
        "index.rst": INDEX,
        "widgets/creating_a_widget.rst": create_page(
            "Parameter", ["name", "size", "color"], '{"name": "first", "size": 3}'
        ),
        "widgets/querying_a_widget.rst": SHOW_PAGE.format(function="This API returns one widget."),
    },
    {
        "index.rst": INDEX,
        "widgets/creating_a_widget.rst": create_page(
            "Name", ["color", "name rewrapped", "size fixed"], '{"name": "first", "size": 3}'
        ),
        "widgets/querying_a_widget.rst": SHOW_PAGE.format(function="This API returns the details of one widget."),
    },
    {
        "index.rst": INDEX,
        "widgets/creating_a_widget.rst": create_page(
            "Name", ["name rewrapped", "size as text", "shape"], '{"name": "first", "size": "3u", "shape": "round"}'
        ),
        "widgets/querying_a_widget.rst": SHOW_PAGE.format(function="This API returns the details of one widget."),
    },
]


def git(folder: Path, *arguments: str) -> str:
    identity = ["-c", "user.name=Docs", "-c", "user.email=docs@example.com", "-c", "commit.gpgsign=false"]
    done = subprocess.run(["git", *identity, *arguments], cwd=folder, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def write_edition(repository: Path, files: dict[str, str], message: str) -> str:
    """Replace the docs folder with these pages (plus a file docgen must not take) and commit; the commit id."""
    docs = repository / "api-ref" / "source"
    if docs.exists():
        git(repository, "rm", "-rq", "api-ref")
    for name, text in {**files, "conf.py": "project = 'widgets'\n"}.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (repository / "README.md").write_text(f"Widget docs: {message}\n", encoding="utf-8")
    git(repository, "add", "-A")
    git(repository, "commit", "-qm", message)
    return git(repository, "rev-parse", "HEAD")


def make_repository(folder: Path, editions: int = 3) -> list[str]:
    """A repository on branch main with the first `editions` editions; their commit ids, oldest first."""
    folder.mkdir(parents=True)
    git(folder, "init", "-q", "-b", "main")
    messages = ["Initial API reference", "Docs: wording and layout", "API: shape, size as text, no color"]
    return [write_edition(folder, EDITIONS[i], messages[i]) for i in range(editions)]
