"""``decode.read_model`` refuses a model file that holds the same (attribute, label) feature twice
(checked with one ``np.unique`` of the pair codes)."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.errors import ModelError
from marsad.ner import decode
from marsad.ner.crf import MODEL_PARTS
from marsad.resources import resource_path


def _with_features(tmp_path, change) -> str:  # type: ignore[no-untyped-def]
    buf = bytearray(resource_path(*MODEL_PARTS).read_bytes())
    off_f = decode._HEADER.unpack_from(buf, 0)[7]
    _, _, n_feat = decode._CHUNK.unpack_from(buf, off_f)
    at = off_f + decode._CHUNK.size
    feats = np.frombuffer(bytes(buf), dtype=decode._FEATURE, count=n_feat, offset=at).copy()
    change(feats)
    buf[at : at + feats.nbytes] = feats.tobytes()
    p = tmp_path / "m.crfsuite"
    p.write_bytes(bytes(buf))
    return str(p)


@pytest.mark.parametrize("kind", [0, 1])
def test_a_repeated_feature_is_refused(tmp_path, kind: int) -> None:  # type: ignore[no-untyped-def]
    def repeat(feats) -> None:  # type: ignore[no-untyped-def]
        at = np.flatnonzero(feats["type"] == kind)
        feats[at[1]] = feats[at[0]]

    with pytest.raises(ModelError, match="the same feature twice"):
        decode.read_model(_with_features(tmp_path, repeat))


def test_same_source_other_label_is_not_a_repeat(tmp_path) -> None:  # type: ignore[no-untyped-def]
    model = decode.read_model(_with_features(tmp_path, lambda feats: None))
    assert model.state.shape[1] == len(model.labels)
