"""Bundle export and import through the services, against raw sqlite3, json and zipfile.

The baselines do the same work with nothing but the standard library: the
export reads the rows with a few queries and writes each claim as sorted JSON
into a deflated ZIP; the import reads each claim file with ``json.loads`` and
inserts the rows with ``executemany`` in one transaction, full-text index
included, with the case file's pragmas.  They check nothing, which is what
the services' checks and merge bookkeeping are measured against.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import zipfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factdesk.services import Case, open_case
from factdesk.services.bundles import apply_import, export_bundle, inspect_bundle
from factdesk.store import search
from tests.perf.synth import SynthSize
from tests.perf.timing import Figure, peak_mib, timed

GOAL = 3.0


# -- the raw baselines ---------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    """sqlite3 with the pragmas every case file connection gets."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA busy_timeout = 10000")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    return con


def _stamp(stored: str | None) -> str | None:
    """Stored fixed-width UTC text as the bundle writes it (fractions only when non-zero)."""
    if stored is None:
        return None
    return stored[:19] + "Z" if stored.endswith(".000000Z") else stored


def _stored(stamp: str | None) -> str | None:
    """A bundle timestamp as the case file stores it (always six decimals)."""
    if stamp is None:
        return None
    head, _, fraction = stamp.rstrip("Z").replace("+00:00", "").partition(".")
    return f"{head}.{fraction:0<6}Z"


_EVIDENCE_COLS = (
    "id, claim_id, position, kind, title, url, publisher, author, published_on, accessed_at, "
    "stance, source_reliability, info_credibility, excerpt, notes, created_at, updated_at"
)


def raw_export(path: Path, target: Path) -> None:
    """Every claim of the case file at ``path`` into a bundle-shaped ZIP at ``target``."""
    con = sqlite3.connect(path)
    tags: dict[str, list[str]] = defaultdict(list)
    for claim_id, name in con.execute(
        "SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
        "ORDER BY ct.claim_id, t.name"
    ):
        tags[claim_id].append(name)
    attachments: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev_id, sha, filename, media_type, size in con.execute(
        "SELECT evidence_id, sha256, filename, media_type, size FROM attachments "
        "ORDER BY evidence_id, position"
    ):
        attachments[ev_id].append(
            {"sha256": sha, "filename": filename, "media_type": media_type, "size": size}
        )
    verdicts = {
        row[0]: {
            "rating": row[1],
            "summary": row[2],
            "rationale": row[3],
            "reviewer": row[4],
            "reviewed_at": _stamp(row[5]),
        }
        for row in con.execute(
            "SELECT claim_id, rating, summary, rationale, reviewer, reviewed_at FROM verdicts"
        )
    }
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in con.execute(f"SELECT {_EVIDENCE_COLS} FROM evidence ORDER BY claim_id, position"):
        evidence[r[1]].append(
            {
                "id": r[0],
                "kind": r[3],
                "title": r[4],
                "url": r[5],
                "publisher": r[6],
                "author": r[7],
                "published_on": r[8],
                "accessed_at": _stamp(r[9]),
                "stance": r[10],
                "source_reliability": r[11],
                "info_credibility": r[12],
                "excerpt": r[13],
                "notes": r[14],
                "attachments": attachments.get(r[0], []),
                "created_at": _stamp(r[15]),
                "updated_at": _stamp(r[16]),
            }
        )
    ids = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for r in con.execute(
            "SELECT id, text, claimant, appeared_url, appeared_title, appeared_date, language, "
            "status, notes, created_at, updated_at FROM claims ORDER BY id"
        ):
            appeared = {"url": r[3], "title": r[4], "date": r[5]} if any(r[3:6]) else None
            claim = {
                "id": r[0],
                "text": r[1],
                "claimant": r[2],
                "appeared_in": appeared,
                "language": r[6],
                "status": r[7],
                "tags": tags.get(r[0], []),
                "notes": r[8],
                "created_at": _stamp(r[9]),
                "updated_at": _stamp(r[10]),
                "evidence": evidence.get(r[0], []),
                "verdict": verdicts.get(r[0]),
            }
            text = json.dumps(claim, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            zf.writestr(f"claims/{r[0]}.json", text + "\n")
            ids.append(r[0])
        for (sha,) in con.execute("SELECT sha256 FROM blobs ORDER BY sha256"):
            (data,) = con.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
            zf.writestr(f"attachments/{sha}", data)
        scale = [
            {"key": k, "label": label, "value": v}
            for k, label, v in con.execute(
                "SELECT key, label, value FROM ratings ORDER BY position"
            )
        ]
        manifest = {
            "format": "factdesk.bundle",
            "format_version": 1,
            "claims": ids,
            "rating_scale": {"ratings": scale},
        }
        zf.writestr("manifest.json", json.dumps(manifest, sort_keys=True) + "\n")
    con.close()


_FTS = [sql.format(**search._ALL) for sql in (*search._INSERT_DOCS_SQL, *search._INSERT_FTS_SQL)]


def raw_import(bundle: Path, path: Path) -> None:
    """The bundle's rows inserted into the (migrated, empty) case file at ``path``."""
    claims: list[tuple[Any, ...]] = []
    evidence: list[tuple[Any, ...]] = []
    attachments: list[tuple[Any, ...]] = []
    verdicts: list[tuple[Any, ...]] = []
    claim_tags: list[tuple[str, str]] = []
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        for claim_id in manifest["claims"]:
            c = json.loads(zf.read(f"claims/{claim_id}.json"))
            appeared = c.get("appeared_in") or {}
            claims.append(
                (
                    c["id"],
                    c["text"],
                    c.get("claimant"),
                    appeared.get("url"),
                    appeared.get("title"),
                    appeared.get("date"),
                    c.get("language"),
                    c["status"],
                    c.get("notes"),
                    _stored(c["created_at"]),
                    _stored(c["updated_at"]),
                )
            )
            claim_tags.extend((claim_id, t) for t in c.get("tags") or ())
            for pos, e in enumerate(c["evidence"]):
                evidence.append(
                    (
                        e["id"],
                        claim_id,
                        pos,
                        e.get("kind"),
                        e.get("title"),
                        e.get("url"),
                        e.get("publisher"),
                        e.get("author"),
                        e.get("published_on"),
                        _stored(e.get("accessed_at")),
                        e["stance"],
                        e.get("source_reliability"),
                        e.get("info_credibility"),
                        e.get("excerpt"),
                        e.get("notes"),
                        _stored(e["created_at"]),
                        _stored(e["updated_at"]),
                    )
                )
                for n, a in enumerate(e.get("attachments") or ()):
                    attachments.append(
                        (
                            f"{e['id']}/{n}",
                            e["id"],
                            a["sha256"],
                            a["filename"],
                            a["media_type"],
                            a["size"],
                            n,
                            _stored(e["created_at"]),
                        )
                    )
            v = c.get("verdict")
            if v:
                verdicts.append(
                    (
                        claim_id,
                        v["rating"],
                        v.get("summary"),
                        v.get("rationale"),
                        v.get("reviewer"),
                        _stored(v.get("reviewed_at")),
                    )
                )
        con = _connect(path)
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT OR IGNORE INTO ratings (key, label, value, position) VALUES (?, ?, ?, ?)",
            [
                (r["key"], r["label"], r.get("value"), i)
                for i, r in enumerate(manifest["rating_scale"]["ratings"])
            ],
        )
        con.executemany(
            "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
            (
                (name[12:], info.file_size, zf.read(info))
                for info in zf.infolist()
                if (name := info.filename).startswith("attachments/")
            ),
        )
    con.executemany(
        "INSERT INTO claims (id, text, claimant, appeared_url, appeared_title, appeared_date, "
        "language, status, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        claims,
    )
    con.executemany(
        "INSERT OR IGNORE INTO tags (name) VALUES (?)", ((t,) for t in {t for _, t in claim_tags})
    )
    con.executemany(
        "INSERT INTO claim_tags (claim_id, tag_id) SELECT ?, id FROM tags WHERE name = ?",
        claim_tags,
    )
    con.executemany(
        f"INSERT INTO evidence ({_EVIDENCE_COLS}) VALUES ({', '.join('?' * 17)})", evidence
    )
    con.executemany(
        "INSERT INTO attachments (id, evidence_id, sha256, filename, media_type, size, "
        "position, created_at) VALUES (?,?,?,?,?,?,?,?)",
        attachments,
    )
    con.executemany(
        "INSERT INTO verdicts (claim_id, rating, summary, rationale, reviewer, reviewed_at) "
        "VALUES (?,?,?,?,?,?)",
        verdicts,
    )
    for sql in _FTS:
        con.execute(sql)
    con.execute("COMMIT")
    con.close()


# -- the figures ----------------------------------------------------------------


def _empty_case(path: Path) -> Path:
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    open_case(path, daily_backup=False).close()
    return path


def _measure(prepare: Callable[[], Callable[[], Any]]) -> tuple[float, float]:
    """(seconds, peak MiB) of the call ``prepare`` returns: timed alone, then under tracemalloc.

    ``prepare`` runs untimed before each of the two runs (an empty case file, an open case).
    """
    gc.collect()
    seconds, _ = timed(prepare())
    gc.collect()
    _, peak = peak_mib(prepare())
    return seconds, peak


def run(path: Path, workdir: Path, size: SynthSize) -> list[Figure]:
    ours_bundle = workdir / "ours.factbundle"
    raw_bundle = workdir / "raw.factbundle"
    ours_db = workdir / "import-ours.factdesk"
    raw_db = workdir / "import-raw.factdesk"

    with open_case(path, daily_backup=False) as source:
        export_s, export_peak = _measure(lambda: lambda: export_bundle(source, ours_bundle))
    raw_export_s, raw_export_peak = _measure(lambda: lambda: raw_export(path, raw_bundle))

    opened: list[Case] = []

    def import_into_empty() -> Callable[[], Any]:
        while opened:
            opened.pop().close()
        opened.append(open_case(_empty_case(ours_db), daily_backup=False))
        return lambda: apply_import(opened[0], ours_bundle)

    import_s, import_peak = _measure(import_into_empty)
    while opened:
        opened.pop().close()

    def raw_import_into_empty() -> Callable[[], Any]:
        _empty_case(raw_db)
        return lambda: raw_import(ours_bundle, raw_db)

    raw_import_s, raw_import_peak = _measure(raw_import_into_empty)
    inspect_s, inspect_peak = _measure(lambda: lambda: inspect_bundle(ours_bundle))
    counts = {"claims": size.claims, "evidence": size.claims * size.evidence_per_claim}
    return [
        Figure(
            "bundle export",
            export_s,
            raw_export_s,
            goal=GOAL,
            peak_mib=export_peak,
            baseline_peak_mib=raw_export_peak,
            extra=counts,
        ),
        Figure(
            "bundle import into an empty case file",
            import_s,
            raw_import_s,
            goal=GOAL,
            peak_mib=import_peak,
            baseline_peak_mib=raw_import_peak,
            extra=counts,
        ),
        Figure(
            "bundle inspect (every check, no import)",
            inspect_s,
            raw_import_s,
            goal=GOAL,
            peak_mib=inspect_peak,
            baseline_peak_mib=raw_import_peak,
            extra={"baseline": "raw import"},
        ),
    ]
