"""The rulebook (``data/rulebook.yaml``) applied to a document's elements.

The YAML says which elements each document type requires or recommends, the
message for each way an element can fall short, and each cross-element
rule's severity, limit and wording; this module only evaluates. A rule's
facts (the numbers that go into its message) come from the elements, so the
JSON report carries the evidence behind every finding.
"""
from __future__ import annotations

import datetime as dt
import string
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ..datafile import read_yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..models import DocType, Element, Finding, Message

RULEBOOK = Path(__file__).parent.parent / "data" / "rulebook.yaml"
# The least each type reports (report-contract.md): a rulebook edit may add ids or
# move them between required and recommended, never drop one of these.
CONTRACT_MINIMUM: dict[str, tuple[str, ...]] = {
    "cooperation_agreement": ("parties", "signing_date", "signatures", "seals", "bilingual", "versions_executed",
                              "cooperation_content", "responsibilities", "funding_allocation", "ip_ownership",
                              "benefit_sharing", "data_ownership"),
    "consortium_agreement": ("parties", "signing_date", "seals", "responsibilities", "tasks", "funding_allocation",
                             "ip_ownership", "all_parties_sealed"),
    "ip_agreement": ("parties", "signing_date", "signatures", "seals", "versions_executed", "ip_ownership",
                     "benefit_sharing"),
    "ethics_review": ("ethics_committee", "ethics_conclusion", "ethics_date", "seals"),
    "unknown": (),
}
Severity = Literal["error", "warning", "info"]
EXECUTION_ONLY = ("digital_signatures",)  # reported, never required


class TypeRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Message
    required: list[str] = Field(default_factory=list)
    recommended: list[str] = Field(default_factory=list)

    @property
    def reported(self) -> list[str]:
        return self.required + [e for e in self.recommended if e not in self.required]


class ElementRules(BaseModel):
    model_config = ConfigDict(extra="allow")  # one message per reason: missing, uncertain, blank, deferred, …
    guide: str | None = None
    missing: Message

    @model_validator(mode="after")
    def _messages(self) -> "ElementRules":
        for key, extra in (self.model_extra or {}).items():
            _check_message(Message.model_validate(extra), key)
        _check_message(self.missing, "missing")
        return self

    def message(self, key: str) -> Message | None:
        if key in ("missing",):
            return self.missing
        extra = (self.model_extra or {}).get(key)
        return Message(**extra) if extra else None


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    severity: Severity
    guide: str | None = None
    types: list[DocType]
    message: Message
    limit: int | None = None

    @model_validator(mode="after")
    def _message(self) -> "Rule":
        _check_message(self.message, "message")
        return self


class AuditRule(BaseModel):
    """An application or cross-application rule (``applications:`` / ``across:``)."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    severity: Severity
    guide: str | None = None
    message: Message
    limit: float | None = None
    terms: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _message(self) -> "AuditRule":
        _check_message(self.message, "message")
        return self


def _check_message(message: Message, key: str) -> None:
    """Placeholders are plain names ({quote}, {seals}): anything else would fail
    when a document first needs the message, far from the edit that broke it."""
    for text in (message.zh, message.en):
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        except ValueError as exc:
            raise ValueError(f"{key}: {exc} in {text!r}") from None
        bad = [f for f in fields if not f.isidentifier()]
        if bad:
            raise ValueError(f"{key}: placeholders must be plain names, not {bad} in {text!r}")


class Rulebook(BaseModel):
    model_config = ConfigDict(extra="forbid")
    types: dict[DocType, TypeRules]
    elements: dict[str, ElementRules]
    rules: dict[str, Rule]
    applications: dict[str, AuditRule] = Field(default_factory=dict)
    across: dict[str, AuditRule] = Field(default_factory=dict)
    names: dict[str, dict[str, Message]]

    @model_validator(mode="after")
    def _keeps_the_contract(self) -> "Rulebook":
        from .applications import APPLICATION_RULES
        from .across import ACROSS_RULES

        unknown_rules = (set(self.rules) - set(RULES)) | (set(self.applications) - set(APPLICATION_RULES)) \
            | (set(self.across) - set(ACROSS_RULES))
        if unknown_rules:
            raise ValueError(f"the rulebook names rules docintel does not know: {', '.join(sorted(unknown_rules))}")
        for doc_type, ids in CONTRACT_MINIMUM.items():
            rules = self.types.get(doc_type)
            if rules is None:
                raise ValueError(f"the rulebook has no entry for the document type {doc_type}")
            lacking = [i for i in ids if i not in rules.reported]
            if lacking:
                raise ValueError(f"{doc_type} must report {', '.join(lacking)} (report contract)")
            unknown = [i for i in rules.reported if i not in self.elements and i not in EXECUTION_ONLY]
            if unknown:
                raise ValueError(f"{doc_type} names elements without messages: {', '.join(unknown)}")
        return self

    def name(self, table: str, key: str) -> Message:
        return self.names.get(table, {}).get(key) or Message(zh=key, en=key)


def rulebook_version(path: Path = RULEBOOK) -> str:
    """The rulebook's content digest: findings made under another are judged again."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=4)
def load_rulebook(path: Path = RULEBOOK) -> Rulebook:
    return Rulebook.model_validate(read_yaml(path))


def fill(message: Message, values: dict[str, Message | str]) -> Message:
    """Fill {placeholders}; a value given in both languages is used in each."""
    def one(lang: str, text: str) -> str:
        vals = {k: (getattr(v, lang) if isinstance(v, Message) else str(v)) for k, v in values.items()}
        return string.Formatter().vformat(text, (), _Missing(vals))
    return Message(zh=one("zh", message.zh), en=one("en", message.en))


class _Missing(dict):
    """A placeholder the facts do not fill stays visible as {name}, the rest of the
    message is still filled."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def element_findings(doc_type: DocType, elements: dict[str, Element], book: Rulebook) -> list[Finding]:
    rules = book.types[doc_type]
    findings = []
    for level, ids in (("error", rules.required), ("warning", rules.recommended)):
        for el in ids:
            element = elements.get(el)
            spec = book.elements.get(el)
            if element is None or spec is None or element.status == "present":
                continue
            value = element.value if isinstance(element.value, dict) else {}
            reason = value.get("reason")
            key = "missing" if element.status == "missing" else "uncertain"
            message = (spec.message(reason) if reason else None) or spec.message(key) or spec.missing
            severity: Severity = level if element.status == "missing" else "warning"
            findings.append(Finding(element=el, severity=severity,
                                    message=fill(message, _placeholders(value, book)), guide_ref=spec.guide))
    return findings


LANGUAGE_VALUES = ("languages", "unexecuted", "firm_in", "deferred_in")  # codes a message names as languages


def _placeholders(value: dict, book: Rulebook) -> dict[str, Message | str]:
    out: dict[str, Message | str] = {}
    for k, v in value.items():
        named = k in LANGUAGE_VALUES
        if isinstance(v, list):
            names = [book.name("languages", x) if named else x for x in v]
            out[k] = Message(zh="、".join(n.zh if isinstance(n, Message) else str(n) for n in names),
                             en=", ".join(n.en if isinstance(n, Message) else str(n) for n in names))
        else:
            out[k] = book.name("languages", v) if named else str(v)
    return out


def rule_findings(doc_type: DocType, elements: dict[str, Element], as_of: dt.date, book: Rulebook) -> list[Finding]:
    findings = []
    for rule_id, rule in book.rules.items():
        if not rule.enabled or doc_type not in rule.types:
            continue
        for element, facts in RULES[rule_id](elements, rule, as_of, book):
            findings.append(Finding(element=element, severity=rule.severity,
                                    message=fill(rule.message, facts), guide_ref=rule.guide))
    return findings


# ---------------------------------------------------------------- the rules' facts
# Each returns (element the finding is about, the facts its message names), once
# per time it fires.

def _extra_units(elements, rule, as_of, book):
    parties = elements.get("parties")
    names = parties.value if parties and isinstance(parties.value, list) else []
    others = len(names) - 2
    if rule.limit is not None and others > rule.limit:
        yield "parties", {"others": others, "limit": rule.limit}


def _signing_future(elements, rule, as_of, book):
    date = elements.get("signing_date")
    if date and date.status == "present" and dt.date.fromisoformat(date.value) > as_of:
        yield "signing_date", {"date": date.value, "as_of": as_of.isoformat()}


def _validity_short(elements, rule, as_of, book):
    term = elements.get("validity_period")
    value = term.value if term and isinstance(term.value, dict) else {}
    if term and term.status == "present" and value.get("end") and value.get("project_end") \
            and value["end"] < value["project_end"]:
        yield "validity_period", {"end": value["end"], "project_end": value["project_end"]}


def _versions_disagree(elements, rule, as_of, book):
    numbers = elements.get("version_numbers")
    for diff in (numbers.value or {}).get("differences", []) if numbers else []:
        lang = diff["languages"][1]
        yield "version_numbers", {"language": book.name("languages", lang), "kind": book.name("kinds", diff["kind"]),
                                  "zh_values": "、".join(diff["zh"]) or "—", "other_values": ", ".join(diff[lang]) or "—"}


def _version_pairs(elements):
    articles = elements.get("version_articles")
    value = articles.value if articles and isinstance(articles.value, dict) else {}
    return value, value.get("pairs", [])


def _article_missing(elements, rule, as_of, book):
    _, pairs = _version_pairs(elements)
    for pair in pairs:
        for gap in pair.get("missing", []):
            yield "version_articles", {"missing_in": book.name("languages", gap["missing_in"]),
                                       "present_in": book.name("languages", gap["present_in"]),
                                       "heading": gap["heading"], "page": gap["page"]}


def _versions_differ_whole(elements, rule, as_of, book):
    _, pairs = _version_pairs(elements)
    for pair in pairs:
        if pair.get("differ"):
            yield "version_articles", {"language": book.name("languages", pair["languages"][1])}


def _version_check_skipped(elements, rule, as_of, book):
    value, pairs = _version_pairs(elements)
    if value.get("reason") == "skipped":
        why = value.get("why", "")
        yield "version_articles", {"why": Message(zh=f"未安装语义模型：{why}", en=why)}
    for pair in pairs:
        if pair.get("skipped") == "language":
            name = book.name("languages", pair["language"])
            yield "version_articles", {"why": Message(zh=f"语义模型不识{name.zh}", en=f"the embedding model does not know {name.en}")}


def _prior_approval(elements, rule, as_of, book):
    res = elements.get("restricted_resources")
    if res and res.status == "present":
        names = [book.name("resources", r) for r in res.value]
        yield "restricted_resources", {"resources": Message(zh="、".join(n.zh for n in names),
                                                            en=", ".join(n.en for n in names))}


def _ethics(decision: str):
    def rule(elements, rule, as_of, book):
        c = elements.get("ethics_conclusion")
        if c and c.status == "present" and c.value == decision:
            yield "ethics_conclusion", {}
    return rule


def _unknown(elements, rule, as_of, book):
    yield "doc_type", {}


RULES = {
    "extra_units": _extra_units,
    "signing_date_future": _signing_future,
    "validity_short": _validity_short,
    "versions_disagree": _versions_disagree,
    "version_article_missing": _article_missing,
    "versions_differ": _versions_differ_whole,
    "version_check_skipped": _version_check_skipped,
    "prior_approval": _prior_approval,
    "ethics_not_approved": _ethics("rejected"),
    "ethics_conditional": _ethics("conditional"),
    "unknown_type": _unknown,
}


def fired_rules(doc_type: DocType, elements: dict[str, Element], as_of: dt.date,
                book: Rulebook | None = None) -> list[str]:
    """The ids of the rules that fire (for evaluation against labelled samples)."""
    book = book or load_rulebook()
    return [rid for rid, rule in book.rules.items()
            if rule.enabled and doc_type in rule.types and any(True for _ in RULES[rid](elements, rule, as_of, book))]


def findings_for(doc_type: DocType, elements: dict[str, Element], as_of: dt.date,
                 book: Rulebook | None = None) -> list[Finding]:
    book = book or load_rulebook()
    return element_findings(doc_type, elements, book) + rule_findings(doc_type, elements, as_of, book)
