//! Custom surfaces typed by the user: `expr:<formula in x and y>`.
//!
//! The formula is parsed once into a tree and evaluated on dual numbers, so its gradient and
//! Hessian are exact and cost no symbolic work (which could swell or overflow the stack).

mod lexer;
mod parser;

use std::sync::Arc;

pub use parser::function_names;
use parser::{Func1, Func2, Node};

use super::{Family, Landscape, Scalar, Surface, SurfaceError, SurfaceInfo, WEIGHT_AXES};
use crate::grid::Domain;

/// Longest formula accepted, in characters.
pub const MAX_FORMULA_LEN: usize = 4096;

/// What is wrong with a formula, and where (1-based character position).
#[derive(Clone, Debug, PartialEq)]
pub struct FormulaError {
    /// What is wrong, in plain words.
    pub message: String,
    /// Where: the 1-based character position.
    pub position: usize,
}

impl FormulaError {
    fn new(message: impl Into<String>, position: usize) -> Self {
        Self {
            message: message.into(),
            position,
        }
    }
}

impl From<FormulaError> for SurfaceError {
    fn from(e: FormulaError) -> Self {
        SurfaceError::Formula {
            message: e.message,
            position: e.position,
        }
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
            return Err(FormulaError::new(
                format!("the formula is too long ({len} characters; at most {MAX_FORMULA_LEN})"),
                MAX_FORMULA_LEN + 1,
            ));
        }
        let tokens = lexer::tokenize(text)?;
        let root = parser::parse(&tokens, len)?;
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
            axes: WEIGHT_AXES,
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
        Node::Div(a, b) => go(a) / go(b),
        Node::Pow(base, exponent) => power(go(base), exponent, x, y),
        Node::Call1(f, a) => call1(*f, go(a)),
        Node::Call2(f, a, b) => call2(*f, go(a), go(b)),
    }
}

/// `base ^ exponent`: an integer constant exponent uses `powi` (so `x^2` works for x < 0),
/// another constant `powf`, anything else exp(exponent · ln base).
fn power<D: Scalar>(base: D, exponent: &Node, x: D, y: D) -> D {
    match exponent {
        Node::Const(c) if c.fract() == 0.0 && c.abs() <= 1024.0 => base.powi(*c as i32),
        Node::Const(c) => base.powf(*c),
        other => base.powd(eval(other, x, y)),
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
        Func1::Tanh => a.tanh(),
        Func1::Asinh => a.asinh(),
        Func1::Acosh => a.acosh(),
        Func1::Atanh => a.atanh(),
        Func1::Exp => a.exp(),
        Func1::Ln => a.ln(),
        Func1::Log10 => a.log10(),
        Func1::Log2 => a.log2(),
        Func1::Sqrt => a.sqrt(),
        Func1::Cbrt => a.cbrt(),
        Func1::Abs => a.abs(),
        Func1::Sigmoid => ((-a).exp() + 1.0).recip(),
        Func1::Softplus => a.exp().ln_1p(),
        Func1::Relu => (a + a.abs()) * 0.5,
    }
}

fn call2<D: Scalar>(f: Func2, a: D, b: D) -> D {
    match f {
        Func2::Atan2 => a.atan2(b),
        Func2::Pow => a.powd(b),
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
