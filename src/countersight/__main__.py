"""``python -m countersight`` runs the command line."""

from countersight.cli import main

main()
