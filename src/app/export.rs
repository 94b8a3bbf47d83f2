//! Every racer's path as a table: CSV (one row per racer and step) or JSON.

use serde_json::json;

use super::scene::Scene;
use super::state::AppState;

/// The paths of every racer that could run: CSV with the header
/// `racer,optimizer,step,x,y,loss,grad_x,grad_y,lr`, or JSON when `as_json`.
pub fn trajectories(state: &AppState, scene: &Scene, as_json: bool) -> String {
    let runs = state
        .racers
        .iter()
        .zip(&scene.runs)
        .enumerate()
        .filter_map(|(i, (racer, run))| run.as_ref().ok().map(|run| (i, racer, run)));
    if as_json {
        let racers: Vec<_> = runs
            .map(|(i, racer, run)| {
                let rows: Vec<_> = run
                    .trail()
                    .iter()
                    .map(|s| {
                        json!({
                            "step": s.step, "x": s.point[0], "y": s.point[1], "loss": s.loss,
                            "grad_x": s.gradient[0], "grad_y": s.gradient[1], "lr": s.lr,
                        })
                    })
                    .collect();
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
    let mut text = String::from("racer,optimizer,step,x,y,loss,grad_x,grad_y,lr\n");
    for (i, racer, run) in runs {
        let label = racer.optimizer.label().replace('"', "'");
        for s in run.trail() {
            text.push_str(&format!(
                "{i},\"{label}\",{},{},{},{},{},{},{}\n",
                s.step, s.point[0], s.point[1], s.loss, s.gradient[0], s.gradient[1], s.lr
            ));
        }
    }
    text
}
