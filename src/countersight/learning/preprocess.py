"""Text preparation shared by training and inference.

:func:`words` splits text into casefolded words, HTML tags, URLs and e-mail addresses removed,
punctuation dropped (so "you're" gives the stop words "you" and "re").

The EMSCAD training text was published already lowercased, stripped of HTML tags, punctuation,
masked URL/e-mail tokens and NLTK English stop words (``data/emscad/SOURCES.md``).
:func:`emscad_form` gives any text that same shape so that the fraud model is applied to what it
was trained on.

:func:`blind` removes what no model may use as a risk signal (contract 2, fairness rule): the
sender's name, and words naming a country, nationality, ethnicity or place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

_HTML_TAG = re.compile(r"<[^>]{0,500}>")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b\S+@\S+\.\w+\b", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def _word_list(resource: str) -> list[str]:
    text = resources.files("countersight.learning.data").joinpath(resource).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def stop_words() -> frozenset[str]:
    return frozenset(_word_list("stopwords_en.txt"))


def words(text: str) -> list[str]:
    """The casefolded words of ``text``, without HTML tags, URLs or e-mail addresses."""
    # casefold, then lower: the vectorizers lowercase again, and this makes that a no-op.
    low = text.casefold().lower()
    if "<" in low:  # a tag needs one
        low = _HTML_TAG.sub(" ", low)
    if "@" in low or "://" in low or "www." in low:  # a URL or an address needs one
        low = _URL.sub(" ", low)
    return _WORD.findall(low)


def drop_stop_words(tokens: Iterable[str]) -> list[str]:
    """``tokens`` without the NLTK English stop words the EMSCAD text was cleaned of."""
    stops = stop_words()
    return [w for w in tokens if w not in stops]


def emscad_form(text: str) -> str:
    """``text`` as the EMSCAD training rows look: lowercase words, no punctuation or stop words."""
    return " ".join(drop_stop_words(words(text)))


@cache
def _identity_terms() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The place and identity terms as space-joined words, and by first word their lengths."""
    terms = {" ".join(_WORD.findall(t.casefold())) for t in _word_list("places_and_peoples.txt")}
    terms.discard("")
    widths: dict[str, set[int]] = {}
    for term in terms:
        words = term.split()
        widths.setdefault(words[0], set()).add(len(words))
    return frozenset(terms), {w: tuple(sorted(n, reverse=True)) for w, n in widths.items()}


def blind(text: str, names: Iterable[str] = ()) -> str:
    """:func:`words` of ``text``, space-joined, without the given personal names and without
    place or identity words (the form the text models read)."""
    return " ".join(blind_words(words(text), names))


def blind_words(words: list[str], names: Iterable[str] = ()) -> list[str]:
    """``words`` without the given personal names and without place or identity words."""
    terms, widths = _identity_terms()
    named = {w for name in names for w in _WORD.findall(name.casefold()) if len(w) > 1}
    # Only the words that are a name or begin a place or identity term are looked at one by one.
    special = named.union(widths.keys() & set(words)) if words else named
    if not special:
        return list(words)
    kept: list[str] = []
    i, n_words = 0, len(words)
    for at in [j for j, word in enumerate(words) if word in special]:
        if at < i:
            continue
        kept.extend(words[i:at])
        word = words[at]
        width = 1 if word in named else 0
        for n in widths.get(word, ()) if not width else ():
            if n == 1 or " ".join(words[at : at + n]) in terms:
                width = n
                break
        if width:
            i = at + width
        else:
            kept.append(word)
            i = at + 1
    kept.extend(words[i:n_words])
    return kept
