//! Selects the golden generated module in the SDK's crate root (see Cargo.toml).

fn main() {
    println!("cargo::rustc-cfg=ecm_golden");
}
