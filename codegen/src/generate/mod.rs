//! Spec → Rust source. (Not implemented yet.)
