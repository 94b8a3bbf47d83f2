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

/// The longest message shown, in characters: longer ones keep their start and say how much
/// was left out.
pub const MAX_MESSAGE_CHARS: usize = 300;

/// A number the user gave, exactly (shortest round trip) and short: `1e308`, not 309 digits.
pub fn exact(v: f64) -> String {
    if v != 0.0 && v.is_finite() && !(1e-4..1e16).contains(&v.abs()) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

/// A message as one readable line: control characters escaped (`\n`, `\u{7}`), runs of more
/// than 20 digits (an `f64` printed in full) as the same number in exponent form, and at most
/// [`MAX_MESSAGE_CHARS`] characters.
pub fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(4 * MAX_MESSAGE_CHARS));
    let mut number = String::new();
    let flush = |number: &mut String, out: &mut String| {
        let digits = number.chars().filter(char::is_ascii_digit).count();
        match number.parse::<f64>() {
            Ok(v) if digits > 20 => out.push_str(&exact(v)),
            _ => out.push_str(number),
        }
        number.clear();
    };
    for c in message.chars() {
        if c.is_ascii_digit() || (c == '.' && !number.is_empty()) {
            number.push(c);
            continue;
        }
        flush(&mut number, &mut out);
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    flush(&mut number, &mut out);
    let length = out.chars().count();
    if length <= MAX_MESSAGE_CHARS {
        return out;
    }
    let kept: String = out.chars().take(MAX_MESSAGE_CHARS - 40).collect();
    format!(
        "{kept}… ({} more characters)",
        length - (MAX_MESSAGE_CHARS - 40)
    )
}

#[cfg(test)]
mod tests {
    use super::{MAX_MESSAGE_CHARS, exact, number, one_line};

    #[test]
    fn messages_are_one_short_line_with_short_numbers() {
        let huge = format!("lr {} is too large", 1e308);
        assert!(huge.len() > 309);
        assert_eq!(one_line(&huge), "lr 1e308 is too large");
        assert_eq!(one_line(&format!("at ({}, 1)", 1e-300)), "at (1e-300, 1)");
        // Seeds (u64, up to 20 digits) and ordinary numbers stay as written.
        assert_eq!(
            one_line("seed 18446744073709551615, step 1.5."),
            "seed 18446744073709551615, step 1.5."
        );
        assert_eq!(one_line("f = x\u{7}+\ny"), "f = x\\u{7}+\\ny");
        assert_eq!(one_line("a\tb\r"), "a\\tb\\r");
        let wide = format!("widths {:?}", vec![3; 10_001]);
        let line = one_line(&wide);
        assert!(line.chars().count() <= MAX_MESSAGE_CHARS, "{line}");
        assert!(line.ends_with("more characters)"), "{line}");
        assert!(line.starts_with("widths [3, 3"), "{line}");
        // Chinese text is not escaped or cut short.
        assert_eq!(one_line("鞍点 (saddle point)"), "鞍点 (saddle point)");
    }

    #[test]
    fn exact_numbers_are_short_and_round_trip() {
        for v in [
            1e308,
            -2.5e-300,
            0.1,
            1234.5,
            1e15,
            1e16,
            1e-4,
            5e-5,
            0.0,
            f64::MAX,
        ] {
            assert_eq!(exact(v).parse::<f64>().unwrap(), v);
            assert!(exact(v).len() <= 24, "{}", exact(v));
        }
        assert_eq!(exact(1e308), "1e308");
        assert_eq!(exact(0.001), "0.001");
        assert_eq!(exact(f64::NAN), "NaN");
    }

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
