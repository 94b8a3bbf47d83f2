//! A progress bar on stderr for long headless work, drawn only when stderr is a terminal (a
//! script that reads the output sees nothing of it).

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::progress::Progress;

/// Steps of the bar.
const TICKS: u64 = 1000;

/// Runs `work` with a [`Progress`] that a bar labelled `label` follows on stderr, a few times
/// a second, while it runs; the bar is cleared when it ends.
pub fn with_progress_bar<T>(label: &str, work: impl FnOnce(&Progress) -> T) -> T {
    let progress = Progress::new();
    if !std::io::stderr().is_terminal() {
        return work(&progress);
    }
    let finished = AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let bar = ProgressBar::with_draw_target(Some(TICKS), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{msg} [{bar:40}] {percent:>3}% ({elapsed})")
                .map(|s| s.progress_chars("=> "));
            if let Ok(style) = style {
                bar.set_style(style);
            }
            bar.set_message(label.to_owned());
            while !finished.load(Ordering::Relaxed) {
                bar.set_position((f64::from(progress.fraction()) * TICKS as f64) as u64);
                std::thread::sleep(Duration::from_millis(100));
            }
            bar.finish_and_clear();
        });
        let result = work(&progress);
        finished.store(true, Ordering::Relaxed);
        result
    })
}
