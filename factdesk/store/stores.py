"""The two kinds of open case the services work on, under one name.

A case file (:class:`~factdesk.store.casefile.CaseStore`) and a shared case
on a PostgreSQL server (:class:`~factdesk.store.server.ServerStore`) give the
same interface: ``reading()`` and ``writing()`` sessions, ``data_version()``,
``read_only``, ``notices``, ``path`` (what messages call the case) and
``close()``.  Engine-specific work stays behind them in this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from factdesk.store.casefile import CaseStore
    from factdesk.store.server import ServerStore

AnyStore: TypeAlias = "CaseStore | ServerStore"
