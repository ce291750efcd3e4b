"""Thin ``Document → Document`` adapters, one module per pipeline stage.

Each stage is a small class with ``name``, ``REQUIRES``, ``PROVIDES`` and
``__call__``; the real logic lives in pure functions elsewhere.  No stage
imports another stage.
"""
