//! Encoding requests for the wire (the generated structures' `Serialize` is the model
//! crate's).

// Checks the real spec's documented examples, so not in the golden crate (`codegen/golden`),
// which builds this runtime with a fixture spec. Decodes them into the request types, which
// needs their `test-util` `Deserialize` (the crate's dev-dependency on itself enables it).
#[cfg(all(test, not(ecm_golden), feature = "test-util"))]
mod documented_params;
mod params;

#[cfg(all(test, not(ecm_golden)))]
pub(crate) use params::to_params;
pub(crate) use params::{FlatParams, to_flat_params};
