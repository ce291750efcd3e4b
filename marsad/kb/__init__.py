"""Knowledge base: actors, sources and places, loaded from bundled data files (plus user --kb-dir)."""
