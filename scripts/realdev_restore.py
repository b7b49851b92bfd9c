#!/usr/bin/env python3
"""Put the real documents of ``realdev/manifest.json`` back into ``realdev/files/``.

The files come from public repositories and are not committed (the workplace
keeps fetched material out of the project's history); the manifest records
each one's repository, commit and path. Bring the repositories with the search
tool's ``fetch`` (they land in /work/.mirror/), then run this: it copies each
file out of its snapshot. A file that was derived (converted to PNG, shrunk,
cut to fewer pages) is derived again the same way where the manifest says how
(``transform``), and checked against its SHA-256; those that cannot be had are
listed with the repositories still to fetch, and the evaluation skips them.

    .venv/bin/python scripts/realdev_restore.py
"""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from realdev_manifest import REALDEV, mirror_blob, sha256


def derive(blob: bytes, target: Path, transform: str | None) -> bytes:
    """Redo a recorded conversion: ``png``, ``jpeg:<quality>:<long side>``, ``pages:<a>-<b>``."""
    if not transform:
        return blob
    kind, _, arg = transform.partition(":")
    if kind in ("png", "jpeg"):
        from PIL import Image

        img = Image.open(io.BytesIO(blob))
        out = io.BytesIO()
        if kind == "png":
            img.save(out, format="PNG")
        else:
            quality, side = (int(x) for x in arg.split(":"))
            img = img.convert("RGB")
            if max(img.size) > side:
                img.thumbnail((side, side), Image.LANCZOS)
            img.save(out, format="JPEG", quality=quality)
        return out.getvalue()
    if kind == "pages":
        import pikepdf

        first, last = (int(x) for x in arg.split("-"))
        with pikepdf.open(io.BytesIO(blob)) as pdf:
            out_pdf = pikepdf.new()
            out_pdf.pages.extend(pdf.pages[first - 1:last])
            out = io.BytesIO()
            out_pdf.save(out)
            return out.getvalue()
    raise ValueError(f"unknown transform {transform!r} for {target.name}")


def main() -> int:
    docs = json.loads((REALDEV / "manifest.json").read_text(encoding="utf-8"))["documents"]
    (REALDEV / "files").mkdir(exist_ok=True)
    have, wrong, to_fetch = 0, [], set()
    for d in docs:
        target = REALDEV / d["file"]
        if target.exists() and sha256(target.read_bytes()) == d["sha256"]:
            have += 1
            continue
        blob = mirror_blob(d["source"])
        if blob is None:
            to_fetch.add(d["source"]["repo"])
            continue
        data = derive(blob, target, d.get("transform"))
        target.write_bytes(data)
        have += 1
        if sha256(data) != d["sha256"]:
            wrong.append(d["id"])
    print(f"{have} of {len(docs)} files in realdev/files/")
    if wrong:
        print("restored but not byte-identical (derived again by another library version?): " + ", ".join(wrong))
    if to_fetch:
        print("fetch these repositories first (search tool: fetch github:OWNER/NAME):")
        for repo in sorted(to_fetch):
            print(f"  {repo}")
    return 0 if not to_fetch else 1


if __name__ == "__main__":
    sys.exit(main())
