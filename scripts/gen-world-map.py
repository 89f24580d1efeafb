#!/usr/bin/env python3
"""Writes app/src/twinning/pages/world.path: the outlines of the world's countries as one SVG path, for
the map Sumud draws on the server (no tile server, works offline and prints).

Source: Natural Earth's 1:50m countries (public domain, https://www.naturalearthdata.com), as
Mike Bostock's npm package world-atlas ships them in TopoJSON (ISC licence):
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 scripts/gen-world-map.py package/countries-50m.json

Projection: plate carrée, x = (longitude + 180) * SCALE, y = (LAT_TOP - latitude) * SCALE, so the
map's width is 360 * SCALE and Antarctica is left out. Each ring is simplified (Douglas–Peucker,
TOLERANCE map units) and rounded to whole units, which keeps the page light. Run it again only
to change the look; the output is committed, and `twinning::projection` uses the same
constants."""
import json
import pathlib
import sys

SCALE = 10
LAT_TOP = 84
LAT_BOTTOM = -58
TOLERANCE = 1.0
OUT = pathlib.Path(__file__).resolve().parent.parent / "app/src/twinning/pages/world.path"


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        best, at = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length if length else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if distance > best:
                best, at = distance, i
        if at is not None and best > tolerance:
            keep[at] = True
            stack.extend([(first, at), (at, last)])
    return [p for p, k in zip(points, keep) if k]


def project(lon, lat):
    return ((lon + 180) * SCALE, (LAT_TOP - max(LAT_BOTTOM, min(LAT_TOP, lat))) * SCALE)


def main():
    topology = json.loads(pathlib.Path(sys.argv[1]).read_text())
    arcs = decode_arcs(topology)
    pieces = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry.get("type"), []
        )
        for polygon in polygons:
            for ring in polygon:
                points = [project(lon, lat) for lon, lat in ring_points(ring, arcs)]
                if all(y >= (LAT_TOP - LAT_BOTTOM) * SCALE for _, y in points):
                    continue  # Antarctica
                points = simplify(points, TOLERANCE)
                rounded = []
                for x, y in points:
                    p = (round(x), round(y))
                    if not rounded or rounded[-1] != p:
                        rounded.append(p)
                if len(rounded) < 3:
                    continue
                pieces.append("M" + "L".join(f"{x} {y}" for x, y in rounded) + "Z")
    OUT.write_text("".join(pieces) + "\n")
    print(f"{len(pieces)} rings, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main()
