"""The document as a reviewer reads it: sentences, grouped under article headings.

Clauses are found sentence by sentence, but a heading ("第五条 知识产权",
"Article 5. Intellectual Property") tells what the sentences below it are
about, so each sentence keeps the article it sits in. Headings are followed
per language: in alternating or side-by-side layouts the Chinese and the
foreign articles interleave, and each keeps its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import BBox, Evidence, Page, is_cjk, union_bbox
from .lexicon import lexicon, normalise

# Sentence ends: Chinese full stops and semicolons always; Western full stops
# only before a space (so 2025.3.15 and 3.5 stay whole).
_SPLIT = re.compile(r"(?<=[。；;！？!?])|(?<=\.)\s+(?=\S)")
HEADING_MAX = 60  # characters: a longer line is body text that happens to start with "1."
HEADING_MAX_HAN = 24  # 第十二条 知识产权归属与成果转化: Chinese titles are short; a longer line starts a paragraph


@dataclass
class Sentence:
    text: str  # normalised (NFKC, one apostrophe)
    language: str | None
    page: int
    bbox: BBox
    article: int  # index into Passages.articles, -1 before the first heading
    heading: bool = False
    block: int = 0  # running block number in reading order

    def evidence(self, limit: int = 160) -> Evidence:
        text = self.text if len(self.text) <= limit else self.text[: limit - 1] + "…"
        return Evidence(page=self.page, bbox=self.bbox, text=text)


@dataclass
class Article:
    heading: Sentence
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Passages:
    sentences: list[Sentence]
    articles: list[Article]
    lines: list[Sentence]  # every line on its own (labels, date lines, table rows)


def _join(parts: list[str]) -> tuple[str, list[int]]:
    """Join line texts like ``join_words`` and return where each line starts."""
    text, starts = "", []
    for part in parts:
        if text and not (is_cjk(text[-1]) and part and is_cjk(part[0])):
            text += " "
        starts.append(len(text))
        text += part
    return text, starts


_SENTENCE_INSIDE = re.compile(r"[。；;！？!?]")
_CLAUSES_INSIDE = re.compile(r"[.,，]\s*\S.*[.,，]\s*\S")
_SENTENCE_BREAK = re.compile(r"\.\s+\S")
_SUB_NUMBERS = re.compile(r"^(?:\.\d+)+")  # Article 3.1, Статья 3.2.1
_LEADING = re.compile(r"^[\W_]+")  # separators, quotes, brackets before a title


def _titled(rest: str) -> bool:
    """What follows an article word and its number is a title: nothing ("Статья 4."),
    a title after separators, quotes or OCR's stray marks ("4 дүгээр зүйл. Дээж,
    мэдээлэл солилцох", "第一条 ”合作内容"), commas allowed in a capitalised or a
    Chinese title only; not a sentence that names an article ("Article 5 of this
    Agreement, as amended, shall apply", "第三条约定的经费，由甲方拨付")."""
    rest = _LEADING.sub("", _SUB_NUMBERS.sub("", rest))
    if not rest:
        return True
    if _SENTENCE_BREAK.search(rest):  # "Статья 5. Стороны обязуются выполнить работы. Срок"
        return False
    first = rest[0]
    if is_cjk(first):
        return not re.search(r"[，,]", rest)
    if first.isupper() or (first.isalpha() and first.lower() == first.upper()):  # Arabic script has no case
        return True
    return not re.search(r"[,，]", rest)  # "4-modda. intellektual mulk": a title in lower case, no clauses


def is_heading(text: str, lang: str | None) -> bool:
    """A short numbered line that is not itself a sentence ("6. 双方重视……商定。如项"
    is the first line of a numbered paragraph, not an article title). After an
    article word (Статья 4, 4 дүгээр зүйл, 第四条) the title may list things with
    commas ("Дээж, мэдээлэл солилцох"); after a bare number, commas mean a
    sentence that happens to start with one."""
    t = text.strip()
    han = sum(1 for ch in t if is_cjk(ch))
    body = t.rstrip("。.;；")
    if not t or len(t) > (HEADING_MAX_HAN if han > len(t) / 2 else HEADING_MAX) or t.endswith("。") \
            or _SENTENCE_INSIDE.search(body):
        return False
    langs = {lang or "en", "zh"}  # Chinese article numbers (第五条) are unmistakable anywhere
    for rx in (rx for code in langs for rx in lexicon(code).regexes("article_re")):
        if found := rx.search(t):
            return _titled(body[found.end():])
    return not _CLAUSES_INSIDE.search(body) and \
        any(rx.search(t) for code in langs for rx in lexicon(code).regexes("heading_re"))


def read_passages(pages: list[Page]) -> Passages:
    sentences: list[Sentence] = []
    lines: list[Sentence] = []
    articles: list[Article] = []
    current: dict[str | None, int] = {}  # language -> article index
    block_no = 0
    for page in pages:
        for block in page.blocks:
            block_no += 1
            lang = block.language
            run: list[int] = []  # indexes of body lines waiting to be split into sentences
            for i, line in enumerate(block.lines):
                text = normalise(line.text)
                if is_heading(text, lang):
                    _flush(block, run, page.number, lang, current, articles, sentences, block_no)
                    run = []
                    head = Sentence(text, lang, page.number, line.bbox, len(articles), True, block_no)
                    articles.append(Article(head))
                    current[lang] = head.article
                    sentences.append(head)
                    lines.append(head)
                    continue
                lines.append(Sentence(text, lang, page.number, line.bbox, current.get(lang, -1), block=block_no))
                run.append(i)
            _flush(block, run, page.number, lang, current, articles, sentences, block_no)
    return Passages(sentences, articles, lines)


def _flush(block, run: list[int], page: int, lang: str | None, current: dict, articles: list[Article],
           sentences: list[Sentence], block_no: int) -> None:
    """Split consecutive body lines of a block into sentences, each boxed by its lines."""
    if not run:
        return
    text, starts = _join([normalise(block.lines[i].text) for i in run])
    article = current.get(lang, -1)
    for start, end in _spans(text):
        first = max(k for k, s in enumerate(starts) if s <= start)
        last = max(k for k, s in enumerate(starts) if s < end)
        box = union_bbox([block.lines[run[k]].bbox for k in range(first, last + 1)])
        sent = Sentence(text[start:end].strip(), lang, page, box, article, block=block_no)
        sentences.append(sent)
        if article >= 0:
            articles[article].sentences.append(sent)


# Where a sentence's parts end: commas (not inside 450,000), semicolons, colons,
# dashes, brackets; not 、, which enumerates (领域、内容和方式). With ``conjunctions``
# also 、, "and", 和, 及: a list of sums ("600,000 to A and 400,000 to B",
# "甲方45万元、乙方15万元") is cut there.
_PART_BREAK = r"(?<!\d)[,，]|[,，](?!\d)|[:：;；—–()（）]|\s-\s"
_PARTS = re.compile(_PART_BREAK)
_PARTS_AND = re.compile(_PART_BREAK + r"|、|\s(?:and|и|va|және|жана|ва|we|болон)\s|和|及")


@dataclass
class Parts:
    """The parts of one sentence, to ask which part a position falls in."""

    cuts: list[int]

    @classmethod
    def of(cls, text: str, conjunctions: bool = False) -> "Parts":
        rx = _PARTS_AND if conjunctions else _PARTS
        return cls([0] + [m.end() for m in rx.finditer(text)] + [len(text) + 1])

    def index(self, pos: int) -> int:
        return max(i for i, c in enumerate(self.cuts) if c <= pos)

    def span(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        return self.cuts[i], self.cuts[i + 1]


MAX_SENTENCE = 600  # characters: a longer "sentence" (a table flattened, a hostile file) is cut


def _spans(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SPLIT.finditer(text):
        if m.start() > start and text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return [(a, min(a + MAX_SENTENCE, b)) for s, b in out for a in range(s, b, MAX_SENTENCE)]
