"""The one place where the default pipeline stages are registered and ordered.

Each area adds its stage here: one ``register_stage`` line and its name in
``DEFAULT_STAGES`` at the right position (requirements are checked when the
pipeline is built).
"""

from __future__ import annotations

from marsad.pipeline import Pipeline
from marsad.registry import get_factory, register_stage
from marsad.stages.date_resolver import make_date_resolver
from marsad.stages.entity_crf import make_entity_crf
from marsad.stages.entity_merger import make_entity_merger
from marsad.stages.entity_ruler import make_entity_ruler
from marsad.stages.event_extractor import make_event_extractor
from marsad.stages.geocoder import make_geocoder
from marsad.stages.quantities import make_quantities
from marsad.stages.tokenizer import make_tokenizer

register_stage("marsad.tokenizer.v1", make_tokenizer)
register_stage("marsad.entity_ruler.v1", make_entity_ruler)
register_stage("marsad.entity_crf.v1", make_entity_crf)
register_stage("marsad.entity_merger.v1", make_entity_merger)
register_stage("marsad.date_resolver.v1", make_date_resolver)
register_stage("marsad.quantities.v1", make_quantities)
register_stage("marsad.geocoder.v1", make_geocoder)
register_stage("marsad.event_extractor.v1", make_event_extractor)

DEFAULT_STAGES: list[str] = [
    "marsad.tokenizer.v1",
    "marsad.entity_ruler.v1",
    "marsad.entity_crf.v1",
    "marsad.entity_merger.v1",
    "marsad.date_resolver.v1",
    "marsad.quantities.v1",
    "marsad.geocoder.v1",
    "marsad.event_extractor.v1",
]


def build_pipeline(stages: list[str] | None = None) -> Pipeline:
    """Build a pipeline from registered stage names (the default list when ``None``)."""
    return Pipeline(get_factory(name)() for name in (stages or DEFAULT_STAGES))
