"""A page that says its API is deprecated: in its title, its description or the chapter it sits in."""

from __future__ import annotations

import pytest

from generator.extract.deprecation import chapters, deprecation


@pytest.mark.parametrize(
    ("title", "description", "page", "said"),
    [
        ("Deleting an Image (Native OpenStack API V1.1, Deprecated)", "", "s/a.rst", "title"),
        ("Sending a Message (Discarded)", "", "s/a.rst", "title"),
        ("Creating an Instance", "This API is out-of-date and may be unavailable.", "s/a.rst", "description"),
        ("Deleting an Image", "This API has been deprecated. X is recommended.", "s/a.rst", "description"),
        ("Querying Tags", "This interface is no longer maintained.", "s/a.rst", "description"),
        ("Querying All Instances", "", "dms/out-of-date_apis/api_v1/querying_all_instances.rst", "folder"),
        ("Querying All Instances", "", "vpc/historical_apis/querying.rst", "folder"),
        ("Querying All Instances", "", "vpc/Deprecated APIs/querying.rst", "folder"),
    ],
)
def test_a_deprecated_api_is_found_by_what_says_so(title: str, description: str, page: str, said: str):
    found = deprecation(title, description, chapters(page, [])) or ""
    assert found.startswith({"title": "its title", "description": "its description", "folder": "the chapter"}[said])


@pytest.mark.parametrize(
    ("title", "description", "page"),
    [
        ("Querying API Versions", "DEPRECATED: indicates a deprecated version which may be deleted later.", "s/a.rst"),
        (
            "Querying the Active or Historical Alarm List",
            "",
            "lts/apis/querying_the_active_or_historical_alarm_list.rst",
        ),
        ("Querying Alarms", "", "lts/historical_alarms/querying.rst"),  # a chapter of alarms, not of APIs
        ("Creating a Key (Recommended)", "The deprecated field tags is ignored.", "s/a.rst"),
        ("Deleting a Deprecated Image", "", "s/deprecated_apis.rst"),  # a page's name, and a title's noun
    ],
)
def test_what_speaks_of_something_else_deprecates_nothing(title: str, description: str, page: str):
    assert deprecation(title, description, chapters(page, [])) is None


def test_an_exported_page_names_its_chapter_at_its_foot():
    found = chapters("elb/list.html", ["Querying instances.", "Parent topic: Out-of-Date APIs"])
    assert found == ("elb", "Out-of-Date APIs")
    assert deprecation("Querying Instances", "", found) == "the chapter 'Out-of-Date APIs' it is in"
    assert deprecation("Querying Instances", "", chapters("elb/list.html", ["Parent topic: Listener"])) is None
