"""The security team's web app: reporting, triage, decisions (CONTRACTS.md section 7)."""
