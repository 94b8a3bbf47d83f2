#!/usr/bin/env python3
"""Checks Losscape's network engine against PyTorch, through the saved-network file.

For each case, Losscape trains a network and saves it (`losscape mlp train ... --save`); this
script rebuilds the network from the file alone in `torch.nn` (float64), as the README's
loading snippet says, and compares with what Losscape computes on the loaded file
(`losscape mlp spectrum --load FILE --json`):

- the training loss (batch norm in eval mode, with the running statistics; weight decay
  as ½·wd·Σw² over the weight matrices);
- the gradient of that loss, tensor by tensor under torch's names (autograd);
- every eigenvalue of its Hessian (`torch.func.hessian` of the loss as a function of all
  parameters flattened, then `torch.linalg.eigvalsh`).

Each must agree to TOLERANCE, relative to the largest magnitude involved (1e-10 by default).
Exits 1 when one does not, and prints the worst differences.

Needs torch (`pip install torch`). From the repository root:
    cargo build --release
    python3 tools/check_torch.py [--losscape target/release/losscape] [--tolerance 1e-10]
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import warnings

import torch
import torch.nn.functional as F

# torch.func warns about torch's own deprecated internals; nothing this script can change.
warnings.filterwarnings("ignore", category=FutureWarning, module="torch")

torch.set_default_dtype(torch.float64)

# (what it covers, `losscape mlp train` settings): every activation, every loss, batch norm,
# input normalization and weight decay, each in at least one case.
CASES = [
    ("relu, batch norm, cross-entropy",
     "--dataset moons --samples 120 --hidden 8,6 --activation relu --batchnorm --loss ce"),
    ("tanh, normalized inputs, weight decay, MSE on one-hot targets",
     "--dataset circles --samples 100 --hidden 7 --activation tanh --normalize-inputs "
     "--weight-decay 0.01 --loss mse"),
    ("sigmoid, batch norm, binary cross-entropy",
     "--dataset xor --samples 100 --hidden 6,5 --activation sigmoid --batchnorm --loss bce"),
    ("gelu, MSE on softmax, three classes",
     "--dataset blobs --samples 90 --hidden 6 --activation gelu --loss mse-softmax"),
    ("identity, regression",
     "--dataset regression --samples 80 --hidden 5 --activation identity"),
    ("tanh, batch norm, normalized inputs, weight decay, regression",
     "--dataset regression --samples 80 --hidden 6,4 --activation tanh --batchnorm "
     "--normalize-inputs --weight-decay 0.001"),
]

ACTIVATIONS = {
    "identity": lambda z: z,
    "relu": torch.relu,
    "tanh": torch.tanh,
    "sigmoid": torch.sigmoid,
    "gelu": lambda z: F.gelu(z, approximate="none"),
}

BN_EPS = 1e-5


class Network(torch.nn.Module):
    """Linear layers; after each hidden one, BatchNorm1d (eval mode) and the activation."""

    def __init__(self, arch):
        super().__init__()
        widths = [arch["inputs"], *arch["hidden"], arch["outputs"]]
        self.layers = torch.nn.ModuleList(
            torch.nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.batch_norm = arch["batch_norm"]
        self.norms = torch.nn.ModuleList(
            torch.nn.BatchNorm1d(w, eps=BN_EPS, momentum=0.1) for w in arch["hidden"]
        ) if self.batch_norm else torch.nn.ModuleList()
        self.activation = ACTIVATIONS[arch["activation"]]

    def forward(self, x):
        for l, layer in enumerate(self.layers[:-1]):
            x = layer(x)
            if self.batch_norm:
                x = self.norms[l](x)
            x = self.activation(x)
        return self.layers[-1](x)


def loss_of(arch, outputs, examples, targets, weights):
    """The mean loss of `outputs` against the examples' targets, plus weight decay on the
    weight matrices `weights`."""
    loss = arch["loss"]
    classes = examples["classes"]
    if classes == 0:
        value = F.mse_loss(outputs[:, 0], targets)
    elif loss == "ce":
        value = F.cross_entropy(outputs, targets.long())
    elif loss == "bce":
        value = F.binary_cross_entropy_with_logits(outputs[:, 0], targets)
    else:
        one_hot = F.one_hot(targets.long(), arch["outputs"]).to(outputs.dtype)
        scores = outputs.softmax(dim=1) if loss == "mse-softmax" else outputs
        value = F.mse_loss(scores, one_hot)
    decay = arch["weight_decay"]
    if decay > 0:
        value = value + 0.5 * decay * sum((w ** 2).sum() for w in weights)
    return value


def torch_figures(saved):
    """Loss, gradient (by name) and Hessian eigenvalues of the saved network, by PyTorch."""
    arch = saved["architecture"]
    net = Network(arch)
    state = {k: torch.tensor(v) for k, v in saved["state_dict"].items()}
    missing, unexpected = net.load_state_dict(state, strict=False)
    # BatchNorm1d's own `num_batches_tracked` is the only tensor the file leaves out.
    assert all(k.endswith("num_batches_tracked") for k in missing), missing
    assert not unexpected, unexpected
    net.eval()
    x = torch.tensor(saved["train"]["x"])
    norm = saved["input_normalization"]
    if norm:
        x = (x - torch.tensor(norm["mean"])) / torch.tensor(norm["std"])
    targets = torch.tensor(saved["train"]["targets"])

    weights = [layer.weight for layer in net.layers]
    loss = loss_of(arch, net(x), saved["train"], targets, weights)
    net.zero_grad()
    loss.backward()
    gradient = {name: p.grad.detach().clone() for name, p in net.named_parameters()}

    names = [name for name, _ in net.named_parameters()]
    shapes = [p.shape for _, p in net.named_parameters()]
    sizes = [p.numel() for _, p in net.named_parameters()]
    buffers = dict(net.named_buffers())

    def loss_at(flat):
        params = {n: t.reshape(s) for n, t, s in zip(names, flat.split(sizes), shapes)}
        outputs = torch.func.functional_call(net, {**params, **buffers}, (x,))
        weights = [params[f"layers.{l}.weight"] for l in range(len(net.layers))]
        return loss_of(arch, outputs, saved["train"], targets, weights)

    flat = torch.cat([p.detach().reshape(-1) for _, p in net.named_parameters()])
    hessian = torch.func.hessian(loss_at)(flat)
    eigenvalues = torch.linalg.eigvalsh((hessian + hessian.T) / 2)
    return loss.item(), gradient, eigenvalues


def relative(a, b):
    """max |a − b| over max(1, max |a|, max |b|)."""
    a, b = torch.as_tensor(a).reshape(-1), torch.as_tensor(b).reshape(-1)
    scale = max(1.0, a.abs().max().item(), b.abs().max().item())
    return (a - b).abs().max().item() / scale


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--losscape", default="target/release/losscape")
    parser.add_argument("--tolerance", type=float, default=1e-10)
    args = parser.parse_args()
    worst = 0.0
    print(f"torch {torch.__version__}, float64; tolerance {args.tolerance:g} (relative)")
    print(f"{'case':66} {'params':>6} {'loss':>9} {'gradient':>9} {'eigenvalues':>11}")
    with tempfile.TemporaryDirectory() as folder:
        for what, settings in CASES:
            file = Path(folder) / "net.json"
            train = [args.losscape, "mlp", "train", *settings.split(),
                     "--epochs", "15", "--save", str(file)]
            subprocess.run(train, check=True, capture_output=True)
            spectrum = subprocess.run(
                [args.losscape, "mlp", "spectrum", "--load", str(file), "--json"],
                check=True, capture_output=True, text=True)
            ours = json.loads(spectrum.stdout)
            saved = json.loads(file.read_text())
            loss, gradient, eigenvalues = torch_figures(saved)
            differences = [
                relative(loss, ours["train_loss"]),
                max(relative(g, torch.tensor(ours["gradient"][name]))
                    for name, g in gradient.items()),
                relative(eigenvalues, torch.tensor(sorted(ours["eigenvalues"]))),
            ]
            assert set(gradient) == set(ours["gradient"]), (set(gradient), set(ours["gradient"]))
            params = sum(g.numel() for g in gradient.values())
            print(f"{what:66} {params:6} " + " ".join(f"{d:9.1e}" for d in differences[:2])
                  + f" {differences[2]:11.1e}")
            worst = max(worst, *differences)
    verdict = "agree" if worst <= args.tolerance else "DISAGREE"
    print(f"worst relative difference {worst:.2e}: Losscape and PyTorch {verdict}")
    return 0 if worst <= args.tolerance else 1


if __name__ == "__main__":
    sys.exit(main())
