"""Near-duplicate messages: character shingles, MinHash LSH bands, then an exact Jaccard check.

A report's template text (its sender's messages, normalised by
:func:`countersight.campaigns.artefacts.template_text`) is cut into overlapping
``shingle_size``-byte shingles, each hashed to 32 bits (a fixed mixing function: the same text
gives the same hashes in every process and on every run). A datasketch :class:`MinHash` of the
shingle set is cut into the bands that :class:`datasketch.MinHashLSH` chooses for the rules'
threshold; each band becomes an artefact of kind ``template`` whose value is the band's index
and hash values, so that the engine finds candidate pairs with the same ``GROUP BY`` as every
other artefact. A candidate pair links only when the exact Jaccard similarity of the two
shingle sets reaches ``template_threshold``.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

from countersight.campaigns.links import LinkRules

Hashes = npt.NDArray[np.uint32]

_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)


def shingles(text: str, size: int) -> Hashes:
    """The sorted, distinct 32-bit hashes of the ``size``-byte shingles of ``text`` (UTF-8)."""
    data = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    count = len(data) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    acc = np.zeros(count, dtype=np.uint64)
    for j in range(min(size, 8)):
        acc = (acc << np.uint64(8)) | data[j : j + count].astype(np.uint64)
    acc ^= acc >> np.uint64(33)
    acc *= _MIX1
    acc ^= acc >> np.uint64(33)
    acc *= _MIX2
    acc ^= acc >> np.uint64(33)
    return np.unique((acc >> np.uint64(32)).astype(np.uint32))


def jaccard(a: Hashes, b: Hashes) -> float:
    """Exact Jaccard similarity of two sorted, distinct hash sets."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def _identity(value: int) -> int:
    return value


@cache
def _scheme(num_perm: int, seed: int, threshold: float) -> tuple[MinHash, int, int]:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity), lsh.b, lsh.r


def band_keys(hashes: Hashes, rules: LinkRules) -> list[str]:
    """The LSH band keys of a shingle set: ``"<band>:<hex of the band's MinHash values>"``."""
    if len(hashes) == 0:
        return []
    base, bands, rows = _scheme(rules.num_perm, rules.seed, rules.lsh_threshold)
    sketch = base.copy()
    sketch.update_batch(hashes)
    values = np.asarray(sketch.hashvalues, dtype=np.uint32)
    return [f"{i}:{values[i * rows : (i + 1) * rows].tobytes().hex()}" for i in range(bands)]
