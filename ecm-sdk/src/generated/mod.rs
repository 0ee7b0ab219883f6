// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The generated items that name the runtime's types, so they live in this crate: a
//! `Client` method per action, the typed error-code accessors and the waiters. The
//! API model they use is in `ecm-sdk-model`.

mod client;
mod error_code;
mod waiters;
