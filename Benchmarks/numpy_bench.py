"""NumPy side of `folio-bench`: the same work as Benchmarks/folio-bench/EngineBenchmarks.swift.

`numpy_bench.py REPEATS [NAME]` runs every benchmark, or only NAME. Prints one JSON object: {"blas": ..., "numpy": ..., "results": {name: [seconds per repeat, ...]}}.
The seed workload is the seed notebook's MXNet code with nd -> np, in float32
(MXNet's default dtype): legacy np.random.normal, np.dot, np.diag.
"""
import json
import sys
import time

import numpy as np

F = np.float32


def timed(fn, repeats, number=1):
    fn()  # warm up
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        out.append((time.perf_counter() - t0) / number)
    return out


# --- the seed notebook, nd -> np ------------------------------------------
def prod_rand_matrices(scale, k):
    Y = np.diag(np.ones(k, dtype=F))
    for i in range(100):
        W = np.random.normal(scale=scale, size=(k, k)).astype(F)
        Y = np.dot(W, Y)
    return Y


def synthetic_grad(k, sigma, d_sigma, get_weight):
    res = []
    for repeat in range(10):
        x = np.random.normal(size=k).astype(F)
        h = np.ones(k, dtype=F)
        Y = np.diag(np.ones(k, dtype=F))
        for i in range(50):
            W = get_weight((k, k))
            Wh = np.dot(W, h)
            Y = np.dot(d_sigma(Wh) * W.T, Y)
            h = sigma(Wh)
        res.append(np.abs(Y).mean().item())
    return sum(res) / len(res)


def nd_sigmoid(x):
    return F(1) / (F(1) + np.exp(-x))


def seed_workload():
    np.seterr(all="ignore")  # the notebook overflows on purpose
    prod_rand_matrices(.5, 4)
    prod_rand_matrices(.7, 4)
    k = 100
    get_weight = lambda scale: (lambda shape: np.random.normal(scale=scale, size=shape).astype(F))
    relu, d_relu = (lambda x: np.maximum(x, F(0))), (lambda x: x > 0)
    for scale in [0.1, 0.2, 0.4, 0.8]:
        synthetic_grad(k, relu, d_relu, get_weight(scale))
    a = (6.0 / (k + k)) ** .5
    xavier = lambda shape: np.random.uniform(low=-a, high=a, size=shape).astype(F)
    synthetic_grad(k, relu, d_relu, xavier)
    d_sig = lambda x: (1 - nd_sigmoid(x)) * nd_sigmoid(x)
    for scale in [0.1, 0.2, 0.4, 0.8]:
        synthetic_grad(k, nd_sigmoid, d_sig, get_weight(scale))
    scaled = lambda x: 4 * nd_sigmoid(x) - 2
    d_scaled = lambda x: 4 * (1 - nd_sigmoid(x)) * nd_sigmoid(x)
    for scale in [0.1, 0.2, 0.4, 0.8]:
        synthetic_grad(k, scaled, d_scaled, get_weight(scale))


def blas_name():
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return "%s %s" % (blas.get("name"), blas.get("version"))
    except Exception:  # older NumPy
        return "unknown"


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    only = sys.argv[2] if len(sys.argv) > 2 else None
    rng = np.random.default_rng(0)
    a = rng.standard_normal((1000, 1000), dtype=F)
    b = rng.standard_normal((1000, 1000), dtype=F)
    x = rng.standard_normal(10**7, dtype=F)
    p = rng.standard_normal((4, 4), dtype=F)
    q = rng.standard_normal((4, 4), dtype=F)
    work = {
        "seed": lambda: timed(seed_workload, max(3, repeats // 2)),
        "sgemm": lambda: timed(lambda: np.dot(a, b), repeats),
        "normal": lambda: timed(lambda: rng.standard_normal(10**7, dtype=F), repeats),
        "sigmoid": lambda: timed(lambda: nd_sigmoid(x), repeats),
        "add4": lambda: timed(lambda: p + q, repeats, number=100_000),
        # The data-science toolkit, on the same 10^7 float32 standard normals.
        "cumsum": lambda: timed(lambda: np.cumsum(x), repeats),
        "sort": lambda: timed(lambda: np.sort(x), repeats),
        "mask": lambda: timed(lambda: x[x > 0], repeats),
        "hist": lambda: timed(lambda: np.histogram(x, bins=100), repeats),
    }
    results = {name: run() for name, run in work.items() if only in (None, name)}
    print(json.dumps({"numpy": np.__version__, "blas": blas_name(), "results": results}))


if __name__ == "__main__":
    main()
