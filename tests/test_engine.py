"""The Tesseract engine kept loaded in the process (tesserocr) against the
Tesseract command (pytesseract): the same page must read the same, so that
the command can stand in wherever the bindings are not installed."""
from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from docintel.errors import TimeoutError_
from docintel.pages import PageTask, read_page
from docintel.readers import check_file
from docintel.config import Limits
from docintel.text import tess_api, tesseract

from .conftest import SAMPLES, text_image


@pytest.fixture
def backend(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setenv("DOCINTEL_TESSERACT", name)
        assert tesseract.backend().NAME == name
    return use


def test_the_engine_is_installed_and_is_the_command_s_tesseract():
    # `make setup` builds tesserocr against the system's libtesseract: one
    # Tesseract, two ways in. The wheel from PyPI carries another version.
    assert tess_api.available()
    from docintel.text import tess_cli

    assert tess_api.version() == tess_cli.version()
    assert tesseract.backend() is tess_api


@pytest.mark.parametrize("name, page", [
    ("coop_zh_ky_letter_scan.pdf", 0),  # Chinese and Kyrgyz: probe, reading, rereads of three scripts, two seals
    ("ethics_zh_photo.jpg", 0),  # a phone photo on its side: OSD, then the second engine's lines
    ("coop_ru_only_scan.pdf", 1),  # Russian only, a seal read in Cyrillic
])
def test_engine_and_command_read_a_page_the_same(backend, name, page):
    path = SAMPLES / name
    task = PageTask(path=path, kind=check_file(path, Limits()), index=page)
    backend("cli")
    by_command = read_page(task)
    backend("api")
    by_engine = read_page(task)
    assert by_engine.blocks, "nothing read"
    assert by_engine.model_dump() == by_command.model_dump()


@pytest.mark.parametrize("psm", [3, 6, 13])
def test_engine_and_command_give_the_same_words_in_every_mode(backend, psm):
    img = np.asarray(text_image(["合作协议 第三条 知识产权", "Соглашение о сотрудничестве", "Agreement on cooperation"]))
    if psm == 13:  # one raw line, as seal rims are read
        img = img[130:230, 100:1200]
    backend("cli")
    by_command = tesseract.ocr_words(img, "chi_sim+rus+eng", psm=psm)
    backend("api")
    by_engine = tesseract.ocr_words(img, "chi_sim+rus+eng", psm=psm)
    assert by_engine and by_engine == by_command


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_engine_and_command_agree_on_orientation(backend, turn):
    img = np.asarray(text_image(["国际科技合作协议"] + ["双方本着平等互利的原则，经友好协商，达成如下协议。"] * 8))
    turned = cv2.rotate(img, {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180,
                              270: cv2.ROTATE_90_COUNTERCLOCKWISE}[turn])
    backend("cli")
    by_command = tesseract.osd(turned)
    backend("api")
    by_engine = tesseract.osd(turned)
    assert by_engine == by_command
    assert by_engine is not None and by_engine.rotate == (360 - turn) % 360


def test_engine_stops_at_its_time_limit(backend):
    backend("api")
    img = np.asarray(text_image(["双方本着平等互利的原则，经友好协商，达成如下协议。"] * 30))
    with pytest.raises(TimeoutError_):
        tesseract.ocr_words(img, "chi_sim+rus", psm=3, timeout=0.01)
    # ... and the engine reads the next page normally
    assert tesseract.ocr_words(img[:400], "chi_sim+rus", psm=6)


def test_engines_loaded_per_thread_stay_few(backend):
    backend("api")
    img = np.asarray(text_image(["Agreement on cooperation"]))[:300]
    for langs in ["eng", "rus", "kaz", "chi_sim", "eng+rus", "uzb", "eng"]:
        tesseract.ocr_words(img, langs, psm=6)
    assert len(tess_api._engines()) == tess_api.MAX_LOADED


def test_threads_read_with_their_own_engines(backend):
    backend("api")
    img = np.asarray(text_image(["合作协议 第三条 知识产权", "Agreement on cooperation"]))[:500]
    alone = tesseract.ocr_words(img, "chi_sim+eng", psm=6)
    results: list = [None] * 4

    def read(i: int) -> None:
        results[i] = tesseract.ocr_words(img, "chi_sim+eng", psm=6)

    threads = [threading.Thread(target=read, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == alone for r in results)
