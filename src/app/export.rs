//! Every racer's path as a table: CSV (one row per racer and step) or JSON.

use serde_json::json;

use super::scene::Scene;
use crate::run::trajectory::{COLUMNS, Row};
use crate::scenario::AppState;

/// The paths of every racer that could run: CSV with the header
/// `racer,optimizer,step,x,y,loss,grad_x,grad_y,lr`, or JSON when `as_json`.
pub fn trajectories(state: &AppState, scene: &Scene, as_json: bool) -> String {
    let runs = state
        .racers
        .iter()
        .zip(&scene.runs)
        .enumerate()
        .filter_map(|(i, (racer, run))| run.run().map(|run| (i, racer, run)));
    if as_json {
        let racers: Vec<_> = runs
            .map(|(i, racer, run)| {
                let rows: Vec<Row> = run.trail().iter().map(Row::from).collect();
                json!({
                    "racer": i,
                    "optimizer": racer.optimizer.label(),
                    "schedule": racer.schedule,
                    "rows": rows,
                })
            })
            .collect();
        let value = json!({ "surface": scene.surface.name(), "racers": racers });
        return serde_json::to_string_pretty(&value).unwrap_or_default();
    }
    let mut text = format!("racer,optimizer,{COLUMNS}\n");
    for (i, racer, run) in runs {
        let label = racer.optimizer.label().replace('"', "'");
        for s in run.trail() {
            text.push_str(&format!("{i},\"{label}\",{}\n", Row::from(s).csv()));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::BUDGET_RANGE;

    #[test]
    fn the_longest_path_the_app_allows_is_kept_whole_from_its_start() {
        let mut state = AppState {
            steps: *BUDGET_RANGE.end(),
            ..AppState::default()
        };
        state.racers.truncate(1);
        // Far too slow to arrive: every one of the 200,000 updates is made.
        state.racers[0].optimizer = "sgd:lr=1e-7".parse().unwrap();
        let surface = state.surface.build(&state.network).unwrap();
        let mut scene = Scene::new(surface, &state);
        scene.recompute_runs(&state);
        let run = scene.runs[0].run().unwrap();
        assert_eq!(run.current().step, state.steps);
        assert_eq!(run.trail().len() as u64, state.steps + 1);
        assert_eq!(run.trail()[0].point, state.racers[0].start);
        assert_eq!(run.start(), state.racers[0].start);
        let csv = trajectories(&state, &scene, false);
        let rows: Vec<&str> = csv.lines().collect();
        assert_eq!(
            rows.len() as u64,
            1 + state.steps + 1,
            "header, start and every update"
        );
        assert!(
            rows[1].starts_with("0,\"sgd:lr=1e-7\",0,-1.5,2,"),
            "{}",
            rows[1]
        );
        assert!(rows[rows.len() - 1].contains(",200000,"));
    }
}
