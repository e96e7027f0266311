"""Pre-filters: the words a pattern cannot match without, checked before the pattern runs.

Most messages contain none of the words of most vocabularies, yet a regular expression costs a
scan of the whole text. A :class:`Gate` is derived once from a compiled pattern (any pattern: a
concept's alternation, a vocabulary's trie, a raw ``re:`` term, a case-sensitive one) by reading
its parse tree (:mod:`.clauses`): the literal words that every match must contain, as *keys*.
A text's keys (:func:`text_keys`) are computed once per text field: its words, their 4- and
6-letter prefixes, ``#`` for a digit, ``#k`` for a number in thousands and the symbols
``$ £ € ¥ @ / +``. A gate is a few set operations against them; only a text that passes runs the
pattern. Concepts, vocabularies and gated vocabularies all use it, so no indicator needs a
hand-written pre-check for speed.

A gate never hides a match; it only skips texts that cannot match. Keys are made of letters and
digits (or a symbol), so they hold for every copy of a text that keeps those in place (folded
quotes and dashes, separators turned into spaces, lower case). Both sides are read in the lower
case that case-insensitive matching uses (:func:`~countersight.screening.casefold.canonical`:
"ſ" is "s", "İ" is "i"), and a word of the pattern counts as a whole word (or a word prefix) only
where the pattern itself guarantees a non-word character or the end of the text on that side (a
look-around, a space, ``\\b``); elsewhere it is looked for as a substring. A text with a
character that case-insensitive matching equates with a letter although it is not one (U+0345)
has no keys, and every gate lets it through.
"""

from countersight.screening.prefilter.clauses import Clause
from countersight.screening.prefilter.gate import Gate, gate_of
from countersight.screening.prefilter.keys import LONG_PREFIX, PREFIX, SYMBOLS, text_keys, word_key

__all__ = ["LONG_PREFIX", "PREFIX", "SYMBOLS", "Clause", "Gate", "gate_of", "text_keys", "word_key"]
