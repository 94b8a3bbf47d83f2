//! Saving a scenario file: the setup's text (see [`crate::scenario`]) written whole.

use super::safe_write::Destination;
use crate::i18n::Message;
use crate::scenario::{AppState, scenario_text};

/// Writes the setup into `to` (whole, or not at all).
pub fn save_scenario(state: &AppState, to: &Destination) -> Result<(), Message> {
    to.write(scenario_text(state)?.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::safe_write::ReadOnly;
    use crate::scenario::open_scenario;

    #[test]
    fn saving_is_atomic_and_opening_reads_it_back() {
        let dir = std::env::temp_dir().join(format!("losscape-scenario-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("race.toml");
        let state = AppState::default();
        let to = Destination::check(&path, ReadOnly::Refuse).unwrap();
        save_scenario(&state, &to).unwrap();
        assert!(!dir.join("race.toml.partial").exists());
        assert_eq!(open_scenario(&path).unwrap(), state);
        assert!(
            open_scenario(&dir.join("missing.toml"))
                .unwrap_err()
                .to_string()
                .contains("could not read")
        );
        assert!(Destination::check(&dir.join("no/such/dir.toml"), ReadOnly::Refuse).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }
}
