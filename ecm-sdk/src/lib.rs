//! Rust SDK for the Tencent Cloud Edge Computing Machine (ECM) API, version 2019-07-19.
//!
//! Every action of the API is a typed request in [`actions`] with a method on [`Client`]
//! (`client.describe_node(request)`), generated from the documentation; this page covers
//! the hand-written runtime that sends them.
//!
//! # Calling an action
//!
//! ```no_run
//! use ecm_sdk::Client;
//! use ecm_sdk::actions::{DescribeNodeFilter, DescribeNodeRequest};
//!
//! # async fn demo() -> Result<(), ecm_sdk::Error> {
//! // Credentials from the environment, the CLI profile file or the CVM role;
//! // region from TENCENTCLOUD_REGION.
//! let client = Client::from_env()?;
//! let request = DescribeNodeRequest::new()
//!     .filters([DescribeNodeFilter::instance_family(["SN3ne"])]);
//! let nodes = client.describe_node(request).await?;
//! println!("{:?} nodes (request {:?})", nodes.total_count, nodes.request_id);
//! # Ok(()) }
//! ```
//!
//! Every action goes through the same pipeline: validate required parameters (before any
//! I/O) → serialise (JSON, or flattened `Name.0.Field=value` parameters for GET and v1
//! signatures) → sign with [`tencentcloud_signer`], afresh on every attempt → send over
//! the [`Transport`](transport::Transport) → read the body under a size cap → decode the
//! `{"Response": …}` envelope into the typed output or an [`Error`].
//!
//! # Configuration
//!
//! ```no_run
//! use std::time::Duration;
//! use ecm_sdk::{Client, Credentials, Language, RetryPolicy};
//!
//! # fn demo() -> Result<(), ecm_sdk::Error> {
//! let client = Client::builder()
//!     .credentials(Credentials::new("AKID...", "secret key"))
//!     .region("ap-guangzhou")
//!     .regional_endpoint(true) // ecm.ap-guangzhou.tencentcloudapi.com
//!     .language(Language::EnUs)
//!     .attempt_timeout(Duration::from_secs(10))
//!     .retry_policy(RetryPolicy::standard().with_max_attempts(5))
//!     .rate_limiting(true)
//!     .build()?; // invalid settings are an `Error::Config`, never a panic
//! # Ok(()) }
//! ```
//!
//! | setting | default |
//! |---|---|
//! | credentials | [`CredentialsChain::default_chain`](credentials::CredentialsChain::default_chain), cached |
//! | region | none (`X-TC-Region` is sent when set; actions that require one refuse to run without) |
//! | endpoint | `https://ecm.tencentcloudapi.com/` (nearest region); [`regional_endpoint`](ClientBuilder::regional_endpoint) or a full [`endpoint`](ClientBuilder::endpoint) override (`http://127.0.0.1:PORT` for emulators) |
//! | signature | TC3-HMAC-SHA256 ([`SignatureMethod`]) |
//! | HTTP method | POST with a JSON body ([`HttpMethod`]) |
//! | connect timeout | [`DEFAULT_CONNECT_TIMEOUT`] (5 s) |
//! | attempt timeout | [`DEFAULT_ATTEMPT_TIMEOUT`] (30 s) |
//! | total timeout | [`DEFAULT_TOTAL_TIMEOUT`] (60 s), retries and back-off included |
//! | retries | [`RetryPolicy::standard`]: 3 attempts, full-jitter back-off from 200 ms (1 s after throttling), capped at 5 s; a client-wide retry quota ([`ClientBuilder::retry_quota`]) |
//! | TC3 signed headers | `content-type;host;x-tc-action`, plus `x-tc-region` when set ([`Tc3SignedHeaders`]) |
//! | rate limiting | off; when on, each action is paced to its documented limit (20/s) |
//! | response body cap | [`DEFAULT_MAX_RESPONSE_BYTES`] (10 MiB) |
//! | `User-Agent` | [`USER_AGENT`] (`ecm-sdk-rust/<version>`), plus `app/<name>` if set |
//!
//! The client needs a Tokio runtime with the time driver enabled (`#[tokio::main]` has it).
//!
//! [`Client`] is cheap to clone and `Send + Sync`: clones share the connection pool, the
//! credentials cache, the learned clock offset and the rate limiter. Per-call settings
//! come from [`Client::with_overrides`], which returns such a clone:
//!
//! ```no_run
//! # use std::time::Duration;
//! # async fn demo(client: ecm_sdk::Client) -> Result<(), ecm_sdk::Error> {
//! let shanghai = client.with_overrides(|o| {
//!     o.region("ap-shanghai").attempt_timeout(Duration::from_secs(5)).max_attempts(1)
//! });
//! let nodes = shanghai.describe_node(Default::default()).await?;
//! # Ok(()) }
//! ```
//!
//! # Credentials
//!
//! The default chain tries, in order: the environment (`TENCENTCLOUD_SECRET_ID`,
//! `TENCENTCLOUD_SECRET_KEY`, `TENCENTCLOUD_SESSION_TOKEN`); the CLI's profile file
//! (`~/.tencentcloud/credentials`, or `TENCENTCLOUD_CREDENTIALS_FILE`); the CVM instance
//! role from the metadata service. An absent source is skipped; a source that is present
//! but broken (e.g. a malformed profile file) stops the chain with an error naming it.
//! Temporary credentials are refreshed before they expire, one refresh at a time. See
//! [`credentials`] for the sources and the [`ProvideCredentials`](credentials::ProvideCredentials)
//! trait. No `Debug` output, log line or error message contains a key or token.
//!
//! # Errors
//!
//! ```no_run
//! use ecm_sdk::{Error, ErrorCode};
//! # async fn demo(client: ecm_sdk::Client) {
//! match client.describe_node(Default::default()).await {
//!     Ok(nodes) => println!("{:?}", nodes.total_count),
//!     Err(Error::Service(e)) => {
//!         // The wire code, a typed code, the message and the request id.
//!         eprintln!("{} {:?}: {} ({:?})", e.code(), e.error_code(), e.message(), e.request_id());
//!     }
//!     Err(e) if e.is_throttling() => eprintln!("still throttled after retries: {e}"),
//!     Err(e) => eprintln!("{e} (transient: {})", e.is_transient()),
//! }
//! # }
//! ```
//!
//! [`Error`] tells apart service errors (code, message, request id, action, HTTP status),
//! transport failures (connect vs. after sending), timeouts (connect, attempt or total),
//! undecodable answers (with the action, status, content type and a snippet of the body —
//! a proxy's HTML 502 page reads as such), invalid requests (the missing parameter's wire
//! path) and configuration and credentials problems.
//!
//! # Retries, throttling and clock skew
//!
//! See [`RetryPolicy`] for exactly what is retried: throttling (`RequestLimitExceeded.*`)
//! and unsent requests always; internal errors, HTTP 5xx and other network failures only
//! for read-only actions; a mutating action is never re-sent once it may have reached the
//! server. Retries draw on a client-wide retry quota
//! ([`ClientBuilder::retry_quota`]), so an outage does not multiply the load. Redirects are
//! never followed. After `AuthFailure.SignatureExpire` the client learns the offset
//! between its clock and the server's `Date` — only when it explains the rejection (more
//! than five minutes) and is at most a day — re-signs and retries once; later calls use
//! the learned offset. The crate README's "Reliability" section lists what is retried,
//! what never is, what is redacted and what the client trusts from a server.
//!
//! # Pagination
//!
//! [`Client::paginate`] pages through a list action; the streams it gives have `next` and
//! `try_collect` of their own, so no stream crate is needed:
//!
//! ```no_run
//! use ecm_sdk::actions::{DescribeInstancesRequest, DescribeVpcsRequest};
//! # async fn demo(client: ecm_sdk::Client) -> Result<(), ecm_sdk::Error> {
//! let mut instances = client.paginate(DescribeInstancesRequest::new()).items();
//! while let Some(instance) = instances.next().await {
//!     println!("{:?}", instance?.instance_id);
//! }
//! let vpcs = client.paginate(DescribeVpcsRequest::new()).items().try_collect().await?;
//! # let _ = vpcs;
//! # Ok(()) }
//! ```
//!
//! # Raw calls
//!
//! [`Client::call_raw`] calls an action by name with a `serde_json::Value` of parameters
//! (e.g. one this SDK version does not model yet), through the same signing, retry and
//! error handling, and returns the `Response` object. The name must be a known action
//! ([`action::find`]): it keeps its documented read-only flag and rate limit, and a
//! misspelt one is refused before any I/O with a "did you mean …".
//!
//! # Testing your code: the replay transport
//!
//! `transport::ReplayTransport` stands in for the service without any
//! HTTP: typed replies per action (in sequence, behind predicates, or computed by a
//! closure), typed service errors, and the requests your code sent, read back as typed
//! requests. Response types have `new()` and chainable setters for this.
//!
//! It needs the `test-util` feature, which also gives the requests (and the data structures
//! only requests contain) a `Deserialize` and the responses (and the data structures only
//! responses contain) a `Serialize` that the SDK itself never uses (so a build without it
//! compiles less); enable it for your tests only:
//!
//! ```toml
//! [dev-dependencies]
//! ecm-sdk = { version = "0.1", features = ["test-util"] }
//! ```
//!
//! ```
//! use ecm_sdk::Client;
//! use ecm_sdk::actions::{DescribeNodeRequest, DescribeNodeResponse};
//! use ecm_sdk::transport::ReplayTransport;
//! use ecm_sdk::types::{Node, ZoneInfo};
//!
//! /// The code under test.
//! async fn zones(client: &Client) -> Result<Vec<String>, ecm_sdk::Error> {
//!     let nodes = client.describe_node(DescribeNodeRequest::new()).await?;
//!     Ok(nodes.node_set.unwrap_or_default().into_iter()
//!         .filter_map(|node| node.zone_info?.zone)
//!         .collect())
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), ecm_sdk::Error> {
//! let transport = ReplayTransport::new();
//! transport.on::<DescribeNodeRequest>()
//!     .output(DescribeNodeResponse::new().set_total_count(1).set_node_set([
//!         Node::new().zone_info(ZoneInfo::new().zone("ap-guangzhou-ecm-1")),
//!     ]))
//!     .service_error("RequestLimitExceeded", "slow down");
//! let client = transport.client_builder().build()?;
//!
//! assert_eq!(zones(&client).await?, ["ap-guangzhou-ecm-1"]);
//! // The rule's next reply is throttling: with retries off, the caller sees it.
//! let client = transport.client_builder()
//!     .retry_policy(ecm_sdk::RetryPolicy::disabled())
//!     .build()?;
//! assert!(zones(&client).await.unwrap_err().is_throttling());
//! assert_eq!(transport.requests()[0].action().as_deref(), Some("DescribeNode"));
//! # Ok(()) }
//! ```
//!
//! # Testing your code: the in-process emulator
//!
//! The `ecm-emulator` crate (a dev-dependency) is a local ECM endpoint on 127.0.0.1: the
//! client goes through its whole stack (signing, HTTP, retries, decoding) and the emulator
//! checks signatures and parameters as the service does, answers with the documentation's
//! examples unless told otherwise, injects faults and journals what it received.
//!
//! ```
//! use ecm_emulator::{Emulator, EmulatorConfig, Reply};
//! use ecm_sdk::{Client, Credentials};
//! use ecm_sdk::actions::DescribeInstanceVncUrlRequest;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! let emulator = Emulator::start(EmulatorConfig::new()).await?; // stops when dropped
//! let client = Client::builder()
//!     .credentials(Credentials::new(emulator.secret_id(), emulator.secret_key()))
//!     .endpoint(emulator.url())
//!     .build()?;
//! emulator.respond("DescribeInstanceVncUrl", Reply::error("ResourceNotFound", "no ein-1"))?;
//!
//! let request = DescribeInstanceVncUrlRequest::new().instance_id("ein-1");
//! let error = client.describe_instance_vnc_url(request).await.unwrap_err();
//! assert_eq!(error.as_service_error().unwrap().code(), "ResourceNotFound");
//! let journal = emulator.journal();
//! assert_eq!(journal[0].params["InstanceId"], "ein-1");
//! assert_eq!(error.request_id(), Some(journal[0].request_id.as_str()));
//! # Ok(()) }
//! ```
//!
//! Runnable versions, with tests: `examples/test_with_replay.rs` and
//! `examples/test_with_emulator.rs`; every common task has an example in `examples/`.
//!
//! # Tracing
//!
//! Each call is a `tracing` span `ecm.call` with `action`, `region`, `attempts`,
//! `latency_ms`, `request_id`, `outcome` and `error_code`; retries are `DEBUG` events. No
//! header, key or token is ever recorded. With no subscriber listening, the cost is a
//! few atomic loads.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// docs.rs (which builds with `test-util`, see Cargo.toml) marks the items that need a feature.
#![cfg_attr(docsrs, feature(doc_cfg))]
// The golden crate (see `mod generated`) builds this root for a fixture spec without waiters,
// so the waiter engine's internals are unused there.
#![cfg_attr(ecm_golden, allow(dead_code))]

mod builder;
mod client;
pub mod clock;
pub mod credentials;
mod decode;
mod encode;
mod endpoint;
pub mod error;
// Generated from spec/ecm.json by `cargo xtask regen`: the items that name the runtime's
// types (client methods, error-code accessors, waiters); the API model itself is the
// `ecm-sdk-model` crate, re-exported below. rustfmt leaves it to prettyplease. The golden crate
// (`codegen/golden`) builds this crate root with the code generated for the generator's test
// fixture instead.
#[rustfmt::skip]
#[cfg_attr(ecm_golden, path = "../../codegen/golden/generated/mod.rs")]
mod generated;
mod http_request;
mod options;
mod overrides;
mod paginate;
mod pipeline;
mod rate_limit;
mod retry;
mod state;
pub mod transport;
pub mod waiter;

pub use builder::ClientBuilder;
pub use client::Client;
pub use credentials::Credentials;
pub use error::Error;
// The API model (`ecm-sdk-model`, a crate of its own so that it does not wait for the
// transport's dependencies), under the paths it always had, and its hidden macro listing every
// action (for the workspace's test tables and fuzz harnesses).
#[doc(hidden)]
pub use ecm_sdk_model::__for_each_action;
#[doc(inline)]
pub use ecm_sdk_model::{ErrorCode, action, actions, error_code, types};
pub use options::{
    DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TOTAL_TIMEOUT, HttpMethod, Language, MAX_TIMEOUT, SignatureMethod, Tc3SignedHeaders,
    USER_AGENT,
};
pub use overrides::CallOverrides;
pub use paginate::{Items, Pages, Paginator};
pub use retry::RetryPolicy;
pub use waiter::{WaitError, WaitOptions};

// The snippets of the crate guide and of the workspace README compile and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct CrateGuideDoctests;
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct WorkspaceReadmeDoctests;

/// Internals reachable from the workspace's benchmarks (`ecm-sdk/benches`,
/// `ecm-bench-client`), which measure the encoders and the decoder the client uses on their
/// own. Only with the workspace-internal `internal-bench` feature; not part of the public
/// API: hidden, unstable, may change in any release.
#[cfg(feature = "internal-bench")]
#[doc(hidden)]
pub mod __bench {
    use serde::Serialize;
    use serde::de::DeserializeOwned;

    /// Flattened `Name.0.Field=value` parameters, as GET and v1-signed requests carry them.
    #[derive(Debug, Clone)]
    pub struct Params(crate::encode::FlatParams);

    impl Params {
        /// The parameters, in order, as the signer takes them.
        pub fn pairs(&self) -> Vec<(&str, &str)> {
            self.0.pairs()
        }
    }

    /// Flattens a request exactly as the client does.
    pub fn to_params<T: Serialize + ?Sized>(request: &T) -> Result<Params, String> {
        crate::encode::to_flat_params(request)
            .map(Params)
            .map_err(|error| error.to_string())
    }

    /// Decodes a `{"Response": …}` body into the output type `T` in the client's single
    /// pass; an `Error` envelope or an undecodable body is an `Err` describing it.
    pub fn decode_response<T: DeserializeOwned>(body: &[u8]) -> Result<T, String> {
        match crate::decode::decode_envelope::<T>(body) {
            Ok(crate::decode::Envelope::Success { output, .. }) => Ok(output),
            Ok(crate::decode::Envelope::Failure { error, .. }) => {
                Err(format!("error envelope: {}: {}", error.code, error.message))
            }
            Err(crate::decode::EnvelopeError::NotAnEnvelope(detail)) => {
                Err(format!("not an envelope: {detail}"))
            }
            Err(crate::decode::EnvelopeError::Shape { detail, .. }) => {
                Err(format!("unexpected shape: {detail}"))
            }
        }
    }
}
