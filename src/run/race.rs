//! Several optimizers from one start on one surface, with the same noise, and a leaderboard.

use crate::i18n::Message;
use rayon::prelude::*;
use serde::Serialize;

use super::run::Milestone;
use super::{LIMITS, Run, RunConfig, RunError, Status};
use crate::surface::Surface;

/// Several runs from one start.
#[derive(Clone, Debug)]
pub struct Race {
    runs: Vec<Run>,
    milestone: Milestone,
}

/// One racer's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Standing {
    /// Place on the leaderboard, from 1.
    pub rank: usize,
    /// Position of the racer in the order given.
    pub racer: usize,
    /// The optimizer's label, e.g. `adam:lr=0.1`.
    pub optimizer: String,
    /// First step at which the milestone held.
    pub steps_to_target: Option<u64>,
    /// Lowest loss seen.
    pub best_loss: f64,
    /// Loss at the last finite point.
    pub final_loss: f64,
    /// The last finite point.
    pub final_point: [f64; 2],
    /// The update at which the run diverged.
    pub diverged_step: Option<u64>,
    /// Gradient evaluations made.
    pub grad_evals: u64,
}

impl Race {
    /// Prepares one run per configuration from `start`. Every racer gets `seed`, so all see
    /// the same noise sequence. The milestone is f ≤ f* + ε when the surface documents its
    /// minimum f*, otherwise ‖∇f‖ ≤ ε.
    pub fn new(
        surface: &Surface,
        start: [f64; 2],
        configs: Vec<RunConfig>,
        seed: u64,
        eps: f64,
    ) -> Result<Self, RunError> {
        if configs.is_empty() {
            return Err(RunError::Invalid(Message::new("run-race-empty")));
        }
        if configs.len() > LIMITS.max_racers {
            let problem = Message::new("run-too-many-racers")
                .arg("racers", configs.len())
                .arg("limit", LIMITS.max_racers);
            return Err(RunError::TooLarge(problem));
        }
        if !(eps.is_finite() && eps >= 0.0) {
            return Err(RunError::Invalid(
                Message::new("run-bad-tolerance").arg("value", eps),
            ));
        }
        let milestone = match surface.best_known_value() {
            Some(f_star) => Milestone::Loss(f_star + eps),
            None => Milestone::GradNorm(eps),
        };
        let runs = configs
            .into_iter()
            .map(|mut config| {
                config.seed = seed;
                let mut run = Run::new(surface.clone(), start, config)?;
                run.watch(milestone);
                Ok(run)
            })
            .collect::<Result<Vec<_>, RunError>>()?;
        Ok(Self { runs, milestone })
    }

    /// What counts as arrived.
    pub fn milestone(&self) -> Milestone {
        self.milestone
    }

    /// The runs, in the order given.
    pub fn runs(&self) -> &[Run] {
        &self.runs
    }

    /// Advances every racer by up to `k` steps, in lock-step per call.
    pub fn advance(&mut self, k: u64) {
        self.runs.par_iter_mut().for_each(|run| {
            run.advance(k);
        });
    }

    /// Runs every racer to the end of its budget.
    pub fn finish(&mut self) {
        self.runs.par_iter_mut().for_each(Run::finish);
    }

    /// Standings: arrived racers by steps, then the rest by best loss, diverged ones last.
    pub fn leaderboard(&self) -> Vec<Standing> {
        standings(self.runs.iter())
    }
}

/// The leaderboard of any set of runs (each watching the same milestone): arrived racers by
/// steps, then the rest by best loss, diverged ones last.
pub fn standings<'a>(runs: impl Iterator<Item = &'a Run>) -> Vec<Standing> {
    let mut rows: Vec<Standing> = runs
        .enumerate()
        .map(|(racer, run)| Standing {
            rank: 0,
            racer,
            optimizer: run.config().optimizer.label(),
            steps_to_target: run.milestone_step(),
            best_loss: run.best_loss(),
            final_loss: run.current().loss,
            final_point: run.current().point,
            diverged_step: match run.status() {
                Status::Diverged { step, .. } => Some(*step),
                _ => None,
            },
            grad_evals: run.grad_evals(),
        })
        .collect();
    rows.sort_by(|a, b| {
        let key = |s: &Standing| {
            (
                s.steps_to_target.unwrap_or(u64::MAX),
                s.diverged_step.is_some(),
            )
        };
        key(a)
            .cmp(&key(b))
            .then(a.best_loss.total_cmp(&b.best_loss))
    });
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::build_surface;

    fn configs(specs: &[&str], steps: u64, noise: f64) -> Vec<RunConfig> {
        specs
            .iter()
            .map(|s| {
                let mut c = RunConfig::new(s.parse().unwrap());
                c.max_steps = steps;
                c.noise = noise;
                c
            })
            .collect()
    }

    #[test]
    fn leaderboard_ranks_by_steps_then_loss_then_divergence() {
        let s = build_surface("bowl", &[]).unwrap();
        let specs = ["sgd:lr=0.01", "sgd:lr=0.25", "sgd:lr=2", "sgd:lr=0.1"];
        let mut race = Race::new(&s, [1.0, 1.0], configs(&specs, 300, 0.0), 0, 1e-6).unwrap();
        race.finish();
        let board = race.leaderboard();
        let order: Vec<_> = board.iter().map(|r| r.optimizer.as_str()).collect();
        assert_eq!(
            order,
            ["sgd:lr=0.25", "sgd:lr=0.1", "sgd:lr=0.01", "sgd:lr=2"]
        );
        // lr = 0.25 halves the point: f = 2·0.25ᵏ ≤ 1e-6 first at k = 11; lr = 0.01 needs
        // 2·0.98²ᵏ ≤ 1e-6, k = 360, beyond the budget of 300.
        assert_eq!(board[0].steps_to_target, Some(11));
        assert!(board[3].diverged_step.is_some());
        assert_eq!(board[2].steps_to_target, None);
    }

    #[test]
    fn racers_share_the_noise_sequence() {
        let s = build_surface("bowl", &[]).unwrap();
        let mut race = Race::new(
            &s,
            [1.0, 1.0],
            configs(&["sgd:lr=0.1", "sgd:lr=0.1"], 50, 0.5),
            3,
            0.0,
        )
        .unwrap();
        race.finish();
        let [a, b] = [&race.runs()[0], &race.runs()[1]];
        assert_eq!(a.current().point, b.current().point);
        let mut other =
            Race::new(&s, [1.0, 1.0], configs(&["sgd:lr=0.1"], 50, 0.5), 4, 0.0).unwrap();
        other.finish();
        assert_ne!(other.runs()[0].current().point, a.current().point);
    }
}
