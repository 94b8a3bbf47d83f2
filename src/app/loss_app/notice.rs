//! The message of the last action: what was done fades after a few seconds, what went wrong
//! stays until dismissed; either floats at the top of the view, above every window.

use eframe::egui;

use super::LossApp;
use crate::i18n::{Language, Message};

/// How long a notice that something was done stays, in seconds.
const DONE_NOTICE_SECONDS: f64 = 6.0;

impl LossApp {
    /// Shows `text`, saying that something was done, for [`DONE_NOTICE_SECONDS`].
    pub(super) fn report_done(&mut self, text: Message, ctx: &egui::Context) {
        let until = ctx.input(|i| i.time) + DONE_NOTICE_SECONDS;
        self.notice = Some(text.clone());
        self.notice_fades = Some((text, until));
    }

    /// Hides a done-notice whose time is up; whether the notice shown is one.
    pub(super) fn fade_notice(&mut self, ctx: &egui::Context) -> bool {
        let Some((text, until)) = &self.notice_fades else {
            return false;
        };
        if self.notice.as_ref() != Some(text) {
            self.notice_fades = None;
            return false;
        }
        let left = until - ctx.input(|i| i.time);
        if left <= 0.0 {
            self.notice = None;
            self.notice_fades = None;
            return false;
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
        true
    }
}

/// The message of the last action, floating at the top of `view` above every window (so that
/// it is seen even when one covers the view, and nothing moves when it comes and goes); true
/// when dismissed.
pub(super) fn notice_ui(
    ctx: &egui::Context,
    view: egui::Rect,
    notice: &Message,
    done: bool,
    language: Language,
) -> bool {
    let mut dismissed = false;
    egui::Area::new(egui::Id::unique("notice"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::CENTER_TOP)
        .fixed_pos(view.center_top() + egui::vec2(0.0, 4.0))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width((view.width() - 40.0).max(200.0));
                ui.horizontal_wrapped(|ui| {
                    let color = if done {
                        egui::Color32::from_rgb(30, 120, 50)
                    } else {
                        egui::Color32::from_rgb(160, 90, 0)
                    };
                    ui.colored_label(color, crate::format::one_line(&notice.text(language)));
                    dismissed = ui.small_button(language.text("notice-dismiss")).clicked();
                });
            });
        });
    dismissed
}
