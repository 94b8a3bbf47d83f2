//! `losscape mlp …`: train the small network on a toy data set and print its history, a loss
//! slice through the trained weights, or the spectrum of its Hessian.

use std::io::Write;
use std::path::PathBuf;

use serde_json::json;

use super::table::{labelled, number, render};
use crate::i18n::{Language, Message};
use crate::nn::{
    Activation, Architecture, DataSpec, DatasetKind, EpochRecord, HIDDEN_WIDTHS, Loss, LossPlane,
    MAX_SLICE_GRID, MAX_SLICE_RANGE, Mlp, Named, NormMode, SavedNetwork, SpectrumWork, Split,
    TrainSpec, by_torch_name, check_fit, filter_normalized, hessian_directions, named_weights,
    pca_directions,
};
use crate::progress::Progress;

/// The MLP subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum MlpCommand {
    /// Train a network and print its loss and accuracy per epoch.
    Train {
        /// Data, network and training.
        #[command(flatten)]
        net: NetArgs,
        /// Save the trained network, its data and its settings to FILE (JSON; see the README
        /// for reading it in PyTorch).
        #[arg(long, value_name = "FILE")]
        save: Option<PathBuf>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Train a network, then its loss on a plane through the trained weights.
    Slice {
        /// Data, network and training.
        #[command(flatten)]
        net: NetArgs,
        /// Cells per side of the grid.
        #[arg(long, default_value_t = 51)]
        grid: usize,
        /// α and β run over [−RANGE, RANGE].
        #[arg(long, default_value_t = 1.0, allow_negative_numbers = true)]
        range: f64,
        /// How the plane's two directions are chosen.
        #[arg(long, value_enum, default_value_t = Directions::Random)]
        directions: Directions,
        /// With `--directions weights`: the two weights, as LAYER.TO.FROM (e.g. 1.0.0,2.3.1).
        #[arg(long, value_name = "A,B")]
        weights: Option<String>,
        /// Print CSV rows alpha,beta,loss.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Train a network, then the eigenvalues of its loss's Hessian at the trained weights.
    Spectrum {
        /// Data, network and training.
        #[command(flatten)]
        net: NetArgs,
        /// Only the K smallest and K largest eigenvalues, by Lanczos (always beyond 2,000
        /// parameters).
        #[arg(long, value_name = "K")]
        extremes: Option<usize>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// How a slice's plane is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Directions {
    /// Filter-normalized random directions (Li et al. 2018); biases and batch-norm
    /// parameters are left out.
    Random,
    /// The two principal components of the training trajectory (epoch by epoch).
    Pca,
    /// The Hessian's two leading eigenvectors.
    Hessian,
    /// Two named weights.
    Weights,
}

/// Hidden-layer widths given as `16,16`.
#[derive(Clone, Debug, PartialEq)]
pub struct Widths(pub Vec<usize>);

/// Parses `16,16` into widths of [`HIDDEN_WIDTHS`].
pub fn parse_widths(text: &str) -> Result<Widths, String> {
    text.split(',')
        .map(|w| match w.trim().parse::<usize>() {
            Ok(v) if HIDDEN_WIDTHS.contains(&v) => Ok(v),
            _ => Err(format!(
                "'{}' is not a width from {} to {} (expected e.g. 16,16)",
                w.trim(),
                HIDDEN_WIDTHS.start(),
                HIDDEN_WIDTHS.end()
            )),
        })
        .collect::<Result<_, _>>()
        .map(Widths)
}

/// The data set, the network and how it is trained.
#[derive(Debug, clap::Args)]
pub struct NetArgs {
    /// The toy data set.
    #[arg(long, value_enum, default_value_t = DatasetKind::Moons)]
    pub dataset: DatasetKind,
    /// Examples in all (a quarter is held out for testing).
    #[arg(long, default_value_t = 400)]
    pub samples: usize,
    /// Noise of the data set (its own default when not given).
    #[arg(long, value_name = "SIGMA", allow_negative_numbers = true)]
    pub noise: Option<f64>,
    /// Scale of the `linear` data set's second feature.
    #[arg(long, default_value_t = 10.0, allow_negative_numbers = true)]
    pub scale: f64,
    /// Hidden-layer widths, e.g. 16,16.
    #[arg(long, default_value = "16,16", value_parser = parse_widths)]
    pub hidden: Widths,
    /// Hidden layers' non-linearity.
    #[arg(long, value_enum, default_value_t = Activation::Tanh)]
    pub activation: Activation,
    /// BatchNorm after each hidden linear layer.
    #[arg(long)]
    pub batchnorm: bool,
    /// Scale the input features to mean 0 and variance 1.
    #[arg(long)]
    pub normalize_inputs: bool,
    /// The loss (default: ce for classes, mse for regression).
    #[arg(long, value_enum)]
    pub loss: Option<Loss>,
    /// L2 penalty (λ/2)·‖W‖² on the weights.
    #[arg(long, default_value_t = 0.0, allow_negative_numbers = true)]
    pub weight_decay: f64,
    /// Optimizer SPEC, as for the surfaces.
    #[arg(long, default_value = "adam:lr=0.01")]
    pub optimizer: String,
    /// Passes over the training set.
    #[arg(long, default_value_t = 100)]
    pub epochs: usize,
    /// Examples per update.
    #[arg(long, default_value_t = 32)]
    pub batch: usize,
    /// Seed of the data, the initial weights and the shuffling.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// A network saved by `mlp train --save`: its data, weights and training settings take
    /// the place of the settings above; `mlp train` trains it --epochs more.
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = [
            "dataset", "samples", "noise", "scale", "hidden", "activation", "batchnorm",
            "normalize_inputs", "loss", "weight_decay", "optimizer", "batch", "seed"
        ]
    )]
    pub load: Option<PathBuf>,
}

impl NetArgs {
    /// The data, an untrained network and the training settings these arguments describe.
    pub fn build(&self) -> anyhow::Result<(Split, Mlp, TrainSpec)> {
        let mut data = DataSpec::new(self.dataset);
        data.samples = self.samples;
        data.noise = self.noise.unwrap_or(data.noise);
        data.scale = self.scale;
        data.seed = self.seed;
        let split = data.generate()?;
        let classes = split.train.classes;
        let loss = self
            .loss
            .unwrap_or(if classes == 0 { Loss::Mse } else { Loss::Ce });
        let outputs = if classes == 0 || loss == Loss::Bce {
            1
        } else {
            classes
        };
        let arch = Architecture {
            inputs: split.train.features,
            hidden: self.hidden.0.clone(),
            outputs,
            activation: self.activation,
            batch_norm: self.batchnorm,
            loss,
            weight_decay: self.weight_decay,
        };
        check_fit(&split.train, &arch)?;
        let model = Mlp::new(arch, self.seed)?;
        let train = TrainSpec {
            optimizer: super::commands::optimizer(&self.optimizer)?,
            epochs: self.epochs,
            batch: self.batch,
            seed: self.seed,
        };
        train.validate(&model, &split)?;
        Ok((split, model, train))
    }

    /// The network to work on, with its history: loaded from `--load` (and trained --epochs
    /// more when `train_more`; else its history is its state as saved), or built from these
    /// settings and trained.
    fn network(&self, train_more: bool) -> anyhow::Result<Network> {
        let Some(path) = &self.load else {
            let (split, mut model, spec) = self.build()?;
            let history = model.train(&split, &spec, self.normalize_inputs, &Progress::new())?;
            let data = self.dataset.name().to_owned();
            return Ok((split, model, spec, history, data));
        };
        let saved = SavedNetwork::read(path)?;
        let SavedNetwork {
            mut model,
            split,
            mut training,
        } = saved;
        let data = path.display().to_string();
        if !train_more {
            let history = vec![model.record(0, &split)];
            return Ok((split, model, training, history, data));
        }
        training.epochs = self.epochs;
        // The saved input normalization stays: it is part of the network.
        let history = model.train(&split, &training, false, &Progress::new())?;
        Ok((split, model, training, history, data))
    }

    /// A one-line description: data, shape, loss, optimizer.
    fn describe(data: &str, split: &Split, model: &Mlp, spec: &TrainSpec) -> Message {
        let arch = &model.arch;
        let switch =
            |on: bool, key: &'static str| Message::new(if on { key } else { "cli-network-off" });
        Message::new("cli-network")
            .arg("data", data)
            .arg("train", split.train.len())
            .arg("test", split.test.len())
            .arg("shape", arch.shape())
            .arg("activation", arch.activation.name())
            .part(
                "batch-norm",
                switch(arch.batch_norm, "cli-network-batch-norm"),
            )
            .part(
                "normalized",
                switch(model.scaler.is_some(), "cli-network-normalized"),
            )
            .arg("loss", arch.loss.name())
            .arg("optimizer", spec.optimizer.label())
            .arg("batch", spec.batch)
            .arg("parameters", model.params.len())
    }
}

/// A network to work on: its data, itself, how it was trained, its history and the name of
/// its data (a data set, or the file it was loaded from).
type Network = (Split, Mlp, TrainSpec, Vec<EpochRecord>, String);

/// Runs an `mlp` subcommand.
pub fn execute(command: MlpCommand, language: Language, out: &mut dyn Write) -> anyhow::Result<()> {
    match command {
        MlpCommand::Train { net, save, json } => train(&net, save.as_deref(), json, language, out),
        MlpCommand::Spectrum {
            net,
            extremes,
            json,
        } => spectrum(&net, extremes, json, language, out),
        MlpCommand::Slice {
            net,
            grid,
            range,
            directions,
            weights,
            csv,
            json,
        } => {
            let plane = SliceRequest {
                grid,
                range,
                directions,
                weights,
            };
            slice(&net, &plane, csv, json, language, out)
        }
    }
}

/// Which plane `mlp slice` samples, and how finely.
struct SliceRequest {
    grid: usize,
    range: f64,
    directions: Directions,
    weights: Option<String>,
}

fn slice(
    net: &NetArgs,
    request: &SliceRequest,
    csv: bool,
    json: bool,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    if !(2..=MAX_SLICE_GRID).contains(&request.grid) {
        let problem = Message::new("cli-bad-grid")
            .arg("most", MAX_SLICE_GRID)
            .arg("value", request.grid);
        return Err(problem.into());
    }
    if !(request.range > 0.0 && request.range <= MAX_SLICE_RANGE) {
        let problem = Message::new("cli-bad-range")
            .arg("most", format!("{MAX_SLICE_RANGE:e}"))
            .arg("value", request.range);
        return Err(problem.into());
    }
    let (split, model, spec, history, data) = net.network(false)?;
    let mut path = None;
    let directions = match request.directions {
        Directions::Random => filter_normalized(&model, spec.seed),
        Directions::Hessian => hessian_directions(&model, &split.train, spec.seed),
        Directions::Pca => {
            let trajectory: Vec<Vec<f64>> = history.iter().map(|r| r.params.clone()).collect();
            let plane = pca_directions(&trajectory)?;
            path = Some(plane.path);
            plane.directions
        }
        Directions::Weights => {
            let names = request.weights.as_deref().unwrap_or_default();
            let Some((a, b)) = names.split_once(',') else {
                return Err(Message::new("cli-weights-needed").into());
            };
            named_weights(&model, [a.trim(), b.trim()])?
        }
    };
    let plane = LossPlane {
        model,
        data: split.train.clone(),
        directions,
    };
    let slice = plane.slice(request.grid, request.range, &Progress::new());
    let n = slice.coordinates.len();
    if csv {
        writeln!(out, "alpha,beta,loss")?;
        for (j, beta) in slice.coordinates.iter().enumerate() {
            for (i, alpha) in slice.coordinates.iter().enumerate() {
                writeln!(out, "{alpha},{beta},{}", slice.loss[j * n + i])?;
            }
        }
        return Ok(());
    }
    if json {
        let rows: Vec<&[f64]> = slice.loss.chunks(n).collect();
        let value = json!({
            "directions": format!("{:?}", request.directions).to_lowercase(),
            "coordinates": slice.coordinates,
            "loss": rows,
            "trajectory": path,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    let finite: Vec<f64> = slice
        .loss
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    let low = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let high = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let description = NetArgs::describe(&data, &split, &plane.model, &spec);
    writeln!(out, "{}", description.text(language))?;
    let tr = |key: &str| language.text(key);
    let heading = [
        ("directions", format!("{:?}", request.directions)),
        ("n", n.to_string()),
        ("r", number(Some(request.range), 4)),
    ];
    writeln!(out, "{}", language.text_with("cli-slice-heading", &heading))?;
    let at_trained = number(Some(plane.value([0.0, 0.0])), 4);
    let mut rows = vec![(tr("cli-slice-at-trained"), at_trained)];
    if finite.is_empty() {
        rows.push((tr("cli-slice-no-finite"), String::new()));
    } else {
        rows.push((tr("cli-slice-lowest"), number(Some(low), 4)));
        rows.push((tr("cli-slice-highest"), number(Some(high), 4)));
    }
    write!(out, "{}", labelled(&rows))?;
    writeln!(out, "{}", tr("cli-slice-more"))?;
    Ok(())
}

fn spectrum(
    net: &NetArgs,
    extremes: Option<usize>,
    json: bool,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let (split, model, spec, history, data_name) = net.network(false)?;
    let trained = history.last().map_or(f64::NAN, |r| r.train_loss);
    if !trained.is_finite() {
        return Err(Message::new("cli-diverged-no-hessian").into());
    }
    if extremes == Some(0) {
        return Err(Message::new("cli-extremes-zero").into());
    }
    let p = model.params.len();
    let mode = NormMode::Running(&model.running);
    let data = &split.train;
    let work = SpectrumWork::new(model.clone(), data.clone(), extremes, spec.seed);
    let spectrum = work.run(&Progress::new());
    if json {
        let mut value = serde_json::to_value(&spectrum)?;
        value["train_loss"] = json!(trained);
        // The gradient there too, under torch's names, for checking against autograd.
        let gradient = model.loss_and_gradient(&model.params, data, mode).gradient;
        value["gradient"] = json!(by_torch_name(&model.arch.layout(), &gradient));
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        NetArgs::describe(&data_name, &split, &model, &spec).text(language)
    )?;
    let heading = [
        ("loss", number(Some(trained), 4)),
        ("epochs", spec.epochs.to_string()),
        ("examples", data.len().to_string()),
    ];
    let key = if model.arch.batch_norm {
        "cli-spectrum-heading-batch-norm"
    } else {
        "cli-spectrum-heading"
    };
    writeln!(out, "{}", language.text_with(key, &heading))?;
    let tr = |key: &str| language.text(key);
    let e = &spectrum.eigenvalues;
    let list = |v: &[f64]| {
        v.iter()
            .map(|x| number(Some(*x), 4))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut rows = Vec::new();
    if spectrum.complete {
        let signs = [
            ("positive", spectrum.positive.to_string()),
            ("negative", spectrum.negative.to_string()),
            (
                "zero",
                (p - spectrum.positive - spectrum.negative).to_string(),
            ),
        ];
        let ratio = [("ratio", number(spectrum.minimum_ratio, 4))];
        let condition = [("condition", number(spectrum.condition_number, 4))];
        rows.extend([
            (tr("cli-spectrum-parameters"), p.to_string()),
            (tr("cli-spectrum-smallest"), list(&e[..e.len().min(5)])),
            (
                tr("cli-spectrum-largest"),
                list(&e[e.len().saturating_sub(5)..]),
            ),
            (
                tr("cli-spectrum-signs"),
                language.text_with("cli-spectrum-signs-value", &signs),
            ),
            (
                tr("cli-spectrum-minimum-ratio"),
                language.text_with("cli-spectrum-minimum-ratio-value", &ratio),
            ),
            (
                tr("cli-spectrum-condition"),
                language.text_with("cli-spectrum-condition-value", &condition),
            ),
        ]);
    } else {
        let k = e.len() / 2;
        let count = [("count", p.to_string())];
        rows.extend([
            (
                tr("cli-spectrum-parameters"),
                language.text_with("cli-spectrum-lanczos", &count),
            ),
            (tr("cli-spectrum-smallest"), list(&e[..k])),
            (tr("cli-spectrum-largest"), list(&e[k..])),
        ]);
    }
    if spectrum.leading_ratio.is_some() {
        let ratio = [("ratio", number(spectrum.leading_ratio, 4))];
        rows.push((
            tr("cli-spectrum-leading"),
            language.text_with("cli-spectrum-leading-value", &ratio),
        ));
    }
    write!(out, "{}", labelled(&rows))?;
    Ok(())
}

fn train(
    net: &NetArgs,
    save: Option<&std::path::Path>,
    json: bool,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let (split, model, spec, history, data) = net.network(true)?;
    let Some(last) = history.last() else {
        return Err(Message::new("cli-nothing-recorded").into());
    };
    if let Some(path) = save {
        if !last.train_loss.is_finite() {
            let refused = Message::new("cli-diverged-not-written").arg("path", path.display());
            return Err(refused.into());
        }
        let saved = SavedNetwork {
            model: model.clone(),
            split: split.clone(),
            training: spec.clone(),
        };
        std::fs::write(path, saved.to_json()?).map_err(|e| {
            Message::new("file-cannot-write")
                .arg("path", path.display())
                .arg("error", e)
        })?;
    }
    if json {
        let value = json!({
            "description": NetArgs::describe(&data, &split, &model, &spec).to_string(),
            "parameters": model.params.len(),
            "epochs": last.epoch,
            "train_loss": finite(last.train_loss),
            "test_loss": finite(last.test_loss),
            "train_accuracy": last.train_accuracy,
            "test_accuracy": last.test_accuracy,
            "history": history.iter().map(|r| json!({
                "epoch": r.epoch,
                "train_loss": finite(r.train_loss),
                "test_loss": finite(r.test_loss),
                "train_accuracy": r.train_accuracy,
                "test_accuracy": r.test_accuracy,
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    let description = NetArgs::describe(&data, &split, &model, &spec);
    writeln!(out, "{}", description.text(language))?;
    let every = (history.len() / 10).max(1);
    let rows: Vec<Vec<String>> = history
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0 || *i + 1 == history.len())
        .map(|(_, r)| row(r))
        .collect();
    let header = [
        "cli-train-epoch",
        "cli-train-train-loss",
        "cli-train-test-loss",
        "cli-train-train-accuracy",
        "cli-train-test-accuracy",
    ]
    .map(|key| language.text(key));
    write!(out, "{}", render(&header, &rows))?;
    if !last.train_loss.is_finite() {
        let epoch = [("epoch", last.epoch.to_string())];
        writeln!(out, "{}", language.text_with("cli-train-diverged", &epoch))?;
    }
    Ok(())
}

fn row(r: &EpochRecord) -> Vec<String> {
    let percent = |a: Option<f64>| a.map_or("—".into(), |a| format!("{:.1} %", 100.0 * a));
    vec![
        r.epoch.to_string(),
        number(Some(r.train_loss), 4),
        number(Some(r.test_loss).filter(|v| !v.is_nan()), 4),
        percent(r.train_accuracy),
        percent(r.test_accuracy),
    ]
}

/// JSON has no NaN or infinity: those become null.
fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}
