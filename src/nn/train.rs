//! Training with the core's optimizers (the same update rules as on the 2-D surfaces):
//! shuffled mini-batches, epochs, a seed, and the history of loss and accuracy.

use crate::i18n::Message;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::NnError;
use super::data::{Dataset, Split};
use super::loss::{Loss, Targets};
use super::model::{Architecture, Mlp, NormMode, Scaler};
use crate::optim::{OptimizerKind, OptimizerSpec, OptimizerState};
use crate::progress::Progress;

/// How to train.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainSpec {
    /// Optimizer and hyper-parameters.
    pub optimizer: OptimizerSpec,
    /// Passes over the training set.
    pub epochs: usize,
    /// Examples per update.
    pub batch: usize,
    /// Seed of the shuffling.
    pub seed: u64,
}

/// Losses and accuracies after an epoch (epoch 0: before training), in evaluation mode.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EpochRecord {
    /// Epochs done.
    pub epoch: usize,
    /// Loss on the training set.
    pub train_loss: f64,
    /// Loss on the test set.
    pub test_loss: f64,
    /// Share of training examples classified correctly (classification only).
    pub train_accuracy: Option<f64>,
    /// Share of test examples classified correctly (classification only).
    pub test_accuracy: Option<f64>,
    /// θ after this epoch (for the principal directions of the trajectory).
    #[serde(skip)]
    pub params: Vec<f64>,
}

/// Most epochs of one training.
pub const MAX_EPOCHS: usize = 100_000;

impl TrainSpec {
    /// Refuses settings that cannot train.
    pub fn validate(&self, model: &Mlp, split: &Split) -> Result<(), NnError> {
        let bad = |what: Message| Err(NnError::Training(what));
        self.optimizer
            .validate()
            .map_err(|e| NnError::Training(e.0))?;
        if self.optimizer.kind == OptimizerKind::Newton {
            return bad(Message::new("nn-no-newton"));
        }
        if !(1..=MAX_EPOCHS).contains(&self.epochs) {
            let problem = Message::new("nn-epochs-outside")
                .arg("most", MAX_EPOCHS)
                .arg("value", self.epochs);
            return bad(problem);
        }
        if self.batch == 0 {
            return bad(Message::new("nn-batch-zero"));
        }
        if model.arch.batch_norm && self.batch.min(split.train.len()) < 2 {
            return bad(Message::new("nn-batch-norm-small-batch"));
        }
        if split.train.is_empty() {
            return bad(Message::new("nn-no-training-examples"));
        }
        if split.train.features != model.arch.inputs {
            let problem = Message::new("nn-features-not-inputs")
                .arg("features", split.train.features)
                .arg("inputs", model.arch.inputs);
            return bad(problem);
        }
        check_fit(&split.train, &model.arch)
    }
}

/// Refuses a loss or output count that does not fit the data's targets.
pub fn check_fit(data: &Dataset, arch: &Architecture) -> Result<(), NnError> {
    let classes = data.classes;
    let (loss, outputs) = (arch.loss, arch.outputs);
    let misfit = match &data.targets {
        Targets::Values(_) if loss != Loss::Mse || outputs != 1 => {
            Some(Message::new("nn-regression-fit"))
        }
        Targets::Classes(_) if loss == Loss::Bce && classes != 2 => {
            Some(Message::new("nn-bce-classes").arg("classes", classes))
        }
        Targets::Classes(_) if loss != Loss::Bce && classes > outputs => Some(
            Message::new("nn-classes-outputs")
                .arg("classes", classes)
                .arg("outputs", outputs),
        ),
        _ => None,
    };
    misfit.map_or(Ok(()), |m| Err(NnError::Training(m)))
}

impl Mlp {
    /// The current losses and accuracies.
    pub fn record(&self, epoch: usize, split: &Split) -> EpochRecord {
        EpochRecord {
            epoch,
            train_loss: self.loss_at(&self.params, &split.train),
            test_loss: if split.test.is_empty() {
                f64::NAN
            } else {
                self.loss_at(&self.params, &split.test)
            },
            train_accuracy: self.accuracy(&split.train),
            test_accuracy: self
                .accuracy(&split.test)
                .filter(|_| !split.test.is_empty()),
            params: self.params.clone(),
        }
    }

    /// Trains on `split.train` (fitting the input scaler first when `normalize_inputs`),
    /// recording every epoch. Stops early, keeping what was done, when `progress` is cancelled
    /// or the loss stops being finite.
    pub fn train(
        &mut self,
        split: &Split,
        spec: &TrainSpec,
        normalize_inputs: bool,
        progress: &Progress,
    ) -> Result<Vec<EpochRecord>, NnError> {
        let mut training = Training::start(self, split, spec, normalize_inputs)?;
        progress.start(spec.epochs);
        while !training.is_over() {
            training.epoch(self, split);
            progress.tick();
            if progress.is_cancelled() {
                break;
            }
        }
        Ok(training.into_history())
    }
}

/// A training under way, an epoch at a time, so that its caller can look at the network
/// between epochs, stop, or spread the epochs over the frames of a page.
pub struct Training {
    spec: TrainSpec,
    optimizer: OptimizerState,
    rng: ChaCha8Rng,
    /// The training examples in this epoch's shuffled order.
    order: Vec<usize>,
    history: Vec<EpochRecord>,
}

impl Training {
    /// Checks the settings, fits `model`'s input scaler when `normalize_inputs`, and records
    /// epoch 0.
    pub fn start(
        model: &mut Mlp,
        split: &Split,
        spec: &TrainSpec,
        normalize_inputs: bool,
    ) -> Result<Self, NnError> {
        spec.validate(model, split)?;
        if normalize_inputs {
            model.scaler = Some(Scaler::fit(&split.train));
        }
        Ok(Self {
            spec: spec.clone(),
            optimizer: OptimizerState::new(spec.optimizer.clone(), model.params.len()),
            rng: ChaCha8Rng::seed_from_u64(spec.seed),
            order: (0..split.train.len()).collect(),
            history: vec![model.record(0, split)],
        })
    }

    /// The records so far, epoch 0 first.
    pub fn history(&self) -> &[EpochRecord] {
        &self.history
    }

    /// Whether it is over: every epoch run, or the loss no longer finite.
    pub fn is_over(&self) -> bool {
        self.history
            .last()
            .is_none_or(|r| r.epoch >= self.spec.epochs || !r.train_loss.is_finite())
    }

    /// Runs the next epoch on `model` (the one it started with): one pass over the shuffled
    /// training set in mini-batches; its record.
    pub fn epoch(&mut self, model: &mut Mlp, split: &Split) -> &EpochRecord {
        let n = split.train.len();
        let batch = self.spec.batch.min(n);
        for i in (1..n).rev() {
            self.order.swap(i, self.rng.random_range(0..=i));
        }
        // A last batch too small for batch norm joins the previous one.
        let mut starts: Vec<usize> = (0..n).step_by(batch).collect();
        if model.arch.batch_norm && n % batch == 1 && starts.len() > 1 {
            starts.pop();
        }
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(n);
            let rows = &self.order[start..end];
            let data = split.train.select(rows);
            let pass = model.loss_and_gradient(&model.params, &data, NormMode::Batch);
            model.update_running(&pass.batch_stats, rows.len());
            let lr = self.spec.optimizer.lr;
            self.optimizer
                .step(&mut model.params, &pass.gradient, lr, None);
        }
        let epoch = self.history.len();
        self.history.push(model.record(epoch, split));
        &self.history[epoch]
    }

    /// Every record, epoch 0 first.
    pub fn into_history(self) -> Vec<EpochRecord> {
        self.history
    }
}
