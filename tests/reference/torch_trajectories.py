"""Reference trajectories for tests/optimizers.rs, produced by PyTorch's own torch.optim.

Run: python3 tests/reference/torch_trajectories.py > tests/data/torch_trajectories.json

Every case runs `steps` updates of one optimizer from one start on one surface, in float64,
with gradients from torch.autograd. The conventions torch does not implement (EMA momentum,
TensorFlow's RMSprop epsilon, Adam without bias correction) and damped Newton are written out
below from their textbook formulas, in plain Python, as an independent second implementation.
"""

import json
import math

import torch

STEPS = 10

# torch keeps scalar optimizer state (NAdam's running product of μ, the step count) in the
# default dtype; float64 keeps the whole computation in double precision.
torch.set_default_dtype(torch.float64)


def ravine(p):  # Losscape `ravine` with kappa=10, angle=0: ½(x² + 10y²)
    return 0.5 * (p[0] ** 2 + 10.0 * p[1] ** 2)


def rosenbrock(p):  # Losscape `rosenbrock` with a=1, b=100
    return (1.0 - p[0]) ** 2 + 100.0 * (p[1] - p[0] ** 2) ** 2


# name: (function, Losscape parameters, start, learning rate of the gradient-proportional
# steps (SGD, and RAdam before its rectification starts) that stays stable there)
SURFACES = {
    "ravine": (ravine, [("kappa", 10.0)], [-2.5, 1.0], 0.01),
    "rosenbrock": (rosenbrock, [], [-1.5, 2.0], 0.0005),
}

TORCH_CASES = [
    ("adagrad:lr=0.1", lambda p: torch.optim.Adagrad(p, lr=0.1)),
    ("adagrad:lr=0.1,lr_decay=0.01,weight_decay=0.1,initial_accumulator_value=0.5",
     lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01, weight_decay=0.1, initial_accumulator_value=0.5)),
    ("rmsprop:lr=0.01", lambda p: torch.optim.RMSprop(p, lr=0.01)),
    ("rmsprop:lr=0.01,alpha=0.9,momentum=0.9,centered=true,weight_decay=0.1",
     lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, momentum=0.9, centered=True, weight_decay=0.1)),
    ("adam:lr=0.1", lambda p: torch.optim.Adam(p, lr=0.1)),
    ("adam:lr=0.1,beta1=0.3,beta2=0.9,amsgrad=true,weight_decay=0.1",
     lambda p: torch.optim.Adam(p, lr=0.1, betas=(0.3, 0.9), amsgrad=True, weight_decay=0.1)),
    ("adamw:lr=0.1", lambda p: torch.optim.AdamW(p, lr=0.1)),
    ("adamw:lr=0.1,weight_decay=0.5,amsgrad=true", lambda p: torch.optim.AdamW(p, lr=0.1, weight_decay=0.5, amsgrad=True)),
    ("nadam:lr=0.1", lambda p: torch.optim.NAdam(p, lr=0.1)),
    ("nadam:lr=0.1,beta1=0.8,weight_decay=0.1,momentum_decay=0.01",
     lambda p: torch.optim.NAdam(p, lr=0.1, betas=(0.8, 0.999), weight_decay=0.1, momentum_decay=0.01)),
]


def sgd_cases(lr):
    return [
        (f"sgd:lr={lr}", lambda p: torch.optim.SGD(p, lr=lr)),
        (f"sgd:lr={lr},momentum=0.9", lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9)),
        (f"sgd:lr={lr},momentum=0.9,dampening=0.5", lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9, dampening=0.5)),
        (f"sgd:lr={lr},momentum=0.9,nesterov=true", lambda p: torch.optim.SGD(p, lr=lr, momentum=0.9, nesterov=True)),
        (f"sgd:lr={lr},momentum=0.8,weight_decay=0.1", lambda p: torch.optim.SGD(p, lr=lr, momentum=0.8, weight_decay=0.1)),
        (f"radam:lr={lr}", lambda p: torch.optim.RAdam(p, lr=lr)),
        (f"radam:lr={lr},beta2=0.9,weight_decay=0.1",
         lambda p: torch.optim.RAdam(p, lr=lr, betas=(0.9, 0.9), weight_decay=0.1)),
    ]


def grad_of(f, xs):
    p = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    f(p).backward()
    return p.grad.tolist()


def torch_trajectory(f, start, make):
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = make([p])
    for group in opt.param_groups:
        if "foreach" in group:
            group["foreach"] = False
    points = [list(start)]
    for _ in range(STEPS):
        opt.zero_grad()
        f(p).backward()
        opt.step()
        points.append(p.detach().tolist())
    return points


def hand_trajectory(f, start, update):
    """Plain-Python update rules: `update(x, g, t, state)` returns the new x."""
    x = list(start)
    state = {}
    points = [list(x)]
    for t in range(1, STEPS + 1):
        x = update(x, grad_of(f, x), t, state)
        points.append(list(x))
    return points


def sgd_ema(lr, mu):
    def update(x, g, t, s):
        b = s.setdefault("b", [0.0, 0.0])
        for i in range(2):
            b[i] = mu * b[i] + (1 - mu) * g[i]
        return [x[i] - lr * b[i] for i in range(2)]
    return update


def rmsprop_eps_inside(lr, alpha, eps):
    def update(x, g, t, s):
        v = s.setdefault("v", [0.0, 0.0])
        for i in range(2):
            v[i] = alpha * v[i] + (1 - alpha) * g[i] * g[i]
        return [x[i] - lr * g[i] / math.sqrt(v[i] + eps) for i in range(2)]
    return update


def adam_no_bias_correction(lr, b1, b2, eps):
    def update(x, g, t, s):
        m = s.setdefault("m", [0.0, 0.0])
        v = s.setdefault("v", [0.0, 0.0])
        for i in range(2):
            m[i] = b1 * m[i] + (1 - b1) * g[i]
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
        return [x[i] - lr * m[i] / (math.sqrt(v[i]) + eps) for i in range(2)]
    return update


def newton(f, lr, damping):
    def update(x, g, t, s):
        h = torch.autograd.functional.hessian(f, torch.tensor(x, dtype=torch.float64)).tolist()
        a, b, c, d = h[0][0] + damping, h[0][1], h[1][0], h[1][1] + damping
        det = a * d - b * c
        step = [(d * g[0] - b * g[1]) / det, (a * g[1] - c * g[0]) / det]
        return [x[i] - lr * step[i] for i in range(2)]
    return update


def main():
    cases = []
    for name, (f, params, start, sgd_lr) in SURFACES.items():
        for spec, make in sgd_cases(sgd_lr) + TORCH_CASES:
            cases.append({"surface": name, "params": params, "start": start, "optimizer": spec,
                          "source": f"torch {torch.__version__}", "points": torch_trajectory(f, start, make)})
        hand = [
            (f"sgd:lr={sgd_lr},momentum=0.9,momentum_form=ema", sgd_ema(sgd_lr, 0.9)),
            ("rmsprop:lr=0.01,eps=0.0001,eps_inside=true", rmsprop_eps_inside(0.01, 0.99, 1e-4)),
            ("adam:lr=0.1,bias_correction=false", adam_no_bias_correction(0.1, 0.9, 0.999, 1e-8)),
            ("newton:lr=0.5,damping=2", newton(f, 0.5, 2.0)),
        ]
        for spec, update in hand:
            cases.append({"surface": name, "params": params, "start": start, "optimizer": spec,
                          "source": "hand formula", "points": hand_trajectory(f, start, update)})
    for case in cases:
        assert all(math.isfinite(v) for p in case["points"] for v in p), case["optimizer"]
    print(json.dumps({"steps": STEPS, "cases": cases}, indent=1))


if __name__ == "__main__":
    main()
