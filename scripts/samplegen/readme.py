"""samples/README.md, written from the labels so that it always matches the set."""
from __future__ import annotations

from pathlib import Path

from .coverage import table as coverage_table

HEADER = """# docintel sample set

Synthetic attachments of SCO S&T Partnership Programme applications, made by
`scripts/make_samples.py` for tests and evaluation. Every document, unit,
person, amount and signature is invented (real institution names are used as
publicly written, with example e-mail domains).

Regenerate (deterministic: same seed, fonts and library versions give the
same bytes):

    .venv/bin/python scripts/make_samples.py            # --seed 0 --out samples
    .venv/bin/python scripts/make_samples.py --seed 7 --out /tmp/other-set

Content per language is in `scripts/samplegen/content.py` and `entities.py`;
alternative wordings, targets and tasks in every language, and the traps
(clauses that only mention or defer a subject) in `wording.py`; the file list
and per-file knobs in `scripts/samplegen/catalog.py`. Files with
`wording="varied"` draw each clause from both banks (the same variant in every
language version), name the parties by role (甲方 / Party A / Сторона 1) or by
name, write money as 万元, `450,000元`, 大写 (`人民币肆拾伍万元整`), percentages or
USD, and may tuck a trap into another article or leave an article's title out.

## labels.json

One object per file. Everything is computed from what the generator drew.

| field | meaning |
| --- | --- |
| `doc_type` | `cooperation_agreement`, `ip_agreement`, `consortium_agreement`, `ethics_review` |
| `form` | `native` (text layer), `scan` (JPEG pages, no text), `mixed`, `image` (PNG/JPEG), `tiff` |
| `layout` | `sequential` (Chinese pages, then foreign pages), `side_by_side` (two-column table), `alternating` (paragraph, then its translation), `mono` |
| `language_versions` | ISO 639-1 language, 1-based `pages` where its text is, and whether a signature / seal lies on those pages (`signed`, `sealed`) |
| `page_forms` | per page `text` or `scan` |
| `rotations` | per page, degrees the content was turned **clockwise** when stored (0/90/180/270); turn it back counter-clockwise to read |
| `skew_deg` | per page, small scanner skew, positive = counter-clockwise |
| `dpi`, `page_size` | scan resolution (null for text pages); page size in points (text) or pixels (scan) |
| `seals` | `page`, `bbox`, `color` as it appears (`black` on grey or bilevel pages), `ink_color`, `shape` (`round`/`oval`/`rectangle`), `text` (name on the seal as drawn), `bottom_text` (e.g. 合同专用章, 财务专用章), `party`, `faded` (dry or tilted stamp: little ink, gaps, one side light), `over_signature` (stamped over a handwritten signature) |
| `signatures` | `page`, `bbox`, `party`, `style` (`scribble`: tall initial and loops; `hanzi`: a Chinese name written fast, 2–3 square tangles of short strokes; `cursive`: long flat loops with a big underline flourish), `ink` as it appears (`blue`/`black`), `pen_pt` (stroke width in points) |
| `distractors` | printed things that are neither seal nor signature, for measuring false detections: `page`, `kind`, `bbox`, `color` as it appears. Kinds: `letterhead_title` (红头: the unit's name big, red, bold), `letterhead_rule` (the red rule under it, with its star when there is one), `colored_text` (a red or blue printed paragraph), `colored_underline`, `emblem` (a university logo: round, coloured, ringed, text around a dense picture), `table` (ruled table, one box per page it covers), `box` (printed empty form box, e.g. 单位（盖章）), `qr`, `seal_placeholder` (printed circle saying （盖章处） or Seal here) |
| `dates` | every date line as drawn (including unfilled ones) with its `bbox` |
| `elements` | every element id the report contract lists for the doc type (and the clause ids for the other agreement types): `false`/`null` when absent, `true` or a value when present, `"uncertain"` when the text names the subject and settles nothing (IP, revenue, data or funding "to be agreed later"). Values: `signing_date` ISO, or null when no date line is filled in; `parties` names, the Chinese form when the document has a Chinese version; `funding_allocation` a list of shares `{"party": 1-based place, "amount_cny": yuan or null, "percent": number or null}` as the text states them (USD amounts: `amount_cny` null, `amount`, `currency`; consortia add `name`, `amount_wan`, `role`, `kind`, `region`), from the first (Chinese) version; `ethics_committee` (Chinese name when Chinese), `ethics_conclusion` `approved`/`conditional`/`rejected`, `ethics_date` ISO; `bilingual`, `versions_executed`, `all_parties_sealed` |
| `party_names` | each party's name per language version, as written |
| `mentions` | resources needing prior approval that the text names (guide 三.2.1) |
| `as_of` | the date evaluations run "as of" (`2026-06-30`); a later signing date is in the future |
| `rules` | cross-element rules the document breaks, `[]` when none: `extra_units` (more than 3 units besides the Chinese and foreign leads), `signing_date_future` (signed after `as_of`), `validity_short` (the stated validity ends before the project period stated in the same document), `versions_disagree` (the language versions state different amounts or dates; see `details.disagree`), `prior_approval` (human genetic or germplasm resources named) |
| `details` | `clauses` (ids in order; `~` a trap), `inside` (trap → article it is tucked into), `refs`, `dates_written` per language, `funding_written` per language, `funding_wan`/`total_wan`, `benefit_ratio`, `project_period` (`start`, `end` as YYYY-MM, `written`), `validity` (`years` or `until`, computed `ends`, `written`), `disagree` (e.g. `{"funding": ["45万元", "CNY 400,000"]}`, `{"signing_date": [zh, foreign]}`), `other_units`, ethics `conclusion_text` |
| `notes` | free text |

`bbox` is `[x0, y0, x1, y1]` as fractions of the stored page's width and
height, origin top-left, after skew, rotation and (for photos) perspective:
it is the box around the ink as it finally lies on the page. Files named
`blank_*` have no seal and no signature at all (`seals: []`,
`signatures: []`), only distractors: every detection on them is false.

Known limits: Urdu is shaped by a small built-in shaper and drawn with DejaVu
Sans, which lacks ہ ے ۔ — they are drawn as ه ى . (a legacy-encoding look).
The Chinese text uses one font (WenQuanYi Zen Hei); bold is simulated.

## Coverage

Clause elements per language version: documents with the element present /
absent / uncertain (ethics reviews left out), computed from the labels:

{coverage}

## Files

| file | form | layout | languages | pages | seals | signatures | distractors | rules | notes |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
"""


def write_readme(labels: list[dict], out_dir: Path, total_bytes: int) -> None:
    """Write the README with one table row per labelled file."""
    rows = []
    for lab in labels:
        langs = "+".join(v["language"] for v in lab["language_versions"])
        rows.append(f"| `{lab['file']}` | {lab['form']} | {lab['layout']} | {langs} | {lab['pages']} | "
                    f"{len(lab['seals'])} | {len(lab['signatures'])} | {len(lab.get('distractors', []))} | "
                    f"{', '.join(lab['rules'])} | {lab['notes']} |")
    footer = f"\n{len(labels)} files, {sum(lab['pages'] for lab in labels)} pages, {total_bytes / 1e6:.1f} MB.\n"
    (out_dir / "README.md").write_text(HEADER.replace("{coverage}", coverage_table(labels)) + "\n".join(rows) + "\n"
                                       + footer, encoding="utf-8")
