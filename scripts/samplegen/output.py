"""Builds one sample file in its form (native, scan, mixed, image, TIFF) and its label.

Labels are computed from the laid-out pages and from the transforms applied
to them, never typed: page languages come from the paragraphs placed on each
page, seal/signature boxes from the ink outlines after skew and rotation.
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from .compose import Bilateral, Composed
from .forms import consortium, ethics
from .layout import Page, layout
from .render import ScannedPage, build_pdf, rasterize
from .scan import ScanParams, bbox_fraction, jpeg_bytes, simulate
from .spec import Sample
from .varied import Varied, month_end

DOC_TYPES = {"cooperation": "cooperation_agreement", "ip": "ip_agreement",
             "consortium": "consortium_agreement", "ethics": "ethics_review"}


@dataclass
class StoredPage:
    """A page as it ends up in the file, with its marks measured on it."""

    form: str  # text | scan
    rotation: int
    skew: float
    size: tuple[float, float]  # points for text pages, pixels for scans
    marks: list[tuple[str, dict, np.ndarray]]  # kind, attrs, outline in `size` units
    tagged: list[tuple[str, str, np.ndarray]]
    grey: bool
    image: Image.Image | None = None
    dpi: int | None = None
    quality: int = 60


def compose(sample: Sample, rng: random.Random) -> Composed:
    if sample.kind == "consortium":
        return consortium(sample, rng)
    if sample.kind == "ethics":
        return ethics(sample, rng)
    if sample.wording == "varied":
        return Varied(sample, rng).compose()
    return Bilateral(sample, rng).compose()


def scanned_indexes(sample: Sample, pages: list[Page]) -> set[int]:
    """0-based indexes of pages that become pictures."""
    n = len(pages)
    if sample.form in ("scan", "image", "tiff"):
        return set(range(n))
    if sample.form == "native":
        return set()
    if sample.scan_pages == "foreign":
        return {i for i, p in enumerate(pages) if "zh" not in p.langs}
    if sample.scan_pages == "last":
        return {n - 1}
    return {i - 1 for i in sample.scan_pages}


def rotation_for(sample: Sample, index: int, n: int) -> int:
    for k, deg in sample.rotate.items():
        if (k if k > 0 else n + k + 1) == index + 1:
            return deg
    return 0


def scan_params(sample: Sample, rot: int, rng: random.Random) -> ScanParams:
    """Scanner settings: seeded defaults, overridden by the catalog entry."""
    p = ScanParams(dpi=150, skew=round(rng.choice([-1, 1]) * rng.uniform(0.3, 3.0), 2), rotate=rot,
                   noise=rng.uniform(1.5, 3.5), blur=rng.uniform(0.4, 0.9), jpeg_quality=rng.randint(42, 58),
                   lighting=rng.choice([0.0, 0.0, rng.uniform(0.08, 0.2)]))
    for k, v in sample.scan.items():
        setattr(p, k, v)
    if sample.form == "tiff":
        p.bilevel, p.noise, p.blur = True, 0.0, 0.4
    if sample.file.endswith(".png"):  # a scanner's lossless export: clean, few colours
        p.noise, p.blur = 0.0, 0.3
    return p


def store_pages(sample: Sample, pages: list[Page], rng: random.Random) -> list[StoredPage]:
    scanned = scanned_indexes(sample, pages)
    params = {i: scan_params(sample, rotation_for(sample, i, len(pages)), rng) for i in sorted(scanned)}
    dpis = {p.dpi for p in params.values()}
    rasters = {dpi: rasterize(pages, dpi) for dpi in dpis}
    out = []
    for i, page in enumerate(pages):
        marks = [(m.kind, m.attrs, np.array(m.points, np.float32)) for m in page.marks]
        tagged = [(tag, text, np.array([[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]]], np.float32))
                  for tag, text, b in page.tagged]
        if i not in scanned:
            out.append(StoredPage("text", 0, 0.0, (page.width, page.height), marks, tagged, False))
            continue
        p = params[i]
        k = p.dpi / 72.0
        pts = [m[2] * k for m in marks] + [t[2] * k for t in tagged]
        img, moved = simulate(rasters[p.dpi][i], pts, p, rng)
        marks = [(kind, attrs, q) for (kind, attrs, _), q in zip(marks, moved[:len(marks)])]
        tagged = [(tag, text, q) for (tag, text, _), q in zip(tagged, moved[len(marks):])]
        out.append(StoredPage("scan", p.rotate, p.skew, img.size, marks, tagged, p.grey or p.bilevel,
                              image=img, dpi=p.dpi, quality=p.jpeg_quality))
    return out


def write_file(sample: Sample, stored: list[StoredPage], pages: list[Page], path: Path) -> None:
    """Serialise the stored pages in the sample's form."""
    if sample.form in ("native", "scan", "mixed"):
        seq: list[Page | ScannedPage] = []
        for sp, page in zip(stored, pages):
            if sp.form == "text":
                seq.append(page)
            else:
                w, h = sp.size
                seq.append(ScannedPage(jpeg_bytes(sp.image, sp.quality), w * 72 / sp.dpi, h * 72 / sp.dpi))
        path.write_bytes(build_pdf(seq, sample.file))
    elif sample.form == "tiff":
        imgs = [sp.image for sp in stored]
        imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="group4",
                     dpi=(stored[0].dpi, stored[0].dpi))
    elif path.suffix.lower() == ".png":
        img = stored[0].image
        img = img.convert("L") if stored[0].grey else img.quantize(colors=32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        img.save(path, "PNG", optimize=True, dpi=(stored[0].dpi, stored[0].dpi))
    else:
        buf = io.BytesIO()
        stored[0].image.save(buf, "JPEG", quality=stored[0].quality, optimize=True,
                             dpi=(stored[0].dpi, stored[0].dpi))
        path.write_bytes(buf.getvalue())


def mark_labels(stored: list[StoredPage]) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    seals, sigs, dates, distractors = [], [], [], []
    for n, sp in enumerate(stored, 1):
        w, h = sp.size
        groups: dict[int, int] = {}  # one box per paragraph / table and page, not per line
        for kind, attrs, pts in sp.marks:
            box = bbox_fraction(pts, w, h)
            if kind == "seal":
                seals.append({"page": n, "bbox": box, "color": "black" if sp.grey else attrs["color"],
                              "ink_color": attrs["color"], "shape": attrs["shape"], "text": attrs["text"],
                              "bottom_text": attrs.get("bottom_text") or None, "party": attrs.get("party"),
                              "faded": attrs.get("faded", False), "over_signature": attrs.get("over_signature", False)})
            elif kind == "signature":
                sigs.append({"page": n, "bbox": box, "party": attrs.get("party"), "style": attrs.get("style"),
                             "ink": "black" if sp.grey else attrs.get("ink"), "pen_pt": attrs.get("pen_pt")})
            else:
                g = attrs.get("group")
                if g is not None and g in groups:
                    old = distractors[groups[g]]["bbox"]
                    old[:] = [min(old[0], box[0]), min(old[1], box[1]), max(old[2], box[2]), max(old[3], box[3])]
                    continue
                if g is not None:
                    groups[g] = len(distractors)
                distractors.append({"page": n, "kind": attrs["kind"], "bbox": box,
                                    "color": "black" if sp.grey else attrs.get("color", "black")})
        for tag, text, pts in sp.tagged:
            dates.append({"page": n, "text": text, "bbox": bbox_fraction(pts, w, h)})
    return seals, sigs, dates, distractors


def language_versions(sample: Sample, pages: list[Page], seals: list[dict], sigs: list[dict]) -> list[dict]:
    out = []
    for lang in sample.langs:
        nums = [i + 1 for i, p in enumerate(pages) if lang in p.langs]
        out.append({"language": lang, "pages": nums,
                    "signed": any(s["page"] in nums for s in sigs),
                    "sealed": any(s["page"] in nums for s in seals)})
    return out


def build_sample(sample: Sample, out_dir: Path, seed: int) -> dict:
    """Write one sample file and return its label."""
    rng = random.Random(f"{seed}:{sample.file}")
    comp = compose(sample, rng)
    pages = layout(comp.blocks, *comp.page_size, comp.theme.margins, comp.footer)
    if sample.form == "image" and len(pages) != 1:
        raise ValueError(f"{sample.file}: an image sample must lay out on one page, got {len(pages)}")
    stored = store_pages(sample, pages, rng)
    write_file(sample, stored, pages, out_dir / sample.file)
    seals, sigs, dates, distractors = mark_labels(stored)
    versions = language_versions(sample, pages, seals, sigs)
    elements = dict(comp.elements)
    elements["seals"] = bool(seals)
    elements["signatures"] = bool(sigs)
    if sample.kind in ("cooperation", "ip"):
        langs = [v["language"] for v in versions]
        elements["bilingual"] = "zh" in langs and any(lang != "zh" for lang in langs)
        elements["versions_executed"] = all(v["signed"] or v["sealed"] for v in versions)
    if sample.kind == "consortium":
        sealed = {s["party"] for s in seals}
        elements["all_parties_sealed"] = len(sealed) >= len(comp.parties)
    return {
        "file": sample.file, "doc_type": DOC_TYPES[sample.kind], "form": sample.form,
        "pages": len(pages), "layout": sample.layout, "language_versions": versions,
        "page_forms": [sp.form for sp in stored], "rotations": [sp.rotation for sp in stored],
        "skew_deg": [sp.skew for sp in stored], "dpi": [sp.dpi for sp in stored],
        "page_size": [[round(v, 1) for v in sp.size] for sp in stored],
        "seals": seals, "signatures": sigs, "distractors": distractors, "dates": dates, "elements": elements,
        "party_names": comp.party_names, "mentions": comp.mentions,
        "as_of": sample.as_of, "rules": rules_broken(sample, elements, comp),
        "details": comp.extra, "notes": sample.notes,
    }


def rules_broken(sample: Sample, elements: dict, comp: Composed) -> list[str]:
    """The cross-element rules the document breaks, from what was drawn (see README)."""
    ex = comp.extra
    rules = []
    if ex.get("other_units", 0) > 3:
        rules.append("extra_units")
    if elements.get("signing_date") and elements["signing_date"] > sample.as_of:
        rules.append("signing_date_future")
    period, validity = ex.get("project_period"), ex.get("validity")
    if period and validity and validity["ends"] and validity["ends"] < month_end(period["end"]).isoformat():
        rules.append("validity_short")
    if ex.get("disagree"):
        rules.append("versions_disagree")
    if comp.mentions:
        rules.append("prior_approval")
    return rules
