//! Optimizer configuration as data: the kind, its hyper-parameters with torch.optim's defaults,
//! and the convention options where other libraries differ.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::spec_text::{self, SpecError};
use crate::i18n::Message;

/// Which update rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OptimizerKind {
    /// `torch.optim.SGD`: plain, heavy-ball momentum or Nesterov.
    Sgd,
    /// `torch.optim.Adagrad`.
    Adagrad,
    /// `torch.optim.RMSprop`.
    Rmsprop,
    /// `torch.optim.Adam`.
    Adam,
    /// `torch.optim.AdamW` (decoupled weight decay).
    Adamw,
    /// `torch.optim.NAdam`.
    Nadam,
    /// `torch.optim.RAdam`.
    Radam,
    /// Damped Newton with the exact Hessian: the curvature baseline.
    Newton,
}

impl OptimizerKind {
    /// Every kind, in menu order.
    pub const ALL: [OptimizerKind; 8] = [
        OptimizerKind::Sgd,
        OptimizerKind::Adagrad,
        OptimizerKind::Rmsprop,
        OptimizerKind::Adam,
        OptimizerKind::Adamw,
        OptimizerKind::Nadam,
        OptimizerKind::Radam,
        OptimizerKind::Newton,
    ];

    /// The name used in specs, e.g. `rmsprop`.
    pub fn name(self) -> &'static str {
        match self {
            OptimizerKind::Sgd => "sgd",
            OptimizerKind::Adagrad => "adagrad",
            OptimizerKind::Rmsprop => "rmsprop",
            OptimizerKind::Adam => "adam",
            OptimizerKind::Adamw => "adamw",
            OptimizerKind::Nadam => "nadam",
            OptimizerKind::Radam => "radam",
            OptimizerKind::Newton => "newton",
        }
    }

    /// The hyper-parameter keys this kind accepts, in display order.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            OptimizerKind::Sgd => &[
                "lr",
                "momentum",
                "dampening",
                "nesterov",
                "weight_decay",
                "momentum_form",
            ],
            OptimizerKind::Adagrad => &[
                "lr",
                "lr_decay",
                "weight_decay",
                "initial_accumulator_value",
                "eps",
                "root_mean_square",
            ],
            OptimizerKind::Rmsprop => &[
                "lr",
                "alpha",
                "eps",
                "weight_decay",
                "momentum",
                "centered",
                "eps_inside",
            ],
            OptimizerKind::Adam | OptimizerKind::Adamw => &[
                "lr",
                "beta1",
                "beta2",
                "eps",
                "weight_decay",
                "amsgrad",
                "bias_correction",
            ],
            OptimizerKind::Nadam => &[
                "lr",
                "beta1",
                "beta2",
                "eps",
                "weight_decay",
                "momentum_decay",
            ],
            OptimizerKind::Radam => &["lr", "beta1", "beta2", "eps", "weight_decay"],
            OptimizerKind::Newton => &["lr", "damping"],
        }
    }
}

impl FromStr for OptimizerKind {
    type Err = SpecError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|k| k.name() == lower)
            .ok_or_else(|| {
                let known: Vec<_> = Self::ALL.iter().map(|k| k.name()).collect();
                SpecError::new("spec-unknown-optimizer")
                    .arg("name", s)
                    .arg("known", known.join(", "))
            })
    }
}

/// How SGD accumulates momentum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MomentumForm {
    /// PyTorch: `b ← μ·b + (1 − dampening)·g`, with `b = g` on the first step.
    Torch,
    /// The exponential average some courses write: `b ← μ·b + (1 − μ)·g`, `b₀ = 0`.
    Ema,
}

/// An optimizer and all its hyper-parameters. Fields a kind does not use are ignored by it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OptimizerSpec {
    /// The update rule.
    pub kind: OptimizerKind,
    /// Learning rate η.
    pub lr: f64,
    /// Momentum μ (SGD, RMSprop).
    pub momentum: f64,
    /// SGD's dampening τ.
    pub dampening: f64,
    /// SGD's Nesterov variant.
    pub nesterov: bool,
    /// L2 penalty λ added to the gradient (AdamW: decoupled decay of the weights).
    pub weight_decay: f64,
    /// Adagrad's learning-rate decay.
    pub lr_decay: f64,
    /// Adagrad's starting value of the squared-gradient sum.
    pub initial_accumulator_value: f64,
    /// ε added to the denominator.
    pub eps: f64,
    /// RMSprop's smoothing constant α.
    pub alpha: f64,
    /// RMSprop's centered variant (divides by an estimate of the gradient's variance).
    pub centered: bool,
    /// β₁: decay of the first moment.
    pub beta1: f64,
    /// β₂: decay of the second moment.
    pub beta2: f64,
    /// Adam's AMSGrad variant (keeps the running maximum of the second moment).
    pub amsgrad: bool,
    /// NAdam's momentum decay ψ.
    pub momentum_decay: f64,
    /// Newton's damping δ: the step solves (H + δ·I)·d = g.
    pub damping: f64,
    /// Convention: SGD momentum form.
    pub momentum_form: MomentumForm,
    /// Convention: RMSprop's ε inside the square root (TensorFlow), not after it (PyTorch).
    pub eps_inside: bool,
    /// Convention: Adam's bias correction (on in PyTorch).
    pub bias_correction: bool,
    /// Convention: AdaGrad divides by the root *mean* square of past gradients (the
    /// lecture's form), not the root of their sum (PyTorch's).
    pub root_mean_square: bool,
}

impl Default for OptimizerSpec {
    fn default() -> Self {
        Self::defaults(OptimizerKind::Sgd)
    }
}

impl OptimizerSpec {
    /// torch.optim's defaults for `kind`.
    pub fn defaults(kind: OptimizerKind) -> Self {
        let lr = match kind {
            OptimizerKind::Sgd | OptimizerKind::Adam | OptimizerKind::Adamw => 1e-3,
            OptimizerKind::Radam => 1e-3,
            OptimizerKind::Adagrad | OptimizerKind::Rmsprop => 1e-2,
            OptimizerKind::Nadam => 2e-3,
            OptimizerKind::Newton => 1.0,
        };
        Self {
            kind,
            lr,
            momentum: 0.0,
            dampening: 0.0,
            nesterov: false,
            weight_decay: if kind == OptimizerKind::Adamw {
                1e-2
            } else {
                0.0
            },
            lr_decay: 0.0,
            initial_accumulator_value: 0.0,
            eps: match kind {
                OptimizerKind::Adagrad => 1e-10,
                _ => 1e-8,
            },
            alpha: 0.99,
            centered: false,
            beta1: 0.9,
            beta2: 0.999,
            amsgrad: false,
            momentum_decay: 4e-3,
            damping: 0.0,
            momentum_form: MomentumForm::Torch,
            eps_inside: false,
            bias_correction: true,
            root_mean_square: false,
        }
    }

    /// Whether each step needs the Hessian.
    pub fn needs_hessian(&self) -> bool {
        self.kind == OptimizerKind::Newton
    }

    /// The value of `key` as text (numbers in shortest round-trip form, `1e-7` rather than
    /// `0.0000001`).
    pub fn get(&self, key: &str) -> Option<String> {
        let number = |v: f64| Some(crate::format::exact(v));
        match key {
            "lr" => number(self.lr),
            "momentum" => number(self.momentum),
            "dampening" => number(self.dampening),
            "nesterov" => Some(self.nesterov.to_string()),
            "weight_decay" => number(self.weight_decay),
            "lr_decay" => number(self.lr_decay),
            "initial_accumulator_value" => number(self.initial_accumulator_value),
            "eps" => number(self.eps),
            "alpha" => number(self.alpha),
            "centered" => Some(self.centered.to_string()),
            "beta1" => number(self.beta1),
            "beta2" => number(self.beta2),
            "amsgrad" => Some(self.amsgrad.to_string()),
            "momentum_decay" => number(self.momentum_decay),
            "damping" => number(self.damping),
            "momentum_form" => Some(
                match self.momentum_form {
                    MomentumForm::Torch => "torch",
                    MomentumForm::Ema => "ema",
                }
                .to_owned(),
            ),
            "eps_inside" => Some(self.eps_inside.to_string()),
            "bias_correction" => Some(self.bias_correction.to_string()),
            "root_mean_square" => Some(self.root_mean_square.to_string()),
            _ => None,
        }
    }

    /// Sets `key` from text. Only keys of this kind are accepted.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), SpecError> {
        if !self.kind.keys().contains(&key) {
            return Err(spec_text::unknown_key(
                self.kind.name(),
                key,
                self.kind.keys(),
            ));
        }
        let number = || spec_text::number(key, value);
        let boolean = || spec_text::boolean(key, value);
        match key {
            "lr" => self.lr = number()?,
            "momentum" => self.momentum = number()?,
            "dampening" => self.dampening = number()?,
            "nesterov" => self.nesterov = boolean()?,
            "weight_decay" => self.weight_decay = number()?,
            "lr_decay" => self.lr_decay = number()?,
            "initial_accumulator_value" => self.initial_accumulator_value = number()?,
            "eps" => self.eps = number()?,
            "alpha" => self.alpha = number()?,
            "centered" => self.centered = boolean()?,
            "beta1" => self.beta1 = number()?,
            "beta2" => self.beta2 = number()?,
            "amsgrad" => self.amsgrad = boolean()?,
            "momentum_decay" => self.momentum_decay = number()?,
            "damping" => self.damping = number()?,
            "momentum_form" => {
                self.momentum_form = match value.to_ascii_lowercase().as_str() {
                    "torch" => MomentumForm::Torch,
                    "ema" => MomentumForm::Ema,
                    _ => {
                        return Err(SpecError::new("spec-not-momentum-form").arg("value", value));
                    }
                }
            }
            "eps_inside" => self.eps_inside = boolean()?,
            "bias_correction" => self.bias_correction = boolean()?,
            "root_mean_square" => self.root_mean_square = boolean()?,
            _ => {
                return Err(spec_text::unknown_key(
                    self.kind.name(),
                    key,
                    self.kind.keys(),
                ));
            }
        }
        Ok(())
    }

    /// Refuses what torch.optim refuses (with its wording), plus non-finite values.
    pub fn validate(&self) -> Result<(), SpecError> {
        self.check().map_err(|(_, e)| e)
    }

    /// As [`Self::validate`], with the key of the hyper-parameter refused.
    pub fn check(&self) -> Result<(), (&'static str, SpecError)> {
        let fail = |key: &'static str, problem: Message| {
            let message = Message::new("spec-refused")
                .arg("optimizer", self.kind.name())
                .part("problem", problem);
            Err((key, SpecError(message)))
        };
        let keys = self.kind.keys();
        let uses = |k: &str| keys.contains(&k);
        // A spec read from a file (not typed) can hold NaN or infinity: refuse it by name.
        for &key in keys {
            if let Some(value) = self.get(key).and_then(|v| v.parse::<f64>().ok())
                && !value.is_finite()
            {
                let problem = Message::new("spec-value-not-finite")
                    .arg("key", key)
                    .arg("value", value);
                return fail(key, problem);
            }
        }
        if self.lr < 0.0 {
            return fail("lr", Message::new("spec-negative-lr").arg("value", self.lr));
        }
        // torch.optim's words: "Invalid epsilon value: -1.0".
        let at_least_zero = [
            ("eps", "epsilon", self.eps),
            ("momentum", "momentum", self.momentum),
            ("weight_decay", "weight_decay", self.weight_decay),
            ("alpha", "alpha", self.alpha),
        ];
        let at_least_zero_after_betas = [
            ("lr_decay", self.lr_decay),
            ("initial_accumulator_value", self.initial_accumulator_value),
            ("momentum_decay", self.momentum_decay),
            ("damping", self.damping),
        ];
        let negative = |key: &'static str, name: &str, value: f64| {
            let problem = Message::new("spec-negative")
                .arg("name", name)
                .arg("value", value);
            fail(key, problem)
        };
        for (key, name, value) in at_least_zero {
            if uses(key) && value < 0.0 {
                return negative(key, name, value);
            }
        }
        for (index, (key, value)) in [("beta1", self.beta1), ("beta2", self.beta2)]
            .into_iter()
            .enumerate()
        {
            if uses(key) && !(0.0..1.0).contains(&value) {
                let problem = Message::new("spec-beta-outside")
                    .arg("index", index)
                    .arg("value", value);
                return fail(key, problem);
            }
        }
        for (key, value) in at_least_zero_after_betas {
            if uses(key) && value < 0.0 {
                return negative(key, key, value);
            }
        }
        if self.kind == OptimizerKind::Sgd
            && self.nesterov
            && (self.momentum <= 0.0 || self.dampening != 0.0)
        {
            return fail("nesterov", Message::new("spec-nesterov-needs-momentum"));
        }
        Ok(())
    }

    /// A one-word name for labels on the canvas: `sgd`, `momentum`, `nesterov`, `adam`, ….
    pub fn short_name(&self) -> &'static str {
        match self.kind {
            OptimizerKind::Sgd if self.nesterov => "nesterov",
            OptimizerKind::Sgd if self.momentum > 0.0 => "momentum",
            OptimizerKind::Adam if self.amsgrad => "amsgrad",
            kind => kind.name(),
        }
    }

    /// A short label: the name and every value that differs from the defaults,
    /// e.g. `adam:lr=0.01,beta1=0.8`. Parsing the label gives this spec back.
    pub fn label(&self) -> String {
        let defaults = Self::defaults(self.kind);
        let changed: Vec<String> = self
            .kind
            .keys()
            .iter()
            .filter_map(|k| {
                let v = self.get(k)?;
                (defaults.get(k).as_ref() != Some(&v)).then(|| format!("{k}={v}"))
            })
            .collect();
        if changed.is_empty() {
            self.kind.name().to_owned()
        } else {
            format!("{}:{}", self.kind.name(), changed.join(","))
        }
    }
}

impl FromStr for OptimizerSpec {
    type Err = SpecError;

    /// Parses `name[:key=value,...]`, e.g. `sgd:lr=0.001,momentum=0.9,nesterov=true`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (name, pairs) = spec_text::split(text)?;
        let mut spec = Self::defaults(name.parse()?);
        for (key, value) in pairs {
            spec.set(key, value)?;
        }
        spec.validate()?;
        Ok(spec)
    }
}

impl fmt::Display for OptimizerSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<OptimizerSpec, String> {
        text.parse::<OptimizerSpec>().map_err(|e| e.to_string())
    }

    #[test]
    fn torch_defaults() {
        let adam = parse("adam").unwrap();
        assert_eq!(
            (adam.lr, adam.beta1, adam.beta2, adam.eps),
            (1e-3, 0.9, 0.999, 1e-8)
        );
        assert_eq!(parse("adamw").unwrap().weight_decay, 1e-2);
        let ada = parse("adagrad").unwrap();
        assert_eq!((ada.lr, ada.eps), (1e-2, 1e-10));
        let rms = parse("rmsprop").unwrap();
        assert_eq!((rms.lr, rms.alpha, rms.eps), (1e-2, 0.99, 1e-8));
        assert_eq!(parse("nadam").unwrap().lr, 2e-3);
        assert_eq!(parse("nadam").unwrap().momentum_decay, 4e-3);
        assert_eq!(parse("SGD").unwrap().lr, 1e-3);
    }

    #[test]
    fn parses_and_round_trips_labels() {
        let s = parse("sgd:lr=0.001,momentum=0.9,nesterov=true").unwrap();
        assert!(s.nesterov && s.momentum == 0.9);
        assert_eq!(s.label(), "sgd:momentum=0.9,nesterov=true");
        assert_eq!(s.short_name(), "nesterov");
        assert_eq!(parse("sgd:momentum=0.5").unwrap().short_name(), "momentum");
        assert_eq!(parse("sgd").unwrap().short_name(), "sgd");
        let a = parse("adam:lr=0.01,beta1=0.8,bias_correction=false").unwrap();
        assert_eq!(parse(&a.label()).unwrap(), a);
        assert_eq!(
            parse("rmsprop:centered=true,eps_inside=true")
                .unwrap()
                .label(),
            "rmsprop:centered=true,eps_inside=true"
        );
        assert_eq!(
            parse("sgd:momentum=0.9,momentum_form=ema")
                .unwrap()
                .momentum_form,
            MomentumForm::Ema
        );
    }

    #[test]
    fn refuses_what_torch_refuses() {
        for (text, needle) in [
            ("sgd:lr=-0.1", "Invalid learning rate"),
            ("adam:beta1=1", "index 0"),
            ("adam:beta2=-0.1", "index 1"),
            ("rmsprop:alpha=-1", "alpha"),
            ("sgd:nesterov=true", "Nesterov"),
            ("sgd:lr=nan", "finite"),
            ("adam:momentum=0.9", "adam has no parameter 'momentum'"),
            ("lion", "unknown optimizer 'lion'"),
            ("adam:amsgrad=maybe", "true or false"),
            ("sgd:momentum_form=tf", "torch or ema"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.contains(needle), "{text}: {e}");
        }
        assert!(
            parse("sgd:lr=1e9").is_ok(),
            "a huge lr is an outcome, not an error"
        );
        // Specs read from files skip the text parser: their numbers are checked too.
        let mut spec = parse("adam").unwrap();
        spec.lr = f64::NAN;
        let e = spec.validate().unwrap_err().0.to_string();
        assert!(e.contains("lr must be a finite number, not NaN"), "{e}");
        spec.lr = 0.1;
        spec.beta2 = f64::INFINITY;
        let e = spec.validate().unwrap_err().0.to_string();
        assert!(e.contains("beta2"), "{e}");
    }
}
