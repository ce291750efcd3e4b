"""The marsad exception tree: one root, one named subclass per failure."""

from __future__ import annotations


class MarsadError(Exception):
    """Root of every error marsad raises on purpose."""


class InputError(MarsadError):
    """Input that cannot be read as an article (binary, undecodable, empty, malformed)."""


class EncodingError(InputError):
    """Bytes that no supported encoding (UTF-8, UTF-16, Windows-1256) decodes cleanly."""


class PipelineError(MarsadError):
    """A pipeline whose stages' requirements are not met, or an unknown stage name."""


class ResourceError(MarsadError):
    """A bundled data file or model that is missing or unreadable."""


class ModelError(ResourceError):
    """A trained model file that cannot be loaded or trained."""


class KnowledgeBaseError(ResourceError):
    """A knowledge-base file with a malformed entry."""


class GazetteerError(ResourceError):
    """A gazetteer file or GeoNames dump that cannot be imported."""


class DateResolutionError(MarsadError):
    """A date expression that cannot be resolved."""


class StoreError(MarsadError):
    """A database operation that failed."""


class MigrationError(StoreError):
    """A schema migration that failed or a database newer than this marsad."""
