"""What `optimize: true` (`--optimize`, swiftc -O) costs in compile time and gains in run time.

For the showcase (notebooks/numerical-stability.md) and a scalar loop over 10^7 numbers
(Benchmarks/scalar-loop.md), renders each notebook cold (--no-cache) with and without
--optimize, three times each, and prints medians of: the cells' run time (the sum of the
cells' seconds in --format json) and the rest of the render (compiling, linking, writing), which
is almost all compile time.

Uses .build/release/folio: run `swift build -c release` first.
"""
import json
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLIO = os.path.join(ROOT, ".build", "release", "folio")
NOTEBOOKS = ["notebooks/numerical-stability.md", "Benchmarks/scalar-loop.md"]


def render(notebook, optimize):
    out = tempfile.mkdtemp(prefix="folio-bench-optimize-")
    arguments = [FOLIO, "render", notebook, "-o", out, "--no-cache", "--format", "json"] + (["--optimize"] if optimize else [])
    start = time.perf_counter()
    result = subprocess.run(arguments, cwd=ROOT, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    cells = sum(cell.get("seconds") or 0 for cell in json.loads(result.stdout)["notebooks"][0]["cells"])
    return wall - cells, cells


def main(repeats=3):
    print(f"{'notebook':40} {'level':7} {'compile+rest':>13} {'cells run':>10} {'total':>8}")
    for notebook in NOTEBOOKS:
        for optimize in (False, True):
            runs = [render(notebook, optimize) for _ in range(repeats)]
            rest = statistics.median(r[0] for r in runs)
            cells = statistics.median(r[1] for r in runs)
            total = statistics.median(r[0] + r[1] for r in runs)
            print(f"{notebook:40} {'-O' if optimize else '-Onone':7} {rest:12.2f}s {cells:9.3f}s {total:7.2f}s")


if __name__ == "__main__":
    main()
