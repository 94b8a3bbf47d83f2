//! The catalogue: every named surface, and building one by name with parameter overrides.

use std::sync::Arc;

use super::{
    Axes, CriticalPoint, Domain, Family, Formula, Objective, ParamSpec, ParamValue, Surface,
    SurfaceError, SurfaceInfo, bowls, lecture, multimodal, networks, params, saddles, terrain,
};

/// What a surface family file provides for one surface, given its parameter values.
pub(super) struct Blueprint {
    /// The formula in plain text, with the parameter values filled in.
    pub formula: String,
    /// The teaching note.
    pub note: &'static str,
    /// Drawing and search rectangle.
    pub domain: Domain,
    /// Suggested starts.
    pub starts: Vec<[f64; 2]>,
    /// Documented critical points.
    pub critical_points: Vec<CriticalPoint>,
    /// The function itself.
    pub objective: Arc<dyn Objective>,
}

/// One catalogue entry.
pub struct ZooEntry {
    /// Command-line name.
    pub name: &'static str,
    /// Human title.
    pub title: &'static str,
    /// Catalogue group.
    pub family: Family,
    /// What x and y stand for (see [`SurfaceInfo::axes`]).
    pub axes: Axes,
    /// Declared parameters.
    pub params: &'static [ParamSpec],
    pub(super) build: fn(&[ParamValue]) -> Blueprint,
}

/// Every zoo surface, grouped by family in catalogue order.
pub fn zoo_entries() -> impl Iterator<Item = &'static ZooEntry> {
    [
        bowls::ENTRIES,
        saddles::ENTRIES,
        multimodal::ENTRIES,
        terrain::ENTRIES,
        lecture::ENTRIES,
        networks::ENTRIES,
    ]
    .into_iter()
    .flatten()
}

/// Builds the surface called `name` (a zoo name, or `expr:<formula>`), with parameter overrides.
pub fn build_surface(name: &str, overrides: &[(String, f64)]) -> Result<Surface, SurfaceError> {
    if let Some(text) = name.strip_prefix("expr:") {
        if let Some((key, _)) = overrides.first() {
            return Err(SurfaceError::UnknownParam {
                surface: name.to_owned(),
                key: key.clone(),
                known: String::new(),
            });
        }
        return Ok(Formula::parse(text)?.into_surface());
    }
    let entry =
        zoo_entries()
            .find(|e| e.name == name)
            .ok_or_else(|| SurfaceError::UnknownSurface {
                name: name.to_owned(),
                known: zoo_entries().map(|e| e.name).collect::<Vec<_>>().join(", "),
            })?;
    let values = params::resolve(name, entry.params, overrides)?;
    let blueprint = (entry.build)(&values);
    let info = SurfaceInfo {
        name: entry.name.to_owned(),
        title: entry.title.to_owned(),
        family: entry.family,
        axes: entry.axes,
        formula: blueprint.formula,
        note: blueprint.note.to_owned(),
        domain: blueprint.domain,
        starts: blueprint.starts,
        critical_points: blueprint.critical_points,
        params: values,
    };
    Ok(Surface::from_objective(info, blueprint.objective))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_every_entry_builds_with_defaults() {
        let mut names: Vec<_> = zoo_entries().map(|e| e.name).collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n, "duplicate names");
        for e in zoo_entries() {
            let s = build_surface(e.name, &[]).expect(e.name);
            assert!(s.domain().contains(s.info().starts[0], 0.0), "{}", e.name);
        }
    }

    #[test]
    fn unknown_names_and_params_are_clear_errors() {
        let e = build_surface("rosenbrok", &[]).unwrap_err().to_string();
        assert!(
            e.contains("unknown surface 'rosenbrok'") && e.contains("rosenbrock"),
            "{e}"
        );
        let e = build_surface("rosenbrock", &[("c".into(), 1.0)])
            .unwrap_err()
            .to_string();
        assert!(e.contains("no parameter 'c'") && e.contains("a, b"), "{e}");
        let e = build_surface("expr:x", &[("c".into(), 1.0)])
            .unwrap_err()
            .to_string();
        assert!(e.contains("no parameters"), "{e}");
    }
}
