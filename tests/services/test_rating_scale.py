"""Editing the rating scale: labels, order, values, colours, merging keys (and undoing it)."""

from __future__ import annotations

import pytest

from factdesk.errors import ValidationError
from factdesk.services import Case
from factdesk.services.rating_scale import NEUTRAL, RAMP, derived_colour


def keys(case: Case) -> list[str]:
    return [r.key for r in case.ratings.scale()]


def test_rename_revalue_recolour(case: Case) -> None:
    rating = case.rating_scale.update("mixed", label="Half true", value=3, colour="#123ABC")
    assert (rating.label, rating.value, rating.colour) == ("Half true", 3, "#123abc")
    assert case.ratings.by_key()["mixed"].label == "Half true"
    cleared = case.rating_scale.update("mixed", colour=None, value=None)
    assert cleared.colour is None and cleared.value is None
    with pytest.raises(ValidationError, match="#rrggbb"):
        case.rating_scale.update("mixed", colour="red")
    with pytest.raises(ValidationError, match="must not be empty"):
        case.rating_scale.update("mixed", label="  ")


def test_reorder_needs_every_key(case: Case) -> None:
    order = keys(case)
    new = [order[-1], *order[:-1]]
    assert [r.key for r in case.rating_scale.reorder(new)] == new
    assert keys(case) == new
    with pytest.raises(ValidationError, match="every rating"):
        case.rating_scale.reorder(new[:-1])


def test_colours_follow_the_place_on_the_scale(case: Case) -> None:
    scale = case.ratings.scale()
    by_key = {r.key: r for r in scale}
    assert derived_colour(by_key["true"], scale) == RAMP[-1]
    assert derived_colour(by_key["false"], scale) == RAMP[0]
    assert derived_colour(by_key["mixed"], scale) == RAMP[2]
    assert derived_colour(by_key["unproven"], scale) == NEUTRAL
    case.rating_scale.update("unproven", colour="#000000")
    assert case.rating_scale.colours()["unproven"] == "#000000"


def test_merge_relabels_verdicts_and_mappings_and_undoes(case: Case) -> None:
    a = case.claims.create("Claim A").id
    b = case.claims.create("Claim B").id
    case.verdicts.set(a, rating="misleading", summary="s")
    case.verdicts.set(b, rating="false", summary="s")
    case.rating_scale.add("altered", "Altered photo")
    c = case.claims.create("Claim C").id
    case.verdicts.set(c, rating="altered", summary="s")
    before = keys(case)
    record = case.rating_scale.merge("altered", "false")
    assert "altered" not in keys(case)
    assert case.verdicts.get(c).rating == "false"  # type: ignore[union-attr]
    history = case.history.for_claim(c)
    assert history[0].changes == {"rating": ["altered", "false"]}
    case.rating_scale.unmerge(record)
    assert keys(case) == before
    assert case.verdicts.get(c).rating == "altered"  # type: ignore[union-attr]
    assert case.verdicts.get(b).rating == "false"  # type: ignore[union-attr]


def test_remove_only_unused(case: Case) -> None:
    claim = case.claims.create("Claim").id
    case.verdicts.set(claim, rating="unproven", summary="s")
    with pytest.raises(ValidationError, match="merge it"):
        case.rating_scale.remove("unproven")
    before = keys(case)
    rating, mappings = case.rating_scale.remove("misleading")
    assert "misleading" not in keys(case)
    case.rating_scale.restore(rating, mappings)
    assert keys(case) == before
