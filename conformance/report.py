"""Prints the conformance table from the drivers' JSON results; exits 1 if any call failed.

Usage: report.py RESULT.json... [--scripts SCRIPTS.tsv]
"""

import json
import sys

# At most this many failures are listed per client and mode.
LISTED = 8


def main(argv):
    scripts = None
    if "--scripts" in argv:
        at = argv.index("--scripts")
        scripts = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    results = []
    for path in argv:
        with open(path, encoding="utf-8") as file:
            text = file.read().strip()
        if not text:
            print("conformance: %s: the driver printed no result" % path, file=sys.stderr)
            return 1
        results.append(json.loads(text))

    columns = []
    for result in results:
        for column in result["modes"]:
            if column not in columns:
                columns.append(column)
    print("| client | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    passed = total = 0
    failures = []
    for result in results:
        cells = []
        for column in columns:
            mode = result["modes"].get(column)
            if mode is None:
                cells.append("-")
                continue
            cells.append("%d / %d" % (mode["passed"], mode["total"]))
            passed += mode["passed"]
            total += mode["total"]
            for failure in mode["failures"][:LISTED]:
                failures.append((result["client"], column, failure))
            if len(mode["failures"]) > LISTED:
                failures.append(
                    (result["client"], column, {"action": "…", "problem": "%d more" % (len(mode["failures"]) - LISTED)})
                )
        print("| %s | %s |" % (result["client"], " | ".join(cells)))
    print()
    print("%d of %d calls answered" % (passed, total))

    failed_scripts = 0
    if scripts:
        with open(scripts, encoding="utf-8") as file:
            for line in file:
                name, outcome = line.rstrip("\n").split("\t")
                print("script %s: %s" % (name, outcome))
                failed_scripts += outcome == "FAILED"

    for result in results:
        for note in result.get("notes", []):
            print("note: %s: %s" % (result["client"], note))
    for client, column, failure in failures:
        print("FAILED %s, %s, %s: %s" % (client, column, failure["action"], failure["problem"]))
    if total == 0:
        print("conformance: no call was made", file=sys.stderr)
        return 1
    return 1 if failures or failed_scripts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
