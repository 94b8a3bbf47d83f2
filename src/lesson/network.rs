//! The network a lesson trains: data, architecture and training settings, as the Network
//! window shows them and as the headless check measures them.

use serde::{Deserialize, Serialize};

use super::LessonError;
use crate::nn::{
    Activation, Architecture, Augmentation, DataSpec, DatasetKind, EpochRecord, Initialization,
    Loss, Mlp, Split, TrainSpec,
};
use crate::progress::Progress;

/// A network lesson's data, network and training.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NetworkSetup {
    /// The data set.
    pub dataset: DatasetKind,
    /// Examples in all (a quarter is held out).
    pub samples: usize,
    /// The data set's noise; its own default when absent.
    pub noise: Option<f64>,
    /// How the training examples are augmented.
    pub augmentation: Augmentation,
    /// Hidden widths (none: a linear model).
    pub hidden: Vec<usize>,
    /// Hidden non-linearity.
    pub activation: Activation,
    /// How the parameters start.
    pub init: Initialization,
    /// BatchNorm after each hidden linear layer.
    pub batch_norm: bool,
    /// Features scaled to mean 0 and variance 1 with the training set's statistics.
    pub normalize_inputs: bool,
    /// The loss.
    pub loss: Loss,
    /// L2 penalty (λ/2)·‖W‖².
    pub weight_decay: f64,
    /// Optimizer SPEC.
    pub optimizer: String,
    /// Passes over the training set.
    pub epochs: usize,
    /// Examples per update.
    pub batch: usize,
    /// Seed of the data, the initial weights and the batches.
    pub seed: u64,
}

impl Default for NetworkSetup {
    fn default() -> Self {
        Self {
            dataset: DatasetKind::Moons,
            samples: 400,
            noise: None,
            augmentation: Augmentation::None,
            hidden: vec![16, 16],
            activation: Activation::Tanh,
            init: Initialization::Torch,
            batch_norm: false,
            normalize_inputs: false,
            loss: Loss::Ce,
            weight_decay: 0.0,
            optimizer: "adam:lr=0.01".into(),
            epochs: 60,
            batch: 32,
            seed: 0,
        }
    }
}

/// A trained network with its data and its history.
pub struct Trained {
    /// The network at the end of training.
    pub model: Mlp,
    /// Its training and test data.
    pub split: Split,
    /// Losses and accuracies per epoch (epoch 0: before training).
    pub history: Vec<EpochRecord>,
}

impl Trained {
    /// The last epoch's record.
    pub fn last(&self) -> Result<&EpochRecord, LessonError> {
        self.history.last().ok_or(LessonError::NothingRecorded)
    }
}

impl NetworkSetup {
    /// This network with the settings in `changes` changed (as in the lesson file).
    pub fn with(&self, changes: &toml::Table) -> Result<Self, LessonError> {
        let table = toml::Table::try_from(self)?;
        toml::Value::Table(super::overlaid(table, changes.clone()))
            .try_into()
            .map_err(LessonError::within("the other network"))
    }

    /// The data: `samples` examples of the data set, a quarter held out, the training ones
    /// augmented.
    pub fn data(&self) -> Result<Split, LessonError> {
        let mut spec = DataSpec::new(self.dataset);
        spec.samples = self.samples;
        spec.noise = self.noise.unwrap_or(spec.noise);
        spec.seed = self.seed;
        spec.augmentation = self.augmentation;
        Ok(spec.generate()?)
    }

    /// The untrained network for `split`.
    pub fn network(&self, split: &Split) -> Result<Mlp, LessonError> {
        let classes = split.train.classes;
        let arch = Architecture {
            inputs: split.train.features,
            hidden: self.hidden.clone(),
            // One output for BCE and for regression (no classes), one per class otherwise.
            outputs: if self.loss == Loss::Bce {
                1
            } else {
                classes.max(1)
            },
            activation: self.activation,
            batch_norm: self.batch_norm,
            loss: self.loss,
            weight_decay: self.weight_decay,
        };
        Ok(Mlp::initialized(arch, self.seed, self.init)?)
    }

    /// The training settings.
    pub fn training(&self) -> Result<TrainSpec, LessonError> {
        Ok(TrainSpec {
            optimizer: self.optimizer.parse()?,
            epochs: self.epochs,
            batch: self.batch,
            seed: self.seed,
        })
    }

    /// Refuses settings that cannot train, without training.
    pub fn validate(&self) -> Result<(), LessonError> {
        let split = self.data()?;
        let model = self.network(&split)?;
        Ok(self.training()?.validate(&model, &split)?)
    }

    /// Generates the data and trains the network on it; `progress` counts epochs.
    pub fn train(&self, progress: &Progress) -> Result<Trained, LessonError> {
        let split = self.data()?;
        self.train_on(split, progress)
    }

    /// Trains the network on `split`.
    pub fn train_on(&self, split: Split, progress: &Progress) -> Result<Trained, LessonError> {
        let mut model = self.network(&split)?;
        let history = model.train(&split, &self.training()?, self.normalize_inputs, progress)?;
        Ok(Trained {
            model,
            split,
            history,
        })
    }
}
