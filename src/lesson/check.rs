//! How a lesson's claim is measured: the kinds of check a lesson file can name, and what each
//! one returns. The measurements themselves are in `surface_checks` (2-D surfaces) and
//! `network_checks` (trained networks).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::LessonError;
use super::caption::Caption;
use super::setup::Setup;
use super::{batch_checks, fit_checks, network_checks, surface_checks};
use crate::progress::Progress;
use crate::surface::Kind;

/// A measurement and its verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    /// Whether the claim holds.
    pub holds: bool,
    /// Every quantity by name.
    pub measured: BTreeMap<String, f64>,
    /// A picture of the measurement, for checks that measure many cases.
    pub figure: Option<Figure>,
}

/// What a lesson plots beside its claim: one point per trained network, or curves per epoch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// What is plotted.
    pub title: Caption,
    /// The x axis' quantity.
    pub x: Caption,
    /// The y axis' quantity.
    pub y: Caption,
    /// The plotted series.
    pub series: Vec<Series>,
}

/// One named set of points of a figure, drawn as dots or joined into a curve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Its name in the legend.
    pub name: Caption,
    /// Joined into a curve (else dots).
    pub line: bool,
    /// The points.
    pub points: Vec<[f64; 2]>,
}

/// A coordinate of the plane, written 0 (x) or 1 (y) in a lesson file; any other number is
/// refused when the file is read.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(try_from = "usize")]
pub struct Coordinate(usize);

impl TryFrom<usize> for Coordinate {
    type Error = LessonError;

    fn try_from(index: usize) -> Result<Self, Self::Error> {
        if index < 2 {
            Ok(Self(index))
        } else {
            Err(LessonError::Axis(index))
        }
    }
}

impl Coordinate {
    /// Its index in a point `[x, y]`.
    pub fn index(self) -> usize {
        self.0
    }
}

/// The kinds of measurement a lesson can ask for.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// The second-order test at each of `points`: the gradient vanishes there and the
    /// Hessian's eigenvalues give `kinds[i]`. Measures, per point i, `gradient_norm_i`,
    /// `lambda_min_i`, `lambda_max_i`, `value_i`; and at point 0, for a step δ = (0.1, 0.1),
    /// `taylor_true` = L(θ′ + δ) and `taylor_quadratic` = L(θ′) + ½δᵀHδ.
    Classify {
        /// The points.
        points: Vec<[f64; 2]>,
        /// What each should be.
        kinds: Vec<Kind>,
    },
    /// A saddle at `at`: zero gradient, eigenvalues of both signs, and a step of length `step`
    /// along the negative-curvature eigenvector lowers the loss. Measures `gradient_norm`,
    /// `lambda_min`, `lambda_max`, `drop`, the Hessian `h11`, `h12`, `h22` and the escape
    /// direction `u_x`, `u_y` (the eigenvector of `lambda_min`).
    Saddle {
        /// The point.
        at: [f64; 2],
        /// Step length along the eigenvector.
        step: f64,
    },
    /// A critical point where the Hessian vanishes: the second-order test says nothing.
    /// Measures `gradient_norm`, `lambda_min`, `lambda_max`.
    Inconclusive {
        /// The point.
        at: [f64; 2],
    },
    /// Racer i ends within `radius` of `ends[i]`. Measures `final_loss_i`, `distance_i`.
    Destinations {
        /// Where each racer should end.
        ends: Vec<[f64; 2]>,
        /// How close counts.
        radius: f64,
    },
    /// The `fast` racers arrive at least `factor` times sooner than the `slow` one (a racer
    /// that never arrives counts its whole budget). Measures `steps_i` and `arrived_i`.
    Faster {
        /// Indices of the racers that should be faster.
        fast: Vec<usize>,
        /// Index of the racer they beat.
        slow: usize,
        /// How many times sooner.
        factor: f64,
    },
    /// Racer 0 on the setup's surface descends to `descent` times its starting loss or less,
    /// while on `plateau` (same start, optimizer and steps) it stalls, its gradient below
    /// `flat`, at more than `above` times the loss it reaches from `reference_start`. Measures
    /// `loss_start`, `loss_end`, `gradient_end`, the same with `plateau_` in front, and
    /// `plateau_best`.
    Plateau {
        /// The surface that plateaus.
        plateau: String,
        /// A start from which the plateau surface's racer does descend.
        reference_start: [f64; 2],
        /// The largest final loss on the setup's surface, relative to its start.
        descent: f64,
        /// The gradient norm below which the plateau's racer counts as stalled.
        flat: f64,
        /// How many times the best loss the stalled racer's loss must exceed.
        above: f64,
    },
    /// The setup's surface and its `normalized` twin: the condition number at the start drops
    /// at least `condition_factor` times and gradient descent at lr = 1/λmax needs at least
    /// `steps_factor` times fewer steps. Measures `condition_raw`, `condition_normalized`,
    /// `steps_raw`, `steps_normalized`, `condition_ratio`, `steps_ratio`.
    Conditioning {
        /// The normalized surface.
        normalized: String,
        /// How many times the condition number must drop.
        condition_factor: f64,
        /// How many times fewer steps gradient descent must need.
        steps_factor: f64,
    },
    /// Racer 0 without noise converges into the saddle at `saddle` (it ends within `near` of
    /// it), while with the setup's gradient noise it leaves and ends below `below` times the
    /// saddle's loss. Measures `loss_start`, `distance_noiseless`, `loss_noiseless`,
    /// `gradient_noiseless`, `distance_noisy`, `loss_noisy`.
    NoiseEscape {
        /// The saddle.
        saddle: [f64; 2],
        /// How close to the saddle the noiseless racer must end.
        near: f64,
        /// The noisy racer's largest final loss, relative to the saddle's.
        below: f64,
    },
    /// Training is stuck without a small gradient: racer 0's loss ends above `loss_kept` times
    /// its start while ‖∇f‖ ends above `gradient_kept` times its start, because the steep
    /// coordinate (`axis`) bounces from wall to wall. Measures `loss_start`, `loss_end`,
    /// `gradient_start`, `gradient_end`, `flips` (updates whose `axis` coordinate has the
    /// other sign than the update before), `steps` (updates).
    Stuck {
        /// The steep coordinate.
        axis: Coordinate,
        /// The share of the starting loss the final loss must keep.
        loss_kept: f64,
        /// The share of the starting gradient norm the final one must keep.
        gradient_kept: f64,
    },
    /// One fixed learning rate fails both ways: the `oscillating` racer bounces (its `axis`
    /// coordinate flips sign on at least a share `flip_share` of the updates) and the
    /// `crawling` one never flips; neither arrives within the budget. Measures, per racer i,
    /// `arrived_i`, `flips_i`, `loss_end_i`, and `steps`.
    FixedRates {
        /// The racer with the large rate.
        oscillating: usize,
        /// The racer with the small rate.
        crawling: usize,
        /// The steep coordinate.
        axis: Coordinate,
        /// The least share of updates on which the oscillating racer flips.
        flip_share: f64,
    },
    /// Racer 0 bursts: at least `count` times its loss climbs from below `below` times its
    /// starting loss to above `above` times it; racer 1 arrives at f* + 10⁻⁶ and never bursts.
    /// Measures, per racer i, `bursts_i`, `arrived_i`, `steps_i`, `loss_end_i`.
    Bursts {
        /// Where a burst ends, relative to the starting loss.
        above: f64,
        /// Where a burst starts from, relative to the starting loss.
        below: f64,
        /// The fewest bursts of racer 0.
        count: u64,
    },
    /// RMSProp's reaction to a change of slope: along x the surface is gentle, steep (for x in
    /// `steep`), then gentle again. On the steep stretch racer 0's longest step is at least
    /// `factor` times racer 1's (it brakes late), and racer 1 is first past x = `past` (it
    /// speeds up sooner where the surface turns gentle). Measures, per racer i, `jump_i` (the
    /// longest step taken from the steep stretch) and `past_i` (the first step with
    /// x ≥ `past`, or the budget).
    Reaction {
        /// Where along x the surface is steep.
        steep: [f64; 2],
        /// The x both racers head for.
        past: f64,
        /// How many times longer racer 0's longest step must be.
        factor: f64,
    },
    /// Racers `a` and `b` take the same path: no point of one is farther than 10⁻⁹ from the
    /// other's at the same step. Measures `gap` (the largest distance) and every racer's
    /// `steps_i` and `arrived_i`.
    SamePath {
        /// One racer.
        a: usize,
        /// The other.
        b: usize,
    },
    /// Warm-up: over the first `window` updates, racer 0 at a constant learning rate rises to
    /// at least `factor` times its starting loss, while with its schedule it stays below its
    /// start. Measures `overshoot_0` (constant) and `overshoot_1` (scheduled), each the highest
    /// loss in the window over the starting loss, and the same runs' `arrived_i` and
    /// `steps_i`.
    Overshoot {
        /// How many first updates to watch.
        window: usize,
        /// How high racer 0's loss must rise, relative to the start.
        factor: f64,
    },
    /// Racer 0 with the setup's gradient noise, once per seed `0..seeds`, at a small and at a
    /// large batch size: with the small batch, at least 30 % of the runs more end in the
    /// `flat` minimum (within `radius`), and the mean testing loss of its ends is lower. The
    /// testing loss is the training loss shifted by `shift`: L_test(θ) = L(θ − shift).
    /// Measures `flat_small`, `flat_large`, `sharp_small`, `sharp_large` (runs ending near each
    /// minimum), `train_loss_small`, `train_loss_large`, `test_loss_small`, `test_loss_large`
    /// (means over the runs' ends) and `seeds`.
    BatchShare {
        /// The small batch size.
        small: u64,
        /// The large batch size.
        large: u64,
        /// Runs per batch size.
        seeds: u64,
        /// The flat minimum.
        flat: [f64; 2],
        /// The sharp minimum.
        sharp: [f64; 2],
        /// How close counts as ending there.
        radius: f64,
        /// How far the testing loss is shifted from the training loss.
        shift: [f64; 2],
    },
    /// Real mini-batches where full-batch training stopped: the setup's network (trained with
    /// its own, full, batches) has a small gradient, ‖∇L‖ ≤ `critical`, while random batches
    /// of the smallest size in `batches` have a large one, mean ‖∇L_B‖ ≥ `noisy`. Measures
    /// `gradient_full`, `gradient_smallest`, per size B `gradient_B` (root mean square over
    /// `draws` batches), `update_us_B` and `epoch_ms_B` (this machine's time for one update and
    /// one epoch; also `_full`), `noise_error` (largest relative gap to sampling theory),
    /// `negative` (the Hessian's negative eigenvalues there, of `parameters`), `examples` and
    /// `train_loss`.
    BatchNoise {
        /// Batch sizes to draw.
        batches: Vec<usize>,
        /// Batches drawn per size.
        draws: usize,
        /// Largest full-batch gradient norm.
        critical: f64,
        /// Smallest gradient norm of the smallest batches.
        noisy: f64,
    },
    /// Small batches leave a saddle point where the full batch stays: the setup's network
    /// trained from the same start for `updates` updates with each size in `batches` and with
    /// the full batch. Every small batch brings the training loss below `below`; the full
    /// batch never does, and where it ends ‖∇L‖ ≤ `critical` with a negative eigenvalue of
    /// the Hessian. Measures per size B (and `full`) `escape_B` (updates until the loss fell
    /// below `below`, in whole epochs, or all of them), `loss_B` and `start_loss_B`; at the
    /// full batch's end `gradient_full`, `negative`, `parameters`, `lambda_min`; and
    /// `examples`, `updates`. Plots the training loss against updates.
    BatchEscape {
        /// The small batch sizes.
        batches: Vec<usize>,
        /// Updates for each.
        updates: usize,
        /// The training loss that counts as having left the saddle.
        below: f64,
        /// Largest gradient norm of the full batch at its end.
        critical: f64,
    },
    /// The setup's network and an `other` one (the setup's network with these settings
    /// changed), each trained: the setup's ends with a training loss at least `margin` above
    /// the other's (or the other way round, with `other_is_worse`). Measures `train_loss`,
    /// `test_loss`, `train_accuracy`, `test_accuracy` and the same with `other_` in front, and
    /// plots both networks' training and test loss per epoch.
    TrainingGap {
        /// The settings of `[setup.network]` the other network changes.
        other: toml::Table,
        /// The two networks' names in the figure of their curves.
        names: [String; 2],
        /// How much higher the worse network's training loss must be.
        margin: f64,
        /// The other network is the one that should train worse.
        #[serde(default)]
        other_is_worse: bool,
    },
    /// The setup's network and an `other` one, each trained: the leading ratio λ₁/λ₂ of the
    /// other's Hessian is at least `factor` times the setup's. Measures `leading_ratio`,
    /// `lambda_1`, `lambda_2`, `train_loss` and the same with `other_` in front.
    LeadingRatio {
        /// The settings of `[setup.network]` the other network changes.
        other: toml::Table,
        /// How many times larger the other's leading ratio must be.
        factor: f64,
    },
    /// Overfitting and more data: the setup's network trained on `small` examples and on
    /// `large` ones (a quarter held out of each), both tested on `large` fresh examples (held
    /// out of the next seed's data). On the few it fits its training examples below the noise
    /// floor (`fit` times the loss it keeps on the many, or less), and the gap between
    /// fresh-test and training loss shrinks to `shrink` times its size or less with the many. Measures `train_loss_small`,
    /// `test_loss_small`, `gap_small`, `train_examples_small` and the same for `large`; plots,
    /// for one-feature data, the few training examples and both fitted curves.
    Overfit {
        /// Examples in the small data set.
        small: usize,
        /// Examples in the large data set.
        large: usize,
        /// The largest training loss on the few, relative to the one on the many.
        fit: f64,
        /// The largest gap with the many, relative to the gap with the few.
        shrink: f64,
    },
    /// Data augmentation: the setup's network trained on its examples as they are, with
    /// jittered copies and with upside-down copies (`augmentation` in `[setup.network]` is
    /// replaced by each), each scored on the raw training examples and on 1000 fresh ones.
    /// Jitter narrows the gap between training and test accuracy to `narrowed` times its size
    /// or less and raises the test accuracy; the upside-down copies cost at least `cost` of it
    /// (0.05: 5 points). Measures `train_accuracy_X`, `test_accuracy_X`, `gap_X` and
    /// `train_examples_X` for X in `none`, `jitter`, `upside_down`, and `test_examples`.
    Augmentation {
        /// The largest gap with jitter, relative to the gap without.
        narrowed: f64,
        /// The least test accuracy the upside-down copies cost.
        cost: f64,
    },
    /// Constraining the model: the setup's network trained without a constraint, with weight
    /// decay `decay`, with the hidden widths `fewer`, stopped early (at the epoch of the lowest
    /// loss on 50 validation examples), and with weight decay `strong`, each tested on 200
    /// fresh examples. Each of the three constraints shrinks the gap between test and training
    /// loss to `shrink` times its size or less; the strong one has a training loss at least
    /// `bias` times the moderate one's (model bias again). Measures `train_loss_X`, `test_loss_X` and `gap_X` for X in `none`,
    /// `decay`, `fewer`, `early` and `strong`, and `stop_epoch`; plots the fitted curves of
    /// one-feature data.
    Constraint {
        /// The weight decay that should close the gap.
        decay: f64,
        /// Fewer hidden units that should close it.
        fewer: Vec<usize>,
        /// The weight decay that should be too much.
        strong: f64,
        /// The largest gap with a constraint, relative to the gap without.
        shrink: f64,
        /// How many times the moderate decay's training loss the strong one's must be.
        bias: f64,
    },
    /// Model selection: the setup's network with each of `candidates` as its hidden widths,
    /// trained on three quarters of its training examples and judged on the last quarter (the
    /// validation set). The candidate picked by validation loss is neither the simplest nor
    /// the most complex; the most complex has a lower training loss than the pick but a higher
    /// test loss. Measures, per candidate i, `train_loss_i`, `validation_loss_i`,
    /// `test_loss_i`, and `pick` (the chosen index) with its `pick_validation_loss` and
    /// `pick_test_loss`, and plots the three losses against the candidate.
    ModelSelection {
        /// Hidden widths of each candidate, simplest first.
        candidates: Vec<Vec<usize>>,
    },
    /// Mismatch: the setup's network is tested on held-out examples rotated by `rotation`
    /// degrees. Its accuracy there stays at least `gap` below the unrotated test accuracy (0.1:
    /// 10 points), and trained on `large` examples instead the gap stays at least `gap` and at
    /// least `kept` times as wide. Measures
    /// `test_accuracy`, `shifted_accuracy`, `gap`, and the same with `_large`.
    Mismatch {
        /// How far the test examples are rotated, in degrees.
        rotation: f64,
        /// Examples of the larger training run.
        large: usize,
        /// The least accuracy lost to the rotation.
        gap: f64,
        /// The least share of the gap more examples keep.
        kept: f64,
    },
    /// The setup's network trained from `networks` seeds until training stops: each one's
    /// gradient norm at the end is below `gradient_drop`⁻¹ times its start, and the Hessian
    /// of each has negative eigenvalues — none is a local minimum. Measures, for the first
    /// seed (the network the app shows), `gradient_start`, `gradient_end`, `positive`,
    /// `negative`, `zero`, `parameters`, `minimum_ratio` (positive over all eigenvalues, the
    /// lecture's definition) and `train_loss`; over all seeds `networks`, `stopped`,
    /// `with_negative`, `ratio_min`, `ratio_max`; and plots each network's training loss
    /// against its minimum ratio, as the lecture's figure does.
    MinimumRatio {
        /// How many times smaller the final gradient must be than the first.
        gradient_drop: f64,
        /// How many networks (seeds) to train.
        networks: u64,
    },
    /// Batch normalization at test time: the setup's network (with BatchNorm) classifies the
    /// held-out examples with its running statistics (evaluation mode) with an accuracy of at
    /// least `eval_accuracy`, while normalizing each test example by its own statistics (train
    /// mode, batch size 1) gets at most `single_accuracy`. Measures `eval_accuracy`,
    /// `single_accuracy`, `batch_accuracy` (train mode over the whole test set at once).
    BatchNormTest {
        /// The least accuracy in evaluation mode.
        eval_accuracy: f64,
        /// The most accuracy with each example normalized alone.
        single_accuracy: f64,
    },
}

impl Check {
    /// Runs the measurement on `setup`; checks that train many networks count them on
    /// `progress`, and every training stops early when it is cancelled.
    pub fn measure(&self, setup: &Setup, progress: &Progress) -> Result<Measurement, LessonError> {
        let mut m = BTreeMap::new();
        let mut figure = None;
        let holds = match self {
            Self::Classify { points, kinds } => {
                surface_checks::classify_points(setup, points, kinds, &mut m)?
            }
            Self::Saddle { at, step } => surface_checks::saddle(setup, *at, *step, &mut m)?,
            Self::Inconclusive { at } => surface_checks::inconclusive(setup, *at, &mut m)?,
            Self::Destinations { ends, radius } => {
                surface_checks::destinations(setup, ends, *radius, &mut m)?
            }
            Self::Faster { fast, slow, factor } => {
                surface_checks::faster(setup, fast, *slow, *factor, &mut m)?
            }
            Self::Plateau {
                plateau,
                reference_start,
                descent,
                flat,
                above,
            } => surface_checks::plateau_stall(
                setup,
                plateau,
                *reference_start,
                [*descent, *flat, *above],
                &mut m,
            )?,
            Self::Conditioning {
                normalized,
                condition_factor,
                steps_factor,
            } => surface_checks::conditioning(
                setup,
                normalized,
                [*condition_factor, *steps_factor],
                &mut m,
            )?,
            Self::NoiseEscape {
                saddle,
                near,
                below,
            } => surface_checks::noise_escape(setup, *saddle, [*near, *below], &mut m)?,
            Self::Stuck {
                axis,
                loss_kept,
                gradient_kept,
            } => surface_checks::stuck(setup, *axis, [*loss_kept, *gradient_kept], &mut m)?,
            Self::FixedRates {
                oscillating,
                crawling,
                axis,
                flip_share,
            } => surface_checks::fixed_rates(
                setup,
                [*oscillating, *crawling],
                *axis,
                *flip_share,
                &mut m,
            )?,
            Self::Bursts {
                above,
                below,
                count,
            } => surface_checks::bursts(setup, [*below, *above], *count, &mut m)?,
            Self::Overshoot { window, factor } => {
                surface_checks::overshoot(setup, *window, *factor, &mut m)?
            }
            Self::BatchShare {
                small,
                large,
                seeds,
                flat,
                sharp,
                radius,
                shift,
            } => surface_checks::batch_share(
                setup,
                [*small, *large],
                *seeds,
                [*flat, *sharp],
                *radius,
                *shift,
                &mut m,
            )?,
            Self::Reaction {
                steep,
                past,
                factor,
            } => surface_checks::reaction(setup, *steep, *past, *factor, &mut m)?,
            Self::SamePath { a, b } => surface_checks::same_path(setup, [*a, *b], &mut m)?,
            Self::TrainingGap {
                other,
                names,
                margin,
                other_is_worse,
            } => {
                let (holds, curves) = network_checks::training_gap(
                    setup,
                    other,
                    names,
                    *margin,
                    *other_is_worse,
                    progress,
                    &mut m,
                )?;
                figure = Some(curves);
                holds
            }
            Self::LeadingRatio { other, factor } => {
                network_checks::leading_ratio(setup, other, *factor, progress, &mut m)?
            }
            Self::Overfit {
                small,
                large,
                fit,
                shrink,
            } => {
                let sizes = [*small, *large];
                let limits = [*fit, *shrink];
                let (holds, fits) = fit_checks::overfit(setup, sizes, limits, progress, &mut m)?;
                figure = fits;
                holds
            }
            Self::Constraint {
                decay,
                fewer,
                strong,
                shrink,
                bias,
            } => {
                let decays = [*decay, *strong];
                let limits = [*shrink, *bias];
                let (holds, fits) =
                    fit_checks::constraint(setup, decays, fewer, limits, progress, &mut m)?;
                figure = fits;
                holds
            }
            Self::ModelSelection { candidates } => {
                let (holds, curves) =
                    network_checks::model_selection(setup, candidates, progress, &mut m)?;
                figure = Some(curves);
                holds
            }
            Self::Mismatch {
                rotation,
                large,
                gap,
                kept,
            } => {
                let limits = [*gap, *kept];
                network_checks::mismatch(setup, *rotation, *large, limits, progress, &mut m)?
            }
            Self::MinimumRatio {
                gradient_drop,
                networks,
            } => {
                let (holds, plotted) = network_checks::minimum_ratio(
                    setup,
                    *gradient_drop,
                    *networks,
                    progress,
                    &mut m,
                )?;
                figure = Some(plotted);
                holds
            }
            Self::BatchNoise {
                batches,
                draws,
                critical,
                noisy,
            } => {
                let (holds, plotted) = batch_checks::batch_noise(
                    setup,
                    batches,
                    *draws,
                    [*critical, *noisy],
                    progress,
                    &mut m,
                )?;
                figure = Some(plotted);
                holds
            }
            Self::BatchEscape {
                batches,
                updates,
                below,
                critical,
            } => {
                let (holds, plotted) = batch_checks::batch_escape(
                    setup,
                    batches,
                    *updates,
                    [*below, *critical],
                    progress,
                    &mut m,
                )?;
                figure = Some(plotted);
                holds
            }
            Self::Augmentation { narrowed, cost } => {
                network_checks::augmentation(setup, [*narrowed, *cost], progress, &mut m)?
            }
            Self::BatchNormTest {
                eval_accuracy,
                single_accuracy,
            } => {
                let limits = [*eval_accuracy, *single_accuracy];
                network_checks::batch_norm_test(setup, limits, progress, &mut m)?
            }
        };
        if progress.is_cancelled() {
            return Err(LessonError::Cancelled);
        }
        Ok(Measurement {
            holds,
            measured: m,
            figure,
        })
    }
}

/// The measured quantities by name.
pub(super) type Quantities = BTreeMap<String, f64>;
