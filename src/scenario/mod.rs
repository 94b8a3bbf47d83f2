//! The setup the user builds, one type for the app, scenario files, share links and lessons:
//! the surface, the racers, the noise, the view and the network, with what the app's controls
//! allow, the scenario file format, and a lesson's setup laid over it. No framework here: the
//! app and the command line both read and check scenarios through this module.

mod file;
mod for_lesson;
mod network_limits;
mod network_surface;
mod setting_error;
mod state;
mod surface_choice;

pub use file::{SCENARIO_VERSION, open_scenario, parse_scenario, scenario_in_file, scenario_text};
pub use network_limits::{
    DATA_NOISE_RANGE, EPOCHS_RANGE, NETWORK_BATCH_RANGE, SAMPLES_RANGE, WEIGHT_DECAY_RANGE,
    within_controls,
};
pub use network_surface::{
    NETWORK_SURFACE, NetworkSurface, SurfaceTraining, keep, kept, network_surface, slice_of,
};
pub use setting_error::{SettingError, within};
pub use state::{
    AppState, BATCH_RANGE, BUDGET_RANGE, Camera, MAX_RACERS, NOISE_RANGE, PITCH_RANGE,
    RACER_COLORS, RacerSettings, SPEED_RANGE, ViewOptions, ZOOM_RANGE,
};
pub use surface_choice::{ShownSurface, SurfaceChoice};
