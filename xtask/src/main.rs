//! Maintainer tasks. Not implemented yet: `regen` arrives with the codegen issue.

fn main() {
    eprintln!("usage: cargo xtask <task>\n\nno tasks are implemented yet");
    std::process::exit(2);
}
