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
from countersight.learning.preprocess import blind_words, stop_words, words

#: Inverse regularisation strength of the hostile-approach model (chosen by group-aware
#: cross-validation on the training corpus; ``countersight bench approaches`` shows the result).
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
    name = approach.sender.name or ""
    return [w for w in re.findall(r"\w+", name) if w.casefold() not in HONORIFICS]


#: The models read at most this many characters of the sender's words (a LinkedIn message holds
#: at most 8,000): more says nothing new about the wording and would only cost time.
MODEL_TEXT_CHARS = 20_000


def _sender_words(approach: Approach) -> str:
    return " \n ".join(text for _, text in sender_fields(approach))[:MODEL_TEXT_CHARS]


def model_words(approach: Approach) -> tuple[list[str], list[str]]:
    """What the hostile-approach model and the recruitment-fraud model read, in one pass: the
    sender's blinded words, and the same without stop words (the EMSCAD training text's form)."""
    kept = blind_words(words(_sender_words(approach)), _names(approach))
    stops = stop_words()
    return kept, [w for w in kept if w not in stops]


def hostile_input(approach: Approach) -> str:
    """The blinded words the hostile-approach model reads, as one text."""
    return " ".join(model_words(approach)[0])


def fraud_input(approach: Approach) -> str:
    """The blinded words, in EMSCAD form, that the recruitment-fraud model reads, as one text."""
    return " ".join(model_words(approach)[1])


def build_hostile_model(c: float = C) -> Pipeline:
    """The shared text recipe (:mod:`countersight.learning.pipeline`) at this model's strength."""
    return hashed_tfidf_lr(c)


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern[str]:
    """An n-gram as it may be written: its words in any case, anything but words between."""
    return re.compile(
        r"(?<!\w)" + r"\W+".join(map(re.escape, term.split())) + r"(?!\w)", re.IGNORECASE
    )


def quote_terms(approach: Approach, terms: list[TermShare]) -> list[Evidence]:
    """Where each term occurs in the sender's words, quoted with its offsets."""
    found = []
    for share in terms:
        pattern = _term_pattern(share.term)
        for path, text in sender_fields(approach):
            match = pattern.search(text)
            if match:
                found.append(
                    Evidence(
                        field=path,
                        quote=match.group(),
                        start=match.start(),
                        end=match.end(),
                        note=f'"{share.term}" moves the log-odds {share.weight:+.2f}',
                    )
                )
                break
    return found
