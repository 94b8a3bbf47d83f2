//! Measurements on a network fitted to a one-feature regression: overfitting with few
//! examples, and the constraints that close the gap (or, too strong, bring model bias back),
//! each drawn as its fitted curve over the training examples.

use super::LessonError;
use super::caption::{Caption, CaptionArg};
use super::check::{Figure, Quantities, Series};
use super::network::{NetworkSetup, Trained};
use super::network_checks::{fresh_examples, network_of};
use super::setup::Setup;
use crate::nn::{Dataset, Mlp};
use crate::progress::Progress;

/// Points where a fitted curve is drawn.
const CURVE_POINTS: usize = 120;

/// Fresh examples a fit is tested on.
const FRESH: usize = 200;

/// Examples of the validation set early stopping watches.
const VALIDATION: usize = 50;

/// The examples of one-feature regression data as dots named `name`, if that is what they are.
fn examples(data: &Dataset, name: Caption) -> Option<Series> {
    data.regression_points().map(|points| Series {
        name,
        line: false,
        points,
    })
}

/// `model`'s curve over the feature's range in `data`, named `name` (one-feature data only).
fn fitted_curve(model: &Mlp, data: &Dataset, name: Caption) -> Option<Series> {
    if data.features != 1 {
        return None;
    }
    let range = (data.x.iter().copied()).fold([f64::INFINITY, f64::NEG_INFINITY], |[l, h], x| {
        [l.min(x), h.max(x)]
    });
    Some(Series {
        name,
        line: true,
        points: model.curve(range, CURVE_POINTS),
    })
}

/// A caption's `count` argument: `n`.
fn count(n: usize) -> Vec<(&'static str, CaptionArg)> {
    vec![("count", CaptionArg::Text(n.to_string()))]
}

/// Records `model`'s loss on its training examples and on `fresh` ones, and their gap.
fn record_fit(suffix: &str, model: &Mlp, train: &Dataset, fresh: &Dataset, m: &mut Quantities) {
    let (on_train, on_fresh) = (
        model.loss_at(&model.params, train),
        model.loss_at(&model.params, fresh),
    );
    m.insert(format!("train_loss_{suffix}"), on_train);
    m.insert(format!("test_loss_{suffix}"), on_fresh);
    m.insert(format!("gap_{suffix}"), on_fresh - on_train);
}

/// The figure of fitted curves, when the data has one feature.
fn curves_figure(title: &'static str, series: Vec<Series>) -> Option<Figure> {
    (!series.is_empty()).then(|| Figure {
        title: Caption::new(title),
        x: Caption::new("figure-axis-x"),
        y: Caption::new("figure-axis-y"),
        series,
    })
}

/// The setup's network trained on few and on many examples, both tested on fresh ones.
pub(super) fn overfit(
    setup: &Setup,
    sizes: [usize; 2],
    [fit, shrink]: [f64; 2],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<(bool, Option<Figure>), LessonError> {
    let network = network_of(setup)?;
    let fresh = fresh_examples(network, sizes[1], 1)?;
    let mut series = Vec::new();
    for (suffix, samples) in ["small", "large"].into_iter().zip(sizes) {
        let Trained { model, split, .. } = NetworkSetup {
            samples,
            ..network.clone()
        }
        .train(&progress.child())?;
        let n = split.train.len();
        record_fit(suffix, &model, &split.train, &fresh, m);
        m.insert(format!("train_examples_{suffix}"), n as f64);
        if suffix == "small" {
            let name = Caption::with("figure-series-training-examples-n", count(n));
            series.extend(examples(&split.train, name));
        }
        let name = Caption::with("figure-series-fitted-to", count(n));
        series.extend(fitted_curve(&model, &fresh, name));
    }
    let holds = m["train_loss_small"] <= fit * m["train_loss_large"]
        && m["gap_small"] > 0.0
        && m["gap_large"] <= shrink * m["gap_small"];
    let figure = curves_figure("figure-fitted-few-and-many", series);
    Ok((holds, figure))
}

/// The setup's network unconstrained, with weight decay `decay`, with the hidden widths
/// `fewer`, stopped early on a validation set, and with weight decay `strong`.
pub(super) fn constraint(
    setup: &Setup,
    [decay, strong]: [f64; 2],
    fewer: &[usize],
    [shrink, bias]: [f64; 2],
    progress: &Progress,
    m: &mut Quantities,
) -> Result<(bool, Option<Figure>), LessonError> {
    let network = network_of(setup)?;
    let fresh = fresh_examples(network, FRESH, 1)?;
    let validation = fresh_examples(network, VALIDATION, 2)?;
    let variants = [
        (
            "none",
            "figure-series-no-constraint",
            NetworkSetup {
                weight_decay: 0.0,
                ..network.clone()
            },
        ),
        (
            "decay",
            "figure-series-weight-decay",
            NetworkSetup {
                weight_decay: decay,
                ..network.clone()
            },
        ),
        (
            "fewer",
            "figure-series-fewer-units",
            NetworkSetup {
                hidden: fewer.to_vec(),
                ..network.clone()
            },
        ),
        (
            "strong",
            "figure-series-strong-decay",
            NetworkSetup {
                weight_decay: strong,
                ..network.clone()
            },
        ),
    ];
    let mut series = Vec::new();
    let mut unconstrained = None;
    for (suffix, name, variant) in variants {
        let trained = variant.train(&progress.child())?;
        record_fit(suffix, &trained.model, &trained.split.train, &fresh, m);
        if suffix == "none" {
            let examples_name = Caption::new("figure-series-training-examples");
            series.extend(examples(&trained.split.train, examples_name));
        }
        series.extend(fitted_curve(&trained.model, &fresh, Caption::new(name)));
        if suffix == "none" {
            unconstrained = Some(trained);
        }
    }
    // Early stopping: the unconstrained training's weights at the epoch of the lowest loss on
    // a validation set (examples apart from both the training and the test ones).
    let Trained {
        mut model,
        split,
        history,
    } = unconstrained.ok_or(LessonError::NothingRecorded)?;
    let stop = (history.iter())
        .map(|r| (model.loss_at(&r.params, &validation), r))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, r)| r)
        .ok_or(LessonError::NothingRecorded)?;
    m.insert("stop_epoch".into(), stop.epoch as f64);
    model.params = stop.params.clone();
    record_fit("early", &model, &split.train, &fresh, m);
    let epoch = vec![("epoch", CaptionArg::Text(stop.epoch.to_string()))];
    let name = Caption::with("figure-series-stopped-at", epoch);
    series.extend(fitted_curve(&model, &fresh, name));
    let closes = |suffix: &str| m[&format!("gap_{suffix}")] <= shrink * m["gap_none"];
    let holds = closes("decay")
        && closes("fewer")
        && closes("early")
        && m["train_loss_strong"] >= bias * m["train_loss_decay"];
    let figure = curves_figure("figure-constraints", series);
    Ok((holds, figure))
}
