//! An in-process entry point into the request pipeline, for the fuzz targets in `fuzz/`
//! and for tests that feed it hostile requests without a socket.
//!
//! Not part of the supported API (hidden from the docs, may change at any time): it runs
//! exactly what a connection runs for one request — encoding, common parameters, routing,
//! faults, signature verification, parameter rebuilding and validation, the answer — on a
//! request whose body is already in memory.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};

use crate::config::EmulatorConfig;
use crate::journal::JournalEntry;
use crate::server::{StartError, build_state};
use crate::service::{self, ConnectionControl, State};

/// The request pipeline of an emulator built from a configuration, without a server.
#[derive(Debug)]
pub struct RequestHarness {
    state: Arc<State>,
    runtime: tokio::runtime::Runtime,
}

impl RequestHarness {
    /// Builds the pipeline (spec catalog, verifier, faults) for `config`; the listening
    /// and connection settings are ignored.
    pub fn new(config: &EmulatorConfig) -> Result<RequestHarness, StartError> {
        let state = build_state(config)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(StartError::Runtime)?;
        Ok(RequestHarness { state, runtime })
    }

    /// Serves one request; `None` when the emulator resets the connection instead of
    /// answering.
    pub fn handle(&self, request: http::Request<Bytes>) -> Option<http::Response<Bytes>> {
        let control = Arc::new(ConnectionControl::default());
        let request = request.map(Full::new);
        self.runtime.block_on(async {
            let response = service::handle(Arc::clone(&self.state), control, request)
                .await
                .ok()?;
            let (parts, body) = response.into_parts();
            let body = body.collect().await.ok()?.to_bytes();
            Some(http::Response::from_parts(parts, body))
        })
    }

    /// Moves the server clock `seconds` away from the system clock (as
    /// `EmulatorHandle::set_clock_offset_seconds`).
    pub fn set_clock_offset_seconds(&self, seconds: i64) {
        self.state.clock.set_offset_seconds(seconds);
    }

    /// What the journal recorded so far, oldest first.
    pub fn journal(&self) -> Vec<JournalEntry> {
        self.state.journal.snapshot()
    }
}
