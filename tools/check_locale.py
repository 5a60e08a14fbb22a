#!/usr/bin/env python3
"""Checks a translated Fluent locale against English, for translators (the game's own test,
tests/locales.rs, checks the same and more).

    pip install fluent.syntax
    python3 tools/check_locale.py zh-Hant [file.ftl ...]

For each file: it parses, has every message of en-US and no other, and uses no variable the
English message does not have. Prints what is wrong; exits 1 if anything is."""
import sys
from pathlib import Path
from fluent.syntax import parse, ast, visitor

ROOT = Path(__file__).resolve().parent.parent / "assets" / "locale"


class Variables(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.names = set()

    def visit_VariableReference(self, node):
        self.names.add(node.id.name)
        self.generic_visit(node)


def messages(path):
    resource = parse(path.read_text(encoding="utf-8"))
    found, junk = {}, []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            junk.append(entry.content.strip().splitlines()[0])
        elif isinstance(entry, (ast.Message, ast.Term)):
            v = Variables()
            v.visit(entry)
            key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
            found[key] = v.names
    return found, junk


def main():
    language, files = sys.argv[1], sys.argv[2:]
    names = files or sorted(p.name for p in (ROOT / "en-US").glob("*.ftl"))
    bad = 0
    for name in names:
        english, _ = messages(ROOT / "en-US" / name)
        target = ROOT / language / name
        if not target.exists():
            print(f"{target}: missing")
            bad += 1
            continue
        translated, junk = messages(target)
        for j in junk:
            print(f"{target}: does not parse near: {j}")
        missing = sorted(set(english) - set(translated))
        extra = sorted(set(translated) - set(english))
        wrong = sorted(k for k in translated if k in english and not translated[k] <= english[k])
        for k in missing:
            print(f"{target}: missing message {k}")
        for k in extra:
            print(f"{target}: message {k} is not in en-US")
        for k in wrong:
            print(f"{target}: {k} uses {sorted(translated[k] - english[k])}, not given in English")
        bad += len(junk) + len(missing) + len(extra) + len(wrong)
    print(f"{bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
