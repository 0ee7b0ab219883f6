//! The server: a dedicated tokio runtime thread, the accept loop with its connection limit,
//! HTTP/1.1 connections with bounded heads and timeouts, graceful shutdown, and the handle
//! tests hold.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use std::time::Duration;

use ecm_spec::Spec;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tencentcloud_signer::{Credentials, Verifier};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::{Semaphore, oneshot};

use crate::catalog::Catalog;
use crate::clock::Clock;
use crate::config::EmulatorConfig;
use crate::fault::{Fault, Faults, Injection};
use crate::journal::{Journal, JournalEntry};
use crate::proxy;
use crate::reply::{PreparedReply, Reply};
use crate::scalars::ScalarRule;
use crate::service::{self, ConnectionControl, Replies, State};

/// How long a stopping server waits for in-flight requests before closing their connections.
const GRACE_PERIOD: Duration = Duration::from_secs(2);
/// Pending connections the kernel queues while the server is at its connection limit.
const LISTEN_BACKLOG: u32 = 1024;

/// Why an emulator could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The spec could not be loaded or is not servable.
    #[error("cannot serve the ECM spec: {0}")]
    Spec(String),
    /// The configuration is inconsistent (e.g. a fault for an action the spec lacks).
    #[error("invalid emulator configuration: {0}")]
    Config(String),
    /// The listening socket could not be set up.
    #[error("cannot listen on {address}: {source}")]
    Bind {
        /// The configured address.
        address: SocketAddr,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// The server thread or its runtime could not be started.
    #[error("cannot start the emulator's runtime: {0}")]
    Runtime(#[source] io::Error),
}

/// Why a reply or fault could not be registered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EmulatorError {
    /// The spec has no action of this name.
    #[error("the spec has no action `{0}`")]
    UnknownAction(String),
    /// A success reply's output is not a JSON object.
    #[error("the reply for `{0}` must be a JSON object of Response members")]
    OutputNotAnObject(String),
    /// An HTTP-status fault outside 400..=599.
    #[error("HTTP status {0} cannot be injected: use 400..=599")]
    InvalidStatus(u16),
}

/// A local ECM endpoint built from the spec.
///
/// See the [crate documentation](crate) for an example.
#[derive(Debug)]
pub struct Emulator;

impl Emulator {
    /// Starts an emulator on its own runtime thread and returns once it accepts connections.
    /// Dropping the returned handle stops it.
    pub async fn start(config: EmulatorConfig) -> Result<EmulatorHandle, StartError> {
        let state = build_state(&config)?;

        let (ready_tx, ready_rx) = oneshot::channel::<Result<SocketAddr, StartError>>();
        let (stop_tx, stop_rx) = oneshot::channel();
        let (stopped_tx, stopped_rx) = oneshot::channel();
        let settings = ConnectionSettings::from(&config);
        let server_state = Arc::clone(&state);
        let listen = config.listen;
        let worker_threads = config.worker_threads;
        std::thread::Builder::new()
            .name("ecm-emulator".to_owned())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(worker_threads)
                    .thread_name("ecm-emulator-worker")
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(error) => {
                        let _ = ready_tx.send(Err(StartError::Runtime(error)));
                        return;
                    }
                };
                runtime.block_on(async move {
                    let listener = match bind(listen) {
                        Ok(listener) => listener,
                        Err(source) => {
                            let _ = ready_tx.send(Err(StartError::Bind {
                                address: listen,
                                source,
                            }));
                            return;
                        }
                    };
                    let _ = ready_tx.send(listener.local_addr().map_err(StartError::Runtime));
                    serve(listener, server_state, settings, stop_rx).await;
                });
                // Dropping the runtime ends connections still open after the grace period.
                drop(runtime);
                let _ = stopped_tx.send(());
            })
            .map_err(StartError::Runtime)?;

        let address = ready_rx.await.map_err(|_| {
            StartError::Runtime(io::Error::other("the server thread ended before listening"))
        })??;
        Ok(EmulatorHandle {
            address,
            url: format!("http://{address}"),
            secret_id: config.secret_id,
            secret_key: config.secret_key,
            token: config.token,
            state,
            stop: Some(stop_tx),
            stopped: Some(stopped_rx),
        })
    }
}

/// The shared state of a server (or of the fuzzing harness) for `config`.
pub(crate) fn build_state(config: &EmulatorConfig) -> Result<Arc<State>, StartError> {
    let spec = match &config.spec {
        Some(spec) => Arc::clone(spec),
        None => embedded_spec()?,
    };
    let catalog = Catalog::build(&spec).map_err(|error| StartError::Spec(error.to_string()))?;
    let model = crate::state::start(&spec, config).map_err(StartError::Config)?;
    drop(spec);
    if config.secret_id.trim().is_empty() || config.secret_key.is_empty() {
        return Err(StartError::Config(
            "the SecretId and the SecretKey must not be empty: with an empty key anyone could \
             sign requests"
                .to_owned(),
        ));
    }
    let mut credentials = Credentials::new(config.secret_id.clone(), config.secret_key.as_str());
    if let Some(token) = &config.token {
        credentials = credentials.with_token(token.clone());
    }
    let credentials = crate::state::with_accounts(credentials, config);
    let verifier = config
        .verify_signatures
        .then(|| Verifier::new(credentials, catalog.service.clone()));
    let state = Arc::new(State {
        catalog,
        verifier,
        clock: Clock::new(config.clock_offset_seconds),
        model,
        faults: Faults::default(),
        replies: Replies::default(),
        journal: Journal::new(config.journal_capacity),
        body_read_timeout: config.body_read_timeout,
        scalar_rule: if config.strict_scalars {
            ScalarRule::Strict
        } else {
            ScalarRule::Lenient
        },
    });
    for injection in &config.injections {
        check_injection(&state, injection)
            .map_err(|error| StartError::Config(error.to_string()))?;
        state.faults.add(injection.clone());
    }
    Ok(state)
}

/// The embedded spec, parsed once per process: test suites start many emulators.
fn embedded_spec() -> Result<Arc<Spec>, StartError> {
    static EMBEDDED: OnceLock<Result<Arc<Spec>, String>> = OnceLock::new();
    EMBEDDED
        .get_or_init(|| {
            Spec::embedded()
                .map(Arc::new)
                .map_err(|error| error.to_string())
        })
        .clone()
        .map_err(StartError::Spec)
}

fn bind(address: SocketAddr) -> io::Result<tokio::net::TcpListener> {
    let socket = if address.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(LISTEN_BACKLOG)
}

fn check_injection(state: &State, injection: &Injection) -> Result<(), EmulatorError> {
    if let Some(action) = injection.action()
        && state.catalog.action(action).is_none()
    {
        return Err(EmulatorError::UnknownAction(action.to_owned()));
    }
    if let Fault::HttpStatus(status) = injection.fault()
        && !(400..=599).contains(status)
    {
        return Err(EmulatorError::InvalidStatus(*status));
    }
    Ok(())
}

/// A running emulator. Dropping it stops the server (in the background); use
/// [`shutdown`](EmulatorHandle::shutdown) to wait until it has stopped.
pub struct EmulatorHandle {
    address: SocketAddr,
    url: String,
    secret_id: String,
    secret_key: String,
    token: Option<String>,
    state: Arc<State>,
    stop: Option<oneshot::Sender<()>>,
    stopped: Option<oneshot::Receiver<()>>,
}

impl std::fmt::Debug for EmulatorHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmulatorHandle")
            .field("url", &self.url)
            .field("secret_id", &self.secret_id)
            .field("secret_key", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl EmulatorHandle {
    /// The shared state (the model's handle methods live with the model).
    pub(crate) fn shared(&self) -> &Arc<State> {
        &self.state
    }

    /// The base URL, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The `Host` clients send (and sign), e.g. `127.0.0.1:41234`.
    pub fn host(&self) -> String {
        self.address.to_string()
    }

    /// The SecretId it accepts.
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }

    /// The SecretKey it verifies signatures with.
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }

    /// The session token it requires, if configured.
    pub fn session_token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Answers every valid request for `action` with `reply` instead of the documented example
    /// (until [`clear_reply`](Self::clear_reply)).
    pub fn respond(&self, action: &str, reply: Reply) -> Result<(), EmulatorError> {
        if self.state.catalog.action(action).is_none() {
            return Err(EmulatorError::UnknownAction(action.to_owned()));
        }
        let prepared = PreparedReply::new(&reply)
            .map_err(|_| EmulatorError::OutputNotAnObject(action.to_owned()))?;
        self.state.replies.set(action, prepared);
        Ok(())
    }

    /// Goes back to the documented answer for `action`.
    pub fn clear_reply(&self, action: &str) {
        self.state.replies.remove(action);
    }

    /// Goes back to the documented answers for every action.
    pub fn clear_replies(&self) {
        self.state.replies.clear();
    }

    /// Adds a fault. Rules are tried in the order added; the first that matches a request
    /// applies (and uses up one of its count, if it has one).
    pub fn inject(&self, injection: Injection) -> Result<(), EmulatorError> {
        check_injection(&self.state, &injection)?;
        self.state.faults.add(injection);
        Ok(())
    }

    /// The faults still active, with their remaining counts.
    pub fn pending_faults(&self) -> Vec<Injection> {
        self.state.faults.pending()
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        self.state.faults.clear();
    }

    /// Moves the server clock: it runs `seconds` off the system clock from now on (negative:
    /// behind). Signature expiry and the `Date` header follow it.
    pub fn set_clock_offset_seconds(&self, seconds: i64) {
        self.state.clock.set_offset_seconds(seconds);
    }

    /// The current server clock offset, seconds.
    pub fn clock_offset_seconds(&self) -> i64 {
        self.state.clock.offset_seconds()
    }

    /// The requests received so far (at most the configured capacity, oldest first).
    pub fn journal(&self) -> Vec<JournalEntry> {
        self.state.journal.snapshot()
    }

    /// Empties the journal.
    pub fn clear_journal(&self) {
        self.state.journal.clear();
    }

    /// Stops accepting connections, lets in-flight requests finish (up to 2 s), and waits
    /// until the server has stopped.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(stopped) = self.stopped.take() {
            let _ = stopped.await;
        }
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Per-connection limits.
#[derive(Debug, Clone, Copy)]
struct ConnectionSettings {
    max_connections: usize,
    header_read_timeout: Duration,
    write_timeout: Duration,
    max_header_bytes: usize,
}

impl ConnectionSettings {
    fn tunnel(&self) -> proxy::TunnelLimits {
        proxy::TunnelLimits {
            head_timeout: self.header_read_timeout,
            max_head_bytes: self.max_header_bytes,
        }
    }
}

impl From<&EmulatorConfig> for ConnectionSettings {
    fn from(config: &EmulatorConfig) -> ConnectionSettings {
        ConnectionSettings {
            max_connections: config.max_connections,
            header_read_timeout: config.header_read_timeout,
            write_timeout: config.write_timeout,
            max_header_bytes: config.max_header_bytes,
        }
    }
}

async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<State>,
    settings: ConnectionSettings,
    stop: oneshot::Receiver<()>,
) {
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(Semaphore::new(settings.max_connections));
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(settings.header_read_timeout)
        .max_buf_size(settings.max_header_bytes)
        .keep_alive(true);
    let mut stop = std::pin::pin!(stop);
    loop {
        let slot = tokio::select! {
            _ = &mut stop => break,
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
        };
        let stream = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(_) => {
                    // Out of file descriptors or a connection aborted before accept: back off
                    // briefly rather than spin.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let watcher = graceful.watcher();
        let builder = builder.clone();
        let state = Arc::clone(&state);
        tokio::spawn(async move {
            let Ok(stream) = proxy::accept_tunnel(stream, settings.tunnel()).await else {
                drop(slot);
                return;
            };
            let control = Arc::new(ConnectionControl::default());
            let io = TokioIo::new(ResettableStream {
                inner: stream,
                control: Arc::clone(&control),
                write_timeout: settings.write_timeout,
                write_deadline: None,
            });
            let service = service_fn(move |request| {
                service::handle(Arc::clone(&state), Arc::clone(&control), request)
            });
            let _ = watcher.watch(builder.serve_connection(io, service)).await;
            drop(slot);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(GRACE_PERIOD, graceful.shutdown()).await;
}

/// A TCP stream that can be reset: once its connection's control asks for it, I/O fails and
/// dropping the stream sends RST (zero linger) instead of an orderly FIN. A write that stays
/// blocked for longer than `write_timeout` (a client that stopped reading) fails with
/// `TimedOut`, which ends the connection.
struct ResettableStream {
    inner: TcpStream,
    control: Arc<ConnectionControl>,
    write_timeout: Duration,
    /// Armed while a write is blocked.
    write_deadline: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl ResettableStream {
    fn check(&self) -> io::Result<()> {
        if self.control.reset_requested() {
            Err(io::Error::from(io::ErrorKind::ConnectionReset))
        } else {
            Ok(())
        }
    }

    /// `poll` is the result of a write: ready results disarm the deadline; a pending one arms
    /// it, and fails once it has passed.
    fn bound_write<T>(
        &mut self,
        cx: &mut Context<'_>,
        poll: Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        if poll.is_ready() {
            self.write_deadline = None;
            return poll;
        }
        let timeout = self.write_timeout;
        let deadline = self
            .write_deadline
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
        match deadline.as_mut().poll(cx) {
            Poll::Ready(()) => {
                self.write_deadline = None;
                Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the client did not read the answer in time",
                )))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl Drop for ResettableStream {
    fn drop(&mut self) {
        if self.control.reset_requested() {
            let _ = self.inner.set_zero_linger();
        }
    }
}

impl AsyncRead for ResettableStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for ResettableStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.check()?;
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.bound_write(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.check()?;
        let poll = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.bound_write(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        let poll = Pin::new(&mut self.inner).poll_flush(cx);
        self.bound_write(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
