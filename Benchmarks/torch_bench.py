"""PyTorch side of `folio-bench`: automatic differentiation against Folio's, on the same machine.

`torch_bench.py REPEATS [NAME]` runs every benchmark, or only NAME. Prints one JSON object:
{"torch": ..., "threads": ..., "results": {name: [seconds per step, one entry per repeat]}}.
Runs in the venv that Benchmarks/folio-bench/TorchSide.swift makes (.build-bench/torch-venv,
PyTorch's CPU-only wheel). float32 throughout; all cores, as Folio uses them for large products.

- mlp_step: one training step of d2l's MLP from scratch (784 -> 256 -> 10, batch 256): forward,
  mean cross-entropy, backward, then d2l's SGD (p -= lr * p.grad; p.grad.zero_()).
- sigmoid50_grad: the seed notebook's 50-layer network (k = 100, W_i = randn(k, k) * 0.1,
  fixed): h = sigmoid(W @ h) through all 50 layers, loss = h.sum(), backward to x and all 50 W,
  then the gradients zeroed.
"""
import json
import os
import sys
import time
import warnings

# The venv has no NumPy (PyTorch does not need it here); keep its import warning off stderr.
warnings.filterwarnings("ignore", message="Failed to initialize NumPy")

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

DTYPE = torch.float32


def timed(fn, repeats, number=1):
    fn()  # warm up
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        out.append((time.perf_counter() - t0) / number)
    return out


# --- d2l's MLP from scratch, one training step ------------------------------
def mlp_setup():
    g = torch.Generator().manual_seed(0)
    X = torch.randn(256, 784, generator=g, dtype=DTYPE)
    y = torch.randint(0, 10, (256,), generator=g)
    W1 = (torch.randn(784, 256, generator=g, dtype=DTYPE) * 0.01).requires_grad_()
    b1 = torch.zeros(256, dtype=DTYPE, requires_grad=True)
    W2 = (torch.randn(256, 10, generator=g, dtype=DTYPE) * 0.01).requires_grad_()
    b2 = torch.zeros(10, dtype=DTYPE, requires_grad=True)
    params = [W1, b1, W2, b2]
    lr = 0.1

    def step():
        H = torch.relu(X @ W1 + b1)
        O = H @ W2 + b2
        loss = F.cross_entropy(O, y)  # mean over the batch
        loss.backward()
        with torch.no_grad():  # d2l's sgd
            for p in params:
                p -= lr * p.grad
                p.grad.zero_()
        return loss

    return step


# --- the seed notebook's 50-layer sigmoid network, gradient of everything -----
def sigmoid50_setup():
    g = torch.Generator().manual_seed(0)
    k = 100
    Ws = [(torch.randn(k, k, generator=g, dtype=DTYPE) * 0.1).requires_grad_() for _ in range(50)]
    x = torch.randn(k, generator=g, dtype=DTYPE).requires_grad_()

    def step():
        h = x
        for W in Ws:
            h = torch.sigmoid(W @ h)
        loss = h.sum()
        loss.backward()
        x.grad.zero_()
        for W in Ws:
            W.grad.zero_()
        return loss

    return step


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    only = sys.argv[2] if len(sys.argv) > 2 else None
    torch.set_num_threads(os.cpu_count() or 1)
    torch.manual_seed(0)
    # One step of either takes about a millisecond: time `number` steps per repeat (report per step).
    work = {
        "mlp_step": lambda: timed(mlp_setup(), repeats, number=50),
        "sigmoid50_grad": lambda: timed(sigmoid50_setup(), repeats, number=50),
    }
    if only is not None and only not in work:
        sys.exit("unknown benchmark %r (have: %s)" % (only, ", ".join(work)))
    results = {name: run() for name, run in work.items() if only in (None, name)}
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "results": results}))


if __name__ == "__main__":
    main()
