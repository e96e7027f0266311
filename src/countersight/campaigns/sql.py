"""The linking queries, written once in plain SQL (run on DuckDB; kept to joins, GROUP BY, window
functions and string concatenation so that a Spark engine can run the same text, not wired yet).

Input: a table ``artefacts(report BIGINT, kind VARCHAR, value VARCHAR, shown VARCHAR,
field VARCHAR)``, one row per distinct (report, kind, value). The queries

1. group the linking kinds by ``(kind, value)`` and keep the groups of 2 to ``max_shared``
   reports (a value shared by more is generic and links nothing);
2. emit, per group of a strong kind, an edge from every member to the group's smallest report
   (a star: linear in the group size, and enough for connectivity) with a reason quoting the
   shared value and where each report had it; template buckets also emit an edge to the
   previous member, and all their edges are only *candidates* that the exact similarity check
   must accept; the pairs of a corroborated group (organisation variants) link when they also
   share a persona name;
3. once the accepted template edges are in ``template_edges(a, b, reason)``, gather every pair's
   reasons, with the persona names the two reports share as extra evidence (a name never makes
   a pair on its own).
"""

from __future__ import annotations

from countersight.campaigns.links import TEMPLATE_KIND, LinkRules


def _quoted(names: frozenset[str]) -> str:
    return ", ".join("'" + n.replace("'", "''") + "'" for n in sorted(names))


def groups_sql(rules: LinkRules) -> str:
    """Members of every linking group, with the group's size, smallest member and predecessor."""
    kinds = _quoted(rules.strong_kinds | rules.corroborated_kinds | {TEMPLATE_KIND})
    return f"""
CREATE TABLE link_groups AS
WITH sized AS (
  SELECT kind, value, COUNT(*) AS n, MIN(report) AS anchor
  FROM artefacts
  WHERE kind IN ({kinds})
  GROUP BY kind, value
  HAVING COUNT(*) BETWEEN 2 AND {int(rules.max_shared)}
)
SELECT a.report, a.kind, a.value, a.shown, a.field, s.n, s.anchor,
       LAG(a.report) OVER (PARTITION BY a.kind, a.value ORDER BY a.report) AS prev
FROM artefacts a JOIN sized s ON a.kind = s.kind AND a.value = s.value
"""


def shared_edges_sql(rules: LinkRules) -> str:
    """Edges of shared values: each member of a strong group to its anchor, and the pairs of a
    corroborated group that also share a corroborating value (a persona name), with reasons."""
    strong = _quoted(rules.strong_kinds)
    corroborated = _quoted(rules.corroborated_kinds) or "''"
    corroborating = _quoted(rules.corroborating_kinds) or "''"
    return f"""
CREATE TABLE shared_edges AS
WITH corroborated AS (
  SELECT v.report, v.kind, v.value, v.shown, c.kind AS ckind, c.value AS cvalue
  FROM link_groups v
  JOIN artefacts c ON c.report = v.report AND c.kind IN ({corroborating})
  WHERE v.kind IN ({corroborated}) AND v.n <= {int(rules.max_corroborated)}
)
SELECT g.report AS a, g.anchor AS b,
       'shared ' || g.kind || ' ''' || x.shown || '''' ||
       CASE WHEN g.shown <> x.shown THEN ' ~ ''' || g.shown || '''' ELSE '' END ||
       ' (' || x.field || ' / ' || g.field || ')' AS reason
FROM link_groups g
JOIN artefacts x ON x.kind = g.kind AND x.value = g.value AND x.report = g.anchor
WHERE g.report <> g.anchor AND g.kind IN ({strong})
UNION ALL
SELECT DISTINCT x.report AS a, y.report AS b,
       'similar organisation ''' || y.shown || ''' ~ ''' || x.shown ||
       ''' (one character apart, with the same persona name)' AS reason
FROM corroborated x
JOIN corroborated y ON y.kind = x.kind AND y.value = x.value
  AND y.ckind = x.ckind AND y.cvalue = x.cvalue
WHERE x.report < y.report
"""


def template_candidates_sql() -> str:
    """Candidate pairs of near-duplicate messages (each member to the anchor and predecessor)."""
    return f"""
SELECT DISTINCT a, b FROM (
  SELECT report AS a, anchor AS b FROM link_groups
  WHERE kind = '{TEMPLATE_KIND}' AND report <> anchor
  UNION ALL
  SELECT report AS a, prev AS b FROM link_groups
  WHERE kind = '{TEMPLATE_KIND}' AND prev IS NOT NULL AND prev <> anchor
) c
ORDER BY a, b
"""


def pair_links_sql() -> list[str]:
    """Every linked pair once per direction, its reasons gathered, shared names as evidence.

    Three statements, each materialised (one query with the steps as common table expressions
    gets a far slower plan from DuckDB).
    """
    return [
        """
CREATE TABLE pair_reasons AS
WITH edges AS (
  SELECT a, b, reason FROM shared_edges
  UNION ALL SELECT a, b, reason FROM template_edges
),
both_ways AS (
  SELECT a, b, reason FROM edges
  UNION ALL SELECT b AS a, a AS b, reason FROM edges
)
SELECT a, b, string_agg(DISTINCT reason, '; ' ORDER BY reason) AS reason
FROM both_ways GROUP BY a, b
""",
        "CREATE TABLE persona_names AS SELECT report, value, shown FROM artefacts "
        "WHERE kind = 'name'",
        """
CREATE TABLE pair_links AS
WITH shared_names AS (
  SELECT g.a, g.b, MIN(na.shown) AS shown
  FROM pair_reasons g
  JOIN persona_names na ON na.report = g.a
  JOIN persona_names nb ON nb.report = g.b AND nb.value = na.value
  GROUP BY g.a, g.b
)
SELECT g.a, g.b,
       g.reason || COALESCE('; same persona name ''' || s.shown || '''', '') AS reason
FROM pair_reasons g LEFT JOIN shared_names s ON s.a = g.a AND s.b = g.b
""",
    ]
