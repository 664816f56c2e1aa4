"""The example corpus, shipped for `processus demo` (scripts/sync_demo_corpus.py)."""
