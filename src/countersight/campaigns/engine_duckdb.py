"""The bulk rebuild on DuckDB (embedded, the default engine): the queries of :mod:`.sql`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt

from countersight.campaigns import sql
from countersight.campaigns.links import LinkRules

Reports = npt.NDArray[np.int64]
#: Checks candidate template pairs: gets the pairs already linked by shared artefacts, the
#: candidate pairs, and writes the accepted ones (a, b, reason) to the given CSV file.
Verifier = Callable[[tuple[Reports, Reports], tuple[Reports, Reports], Path], None]

_ARTEFACT_COLUMNS = "{'report': 'BIGINT', 'kind': 'VARCHAR', 'value': 'VARCHAR', " \
    "'shown': 'VARCHAR', 'field': 'VARCHAR'}"  # fmt: skip
_EDGE_COLUMNS = "{'a': 'BIGINT', 'b': 'BIGINT', 'reason': 'VARCHAR'}"


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _read_csv(path: Path, columns: str) -> str:
    return (  # our own temporary file, its path quoted as a literal
        f"SELECT * FROM read_csv({_literal(path)}, header = false, columns = {columns}, "
        "delim = ',', quote = '\"', escape = '\"', auto_detect = false)"
    )


def _pairs(found: dict[str, Any]) -> tuple[Reports, Reports]:
    return np.asarray(found["a"], dtype=np.int64), np.asarray(found["b"], dtype=np.int64)


class DuckDBLinks:
    """Links of one rebuild: the components' edge list and every report's links with reasons."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def edges(self) -> tuple[Reports, Reports]:
        """Every linked pair once (a < b), as two arrays of report keys."""
        found = self._con.execute("SELECT a, b FROM pair_links WHERE a < b").fetchnumpy()
        return (
            np.asarray(found["a"], dtype=np.int64),
            np.asarray(found["b"], dtype=np.int64),
        )

    def links(self, batch: int = 50_000) -> Iterator[tuple[int, int, str]]:
        """``(report, other, reason)`` for every link, ordered by report then other."""
        cursor = self._con.execute("SELECT a, b, reason FROM pair_links ORDER BY a, b")
        while rows := cursor.fetchmany(batch):
            for a, b, reason in rows:
                yield int(a), int(b), str(reason)

    def close(self) -> None:
        self._con.close()


def link(artefacts_csv: Path, workdir: Path, rules: LinkRules, verify: Verifier) -> DuckDBLinks:
    """Run the linking queries over the artefacts written to ``artefacts_csv``.

    DuckDB spills to ``workdir`` when the tables outgrow its memory limit
    (``COUNTERSIGHT_DUCKDB_MEMORY``, default 4GB).
    """
    con = duckdb.connect(
        config={
            "temp_directory": str(workdir / "duckdb.tmp"),
            "memory_limit": os.environ.get("COUNTERSIGHT_DUCKDB_MEMORY", "4GB"),
            "preserve_insertion_order": False,
        }
    )
    con.execute(f"CREATE TABLE artefacts AS {_read_csv(artefacts_csv, _ARTEFACT_COLUMNS)}")
    con.execute(sql.groups_sql(rules))
    con.execute(sql.shared_edges_sql(rules))
    shared = con.execute("SELECT a, b FROM shared_edges ORDER BY a, b").fetchnumpy()
    candidates = con.execute(sql.template_candidates_sql()).fetchnumpy()
    accepted = workdir / "template_edges.csv"
    verify(_pairs(shared), _pairs(candidates), accepted)
    con.execute(f"CREATE TABLE template_edges AS {_read_csv(accepted, _EDGE_COLUMNS)}")
    for statement in sql.pair_links_sql():
        con.execute(statement)
    con.execute("DROP TABLE link_groups")
    return DuckDBLinks(con)
