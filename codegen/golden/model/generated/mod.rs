// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The API model generated from the ECM spec; the crate root re-exports its public
//! modules (`actions`, `types`, `error_code`).

pub mod actions;
pub mod error_code;
mod registry;
mod service;
pub mod types;
pub use registry::ACTIONS;
pub use service::SERVICE;
