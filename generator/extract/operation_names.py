"""Operation names from page titles, the way the official SDKs name operations.

'Querying Details of a Topic' → ShowTopic, 'Querying Log Streams' → ListLogStreams,
'Creating a Host Group' → CreateHostGroup, 'Modifying a Rule' → UpdateRule,
'Batch Deleting Topics' → BatchDeleteTopics. Articles and remarks on the version ('(Old Version)',
'(Deprecated)', '(V2)') are dropped: two pages that then share a name are told apart once, by the API
version of their path (openapi/build.py). Other remarks follow the name: 'Creating an ECS (Native
OpenStack API)' → CreateECSNativeOpenStackAPI.
A title that does not start with a verb keeps its words: 'Tag Management' → TagManagement.
"""

from __future__ import annotations

import re

from generator.names import class_name
from generator.read.document import without_section_number

READ_VERBS = {
    *("querying", "obtaining", "getting", "viewing", "checking", "listing"),
    *("retrieving", "reading", "showing", "fetching"),  # 'Reading a Specified Cluster' → ShowCluster
    *("query", "obtain", "get", "view", "check", "list"),  # titles in the imperative: 'Query Job Details'
    *("retrieve", "show", "fetch"),
}
SDK_VERBS = {  # what the SDKs call these verbs
    "modifying": "Update",
    "updating": "Update",
    "changing": "Update",
    "editing": "Update",
    "deleting": "Delete",
    "creating": "Create",
}
# base forms whose gerund drops a final e or doubles a consonant; other gerunds follow the rules below
VERBS = (
    "accept activate allocate apply associate authenticate bind cache cancel change clone close complete configure "
    "continue control create deactivate embed decrypt delete describe disable disassociate dissociate enable "
    "encrypt exchange execute explore export freeze generate grant ignore import increase initiate invoke issue "
    "label manage migrate model move pause perform preview publish queue reassign register reject release "
    "remove replace replicate rescue reserve reset resize restore retire reuse revoke rotate route save scale "
    "schedule set sign start stop store subscribe synchronize tag unbind unfreeze unset unsubscribe update "
    "upgrade upload use validate"
).split()
# verbs a title may start with in the imperative ('Create a Training Job'); words that are nouns as often
# ('Model', 'Tag', 'Label', 'Queue') are left out: a title is imperative only when it starts with one of these
IMPERATIVES = set(
    "accept activate add apply associate attach authorize bind cancel change clear close configure copy create "
    "deactivate decrypt delete deploy detach disable disassociate download edit enable encrypt execute export "
    "import install migrate modify move pause publish reboot register reinstall remove rename replace reset "
    "resize restart restore resume revoke rotate run set start stop submit subscribe switch synchronize unbind "
    "uninstall unsubscribe update upgrade upload verify".split()
)
# an unknown gerund's stem: a doubled final consonant is dropped (submitting), an 'e' is put back
# after the endings English verbs keep it on (sharing, renaming, resuming, parsing, archiving, arguing, snoozing)
DOUBLED = re.compile(r"([bgmnprt])\1$")
E_ENDING = re.compile(
    r"(?:[^aeiou](?:ar|in|ot|ut|ok|ov|os|ur|uc|ud|id|od|am|um|un|ag|ac|ak|il|rit|rib)|(?:[^aeiou]|u)(?:at|ir)|"
    r"[aeiou]us|"
    r"(?:ea|[^aeiou]a)s|iz|yz|eez|ooz|bl|dl|gl|pl|tl|kl|rg|dg|rs|rc|lv|rv|v|[^aeiou]u)$"
)
VERSION_REMARK = re.compile(
    r"\((?:[^()]*\b(?:(?:micro)?version|deprecated|discarded|recommended|old|new)\b|v\d[\d.]*)[^()]*\)", re.I
)
ARTICLES = {"a", "an", "the"}
UNSAID = ARTICLES | {"specified"}  # words no name keeps: 'Querying a Specified Vault' → ShowVault, as the SDKs
CONNECTORS = {"or", "and"}
NOT_PLURAL = re.compile(r".*(?:ss|us|is|ics)")  # 'Access', 'Status', 'Analysis', 'Statistics'; 'ECSs' is plural
LIST_WORDS = re.compile(r"^(?:all|list of)\b|\blists?\b", re.I)
DETAIL_WORDS = re.compile(r"\b(?:details? (?:of|about)|details?|information about)\b", re.I)
PREPOSITIONS = {"of", "in", "for", "by", "with", "on", "from", "to", "under", "about", "at", "within"}


def _gerund(base: str) -> str:
    if base.endswith("e") and not base.endswith("ee"):
        return base[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base) or base in ("unset", "reset", "embed"):
        return base + base[-1] + "ing"  # set → setting, stop → stopping
    return base + "ing"


GERUNDS = {_gerund(base): base for base in VERBS} | {
    base + "ling": base
    for base in VERBS
    if re.search(r"[^aeiou][aeiou]l$", base)  # British: cancelling
}


def _stem(gerund: str) -> str:
    stem = gerund[:-3]
    if DOUBLED.search(stem):
        return stem[:-1]
    return stem + "e" if E_ENDING.search(stem) else stem


def base_verb(word: str) -> str | None:
    """'Creating' → 'Create', and an imperative 'Modify' → 'Update'; None when the word is not a verb."""
    lowered = word.lower()
    if lowered in IMPERATIVES:
        return SDK_VERBS.get(_gerund(lowered), lowered.capitalize())  # 'Modify' → Update, 'Create' → Create
    if lowered in SDK_VERBS:
        return SDK_VERBS[lowered]
    if not lowered.endswith("ing") or len(lowered) < len("using"):
        return None
    base = GERUNDS.get(lowered) or _stem(lowered)
    return base.capitalize() if len(base) >= 3 and re.search("[aeiouy]", base) else None  # not 'Thing', 'String'


POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")  # "a Training Job's Metrics": the job's, not 'Job S'


def _words(title: str) -> list[str]:
    plain = POSSESSIVE.sub("", VERSION_REMARK.sub(" ", title))  # '(Old Version)', '(V2)': the path's version
    return [w for w in re.split(r"[^A-Za-z0-9]+", plain) if w]


# 'Attached', 'Created', 'Bound': a participle after the noun it describes; so is 'Available' ('the Flavors
# Available for ECSs')
PARTICIPLE = re.compile(
    r"[A-Za-z]{3,}ed|[A-Za-z]{2,}(?:able|ible)|bound|built|frozen|given|held|hidden|kept|made|sent|shown|taken|written",
    re.I,
)


def _head(rest: list[str]) -> int:
    """Where the object the title names is: its last word before a preposition (-1: none)."""
    return next((i for i, w in enumerate(rest) if w.lower() in PREPOSITIONS), len(rest)) - 1


def _is_plural(noun: str) -> bool:
    return noun.endswith("s") and not NOT_PLURAL.fullmatch(noun)


def _head_is_plural(rest: list[str]) -> bool:
    """Whether the object is plural; a participle before the preposition ('Disks Attached to an ECS') says so
    of the noun before it."""
    head = _head(rest)
    if head > 0 and PARTICIPLE.fullmatch(rest[head]) and head + 1 < len(rest):
        head -= 1
    return head >= 0 and _is_plural(rest[head])


def _plural(noun: str) -> str:
    """'Job' → 'Jobs', 'Policy' → 'Policies', 'Address' → 'Addresses', 'ECS' → 'ECSs'."""
    if noun.isupper():
        return noun + "s"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + ("es" if re.search(r"(?:s|x|z|ch|sh)$", noun) else "s")


LISTED_NOUN = re.compile(r"([A-Za-z0-9]+) lists?\b", re.I)  # 'a Job List', 'the Policy List of a Group'


def _listed(object_text: str, rest: list[str]) -> list[str]:
    """'Querying a Job List' lists jobs: the word before 'List', in the plural."""
    found = LISTED_NOUN.search(object_text)
    noun = found[1] if found else ""
    if noun not in rest or _is_plural(noun):
        return rest
    index = rest.index(noun)
    return [*rest[:index], _plural(noun), *rest[index + 1 :]]


REMARK = re.compile(r"\(([^()]*)\)")
ADVERB = re.compile(r"[A-Za-z]{3,}ly", re.I)


def _read_name(object_text: str) -> str:
    """List or Show for a title that reads something, by what it reads (a remark in brackets,
    '(Native OpenStack API)', is no part of what it reads and follows the name)."""
    remarks = _words(" ".join(REMARK.findall(VERSION_REMARK.sub(" ", object_text))))
    object_text = " ".join(w for w in _words(REMARK.sub(" ", object_text)) if w.lower() not in UNSAID)
    listed = bool(LIST_WORDS.search(object_text))
    rest = _words(DETAIL_WORDS.sub(" ", LIST_WORDS.sub(" ", object_text)))
    while rest and rest[-1].lower() in CONNECTORS | PREPOSITIONS:  # 'Instances and Details' → 'Instances'
        rest = rest[:-1]
    # 'Details of a Topic' shows one; 'Details About ECSs' lists them, details and all
    if listed:
        return "List" + _joined(_listed(object_text, rest) + remarks)
    return ("List" if _head_is_plural(rest) else "Show") + _joined(rest + remarks)


def _joined(words: list[str]) -> str:
    """The words in CamelCase, acronyms kept; one right after another capitalized only ('ECS NIC' → ECSNic),
    so that the Python name keeps them apart (ecs_nic)."""
    kept = [w if w.isupper() or not w.islower() else w.capitalize() for w in words if w.lower() not in UNSAID]
    before = ["", *kept]
    return "".join(w.capitalize() if _acronym(w) and _acronym(before[i]) else w for i, w in enumerate(kept))


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.rstrip("s").isupper()


def _verbs(words: list[str]) -> tuple[list[str], list[str]]:
    """The leading verbs ('Restarting or Deleting') in base form, and the words after them; a gerund right
    after the verb, with no 'or'/'and' between, says what kind of object it is ('Exporting Training Job Logs')."""
    verbs: list[str] = []
    index = 0
    while index < len(words):
        base = base_verb(words[index])
        if base is None:
            break
        verbs.append(base)
        index += 1
        if index + 1 < len(words) and words[index].lower() in CONNECTORS and base_verb(words[index + 1]):
            verbs.append("Or" if words[index].lower() == "or" else "And")
            index += 1
        elif not _series_goes_on(words, index):
            break
    return verbs, words[index:]


def _series_goes_on(words: list[str], index: int) -> bool:
    """The gerunds from `index` are more verbs of a list that ends 'or/and <verb>' ('Executing, Enabling, or
    Disabling'), not words of the object ('Exporting Training Job Logs')."""
    end = index
    while end < len(words) and base_verb(words[end]):
        end += 1
    return end > index and end + 1 < len(words) and words[end].lower() in CONNECTORS and bool(base_verb(words[end + 1]))


def _later_verbs(rest: list[str]) -> list[str]:
    """A second action after 'or'/'and' in base form too ('… Task or Restarting a Paused Task' → OrRestart,
    'Tags to or Deleting Tags' → OrDeleteTags): a gerund the SDKs rename, or one before an article; not an
    adjective ('Paused or Running Tasks')."""
    found = list(rest)
    for index in range(1, len(rest) - 1):
        word, after = rest[index], rest[index + 1].lower()
        if rest[index - 1].lower() not in CONNECTORS or not word.lower().endswith("ing"):
            continue
        base = base_verb(word)
        if base is not None and (word.lower() in SDK_VERBS or after in ARTICLES):
            found[index] = base
    return found


BATCH_SUFFIXES = (["in", "a", "batch"], ["in", "batches"])  # 'Starting ECSs in a Batch': the SDKs' Batch…


def _batch_suffix(words: list[str]) -> int:
    """How many words at the end say the operation works in a batch (0: none)."""
    lowered = [w.lower() for w in words]
    return next((len(s) for s in BATCH_SUFFIXES if len(words) > len(s) and lowered[-len(s) :] == s), 0)


BATCH_OF = ["a", "batch", "of"]  # 'Deleting a Batch of Tags': the SDKs' BatchDeleteTags


def _batch_of(words: list[str]) -> list[str] | None:
    """The title's words without 'a batch of' right after its verb, when it says so."""
    after = [w.lower() for w in words[1 : 1 + len(BATCH_OF)]]
    return [words[0], *words[1 + len(BATCH_OF) :]] if after == BATCH_OF and len(words) > 1 + len(BATCH_OF) else None


# what a title carries that names nothing: a version after it (' v2', ' - V2.1'; as '(V2)' is, the path's
# version says it); a section number before it is left out too (without_section_number)
TRAILING_VERSION = re.compile(r"(?:\s*[-\u2013:]\s*|\s+)v\d+(?:\.\d+)*\s*$", re.I)


def name_from_title(title: str) -> str | None:
    """The SDK-style operation name for a title; None when the title does not start with a verb."""
    title = TRAILING_VERSION.sub("", without_section_number(title))
    words = _words(title)
    batch = bool(words) and words[0].lower() == "batch"
    words = words[1:] if batch else words
    suffix = _batch_suffix(words)
    batch, words = (True, words[:-suffix]) if suffix else (batch, words)
    batched = _batch_of(words)
    batch, words = (True, batched) if batched else (batch, words)
    if len(words) > 1 and ADVERB.fullmatch(words[0]) and not base_verb(words[0]) and base_verb(words[1]):
        words = words[1:]  # 'Remotely Logging In to an ECS': the verb is the second word
    if len(words) > 2 and words[0].lower() in READ_VERBS and words[1].lower() in ("whether", "if"):
        return class_name("Check" + _joined(words[2:]))  # 'Checking Whether an ECS Exists': a yes or no
    if words and words[0].lower() in READ_VERBS and not batch:
        return _read_title(title, words)
    modifier, words = _modifier(words)
    verbs, rest = _verbs(words)
    if not verbs or not rest:
        return None
    return class_name(("Batch" if batch else "") + modifier + "".join(verbs) + _joined(_later_verbs(rest)))


def _read_title(title: str, words: list[str]) -> str | None:
    """List or Show and what is read; a second action after 'and'/'or' ('Querying and Modifying Quotas')
    follows the read word (ListAndUpdateQuotas), as a second verb does after any other."""
    second = base_verb(words[2]) if len(words) > 3 and words[1].lower() in CONNECTORS else None
    if second is None or words[2].lower() in READ_VERBS:
        name = _read_name(title.split(words[0], 1)[1])  # the words after the verb, brackets kept
        return class_name(name) if len(name) > len("List") else None
    name = _read_name(title.split(words[2], 1)[1])
    read = "List" if name.startswith("List") else "Show"
    joined = "Or" if words[1].lower() == "or" else "And"
    return class_name(read + joined + second + name[len(read) :]) if len(name) > len(read) else None


def _modifier(words: list[str]) -> tuple[str, list[str]]:
    """A word before the verb that says how ('Cold Migrating an ECS'): it stays before the verb
    (ColdMigrateECS), so that 'Live Migrating' is another name."""
    if len(words) > 2 and not base_verb(words[0]) and words[1].lower().endswith("ing") and base_verb(words[1]):
        return words[0].capitalize(), words[1:]
    return "", words
