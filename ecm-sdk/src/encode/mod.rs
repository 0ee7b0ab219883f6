//! Encoding requests for the wire.

#[cfg(test)]
mod documented_params;
mod params;

#[cfg(test)]
pub(crate) use params::to_params;
pub(crate) use params::{FlatParams, to_flat_params};
