//! Which surface the setup shows: a zoo surface with its parameters, the custom formula, or the
//! Network window's trained network, and the formula's text kept while another is shown.

use serde::{Deserialize, Serialize};

use super::network_surface::{NETWORK_SURFACE, network_surface};
use crate::i18n::Message;
use crate::lesson::NetworkSetup;
use crate::progress::Progress;
use crate::surface::{Formula, Surface, SurfaceError, build_surface, zoo_entries};

/// What a lesson, a scenario file or the command line names a formula with: `expr:<formula>`.
const FORMULA_PREFIX: &str = "expr:";

/// The surface shown and the custom formula's text. In files it reads as before: `name` (a zoo
/// name, `expr:` for the formula, `network` for the trained network), `params` and `formula`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "SurfaceFields", into = "SurfaceFields")]
pub struct SurfaceChoice {
    /// The surface shown.
    pub shown: ShownSurface,
    /// The custom formula's text, kept while another surface is shown.
    pub formula: String,
}

/// The kinds of surface the app shows.
#[derive(Clone, Debug, PartialEq)]
pub enum ShownSurface {
    /// A surface of the zoo, with parameter overrides.
    Zoo {
        /// Its name in the zoo.
        name: String,
        /// Parameters that differ from its defaults.
        params: Vec<(String, f64)>,
    },
    /// The custom formula ([`SurfaceChoice::formula`]).
    Formula,
    /// The network the Network window trains, over two of its weights.
    TrainedNetwork,
}

impl ShownSurface {
    /// A zoo surface with its default parameters.
    pub fn zoo(name: &str) -> Self {
        Self::Zoo {
            name: name.to_owned(),
            params: Vec::new(),
        }
    }

    /// The zoo name, if a zoo surface.
    pub fn zoo_name(&self) -> Option<&str> {
        match self {
            Self::Zoo { name, .. } => Some(name),
            Self::Formula | Self::TrainedNetwork => None,
        }
    }

    /// The surface a lesson or the command line names (`expr:<formula>`, `network` or a zoo
    /// name) with `params`, and the formula's text if it names one.
    pub fn named(name: &str, params: Vec<(String, f64)>) -> (Self, Option<&str>) {
        if let Some(formula) = name.strip_prefix(FORMULA_PREFIX) {
            (Self::Formula, Some(formula))
        } else if name == NETWORK_SURFACE {
            (Self::TrainedNetwork, None)
        } else {
            let name = name.to_owned();
            (Self::Zoo { name, params }, None)
        }
    }
}

impl SurfaceChoice {
    /// The choice of `shown`, keeping `formula` as the formula's text.
    pub fn new(shown: ShownSurface, formula: &str) -> Self {
        Self {
            shown,
            formula: formula.to_owned(),
        }
    }

    /// The surface a lesson or the command line names (see [`ShownSurface::named`]); a zoo
    /// surface or the network keeps `formula` as the formula's text.
    pub fn named(name: &str, params: Vec<(String, f64)>, formula: &str) -> Self {
        let (shown, named) = ShownSurface::named(name, params);
        Self::new(shown, named.unwrap_or(formula))
    }

    /// Whether the Network window's network is shown.
    pub fn is_network(&self) -> bool {
        self.shown == ShownSurface::TrainedNetwork
    }

    /// Whether the custom formula is shown.
    pub fn is_formula(&self) -> bool {
        self.shown == ShownSurface::Formula
    }

    /// The zoo name shown, if a zoo surface is.
    pub fn zoo_name(&self) -> Option<&str> {
        self.shown.zoo_name()
    }

    /// How the command line and a lesson name the surface shown: the zoo name, `expr:<formula>`
    /// or `network`.
    pub fn name(&self) -> String {
        match &self.shown {
            ShownSurface::Zoo { name, .. } => name.clone(),
            ShownSurface::Formula => format!("{FORMULA_PREFIX}{}", self.formula),
            ShownSurface::TrainedNetwork => NETWORK_SURFACE.to_owned(),
        }
    }

    /// Builds the surface shown (the trained network from `network`).
    pub fn build(&self, network: &NetworkSetup) -> Result<Surface, Message> {
        match &self.shown {
            ShownSurface::TrainedNetwork => {
                network_surface(network, &Progress::new()).map(|n| n.surface.clone())
            }
            ShownSurface::Formula => Formula::parse(&self.formula)
                .map(Formula::into_surface)
                .map_err(|e| SurfaceError::from(e).message()),
            ShownSurface::Zoo { name, params } => {
                build_surface(name, params).map_err(|e| e.message())
            }
        }
    }

    /// The key of a scenario file whose value keeps [`Self::build`] from building: the formula,
    /// a name the zoo does not know, or its parameters.
    pub fn refused_key(&self) -> &'static str {
        match &self.shown {
            ShownSurface::Formula => "surface.formula",
            ShownSurface::Zoo { name, .. } if !zoo_entries().any(|e| e.name == name) => {
                "surface.name"
            }
            ShownSurface::Zoo { .. } => "surface.params",
            ShownSurface::TrainedNetwork => "network",
        }
    }
}

impl Default for SurfaceChoice {
    fn default() -> Self {
        Self::new(ShownSurface::zoo("rosenbrock"), "x^2 - y^2 + 0.1*sin(5*x)")
    }
}

/// A [`SurfaceChoice`] as files write it.
#[derive(Serialize, Deserialize)]
#[serde(default)]
struct SurfaceFields {
    /// A zoo name, `expr:` for the custom formula, `network` for the trained network.
    name: String,
    /// Parameter overrides of the zoo surface.
    params: Vec<(String, f64)>,
    /// The custom formula's text.
    formula: String,
}

impl Default for SurfaceFields {
    fn default() -> Self {
        SurfaceChoice::default().into()
    }
}

impl From<SurfaceFields> for SurfaceChoice {
    fn from(fields: SurfaceFields) -> Self {
        let shown = if fields.name == FORMULA_PREFIX {
            ShownSurface::Formula
        } else if fields.name == NETWORK_SURFACE {
            ShownSurface::TrainedNetwork
        } else {
            ShownSurface::Zoo {
                name: fields.name,
                params: fields.params,
            }
        };
        Self {
            shown,
            formula: fields.formula,
        }
    }
}

impl From<SurfaceChoice> for SurfaceFields {
    fn from(choice: SurfaceChoice) -> Self {
        let (name, params) = match choice.shown {
            ShownSurface::Zoo { name, params } => (name, params),
            ShownSurface::Formula => (FORMULA_PREFIX.to_owned(), Vec::new()),
            ShownSurface::TrainedNetwork => (NETWORK_SURFACE.to_owned(), Vec::new()),
        };
        Self {
            name,
            params,
            formula: choice.formula,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_name_each_kind_as_before() {
        let text = "name = \"expr:\"\nformula = \"x^2 + y^2\"\n";
        let read: SurfaceChoice = toml::from_str(text).unwrap();
        assert_eq!(read, SurfaceChoice::new(ShownSurface::Formula, "x^2 + y^2"));
        let read: SurfaceChoice = toml::from_str("name = \"network\"").unwrap();
        assert!(read.is_network());
        assert_eq!(read.formula, SurfaceChoice::default().formula);
        let ravine = SurfaceChoice::new(
            ShownSurface::Zoo {
                name: "ravine".into(),
                params: vec![("kappa".into(), 250.0)],
            },
            "x",
        );
        let written = toml::to_string(&ravine).unwrap();
        assert!(written.contains("name = \"ravine\""), "{written}");
        assert_eq!(toml::from_str::<SurfaceChoice>(&written).unwrap(), ravine);
    }

    #[test]
    fn names_read_back_as_the_same_choice() {
        for name in ["expr:x*y", "network", "himmelblau"] {
            let choice = SurfaceChoice::named(name, Vec::new(), "x");
            assert_eq!(choice.name(), name);
        }
        let zoo = SurfaceChoice::named("himmelblau", Vec::new(), "x + y");
        assert_eq!(
            (zoo.zoo_name(), zoo.formula.as_str()),
            (Some("himmelblau"), "x + y")
        );
    }

    #[test]
    fn a_refused_surface_names_its_key() {
        let bad_formula = SurfaceChoice::new(ShownSurface::Formula, "x +");
        let unknown = SurfaceChoice::new(ShownSurface::zoo("no-such-surface"), "x");
        let bad_param = SurfaceChoice::new(
            ShownSurface::Zoo {
                name: "ravine".into(),
                params: vec![("no-such-param".into(), 1.0)],
            },
            "x",
        );
        let network = NetworkSetup::default();
        for (choice, key) in [
            (bad_formula, "surface.formula"),
            (unknown, "surface.name"),
            (bad_param, "surface.params"),
        ] {
            assert!(choice.build(&network).is_err(), "{key}");
            assert_eq!(choice.refused_key(), key);
        }
    }
}
