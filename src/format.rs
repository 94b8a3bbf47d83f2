//! Numbers as people read them.

/// A number with `digits` significant digits, or "—" for none.
pub fn number(v: Option<f64>, digits: usize) -> String {
    match v {
        Some(0.0) => "0".into(),
        Some(v) if v.abs() < 1e-3 || v.abs() >= 1e6 => {
            format!("{v:.prec$e}", prec = digits.saturating_sub(1))
        }
        Some(v) => {
            let magnitude = v.abs().log10().floor() as i64;
            let decimals = (digits as i64 - 1 - magnitude).clamp(0, 12) as usize;
            format!("{v:.decimals$}")
        }
        None => "—".into(),
    }
}
