//! Optimizer configuration as data: the kind, its hyper-parameters with torch.optim's defaults,
//! and the convention options where other libraries differ.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::hyper_parameter::{HyperParameter, Offered, ValueMut};
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

    /// The hyper-parameters this kind takes, in display order.
    pub fn parameters(self) -> &'static [HyperParameter] {
        use HyperParameter::*;
        match self {
            OptimizerKind::Sgd => &[Lr, Momentum, Dampening, Nesterov, WeightDecay, MomentumForm],
            OptimizerKind::Adagrad => &[
                Lr,
                LrDecay,
                WeightDecay,
                InitialAccumulatorValue,
                Eps,
                RootMeanSquare,
            ],
            OptimizerKind::Rmsprop => &[Lr, Alpha, Eps, WeightDecay, Momentum, Centered, EpsInside],
            OptimizerKind::Adam | OptimizerKind::Adamw => {
                &[Lr, Beta1, Beta2, Eps, WeightDecay, Amsgrad, BiasCorrection]
            }
            OptimizerKind::Nadam => &[Lr, Beta1, Beta2, Eps, WeightDecay, MomentumDecay],
            OptimizerKind::Radam => &[Lr, Beta1, Beta2, Eps, WeightDecay],
            OptimizerKind::Newton => &[Lr, Damping],
        }
    }

    /// Whether this kind takes `parameter`.
    pub fn takes(self, parameter: HyperParameter) -> bool {
        self.parameters().contains(&parameter)
    }

    /// The keys of its hyper-parameters, for messages.
    fn keys(self) -> Vec<&'static str> {
        self.parameters().iter().map(|p| p.key()).collect()
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

impl MomentumForm {
    /// Its name in the text form: `torch` or `ema`.
    pub fn name(self) -> &'static str {
        match self {
            MomentumForm::Torch => "torch",
            MomentumForm::Ema => "ema",
        }
    }

    /// The form called `name`, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        [MomentumForm::Torch, MomentumForm::Ema]
            .into_iter()
            .find(|form| form.name() == name)
    }
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

    /// Where `parameter` is in this spec, to read or change.
    pub fn value_mut(&mut self, parameter: HyperParameter) -> ValueMut<'_> {
        use HyperParameter as P;
        let rate = Offered {
            range: 1e-6..=10.0,
            logarithmic: true,
        };
        let (fraction, size) = (Offered::up_to(0.9999), Offered::up_to(1e6));
        match parameter {
            P::Lr => ValueMut::Number(&mut self.lr, rate),
            P::Momentum => ValueMut::Number(&mut self.momentum, fraction),
            P::Dampening => ValueMut::Number(&mut self.dampening, fraction),
            P::Nesterov => ValueMut::Flag(&mut self.nesterov),
            P::WeightDecay => ValueMut::Number(&mut self.weight_decay, size),
            P::LrDecay => ValueMut::Number(&mut self.lr_decay, size),
            P::InitialAccumulatorValue => {
                ValueMut::Number(&mut self.initial_accumulator_value, size)
            }
            P::Eps => ValueMut::Number(&mut self.eps, size),
            P::Alpha => ValueMut::Number(&mut self.alpha, fraction),
            P::Centered => ValueMut::Flag(&mut self.centered),
            P::Beta1 => ValueMut::Number(&mut self.beta1, fraction),
            P::Beta2 => ValueMut::Number(&mut self.beta2, fraction),
            P::Amsgrad => ValueMut::Flag(&mut self.amsgrad),
            P::MomentumDecay => ValueMut::Number(&mut self.momentum_decay, size),
            P::Damping => ValueMut::Number(&mut self.damping, size),
            P::MomentumForm => ValueMut::Form(&mut self.momentum_form),
            P::EpsInside => ValueMut::Flag(&mut self.eps_inside),
            P::BiasCorrection => ValueMut::Flag(&mut self.bias_correction),
            P::RootMeanSquare => ValueMut::Flag(&mut self.root_mean_square),
        }
    }

    /// The value of `parameter` as text (numbers in shortest round-trip form, `1e-7` rather
    /// than `0.0000001`).
    pub fn text_of(&self, parameter: HyperParameter) -> String {
        // Read through a copy: one table of places serves reading and writing.
        match self.clone().value_mut(parameter) {
            ValueMut::Number(v, _) => crate::format::exact(*v),
            ValueMut::Flag(on) => on.to_string(),
            ValueMut::Form(form) => form.name().to_owned(),
        }
    }

    /// The number `parameter` holds, if it is a number.
    pub fn number(&self, parameter: HyperParameter) -> Option<f64> {
        match self.clone().value_mut(parameter) {
            ValueMut::Number(v, _) => Some(*v),
            ValueMut::Flag(_) | ValueMut::Form(_) => None,
        }
    }

    /// Sets `key` from text. Only keys of this kind are accepted.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), SpecError> {
        let parameter = (HyperParameter::from_key(key))
            .filter(|&p| self.kind.takes(p))
            .ok_or_else(|| spec_text::unknown_key(self.kind.name(), key, &self.kind.keys()))?;
        match self.value_mut(parameter) {
            ValueMut::Number(v, _) => *v = spec_text::number(key, value)?,
            ValueMut::Flag(on) => *on = spec_text::boolean(key, value)?,
            ValueMut::Form(form) => {
                *form = MomentumForm::from_name(&value.to_ascii_lowercase())
                    .ok_or_else(|| SpecError::new("spec-not-momentum-form").arg("value", value))?;
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
        use HyperParameter as P;
        let uses = |p: P| self.kind.takes(p);
        // A spec read from a file (not typed) can hold NaN or infinity: refuse it by name.
        for &p in self.kind.parameters() {
            if let Some(value) = self.number(p)
                && !value.is_finite()
            {
                let problem = Message::new("spec-value-not-finite")
                    .arg("key", p.key())
                    .arg("value", value);
                return fail(p.key(), problem);
            }
        }
        if self.lr < 0.0 {
            return fail("lr", Message::new("spec-negative-lr").arg("value", self.lr));
        }
        // torch.optim's words: "Invalid epsilon value: -1.0".
        let at_least_zero = [
            (P::Eps, "epsilon"),
            (P::Momentum, "momentum"),
            (P::WeightDecay, "weight_decay"),
            (P::Alpha, "alpha"),
        ];
        let at_least_zero_after_betas = [
            (P::LrDecay, "lr_decay"),
            (P::InitialAccumulatorValue, "initial_accumulator_value"),
            (P::MomentumDecay, "momentum_decay"),
            (P::Damping, "damping"),
        ];
        let negative = |(p, name): (P, &str)| {
            let value = self.number(p).filter(|&v| uses(p) && v < 0.0)?;
            let problem = Message::new("spec-negative")
                .arg("name", name)
                .arg("value", value);
            Some(fail(p.key(), problem))
        };
        if let Some(refused) = at_least_zero.into_iter().find_map(negative) {
            return refused;
        }
        for (index, p) in [P::Beta1, P::Beta2].into_iter().enumerate() {
            let value = self.number(p).unwrap_or_default();
            if uses(p) && !(0.0..1.0).contains(&value) {
                let problem = Message::new("spec-beta-outside")
                    .arg("index", index)
                    .arg("value", value);
                return fail(p.key(), problem);
            }
        }
        if let Some(refused) = at_least_zero_after_betas.into_iter().find_map(negative) {
            return refused;
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
        let changed: Vec<String> = (self.kind.parameters().iter())
            .filter_map(|&p| {
                let v = self.text_of(p);
                (defaults.text_of(p) != v).then(|| format!("{}={v}", p.key()))
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
