//! Any text as a scenario file: reading it never panics, and a file the app would open is
//! written back and read again to the same setup.
#![no_main]

use libfuzzer_sys::fuzz_target;
use losscape::scenario::{parse_scenario, scenario_text};

fuzz_target!(|text: &str| {
    let Ok(state) = parse_scenario(text) else {
        return;
    };
    let written = scenario_text(&state).expect("an opened setup can be written");
    let again = parse_scenario(&written).expect("a written setup opens");
    assert_eq!(again, state);
});
