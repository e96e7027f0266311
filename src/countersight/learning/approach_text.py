"""What the text models read of an approach, and how their verdict is explained.

The hostile-approach model reads the sender's own words (headline, about, inbound messages) with
names, places and identity words removed (:func:`~countersight.learning.preprocess.blind`). The
recruitment-fraud model reads the same words shaped like its EMSCAD training text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.pipeline import Pipeline

from countersight.domain import Approach, Evidence
from countersight.learning.pipeline import TermShare, hashed_tfidf_lr
from countersight.learning.preprocess import blind_words, drop_stop_words, words

#: Inverse regularisation strength of the hostile-approach model: the best out-of-fold ROC-AUC
#: of 1, 3, 10, 30 and 100 in group-aware 5-fold cross-validation on the training corpus.
C = 30.0


def sender_fields(approach: Approach) -> list[tuple[str, str]]:
    """``(document path, text)`` of every field holding the sender's own words."""
    fields = []
    if approach.sender.headline:
        fields.append(("sender.headline", approach.sender.headline))
    if approach.sender.about:
        fields.append(("sender.about", approach.sender.about))
    fields += [
        (f"messages[{i}].text", m.text)
        for i, m in enumerate(approach.messages)
        if m.direction == "inbound"
    ]
    return fields


#: Titles and honorifics are not part of who someone is: they stay in the text (removing "Dr"
#: only when the sender's name happens to carry it would make the text depend on the name).
HONORIFICS = frozenset(
    [
        "dr",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "phd",
        "md",
        "mba",
        "msc",
        "bsc",
        "jr",
        "sr",
    ]
)


def _names(approach: Approach) -> list[str]:
    return [w for w in words(approach.sender.name or "") if w not in HONORIFICS]


#: The models read at most this many characters of the sender's words (a LinkedIn message holds
#: at most 8,000): more says nothing new about the wording and would only cost time.
MODEL_TEXT_CHARS = 20_000


def _sender_words(approach: Approach) -> str:
    return " \n ".join(text for _, text in sender_fields(approach))[:MODEL_TEXT_CHARS]


def model_words(approach: Approach) -> tuple[list[str], list[str]]:
    """What the hostile-approach model and the recruitment-fraud model read, in one pass: the
    sender's blinded words, and the same without stop words (the EMSCAD training text's form)."""
    kept = blind_words(words(_sender_words(approach)), _names(approach))
    return kept, drop_stop_words(kept)


def build_hostile_model(c: float = C) -> Pipeline:
    """The shared text recipe (:mod:`countersight.learning.pipeline`) at this model's strength."""
    return hashed_tfidf_lr(c)


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern[str]:
    """An n-gram as it may be written: its words in any case, anything but words between."""
    return re.compile(
        r"(?<!\w)" + r"\W+".join(map(re.escape, term.split())) + r"(?!\w)", re.IGNORECASE
    )


@lru_cache(maxsize=4096)
def _term_scan(term: str) -> re.Pattern[str] | None:
    """:func:`_term_pattern` without its leading look-behind, for text in the canonical lower case
    of case-insensitive matching (``None`` if it cannot be rewritten exactly): the engine can then
    jump to the term's first letter, and :func:`_find` checks the word boundary before it."""
    # Imported here: the screening package imports this module (through the text models).
    from countersight.screening.casefold import lowercase_pattern

    body = r"\W+".join(map(re.escape, term.split())) + r"(?!\w)"
    return lowercase_pattern(re.compile(body, re.IGNORECASE))


def _find(term: str, text: str, canon: str | None) -> tuple[int, int] | None:
    """Where ``_term_pattern(term)`` first matches ``text`` (``canon``: its canonical form)."""
    scan = _term_scan(term) if canon is not None else None
    if scan is None or canon is None:
        match = _term_pattern(term).search(text)
        return None if match is None else match.span()
    search = scan.search
    pos = 0
    while (match := search(canon, pos)) is not None:
        start = match.start()
        if start == 0 or not (canon[start - 1].isalnum() or canon[start - 1] == "_"):
            return match.span()
        pos = start + 1
    return None


def quote_terms(approach: Approach, terms: list[TermShare]) -> list[Evidence]:
    """Where each term occurs in the sender's words, quoted with its offsets."""
    from countersight.screening.casefold import canonical

    found = []
    fields = [(path, text, canonical(text)) for path, text in sender_fields(approach)]
    for share in terms:
        for path, text, canon in fields:
            span = _find(share.term, text, canon)
            if span is not None:
                start, end = span
                found.append(
                    Evidence(
                        field=path,
                        quote=text[start:end],
                        start=start,
                        end=end,
                        note=f'"{share.term}" moves the log-odds {share.weight:+.2f}',
                    )
                )
                break
    return found
