"""Folio's edit loop and CI, timed: the result cache and parallel renders.

1. The showcase rendered cold (compile and run) against warm, after a prose edit, which the
   result cache serves without compiling or running anything. Goal: warm <= 0.1 x cold, < 0.1 s.
2. A folder of notebooks (notebooks/ plus 8 copies of hello.md) rendered cold with -j 1 against
   -j 2. Goal: -j 2 <= 0.6 x -j 1 on 2 cores.

Uses .build/release/folio: run `swift build -c release` first. Prints medians and ratios.
"""
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLIO = os.path.join(ROOT, ".build", "release", "folio")


def timed(arguments, cwd):
    start = time.perf_counter()
    subprocess.run([FOLIO] + arguments, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cold_and_warm(repeats):
    folder = tempfile.mkdtemp(prefix="folio-bench-cache-")
    os.makedirs(os.path.join(folder, "notebooks"))
    notebook = os.path.join(folder, "notebooks", "numerical-stability.md")
    shutil.copy(os.path.join(ROOT, "notebooks", "numerical-stability.md"), notebook)
    render = ["render", "notebooks", "-o", "out"]
    cold = []
    for _ in range(repeats):
        subprocess.run([FOLIO, "clean", "notebooks"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
        cold.append(timed(render, folder))
    warm = []
    for edit in range(repeats):
        with open(notebook) as f:
            text = f.read()
        text = text.replace("This lesson makes that concrete", "This lesson (edit %d) makes that concrete" % edit, 1)
        with open(notebook, "w") as f:
            f.write(text)
        warm.append(timed(render, folder))
    shutil.rmtree(folder)
    return statistics.median(cold), statistics.median(warm)


def jobs(repeats):
    folder = tempfile.mkdtemp(prefix="folio-bench-jobs-")
    book = os.path.join(folder, "notebooks")
    os.makedirs(book)
    for path in glob.glob(os.path.join(ROOT, "notebooks", "*.md")):
        shutil.copy(path, book)
    for copy in range(1, 9):
        shutil.copy(os.path.join(ROOT, "notebooks", "hello.md"), os.path.join(book, "hello-%d.md" % copy))
    times = {1: [], 2: []}
    for _ in range(repeats):
        for j in (1, 2):
            times[j].append(timed(["render", "notebooks", "-o", "out", "--no-cache", "-j", str(j)], folder))
    shutil.rmtree(folder)
    return len(os.listdir(os.path.join(ROOT, "notebooks"))) + 8, statistics.median(times[1]), statistics.median(times[2])


def main():
    if not os.path.exists(FOLIO):
        sys.exit("build Folio first: swift build -c release")
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    cold, warm = cold_and_warm(repeats)
    print("showcase, medians of %d: cold render %.3f s, warm render after a prose edit %.3f s: "
          "warm = %.3f x cold (goal <= 0.1 x, and < 0.1 s: %s)"
          % (repeats, cold, warm, warm / cold, "met" if warm <= 0.1 * cold and warm < 0.1 else "NOT met"))
    count, one, two = jobs(max(3, repeats // 2))
    print("%d notebooks, cold, medians of %d: -j 1 %.2f s, -j 2 %.2f s: -j 2 = %.2f x -j 1 (goal <= 0.6 x: %s)"
          % (count, max(3, repeats // 2), one, two, two / one, "met" if two <= 0.6 * one else "NOT met"))


if __name__ == "__main__":
    main()
