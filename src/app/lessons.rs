//! Lessons in the app: the menu that opens one, its setup applied to the app, and the panel
//! with its title, claim (measured in the background) and explanation.

use eframe::egui::{self, RichText};
use egui_plot::{Legend, Line, Plot, Points};

use super::command::Command;
use super::job::Job;
use super::loss_app::LossApp;
use super::worker::{Measured, Request};
use crate::i18n::{Language, Message};
use crate::lesson::{Caption, Figure, Lesson, Report};

/// The lesson on screen.
pub struct OpenLesson {
    /// Its place in the list.
    pub index: usize,
    /// The lesson.
    pub lesson: Lesson,
    /// The claim being measured (in a web worker in the browser).
    pub job: Option<Job<Measured>>,
    /// The measured claim, once there, or why it was not measured.
    pub report: Option<Result<Report, Message>>,
}

impl OpenLesson {
    /// Opens lesson `index` (a built-in one) and starts measuring its claim in the
    /// background.
    pub fn open(index: usize, lesson: Lesson, ctx: &egui::Context) -> Self {
        let measured = lesson.clone();
        let request = Request::MeasureLesson {
            name: lesson.name.clone(),
        };
        let job = Job::offloaded(Message::new("job-lesson"), ctx, &request, move |progress| {
            measured.check_with(progress).map_err(|e| e.to_string())
        });
        Self {
            index,
            lesson,
            job: Some(job),
            report: None,
        }
    }
}

/// The toolbar's lesson menu.
pub fn lessons_menu(ui: &mut egui::Ui, app: &LossApp, commands: &mut Vec<Command>) {
    let language = app.language;
    ui.menu_button(language.text("menu-lessons"), |ui| {
        for (i, lesson) in app.lessons.iter().enumerate() {
            let label = format!("{}. {}", i + 1, lesson.title_in(language));
            if ui
                .button(label)
                .on_hover_text(lesson.topic_in(language))
                .clicked()
            {
                commands.push(Command::OpenLesson(i));
                ui.close();
            }
        }
    })
    .response
    .on_hover_text(language.text("menu-lessons-tip"));
}

/// The open lesson's title, measured claim and explanation, above the surface view.
pub fn lesson_panel_ui(
    ui: &mut egui::Ui,
    open: &OpenLesson,
    count: usize,
    language: Language,
) -> Vec<Command> {
    let tr = |key: &str| language.text(key);
    let mut commands = Vec::new();
    let lesson = &open.lesson;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            let of = [
                ("number", (open.index + 1).to_string()),
                ("count", count.to_string()),
            ];
            ui.label(RichText::new(language.text_with("lesson-of", &of)).small());
            ui.label(RichText::new(lesson.topic_in(language)).small().italics());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.small_button(tr("lesson-close")).clicked() {
                    commands.push(Command::CloseLesson);
                }
                let next = ui.add_enabled(
                    open.index + 1 < count,
                    egui::Button::new(tr("lesson-next")).small(),
                );
                if next.on_hover_text(tr("lesson-next-tip")).clicked() {
                    commands.push(Command::OpenLesson(open.index + 1));
                }
                let back = ui.add_enabled(
                    open.index > 0,
                    egui::Button::new(tr("lesson-previous")).small(),
                );
                if back.on_hover_text(tr("lesson-previous-tip")).clicked() {
                    commands.push(Command::OpenLesson(open.index.saturating_sub(1)));
                }
            });
        });
        ui.label(RichText::new(lesson.title_in(language)).size(22.0).strong());
        match &open.report {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(RichText::new(tr("lesson-measuring")).size(16.0));
                });
            }
            Some(Ok(report)) => {
                let (key, color) = if report.holds {
                    ("lesson-holds", egui::Color32::from_rgb(30, 120, 50))
                } else {
                    ("lesson-does-not-hold", egui::Color32::from_rgb(180, 40, 40))
                };
                let claim = lesson.claim_in(language, &report.measured);
                let claim = language.text_with(key, &[("claim", claim)]);
                ui.label(RichText::new(claim).size(17.0).color(color));
                let verdict = if report.control_holds {
                    "lesson-control-holds"
                } else {
                    "lesson-control-fails"
                };
                if let Some(figure) = &report.figure {
                    figure_ui(ui, figure, &lesson.name, language);
                }
                let control = [("control", lowercase_first(&lesson.control_in(language)))];
                ui.label(RichText::new(language.text_with(verdict, &control)).small())
                    .on_hover_text(tr("lesson-control-tip"));
            }
            Some(Err(e)) => {
                ui.colored_label(
                    egui::Color32::from_rgb(180, 40, 40),
                    language.text_with("lesson-not-measured", &[("reason", e.text(language))]),
                );
            }
        }
        ui.label(lesson.explanation_in(language).trim());
    });
    commands
}

/// `text` with its first letter in lower case, to continue a sentence.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// A lesson's figure: its series on a small plot (dots, or curves with a legend), titled,
/// with its axes named.
fn figure_ui(ui: &mut egui::Ui, figure: &Figure, lesson: &str, language: Language) {
    let text = |caption: &Caption| caption.text(language, lesson);
    let (x, y) = (text(&figure.x), text(&figure.y));
    let args = [
        ("title", text(&figure.title)),
        ("y", y.clone()),
        ("x", x.clone()),
    ];
    let caption = language.text_with("lesson-figure-caption", &args);
    ui.label(RichText::new(caption).small());
    let mut plot = Plot::new("lesson-figure")
        .height(140.0)
        .width(ui.available_width())
        .x_axis_label(x)
        .y_axis_label(y)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false);
    if figure.series.len() > 1 {
        plot = plot.legend(Legend::default().background_alpha(0.6));
    }
    plot.show(ui, |plot_ui| {
        for series in &figure.series {
            let (name, points) = (text(&series.name), series.points.clone());
            if series.line {
                plot_ui.line(Line::new(name, points).width(1.5));
            } else {
                plot_ui.points(Points::new(name, points).radius(4.0).filled(true));
            }
        }
    });
}
