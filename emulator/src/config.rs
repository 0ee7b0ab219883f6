//! How to start an emulator.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ecm_spec::Spec;

use crate::fault::Injection;

/// The SecretId an emulator accepts unless told otherwise.
pub const DEFAULT_SECRET_ID: &str = "AKIDECMEMULATOR0000000000000000000";
/// The SecretKey an emulator accepts unless told otherwise.
pub const DEFAULT_SECRET_KEY: &str = "ecm-emulator-secret-key-0000000000";

/// Configuration of an emulator, built with chained setters.
///
/// ```
/// use std::time::Duration;
/// use ecm_emulator::{EmulatorConfig, Fault, Injection};
///
/// let config = EmulatorConfig::new()
///     .credentials("AKIDtest", "test-key")
///     .clock_offset_seconds(-600)
///     .inject(Injection::new(Fault::Delay(Duration::from_millis(50))).times(1));
/// # let _ = config;
/// ```
#[derive(Clone)]
pub struct EmulatorConfig {
    pub(crate) listen: SocketAddr,
    pub(crate) secret_id: String,
    pub(crate) secret_key: String,
    pub(crate) token: Option<String>,
    pub(crate) spec: Option<Arc<Spec>>,
    pub(crate) verify_signatures: bool,
    pub(crate) clock_offset_seconds: i64,
    pub(crate) journal_capacity: usize,
    pub(crate) worker_threads: usize,
    pub(crate) max_connections: usize,
    pub(crate) header_read_timeout: Duration,
    pub(crate) body_read_timeout: Duration,
    pub(crate) write_timeout: Duration,
    pub(crate) max_header_bytes: usize,
    pub(crate) strict_scalars: bool,
    pub(crate) injections: Vec<Injection>,
    pub(crate) replay: bool,
    pub(crate) transition_delay: Duration,
    pub(crate) state_file: Option<PathBuf>,
    pub(crate) save_interval: Duration,
    pub(crate) accounts: Vec<(String, String)>,
}

impl Default for EmulatorConfig {
    fn default() -> EmulatorConfig {
        EmulatorConfig::new()
    }
}

impl EmulatorConfig {
    /// The defaults: `127.0.0.1:0` (a free port), [`DEFAULT_SECRET_ID`] /
    /// [`DEFAULT_SECRET_KEY`], the embedded spec ([`Spec::embedded`]), signatures verified,
    /// the system clock, a journal of the last 10,000 requests, two worker threads, at most
    /// 10,000 connections, 30 s to send request headers (also the keep-alive idle limit),
    /// 30 s to send a body and 30 s for each write of an answer to make progress, 64 KiB of
    /// request head, lossless alternative scalar forms accepted (see
    /// [`strict_scalars`](Self::strict_scalars)).
    pub fn new() -> EmulatorConfig {
        EmulatorConfig {
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            secret_id: DEFAULT_SECRET_ID.to_owned(),
            secret_key: DEFAULT_SECRET_KEY.to_owned(),
            token: None,
            spec: None,
            verify_signatures: true,
            clock_offset_seconds: 0,
            journal_capacity: 10_000,
            worker_threads: 2,
            max_connections: 10_000,
            header_read_timeout: Duration::from_secs(30),
            body_read_timeout: Duration::from_secs(30),
            write_timeout: Duration::from_secs(30),
            max_header_bytes: 64 * 1024,
            strict_scalars: false,
            injections: Vec::new(),
            replay: false,
            transition_delay: Duration::from_secs(1),
            state_file: None,
            save_interval: Duration::from_secs(30),
            accounts: Vec::new(),
        }
    }

    /// The address to listen on; port 0 picks a free port. Keep it on loopback for tests.
    #[must_use]
    pub fn listen(mut self, address: SocketAddr) -> EmulatorConfig {
        self.listen = address;
        self
    }

    /// The credentials requests must be signed with; any other SecretId gets
    /// `AuthFailure.SecretIdNotFound`. Both must be non-empty:
    /// [`Emulator::start`](crate::Emulator::start) refuses an empty SecretId or SecretKey
    /// with [`StartError::Config`](crate::StartError::Config) (an empty key would make
    /// every signature computable by anyone).
    #[must_use]
    pub fn credentials(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> EmulatorConfig {
        self.secret_id = secret_id.into();
        self.secret_key = secret_key.into();
        self
    }

    /// Makes the credentials temporary ones: requests must carry this session token
    /// (`X-TC-Token` / `Token`), or get `AuthFailure.TokenFailure`.
    #[must_use]
    pub fn session_token(mut self, token: impl Into<String>) -> EmulatorConfig {
        self.token = Some(token.into());
        self
    }

    /// The spec to serve instead of the embedded one.
    #[must_use]
    pub fn spec(mut self, spec: impl Into<Arc<Spec>>) -> EmulatorConfig {
        self.spec = Some(spec.into());
        self
    }

    /// Whether to verify signatures (default: yes). Switching it off lets unsigned requests
    /// through, e.g. from `curl`; the common parameters are still required.
    #[must_use]
    pub fn verify_signatures(mut self, verify: bool) -> EmulatorConfig {
        self.verify_signatures = verify;
        self
    }

    /// Sets the server clock this many seconds off the system clock (negative: behind). The
    /// signature-expiry check and the `Date` header use the server clock.
    #[must_use]
    pub fn clock_offset_seconds(mut self, seconds: i64) -> EmulatorConfig {
        self.clock_offset_seconds = seconds;
        self
    }

    /// How many requests the journal keeps (the oldest go first); 0 switches it off, which
    /// saves a few allocations per request.
    #[must_use]
    pub fn journal_capacity(mut self, entries: usize) -> EmulatorConfig {
        self.journal_capacity = entries;
        self
    }

    /// Threads of the emulator's own runtime (at least 1).
    #[must_use]
    pub fn worker_threads(mut self, threads: usize) -> EmulatorConfig {
        self.worker_threads = threads.max(1);
        self
    }

    /// Connections served at once; further clients wait in the listen backlog.
    #[must_use]
    pub fn max_connections(mut self, connections: usize) -> EmulatorConfig {
        self.max_connections = connections.max(1);
        self
    }

    /// Time a client has to send a request's headers; it also closes idle keep-alive
    /// connections.
    #[must_use]
    pub fn header_read_timeout(mut self, timeout: Duration) -> EmulatorConfig {
        self.header_read_timeout = timeout;
        self
    }

    /// Time a client has to send a request body; slower connections are dropped.
    #[must_use]
    pub fn body_read_timeout(mut self, timeout: Duration) -> EmulatorConfig {
        self.body_read_timeout = timeout;
        self
    }

    /// Time each write of an answer may stay blocked (a client that stops reading); the
    /// connection is dropped after it.
    #[must_use]
    pub fn write_timeout(mut self, timeout: Duration) -> EmulatorConfig {
        self.write_timeout = timeout;
        self
    }

    /// Checks scalar parameters strictly: a JSON body must use each parameter's documented
    /// JSON type (`"2000"` for an `Integer` is refused) and a query or form `true`/`false` in
    /// lower case. By default (`false`) the lossless alternative forms that the official
    /// SDKs and the documentation's own examples use are accepted, the same rule in every
    /// encoding (see "Parameter forms" in the crate README).
    #[must_use]
    pub fn strict_scalars(mut self, strict: bool) -> EmulatorConfig {
        self.strict_scalars = strict;
        self
    }

    /// Largest request head (request line and headers) read, at least 8 KiB; larger heads
    /// are refused by the HTTP layer (431). GET requests larger than the documented 32 KB
    /// get `RequestSizeLimitExceeded` as long as their head fits.
    #[must_use]
    pub fn max_header_bytes(mut self, bytes: usize) -> EmulatorConfig {
        self.max_header_bytes = bytes.max(8 * 1024);
        self
    }

    /// Replay mode: every action answers its documented example (or a registered reply),
    /// as the emulator did before it modelled state. Default: off — the actions of the
    /// modelled resource kinds act on per-account state (see the crate README).
    #[must_use]
    pub fn replay(mut self, replay: bool) -> EmulatorConfig {
        self.replay = replay;
        self
    }

    /// How long transitional states last (PENDING → RUNNING, STOPPING → STOPPED…) in model
    /// time; default 1 s, zero settles them at once. Tests can move model time with
    /// [`EmulatorHandle::advance_clock`](crate::EmulatorHandle::advance_clock).
    #[must_use]
    pub fn transition_delay(mut self, delay: Duration) -> EmulatorConfig {
        self.transition_delay = delay;
        self
    }

    /// Keeps the state in this file: loaded at start (a missing file is an empty state; a
    /// corrupt or incompatible one fails the start), saved atomically when the emulator stops
    /// and every [`save_interval`](EmulatorConfig::save_interval) while it changes.
    #[must_use]
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> EmulatorConfig {
        self.state_file = Some(path.into());
        self
    }

    /// How often a changed state is saved to the state file (default 30 s; zero: only at
    /// stop).
    #[must_use]
    pub fn save_interval(mut self, interval: Duration) -> EmulatorConfig {
        self.save_interval = interval;
        self
    }

    /// Another credential pair the emulator accepts. Each SecretId is an account of its
    /// own: resources created with one are invisible to the others.
    #[must_use]
    pub fn account(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> EmulatorConfig {
        self.accounts.push((secret_id.into(), secret_key.into()));
        self
    }

    /// A fault active from the start.
    #[must_use]
    pub fn inject(mut self, injection: Injection) -> EmulatorConfig {
        self.injections.push(injection);
        self
    }
}

impl fmt::Debug for EmulatorConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorConfig")
            .field("listen", &self.listen)
            .field("secret_id", &self.secret_id)
            .field("secret_key", &"<redacted>")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field(
                "spec",
                &self.spec.as_ref().map_or("embedded".to_owned(), |spec| {
                    format!("{} actions", spec.actions.len())
                }),
            )
            .field("verify_signatures", &self.verify_signatures)
            .field("clock_offset_seconds", &self.clock_offset_seconds)
            .field("journal_capacity", &self.journal_capacity)
            .field("worker_threads", &self.worker_threads)
            .field("max_connections", &self.max_connections)
            .field("header_read_timeout", &self.header_read_timeout)
            .field("body_read_timeout", &self.body_read_timeout)
            .field("write_timeout", &self.write_timeout)
            .field("max_header_bytes", &self.max_header_bytes)
            .field("strict_scalars", &self.strict_scalars)
            .field("injections", &self.injections)
            .field("replay", &self.replay)
            .field("transition_delay", &self.transition_delay)
            .field("state_file", &self.state_file)
            .field("save_interval", &self.save_interval)
            .field(
                "accounts",
                &self
                    .accounts
                    .iter()
                    .map(|(id, _)| id.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}
