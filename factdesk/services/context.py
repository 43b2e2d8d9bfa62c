"""What every service shares: the open case file, the author, and the write unit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from factdesk.services.changes import ChangeSet, Write
from factdesk.store.stores import AnyStore


@dataclass
class ServiceContext:
    store: AnyStore
    author: str

    @contextmanager
    def write(self) -> Iterator[Write]:
        """One write transaction; its consequences are carried out by the ``Write`` at the end.

        The change set is on ``write.result`` once the block has ended.
        """
        with self.store.writing() as session:
            write = Write(session, self.author)
            yield write
            write.result = write.finish()


def result(write: Write) -> ChangeSet:
    return write.result
