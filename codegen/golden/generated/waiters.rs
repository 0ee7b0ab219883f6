// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The waiters of the waiter table (`ecm-codegen`'s `generate/waiters.rs`): one
//! `Client::wait_until_…` method each, run by the engine in [`crate::waiter`].
