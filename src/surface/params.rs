//! Surface parameters: a name, a default, an allowed range and a one-line meaning.

use serde::Serialize;

use super::SurfaceError;

/// The declaration of one parameter of a zoo surface.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ParamSpec {
    /// Key, as in `--param kappa=100`.
    pub name: &'static str,
    /// Value when not given.
    pub default: f64,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// What it changes.
    pub doc: &'static str,
}

/// A parameter with its current value.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ParamValue {
    /// The declaration.
    #[serde(flatten)]
    pub spec: ParamSpec,
    /// The value in use.
    pub value: f64,
}

/// Resolves `overrides` against `specs`: unknown keys and out-of-range or non-finite values are
/// errors; missing keys take their defaults.
pub fn resolve(
    surface: &str,
    specs: &[ParamSpec],
    overrides: &[(String, f64)],
) -> Result<Vec<ParamValue>, SurfaceError> {
    let mut values: Vec<ParamValue> = specs
        .iter()
        .map(|&spec| ParamValue {
            spec,
            value: spec.default,
        })
        .collect();
    for (i, (key, value)) in overrides.iter().enumerate() {
        if overrides[..i].iter().any(|(k, _)| k == key) {
            return Err(SurfaceError::DuplicateParam { key: key.clone() });
        }
        let slot = values
            .iter_mut()
            .find(|p| p.spec.name == key)
            .ok_or_else(|| SurfaceError::UnknownParam {
                surface: surface.to_owned(),
                key: key.clone(),
                known: specs.iter().map(|s| s.name).collect::<Vec<_>>().join(", "),
            })?;
        let in_range = value.is_finite() && *value >= slot.spec.min && *value <= slot.spec.max;
        if !in_range {
            return Err(SurfaceError::ParamOutOfRange {
                key: key.clone(),
                value: *value,
                min: slot.spec.min,
                max: slot.spec.max,
            });
        }
        slot.value = *value;
    }
    Ok(values)
}

/// The value of parameter `name` (which the caller declared).
pub fn get(values: &[ParamValue], name: &str) -> f64 {
    values
        .iter()
        .find(|p| p.spec.name == name)
        .map_or(f64::NAN, |p| p.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPECS: [ParamSpec; 1] = [ParamSpec {
        name: "a",
        default: 1.0,
        min: 0.0,
        max: 10.0,
        doc: "",
    }];

    #[test]
    fn defaults_overrides_and_errors() {
        assert_eq!(get(&resolve("s", &SPECS, &[]).unwrap(), "a"), 1.0);
        let v = resolve("s", &SPECS, &[("a".into(), 3.0)]).unwrap();
        assert_eq!(get(&v, "a"), 3.0);
        let e = resolve("s", &SPECS, &[("b".into(), 3.0)]).unwrap_err();
        assert!(e.to_string().contains("no parameter 'b'"), "{e}");
        let e = resolve("s", &SPECS, &[("a".into(), f64::NAN)]).unwrap_err();
        assert!(e.to_string().contains("out of range"), "{e}");
        assert!(resolve("s", &SPECS, &[("a".into(), 11.0)]).is_err());
    }
}
