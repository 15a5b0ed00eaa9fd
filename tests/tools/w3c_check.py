#!/usr/bin/python3
"""Checks Web Annotation JSON against the W3C Web Annotation test suite's
JSON Schemas (tests/data/w3c, copied from github.com/w3c/web-annotation-tests
with its licence): every MUST assertion of annotationMusts.test for each
annotation, collectionMusts.test for a collection, pageMusts.test for its page.

usage: w3c_check.py SUITE_DIR FILE   -> prints one line per failed assertion;
exit 0 when all pass, 1 when any fails, 2 on bad input.
Needs python3-jsonschema (Debian); fails when it is missing."""
import json
import os
import sys

import jsonschema


def load_suite(root):
    store = {}
    for name in os.listdir(os.path.join(root, "definitions")):
        if name.endswith(".json"):
            with open(os.path.join(root, "definitions", name), encoding="utf-8") as f:
                schema = json.load(f)
            store[name] = schema
            store[schema.get("id", name)] = schema
    return store


def musts(root, test):
    with open(os.path.join(root, test), encoding="utf-8") as f:
        spec = json.load(f)
    out = []
    for path in spec["assertions"]:
        with open(os.path.join(root, path), encoding="utf-8") as f:
            out.append((path, json.load(f)))
    return out


def check(obj, assertions, store, what):
    failures = []
    for path, schema in assertions:
        # draft-04, as the suite declares; relative $refs resolve to definitions/.
        resolver = jsonschema.RefResolver(base_uri=schema.get("id", ""), referrer=schema, store=store)
        validator = jsonschema.Draft4Validator(schema, resolver=resolver)
        valid = validator.is_valid(obj)
        expected = schema.get("expectedResult", "valid") == "valid"
        if valid != expected:
            failures.append("%s: %s: %s" % (what, os.path.basename(path), schema.get("errorMessage", "")))
    return failures


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    root, path = sys.argv[1], sys.argv[2]
    store = load_suite(root)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    annotation_musts = musts(root, "annotations/annotationMusts.test")
    failures = []
    annotations = []
    types = doc.get("type") if isinstance(doc, dict) else None
    types = types if isinstance(types, list) else [types]
    if isinstance(doc, list):
        annotations = doc
    elif "AnnotationCollection" in types:
        failures += check(doc, musts(root, "collections/collectionMusts.test"), store, "collection")
        page = doc.get("first")
        if isinstance(page, dict):
            page = dict(page)
            page.setdefault("@context", doc.get("@context"))  # JSON-LD: the page inherits it
            failures += check(page, musts(root, "collections/pages/pageMusts.test"), store, "page")
            annotations = page.get("items", [])
    elif "AnnotationPage" in types:
        failures += check(doc, musts(root, "collections/pages/pageMusts.test"), store, "page")
        annotations = doc.get("items", [])
    else:
        annotations = [doc]
    for a in annotations:
        failures += check(a, annotation_musts, store, "annotation %s" % a.get("id"))
    for line in failures:
        print(line)
    print("checked %d annotations against %d MUST assertions" % (len(annotations), len(annotation_musts)),
          file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
