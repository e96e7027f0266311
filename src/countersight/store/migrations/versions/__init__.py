"""One module per schema revision, applied in order by ``countersight.store.migrate.upgrade``."""
