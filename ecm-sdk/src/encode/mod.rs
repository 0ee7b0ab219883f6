//! Encoding requests for the wire.

mod params;

pub(crate) use params::to_params;
