//! Builds the lesson files in `assets/lessons/` into the program: writes the list of
//! (file name, text) pairs that `src/lesson/mod.rs` includes.

use std::fmt::Write;

fn main() {
    let dir = std::path::Path::new("assets/lessons");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut list = String::from("&[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Relative to the manifest at compile time, so that two checkouts sharing a target
        // directory each include their own files.
        let _ = writeln!(
            list,
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))),",
            format!("/assets/lessons/{name}")
        );
    }
    list.push(']');
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    std::fs::write(out.join("lessons.rs"), list)
        .unwrap_or_else(|e| panic!("writing the lesson list: {e}"));
}
