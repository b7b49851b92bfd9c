"""Reading order and block grouping on word boxes laid out as real pages are."""
from __future__ import annotations

from docintel.models import Word
from docintel.text.layout import build_blocks, build_lines


def _row(y: float, x0: float, x1: float, text: str, n: int = 4) -> list[Word]:
    """``n`` words spread over [x0, x1] at height y (line height 0.015)."""
    step = (x1 - x0) / n
    parts = text.split() or [text]
    return [
        Word(text=parts[i % len(parts)], bbox=(x0 + i * step, y, x0 + (i + 0.85) * step, y + 0.015))
        for i in range(n)
    ]


def _bilingual_columns(rows: int, top: float = 0.2) -> list[Word]:
    """A Chinese column on the left and a Russian one on the right, ``rows`` lines."""
    words: list[Word] = []
    for i in range(rows):
        y = top + i * 0.025
        words += _row(y, 0.08, 0.45, "第一条 双方 同意 合作")
        words += _row(y, 0.55, 0.92, "Статья первая стороны согласились")
    return words


def test_words_on_one_baseline_make_one_line_in_x_order():
    words = _row(0.1, 0.1, 0.9, "a b c d")
    lines = build_lines(list(reversed(words)))
    assert len(lines) == 1
    assert [w.bbox[0] for w in lines[0].words] == sorted(w.bbox[0] for w in words)


def test_a_gutter_splits_a_row_into_two_line_segments():
    words = _row(0.1, 0.08, 0.45, "双方 同意 开展 研究") + _row(0.1, 0.55, 0.92, "Стороны договорились о сотрудничестве")
    lines = build_lines(words)
    assert len(lines) == 2


def test_two_columns_read_left_then_right_with_column_numbers():
    words = _bilingual_columns(12)
    blocks = build_blocks(build_lines(words))
    assert [b.column for b in blocks] == [1, 2]
    assert blocks[0].script == "han" and blocks[1].script == "cyrillic"
    assert len(blocks[0].lines) == 12


def test_title_across_columns_comes_first_then_columns():
    words = [Word(text="国际科技合作协议", bbox=(0.3, 0.1, 0.7, 0.115))]
    words += _bilingual_columns(10, top=0.13)  # ordinary line spacing below the title
    blocks = build_blocks(build_lines(words))
    assert blocks[0].bbox[1] < 0.12  # the title
    assert {b.column for b in blocks[1:]} == {1, 2}


def test_alternating_paragraphs_split_where_the_script_changes():
    words = []
    y = 0.1
    for i in range(3):
        for _ in range(2):
            words += _row(y, 0.1, 0.9, "双方 同意 开展 联合 研究")
            y += 0.025
        for _ in range(3):
            words += _row(y, 0.1, 0.9, "Стороны договорились проводить совместные исследования")
            y += 0.025
    blocks = build_blocks(build_lines(words))
    assert [b.script for b in blocks] == ["han", "cyrillic"] * 3
    assert all(b.column == 0 for b in blocks)


def test_paragraph_gap_larger_than_line_spacing_starts_a_new_block():
    words = []
    for i in range(4):
        words += _row(0.1 + i * 0.025, 0.1, 0.9, "one two three four")
    for i in range(4):
        words += _row(0.3 + i * 0.025, 0.1, 0.9, "five six seven eight")
    blocks = build_blocks(build_lines(words))
    assert [len(b.lines) for b in blocks] == [4, 4]


def test_uniform_wide_spacing_is_not_cut_into_one_block_per_line():
    words = []
    for i in range(8):
        words += _row(0.1 + i * 0.05, 0.1, 0.9, "double spaced text line")
    assert len(build_blocks(build_lines(words))) == 1


def test_a_cut_inside_a_column_keeps_that_column_number():
    """A signature row split in two inside the right-hand column stays column 2."""
    words = _bilingual_columns(8)
    words += _row(0.5, 0.55, 0.65, "Подпись", n=1) + _row(0.5, 0.8, 0.92, "Дата", n=1)
    blocks = build_blocks(build_lines(words))
    right = [b for b in blocks if b.bbox[0] >= 0.5]
    assert right and {b.column for b in right} == {2}
