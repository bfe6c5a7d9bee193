"""`make bench-compare`: two benchmark results side by side (default: the last two runs).

python -m benchmarks.compare [OLD.json NEW.json]
"""

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def load(path):
    return json.loads(Path(path).read_text())


def main():
    if len(sys.argv) == 3:
        old_path, new_path = sys.argv[1:]
    else:
        runs = sorted(p for p in RESULTS.glob("*.json") if p.name != "latest.json")
        if len(runs) < 2:
            sys.exit("Two runs of `make bench` are needed (or name two result files).")
        old_path, new_path = runs[-2:]
    old, new = load(old_path), load(new_path)
    before = {(row["path"]): row for row in old["pages"]}
    print(f"{'page':<16} {'lang':<4} {'uncached %triv':>16} {'cached %triv':>16} {'SQL':>9}")
    for row in new["pages"]:
        was = before.get(row["path"])
        if was is None:
            continue

        def pair(field, row=row, was=was):
            return f"{was[field]['ratio']}→{row[field]['ratio']}"

        print(
            f"{row['page']:<16} {row['language']:<4} {pair('uncached'):>16} "
            f"{pair('cached'):>16} {was['queries']:>4}→{row['queries']:<4}"
        )
    print(f"\n{old_path}\n{new_path}")


if __name__ == "__main__":
    main()
