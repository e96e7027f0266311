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
    hashes = (acc >> np.uint64(32)).astype(np.uint32)
    hashes.sort()
    keep = np.empty(len(hashes), dtype=bool)
    keep[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
    return hashes[keep]


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def _identity(value: int) -> int:
    return value


@cache
def scheme(num_perm: int, seed: int, threshold: float) -> tuple[MinHash, int, int]:
    """The MinHash whose permutations every signature uses, and LSH's bands and rows."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity), lsh.b, lsh.r


def _fmix32(hv: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finaliser (datasketch's pre-mix of the ``affine32`` scheme)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def signature(hashes: Hashes, rules: LinkRules) -> Hashes:
    """The MinHash signature of a shingle set: the hash values of a datasketch :class:`MinHash`.

    Equal to ``MinHash(num_perm, seed, hashfunc=identity).update_batch(hashes).hashvalues``
    (the ``affine32`` scheme: pre-mix, then ``a * h + b`` modulo 2**32), computed in one
    vectorised step instead of datasketch's per-value loop; a test holds the two equal.
    """
    base, _, _ = scheme(rules.num_perm, rules.seed, rules.lsh_threshold)
    if len(hashes) == 0:
        return np.asarray(base.hashvalues, dtype=np.uint32).copy()
    a, b = base.permutations
    mixed = _fmix32(hashes.astype(np.uint32)).reshape(-1, 1)
    with np.errstate(over="ignore"):
        permuted = mixed * np.asarray(a, dtype=np.uint32) + np.asarray(b, dtype=np.uint32)
    return np.asarray(permuted.min(axis=0), dtype=np.uint32)


def band_keys(sig: Hashes, rules: LinkRules) -> list[str]:
    """The LSH band keys of a signature: ``"<band>:<hex of the band's hash values>"``."""
    _, bands, rows = scheme(rules.num_perm, rules.seed, rules.lsh_threshold)
    return [f"{i}:{sig[i * rows : (i + 1) * rows].tobytes().hex()}" for i in range(bands)]


def estimated_similarity(
    signatures: npt.NDArray[np.uint32],
    a: npt.NDArray[np.int64],
    b: npt.NDArray[np.int64],
    chunk: int = 1 << 20,
) -> npt.NDArray[np.float64]:
    """MinHash estimates of the Jaccard similarity of many pairs of rows, ``chunk`` at a time
    (a million pairs of 64-value signatures is about 0.6 GB of temporaries)."""
    found = np.empty(len(a), dtype=np.float64)
    for start in range(0, len(a), chunk):
        rows_a, rows_b = a[start : start + chunk], b[start : start + chunk]
        found[start : start + chunk] = (signatures[rows_a] == signatures[rows_b]).mean(axis=1)
    return found
