//! `ecm-emulator`: serve the ECM API emulator from the command line.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use ecm_emulator::{Emulator, EmulatorConfig, Injection};
use ecm_spec::Spec;

const USAGE: &str = "\
Usage: ecm-emulator [OPTIONS]

A local, spec-driven endpoint of the Tencent Cloud ECM API (2019-07-19) for tests.
Prints `listening on http://ADDR` as its first line, then serves until Ctrl-C or SIGTERM.
Plain HTTP only; clients may also name it as their HTTP proxy (absolute-form targets,
CONNECT to port 80) and keep the real endpoint name.
Resources created by clients are kept per account; SIGHUP forgets them all (there is no
reset over HTTP, which anyone reaching the port could call).

Options:
  --listen ADDR            Address to listen on [default: 127.0.0.1:0, a free port]
  --secret-id ID           SecretId requests must be signed with [default: AKIDECMEMULATOR0000000000000000000]
  --secret-key KEY         Its SecretKey [default: ecm-emulator-secret-key-0000000000]
  --session-token TOKEN    Require this session token (X-TC-Token / Token)
  --spec PATH              Serve this spec JSON instead of the embedded spec/ecm.json
  --max-seconds N          Stop by itself after N seconds
  --clock-offset SECONDS   Run the server clock SECONDS off the system clock (may be negative)
  --fault SPEC             Inject a fault; repeatable. SPEC is KIND[=VALUE][,action=NAME][,times=N]
                           with KIND one of request-limit-exceeded, internal-error,
                           http-status=CODE, delay=DURATION (250ms, 2s), connection-reset,
                           malformed-json, truncated-json, date-skew=SECONDS
  --no-signature-check     Accept unsigned requests (e.g. from curl)
  --strict-scalars         Refuse lossless alternative scalar forms (\"2000\" for an Integer in a
                           JSON body, True/False in a query or form)
  --replay                 Answer every action with its documented example (no state)
  --state-file PATH        Load the state from PATH at start (if it exists) and save it there
                           atomically on shutdown and every --save-interval while it changes
  --save-interval SECONDS  How often a changed state is saved [default: 30; 0: only on shutdown]
  --transition-delay DUR   How long PENDING, STOPPING... last (250ms, 2s, 0) [default: 1s]
  --account ID:KEY         Accept another credential pair, an account with its own state;
                           repeatable
  --workers N              Server threads [default: number of CPUs]
  --max-connections N      Connections served at once [default: 10000]
  -h, --help               Print this help
  -V, --version            Print the version

Example:
  ecm-emulator --listen 127.0.0.1:0 --secret-id AKIDtest --secret-key test-key \\
      --fault request-limit-exceeded,action=DescribeNode,times=2 --max-seconds 60
";

/// What the command line asks for.
struct Options {
    config: EmulatorConfig,
    max_seconds: Option<u64>,
}

enum Parsed {
    Run(Box<Options>),
    Help,
    Version,
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse(&arguments) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Parsed::Version) => {
            println!("ecm-emulator {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("ecm-emulator: {message}\nTry `ecm-emulator --help`.");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("ecm-emulator: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(*options))
}

async fn run(options: Options) -> ExitCode {
    // Install the handlers before announcing the address: a signal sent as soon as the first
    // line appears must stop the server cleanly, not kill it.
    let stop = match StopSignals::install() {
        Ok(stop) => stop,
        Err(error) => {
            eprintln!("ecm-emulator: cannot handle signals: {error}");
            return ExitCode::FAILURE;
        }
    };
    let emulator = match Emulator::start(options.config).await {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("ecm-emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    {
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        let _ = writeln!(stdout, "listening on {}", emulator.url());
        let _ = stdout.flush();
    }
    if !emulator.address().ip().is_loopback() {
        eprintln!(
            "ecm-emulator: warning: listening on non-loopback address {}; anyone who can reach \
             it can use the emulator",
            emulator.address()
        );
    }
    let reason = tokio::select! {
        reason = stop.received(&emulator) => reason,
        () = sleep_for(options.max_seconds) => "--max-seconds elapsed",
    };
    eprintln!("ecm-emulator: stopping ({reason})");
    emulator.shutdown().await;
    ExitCode::SUCCESS
}

async fn sleep_for(seconds: Option<u64>) {
    match seconds {
        Some(seconds) => tokio::time::sleep(Duration::from_secs(seconds)).await,
        None => std::future::pending().await,
    }
}

/// SIGINT (Ctrl-C) and SIGTERM, listened to from installation on.
#[cfg(unix)]
struct StopSignals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
    hangup: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl StopSignals {
    fn install() -> std::io::Result<StopSignals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(StopSignals {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
            hangup: signal(SignalKind::hangup())?,
        })
    }

    /// Waits for a stop signal; SIGHUP meanwhile resets the emulator's state.
    async fn received(mut self, emulator: &ecm_emulator::EmulatorHandle) -> &'static str {
        loop {
            tokio::select! {
                _ = self.interrupt.recv() => return "interrupted",
                _ = self.terminate.recv() => return "terminated",
                _ = self.hangup.recv() => {
                    emulator.reset();
                    eprintln!("ecm-emulator: state reset (SIGHUP)");
                }
            }
        }
    }
}

/// Ctrl-C, where there are no Unix signals.
#[cfg(not(unix))]
struct StopSignals;

#[cfg(not(unix))]
impl StopSignals {
    fn install() -> std::io::Result<StopSignals> {
        Ok(StopSignals)
    }

    async fn received(self, _emulator: &ecm_emulator::EmulatorHandle) -> &'static str {
        let _ = tokio::signal::ctrl_c().await;
        "interrupted"
    }
}

fn parse(arguments: &[String]) -> Result<Parsed, String> {
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    let mut config = EmulatorConfig::new()
        .worker_threads(workers)
        // Nobody can read the journal of a separate process: don't keep one.
        .journal_capacity(0);
    let mut max_seconds = None;
    let mut secret_id = None;
    let mut secret_key = None;
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        let (flag, inline) = match argument.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
            _ => (argument.as_str(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match inline.clone() {
                Some(value) => Ok(value),
                None => rest
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("{flag} needs a value ({what})")),
            }
        };
        match flag {
            "-h" | "--help" => return Ok(Parsed::Help),
            "-V" | "--version" => return Ok(Parsed::Version),
            "--listen" => {
                let text = value("an address such as 127.0.0.1:8080")?;
                let address: SocketAddr = text.parse().map_err(|_| {
                    format!("--listen: `{text}` is not an address such as 127.0.0.1:8080")
                })?;
                config = config.listen(address);
            }
            "--secret-id" => secret_id = Some(non_empty(flag, value("a SecretId")?)?),
            "--secret-key" => secret_key = Some(non_empty(flag, value("a SecretKey")?)?),
            "--session-token" => config = config.session_token(value("a token")?),
            "--spec" => {
                let path = value("a path to a spec JSON file")?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|error| format!("--spec: cannot read {path}: {error}"))?;
                let spec =
                    Spec::from_json(&text).map_err(|error| format!("--spec: {path}: {error}"))?;
                config = config.spec(spec);
            }
            "--max-seconds" => {
                let text = value("a number of seconds")?;
                max_seconds = Some(text.parse().map_err(|_| {
                    format!("--max-seconds: `{text}` is not a whole number of seconds")
                })?);
            }
            "--clock-offset" => {
                let text = value("a number of seconds")?;
                let seconds = text.parse().map_err(|_| {
                    format!("--clock-offset: `{text}` is not a whole number of seconds")
                })?;
                config = config.clock_offset_seconds(seconds);
            }
            "--fault" => {
                let spec = value("a fault such as internal-error,times=2")?;
                let injection: Injection =
                    spec.parse().map_err(|error| format!("--fault: {error}"))?;
                config = config.inject(injection);
            }
            "--no-signature-check" if inline.is_none() => config = config.verify_signatures(false),
            "--strict-scalars" if inline.is_none() => config = config.strict_scalars(true),
            "--workers" => config = config.worker_threads(positive(flag, &value("a count")?)?),
            "--max-connections" => {
                config = config.max_connections(positive(flag, &value("a count")?)?);
            }
            "--replay" if inline.is_none() => config = config.replay(true),
            "--state-file" => config = config.state_file(value("a path")?),
            "--save-interval" => {
                let text = value("a number of seconds")?;
                let seconds: u64 = text.parse().map_err(|_| {
                    format!("--save-interval: `{text}` is not a whole number of seconds")
                })?;
                config = config.save_interval(Duration::from_secs(seconds));
            }
            "--transition-delay" => {
                let text = value("a duration such as 250ms or 2s")?;
                let delay = whole_duration(&text).ok_or_else(|| {
                    format!("--transition-delay: `{text}` is not a duration such as 250ms or 2s")
                })?;
                config = config.transition_delay(delay);
            }
            "--account" => {
                let text = value("ID:KEY")?;
                let (id, key) = text
                    .split_once(':')
                    .filter(|(id, key)| !id.is_empty() && !key.is_empty())
                    .ok_or("--account: expected ID:KEY".to_owned())?;
                config = config.account(id, key);
            }
            other if other.starts_with('-') => return Err(format!("unknown option {argument}")),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    match (secret_id, secret_key) {
        (Some(id), Some(key)) => config = config.credentials(id, key),
        // `EmulatorConfig::new` already holds the default credentials.
        (None, None) => {}
        _ => return Err("--secret-id and --secret-key go together".to_owned()),
    }
    Ok(Parsed::Run(Box::new(Options {
        config,
        max_seconds,
    })))
}

/// `250ms`, `2s` or `0`.
fn whole_duration(text: &str) -> Option<Duration> {
    if text == "0" {
        Some(Duration::ZERO)
    } else if let Some(millis) = text.strip_suffix("ms") {
        millis.parse().ok().map(Duration::from_millis)
    } else {
        text.strip_suffix('s')?
            .parse()
            .ok()
            .map(Duration::from_secs)
    }
}

fn non_empty(flag: &str, value: String) -> Result<String, String> {
    if value.trim().is_empty() {
        Err(format!("{flag} must not be empty"))
    } else {
        Ok(value)
    }
}

fn positive(flag: &str, text: &str) -> Result<usize, String> {
    text.parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{flag}: `{text}` is not a positive whole number"))
}
