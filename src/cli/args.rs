//! Parsing of command-line values: points and surface parameters.

/// A point given as `X,Y`.
pub type PointArg = [f64; 2];
/// A surface parameter given as `K=V`.
pub type ParamArg = (String, f64);

/// Parses `X,Y` (e.g. `-1.5,2`, `1e-3, 4`) into a finite point.
pub fn parse_point(text: &str) -> Result<PointArg, String> {
    let (x, y) = text
        .split_once(',')
        .ok_or_else(|| "expected two numbers X,Y, e.g. -1.5,2".to_owned())?;
    let number = |s: &str| {
        s.trim()
            .parse::<f64>()
            .map_err(|_| format!("'{}' is not a number (expected X,Y, e.g. -1.5,2)", s.trim()))
    };
    let point = [number(x)?, number(y)?];
    if point.iter().any(|v| !v.is_finite()) {
        return Err("coordinates must be finite (no NaN or infinity)".into());
    }
    Ok(point)
}

/// Largest side of a rendered image in pixels.
pub const MAX_IMAGE_SIDE: usize = 4096;
/// Smallest side of a rendered image in pixels.
pub const MIN_IMAGE_SIDE: usize = 64;

/// Parses an image size `WxH` (e.g. `1200x800`) within the supported range.
pub fn parse_size(text: &str) -> Result<[usize; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| "expected WxH in pixels, e.g. 1200x800".to_owned())?;
    let side = |s: &str| {
        let v: usize = s
            .trim()
            .parse()
            .map_err(|_| format!("'{}' is not a whole number of pixels", s.trim()))?;
        if (MIN_IMAGE_SIDE..=MAX_IMAGE_SIDE).contains(&v) {
            Ok(v)
        } else {
            Err(format!(
                "each side must be {MIN_IMAGE_SIDE} to {MAX_IMAGE_SIDE} pixels, not {v}"
            ))
        }
    };
    Ok([side(w)?, side(h)?])
}

/// Parses `K=V` with a number V.
pub fn parse_param(text: &str) -> Result<ParamArg, String> {
    let (key, value) = text
        .split_once('=')
        .ok_or_else(|| "expected K=V, e.g. kappa=100".to_owned())?;
    let value: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("'{}' is not a number", value.trim()))?;
    Ok((key.trim().to_owned(), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_and_params() {
        assert_eq!(parse_point("-1.5,2"), Ok([-1.5, 2.0]));
        assert_eq!(parse_point("-0.27, -0.92"), Ok([-0.27, -0.92]));
        assert_eq!(parse_point("1e-3,-4E2"), Ok([1e-3, -400.0]));
        assert!(parse_point("nan,0").unwrap_err().contains("finite"));
        assert!(parse_point("inf,0").is_err());
        assert!(parse_point("1").unwrap_err().contains("X,Y"));
        assert!(
            parse_point("a,1")
                .unwrap_err()
                .contains("'a' is not a number")
        );
        assert_eq!(parse_param("kappa=100"), Ok(("kappa".into(), 100.0)));
        assert!(parse_param("kappa").is_err());
        assert_eq!(parse_size("1200x800"), Ok([1200, 800]));
        assert!(parse_size("1200").unwrap_err().contains("WxH"));
        assert!(parse_size("10x800").unwrap_err().contains("64 to 4096"));
        assert!(parse_size("axb").unwrap_err().contains("'a'"));
    }
}
