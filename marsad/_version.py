"""The package version (kept in its own module so low layers can read it without importing the package API)."""

__version__ = "0.1.0"
