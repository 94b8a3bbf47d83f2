//! The scalar the network is written over: `f64` for values and gradients, [`Dual`] for exact
//! Hessian-vector products (forward mode over the backward pass: seed the parameters with a
//! direction v and the gradient's dual part is H·v).

use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub};

/// A number the network's forward and backward passes run on.
pub trait Real:
    Copy
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + AddAssign
    + Add<f64, Output = Self>
    + Mul<f64, Output = Self>
    + From<f64>
    + Send
    + Sync
{
    /// The value (the real part).
    fn re(self) -> f64;
    /// g(self) for a function g with g(re) = `value` and g'(re) = `slope`.
    fn apply(self, value: f64, slope: f64) -> Self;

    /// √self.
    fn sqrt(self) -> Self {
        let r = self.re().sqrt();
        self.apply(r, 0.5 / r)
    }
    /// eˢᵉˡᶠ.
    fn exp(self) -> Self {
        let e = self.re().exp();
        self.apply(e, e)
    }
    /// ln self.
    fn ln(self) -> Self {
        let x = self.re();
        self.apply(x.ln(), 1.0 / x)
    }
}

impl Real for f64 {
    fn re(self) -> f64 {
        self
    }
    fn apply(self, value: f64, _slope: f64) -> Self {
        value
    }
}

/// A first-order dual number re + eps·ε with ε² = 0.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Dual {
    /// The value.
    pub re: f64,
    /// The directional derivative.
    pub eps: f64,
}

impl Dual {
    /// re + eps·ε.
    pub fn new(re: f64, eps: f64) -> Self {
        Self { re, eps }
    }
}

impl From<f64> for Dual {
    fn from(re: f64) -> Self {
        Self { re, eps: 0.0 }
    }
}

impl Add for Dual {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Self::new(self.re + o.re, self.eps + o.eps)
    }
}

impl Add<f64> for Dual {
    type Output = Self;
    fn add(self, o: f64) -> Self {
        Self::new(self.re + o, self.eps)
    }
}

impl AddAssign for Dual {
    fn add_assign(&mut self, o: Self) {
        self.re += o.re;
        self.eps += o.eps;
    }
}

impl Sub for Dual {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Self::new(self.re - o.re, self.eps - o.eps)
    }
}

impl Mul for Dual {
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        Self::new(self.re * o.re, self.re * o.eps + self.eps * o.re)
    }
}

impl Mul<f64> for Dual {
    type Output = Self;
    fn mul(self, o: f64) -> Self {
        Self::new(self.re * o, self.eps * o)
    }
}

impl Div for Dual {
    type Output = Self;
    fn div(self, o: Self) -> Self {
        let re = self.re / o.re;
        Self::new(re, (self.eps - re * o.eps) / o.re)
    }
}

impl Neg for Dual {
    type Output = Self;
    fn neg(self) -> Self {
        Self::new(-self.re, -self.eps)
    }
}

impl Real for Dual {
    fn re(self) -> f64 {
        self.re
    }
    fn apply(self, value: f64, slope: f64) -> Self {
        Self::new(value, slope * self.eps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A function written once, checked on duals against its derivative by hand.
    fn f<T: Real>(x: T) -> T {
        (x * x + 1.0).sqrt() * x.exp() / (x + 3.0).ln() - x * 0.5
    }

    #[test]
    fn dual_parts_are_the_derivative() {
        for x in [-1.5, 0.2, 2.0] {
            let d = f(Dual::new(x, 1.0));
            assert_eq!(d.re, f(x));
            let h = 1e-6;
            let numeric = (f(x + h) - f(x - h)) / (2.0 * h);
            assert!(
                (d.eps - numeric).abs() < 1e-8,
                "{x}: {} vs {numeric}",
                d.eps
            );
        }
    }
}
