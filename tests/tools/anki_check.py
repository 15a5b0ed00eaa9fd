#!/usr/bin/python3
"""Reads a text file the way Anki's importer does and prints the notes it
would make, as JSON. Written from Anki's own sources (ankitects/anki,
rslib/src/import_export/text/csv/metadata.rs and import.rs):

- meta lines come first: an optional BOM, an optional legacy "tags:" line,
  then every line starting with '#'; "#key:value" sets separator (a name
  such as "tab" or the character itself), html, tags, columns, notetype,
  deck, "tags column", "guid column", "notetype column", "deck column";
- records are read by the Rust csv crate with has_headers(false),
  flexible(true), comment(b'#') and the separator: a field that starts with
  '"' is quoted ("" inside is one quote; separators and line breaks inside are
  text); a quote inside an unquoted field is text; a record that starts with
  '#' is a comment and skipped;
- the note type's fields are mapped to columns by name when #columns is set
  (meta columns excluded), else by index over the non-meta columns; a column
  mapped to no field is not imported;
- tags are the tags column split on whitespace, plus #tags.

usage: anki_check.py FILE  -> JSON {"notetype", "deck", "html", "notes":
[{"fields": {...}, "tags": [...]}], "unimported_columns": [...]}.
Only the stock note types are known: Basic (Front, Back) is also Anki's
default when #notetype names one that does not exist."""
import json
import sys

STOCK = {
    "Basic": ["Front", "Back"],
    "Basic (and reversed card)": ["Front", "Back"],
    "Basic (optional reversed card)": ["Front", "Back", "Add Reverse"],
    "Basic (type in the answer)": ["Front", "Back"],
    "Cloze": ["Text", "Back Extra"],
}
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "space": " ", "pipe": "|", "colon": ":"}


def records(text, delim):
    """The csv crate's reader, as Anki configures it."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i] == "#":  # a comment record: skipped to the end of the line
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if text[i] in "\r\n":  # empty lines make no record
            i += 1
            continue
        rec, field = [], ""
        while True:
            if i < n and text[i] == '"':
                i += 1
                while i < n:
                    if text[i] == '"':
                        if i + 1 < n and text[i + 1] == '"':
                            field += '"'
                            i += 2
                            continue
                        i += 1
                        break
                    field += text[i]
                    i += 1
            while i < n and text[i] not in (delim, "\n", "\r"):
                field += text[i]
                i += 1
            rec.append(field)
            field = ""
            if i < n and text[i] == delim:
                i += 1
                continue
            if i < n and text[i] == "\r":
                i += 1
            if i < n and text[i] == "\n":
                i += 1
            break
        out.append(rec)
    return out


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    meta = {"separator": None, "html": None, "tags": [], "columns": None, "notetype": None, "deck": None,
            "tags column": 0}
    lines = text.split("\n")
    body_start = 0
    for idx, line in enumerate(lines):
        if idx == 0 and line.startswith("tags:"):
            meta["tags"] = line[5:].split()
            body_start = idx + 1
            continue
        if not line.startswith("#"):
            break
        body_start = idx + 1
        if ":" in line:
            key, value = line[1:].split(":", 1)
            key = key.strip().lower()
            value = value.rstrip("\r")
            if key == "separator":
                v = value.strip().lower()
                meta["separator"] = DELIMITERS.get(v, value if len(value) == 1 else None)
            elif key == "html":
                meta["html"] = value.strip().lower() == "true"
            elif key == "tags":
                meta["tags"] = value.split()
            elif key in ("notetype", "deck"):
                meta[key] = value
            elif key == "tags column":
                meta["tags column"] = int(value.strip())
            elif key == "columns":
                meta["columns"] = value  # parsed below, with the separator
    delim = meta["separator"] or "\t"
    body = "\n".join(lines[body_start:])
    notetype = meta["notetype"] if meta["notetype"] in STOCK else "Basic"
    fields = STOCK[notetype]
    rows = records(body, delim)
    tags_col = meta["tags column"]
    width = max([len(r) for r in rows] + [0])
    meta_cols = {tags_col} if tags_col > 0 else set()
    mapping = {}  # field -> 1-based column
    labels = records(meta["columns"], delim)[0] if meta["columns"] else []
    if labels and any(labels):
        by_name = {label: i + 1 for i, label in enumerate(labels) if i + 1 not in meta_cols}
        for field in fields:
            if field in by_name:
                mapping[field] = by_name[field]
    else:
        free = [c for c in range(1, width + 1) if c not in meta_cols]
        for field, col in zip(fields, free):
            mapping[field] = col
    if fields[0] not in mapping:  # ensure_first_field_is_mapped
        free = [c for c in range(1, width + 1) if c not in meta_cols and c not in mapping.values()]
        if free:
            mapping[fields[0]] = free[0]
    used = set(mapping.values()) | meta_cols
    notes = []
    for r in rows:
        note = {f: (r[c - 1] if c - 1 < len(r) else "") for f, c in mapping.items()}
        tags = list(meta["tags"])
        if tags_col > 0 and tags_col - 1 < len(r):
            tags += r[tags_col - 1].split()
        notes.append({"fields": note, "tags": tags})
    print(json.dumps({"notetype": meta["notetype"], "used_notetype": notetype, "deck": meta["deck"], "html": meta["html"],
                      "notes": notes, "unimported_columns": [c for c in range(1, width + 1) if c not in used]},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
