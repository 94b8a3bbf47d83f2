//! Numbers as people read them.

/// A number with `digits` significant digits, or "—" for none.
pub fn number(v: Option<f64>, digits: usize) -> String {
    let exponent_form = |v: f64| format!("{v:.prec$e}", prec = digits.saturating_sub(1));
    match v {
        Some(0.0) => "0".into(),
        Some(v) if !v.is_finite() => format!("{v}"),
        Some(v) => {
            // The decade after rounding: 0.099999 to 4 digits is 0.1000, not 0.10000.
            let rounded: f64 = exponent_form(v).parse().unwrap_or(v);
            if rounded.abs() < 1e-3 || rounded.abs() >= 1e6 {
                return exponent_form(v);
            }
            let magnitude = rounded.abs().log10().floor() as i64;
            let decimals = (digits as i64 - 1 - magnitude).clamp(0, 12) as usize;
            format!("{v:.decimals$}")
        }
        None => "—".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_keep_their_significant_digits() {
        assert_eq!(number(Some(1.23456), 4), "1.235");
        assert_eq!(number(Some(-0.0123456), 3), "-0.0123");
        assert_eq!(number(Some(98.37), 4), "98.37");
        assert_eq!(number(Some(0.0), 4), "0");
        assert_eq!(number(None, 4), "—");
        assert_eq!(number(Some(2.5e-5), 3), "2.50e-5");
        assert_eq!(number(Some(1.5e7), 2), "1.5e7");
        assert_eq!(number(Some(f64::INFINITY), 4), "inf");
        assert_eq!(number(Some(f64::NAN), 4), "NaN");
    }

    #[test]
    fn rounding_up_to_the_next_decade_keeps_the_digit_count() {
        assert_eq!(number(Some(0.099999999), 4), "0.1000");
        assert_eq!(number(Some(-0.099999999), 4), "-0.1000");
        assert_eq!(number(Some(9.99996), 4), "10.00");
        assert_eq!(number(Some(0.00099999), 3), "0.00100");
        assert_eq!(number(Some(0.0099999), 3), "0.0100");
    }
}
