"""Documentation sources: git editions of the pages, docgen.lock, and what changed between editions."""
