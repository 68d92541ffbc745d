#!/usr/bin/env python3
"""Write dicts/lunar_years.tsv: the Chinese lunisolar calendar from 1900 to 2100.

The months come from sxtwl (PyPI `sxtwl` 2.0.7), the Python binding of 寿星天文历 by
许剑伟, which computes new moons and solar terms astronomically in Beijing time (UTC+8,
the calendar's official meridian since 1929). `--check` compares every month's first day
with lunardate (PyPI `lunardate` 0.3.0, a table derived from the Hong Kong Observatory's
conversion tables, 1900-2099): they agree except on three new moons within minutes of
midnight (the 6th month of 1933, the 11th of 1954, the 8th of 1978), where the
astronomical computation is kept.

Usage: python3 scripts/make-lunar-table.py [--check] > dicts/lunar_years.tsv
(needs `pip install sxtwl lunardate`).
"""
import datetime
import sys

import sxtwl

HEADER = """# The Chinese lunisolar calendar, 1900-2100, one lunar year a line: the Gregorian day of
# its first day (正月初一), its leap month (0: none; a leap month follows the month of the
# same number) and the length of each month in order, leap month included: 1 = 30 days,
# 0 = 29. Written by scripts/make-lunar-table.py from 寿星天文历 (sxtwl), checked against
# the Hong Kong Observatory's tables (see the script).
# year	new_year	leap	months"""


def rows():
    for y in range(1900, 2101):
        d = sxtwl.fromLunar(y, 1, 1)
        first = datetime.date(d.getSolarYear(), d.getSolarMonth(), d.getSolarDay())
        leap = max(sxtwl.getRunMonth(y), 0)
        months = []
        for m in range(1, 13):
            months.append(sxtwl.getLunarMonthNum(y, m, False))
            if m == leap:
                months.append(sxtwl.getLunarMonthNum(y, m, True))
        assert all(n in (29, 30) for n in months), (y, months)
        yield y, first, leap, months


def check(table):
    import lunardate

    differ = 0
    for y, first, leap, months in table:
        if y > 2099:
            continue
        day = first
        order = [(m, False) for m in range(1, 13)]
        if leap:
            order.insert(leap, (leap, True))
        for (m, is_leap), n in zip(order, months):
            other = lunardate.LunarDate(y, m, 1, is_leap).to_solar_date()
            if other != day:
                differ += 1
                print(f"{y} month {m}{' (leap)' if is_leap else ''}: {day} here, {other} in lunardate",
                      file=sys.stderr)
            day += datetime.timedelta(days=n)
    print(f"{differ} months differ", file=sys.stderr)


def main():
    table = list(rows())
    # Each year must start where the one before ends.
    for (y, first, _, months), (_, nxt, _, _) in zip(table, table[1:]):
        assert first + datetime.timedelta(days=sum(months)) == nxt, y
    if "--check" in sys.argv:
        check(table)
    print(HEADER)
    for y, first, leap, months in table:
        print(f"{y}\t{first.isoformat()}\t{leap}\t{''.join('1' if n == 30 else '0' for n in months)}")


if __name__ == "__main__":
    main()
