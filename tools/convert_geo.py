#!/usr/bin/env python3
"""Convert the reference geography into the game's base map: assets/map/northern_china_1126.json.

Run from the repository root:

    python3 tools/convert_geo.py [GEO_DIR] [--out PATH]

GEO_DIR defaults to ../shared/reference/geo (relative to the repository root), PATH to
assets/map/northern_china_1126.json. Only the Python 3 standard library is used. The output is
deterministic: running the script again on the same inputs rewrites the file byte for byte.
The script checks its own result (see `self_check`) and exits non-zero if a check fails.

Inputs (all WGS84 lon/lat GeoJSON, clipped to 105-125E, 30-42N; licences in GEO_DIR/README.md):
  ne10m_land_clip.geojson         Natural Earth land (public domain)
  ne50m_lakes_clip.geojson        Natural Earth lakes (public domain)
  gshhg_wdb2_rivers_clip.geojson  GSHHG 2.3.7 / WDBII rivers (LGPL-3.0-or-later, (c) The GMT Team,
                                  P. Wessel and W.H.F. Smith); properties: level, name_guess
  historic_schematic.geojson      hand-drawn for the project (CC0): the Song-era Yellow River
                                  (Mengjin -> Chanzhou), its 1048-1128 northern course, the Bian
                                  canal and the Taihang ridge
ne50m_rivers_clip.geojson is deliberately NOT read (it only holds the modern Yellow River, Han and
Yangtze, and its Yellow River is the post-1855 course).

Output format (one JSON object; every coordinate is [lon, lat] in degrees, rounded to 3
decimals, about 100 m; lines simplified with Douglas-Peucker at 0.01 deg):

  {"attribution": "...",                       short source/licence note (details: assets/map/README.md)
   "bounds": [105, 30, 125, 42],               lon_min, lat_min, lon_max, lat_max
   "land":   [[[lon, lat], ...], ...],         outer rings of land polygons, closed (first == last);
                                               holes dropped, islands under 0.01 deg^2 dropped
   "lakes":  [[[lon, lat], ...], ...],         closed outer rings
   "rivers": [{"name": "Wei", "rank": 1|2|3, "line": [[lon, lat], ...]}, ...]
                                               GSHHG rivers; rank 1 = biggest (GSHHG level 0-1),
                                               2 = level 2, 3 = level 3; name "" if unnamed
   "yellow_river_1126": [[[lon, lat], ...]],   the Yellow River as it ran in 1126, one line from
                                               the west edge of the map to the sea near Tianjin
   "canals": [{"name": "Bian canal", "line": [...]}, ...],
   "ridges": [{"name": "Taihang", "line": [...]}]}

Lists are sorted (land and lakes by decreasing area, rivers by rank, name, then coordinates,
canals and ridges by name). The file has one feature per line so that diffs stay readable.

What the conversion does to make the map fit 1126 (modern data would be wrong):
  * Yellow River. The GSHHG main stem is found by following the level-1 lines that join the
    features named "Huang He" end to end. It is cut where it first reaches the longitude of the
    schematic's first vertex (Mengjin, 112.45E). Upstream of the cut (the Ningxia-Inner Mongolia
    loop, the Shanxi-Shaanxi border, Tongguan -> Mengjin) the modern course is close enough to the
    1126 one and becomes the head of `yellow_river_1126`. The schematic's first vertex is snapped
    onto that cut point (it moves about 8 km north), then come the schematic Song-era reach and the
    northern course. Downstream of the cut the modern course (to the Shandong coast) is dropped,
    as is every feature whose name_guess is the Huang He.
  * Lines that duplicate the Yellow River: unnamed GSHHG braids that leave and rejoin it, and
    lines lying mostly on the modern lower course, are dropped. The ends of rivers that run
    along the 1126 course (e.g. the Haihe below Tianjin, which the Yellow River used in 1126; the
    Wei canal from Guantao to Linqing) are cut off and the cut end is snapped onto the 1126 river.
    Rivers that ended on the dropped modern reach (the Luo, the Qin) are extended to the 1126 river.
  * Canals. The modern Grand Canal (GSHHG level 8) north of the Huai follows the Yuan-Ming
    alignment and is dropped. South of the Huai its two pieces (Chuzhou/Huai'an -> Yangzhou, the
    Shanyang canal, and the Jiangnan canal) existed in 1126 and go into `canals`. The Bian canal
    comes from the schematic.
  * Huai. The post-1851 outlet of the Huai through Sanhe and Gaoyou Lake to the Yangtze is dropped,
    and so is Hongze Lake (it formed after 1128). The Huai is joined to its own lower course to the
    sea (the GSHHG line from Hongze's north-east shore past Huai'an, the later "abandoned Yellow
    River" bed) by a short schematic link through Sizhou (the Bian canal's end).
  * Weishan Lake (Nansi lakes; formed in the Ming-Qing era) is dropped.
  * Coast. Two zones of post-1128 land are trimmed by moving the coast back to a hand-placed
    older line (see TRIM_ZONES): the modern Yellow River delta lobe in north-east Shandong and the
    north-Jiangsu coast east of the Fangong dike. Rivers are cut at the trimmed coast.
"""
import argparse
import json
import math
import os
import sys

BOUNDS = [105, 30, 125, 42]
DP_TOL = 0.01          # Douglas-Peucker tolerance, degrees
NDIGITS = 3            # output rounding, degrees (about 100 m)
MIN_ISLAND = 0.01      # land polygons smaller than this (deg^2) are dropped
JOIN_TOL = 0.01        # two line ends closer than this are "the same point" (input is rounded to 1e-4)

ATTRIBUTION = (
    "Land and lakes: Made with Natural Earth (public domain). Rivers, the Yellow River west of "
    "Mengjin and the Shanyang and Jiangnan canals: GSHHG/WDBII (c) The GMT Team, P. Wessel and "
    "W.H.F. Smith, LGPL-3.0-or-later, modified (clipped, simplified, filtered). Yellow River east "
    "of Mengjin, Bian canal, Huai link through Sizhou, Taihang ridge: schematic drawn for the "
    "project, CC0. See assets/map/README.md."
)

# GSHHG name_guess -> name in the game.
NAME_MAP = {
    "Wei He": "Wei",
    "Fen He": "Fen",
    "Huai He": "Huai",
    "Han Shui": "Han",
    "Sanggan / Yongding He": "Sanggan",
}
YELLOW_GUESS = "Huang He"  # any name_guess containing this is the modern Yellow River

# Unnamed GSHHG lines named by hand: each point is a vertex of the line it names (matched within
# 0.002 deg). Chosen by looking at the data; see assets/map/README.md.
NAME_ANCHORS = [
    ("Luo", (111.1261, 34.1017)),       # past Luoyang to the Yellow River at Gongyi
    ("Beiluo", (109.3545, 35.6505)),    # the northern Luo, to Tongguan
    ("Jing", (107.93, 35.1339)),        # joins the Wei near Chang'an
    ("Wuding", (109.8853, 37.9492)),
    ("Qin", (112.3314, 35.7822)),       # joins the Yellow River near Wuzhi
    ("Yuhe", (114.5164, 35.5969)),      # Song name of the Wei He of Henan/Hebei, past Junzhou
    ("Zhang", (113.1281, 36.6583)),
    ("Zhang", (113.9908, 36.3269)),
    ("Zhang", (114.7108, 36.1942)),
    ("Hutuo", (112.9064, 38.5064)),
    ("Hutuo", (114.1136, 38.3164)),
    ("Hutuo", (114.9056, 38.0667)),     # past Zhending
    ("Fuyang", (115.3986, 37.6244)),
    ("Luan", (117.9164, 40.8786)),
    ("Ying", (114.3536, 33.6775)),      # to the Huai at Zhengyang
    ("Huai", (119.5403, 33.6956)),      # the Huai's own lower course past Huai'an to the sea
]

# Post-1851 outlet of the Huai through Sanhe and Gaoyou Lake to the Yangtze: GSHHG lines of
# level 0-1 lying wholly inside this box are dropped. (lon_min, lat_min, lon_max, lat_max)
HUAI_YANGTZE_OUTLET_BOX = (118.6, 32.3, 119.7, 33.2)

# Lakes dropped as post-1128: (name, a point inside the lake).
DROP_LAKES = [
    ("Hongze Lake", (118.55, 33.25)),
    ("Weishan Lake", (117.22, 34.6)),
]

# Post-1128 land: inside lat range of `line` and west of lon_max, every land vertex east of the
# line is moved west onto it, and rivers are cut there. Lines run north to south, lat strictly
# decreasing; their end points lie on the modern coast.
TRIM_ZONES = [
    {
        "name": "Yellow River delta lobe, NE Shandong (post-1855 land)",
        "lon_max": 119.5,
        "line": [(118.45, 38.30), (118.50, 37.75), (118.75, 37.45), (118.9434, 37.3789)],
    },
    {
        "name": "North Jiangsu coast east of the Fangong dike (post-1128 land)",
        "lon_max": 122.0,
        # a few km east of the Chuanchang river, which follows the dike (Funing, Yancheng,
        # Dongtai, Hai'an), the Huai mouth near Yuntiguan, then east to the coast near Lusi.
        "line": [(119.7498, 34.5134), (119.90, 34.00), (119.92, 33.80), (120.05, 33.58),
                 (120.36, 33.22), (120.36, 32.93), (120.52, 32.64), (120.58, 32.50),
                 (121.00, 32.36), (121.4202, 32.2507)],
    },
]

# Tolerances for the Yellow River clean-up (degrees).
BRAID_END = 0.03        # a braid leaves and rejoins the river within this distance ...
BRAID_MAX = 0.12        # ... and never strays further than this
ALONG_RIVER = 0.04      # river ends running this close to the 1126 course are cut off
SAME_CHANNEL = 0.06     # lines with 3/4 of their vertices this close to the 1126 course are dropped
ON_MODERN = 0.05        # lines with most vertices this close to the dropped modern course are dropped
TRIBUTARY_END = 0.03    # a river ending this close to the dropped modern course ...
TRIBUTARY_REACH = 0.15  # ... is extended to the 1126 river if it is this close


# ---------------------------------------------------------------- geometry helpers

def dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def seg_nearest(p, a, b):
    """Nearest point to p on segment ab, and its distance."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll))
    q = (a[0] + t * dx, a[1] + t * dy)
    return q, dist(p, q)


def line_nearest(p, line):
    best = None
    for i in range(len(line) - 1):
        q, d = seg_nearest(p, line[i], line[i + 1])
        if best is None or d < best[1]:
            best = (q, d)
    return best


def line_dist(p, line):
    return line_nearest(p, line)[1]


def douglas_peucker(pts, tol):
    """Douglas-Peucker simplification (planar, degrees). Works on closed rings too."""
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        dmax, imax = -1.0, -1
        for k in range(i + 1, j):
            d = seg_nearest(pts[k], pts[i], pts[j])[1]
            if d > dmax:
                dmax, imax = d, k
        if imax >= 0 and dmax > tol:
            keep[imax] = True
            stack.append((i, imax))
            stack.append((imax, j))
    return [p for p, k in zip(pts, keep) if k]


def ring_area(r):
    return abs(sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1))) / 2


def point_in_ring(p, r):
    inside = False
    for i in range(len(r) - 1):
        (x1, y1), (x2, y2) = r[i], r[i + 1]
        if (y1 > p[1]) != (y2 > p[1]) and p[0] < x1 + (p[1] - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def seg_intersection(a, b, c, d):
    """Intersection point of segments ab and cd, or None."""
    r = (b[0] - a[0], b[1] - a[1])
    s = (d[0] - c[0], d[1] - c[1])
    den = r[0] * s[1] - r[1] * s[0]
    if den == 0:
        return None
    t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / den
    u = ((c[0] - a[0]) * r[1] - (c[1] - a[1]) * r[0]) / den
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (a[0] + t * r[0], a[1] + t * r[1])
    return None


def rnd(x):
    v = round(x, NDIGITS)
    return 0.0 if v == 0 else v


def round_line(pts, closed=False):
    out = []
    for p in pts:
        q = [rnd(p[0]), rnd(p[1])]
        if not out or q != out[-1]:
            out.append(q)
    if closed and out and out[0] != out[-1]:
        out.append(list(out[0]))
    return out


def finish_line(pts):
    return round_line(douglas_peucker([tuple(p) for p in pts], DP_TOL))


# ---------------------------------------------------------------- coast trimming

def zone_x(zone, lat):
    """Longitude of the zone's old-coast line at `lat`, or None outside its latitude range."""
    line = zone["line"]
    if not (line[-1][1] <= lat <= line[0][1]):
        return None
    for (x1, y1), (x2, y2) in zip(line, line[1:]):
        if y2 <= lat <= y1:
            return x1 if y1 == y2 else x1 + (x2 - x1) * (y1 - lat) / (y1 - y2)
    return None


def in_trimmed_sea(p):
    for z in TRIM_ZONES:
        x = zone_x(z, p[1])
        if x is not None and x < p[0] <= z["lon_max"]:
            return True
    return False


def trim_ring(ring):
    """Move the coast back to the zones' old-coast lines.

    Each run of consecutive vertices lying in a zone's trimmed sea is replaced by the old-coast
    line itself, from the run's first latitude to its last (so no slivers are left behind)."""
    def zone_of(p):
        for n, z in enumerate(TRIM_ZONES):
            x = zone_x(z, p[1])
            if x is not None and x < p[0] <= z["lon_max"]:
                return n
        return None

    pts = [tuple(p) for p in ring[:-1]]              # open ring
    zones = [zone_of(p) for p in pts]
    if all(z is not None for z in zones) or not any(z is not None for z in zones):
        return [tuple(p) for p in ring]
    start = zones.index(None)                        # rotate so that we start on kept land
    pts, zones = pts[start:] + pts[:start], zones[start:] + zones[:start]
    out, i = [], 0
    while i < len(pts):
        if zones[i] is None:
            out.append(pts[i])
            i += 1
            continue
        j = i
        while j + 1 < len(pts) and zones[j + 1] == zones[i]:
            j += 1
        z = TRIM_ZONES[zones[i]]
        a, b = pts[i][1], pts[j][1]
        out.append((zone_x(z, a), a))
        inner = [v for v in z["line"] if min(a, b) < v[1] < max(a, b)]
        out.extend(sorted(inner, key=lambda v: v[1], reverse=a > b))
        out.append((zone_x(z, b), b))
        i = j + 1
    out.append(out[0])
    return out


def cut_at_trimmed_coast(line):
    """Split a line where it leaves the land kept by TRIM_ZONES; return the pieces on land."""
    pieces, cur = [], []
    for i, p in enumerate(line):
        sea = in_trimmed_sea(p)
        if i > 0 and sea != in_trimmed_sea(line[i - 1]):
            # bisect the crossing on the segment
            a, b = line[i - 1], p
            lo, hi = 0.0, 1.0
            for _ in range(40):
                mid = (lo + hi) / 2
                m = (a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid)
                if in_trimmed_sea(m) == in_trimmed_sea(a):
                    lo = mid
                else:
                    hi = mid
            x = (a[0] + (b[0] - a[0]) * lo, a[1] + (b[1] - a[1]) * lo)
            cur.append(x)
            if sea:
                pieces.append(cur)
                cur = []
            else:
                cur = [x]
        if not sea:
            cur.append(tuple(p))
    pieces.append(cur)
    return [c for c in pieces if len(c) >= 2]


# ---------------------------------------------------------------- inputs

def load(geo_dir, name):
    with open(os.path.join(geo_dir, name), encoding="utf-8") as f:
        return json.load(f)["features"]


def schematic(feats, prefix):
    hits = [f for f in feats if f["properties"]["name"].startswith(prefix)]
    assert len(hits) == 1, prefix
    return [tuple(p) for p in hits[0]["geometry"]["coordinates"]]


# ---------------------------------------------------------------- Yellow River

def yellow_main_stem(rivers):
    """Indices of the GSHHG Yellow River main stem, upstream -> sea, with oriented coordinates.

    Start from the features named Huang He and follow level-1 lines joined end to end."""
    named = [i for i, r in enumerate(rivers) if YELLOW_GUESS in (r["guess"] or "") and r["level"] == 1]
    level1 = [i for i, r in enumerate(rivers) if r["level"] == 1]
    seed = named[0]
    chain = [(seed, list(rivers[seed]["pts"]))]
    used = {seed}

    def extend(at_end):
        while True:
            p = chain[-1][1][-1] if at_end else chain[0][1][0]
            cands = []
            for i in level1:
                if i in used:
                    continue
                q = rivers[i]["pts"]
                if dist(p, q[0]) < JOIN_TOL:
                    cands.append((i, list(q) if at_end else list(reversed(q))))
                elif dist(p, q[-1]) < JOIN_TOL:
                    cands.append((i, list(reversed(q)) if at_end else list(q)))
            if not cands:
                return
            assert len(cands) == 1, "Yellow River main stem branches at %s" % (p,)
            used.add(cands[0][0])
            if at_end:
                chain.append(cands[0])
            else:
                chain.insert(0, cands[0])

    extend(True)
    extend(False)
    assert all(i in used for i in named), "a named Huang He line is not on the main stem"
    # orient upstream (west) -> sea (east)
    if chain[0][1][0][0] > chain[-1][1][-1][0]:
        chain = [(i, list(reversed(pts))) for i, pts in reversed(chain)]
    pts = []
    for _, part in chain:
        pts.extend(part if not pts else part[1:])
    return [i for i, _ in chain], pts


def cut_at_lon(pts, lon):
    """Split a west->east line where it first reaches `lon`; return (upstream, cut, downstream)."""
    for i in range(1, len(pts)):
        a, b = pts[i - 1], pts[i]
        if a[0] < lon <= b[0]:
            t = (lon - a[0]) / (b[0] - a[0])
            c = (lon, a[1] + t * (b[1] - a[1]))
            return pts[:i] + [c], c, [c] + pts[i:]
    raise AssertionError("line never reaches lon %s" % lon)


# ---------------------------------------------------------------- main conversion

def convert(geo_dir):
    report = []
    land_f = load(geo_dir, "ne10m_land_clip.geojson")
    lake_f = load(geo_dir, "ne50m_lakes_clip.geojson")
    river_f = load(geo_dir, "gshhg_wdb2_rivers_clip.geojson")
    hist_f = load(geo_dir, "historic_schematic.geojson")

    # --- historic schematic
    song_reach = schematic(hist_f, "Yellow River, Song-era reach")
    north_course = schematic(hist_f, "Yellow River northern course")
    bian = schematic(hist_f, "Bian Canal")
    taihang = schematic(hist_f, "Taihang")
    assert dist(song_reach[-1], north_course[0]) < 1e-9, "schematic Yellow River reaches do not join"

    # --- GSHHG rivers
    rivers = []
    for f in river_f:
        g = f["geometry"]
        assert g["type"] == "LineString"
        rivers.append({
            "level": f["properties"]["level"],
            "guess": f["properties"]["name_guess"],
            "pts": [tuple(p) for p in g["coordinates"]],
        })

    stem_ids, stem = yellow_main_stem(rivers)
    mengjin_lon = song_reach[0][0]
    upstream, cut, modern_lower = cut_at_lon(stem, mengjin_lon)
    # the dropped modern course: the main stem below the cut plus the other lines named Huang He
    # (side channels such as the one the Qin joins near Wuzhi)
    modern = [modern_lower] + [r["pts"] for i, r in enumerate(rivers)
                               if i not in stem_ids and YELLOW_GUESS in (r["guess"] or "")]

    def dist_modern(p):
        return min(line_dist(p, m) for m in modern)
    report.append("Yellow River main stem: %d GSHHG lines; cut at %.3fE %.3fN (schematic start "
                  "%.3fE %.3fN moved %.1f km)" % (len(stem_ids), cut[0], cut[1], song_reach[0][0],
                                                  song_reach[0][1], dist(cut, song_reach[0]) * 111))
    head = douglas_peucker(upstream, DP_TOL)
    yr1126 = head + song_reach[1:] + north_course[1:]

    dropped = {"modern Yellow River (name_guess or main stem)": 0, "Yellow River braids": 0,
               "on the modern lower Yellow River": 0, "post-1851 Huai outlet to the Yangtze": 0,
               "Grand Canal north of the Huai (level 8)": 0, "along the 1126 Yellow River": 0,
               "in trimmed post-1128 land": 0}
    canal_src = []
    kept = []
    for i, r in enumerate(rivers):
        pts = r["pts"]
        if i in stem_ids or YELLOW_GUESS in (r["guess"] or ""):
            dropped["modern Yellow River (name_guess or main stem)"] += 1
            continue
        if r["level"] == 8:
            canal_src.append(pts)
            continue
        if r["level"] <= 1 and all(HUAI_YANGTZE_OUTLET_BOX[0] <= x <= HUAI_YANGTZE_OUTLET_BOX[2] and
                                   HUAI_YANGTZE_OUTLET_BOX[1] <= y <= HUAI_YANGTZE_OUTLET_BOX[3]
                                   for x, y in pts):
            dropped["post-1851 Huai outlet to the Yangtze"] += 1
            continue
        if r["guess"] is None:
            d_ends = max(min(line_dist(pts[0], yr1126), dist_modern(pts[0])),
                         min(line_dist(pts[-1], yr1126), dist_modern(pts[-1])))
            d_max = max(min(line_dist(p, yr1126), dist_modern(p)) for p in pts)
            if d_ends < BRAID_END and d_max < BRAID_MAX:
                dropped["Yellow River braids"] += 1
                report.append("braid dropped: GSHHG line %d %s..%s" % (i, pts[0], pts[-1]))
                continue
        near_modern = sum(dist_modern(p) < ON_MODERN for p in pts)
        if near_modern * 2 >= len(pts):
            dropped["on the modern lower Yellow River"] += 1
            continue
        name = NAME_MAP.get(r["guess"], "") if r["guess"] else ""
        assert r["guess"] is None or name, "unknown name_guess %r" % r["guess"]
        rank = {0: 1, 1: 1, 2: 2, 3: 3}[r["level"]]
        kept.append({"name": name, "rank": rank, "pts": pts, "src": i})

    # --- names: hand anchors, then lines whose two ends touch lines of one name
    for name, a in NAME_ANCHORS:
        hits = [k for k in kept if any(dist(a, p) < 0.002 for p in k["pts"])]
        assert len(hits) == 1, "anchor %s %s matches %d lines" % (name, a, len(hits))
        assert hits[0]["name"] in ("", name), (name, hits[0]["name"])
        hits[0]["name"] = name
    changed = True
    while changed:
        changed = False
        for k in kept:
            if k["name"]:
                continue
            names = []
            for end in (k["pts"][0], k["pts"][-1]):
                names.append({o["name"] for o in kept if o is not k and o["name"] and
                              (dist(end, o["pts"][0]) < JOIN_TOL or dist(end, o["pts"][-1]) < JOIN_TOL)})
            common = names[0] & names[1]
            if len(common) == 1:
                k["name"] = common.pop()
                changed = True

    # --- the Huai reaches its own mouth: link its Hongze end to its old lower course via Sizhou
    huai = [k for k in kept if k["name"] == "Huai"]
    huai_anchor = [a for n, a in NAME_ANCHORS if n == "Huai"][0]
    lower = [k for k in huai if any(dist(huai_anchor, p) < 0.002 for p in k["pts"])][0]
    upper_ends = [p for k in huai if k is not lower for p in (k["pts"][0], k["pts"][-1])]
    huai_end = max(upper_ends, key=lambda p: p[0])          # easternmost end of the upper Huai
    sizhou = bian[-1]
    kept.append({"name": "Huai", "rank": 2, "pts": [huai_end, sizhou, lower["pts"][0]], "src": -1})
    report.append("Huai link (schematic): %s -> Sizhou %s -> %s" % (huai_end, sizhou, lower["pts"][0]))

    # --- cut rivers at the trimmed coast
    pieces = []
    for k in kept:
        parts = cut_at_trimmed_coast(k["pts"])
        if not parts:
            dropped["in trimmed post-1128 land"] += 1
        for part in parts:
            pieces.append(dict(k, pts=part))
    kept = pieces

    # --- river ends running along the 1126 course are cut off and snapped onto it;
    #     rivers that ended on the dropped modern course are extended to the 1126 river
    result = []
    for k in kept:
        pts = list(k["pts"])
        near = [line_dist(p, yr1126) < ALONG_RIVER for p in pts]
        if all(near) or sum(line_dist(p, yr1126) < SAME_CHANNEL for p in pts) >= 0.75 * len(pts):
            dropped["along the 1126 Yellow River"] += 1
            report.append("dropped along the 1126 river: %s line %s..%s" % (
                k["name"] or "unnamed", pts[0], pts[-1]))
            continue
        s, e = 0, len(pts) - 1
        while near[s]:
            s += 1
        while near[e]:
            e -= 1
        if s > 0 or e < len(pts) - 1:
            if s > 1 or e < len(pts) - 2:
                report.append("cut %d+%d vertices along the 1126 river from %s line %s..%s" % (
                    s, len(pts) - 1 - e, k["name"] or "unnamed", pts[0], pts[-1]))
            core = pts[s:e + 1]
            if s > 0:
                core.insert(0, line_nearest(pts[s], yr1126)[0])
            if e < len(pts) - 1:
                core.append(line_nearest(pts[e], yr1126)[0])
            pts = core
        for idx in (0, -1):
            end = pts[idx]
            if dist_modern(end) < TRIBUTARY_END:
                q, d = line_nearest(end, yr1126)
                if TRIBUTARY_REACH > d > 1e-9:
                    report.append("extended %s from the modern course %s to the 1126 river %s" % (
                        k["name"] or "unnamed", end, (round(q[0], 3), round(q[1], 3))))
                    if idx == 0:
                        pts.insert(0, q)
                    else:
                        pts.append(q)
        result.append(dict(k, pts=pts))
    kept = result

    # --- merge named lines that meet end to end
    merged = True
    while merged:
        merged = False
        for a in kept:
            for b in kept:
                if a is b or not a["name"] or a["name"] != b["name"]:
                    continue
                pa, pb = a["pts"], b["pts"]
                if dist(pa[-1], pb[0]) < JOIN_TOL:
                    new = pa + pb[1:]
                elif dist(pa[-1], pb[-1]) < JOIN_TOL:
                    new = pa + list(reversed(pb))[1:]
                elif dist(pa[0], pb[0]) < JOIN_TOL:
                    new = list(reversed(pb)) + pa[1:]
                elif dist(pa[0], pb[-1]) < JOIN_TOL:
                    new = pb + pa[1:]
                else:
                    continue
                a["pts"], a["rank"] = new, min(a["rank"], b["rank"])
                kept.remove(b)
                merged = True
                break
            if merged:
                break

    out_rivers = []
    for k in kept:
        line = finish_line(k["pts"])
        if len(line) >= 2:
            out_rivers.append({"name": k["name"], "rank": k["rank"], "line": line})
    out_rivers.sort(key=lambda r: (r["rank"], r["name"] == "", r["name"], r["line"]))

    # --- canals: Bian (schematic) + GSHHG level 8 south of the Huai
    huai_lines = [k["pts"] for k in kept if k["name"] == "Huai"]
    canals = [{"name": "Bian canal", "line": round_line(bian)}]
    for pts in canal_src:
        hit = None
        for i in range(len(pts) - 1):
            for hl in huai_lines:
                for j in range(len(hl) - 1):
                    x = seg_intersection(pts[i], pts[i + 1], hl[j], hl[j + 1])
                    if x is not None:
                        hit = (i, x)
                        break
                if hit:
                    break
            if hit:
                break
        if hit:
            i, x = hit
            north, south = pts[:i + 1] + [x], [x] + pts[i + 1:]
            if north[0][1] < south[-1][1]:
                north, south = south, north
            dropped["Grand Canal north of the Huai (level 8)"] += 1  # its northern part
            assert not any(c["name"] == "Shanyang canal" for c in canals)
            canals.append({"name": "Shanyang canal", "line": finish_line(south)})
            continue
        # no crossing: wholly north or wholly south of the Huai?
        lo, hi = min(p[0] for p in pts), max(p[0] for p in pts)
        huai_lat = [p[1] for hl in huai_lines for p in hl if lo <= p[0] <= hi]
        assert huai_lat, "cannot place a level-8 line relative to the Huai"
        if max(p[1] for p in pts) < min(huai_lat):
            canals.append({"name": "Jiangnan canal", "line": finish_line(pts)})
        else:
            dropped["Grand Canal north of the Huai (level 8)"] += 1
    canals.sort(key=lambda c: (c["name"], c["line"]))

    # --- land
    land = []
    for f in land_f:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        for poly in polys:
            outer = [tuple(p) for p in poly[0]]          # holes are dropped
            if ring_area(outer) < MIN_ISLAND:
                continue
            ring = round_line(douglas_peucker(trim_ring(outer), DP_TOL), closed=True)
            if len(ring) >= 4:
                land.append(ring)
    land.sort(key=lambda r: (-ring_area(r), r))

    # --- lakes
    lakes = []
    for f in lake_f:
        outer = [tuple(p) for p in f["geometry"]["coordinates"][0]]
        if any(point_in_ring(p, outer) for _, p in DROP_LAKES):
            continue
        ring = round_line(douglas_peucker(outer, DP_TOL), closed=True)
        if len(ring) >= 4:
            lakes.append(ring)
    assert len(lake_f) - len(lakes) == len(DROP_LAKES), "lake drop rules did not match one lake each"
    lakes.sort(key=lambda r: (-ring_area(r), r))

    out = {
        "attribution": ATTRIBUTION,
        "bounds": BOUNDS,
        "land": land,
        "lakes": lakes,
        "rivers": out_rivers,
        "yellow_river_1126": [round_line(yr1126)],
        "canals": canals,
        "ridges": [{"name": "Taihang", "line": round_line(taihang)}],
    }
    report.append("dropped GSHHG lines: " + ", ".join("%s %d" % kv for kv in dropped.items()))
    return out, modern, report


# ---------------------------------------------------------------- checks

def side(p, line):
    """>0 if p is left of the nearest segment of line (walking downstream), <0 if right."""
    best = None
    for i in range(len(line) - 1):
        q, d = seg_nearest(p, line[i], line[i + 1])
        if best is None or d < best[0]:
            a, b = line[i], line[i + 1]
            best = (d, (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]))
    return best[1]


def self_check(out, modern):
    yr = [tuple(p) for p in out["yellow_river_1126"][0]]
    kaifeng, junzhou, huazhou, daming = (114.31, 34.80), (114.54, 35.68), (114.66, 35.57), (115.14, 36.29)
    assert side(kaifeng, yr) < 0, "Kaifeng must lie south of the 1126 Yellow River"
    assert side(junzhou, yr) > 0, "Junzhou must lie on the north bank"
    assert side(huazhou, yr) < 0, "Huazhou must lie on the south bank"
    assert line_dist(daming, yr) < 0.15, "the northern course must pass Daming"
    assert yr[0][0] == BOUNDS[0], "the 1126 river should start at the west edge"
    assert 117.3 < yr[-1][0] < 118.2 and 38.7 < yr[-1][1] < 39.3, "mouth should be near Tianjin"
    east = [[p for p in m if p[0] > 113.7] for m in modern]
    east = [m for m in east if len(m) >= 2]
    for r in out["rivers"]:
        close = sum(min(line_dist(tuple(p), m) for m in east) < ON_MODERN for p in r["line"])
        assert close * 2 < len(r["line"]), "a river follows the modern lower Yellow River: %s" % r
        assert r["rank"] in (1, 2, 3)
    for c in out["canals"]:
        assert all(p[1] < 34.0 for p in c["line"]) or c["name"] == "Bian canal", c["name"]


def dumps(out):
    """One feature per line; keys of features sorted; compact separators."""
    def d(x):
        return json.dumps(x, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    lines = ["{"]
    keys = list(out)
    for n, key in enumerate(keys):
        val = out[key]
        tail = "," if n < len(keys) - 1 else ""
        if isinstance(val, list) and val and isinstance(val[0], (list, dict)):
            lines.append("%s:[" % d(key))
            for m, item in enumerate(val):
                lines.append(d(item) + ("," if m < len(val) - 1 else ""))
            lines.append("]" + tail)
        else:
            lines.append("%s:%s%s" % (d(key), d(val), tail))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("geo_dir", nargs="?", default=os.path.join(root, "..", "shared", "reference", "geo"))
    ap.add_argument("--out", default=os.path.join(root, "assets", "map", "northern_china_1126.json"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print what was dropped, cut and joined")
    args = ap.parse_args()

    out, modern, report = convert(os.path.normpath(args.geo_dir))
    self_check(out, modern)
    text = dumps(out)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    if args.verbose:
        for line in report:
            print(line)
    print("wrote %s (%d bytes): land %d, lakes %d, rivers %d, yellow_river_1126 %d, canals %d, ridges %d"
          % (args.out, len(text.encode("utf-8")), len(out["land"]), len(out["lakes"]), len(out["rivers"]),
             len(out["yellow_river_1126"]), len(out["canals"]), len(out["ridges"])))


if __name__ == "__main__":
    sys.exit(main())
