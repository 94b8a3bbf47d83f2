//! The `losscape` binary: the app, or a headless subcommand.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use losscape::cli::{Cli, execute};
use losscape::format::one_line;
use losscape::i18n::{Language, Message};
use losscape::nn::NnError;
use losscape::optim::SpecError;
use losscape::run::RunError;
use losscape::surface::SurfaceError;

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // One clear line: clap's message up to its usage section, without "error: ".
            let text = e.to_string();
            let message: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let message = message.join(" ");
            eprintln!(
                "losscape: {}",
                one_line(message.trim_start_matches("error: "))
            );
            return ExitCode::from(2);
        }
    };
    let Some(command) = cli.command else {
        return open_app();
    };
    let language = cli.lang.unwrap_or_else(Language::from_environment);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let result = execute(command, language, &mut out, &mut std::io::stderr())
        .and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("losscape: {}", one_line(&causes(&e, language)));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes: "bad optimizer 'x': unknown optimizer 'x'; …", Losscape's own in
/// `language` (what the system or a parser says stays as it says it).
fn causes(e: &anyhow::Error, language: Language) -> String {
    e.chain()
        .map(|cause| message_of(cause).map_or_else(|| cause.to_string(), |m| m.text(language)))
        .collect::<Vec<_>>()
        .join(": ")
}

/// What one of Losscape's errors says, as a message that reads in any language.
fn message_of(cause: &(dyn std::error::Error + 'static)) -> Option<Message> {
    if let Some(message) = cause.downcast_ref::<Message>() {
        return Some(message.clone());
    }
    if let Some(e) = cause.downcast_ref::<SurfaceError>() {
        return Some(e.message());
    }
    if let Some(e) = cause.downcast_ref::<NnError>() {
        return Some(e.message());
    }
    if let Some(e) = cause.downcast_ref::<RunError>() {
        return Some(e.message());
    }
    cause.downcast_ref::<SpecError>().map(|e| e.0.clone())
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
fn open_app() -> ExitCode {
    match losscape::app::run_native() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("losscape: could not open the window: {e}");
            ExitCode::from(1)
        }
    }
}

/// In the browser: the page's canvas runs the app from here on. (In a web worker, which has
/// no page, this does nothing: the worker calls [`losscape_work`].)
#[cfg(all(feature = "app", target_arch = "wasm32"))]
fn open_app() -> ExitCode {
    losscape::app::run_web();
    ExitCode::SUCCESS
}

/// What `web/worker.js` calls: the answer to the page's request, both in CBOR.
#[cfg(all(feature = "app", target_arch = "wasm32"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn losscape_work(request: &[u8]) -> Vec<u8> {
    losscape::app::answer_worker_request(request)
}

#[cfg(not(feature = "app"))]
fn open_app() -> ExitCode {
    eprintln!("losscape: built without the app; run `losscape --help` for the headless commands");
    ExitCode::from(2)
}
