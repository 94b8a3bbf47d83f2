//! The `losscape` binary.
fn main() {}
