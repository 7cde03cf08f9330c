#!/usr/bin/env python3
"""Times a cold `folio render` of the showcase notebook against Jupyter executing the same
notebook written for NumPy, in one run on the same machine, and prints medians and the ratio.

Usage: python3 Benchmarks/render_vs_jupyter.py [--repeats N]
Jupyter (nbconvert, ipykernel, numpy) is installed from PyPI into .build-bench/venv on first use.
Folio is built with `swift build -c release` first; Folio has no cache, so every render compiles.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".build-bench", "venv")

# The seed notebook's code with MXNet's `nd` replaced by NumPy, in float32.
CELLS = [
    """import numpy as np
rng = np.random.default_rng(0)
def relu(x): return np.maximum(x, 0)
def sigmoid(x): return 1 / (1 + np.exp(-x))""",
    """def prod_rand_matrices(scale, k):
    Y = np.diag(np.ones(k, dtype=np.float32))
    for i in range(100):
        W = rng.normal(scale=scale, size=(k, k)).astype(np.float32)
        Y = np.dot(W, Y)
    return Y""",
    """print(prod_rand_matrices(.5, 4))
print(prod_rand_matrices(.7, 4))""",
    """def synthetic_grad(k, sigma, d_sigma, get_weight):
    res = []
    for repeat in range(10):
        h = np.ones(k, dtype=np.float32)
        Y = np.diag(np.ones(k, dtype=np.float32))
        for i in range(50):
            W = get_weight((k, k))
            Wh = np.dot(W, h)
            Y = np.dot(d_sigma(Wh) * W.T, Y)
            h = sigma(Wh)
        res.append(float(np.abs(Y).mean()))
    return sum(res) / len(res)""",
    """k = 100
sigma = relu
d_sigma = lambda x: (x > 0).astype(np.float32)
def get_weight(scale):
    return lambda shape: rng.normal(scale=scale, size=shape).astype(np.float32)
for scale in [0.1, 0.2, 0.4, 0.8]:
    print('scale', scale, 'gradient mean', synthetic_grad(k, sigma, d_sigma, get_weight(scale)))""",
    """scale = (6.0 / (k + k)) ** .5
xavier = lambda shape: rng.uniform(low=-scale, high=scale, size=shape).astype(np.float32)
synthetic_grad(k, sigma, d_sigma, xavier)""",
    """sigma = sigmoid
d_sigma = lambda x: (1 - sigmoid(x)) * sigmoid(x)
for scale in [0.1, 0.2, 0.4, 0.8]:
    print('scale', scale, 'gradient mean', synthetic_grad(k, sigma, d_sigma, get_weight(scale)))""",
    """sigma = lambda x: 4 * sigmoid(x) - 2
d_sigma = lambda x: 4 * (1 - sigmoid(x)) * sigmoid(x)
for scale in [0.1, 0.2, 0.4, 0.8]:
    print('scale', scale, 'gradient mean', synthetic_grad(k, sigma, d_sigma, get_weight(scale)))""",
]


def notebook_json():
    cells = [{"cell_type": "markdown", "metadata": {}, "source": "# Numerical Stability and Initialization (NumPy)"}]
    for code in CELLS:
        cells.append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": code})
    return {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def ensure_jupyter():
    jupyter = os.path.join(VENV, "bin", "jupyter")
    if not os.path.exists(jupyter):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", "nbconvert", "nbclient", "ipykernel", "numpy"], check=True)
    return jupyter


def timed(command, cwd=ROOT):
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    jupyter = ensure_jupyter()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    folio = os.path.join(ROOT, ".build", "release", "folio")
    work = tempfile.mkdtemp(prefix="folio-vs-jupyter-")
    ipynb = os.path.join(work, "numerical-stability-numpy.ipynb")
    with open(ipynb, "w") as f:
        json.dump(notebook_json(), f)
    folio_times, jupyter_times = [], []
    try:
        for _ in range(args.repeats):
            out = os.path.join(work, "folio-out")
            shutil.rmtree(out, ignore_errors=True)
            folio_times.append(timed([folio, "render", "notebooks/numerical-stability.md", "-o", out]))
            jupyter_times.append(timed([jupyter, "nbconvert", "--execute", "--to", "html", "--output-dir",
                                        os.path.join(work, "jupyter-out"), ipynb]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    f, j = statistics.median(folio_times), statistics.median(jupyter_times)
    print(f"{'work':<58}{'median':>10}")
    print(f"{'folio render numerical-stability.md (compile + run + write)':<58}{f:>9.2f}s")
    print(f"{'jupyter nbconvert --execute --to html (NumPy version)':<58}{j:>9.2f}s")
    print(f"ratio: Folio takes {f / j:.2f}x Jupyter's time ({j / f:.1f}x faster); goal: at most 0.33x")
    print(f"runs: folio {[round(t, 2) for t in folio_times]}, jupyter {[round(t, 2) for t in jupyter_times]}")


if __name__ == "__main__":
    main()
