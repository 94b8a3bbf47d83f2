//! The network the Network window trains: its settings (part of the setup), and the training
//! session that runs in the background, streaming each epoch's record and, a few times a
//! second, the decision boundary (or, for the regression curve, the fitted curve), so the
//! window shows training as it happens.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use web_time::Instant;

use eframe::egui::{self, Color32, ColorImage};

use super::job::{Job, Running, as_running, take_finished};
use crate::i18n::Message;
use crate::lesson::NetworkSetup;
use crate::nn::{
    Dataset, DatasetKind, EpochRecord, Mlp, SavedNetwork, Spectrum, SpectrumWork, Split, TrainSpec,
    Training,
};
use crate::progress::Progress;
use crate::scenario::{keep, slice_of};

/// Cells per side of the decision-boundary image.
pub const BOUNDARY_CELLS: usize = 96;

/// Points of the fitted curve of a regression.
const FIT_POINTS: usize = 200;

/// The shortest time between two decision-boundary images (or fitted curves) sent while
/// training.
const BOUNDARY_INTERVAL: Duration = Duration::from_millis(150);

/// The data sets the window offers: the two-feature classification sets and the
/// one-feature regression curve.
pub const WINDOW_SETS: [DatasetKind; 6] = [
    DatasetKind::Moons,
    DatasetKind::Circles,
    DatasetKind::Spirals,
    DatasetKind::Xor,
    DatasetKind::Blobs,
    DatasetKind::Regression,
];

/// What the training thread sends after an epoch.
enum Update {
    /// The epoch's losses and accuracies.
    Record(EpochRecord),
    /// The decision boundary at that point, and the plane it covers.
    Boundary(ColorImage, [f64; 4]),
    /// The fitted curve of a one-feature regression at that point.
    Fit(Vec<[f64; 2]>),
}

/// A training the window shows as it runs, one epoch per piece of its job: each epoch's
/// record goes to the window, with the decision boundary (or fitted curve) a few times a
/// second; the last piece slices the trained network's surface and keeps it.
struct LiveTraining {
    model: Mlp,
    training: Training,
    data: Split,
    settings: NetworkSetup,
    /// The plane the decision boundary covers.
    bounds: [f64; 4],
    sender: Sender<Update>,
    repaint: egui::Context,
    /// When the last picture was sent (none yet: epoch 0 is to be shown).
    last_picture: Option<Instant>,
}

impl LiveTraining {
    /// The next epoch (epoch 0, the untrained network, first); after the last, the trained
    /// network and whether it ran to the end, or why it failed.
    fn piece(&mut self, progress: &Progress) -> Option<Result<(Mlp, bool), Message>> {
        if self.last_picture.is_none() {
            progress.start(self.settings.epochs);
            let first = self.training.history()[0].clone();
            self.show(&first, progress);
        } else if !self.training.is_over() && !progress.is_cancelled() {
            let record = self.training.epoch(&mut self.model, &self.data).clone();
            progress.tick();
            self.show(&record, progress);
        } else {
            return Some(self.finish(progress));
        }
        None
    }

    /// Sends `record`, and a picture when the last is old enough or this is the last epoch.
    fn show(&mut self, record: &EpochRecord, progress: &Progress) {
        let _ = self.sender.send(Update::Record(record.clone()));
        let last = record.epoch == self.settings.epochs || progress.is_cancelled();
        if last
            || self
                .last_picture
                .is_none_or(|t| t.elapsed() >= BOUNDARY_INTERVAL)
        {
            self.last_picture = Some(Instant::now());
            let (model, bounds) = (&self.model, self.bounds);
            let picture = if self.data.train.features == 1 {
                Update::Fit(model.curve([bounds[0], bounds[1]], FIT_POINTS))
            } else {
                Update::Boundary(boundary_image(model, bounds), bounds)
            };
            let _ = self.sender.send(picture);
        }
        self.repaint.request_repaint();
    }

    /// The trained network, its surface kept when the training ran to the end.
    fn finish(&self, progress: &Progress) -> Result<(Mlp, bool), Message> {
        if (self.training.history().last()).is_some_and(|r| !r.train_loss.is_finite()) {
            return Err(Message::new("network-training-diverged"));
        }
        let complete = !progress.is_cancelled();
        if complete {
            let (model, train) = (self.model.clone(), self.data.train.clone());
            keep(slice_of(&self.settings, model, train));
        }
        Ok((self.model.clone(), complete))
    }
}

/// The window's training session: the data, the records so far, the latest boundary and the
/// trained network.
#[derive(Default)]
pub struct NetworkSession {
    /// The training thread; its result is the trained network, and whether its surface was
    /// built and kept (only a training that ran to the end is, so that it is the seeded one).
    job: Option<Job<Result<(Mlp, bool), Message>>>,
    /// The settings being (or last) trained.
    settings: Option<NetworkSetup>,
    /// What it sends after each epoch.
    updates: Option<Receiver<Update>>,
    /// The data being (or last) trained on.
    pub split: Option<Split>,
    /// One record per finished epoch (epoch 0 = before training).
    pub history: Vec<EpochRecord>,
    /// The latest decision-boundary image, as a texture, and the plane it covers.
    pub boundary: Option<(egui::TextureHandle, [f64; 4])>,
    /// The latest fitted curve (one-feature regression): prediction against feature.
    pub fit: Option<Vec<[f64; 2]>>,
    /// The trained network, once training ended (or the one opened).
    pub model: Option<Mlp>,
    /// How it is (or was) trained.
    training: Option<TrainSpec>,
    /// The file the network shown was opened from, if it was.
    pub opened: Option<PathBuf>,
    /// Why the last start was refused or failed.
    pub error: Option<Message>,
    /// The trained network's Hessian spectrum, computed after training.
    spectrum_job: Option<Job<Option<Spectrum>>>,
    /// That spectrum.
    pub spectrum: Option<Spectrum>,
    /// The leading ratio λ₁/λ₂ of the network trained before this one, to compare with.
    pub previous_leading_ratio: Option<f64>,
}

impl NetworkSession {
    /// Starts training a fresh network with `settings`, or records why it cannot (whatever
    /// was shown stays).
    pub fn start(&mut self, settings: &NetworkSetup, ctx: &egui::Context) {
        let (split, mut model, spec) = match settings.build() {
            Ok(built) => built,
            Err(e) => {
                self.error = Some(e.message());
                return;
            }
        };
        self.stop();
        let training = match Training::start(&mut model, &split, &spec, settings.normalize_inputs) {
            Ok(training) => training,
            Err(e) => {
                self.error = Some(e.message());
                return;
            }
        };
        let (sender, updates) = channel();
        let mut live = LiveTraining {
            model,
            training,
            data: split.clone(),
            settings: settings.clone(),
            bounds: plane_bounds(&split.train),
            sender,
            repaint: ctx.clone(),
            last_picture: None,
        };
        let job = Job::spawn_in_pieces(Message::new("job-network"), ctx, move |progress| {
            live.piece(progress)
        });
        let previous_leading_ratio = self
            .spectrum
            .as_ref()
            .and_then(|s| s.leading_ratio)
            .or(self.previous_leading_ratio);
        *self = Self {
            job: Some(job),
            settings: Some(settings.clone()),
            training: Some(spec),
            updates: Some(updates),
            split: Some(split),
            boundary: self.boundary.take(),
            fit: self.fit.take(),
            previous_leading_ratio,
            ..Self::default()
        };
    }

    /// Shows a saved network, `from` a file: its data, its decision boundary (or fitted
    /// curve), its losses as saved, and its Hessian spectrum (computed in the background).
    /// A training still running stops.
    pub fn open(&mut self, saved: SavedNetwork, from: &Path, ctx: &egui::Context) {
        self.stop();
        let SavedNetwork {
            model,
            split,
            training,
        } = saved;
        let bounds = plane_bounds(&split.train);
        let boundary = (split.train.features != 1).then(|| {
            let image = boundary_image(&model, bounds);
            let texture =
                ctx.load_texture("decision-boundary", image, egui::TextureOptions::LINEAR);
            (texture, bounds)
        });
        let fit =
            (split.train.features == 1).then(|| model.curve([bounds[0], bounds[1]], FIT_POINTS));
        let previous_leading_ratio = self
            .spectrum
            .as_ref()
            .and_then(|s| s.leading_ratio)
            .or(self.previous_leading_ratio);
        *self = Self {
            spectrum_job: Some(spectrum_job(model.clone(), split.train.clone(), ctx)),
            history: vec![model.record(0, &split)],
            model: Some(model),
            split: Some(split),
            training: Some(training),
            opened: Some(from.to_path_buf()),
            boundary,
            fit,
            previous_leading_ratio,
            ..Self::default()
        };
    }

    /// The network shown, with its data and training settings, for writing to a file: once a
    /// training has ended (or a network was opened).
    pub fn saved(&self) -> Option<SavedNetwork> {
        Some(SavedNetwork {
            model: self.model.clone()?,
            split: self.split.clone()?,
            training: self.training.clone()?,
        })
    }

    /// Asks a running training (or spectrum) to stop; training keeps what it has.
    pub fn stop(&self) {
        if let Some(job) = &self.job {
            job.cancel();
        }
        if let Some(job) = &self.spectrum_job {
            job.cancel();
        }
    }

    /// The training's background job, for the app's registry.
    pub fn training_job(&self) -> Option<&dyn Running> {
        as_running(&self.job)
    }

    /// The spectrum's background job, for the app's registry.
    pub fn spectrum_job(&self) -> Option<&dyn Running> {
        as_running(&self.spectrum_job)
    }

    /// Whether the spectrum is being computed.
    pub fn computing_spectrum(&self) -> bool {
        self.spectrum_job.is_some()
    }

    /// Training progress in [0, 1], while it runs.
    pub fn progress(&self) -> Option<f32> {
        self.job.as_ref().map(Job::fraction)
    }

    /// Takes what the training thread sent; `ctx` makes the boundary texture. Returns the
    /// settings of a training that just ran to the end (its surface is kept).
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<NetworkSetup> {
        let finished = take_finished(&mut self.job);
        if let Some(updates) = &self.updates {
            while let Ok(update) = updates.try_recv() {
                match update {
                    Update::Record(record) => self.history.push(record),
                    Update::Boundary(image, bounds) => {
                        let options = egui::TextureOptions::LINEAR;
                        let texture = ctx.load_texture("decision-boundary", image, options);
                        self.boundary = Some((texture, bounds));
                    }
                    Update::Fit(curve) => self.fit = Some(curve),
                }
            }
        }
        if let Some((spectrum, cancelled)) = take_finished(&mut self.spectrum_job)
            && !cancelled
        {
            self.spectrum = spectrum;
        }
        let (result, _) = finished?;
        self.updates = None;
        match result {
            Ok((model, complete)) => {
                self.spectrum_job = self
                    .split
                    .as_ref()
                    .map(|split| spectrum_job(model.clone(), split.train.clone(), ctx));
                self.model = Some(model);
                self.settings.clone().filter(|_| complete)
            }
            Err(e) => {
                self.error = Some(e);
                None
            }
        }
    }
}

/// The Hessian's eigenvalues at the trained weights over the training data (BatchNorm in eval
/// mode), in the background, in pieces (see [`SpectrumWork`]): all of them up to
/// `MAX_FULL_HESSIAN` parameters, beyond that the `EXTREME_EIGENVALUES` smallest and largest
/// by Lanczos. No spectrum once cancelled.
fn spectrum_job(model: Mlp, train: Dataset, ctx: &egui::Context) -> Job<Option<Spectrum>> {
    let mut work = SpectrumWork::new(model, train, None, 0);
    Job::spawn_in_pieces(Message::new("job-spectrum"), ctx, move |progress| {
        if progress.is_cancelled() {
            return Some(None);
        }
        work.piece(progress).map(Some)
    })
}

/// The plane the boundary covers: the training data's box with a margin, [x0, x1, y0, y1].
fn plane_bounds(data: &Dataset) -> [f64; 4] {
    let mut b = [
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    for row in data.x.chunks_exact(data.features.max(1)) {
        b[0] = b[0].min(row[0]);
        b[1] = b[1].max(row[0]);
        if let Some(&y) = row.get(1) {
            b[2] = b[2].min(y);
            b[3] = b[3].max(y);
        }
    }
    let margin = 0.15 * (b[1] - b[0]).max(b[3] - b[2]).max(1e-9);
    [b[0] - margin, b[1] + margin, b[2] - margin, b[3] + margin]
}

/// Class colours of the data points and the boundary.
pub const CLASS_COLORS: [Color32; 5] = [
    Color32::from_rgb(31, 119, 180),
    Color32::from_rgb(230, 120, 20),
    Color32::from_rgb(44, 160, 44),
    Color32::from_rgb(200, 40, 40),
    Color32::from_rgb(148, 103, 189),
];

/// The network's class probabilities over the plane, as the class colours mixed by
/// probability and washed out toward white (row 0 at the top).
fn boundary_image(model: &Mlp, [x0, x1, y0, y1]: [f64; 4]) -> ColorImage {
    let n = BOUNDARY_CELLS;
    let mut x = Vec::with_capacity(2 * n * n);
    for j in (0..n).rev() {
        for i in 0..n {
            x.push(x0 + (x1 - x0) * (i as f64 + 0.5) / n as f64);
            x.push(y0 + (y1 - y0) * (j as f64 + 0.5) / n as f64);
        }
    }
    let outputs = model.predict(x);
    let k = model.arch.outputs;
    let pixels = outputs
        .chunks_exact(k)
        .map(|row| {
            let probabilities: Vec<f64> = if k == 1 {
                let p = crate::nn::sigmoid(row[0]);
                vec![1.0 - p, p]
            } else {
                let top = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                let e: Vec<f64> = row.iter().map(|o| (o - top).exp()).collect();
                let sum: f64 = e.iter().sum();
                e.iter().map(|v| v / sum).collect()
            };
            let mut rgb = [0.0; 3];
            for (c, p) in probabilities.iter().enumerate() {
                let color = CLASS_COLORS[c % CLASS_COLORS.len()];
                for (channel, v) in rgb.iter_mut().zip([color.r(), color.g(), color.b()]) {
                    *channel += p * f64::from(v);
                }
            }
            let wash = |v: f64| (0.45 * v + 0.55 * 255.0).round() as u8;
            Color32::from_rgb(wash(rgb[0]), wash(rgb[1]), wash(rgb[2]))
        })
        .collect();
    ColorImage::new([n, n], pixels)
}
