//! Reading the Hessian: probes at a point, critical-point search, basins of attraction.

mod basins;
mod cells;
mod critical;
mod curvature;
mod eigen;
mod hyper_map;
mod probe;
mod stability;

pub use basins::{BasinMap, BasinWork, DIVERGED, UNSETTLED, basin_map, basin_map_with};
pub use critical::{
    CriticalPointSearch, FoundPoint, find_critical_points, find_critical_points_with,
};
pub use curvature::curvature_map;
pub use eigen::{SymmetricEigen2, classify, symmetric_eigen2};
pub use hyper_map::{HyperGrid, HyperMap, HyperMapWork, hyperparameter_map, second_axis};
pub use probe::{Probe, probe};
pub use stability::{stability_gauge, stability_gauge_part};
