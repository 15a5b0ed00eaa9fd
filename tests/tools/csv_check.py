#!/usr/bin/python3
"""Reads a CSV export with Python's csv module in strict mode and prints its
rows as JSON, with whether the file starts with a UTF-8 BOM and whether every
time column parses as ISO 8601 with a UTC offset.
usage: csv_check.py FILE TIME_COLUMN..."""
import csv
import datetime
import json
import sys


def main():
    raw = open(sys.argv[1], "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(keepends=True), strict=True))
    header, body = rows[0], rows[1:]
    zoned = True
    for name in sys.argv[2:]:
        col = header.index(name)
        for r in body:
            t = datetime.datetime.fromisoformat(r[col].replace("Z", "+00:00"))
            zoned = zoned and t.tzinfo is not None
    print(json.dumps({"bom": bom, "header": header, "rows": body, "zoned": zoned}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
