"""Reads the scanners' reports for scripts/security.sh; prints what they found
and, on its last line, the number that counts.

  report.py wapiti REPORT.json       last line: the number of findings
  report.py observatory SCAN.json    last line: "GRADE SCORE"

What counts as a wapiti finding: every entry under "vulnerabilities", and
the "Internal Server Error" anomalies (a request that made the server fail).
Other anomalies ("Resource consumption": an answer slower than wapiti's
timeout, which on a busy test machine says nothing about the code) and the
"additionals" (fingerprints) are printed but not counted.
"""

import json
import sys

COUNTED_ANOMALIES = {"Internal Server Error"}


def entries(report, section):
    for category, found in sorted((report.get(section) or {}).items()):
        for entry in found:
            yield category, entry


def describe(category, entry):
    where = f"{entry.get('method', '')} {entry.get('path', '')}".strip()
    parameter = entry.get("parameter") or ""
    info = (entry.get("info") or "").replace("\n", " ")
    return f"{category}: {where} {parameter} — {info}"


def wapiti(path):
    with open(path, encoding="utf-8") as file:
        report = json.load(file)
    findings = 0
    for category, entry in entries(report, "vulnerabilities"):
        findings += 1
        print(f"  FINDING {describe(category, entry)}")
    for category, entry in entries(report, "anomalies"):
        counted = category in COUNTED_ANOMALIES
        findings += counted
        print(f"  {'FINDING' if counted else 'anomaly (not counted)'} {describe(category, entry)}")
    for category, entry in entries(report, "additionals"):
        print(f"  note {describe(category, entry)}")
    print(f"  wapiti crawled {report.get('infos', {}).get('crawled_pages_nbr', 0)} pages")
    print(findings)


def observatory(path):
    with open(path, encoding="utf-8") as file:
        report = json.load(file)
    if "error" in report:
        print(f"  the scan failed: {report['error']}")
        print("none 0")
        return
    for name, test in sorted(report["tests"].items()):
        modifier = test.get("scoreModifier", 0)
        if not test.get("pass") or modifier < 0:
            print(f"  FAILED {name}: {test.get('result')} ({modifier:+d})")
        else:
            print(f"  passed {name}: {test.get('result')} ({modifier:+d})")
    scan = report["scan"]
    print(f"{scan['grade']} {scan['score']}")


if __name__ == "__main__":
    commands = {"wapiti": wapiti, "observatory": observatory}
    if len(sys.argv) != 3 or sys.argv[1] not in commands:
        sys.exit(f"usage: {sys.argv[0]} wapiti|observatory REPORT.json")
    commands[sys.argv[1]](sys.argv[2])
