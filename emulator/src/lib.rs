//! A local, spec-driven emulator of the Tencent Cloud ECM API (2019-07-19) for tests.
//!
//! The emulator serves the actions of an [`ecm_spec::Spec`] (by default the embedded
//! `spec/ecm.json`) over plain HTTP the way the real endpoint does: it accepts TC3-signed POST
//! JSON and GET requests and v1-signed (HmacSHA1/HmacSHA256) GET and POST form requests,
//! verifies their signatures with `tencentcloud-signer`, checks the action, version and
//! parameters against the spec, and answers in the `{"Response": {…, "RequestId"}}` envelope.
//! The actions of the modelled resource kinds (security groups, modules, instances, VPCs,
//! subnets, route tables, network interfaces, HaVips, EIPs, images, load balancers, tasks) act
//! on per-account state — created, described with filters and pages, changed, moved through
//! their documented states as model time passes, deleted; every other action (and every
//! action in [`EmulatorConfig::replay`] mode) answers its documented example output. Tests
//! can register their own replies, inject faults, move the server and model clocks and read a
//! journal of what was received. It accepts what Tencent's official SDKs send (their extra
//! common parameters, `True`/`False`, lossless alternative scalar forms, the port-less host
//! the Node.js SDK signs) and can be named as a client's HTTP proxy; the crate README's
//! "Using the emulator from other clients" has the recipes.
//!
//! ```no_run
//! use ecm_emulator::{Emulator, EmulatorConfig, Fault, Injection, Reply};
//! use serde_json::json;
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = Emulator::start(EmulatorConfig::new()).await?;
//! println!("ECM endpoint at {}", emulator.url());
//! // Sign requests with emulator.secret_id() / emulator.secret_key(), Host = emulator.host().
//!
//! // Replace DescribeNode's documented answer, and fail the next two requests.
//! emulator.respond("DescribeNode", Reply::output(json!({"NodeSet": [], "TotalCount": 0})))?;
//! emulator.inject(Injection::new(Fault::RequestLimitExceeded).times(2))?;
//!
//! // … exercise the code under test …
//!
//! for entry in emulator.journal() {
//!     println!("{:?} {:?} {}", entry.action, entry.outcome, entry.params);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The `ecm-emulator` binary serves the same endpoint from the command line; see the crate
//! README.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The README's examples compile as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod auth;
mod catalog;
mod clock;
mod config;
mod fault;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod journal;
mod params;
mod proxy;
mod rejection;
mod reply;
mod request_id;
mod scalars;
mod server;
mod service;
mod state;

pub use config::{DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, EmulatorConfig};
pub use fault::{Fault, Injection, ParseInjectionError};
pub use journal::{Encoding, JournalEntry, Outcome, SignatureMethod};
pub use reply::Reply;
pub use server::{Emulator, EmulatorError, EmulatorHandle, StartError};
