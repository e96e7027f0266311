"""Repair text the way exports break it: mojibake, HTML in message content, stray entities."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

import ftfy
import ftfy.bad_codecs

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)
# A UTF-8 lead byte (0xC2-0xF4) read as Windows-1252, then a continuation byte (0x80-0xBF) so read.
_CONTINUATION = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
MOJIBAKE_PAIR = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")
_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tbody|tr|td|th|img|"
    r"html|head|body|font|blockquote|pre|code|hr|center|style|script|title|meta)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_BLOCK = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING = re.compile(r"[ \t]+\n")
#: Link targets worth keeping next to their anchor text (a wa.me link behind "click here").
_KEEP_HREF = re.compile(r"(?:https?:|mailto:|tel:|weixin:|tg:|whatsapp:)", re.IGNORECASE)


class _TextOf(HTMLParser):
    """The text of an HTML fragment, with line breaks for blocks and link targets kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._href: str | None = None
        self._anchor: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br" or tag in _BLOCK:
            self.parts.append("\n")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._href = href.strip() if _KEEP_HREF.match(href.strip()) else None
            self._anchor = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag == "a" and self._href is not None:
            anchor = "".join(self._anchor)
            target = self._href.removeprefix("mailto:").removeprefix("tel:")
            if target not in anchor:
                self.parts.append(f" ({self._href})")
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._href is not None:
            self._anchor.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment; never fails, whatever the markup."""
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts).replace("\r\n", "\n").replace("\xa0", " ")
    text = _TRAILING.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def repair(value: str) -> str:
    """Undo mojibake (``JosÃ©`` -> ``José``) and normalise to NFC; ASCII passes untouched.

    ftfy decides by how odd the text looks, and lets short cases such as ``DoÄŸan`` (``Doğan``)
    through; when it changes nothing but a UTF-8 lead character stands before a continuation
    character, the whole text is re-read as UTF-8 written out in Windows-1252, and kept only if
    that decodes cleanly (text that merely contains ``Ä`` does not).
    """
    if value.isascii():
        return value
    if len(value) <= 200:
        return _repair_short(value)  # names and subjects come back again and again
    return _repair(value)


@lru_cache(maxsize=1 << 16)
def _repair_short(value: str) -> str:
    return _repair(value)


def _repair(value: str) -> str:
    fixed = ftfy.fix_text(value, _FTFY)
    if fixed == value and MOJIBAKE_PAIR.search(value):
        try:
            return unicodedata.normalize("NFC", value.encode("sloppy-windows-1252").decode("utf-8"))
        except UnicodeError:
            return fixed
    return fixed


def message_text(content: str) -> str:
    """A message's CONTENT as the recipient read it: repaired, HTML turned into text."""
    text = repair(content)
    if "<" in text and _TAG.search(text):
        return html_to_text(text)
    if "&" in text and _ENTITY.search(text):
        return html.unescape(text).strip()
    return text.strip()
