"""A process that writes to a case file until it is killed, acknowledging each write.

Run by the crash and concurrency tests as
``python writer_child.py MODE CASE_FILE START [COUNT]``.  It prints ``ready``
once the case file is open, then one line per write *after* the service call
returned (that is, after the commit): what the user would have been told was
saved (``starting`` comes before the file is opened).

``python writer_child.py serve`` instead reads ``MODE CASE_FILE START
ACK_FILE`` lines on stdin and forks one writer per line (the imports are then
paid once, not once per kill), writing acknowledgments to ACK_FILE; it
prints ``pid N`` when the writer starts and ``exited N`` once it is gone.

MODE is ``edits`` (claims, notes, evidence, verdicts through the
services), ``import`` (bundles of claims with evidence, each imported with the
real bundle import in one transaction), ``claims`` (COUNT
claims, then exit; with a fifth argument, not before that file exists) or
``open`` (open, i.e. migrate, and exit).
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

from factdesk.services import open_case

BATCH_CLAIMS = 400
EVIDENCE_PER_CLAIM = 2


def ack(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def edits(case, start: int) -> None:  # type: ignore[no-untyped-def]
    claim_id = ""
    i = start
    while True:
        step = i % 4
        if step == 0 or not claim_id:
            claim_id = case.claims.create(f"claim {i}").id
            ack(f"claim {claim_id} {i}")
        elif step == 1:
            case.claims.update(claim_id, notes=f"note {i}")
            ack(f"notes {claim_id} {i}")
        elif step == 2:
            ev = case.evidence.add(claim_id, title=f"evidence {i}", stance="refutes")
            ack(f"evidence {ev.id} {i}")
        else:
            case.verdicts.set(claim_id, rating="false", summary=f"summary {i}")
            ack(f"verdict {claim_id} {i}")
        i += 1


def batch_bundle(path: Path, batch: int) -> Path:
    """A bundle of BATCH_CLAIMS new claims, each with EVIDENCE_PER_CLAIM items, for one batch."""
    from tests.bundles import builders as b

    claims = []
    for j in range(BATCH_CLAIMS):
        items = [
            b.evidence(str(uuid.uuid4()), title=f"source {k} for batch {batch}", stance="context")
            for k in range(EVIDENCE_PER_CLAIM)
        ]
        claims.append(
            b.claim(
                str(uuid.uuid4()),
                items,
                text=f"imported claim {j} of batch {batch}",
                claimant=f"batch {batch}",
                tags=[],
            )
        )
    parts = {
        "manifest": b.manifest([c["id"] for c in claims], []),
        "claims": claims,
        "attachments": {},
    }
    return b.build(path, parts)


def bulk_import(case, start: int) -> None:  # type: ignore[no-untyped-def]
    """Real bundle imports, one transaction each, until killed."""
    from factdesk.services.bundles import apply_import

    batch = start
    folder = Path(case.path).parent
    while True:
        bundle = batch_bundle(folder / f"batch-{os.getpid()}-{batch}.factbundle", batch)
        ack(f"importing {batch}")
        apply_import(case, bundle)
        ack(f"batch {batch}")
        bundle.unlink()
        batch += 1


def many_claims(case, start: int, count: int) -> None:  # type: ignore[no-untyped-def]
    for i in range(start, start + count):
        claim_id = case.claims.create(f"claim {i}").id
        ack(f"claim {claim_id} {i}")


def serve() -> None:
    """Fork a writer per request; each writer's acknowledgments go to its own file."""
    global ack
    warm_up()
    print("serving", flush=True)
    for request in sys.stdin:
        mode, path, start, ack_file = request.split()
        pid = os.fork()
        if pid == 0:
            fd = os.open(ack_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

            def ack(line: str, fd: int = fd) -> None:  # one write() per line: whole or nothing
                os.write(fd, (line + "\n").encode())

            try:
                run(mode, Path(path), int(start), [])
            finally:
                os._exit(0)
        print(f"pid {pid}", flush=True)
        os.waitpid(pid, 0)
        print(f"exited {pid}", flush=True)


def warm_up() -> None:
    """Configure mappers and load migrations once, before forking (no connection stays open)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, open_case(Path(tmp) / "warm.factdesk") as case:
        claim = case.claims.create("warm-up")
        case.claims.update(claim.id, notes="warm-up")
        case.evidence.add(claim.id, title="warm-up")
        case.verdicts.set(claim.id, rating="false", summary="warm-up")
        from factdesk.services.bundles import apply_import

        apply_import(case, batch_bundle(Path(tmp) / "warm.factbundle", -1))


def main() -> None:
    if sys.argv[1] == "serve":
        serve()
    else:
        run(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])


def run(mode: str, path: Path, start: int, extra: list[str]) -> None:
    ack("starting")
    case = open_case(path, author="writer", daily_backup=False)
    ack("ready")
    if mode == "edits":
        edits(case, start)
    elif mode == "import":
        bulk_import(case, start)
    elif mode == "claims":
        if len(extra) > 1:  # a start signal: begin together with another writer
            while not Path(extra[1]).exists():
                time.sleep(0.005)
        many_claims(case, start, int(extra[0]))
    elif mode == "open":
        ack("opened")
    case.close()


if __name__ == "__main__":
    main()
