//! The Network window: a small MLP on a toy data set, trained in the background while the
//! window shows the data with the live decision boundary (or fitted curve) and the train/test
//! curves.

use eframe::egui;
use egui_plot::{
    Bar, BarChart, Legend, Line, Plot, PlotImage, PlotPoint, PlotPoints, Points, log_grid_spacer,
};

use super::loss_app::LossApp;
use super::network::{CLASS_COLORS, NetworkSession, WINDOW_SETS};
use crate::i18n::{Language, Message};
use crate::lesson::{parse_widths, widths_text};
use crate::nn::EXTREME_EIGENVALUES;
use crate::nn::{
    Activation, Augmentation, DatasetKind, Initialization, Loss, MAX_FULL_HESSIAN, Named, Targets,
};
use crate::scenario::{
    DATA_NOISE_RANGE, EPOCHS_RANGE, NETWORK_BATCH_RANGE, SAMPLES_RANGE, WEIGHT_DECAY_RANGE,
};

/// The Network window's own state.
#[derive(Default)]
pub struct NetworkWindow {
    /// The window is shown.
    pub open: bool,
    /// Put the window in the view's lower left corner at its next frame, clear of the lesson
    /// card (a network lesson opened it).
    pub below_lesson: bool,
    /// The hidden widths as typed.
    pub widths: WidthsField,
}

/// The hidden widths as typed, `16,16`: text that does not parse stays as typed (and is
/// refused when training starts), while the setup keeps its last widths; the text follows
/// the setup when that changes elsewhere (a lesson, a scenario file).
#[derive(Default)]
pub struct WidthsField {
    /// The text in the field.
    pub text: String,
    /// The widths the text was last written from or read as.
    matches: Option<Vec<usize>>,
}

impl WidthsField {
    /// Writes `widths` into the text if the setup changed them elsewhere.
    fn follow(&mut self, widths: &[usize]) {
        if self.matches.as_deref() != Some(widths) {
            self.text = widths_text(widths);
            self.matches = Some(widths.to_vec());
        }
    }

    /// Writes the widths the text gives into `widths`, if it gives any.
    fn edited(&mut self, widths: &mut Vec<usize>) {
        if let Ok(read) = parse_widths(&self.text) {
            self.matches = Some(read.clone());
            *widths = read;
        }
    }

    /// Why the text gives no widths, if it gives none.
    fn problem(&self) -> Option<Message> {
        parse_widths(&self.text).err()
    }
}

/// Draws the window while it is open.
pub fn network_window(ctx: &egui::Context, area: egui::Rect, app: &mut LossApp) {
    let mut open = app.network_window.open;
    let mut window = egui::Window::new(app.language.text("toolbar-network"))
        .open(&mut open)
        .default_pos(area.min + egui::vec2(8.0, 8.0))
        .constrain_to(area);
    if std::mem::take(&mut app.network_window.below_lesson) {
        window = window
            .pivot(egui::Align2::LEFT_BOTTOM)
            .current_pos(egui::pos2(area.min.x + 8.0, area.max.y - 8.0));
    }
    window.default_size([900.0, 560.0]).show(ctx, |ui| {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(250.0);
                settings_ui(ui, app);
            });
            ui.separator();
            ui.vertical(|ui| results_ui(ui, app));
        });
    });
    app.network_window.open = open;
}

/// The data, network and training settings, and Train / Stop.
fn settings_ui(ui: &mut egui::Ui, app: &mut LossApp) {
    let language = app.language;
    let tr = |key: &str| language.text(key);
    let s = &mut app.state.network;
    let widths = &mut app.network_window.widths;
    widths.follow(&s.hidden);
    egui::Grid::new("network-settings")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.label(tr("network-data"))
                .on_hover_text(tr("network-data-tip"));
            choice(ui, "network-data", &mut s.dataset, &WINDOW_SETS);
            if s.dataset == DatasetKind::Regression {
                s.loss = Loss::Mse;
            }
            ui.end_row();
            ui.label(tr("network-examples"))
                .on_hover_text(tr("network-examples-tip"));
            ui.add(egui::DragValue::new(&mut s.samples).range(SAMPLES_RANGE));
            ui.end_row();
            ui.label(tr("network-noise"))
                .on_hover_text(tr("network-noise-tip"));
            let mut noise = s.data_noise();
            let drag = egui::DragValue::new(&mut noise)
                .range(DATA_NOISE_RANGE)
                .speed(0.01);
            if ui.add(drag).changed() {
                s.noise = Some(noise);
            }
            ui.end_row();
            ui.label(tr("network-augment"))
                .on_hover_text(tr("network-augment-tip"));
            let augmentations = [
                Augmentation::None,
                Augmentation::Jitter,
                Augmentation::UpsideDown,
                Augmentation::HalfTurn,
            ];
            choice(ui, "network-augment", &mut s.augmentation, &augmentations);
            ui.end_row();
            ui.label(tr("network-hidden"))
                .on_hover_text(tr("network-hidden-tip"));
            let field = ui.add(egui::TextEdit::singleline(&mut widths.text).desired_width(120.0));
            if field.changed() {
                widths.edited(&mut s.hidden);
            }
            ui.end_row();
            if let Some(problem) = widths.problem() {
                ui.label("");
                ui.colored_label(ui.visuals().error_fg_color, problem.text(language));
                ui.end_row();
            }
            ui.label(tr("network-activation"));
            let activations = [
                Activation::Tanh,
                Activation::Relu,
                Activation::Sigmoid,
                Activation::Gelu,
                Activation::Identity,
            ];
            choice(ui, "network-activation", &mut s.activation, &activations);
            ui.end_row();
            ui.label(tr("network-init"))
                .on_hover_text(tr("network-init-tip"));
            let inits = [Initialization::Torch, Initialization::ZeroOutput];
            choice(ui, "network-init", &mut s.init, &inits);
            ui.end_row();
            ui.label(tr("network-loss"))
                .on_hover_text(tr("network-loss-tip"));
            let losses = [Loss::Ce, Loss::Mse, Loss::MseSoftmax, Loss::Bce];
            choice(ui, "network-loss", &mut s.loss, &losses);
            ui.end_row();
            ui.label("");
            ui.checkbox(&mut s.batch_norm, tr("surface-batch-norm"))
                .on_hover_text(tr("network-batch-norm-tip"));
            ui.end_row();
            ui.label("");
            ui.checkbox(&mut s.normalize_inputs, tr("surface-normalize"))
                .on_hover_text(tr("network-normalize-tip"));
            ui.end_row();
            ui.label(tr("network-weight-decay"))
                .on_hover_text(tr("network-weight-decay-tip"));
            ui.add(
                egui::DragValue::new(&mut s.weight_decay)
                    .range(WEIGHT_DECAY_RANGE)
                    .speed(0.001)
                    .max_decimals(4),
            );
            ui.end_row();
            ui.label(tr("racer-optimizer"))
                .on_hover_text(tr("network-optimizer-tip"));
            ui.add(egui::TextEdit::singleline(&mut s.optimizer).desired_width(140.0));
            ui.end_row();
            ui.label(tr("network-epochs"));
            ui.add(egui::DragValue::new(&mut s.epochs).range(EPOCHS_RANGE));
            ui.end_row();
            ui.label(tr("network-batch"))
                .on_hover_text(tr("network-batch-tip"));
            ui.add(egui::DragValue::new(&mut s.batch).range(NETWORK_BATCH_RANGE));
            ui.end_row();
            ui.label(tr("noise-seed"))
                .on_hover_text(tr("network-seed-tip"));
            ui.add(egui::DragValue::new(&mut s.seed));
            ui.end_row();
        });
    ui.add_space(6.0);
    let session = &mut app.network;
    match session.progress() {
        Some(fraction) => {
            ui.horizontal(|ui| {
                if ui
                    .button(tr("surface-stop"))
                    .on_hover_text(tr("network-stop-tip"))
                    .clicked()
                {
                    session.stop();
                }
                ui.add(egui::ProgressBar::new(fraction).show_percentage());
            });
        }
        None => {
            if ui
                .button(tr("network-train"))
                .on_hover_text(tr("network-train-tip"))
                .clicked()
            {
                match app.network_window.widths.problem() {
                    Some(problem) => session.error = Some(problem),
                    None => session.start(&app.state.network, ui.ctx()),
                }
            }
        }
    }
    if let Some(error) = &session.error {
        let error = error.text(app.language);
        ui.colored_label(ui.visuals().error_fg_color, crate::format::one_line(&error));
    }
}

/// A network's widths, activation and batch norm: "2-8-8-2 tanh + batch norm".
fn shape(model: &crate::nn::Mlp) -> Message {
    let arch = &model.arch;
    let batch_norm = if arch.batch_norm {
        "cli-network-batch-norm"
    } else {
        "cli-network-off"
    };
    Message::new("network-shape")
        .arg("shape", arch.shape())
        .arg("activation", arch.activation.name())
        .part("batch-norm", Message::new(batch_norm))
}

/// The last part of `path`, for a label.
fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A drop-down of `options`, each named as on the command line (`losscape mlp train`).
fn choice<T: Named>(ui: &mut egui::Ui, id: &str, value: &mut T, options: &[T]) {
    egui::ComboBox::from_id_salt(id)
        .selected_text(value.name())
        .show_ui(ui, |ui| {
            for &option in options {
                ui.selectable_value(value, option, option.name());
            }
        });
}

/// A small plot of a quantity per epoch, with a legend.
fn epoch_plot<'a>(id: &'a str, epoch: &str, quantity: String) -> Plot<'a> {
    Plot::new(id)
        .height(160.0)
        .width(300.0)
        .legend(Legend::default())
        .x_axis_label(epoch.to_owned())
        .x_grid_spacer(log_grid_spacer(5))
        .y_axis_label(quantity)
}

/// The data with the decision boundary, and the loss and accuracy curves.
fn results_ui(ui: &mut egui::Ui, app: &LossApp) {
    let language = app.language;
    let tr = |key: &str| language.text(key);
    let session = &app.network;
    let Some(split) = &session.split else {
        ui.label(tr("network-press-train"));
        return;
    };
    if let Some(last) = session.history.last() {
        let loss = |v: f64| crate::format::number(Some(v), 4);
        let (train, test) = (loss(last.train_loss), loss(last.test_loss));
        let percent = |a: Option<f64>| a.map_or("—".into(), |a| format!("{:.1} %", 100.0 * a));
        // A network opened from a file is named by it, as saved; a trained one by its epoch.
        let (mut args, keys) = match (&session.opened, &session.model) {
            (Some(path), Some(model)) => (
                vec![
                    ("name", file_name(path)),
                    ("network", shape(model).text(language)),
                ],
                ["network-opened", "network-opened-accuracy"],
            ),
            _ => (
                vec![("epoch", last.epoch.to_string())],
                ["network-epoch", "network-epoch-accuracy"],
            ),
        };
        args.extend([("train", train), ("test", test)]);
        ui.label(if split.train.classes > 0 {
            args.push(("train_accuracy", percent(last.train_accuracy)));
            args.push(("test_accuracy", percent(last.test_accuracy)));
            language.text_with(keys[1], &args)
        } else {
            language.text_with(keys[0], &args)
        });
    }
    ui.horizontal_top(|ui| {
        if split.train.features == 1 {
            fit_plot(ui, session, split, language);
        } else {
            boundary_plot(ui, session, split, language);
        }
        ui.vertical(|ui| {
            let curve = |name: &str, f: &dyn Fn(&crate::nn::EpochRecord) -> Option<f64>| {
                let points: PlotPoints = session
                    .history
                    .iter()
                    .filter_map(|r| f(r).filter(|v| v.is_finite()).map(|v| [r.epoch as f64, v]))
                    .collect();
                Line::new(name.to_owned(), points)
            };
            let epoch = tr("network-epoch-axis");
            epoch_plot("network-loss-curves", &epoch, tr("surface-loss")).show(ui, |plot| {
                plot.line(curve(&tr("network-train-loss"), &|r| Some(r.train_loss)));
                plot.line(curve(&tr("network-test-loss"), &|r| Some(r.test_loss)));
            });
            if split.train.classes > 0 {
                epoch_plot("network-accuracy-curves", &epoch, tr("network-accuracy"))
                    .include_y(0.0)
                    .include_y(1.0)
                    .show(ui, |plot| {
                        plot.line(curve(&tr("network-train-accuracy"), &|r| r.train_accuracy));
                        plot.line(curve(&tr("network-test-accuracy"), &|r| r.test_accuracy));
                    });
            }
        });
    });
    spectrum_ui(ui, session, language);
}

/// A square plot of the data, without axes or interaction.
fn data_plot(id: &str) -> Plot<'_> {
    Plot::new(id)
        .width(330.0)
        .height(330.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
}

/// The two-feature data, coloured by class, over the live decision boundary.
fn boundary_plot(
    ui: &mut egui::Ui,
    session: &NetworkSession,
    split: &crate::nn::Split,
    language: Language,
) {
    data_plot("network-boundary")
        .data_aspect(1.0)
        .show_axes([false, false])
        .show(ui, |plot| {
            if let Some((texture, [x0, x1, y0, y1])) = &session.boundary {
                let centre = PlotPoint::new(0.5 * (x0 + x1), 0.5 * (y0 + y1));
                let size = egui::vec2((x1 - x0) as f32, (y1 - y0) as f32);
                plot.image(PlotImage::new(
                    language.text("network-boundary"),
                    texture.id(),
                    centre,
                    size,
                ));
            }
            for (set, filled) in [(&split.train, true), (&split.test, false)] {
                let Targets::Classes(classes) = &set.targets else {
                    continue;
                };
                for c in 0..set.classes {
                    let points: Vec<[f64; 2]> = set
                        .x
                        .chunks_exact(set.features)
                        .zip(classes)
                        .filter(|&(_, &k)| k == c)
                        .map(|(row, _)| [row[0], row.get(1).copied().unwrap_or(0.0)])
                        .collect();
                    let name = language.text(if filled {
                        "network-train-set"
                    } else {
                        "network-test-set"
                    });
                    plot.points(
                        Points::new(format!("{name} class {c}"), points)
                            .color(CLASS_COLORS[c % CLASS_COLORS.len()])
                            .filled(filled)
                            .radius(2.5),
                    );
                }
            }
        });
}

/// The one-feature regression data and the network's live fitted curve: where a flexible
/// network on few points "goes freestyle".
fn fit_plot(
    ui: &mut egui::Ui,
    session: &NetworkSession,
    split: &crate::nn::Split,
    language: Language,
) {
    data_plot("network-fit")
        .legend(Legend::default().background_alpha(0.6))
        .x_axis_label("x")
        .y_axis_label("y")
        .show(ui, |plot| {
            let [train, test] = [CLASS_COLORS[0], CLASS_COLORS[1]];
            plot.points(
                Points::new(
                    language.text("network-train-set"),
                    split.train.regression_points().unwrap_or_default(),
                )
                .color(train)
                .filled(true)
                .radius(3.0),
            );
            plot.points(
                Points::new(
                    language.text("network-test-set"),
                    split.test.regression_points().unwrap_or_default(),
                )
                .color(test)
                .filled(false)
                .radius(3.0),
            );
            if let Some(curve) = &session.fit {
                plot.line(
                    Line::new(language.text("toolbar-network"), curve.clone())
                        .color(CLASS_COLORS[3])
                        .width(2.0),
                );
            }
        });
}

/// Bins of the spectrum histogram.
const SPECTRUM_BINS: usize = 40;

/// The trained network's Hessian eigenvalues as a histogram, with what they say.
fn spectrum_ui(ui: &mut egui::Ui, session: &NetworkSession, language: Language) {
    if session.computing_spectrum() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(language.text("network-computing-spectrum"));
        });
        return;
    }
    let Some(spectrum) = &session.spectrum else {
        return;
    };
    let number = |v: Option<f64>, digits| crate::format::number(v, digits);
    let mut args = vec![
        ("parameters", spectrum.parameters.to_string()),
        ("leading", number(spectrum.leading_ratio, 4)),
    ];
    let key = if spectrum.complete {
        let zero = spectrum.parameters - spectrum.positive - spectrum.negative;
        args.extend([
            ("positive", spectrum.positive.to_string()),
            ("negative", spectrum.negative.to_string()),
            ("zero", zero.to_string()),
            ("minimum_ratio", number(spectrum.minimum_ratio, 3)),
            ("condition", number(spectrum.condition_number, 4)),
        ]);
        "network-spectrum-full"
    } else {
        args.extend([
            ("most", MAX_FULL_HESSIAN.to_string()),
            ("extremes", EXTREME_EIGENVALUES.to_string()),
        ]);
        "network-spectrum-extremes"
    };
    // The same sentence, and the ratio of the network trained before when there is one.
    let key = match session.previous_leading_ratio {
        Some(before) => {
            args.push(("before", number(Some(before), 4)));
            format!("{key}-before")
        }
        None => key.to_owned(),
    };
    ui.label(language.text_with(&key, &args))
        .on_hover_text(language.text("network-spectrum-tip"));
    // A signed log scale: t = ±log₁₀(|λ|/τ), with eigenvalues below the zero tolerance τ at 0.
    let tolerance = spectrum.zero_tolerance();
    let scaled: Vec<f64> = spectrum
        .eigenvalues
        .iter()
        .map(|&v| v.signum() * (v.abs() / tolerance).log10().max(0.0))
        .collect();
    let (low, high) = scaled
        .iter()
        .fold((0.0f64, 0.0f64), |(l, h), &t| (l.min(t), h.max(t)));
    if high - low <= 0.0 {
        return;
    }
    let width = (high - low) / SPECTRUM_BINS as f64;
    let mut counts = [0usize; SPECTRUM_BINS + 1];
    for &t in &scaled {
        counts[(((t - low) / width).round() as usize).min(SPECTRUM_BINS)] += 1;
    }
    let bars = counts
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c > 0)
        .map(|(i, &c)| {
            let centre = low + i as f64 * width;
            let color = match centre {
                t if t.abs() < 0.5 * width => egui::Color32::GRAY,
                t if t < 0.0 => egui::Color32::from_rgb(200, 60, 60),
                _ => egui::Color32::from_rgb(60, 110, 200),
            };
            Bar::new(centre, c as f64).width(width).fill(color)
        })
        .collect();
    let label = move |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
        let t = mark.value;
        if t.abs() < 1e-9 {
            "0".to_owned()
        } else {
            let value = t.signum() * tolerance * 10f64.powf(t.abs());
            format!("{value:.0e}")
        }
    };
    // A mark at every power of ten (on both sides of zero), the even powers labelled.
    let shift = tolerance.log10();
    let decades = move |input: egui_plot::GridInput| {
        let (low, high) = input.bounds;
        let reach = low.abs().max(high.abs());
        let mut marks = vec![egui_plot::GridMark {
            value: 0.0,
            step_size: 2.0,
        }];
        for power in shift.ceil() as i64..=(reach + shift).floor() as i64 {
            // |λ| = 10^power sits at t = power − log₁₀(tolerance); those near 0 would crowd it.
            let t = power as f64 - shift;
            let step_size = if power % 2 == 0 { 2.0 } else { 1.0 };
            for value in [t, -t] {
                if t >= 1.0 && (low..=high).contains(&value) {
                    marks.push(egui_plot::GridMark { value, step_size });
                }
            }
        }
        marks
    };
    Plot::new("network-spectrum")
        .height(140.0)
        .x_axis_label(language.text("network-spectrum-axis"))
        .x_axis_formatter(label)
        .x_grid_spacer(decades)
        .y_axis_label(language.text("network-spectrum-count"))
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(language.text("network-eigenvalues"), bars))
        });
}
