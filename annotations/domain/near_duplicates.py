"""Near-duplicates: the same article republished with another headline, footer or byline.

Each text gets a MinHash signature of its five-word shingles (datasketch). The signature is cut
into bands; two texts sharing a band are candidates, and the share of equal signature values
estimates their Jaccard similarity. With 32 bands of 4 rows a pair at 0.6 similarity shares a band
99% of the time and one at 0.3 about 23%, so candidates stay few and none worth flagging is missed.
"""

import hashlib
import re

import numpy as np
from datasketch import MinHash

PERMUTATIONS = 128
BANDS, ROWS = 32, 4
SHINGLE = 5
# At or above this estimated similarity, an article is flagged as a near-duplicate.
THRESHOLD = 0.6

_WORD = re.compile(r"\w+")
_SLICE = 5000


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def fingerprint(text: str) -> bytes:
    """The text's MinHash signature as bytes (PERMUTATIONS unsigned 32-bit values)."""
    minhash = MinHash(num_perm=PERMUTATIONS, seed=1)
    shingles = list(_shingles(text))
    # In slices: datasketch hashes a batch as one array of shingles × permutations (about 1 KB a
    # shingle), so a whole long article at once would take gigabytes.
    for start in range(0, len(shingles), _SLICE):
        minhash.update_batch(shingles[start : start + _SLICE])
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


def bands(signature: bytes) -> list[int]:
    """The signature's band keys: signed 64-bit integers (a database bigint), the band's index
    mixed in so that equal rows in different bands do not collide."""
    keys = []
    step = ROWS * 4
    for index in range(BANDS):
        digest = hashlib.blake2b(
            signature[index * step : (index + 1) * step], digest_size=8, person=b"band%04d" % index
        )
        keys.append(int.from_bytes(digest.digest(), "big", signed=True))
    return keys


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingles."""
    a = np.frombuffer(first, dtype="<u4")
    b = np.frombuffer(second, dtype="<u4")
    if a.shape != b.shape or not a.size:
        return 0.0
    return float(np.count_nonzero(a == b)) / a.size
