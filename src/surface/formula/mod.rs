//! Custom surfaces typed by the user: `expr:<formula in x and y>`.
//!
//! The formula is parsed once into a tree and evaluated on dual numbers, so its gradient and
//! Hessian are exact and cost no symbolic work (which could swell or overflow the stack).

mod lexer;
mod parser;

use std::sync::Arc;

pub use parser::function_names;
use parser::{Func1, Func2, Node};

use super::{Axes, Family, Landscape, Scalar, Surface, SurfaceError, SurfaceInfo};
use crate::i18n::Message;
use crate::surface::Domain;

/// Longest formula accepted, in characters.
pub const MAX_FORMULA_LEN: usize = 4096;

/// What is wrong with a formula, and where (1-based character position).
#[derive(Clone, Debug, PartialEq)]
pub struct FormulaError {
    /// What is wrong, in plain words (a `formula-…` message).
    pub message: Message,
    /// Where: the 1-based character position.
    pub position: usize,
}

impl FormulaError {
    fn new(key: &'static str, args: Vec<(&'static str, String)>, position: usize) -> Self {
        Self {
            message: Message::with(key, args),
            position,
        }
    }

    /// What is wrong and where: "bad formula: … at position 4".
    pub fn message(&self) -> Message {
        Message::new("formula-error")
            .part("problem", self.message.clone())
            .arg("position", self.position)
    }
}

impl From<FormulaError> for SurfaceError {
    fn from(e: FormulaError) -> Self {
        SurfaceError::Formula(e)
    }
}

/// A parsed formula f(x, y).
#[derive(Clone, Debug)]
pub struct Formula {
    text: String,
    root: Arc<Node>,
}

impl Formula {
    /// Parses `text`. The variables are `x` and `y` (or `w1` and `w2`); constants `pi` and `e`.
    pub fn parse(text: &str) -> Result<Self, FormulaError> {
        let len = text.chars().count();
        if len > MAX_FORMULA_LEN {
            let args = vec![
                ("length", len.to_string()),
                ("most", MAX_FORMULA_LEN.to_string()),
            ];
            return Err(FormulaError::new(
                "formula-too-long",
                args,
                MAX_FORMULA_LEN + 1,
            ));
        }
        let tokens = lexer::tokenize(text)?;
        let root = folded(parser::parse(&tokens, len)?);
        Ok(Self {
            text: text.trim().to_owned(),
            root: Arc::new(root),
        })
    }

    /// The formula as typed (trimmed).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A surface for this formula, drawn on [−3, 3]² with no documented critical points.
    pub fn into_surface(self) -> Surface {
        let info = SurfaceInfo {
            name: format!("expr:{}", self.text),
            title: format!("f(x, y) = {}", self.text),
            family: Family::Custom,
            axes: Axes::Weights,
            formula: self.text.clone(),
            note: "Your own formula. Its gradient and Hessian are computed exactly; use the \
                   critical-point search to find its minima and saddles."
                .into(),
            domain: Domain::square(3.0),
            starts: vec![[2.0, 1.5]],
            critical_points: Vec::new(),
            params: Vec::new(),
        };
        Surface::new(info, self)
    }
}

impl Landscape for Formula {
    fn eval<D: Scalar>(&self, x: D, y: D) -> D {
        eval(&self.root, x, y)
    }
}

/// `node` with every part that has neither x nor y in it replaced by its value, and
/// `pow(a, b)` written `a^b`: a constant exponent is then known as one however it is written
/// (`-2`, `(1+1)`, `pow(x, 2)`).
fn folded(node: Node) -> Node {
    let fold = |n: Box<Node>| Box::new(folded(*n));
    let node = match node {
        Node::Neg(a) => Node::Neg(fold(a)),
        Node::Add(a, b) => Node::Add(fold(a), fold(b)),
        Node::Sub(a, b) => Node::Sub(fold(a), fold(b)),
        Node::Mul(a, b) => Node::Mul(fold(a), fold(b)),
        Node::Div(a, b) => Node::Div(fold(a), fold(b)),
        Node::Pow(a, b) | Node::Call2(Func2::Pow, a, b) => Node::Pow(fold(a), fold(b)),
        Node::Call1(f, a) => Node::Call1(f, fold(a)),
        Node::Call2(f, a, b) => Node::Call2(f, fold(a), fold(b)),
        leaf => leaf,
    };
    let constant = |n: &Node| matches!(n, Node::Const(_));
    let all_constant = match &node {
        Node::Const(_) | Node::X | Node::Y => false,
        Node::Neg(a) | Node::Call1(_, a) => constant(a),
        Node::Add(a, b)
        | Node::Sub(a, b)
        | Node::Mul(a, b)
        | Node::Div(a, b)
        | Node::Pow(a, b)
        | Node::Call2(_, a, b) => constant(a) && constant(b),
    };
    if all_constant {
        Node::Const(eval(&node, 0.0, 0.0))
    } else {
        node
    }
}

fn eval<D: Scalar>(node: &Node, x: D, y: D) -> D {
    let go = |n: &Node| eval(n, x, y);
    match node {
        Node::Const(c) => D::from(*c),
        Node::X => x,
        Node::Y => y,
        Node::Neg(a) => -go(a),
        Node::Add(a, b) => go(a) + go(b),
        Node::Sub(a, b) => go(a) - go(b),
        Node::Mul(a, b) => go(a) * go(b),
        Node::Div(a, b) => {
            let (a, b) = (go(a), go(b));
            with_value(a / b, a.re() / b.re())
        }
        Node::Pow(base, exponent) => power(go(base), exponent, x, y),
        Node::Call1(f, a) => call1(*f, go(a)),
        Node::Call2(f, a, b) => call2(*f, go(a), go(b)),
    }
}

/// `d` with its value replaced by `value`, f64's own result, when both are finite: num-dual
/// computes some values another way (a / b as a·(1/b), powi by parts), a rounding apart, and
/// x/x a rounding below 1 puts ln of it below 0 where the value pass has exactly 0.
fn with_value<D: Scalar>(d: D, value: f64) -> D {
    let rounded = d.re();
    if rounded.is_finite() && value.is_finite() {
        d - D::from(rounded) + D::from(value)
    } else {
        d
    }
}

/// `base ^ exponent`: an integer constant exponent uses `powi` (so `x^2` works for x < 0),
/// another constant [`constant_power`], anything else [`variable_power`].
fn power<D: Scalar>(base: D, exponent: &Node, x: D, y: D) -> D {
    match exponent {
        Node::Const(c) if c.fract() == 0.0 && c.abs() <= 1024.0 => {
            with_value(base.powi(*c as i32), base.re().powi(*c as i32))
        }
        Node::Const(c) => constant_power(base, *c),
        other => variable_power(base, eval(other, x, y)),
    }
}

/// `base ^ c` for a constant c, from the derivatives of t ↦ tᶜ at the base's value,
/// c·(c − 1)⋯(c − k + 1)·t^(c − k), up to the order the scalar carries: x^1.5 has slope 0 at
/// 0, where num-dual's `powf` multiplies 0 by ∞ and gives NaN. An infinite derivative (x^0.5
/// at 0) stays infinite and leaves the value as it is.
fn constant_power<D: Scalar>(base: D, c: f64) -> D {
    let t = base.re();
    let step = base - D::from(t);
    let mut power = D::from(t.powf(c));
    let (mut coefficient, mut step_power) = (1.0, D::from(1.0));
    for k in 1..=D::NDERIV {
        coefficient *= (c - (k - 1) as f64) / k as f64;
        if coefficient == 0.0 {
            break; // A whole c: this and every later derivative is 0.
        }
        step_power *= step;
        let factor = coefficient * t.powf(c - k as f64);
        power += if factor.is_finite() || factor.is_nan() {
            step_power * factor
        } else {
            // ±∞ on every part that moves and 0 on the others, the value among them: twice
            // the largest finite number does that, where one ∞ would make 0·∞ = NaN.
            step_power * (factor.signum() * f64::MAX) * f64::MAX
        };
    }
    power
}

/// `base ^ exponent` for an exponent that varies: exp(exponent · ln base) for a positive base
/// (for the value too, so that it is the derivative passes' value: f64's `powf` has 1^NaN = 1).
/// At base 0 it is 0^b whatever b > 0 is, so only the base's slope counts
/// ([`constant_power`]). A negative base has a real power only at a whole exponent k, and
/// there it is (−1)ᵏ·|base|^exponent; elsewhere it is NaN, as for f64.
fn variable_power<D: Scalar>(base: D, exponent: D) -> D {
    let (t, k) = (base.re(), exponent.re());
    if t > 0.0 {
        (base.ln() * exponent).exp()
    } else if t == 0.0 {
        constant_power(base, k)
    } else if k.fract() == 0.0 {
        let sign = if k % 2.0 == 0.0 { 1.0 } else { -1.0 };
        ((-base).ln() * exponent).exp() * sign
    } else {
        D::from(f64::NAN)
    }
}

fn call1<D: Scalar>(f: Func1, a: D) -> D {
    match f {
        Func1::Sin => a.sin(),
        Func1::Cos => a.cos(),
        Func1::Tan => a.tan(),
        Func1::Asin => a.asin(),
        Func1::Acos => a.acos(),
        Func1::Atan => a.atan(),
        Func1::Sinh => a.sinh(),
        Func1::Cosh => a.cosh(),
        Func1::Tanh => tanh(a),
        Func1::Asinh => a.asinh(),
        Func1::Acosh => a.acosh(),
        Func1::Atanh => a.atanh(),
        Func1::Exp => a.exp(),
        Func1::Ln => a.ln(),
        Func1::Log10 => a.log10(),
        Func1::Log2 => a.log2(),
        // As powers, so that √0 is 0 in every pass (num-dual's is 0·∞).
        Func1::Sqrt => constant_power(a, 0.5),
        Func1::Cbrt if a.re() < 0.0 => -constant_power(-a, 1.0 / 3.0),
        Func1::Cbrt => constant_power(a, 1.0 / 3.0),
        Func1::Abs => a.abs(),
        // Written so that exp never overflows: σ(−1000) is 0 with slope 0, not NaN.
        Func1::Sigmoid if a.re() < 0.0 => a.exp() * (a.exp() + 1.0).recip(),
        Func1::Sigmoid => ((-a).exp() + 1.0).recip(),
        Func1::Softplus if a.re() > 0.0 => a + (-a).exp().ln_1p(),
        Func1::Softplus => a.exp().ln_1p(),
        Func1::Relu => (a + a.abs()) * 0.5,
    }
}

/// tanh(a) = −expm1(−2|a|) / (2 + expm1(−2|a|)) with a's sign: num-dual's sinh/cosh is ∞/∞
/// once |a| passes about 710.
fn tanh<D: Scalar>(a: D) -> D {
    if a.re() < 0.0 {
        -tanh(-a)
    } else {
        // A product with the reciprocal, as num-dual divides, so that every pass rounds alike.
        let m = (a * -2.0).exp_m1();
        -m * (m + 2.0).recip()
    }
}

fn call2<D: Scalar>(f: Func2, a: D, b: D) -> D {
    // Undefined in, undefined out: a comparison with NaN would pick a side.
    if matches!(f, Func2::Min | Func2::Max) && (a.re().is_nan() || b.re().is_nan()) {
        return D::from(f64::NAN);
    }
    match f {
        Func2::Atan2 => a.atan2(b),
        Func2::Pow => variable_power(a, b),
        Func2::Min => {
            if b < a {
                b
            } else {
                a
            }
        }
        Func2::Max => {
            if b > a {
                b
            } else {
                a
            }
        }
    }
}

#[cfg(test)]
mod tests;
