"""Searching with a hostile text: a whole claim of a million characters, or a pasted book.

"Checked before?" searches with the text of a claim being entered or shown,
which may come from a bundle; the search box takes what is pasted.  Either
uses at most a fixed number of distinct words, so the query stays small.
"""

from __future__ import annotations

import time
import tracemalloc

from factdesk.services import Case
from factdesk.services.records import ClaimFilter
from factdesk.store.search import MAX_WORDS, phrases
from tests.helpers import assert_linear


def test_a_query_uses_at_most_a_fixed_number_of_distinct_words() -> None:
    words = [f"word{n}" for n in range(10_000)]
    parts = phrases(" ".join(words * 3))
    assert len(parts) == MAX_WORDS and parts[0] == '"word0"'
    assert phrases("tax tax ref") == ['"tax"', '"ref"*']  # the word being typed: a prefix
    assert phrases("a" * 1_000_000)  # one long word is one word


def test_a_long_word_being_typed_is_read_in_linear_time() -> None:
    # Its possible stem endings are looked for in its last few letters only.
    assert_linear(lambda n: "gargling" * (n // 8) + "in", phrases, [250_000, 500_000, 1_000_000])


def test_similar_claims_and_search_with_a_huge_text_stay_small(case: Case) -> None:
    case.claims.create("The harbour bridge was closed for repairs in March")
    case.claims.create("Bridge repairs cost twice the budget")
    huge = " ".join(f"harbour{n} bridge repairs" for n in range(150_000))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        similar = case.claims.similar(huge)
        found = case.claims.list_ids(ClaimFilter(search=huge), sort="relevance")
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 30
    assert peak < 300 * 1024 * 1024
    assert len(similar) == 2 and isinstance(found, list)
