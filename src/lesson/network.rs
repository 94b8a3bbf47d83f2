//! The network of a setup: data, architecture and training settings. One type for the
//! Network window, scenario files, lesson files and the headless check of a lesson.

use serde::{Deserialize, Deserializer, Serialize};

use super::LessonError;
use super::split_view::NetworkFlip;
use crate::i18n::{Language, Message};
use crate::nn::{
    Activation, Architecture, Augmentation, DataSpec, DatasetKind, EpochRecord, Initialization,
    Loss, Mlp, NnError, Split, TrainSpec,
};
use crate::optim::{OptimizerSpec, SpecError};
use crate::progress::Progress;

/// The data, network and training a setup trains.
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
    /// Hidden widths (none: a linear model); files before scenario version 3 wrote them as
    /// text, `"16,16"`, which still reads.
    #[serde(deserialize_with = "widths_list_or_text")]
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
    /// Examples per update ([`FULL_BATCH`]: all of them).
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

/// The batch size that stands for the full batch: every training example in one batch.
pub const FULL_BATCH: usize = usize::MAX;

/// Hidden widths from text like `16,16` (empty: none).
pub fn parse_widths(text: &str) -> Result<Vec<usize>, Message> {
    text.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|w| {
            (w.parse::<usize>())
                .map_err(|_| Message::new("setting-hidden-not-whole").arg("width", w))
        })
        .collect()
}

/// Hidden widths as text, `16,16`.
pub fn widths_text(widths: &[usize]) -> String {
    let widths: Vec<String> = widths.iter().map(usize::to_string).collect();
    widths.join(",")
}

/// Hidden widths written as a list, `[16, 16]`, or as text, `"16,16"`.
fn widths_list_or_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<usize>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Widths {
        List(Vec<usize>),
        Text(String),
    }
    match Widths::deserialize(deserializer) {
        Ok(Widths::List(widths)) => Ok(widths),
        Ok(Widths::Text(text)) => parse_widths(&text).map_err(serde::de::Error::custom),
        Err(_) => Err(serde::de::Error::custom(
            "hidden widths are a list of whole numbers like [16, 16]",
        )),
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
    /// What switch `flip` of these settings is: "batch norm on", "inputs raw", "batch 16", ….
    pub fn switch_label(&self, flip: NetworkFlip, language: Language) -> String {
        self.switch(flip).text(language)
    }

    /// The switch `flip` as set here, as a message ("batch norm on", "batch 16").
    pub fn switch(&self, flip: NetworkFlip) -> Message {
        let on = |yes: bool, on, off| Message::new(if yes { on } else { off });
        match flip {
            NetworkFlip::BatchNorm => on(
                self.batch_norm,
                "compare-batch-norm-on",
                "compare-batch-norm-off",
            ),
            NetworkFlip::NormalizeInputs => on(
                self.normalize_inputs,
                "compare-inputs-normalized",
                "compare-inputs-raw",
            ),
            NetworkFlip::FullBatch if self.batch == FULL_BATCH => {
                Message::new("compare-full-batch")
            }
            NetworkFlip::FullBatch => Message::new("compare-batch").arg("size", self.batch),
        }
    }

    /// This network with the settings in `changes` changed (as in the lesson file).
    pub fn with(&self, changes: &toml::Table) -> Result<Self, LessonError> {
        let table = toml::Table::try_from(self)?;
        toml::Value::Table(super::overlaid(table, changes.clone()))
            .try_into()
            .map_err(LessonError::within("the other network"))
    }

    /// The data: `samples` examples of the data set, a quarter held out, the training ones
    /// augmented.
    pub fn data(&self) -> Result<Split, NnError> {
        let mut spec = DataSpec::new(self.dataset);
        spec.samples = self.samples;
        spec.noise = self.noise.unwrap_or(spec.noise);
        spec.seed = self.seed;
        spec.augmentation = self.augmentation;
        spec.generate()
    }

    /// The data set's noise: the one set, or the data set's own.
    pub fn data_noise(&self) -> f64 {
        (self.noise).unwrap_or_else(|| DataSpec::new(self.dataset).noise)
    }

    /// The untrained network for `split`.
    pub fn network(&self, split: &Split) -> Result<Mlp, NnError> {
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
        Mlp::initialized(arch, self.seed, self.init)
    }

    /// The optimizer, from its SPEC.
    pub fn optimizer_spec(&self) -> Result<OptimizerSpec, Message> {
        (self.optimizer.parse::<OptimizerSpec>())
            .map_err(|e: SpecError| Message::new("setting-optimizer").part("problem", e.0))
    }

    /// The training settings.
    pub fn training(&self) -> Result<TrainSpec, NnError> {
        Ok(TrainSpec {
            optimizer: self.optimizer_spec().map_err(NnError::Training)?,
            epochs: self.epochs,
            batch: self.batch,
            seed: self.seed,
        })
    }

    /// The data, the untrained network and the training settings, or what is wrong.
    pub fn build(&self) -> Result<(Split, Mlp, TrainSpec), NnError> {
        let split = self.data()?;
        let model = self.network(&split)?;
        let training = self.training()?;
        training.validate(&model, &split)?;
        Ok((split, model, training))
    }

    /// Refuses settings that cannot train, without training.
    pub fn validate(&self) -> Result<(), NnError> {
        self.build().map(drop)
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
