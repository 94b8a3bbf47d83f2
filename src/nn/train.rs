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
        self.train_observed(split, spec, normalize_inputs, progress, &mut |_, _| {})
    }

    /// [`Mlp::train`], showing `observe` the network and its record after every epoch (and
    /// before the first).
    pub fn train_observed(
        &mut self,
        split: &Split,
        spec: &TrainSpec,
        normalize_inputs: bool,
        progress: &Progress,
        observe: &mut dyn FnMut(&Mlp, &EpochRecord),
    ) -> Result<Vec<EpochRecord>, NnError> {
        spec.validate(self, split)?;
        if normalize_inputs {
            self.scaler = Some(Scaler::fit(&split.train));
        }
        let mut optimizer = OptimizerState::new(spec.optimizer.clone(), self.params.len());
        let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
        let n = split.train.len();
        let batch = spec.batch.min(n);
        let mut order: Vec<usize> = (0..n).collect();
        let mut history = vec![self.record(0, split)];
        observe(self, &history[0]);
        progress.start(spec.epochs);
        for epoch in 1..=spec.epochs {
            for i in (1..n).rev() {
                order.swap(i, rng.random_range(0..=i));
            }
            // A last batch too small for batch norm joins the previous one.
            let mut starts: Vec<usize> = (0..n).step_by(batch).collect();
            if self.arch.batch_norm && n % batch == 1 && starts.len() > 1 {
                starts.pop();
            }
            for (k, &start) in starts.iter().enumerate() {
                let end = starts.get(k + 1).copied().unwrap_or(n);
                let rows = &order[start..end];
                let data = split.train.select(rows);
                let pass = self.loss_and_gradient(&self.params, &data, NormMode::Batch);
                self.update_running(&pass.batch_stats, rows.len());
                optimizer.step(&mut self.params, &pass.gradient, spec.optimizer.lr, None);
            }
            let record = self.record(epoch, split);
            let finite = record.train_loss.is_finite();
            observe(self, &record);
            history.push(record);
            progress.tick();
            if !finite || progress.is_cancelled() {
                break;
            }
        }
        Ok(history)
    }
}
