#!/usr/bin/env python3
"""Generate assets/calendar/lunar_months_1125_1127.ron (Chinese lunisolar months, Oct 1125 - Dec 1127).

Reproduce with:
    pip install lunar-python==1.4.8
    python3 tools/gen_lunar_calendar.py > assets/calendar/lunar_months_1125_1127.ron

lunar-python's Solar dates use the Julian calendar before 15 Oct 1582 (Solar.fromJulianDay /
getJulianDay switch calendars at JD 2299161), so its dates for the 1120s are already JULIAN.
The script asserts this for every day it touches by comparing with an independent Julian-calendar
day-number formula, checks month lengths against the gaps between first days, and checks the
anchor dates below against the finished table. It exits non-zero if any check fails.

Eras: Xuanhe 7 is Chinese year 1125; Jingkang 1 is 1126; Jingkang 2 is 1127 up to its 4th month;
Jianyan 1 (Gaozong's accession) runs from the 5th month of 1127 on.
"""
import sys
from importlib.metadata import version

from lunar_python import LunarMonth, Solar

START, END = (1125, 10, 1), (1127, 12, 31)  # Julian calendar; emit every month overlapping this range

# (Julian date, era, era year, month, leap, day) from /work/shared/reference/history.md and the brief.
ANCHORS = [
    ((1126, 1, 19), "xuanhe", 7, 12, False, 24),
    ((1126, 1, 25), "jingkang", 1, 1, False, 1),
    ((1126, 2, 24), "jingkang", 1, 2, False, 1),
    ((1126, 9, 21), "jingkang", 1, 9, False, 3),
    ((1126, 12, 1), "jingkang", 1, 11, False, 16),
    ((1126, 12, 17), "jingkang", 1, 11, True, 2),
    ((1127, 1, 9), "jingkang", 1, 11, True, 25),
    ((1127, 1, 14), "jingkang", 1, 11, True, 30),
    ((1127, 1, 16), "jingkang", 1, 12, False, 2),
    ((1127, 2, 22), "jingkang", 2, 1, False, 10),
    ((1127, 3, 20), "jingkang", 2, 2, False, 6),
    ((1127, 4, 20), "jingkang", 2, 3, False, 7),
    ((1127, 5, 13), "jingkang", 2, 4, False, 1),
    ((1127, 6, 12), "jianyan", 1, 5, False, 1),
]


def jdn_julian(y, m, d):
    """Julian Day Number of a JULIAN-calendar date (independent of lunar-python)."""
    a = (14 - m) // 12
    y, m = y + 4800 - a, m + 12 * a - 3
    return d + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083


def era_of(lunar_year, month):
    if lunar_year == 1125:
        return "xuanhe", 7
    if lunar_year == 1126:
        return "jingkang", 1
    if lunar_year == 1127:
        return ("jingkang", 2) if abs(month) < 5 else ("jianyan", 1)
    raise ValueError("no era defined for Chinese year %d" % lunar_year)


def solar_of(jdn):
    s = Solar.fromJulianDay(jdn)  # integer JD = noon of that civil day
    ymd = (s.getYear(), s.getMonth(), s.getDay())
    assert jdn_julian(*ymd) == jdn, "lunar-python date %r is not Julian-calendar" % (ymd,)
    return ymd


def main():
    lo, hi = jdn_julian(*START), jdn_julian(*END)
    # Lunar months starting between 40 days before START and 40 days after END, in order.
    starts = []
    for jdn in range(lo - 40, hi + 41):
        solar_of(jdn)
        lunar = Solar.fromJulianDay(jdn).getLunar()
        if lunar.getDay() == 1:
            starts.append((jdn, lunar.getYear(), lunar.getMonth()))

    months = []
    for (jdn, ly, lm), (next_jdn, _, _) in zip(starts, starts[1:]):
        if next_jdn <= lo or jdn > hi:
            continue
        days = LunarMonth.fromYm(ly, lm).getDayCount()
        assert days == next_jdn - jdn and days in (29, 30), (ly, lm, days)
        era, era_year = era_of(ly, lm)
        months.append(dict(jdn=jdn, ymd=solar_of(jdn), era=era, era_year=era_year,
                           month=abs(lm), leap=lm < 0, days=days))
    assert months[0]["jdn"] <= lo and months[-1]["jdn"] + months[-1]["days"] > hi

    # Anchor check, using only the finished table.
    for ymd, era, era_year, month, leap, day in ANCHORS:
        jdn = jdn_julian(*ymd)
        m = [m for m in months if m["jdn"] <= jdn < m["jdn"] + m["days"]][0]
        got = (m["era"], m["era_year"], m["month"], m["leap"], jdn - m["jdn"] + 1)
        if got != (era, era_year, month, leap, day):
            sys.exit("anchor %r mismatch: expected %r, table gives %r"
                     % (ymd, (era, era_year, month, leap, day), got))

    def anchor_text(a):
        ymd, era, era_year, month, leap, day = a
        return "%04d-%02d-%02d %s %d/%s%d/%d" % (ymd + (era.capitalize(), era_year,
                                                        "leap " if leap else "", month, day))

    out = [
        "// Chinese lunisolar months, Oct 1125 - Dec 1127, first days given in the JULIAN calendar.",
        "// Computed with the PyPI package lunar-python %s (historical new-moon corrections); "
        "checked against %s." % (version("lunar-python"), "; ".join(map(anchor_text, ANCHORS))),
        "LunarCalendar(",
        "    eras: [",
        '        Era(id: "xuanhe", pinyin: "Xuanhe", chinese: "宣和"),',
        '        Era(id: "jingkang", pinyin: "Jingkang", chinese: "靖康"),',
        '        Era(id: "jianyan", pinyin: "Jianyan", chinese: "建炎"),',
        "    ],",
        "    months: [",
    ]
    for m in months:
        out.append('        LunarMonth(first_day: "%04d-%02d-%02d", era: "%s", era_year: %d, month: %d, '
                   "leap: %s, days: %d)," % (m["ymd"] + (m["era"], m["era_year"], m["month"],
                                                        "true" if m["leap"] else "false", m["days"])))
    out += ["    ],", ")"]
    sys.stdout.buffer.write(("\n".join(out) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
