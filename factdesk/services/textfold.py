"""Text as compared, not as shown: case, accents, punctuation and spacing ignored."""

from __future__ import annotations

import re
import unicodedata

_WORDS = re.compile(r"[^\W_]+")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """``"Ça, c'est FAUX!"`` → ``"ca c est faux"``: the words, lower case, without accents."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded))
    return " ".join(_WORDS.findall(folded))
