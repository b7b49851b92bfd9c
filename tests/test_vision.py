"""Seals and signatures on pages drawn here, independently of the sample
generator: other fonts, sizes and ink, so the detector is not only checked on
the style it was developed on."""
from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docintel.judge.execution import execution_elements, mark_versions, match_seal
from docintel.models import Block, LanguageVersion, Line, Page, Seal, Signature, Word
from docintel.judge.parties import find_parties
from docintel.vision.ink import ink_image
from docintel.vision.marks import page_marks
from docintel.vision.seal_text import read_seal
from docintel.vision.seals import find_seals
from docintel.vision.signatures import TextLine, find_signatures, is_label

from .conftest import LATIN_FONT, ZH_FONT

A4 = (1240, 1754)  # 150 dpi
RED, BLUE, VIOLET, BLACK = (205, 40, 45), (40, 70, 160), (110, 50, 140), (20, 20, 20)


def page(size=A4) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", size, (250, 248, 240))
    return img, ImageDraw.Draw(img)


def body_text(draw: ImageDraw.ImageDraw, top=120, rows=12, colour=BLACK) -> None:
    font = ImageFont.truetype(ZH_FONT, 30)
    for i in range(rows):
        draw.text((110, top + i * 48), "本协议由双方协商一致签订，双方应当按照约定履行各自的责任和义务。", font=font, fill=colour)


def round_seal(img: Image.Image, centre, radius: int, text: str, colour, star=True, aspect=1.0,
               font=ZH_FONT) -> tuple[float, float, float, float]:
    """A seal drawn on its own layer and pasted with partial opacity, like ink."""
    w, h = int(radius * 2 * aspect) + 20, radius * 2 + 20
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = w / 2, h / 2
    rx, ry = radius * aspect, radius
    d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], outline=255, width=max(3, radius // 16))
    f = ImageFont.truetype(font, int(radius * 0.28))
    n = len(text)
    span = math.radians(min(260, 30 * n))
    for i, ch in enumerate(text):
        a = -span / 2 + span * (i + 0.5) / n  # 0 at the top, clockwise
        glyph = Image.new("L", (int(radius * 0.4), int(radius * 0.4)), 0)
        ImageDraw.Draw(glyph).text((2, 0), ch, font=f, fill=255)
        glyph = glyph.rotate(-math.degrees(a), expand=True)
        gx = cx + rx * 0.72 * math.sin(a) - glyph.width / 2
        gy = cy - ry * 0.72 * math.cos(a) - glyph.height / 2
        layer.paste(255, (int(gx), int(gy)), glyph)
    if star:
        pts = []
        for k in range(10):
            r = radius * (0.28 if k % 2 == 0 else 0.11)
            t = -math.pi / 2 + k * math.pi / 5
            pts.append((cx + r * math.cos(t), cy + r * math.sin(t)))
        d.polygon(pts, fill=255)
    x0, y0 = int(centre[0] - w / 2), int(centre[1] - h / 2)
    ink = Image.new("RGB", (w, h), colour)
    img.paste(ink, (x0, y0), layer.point(lambda v: int(v * 0.85)))
    W, H = img.size
    return ((centre[0] - rx) / W, (centre[1] - ry) / H, (centre[0] + rx) / W, (centre[1] + ry) / H)


def rect_stamp(img: Image.Image, box, lines: list[str], colour) -> tuple[float, float, float, float]:
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    d.rectangle(box, outline=colour, width=4)
    d.rectangle((x0 + 8, y0 + 8, x1 - 8, y1 - 8), outline=colour, width=2)
    f = ImageFont.truetype(LATIN_FONT, 24)
    for i, text in enumerate(lines):
        d.text((x0 + 24, y0 + 22 + i * 34), text, font=f, fill=colour)
    W, H = img.size
    return (x0 / W, y0 / H, x1 / W, y1 / H)


def scribble(draw: ImageDraw.ImageDraw, x: int, y: int, width: int = 190, colour=BLUE, seed: int = 1) -> tuple:
    """A pen signature: a loopy line drifting right, then a flourish."""
    rng = np.random.default_rng(seed)
    pts = []
    for i in range(60):
        t = i / 59
        pts.append((x + t * width + 10 * math.sin(t * 25), y + 22 * math.sin(t * 17 + rng.uniform(0, 0.3))
                    + rng.uniform(-2, 2)))
    draw.line(pts, fill=colour, width=3, joint="curve")
    draw.line([(x - 5, y + 30), (x + width * 0.5, y + 38), (x + width + 10, y + 18)], fill=colour, width=3)
    return pts


def iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def seals_on(img: Image.Image):
    ink = ink_image(np.asarray(img))
    h, w = ink.shape
    return [(f, (f.box[0] / w, f.box[1] / h, f.box[2] / w, f.box[3] / h)) for f in find_seals(ink)]


# ------------------------------------------------------------------ seals
def test_red_round_seal_over_text_is_found_with_colour_and_shape():
    img, draw = page()
    body_text(draw, top=700)
    truth = round_seal(img, (420, 860), 150, "新疆维吾尔自治区科学院", RED)
    found = seals_on(img)
    assert len(found) == 1
    seal, box = found[0]
    assert iou(box, truth) > 0.6
    assert (seal.colour, seal.shape) == ("red", "round")
    assert seal.confidence >= 0.8


def test_grey_scan_seal_is_found_by_its_ring_alone():
    img, draw = page()
    body_text(draw, top=700)
    truth = round_seal(img, (420, 860), 160, "伊犁师范大学合同专用章", RED)
    grey = img.convert("L").convert("RGB")
    found = seals_on(grey)
    assert len(found) == 1 and iou(found[0][1], truth) > 0.6
    assert found[0][0].colour == "black"


def test_blue_oval_and_violet_rectangle_stamps():
    img, draw = page()
    body_text(draw, top=150, rows=6)
    oval = round_seal(img, (380, 900), 110, "UNIVERSITY OF AGRICULTURE", BLUE, star=False, aspect=1.45,
                      font=LATIN_FONT)
    rect = rect_stamp(img, (700, 1200, 1120, 1330), ["Institute of Botany", "International Office"], VIOLET)
    found = sorted(seals_on(img), key=lambda f: f[1][1])
    assert len(found) == 2
    (s_oval, b_oval), (s_rect, b_rect) = found
    assert iou(b_oval, oval) > 0.5 and (s_oval.colour, s_oval.shape) == ("blue", "oval")
    assert iou(b_rect, rect) > 0.5 and (s_rect.colour, s_rect.shape) == ("purple", "rectangle")


def test_seals_stamped_touching_are_two_seals():
    img, _ = page()
    a = round_seal(img, (400, 900), 140, "新疆农业大学", RED)
    b = round_seal(img, (675, 900), 140, "塔里木大学", RED)
    boxes = [box for _, box in seals_on(img)]
    assert len(boxes) == 2
    assert max(iou(x, a) for x in boxes) > 0.6 and max(iou(x, b) for x in boxes) > 0.6


def test_lookalikes_are_not_seals():
    """A red letterhead and its rule, red and blue text with underlines, a printed
    "(盖章处)" circle, a filled round emblem, a table and an empty box."""
    img, draw = page()
    title = ImageFont.truetype(ZH_FONT, 72)
    draw.text((170, 80), "新疆大学国际合作与交流处文件", font=title, fill=RED)
    draw.line([(100, 200), (1140, 200)], fill=RED, width=6)
    draw.ellipse([90, 60, 170, 140], fill=BLUE)  # an emblem: a filled picture in a ring
    draw.ellipse([80, 50, 180, 150], outline=BLUE, width=4)
    body_text(draw, top=260, rows=4, colour=RED)
    body_text(draw, top=480, rows=3, colour=BLUE)
    draw.line([(110, 620), (900, 620)], fill=BLUE, width=3)
    draw.ellipse([200, 800, 440, 1040], outline=BLACK, width=3)
    draw.text((250, 900), "（盖章处）", font=ImageFont.truetype(ZH_FONT, 30), fill=BLACK)
    for i in range(6):
        draw.line([(600, 800 + i * 60), (1100, 800 + i * 60)], fill=BLACK, width=2)
    for x in (600, 760, 930, 1100):
        draw.line([(x, 800), (x, 1100)], fill=BLACK, width=2)
    draw.rectangle([150, 1250, 600, 1400], outline=BLACK, width=3)
    assert seals_on(img) == []
    assert seals_on(img.convert("L").convert("RGB")) == []


def test_seal_text_is_read_from_the_unwrapped_rim():
    img, _ = page()
    round_seal(img, (600, 800), 240, "新疆大学", RED)
    arr = np.asarray(img.resize((A4[0] * 2, A4[1] * 2)))
    ink = ink_image(arr)
    (seal,) = find_seals(ink)
    text = read_seal(arr, seal, ink.scale)
    assert text is not None and sum(ch in text for ch in "新疆大学") >= 3


# ------------------------------------------------------------------ signatures
def label_line(img: Image.Image, draw: ImageDraw.ImageDraw, x: int, y: int, text: str) -> TextLine:
    font = ImageFont.truetype(ZH_FONT, 30)
    draw.text((x, y), text, font=font, fill=BLACK)
    x0, y0, x1, y1 = draw.textbbox((x, y), text, font=font)
    return TextLine((x0, y0, x1, y1), text, [((x0, y0, x1, y1), 0.95)])


def signatures_on(img: Image.Image, lines: list[TextLine]):
    arr = np.asarray(img)
    ink = ink_image(arr)
    scale = ink.scale
    scaled = [TextLine(tuple(int(v * scale) for v in ln.box), ln.text,
                       [(tuple(int(v * scale) for v in b), c) for b, c in ln.words]) for ln in lines]
    h, w = ink.shape
    return [(f, (f.box[0] / w, f.box[1] / h, f.box[2] / w, f.box[3] / h))
            for f in find_signatures(ink, scaled, find_seals(ink))]


def test_pen_signature_beside_its_label_is_found():
    img, draw = page()
    lines = [label_line(img, draw, 120, 1000, "法定代表人（签字）：")]
    pts = scribble(draw, 430, 995)
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    truth = ((min(xs) - 5) / A4[0], min(ys) / A4[1], (max(xs) + 10) / A4[0], (max(ys) + 38) / A4[1])
    found = signatures_on(img, lines)
    assert len(found) == 1
    assert found[0][0].near_label and iou(found[0][1], truth) > 0.4


def test_signature_under_a_red_seal_is_still_found():
    img, draw = page()
    lines = [label_line(img, draw, 120, 1000, "Signature:")]
    scribble(draw, 330, 1000, colour=BLACK)
    round_seal(img, (420, 1010), 130, "新疆大学", RED)
    assert len(signatures_on(img, lines)) == 1


def test_print_ruling_and_printed_shapes_are_not_signatures():
    img, draw = page()
    lines = [label_line(img, draw, 120, 300 + i * 50, "甲方负责人（签字）：本协议一式两份双方各执一份") for i in range(6)]
    lines.append(label_line(img, draw, 120, 700, "Signature: ______________________"))
    draw.line([(120, 760), (900, 760)], fill=BLACK, width=2)
    draw.ellipse([600, 900, 800, 1100], outline=BLACK, width=3)  # a printed placeholder circle
    draw.rectangle([150, 1200, 500, 1300], outline=BLACK, width=2)
    assert signatures_on(img, lines) == []


@pytest.mark.parametrize("text,expected", [
    ("法定代表人或授权代表（签字）：", True), ("Signature:", True), ("Подпись:", True), ("Қолы:", True),
    ("Imzo:", True), ("دستخط:", True), ("本协议一式两份", False), ("Date: 2025-03-01", False),
])
def test_signature_labels_in_every_language(text, expected):
    assert is_label(text) is expected


# ------------------------------------------------------------------ page, versions, parties
def words_page(number: int, rows: list[str], rotation: int = 0) -> Page:
    lines = [Line(words=[Word(text=t, bbox=(0.1, 0.1 + i * 0.03, 0.6, 0.12 + i * 0.03))],
                  bbox=(0.1, 0.1 + i * 0.03, 0.6, 0.12 + i * 0.03)) for i, t in enumerate(rows)]
    return Page(number=number, width=A4[0], height=A4[1], source="ocr", rotation=rotation,
                blocks=[Block(lines=lines, bbox=(0.1, 0.1, 0.6, 0.5))])


def test_page_marks_on_a_turned_scan_come_back_in_stored_coordinates():
    img, _ = page()
    truth = round_seal(img, (300, 1400), 150, "新疆大学", RED)
    stored = img.rotate(90, expand=True)  # the scan lies on its side: turn 270 clockwise to read it
    seals, _ = page_marks(np.asarray(stored), words_page(1, [], rotation=270), read_text=False)
    assert len(seals) == 1
    x0, y0, x1, y1 = truth  # a 90 degree counter-clockwise turn moves (x, y) to (y, 1 - x)
    assert iou(seals[0].bbox, (y0, 1 - x1, y1, 1 - x0)) > 0.6


def test_versions_are_signed_and_sealed_by_the_marks_on_their_pages():
    versions = [LanguageVersion(language="zh", pages=[1, 2]), LanguageVersion(language="ru", pages=[3, 4]),
                LanguageVersion(language="kk", pages=[4])]
    seals = [Seal(page=2, bbox=(0.1, 0.1, 0.3, 0.3), color="red", shape="round", confidence=0.9)]
    sigs = [Signature(page=4, bbox=(0.5, 0.5, 0.7, 0.55), confidence=0.9)]
    mark_versions(versions, seals, sigs)
    assert [(v.signed, v.sealed) for v in versions] == [(False, True), (True, False), (True, False)]


def test_parties_are_found_and_seals_matched_to_them():
    pages = [words_page(1, ["甲方（盖章）：新疆农业大学", "乙方：塔什干国立农业大学", "Party B: Tashkent State Agrarian University",
                            "丙方:中国科学院新疆生态与地理研究所", "本协议一式三份"])]
    parties = find_parties(pages)
    assert [p.place for p in parties] == [1, 2, 3]
    assert parties[1].name == "塔什干国立农业大学" and len(parties[1].names) == 2
    noisy = Seal(page=1, bbox=(0, 0, 0.2, 0.2), color="red", shape="round", text="新疆农业天学", confidence=0.9)
    assert match_seal(noisy, parties).place == 1
    foreign = Seal(page=1, bbox=(0, 0, 0.2, 0.2), color="blue", shape="round", text="TASHKENT STATE AGRARIAN",
                   confidence=0.9)
    assert match_seal(foreign, parties).place == 2
    unrelated = Seal(page=1, bbox=(0, 0, 0.2, 0.2), color="red", shape="round", text="石河子大学", confidence=0.9)
    assert match_seal(unrelated, parties) is None
    for scrap in ("大学", "ии", "UNIV"):  # a few letters are part of every name
        short = Seal(page=1, bbox=(0, 0, 0.2, 0.2), color="blue", shape="round", text=scrap, confidence=0.9)
        assert match_seal(short, parties) is None


def test_a_party_without_a_seal_is_named():
    pages = [words_page(1, ["甲方：新疆大学", "乙方：石河子大学", "丙方：塔里木大学"])]
    seals = [Seal(page=1, bbox=(0, 0, 0.2, 0.2), color="red", shape="round", text=t, confidence=0.9)
             for t in ("新疆大学", "塔里木大")]
    elements = execution_elements(find_parties(pages), [], seals, [])
    sealed = elements["all_parties_sealed"]
    assert sealed.status == "missing"
    assert sealed.value["unsealed"] == ["石河子大学"]
    assert elements["versions_executed"].status == "uncertain"
    assert elements["seals"].status == "present" and elements["signatures"].status == "missing"


def signature_field_pdf(path, signed: bool):
    """The smallest PDF with a signature field, filled (signed) or waiting."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>",
        b"<< /FT /Sig /T (Signature1) /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R"
        + (b" /V 5 0 R" if signed else b"") + b" >>",
        b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 10 20 10]"
        b" /Contents <3000> /M (D:20250315120000+08'00') >>",
    ]
    out, offsets = b"%PDF-1.7\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(out)
    return path


@pytest.mark.parametrize("signed", [True, False])
def test_digital_signature_fields_count_only_when_signed(tmp_path, settings, signed):
    from docintel.pipeline import analyze_document

    report = analyze_document(signature_field_pdf(tmp_path / "signed.pdf", signed), settings).report
    assert report.status == "ok"
    assert report.elements["digital_signatures"].status == ("present" if signed else "missing")
    assert report.elements["signatures"].status == ("present" if signed else "missing")


def test_a_failed_detector_makes_marks_uncertain_not_missing():
    """Nothing found where the detector could not look is no evidence of absence."""
    import datetime as dt

    from docintel.pages import _add_marks
    from docintel.judge.rulebook import findings_for, load_rulebook

    broken = Page(number=2, width=10, height=10, source="ocr")
    _add_marks(broken, np.zeros((0, 0, 3), np.uint8))  # the real detector, on an image it cannot handle
    assert broken.marks_error and broken.seals == [] and broken.signatures == []

    pages = [words_page(1, ["甲方：新疆大学", "乙方：石河子大学"])]
    elements = execution_elements(find_parties(pages), [], [], [], unchecked=[broken.number])
    for el in ("seals", "signatures"):
        assert elements[el].status == "uncertain"
        assert elements[el].value["reason"] == "not_checked"
    findings = findings_for("ethics_review", elements, dt.date(2026, 1, 1), load_rulebook())
    seal_finding = next(f for f in findings if f.element == "seals")
    assert seal_finding.severity == "warning" and "第2页" in seal_finding.message.zh
    # pages that were checked and hold nothing: missing, as before
    assert execution_elements(find_parties(pages), [], [], [])["seals"].status == "missing"


def test_rows_printed_in_colour_are_told_from_pens_seals_and_rules():
    """OCR keeps coloured print and fades the rest: the rows found must be the
    printed ones, not a signature, a seal's rim text or an underline."""
    from docintel.vision.colour_text import colour_text_lines

    img, draw = page()
    body_text(draw, top=120, rows=4)
    en = ImageFont.truetype(LATIN_FONT, 26)
    draw.text((110, 400), "Article 5. The Parties shall jointly own the results.", font=en, fill=RED)
    draw.text((110, 450), "Статья 6. Стороны совместно владеют результатами.", font=en, fill=BLUE)
    draw.line((110, 560, 1100, 560), fill=RED, width=3)  # a coloured rule
    scribble(draw, 700, 1300, colour=BLUE, seed=3)
    seal_box = round_seal(img, (400, 1300), 130, "新疆大学科研处", RED)
    ink = ink_image(np.asarray(img))
    rows = colour_text_lines(ink, find_seals(ink))
    h, w = ink.shape
    centres = sorted(((y0 + y1) / 2 / h, (x0 + x1) / 2 / w) for x0, y0, x1, y1 in rows)
    assert len(rows) == 2, rows
    assert abs(centres[0][0] - 412 / A4[1]) < 0.02 and abs(centres[1][0] - 462 / A4[1]) < 0.02
    assert all(not (seal_box[1] < cy < seal_box[3]) for cy, _ in centres)


def test_candidates_cover_every_kind_of_seal_and_the_judge_falls_back_to_rules(tmp_path):
    """The judge can only choose among candidates: every seal drawn here, in every
    ink and on a grey copy, must be among them, with every feature the model
    reads; without its model file the rules decide, as they did before it."""
    from docintel.vision.candidates import SEAL_FEATURES, seal_candidates, vector
    from docintel.vision.marks_model import judge

    img, draw = page()
    body_text(draw, top=150, rows=20)
    truths = [round_seal(img, (300, 500), 140, "新疆维吾尔自治区科学院", RED),
              round_seal(img, (800, 900), 130, "КАЗАХСКИЙ УНИВЕРСИТЕТ", BLUE, font=LATIN_FONT),
              round_seal(img, (400, 1350), 120, "SAMARKAND STATE UNIV", VIOLET, aspect=1.3, font=LATIN_FONT)]
    for picture in (img, img.convert("L").convert("RGB")):
        ink = ink_image(np.asarray(picture))
        cands = seal_candidates(ink)
        h, w = ink.shape
        boxes = [(c.box[0] / w, c.box[1] / h, c.box[2] / w, c.box[3] / h) for c in cands]
        for truth in truths:
            assert max(iou(b, truth) for b in boxes) > 0.5
        assert all(len(vector(c)) == len(SEAL_FEATURES) for c in cands)
    shipped = judge()
    assert shipped is not None and shipped.thresholds["seal"] is not None
    assert judge.__wrapped__(tmp_path / "no_model.npz") is None


def test_shipped_trees_give_scikit_learn_s_own_probabilities():
    """The judge walks its trees with numpy (no scikit-learn in the workers): on
    real candidates and on random ones, with missing values, it must say exactly
    what the trained scikit-learn model says."""
    joblib = pytest.importorskip("joblib")
    from docintel.vision.marks_model import MODEL, judge

    bundle = joblib.load(MODEL.with_suffix(".joblib"))
    shipped = judge()
    rng = np.random.default_rng(1)
    for kind, trained in bundle["models"].items():
        n = len(bundle["features"][kind])
        x = (rng.normal(size=(2000, n)) * rng.choice([0.1, 1, 10, 100], size=(2000, n))).astype(np.float32)
        x[rng.random(x.shape) < 0.05] = np.nan
        assert np.allclose(shipped.models[kind].probabilities(x), trained.predict_proba(x)[:, 1], rtol=0, atol=1e-12)
