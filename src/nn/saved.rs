//! A trained network in one JSON file that PyTorch users read with `json.load`: its
//! architecture, its weights as a `state_dict` with torch's names and shapes
//! (`layers.0.weight` is out × in), batch norm's γ, β and running statistics, the input
//! normalization, the training and test examples, and the training settings. Loading checks
//! every piece against the architecture, so a corrupt, truncated or mismatched file is refused
//! with one line naming what is wrong.

use crate::i18n::Message;
use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Architecture, Dataset, Layout, Mlp, NnError, Scaler, Split, Targets, TrainSpec};

/// What the file says it is.
const FORMAT: &str = "losscape-network";

/// The version of the layout below; a file of another version is refused.
const VERSION: u32 = 1;

/// A trained network with everything that rebuilds its loss exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedNetwork {
    /// The network: architecture, weights, running statistics, input normalization.
    pub model: Mlp,
    /// Its training and test examples.
    pub split: Split,
    /// How it was trained.
    pub training: TrainSpec,
}

/// The file as written: plain JSON numbers, lists and names.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    architecture: Architecture,
    /// Per input feature: x ← (x − mean) / std before the first layer; absent when off.
    input_normalization: Option<Normalization>,
    /// torch's names: `layers.{l}.weight` (out × in), `layers.{l}.bias`, and after each
    /// hidden layer with batch norm `norms.{l}.weight` (γ), `.bias` (β), `.running_mean`,
    /// `.running_var`.
    state_dict: BTreeMap<String, serde_json::Value>,
    train: Examples,
    test: Examples,
    training: TrainSpec,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Normalization {
    mean: Vec<f64>,
    std: Vec<f64>,
}

/// Examples: one row of features each, and a class index (classification) or a value
/// (regression) each.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Examples {
    x: Vec<Vec<f64>>,
    /// Number of classes, 0 for regression.
    classes: usize,
    targets: Vec<f64>,
}

impl SavedNetwork {
    /// The network as the JSON text of its file.
    pub fn to_json(&self) -> Result<String, NnError> {
        let model = &self.model;
        let file = File {
            format: FORMAT.into(),
            version: VERSION,
            architecture: model.arch.clone(),
            input_normalization: model.scaler.as_ref().map(|s| Normalization {
                mean: s.mean.clone(),
                std: s.std.clone(),
            }),
            state_dict: state_dict(model),
            train: examples(&self.split.train),
            test: examples(&self.split.test),
            training: self.training.clone(),
        };
        serde_json::to_string_pretty(&file)
            .map_err(|e| NnError::File(Message::new("saved-not-written").arg("error", e)))
    }

    /// Reads the network saved in the file at `path`; what is wrong names the file.
    pub fn read(path: &Path) -> Result<Self, Message> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Message::new("file-not-read")
                .arg("path", path.display())
                .arg("error", e)
        })?;
        Self::in_file(path, &text)
    }

    /// The network saved in `text`, read from the file `path`; what is wrong names the file.
    pub fn in_file(path: &Path, text: &str) -> Result<Self, Message> {
        Self::from_json(text).map_err(|e| {
            Message::new("saved-not-a-network")
                .arg("path", path.display())
                .part("problem", e.message())
        })
    }

    /// Reads a file's JSON text, checking every piece against the architecture.
    pub fn from_json(text: &str) -> Result<Self, NnError> {
        let bad = |message: Message| NnError::File(message);
        // serde_json's own words (in English): where the text stops making sense.
        let file: File = serde_json::from_str(text)
            .map_err(|e| bad(Message::new("saved-not-json").arg("reason", e)))?;
        if file.format != FORMAT {
            return Err(bad(
                Message::new("saved-wrong-format").arg("format", &file.format)
            ));
        }
        if file.version != VERSION {
            let problem = Message::new("saved-wrong-version")
                .arg("version", file.version)
                .arg("readable", VERSION);
            return Err(bad(problem));
        }
        let arch = file.architecture;
        arch.validate()?;
        let mut model = Mlp::new(arch, 0)?;
        read_state_dict(&mut model, &file.state_dict)?;
        if let Some(n) = file.input_normalization {
            let features = model.arch.inputs;
            for (name, v) in [("mean", &n.mean), ("std", &n.std)] {
                check_vector(&format!("input_normalization.{name}"), v, features)?;
            }
            if n.std.iter().any(|&s| s <= 0.0) {
                return Err(bad(Message::new("saved-std-not-positive")));
            }
            model.scaler = Some(Scaler {
                mean: n.mean,
                std: n.std,
            });
        }
        let split = Split {
            train: dataset("train", file.train, &model)?,
            test: dataset("test", file.test, &model)?,
        };
        file.training.validate(&model, &split)?;
        Ok(Self {
            model,
            split,
            training: file.training,
        })
    }
}

/// The weights and running statistics under torch's names.
fn state_dict(model: &Mlp) -> BTreeMap<String, serde_json::Value> {
    let layout = model.arch.layout();
    let mut dict = by_torch_name(&layout, &model.params);
    for (l, s) in layout.layers.iter().enumerate() {
        if s.norm.is_some() {
            for (name, v) in [
                ("running_mean", &model.running.mean[l]),
                ("running_var", &model.running.var[l]),
            ] {
                dict.insert(format!("norms.{l}.{name}"), serde_json::json!(v));
            }
        }
    }
    dict
}

/// `values`, one per parameter of `layout` (the weights, or a gradient), under torch's names
/// and shapes: `layers.{l}.weight` (out × in), `layers.{l}.bias`, and batch norm's
/// `norms.{l}.weight` (γ) and `norms.{l}.bias` (β).
pub fn by_torch_name(layout: &Layout, values: &[f64]) -> BTreeMap<String, serde_json::Value> {
    let mut dict = BTreeMap::new();
    for (l, s) in layout.layers.iter().enumerate() {
        let rows: Vec<&[f64]> = (0..s.fan_out)
            .map(|o| &values[s.weights + o * s.fan_in..s.weights + (o + 1) * s.fan_in])
            .collect();
        dict.insert(format!("layers.{l}.weight"), serde_json::json!(rows));
        let biases = &values[s.biases..s.biases + s.fan_out];
        dict.insert(format!("layers.{l}.bias"), serde_json::json!(biases));
        if let Some(norm) = s.norm {
            let gamma = &values[norm..norm + s.fan_out];
            let beta = &values[norm + s.fan_out..norm + 2 * s.fan_out];
            dict.insert(format!("norms.{l}.weight"), serde_json::json!(gamma));
            dict.insert(format!("norms.{l}.bias"), serde_json::json!(beta));
        }
    }
    dict
}

/// Fills `model`'s parameters and running statistics from `dict`: every tensor the
/// architecture needs, of its shape, finite; nothing else.
fn read_state_dict(
    model: &mut Mlp,
    dict: &BTreeMap<String, serde_json::Value>,
) -> Result<(), NnError> {
    let layout = model.arch.layout();
    let take = |name: String| {
        dict.get(&name)
            .map(|t| (name.clone(), t))
            .ok_or_else(|| NnError::File(Message::new("saved-missing-tensor").arg("name", name)))
    };
    for (l, s) in layout.layers.iter().enumerate() {
        let (name, weight) = take(format!("layers.{l}.weight"))?;
        let rows: Vec<Vec<f64>> = tensor(&name, weight)?;
        if rows.len() != s.fan_out || rows.iter().any(|r| r.len() != s.fan_in) {
            let found = rows.first().map_or(0, Vec::len);
            let problem = Message::new("saved-wrong-shape")
                .arg("name", name)
                .arg("rows", rows.len())
                .arg("columns", found)
                .arg("needed-rows", s.fan_out)
                .arg("needed-columns", s.fan_in);
            return Err(NnError::File(problem));
        }
        let flat: Vec<f64> = rows.concat();
        check_vector(&name, &flat, s.fan_in * s.fan_out)?;
        model.params[s.weights..s.weights + flat.len()].copy_from_slice(&flat);
        let (name, bias) = take(format!("layers.{l}.bias"))?;
        let bias = vector(&name, bias, s.fan_out)?;
        model.params[s.biases..s.biases + s.fan_out].copy_from_slice(&bias);
        if let Some(norm) = s.norm {
            let part = |what: &str| -> Result<Vec<f64>, NnError> {
                let (name, t) = take(format!("norms.{l}.{what}"))?;
                vector(&name, t, s.fan_out)
            };
            let (gamma, beta) = (part("weight")?, part("bias")?);
            let (mean, var) = (part("running_mean")?, part("running_var")?);
            if var.iter().any(|&v| v < 0.0) {
                let problem = Message::new("saved-negative-variance").arg("layer", l);
                return Err(NnError::File(problem));
            }
            model.params[norm..norm + s.fan_out].copy_from_slice(&gamma);
            model.params[norm + s.fan_out..norm + 2 * s.fan_out].copy_from_slice(&beta);
            model.running.mean[l] = mean;
            model.running.var[l] = var;
        }
    }
    match dict.keys().find(|key| !model_has(&layout, key)) {
        Some(key) => Err(NnError::File(
            Message::new("saved-extra-tensor").arg("name", key),
        )),
        None => Ok(()),
    }
}

/// Whether `key` names a tensor of the network laid out as `layout`.
fn model_has(layout: &Layout, key: &str) -> bool {
    layout.layers.iter().enumerate().any(|(l, s)| {
        key == format!("layers.{l}.weight")
            || key == format!("layers.{l}.bias")
            || (s.norm.is_some()
                && ["weight", "bias", "running_mean", "running_var"]
                    .iter()
                    .any(|what| key == format!("norms.{l}.{what}")))
    })
}

/// The tensor called `name` as `T` (a list of numbers, or of rows).
fn tensor<T: serde::de::DeserializeOwned>(
    name: &str,
    value: &serde_json::Value,
) -> Result<T, NnError> {
    T::deserialize(value).map_err(|e| {
        NnError::File(
            Message::new("saved-unreadable-tensor")
                .arg("name", name)
                .arg("reason", e),
        )
    })
}

/// The vector called `name`, of `len` finite numbers.
fn vector(name: &str, value: &serde_json::Value, len: usize) -> Result<Vec<f64>, NnError> {
    let v: Vec<f64> = tensor(name, value)?;
    check_vector(name, &v, len)?;
    Ok(v)
}

/// Refuses `v` unless it holds `len` finite numbers.
fn check_vector(name: &str, v: &[f64], len: usize) -> Result<(), NnError> {
    if v.len() != len {
        let problem = Message::new("saved-wrong-length")
            .arg("name", name)
            .arg("count", v.len())
            .arg("needed", len);
        return Err(NnError::File(problem));
    }
    if v.iter().any(|x| !x.is_finite()) {
        let problem = Message::new("saved-tensor-not-finite").arg("name", name);
        return Err(NnError::File(problem));
    }
    Ok(())
}

/// `data` as the file writes it.
fn examples(data: &Dataset) -> Examples {
    let x = data
        .x
        .chunks(data.features.max(1))
        .map(<[f64]>::to_vec)
        .collect();
    let targets = match &data.targets {
        Targets::Classes(c) => c.iter().map(|&c| c as f64).collect(),
        Targets::Values(v) => v.clone(),
    };
    Examples {
        x,
        classes: data.classes,
        targets,
    }
}

/// The examples called `name`, checked against `model`: one row of its input features and one
/// target each, classes that its outputs can score.
fn dataset(name: &str, e: Examples, model: &Mlp) -> Result<Dataset, NnError> {
    let bad = |what: Message| {
        let problem = Message::new("saved-bad-examples")
            .arg("name", name)
            .part("problem", what);
        Err(NnError::File(problem))
    };
    let features = model.arch.inputs;
    if e.x.len() != e.targets.len() {
        let problem = Message::new("saved-rows-not-targets")
            .arg("rows", e.x.len())
            .arg("targets", e.targets.len());
        return bad(problem);
    }
    if let Some(row) = e.x.iter().position(|r| r.len() != features) {
        let problem = Message::new("saved-row-features")
            .arg("row", row)
            .arg("features", e.x[row].len())
            .arg("inputs", features);
        return bad(problem);
    }
    let x: Vec<f64> = e.x.concat();
    if x.iter().chain(&e.targets).any(|v| !v.is_finite()) {
        return bad(Message::new("saved-example-not-finite"));
    }
    let targets = if e.classes == 0 {
        Targets::Values(e.targets)
    } else {
        let whole = e
            .targets
            .iter()
            .all(|&t| t >= 0.0 && t.fract() == 0.0 && (t as usize) < e.classes);
        if !whole {
            return bad(Message::new("saved-target-not-class").arg("last", e.classes - 1));
        }
        Targets::Classes(e.targets.iter().map(|&t| t as usize).collect())
    };
    Ok(Dataset {
        features,
        x,
        targets,
        classes: e.classes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nn::{Activation, DataSpec, DatasetKind, Loss, NormMode};
    use crate::progress::Progress;

    /// A small network with batch norm and normalized inputs, trained for a few epochs.
    fn trained() -> SavedNetwork {
        let split = DataSpec::new(DatasetKind::Moons)
            .generate()
            .expect("the moons");
        let arch = Architecture {
            inputs: 2,
            hidden: vec![6, 5],
            outputs: 2,
            activation: Activation::Tanh,
            batch_norm: true,
            loss: Loss::Ce,
            weight_decay: 0.001,
        };
        let mut model = Mlp::new(arch, 3).expect("a network");
        let training = TrainSpec {
            optimizer: "adam:lr=0.01".parse().expect("an optimizer"),
            epochs: 4,
            batch: 32,
            seed: 3,
        };
        model
            .train(&split, &training, true, &Progress::new())
            .expect("it trains");
        SavedNetwork {
            model,
            split,
            training,
        }
    }

    #[test]
    fn a_saved_network_loads_with_the_same_loss_gradient_and_hessian() {
        let saved = trained();
        let text = saved.to_json().unwrap();
        let loaded = SavedNetwork::from_json(&text).expect("it loads");
        assert_eq!(loaded, saved);
        let (model, data) = (&loaded.model, &loaded.split.train);
        let mode = NormMode::Running(&model.running);
        let before = saved
            .model
            .loss_and_gradient(&saved.model.params, data, mode);
        let after = model.loss_and_gradient(&model.params, data, mode);
        assert_eq!(before.loss.to_bits(), after.loss.to_bits());
        assert_eq!(before.gradient, after.gradient);
        let progress = Progress::new();
        let h = |m: &Mlp| m.hessian(&m.params, data, NormMode::Running(&m.running), &progress);
        assert_eq!(h(&saved.model), h(model));
        // torch's names and shapes, readable without Losscape.
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let weight = &json["state_dict"]["layers.1.weight"];
        assert_eq!(weight.as_array().map(Vec::len), Some(5));
        assert_eq!(weight[0].as_array().map(Vec::len), Some(6));
        assert_eq!(
            json["state_dict"]["norms.0.running_var"]
                .as_array()
                .map(Vec::len),
            Some(6)
        );
        assert_eq!(json["train"]["x"][0].as_array().map(Vec::len), Some(2));
        assert!(json["input_normalization"]["std"].is_array());
    }

    /// The message of loading `text`, which must be refused.
    fn refusal(text: &str) -> String {
        let e = SavedNetwork::from_json(text).expect_err("refused");
        let message = e.to_string();
        assert!(message.starts_with("bad network file: "), "{message}");
        assert!(!message.contains('\n'), "{message}");
        message
    }

    #[test]
    fn corrupt_truncated_or_mismatched_files_are_refused_by_name() {
        let text = trained().to_json().unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
            let mut v = value.clone();
            edit(&mut v);
            v.to_string()
        };
        assert!(refusal(&text[..text.len() / 2]).contains("EOF"));
        assert!(refusal("{}").contains("missing field"));
        let other = edited(&|v| v["format"] = "something-else".into());
        assert!(refusal(&other).contains("not a Losscape network"));
        let newer = edited(&|v| v["version"] = 2.into());
        assert!(refusal(&newer).contains("version 2"));
        let missing = edited(&|v| {
            v["state_dict"]
                .as_object_mut()
                .map(|d| d.remove("layers.1.bias"));
        });
        assert!(refusal(&missing).contains("no 'layers.1.bias'"));
        let wider = edited(&|v| v["architecture"]["hidden"] = serde_json::json!([7, 5]));
        assert!(
            refusal(&wider).contains("'layers.0.weight' is 6 × 2; the architecture needs 7 × 2")
        );
        let nan = edited(&|v| v["state_dict"]["layers.0.bias"][0] = serde_json::Value::Null);
        assert!(refusal(&nan).contains("layers.0.bias"));
        let extra = edited(&|v| v["state_dict"]["layers.9.weight"] = serde_json::json!([[1.0]]));
        assert!(refusal(&extra).contains("'layers.9.weight', which this architecture"));
        let row = edited(&|v| v["test"]["x"][3] = serde_json::json!([1.0, 2.0, 3.0]));
        assert!(refusal(&row).contains("test: row 3 of x has 3 features"));
        let class = edited(&|v| v["train"]["targets"][0] = 5.into());
        assert!(refusal(&class).contains("train: a target that is not a class from 0 to 1"));
        let negative = edited(&|v| v["state_dict"]["norms.1.running_var"][2] = (-1.0).into());
        assert!(refusal(&negative).contains("norms.1.running_var holds a value < 0"));
    }
}
