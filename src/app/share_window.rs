//! The share-link window (File → Share link…): the link to this exact setup, to copy and post,
//! and a field to open a link someone posted. Links point at the published browser build; the
//! browser build knows its own address, the desktop app is told it once and remembers it.

use eframe::egui;

use super::command::Command;
use super::share_link::fragment;
use crate::i18n::Language;
use crate::scenario::AppState;

/// The height of the box showing the link, in points: a few of its lines, the rest scrolls.
const LINK_HEIGHT: f32 = 64.0;

/// The window's state.
#[derive(Default)]
pub struct ShareWindow {
    /// The window is open.
    pub open: bool,
    /// The address of the published browser build that links open (persisted on the desktop).
    pub site: String,
    /// A link pasted to be opened.
    pasted: String,
}

impl ShareWindow {
    /// The whole link to `setup` with `lesson` open: the site's address and the fragment, or
    /// the fragment alone while no site is known.
    pub fn link(&self, setup: &AppState, lesson: Option<&str>) -> Option<String> {
        let fragment = fragment(setup, lesson).ok()?;
        Some(format!("{}#{fragment}", self.site.trim()))
    }

    /// Closes the window after a link was opened, and forgets the link.
    pub fn opened(&mut self) {
        self.open = false;
        self.pasted.clear();
    }

    /// The window, while open, within `area`.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        area: egui::Rect,
        link: Option<String>,
        language: Language,
    ) -> Vec<Command> {
        let tr = |key: &str| language.text(key);
        let mut commands = Vec::new();
        let mut open = self.open;
        egui::Window::new(tr("share-title"))
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos(area.center_top() + egui::vec2(0.0, 60.0))
            .constrain_to(area)
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.set_max_width(520.0);
                ui.label(tr("share-explanation"));
                if cfg!(not(target_arch = "wasm32")) {
                    ui.horizontal(|ui| {
                        let label = ui.label(tr("share-site"));
                        ui.add(
                            egui::TextEdit::singleline(&mut self.site)
                                .hint_text("https://…/losscape/")
                                .desired_width(340.0),
                        )
                        .labelled_by(label.id)
                        .on_hover_text(tr("share-site-tip"));
                    });
                }
                let mut shown = link.clone().unwrap_or_else(|| tr("share-no-link"));
                egui::ScrollArea::vertical()
                    .max_height(LINK_HEIGHT)
                    .show(ui, |ui| {
                        ui.add(
                            egui::TextEdit::multiline(&mut shown)
                                .font(egui::TextStyle::Monospace)
                                .desired_rows(3)
                                .desired_width(f32::INFINITY)
                                .interactive(false),
                        );
                    });
                let copy = ui
                    .add_enabled(link.is_some(), egui::Button::new(tr("share-copy")))
                    .on_hover_text(tr("share-copy-tip"));
                if copy.clicked()
                    && let Some(link) = &link
                {
                    ctx.copy_text(link.clone());
                }
                ui.separator();
                let submitted = ui
                    .horizontal(|ui| {
                        let label = ui.label(tr("share-open-label"));
                        let field = ui
                            .add(
                                egui::TextEdit::singleline(&mut self.pasted)
                                    .hint_text(tr("share-paste-hint"))
                                    .desired_width(300.0),
                            )
                            .labelled_by(label.id);
                        let entered =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        let button = ui
                            .add_enabled(
                                !self.pasted.trim().is_empty(),
                                egui::Button::new(tr("share-open")),
                            )
                            .on_hover_text(tr("share-open-tip"));
                        entered || button.clicked()
                    })
                    .inner;
                if submitted && !self.pasted.trim().is_empty() {
                    commands.push(Command::OpenLink(self.pasted.trim().to_owned()));
                }
            });
        self.open = open;
        commands
    }
}
