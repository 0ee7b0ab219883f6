//! Selects the golden generated module in the model crate's root (see Cargo.toml).

fn main() {
    println!("cargo::rustc-cfg=ecm_golden");
}
