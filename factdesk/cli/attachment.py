"""``factdesk attachment info`` and ``factdesk attachment similar``: what an attached file is."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from factdesk.cli import output
from factdesk.i18n import _, ngettext
from factdesk.services import Case
from factdesk.services.claim_json import format_timestamp

if TYPE_CHECKING:  # the readers behind them load only when a command needs them
    from factdesk.services.attachment_facts import Analysis, AttachmentFacts


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    att = sub.add_parser("attachment", help="inspect attached files: captures and images")
    asub = att.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser(
        "info", help="what an attached file is: capture address, time, integrity; image metadata"
    )
    p.add_argument("sha256", metavar="SHA256_PREFIX")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_info)
    p = asub.add_parser(
        "similar",
        help="the case's images that are the same picture resized, recompressed or cropped",
    )
    p.add_argument("sha256", metavar="SHA256_PREFIX")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_similar)


def uses_json(facts: AttachmentFacts) -> list[dict[str, Any]]:
    return [
        {
            "filename": u.filename,
            "media_type": u.media_type,
            "evidence_id": u.evidence_id,
            "evidence_title": u.evidence_title,
            "claim_id": u.claim_id,
            "claim_text": u.claim_text,
        }
        for u in facts.uses
    ]


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    value: dict[str, Any] = {"kind": analysis.kind}
    if analysis.capture is not None:
        c = analysis.capture
        value["capture"] = {
            "format": c.format,
            "url": c.url,
            "captured_at": format_timestamp(c.captured_at) if c.captured_at else None,
            "title": c.title,
            "records": c.records,
            "text_characters": len(c.text),
            "integrity": {
                "state": c.integrity.state,
                "label": c.integrity.label,
                "detail": c.integrity.detail,
                "checked": c.integrity.checked,
            },
        }
    if analysis.kind == "image":
        image = analysis.image
        value["problem"] = analysis.problem
        value["image"] = None
        if image is not None:
            value["image"] = {
                "format": image.format,
                "width": image.width,
                "height": image.height,
                "camera": image.camera,
                "make": image.make,
                "model": image.model,
                "taken_at": image.taken_at,
                "taken_offset": image.taken_offset,
                "gps": (
                    {
                        "latitude": image.latitude,
                        "longitude": image.longitude,
                        "map_url": image.map_url,
                    }
                    if image.map_url
                    else None
                ),
                "software": image.software,
                "orientation": image.orientation,
                "orientation_text": image.orientation_text,
                "metadata_problem": image.metadata_problem,
            }
        value["perceptual_hashes"] = (
            {"phash": analysis.phash, "dhash": analysis.dhash} if analysis.phash else None
        )
    return value


def info_json(facts: AttachmentFacts) -> dict[str, Any]:
    return {
        "sha256": facts.sha256,
        "size": facts.size,
        **analysis_json(facts.analysis),
        "attached_as": uses_json(facts),
    }


def run_info(args: argparse.Namespace, case: Case) -> int:
    facts = case.attachments.info(args.sha256)
    if args.json:
        output.print_json(info_json(facts))
        return 0
    print(f"{facts.filename}  SHA-256 {facts.sha256}")
    from factdesk.services.attachment_facts import describe

    for label, value in describe(facts):
        print(f"  {label + ':':15}{value}")
    return 0


def run_similar(args: argparse.Namespace, case: Case) -> int:
    from factdesk.services.media import DHASH_MAX_DISTANCE, PHASH_MAX_DISTANCE

    subject, matches = case.attachments.similar(args.sha256)
    if args.json:
        output.print_json(
            {
                "sha256": subject.sha256,
                "filename": subject.filename,
                "max_distance": {"phash": PHASH_MAX_DISTANCE, "dhash": DHASH_MAX_DISTANCE},
                "similar": [
                    {
                        "sha256": m.facts.sha256,
                        "phash_distance": m.phash_distance,
                        "dhash_distance": m.dhash_distance,
                        "attached_as": uses_json(m.facts),
                    }
                    for m in matches
                ],
            }
        )
        return 0
    if not matches:
        print(_("No other image in the case file looks like {name}.").format(name=subject.filename))
        return 0
    print(
        ngettext(
            "{count} image looks like {name} (bits differing, pHash/dHash):",
            "{count} images look like {name} (bits differing, pHash/dHash):",
            len(matches),
        ).format(count=len(matches), name=subject.filename)
    )
    for m in matches:
        print(
            f"  {m.facts.sha256[:12]}  {m.phash_distance:>2}/{m.dhash_distance:<2}  "
            f"{m.facts.filename}"
        )
        for use in m.facts.uses:
            print(
                "      "
                + _("claim {id} “{claim}”, evidence “{title}”").format(
                    id=use.claim_id[:8],
                    claim=output.shorten(use.claim_text, 60),
                    title=output.shorten(use.evidence_title or _("untitled"), 40),
                )
            )
    return 0
