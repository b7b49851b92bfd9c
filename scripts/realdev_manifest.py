#!/usr/bin/env python3
"""Build ``realdev/manifest.json`` from the labellers' parts (``realdev/parts/*.json``).

Each part is a list of labelled documents written by someone who looked at
every page (and never at docintel's code). This merges them, drops a file
that two labellers took from the same place (same bytes), records each file's
SHA-256 and whether it is the source file as it is or was derived from it
(converted, shrunk, cut to fewer pages), and assigns the split: a third of
every labeller's documents, chosen by a hash of the id, is ``heldout`` —
scored, never looked into while tuning. The split of a document never changes
once assigned (ids already in the manifest keep theirs).

    .venv/bin/python scripts/realdev_manifest.py
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT / "realdev"
MIRRORS = Path("/work/.mirror")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def mirror_blob(source: dict) -> bytes | None:
    """The file as its repository holds it, when that repository's snapshot is here."""
    git_dir = MIRRORS / source["repo"].replace("/", "+") / "repo"
    if not git_dir.exists():
        return None
    for rev in (source.get("commit"), "HEAD"):
        if not rev:
            continue
        out = subprocess.run(["git", "-C", str(git_dir), "show", f"{rev}:{source['path']}"],
                             capture_output=True)
        if out.returncode == 0:
            return out.stdout
    return None


def main() -> int:
    old = {}
    manifest_path = REALDEV / "manifest.json"
    if manifest_path.exists():
        old = {d["id"]: d for d in json.loads(manifest_path.read_text(encoding="utf-8"))["documents"]}
    docs, seen = [], {}
    for part in sorted((REALDEV / "parts").glob("*.json")):
        entries = json.loads(part.read_text(encoding="utf-8"))
        ranked = sorted(entries, key=lambda d: hashlib.sha1(d["id"].encode()).hexdigest())
        held = {d["id"] for d in ranked[::3]}
        for d in entries:
            path = REALDEV / d["file"]
            if not path.exists():
                print(f"missing file {d['file']}: left out", file=sys.stderr)
                continue
            digest = sha256(path.read_bytes())
            if digest in seen:
                print(f"{d['id']}: same file as {seen[digest]}; left out", file=sys.stderr)
                continue
            seen[digest] = d["id"]
            d["sha256"] = digest
            blob = mirror_blob(d["source"])
            if blob is not None:
                d["derived"] = sha256(blob) != digest
            elif d["id"] in old:
                d["derived"] = old[d["id"]].get("derived")
            d["split"] = old[d["id"]]["split"] if d["id"] in old else ("heldout" if d["id"] in held else "dev")
            docs.append(d)
    manifest = {
        "about": "Real public documents, labelled by looking at them; files are not committed "
                 "(see realdev/README.md). split: 'heldout' is scored but never looked into while tuning.",
        "documents": docs,
    }
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    usable = [d for d in docs if not d.get("personal_data")]
    print(f"{len(docs)} documents ({len(usable)} usable): "
          f"{sum(d['split'] == 'dev' for d in usable)} dev, {sum(d['split'] == 'heldout' for d in usable)} heldout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
