//! The desktop front-end (feature `app`). For now a single window announcing what is coming.

use eframe::egui;

/// Opens the Losscape window and runs until it is closed.
pub fn run_native() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Losscape")
            .with_inner_size([960.0, 640.0]),
        ..Default::default()
    };
    eframe::run_native("Losscape", options, Box::new(|_cc| Ok(Box::new(LossApp))))
}

/// The app's state.
pub struct LossApp;

impl eframe::App for LossApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(60.0);
                ui.heading(egui::RichText::new("Losscape").size(40.0));
                ui.add_space(12.0);
                ui.label(egui::RichText::new("See why a neural network fails to train.").size(20.0));
                ui.add_space(24.0);
                ui.label("The interactive surface view, optimizer races and lessons are on their way.");
                ui.label("Everything they will show is already available from the command line:");
                ui.add_space(8.0);
                ui.code("losscape surfaces\nlosscape probe --surface tiny-net --at 0,0\nlosscape race --surface ravine --start -2.5,1 --optimizer sgd:lr=0.019 --optimizer adam:lr=0.1");
            });
        });
    }
}
