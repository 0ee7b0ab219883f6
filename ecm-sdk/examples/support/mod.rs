//! What the examples share: where to send requests (the real service or a local
//! emulator) and how to report a failure. Not an example itself.

// Each example uses a part of this module.
#![allow(dead_code)]

use std::error::Error as StdError;
use std::io::Write;
use std::process::ExitCode;

use ecm_emulator::{Emulator, EmulatorConfig, EmulatorHandle};
use ecm_sdk::credentials::{CredentialsChain, CredentialsErrorKind, Env, ProvideCredentials};
use ecm_sdk::{Client, ClientBuilder, Credentials};

/// Any error, reported with `Display` (see [`exit`]).
pub(crate) type BoxError = Box<dyn StdError + Send + Sync>;

/// A client, and the emulator it talks to when there is one (dropping it stops it).
pub(crate) struct Connection {
    pub(crate) client: Client,
    pub(crate) emulator: Option<EmulatorHandle>,
}

impl Connection {
    /// A builder with the same credentials and endpoint as `client`, to configure further.
    pub(crate) fn builder(&self) -> ClientBuilder {
        match &self.emulator {
            Some(emulator) => Client::builder()
                .credentials(Credentials::new(
                    emulator.secret_id(),
                    emulator.secret_key(),
                ))
                .endpoint(emulator.url()),
            None => ClientBuilder::from_env(Env::process()),
        }
    }
}

/// The real service if the default credentials chain finds credentials (environment
/// variables, the CLI's `~/.tencentcloud/credentials`, or the CVM instance role), else a
/// local emulator. Says which on `out`. A credentials source that is present but broken
/// (e.g. a malformed profile file) is an error, not a reason to fall back.
pub(crate) async fn connect(out: &mut impl Write) -> Result<Connection, BoxError> {
    match CredentialsChain::default_chain()
        .provide_credentials()
        .await
    {
        Ok(credentials) => {
            let client = Client::from_env()?;
            writeln!(
                out,
                "Calling the ECM service, with credentials from the {} (region: {}).",
                credentials.provider_name(),
                client.region().unwrap_or("none set"),
            )?;
            Ok(Connection {
                client,
                emulator: None,
            })
        }
        Err(error) if error.kind() == CredentialsErrorKind::NotFound => {
            let connection = emulator().await?;
            if let Some(emulator) = &connection.emulator {
                writeln!(
                    out,
                    "No credentials found (environment, ~/.tencentcloud/credentials, CVM \
                     role): calling a local ECM emulator at {}.",
                    emulator.url()
                )?;
            }
            Ok(connection)
        }
        Err(error) => Err(error.into()),
    }
}

/// An emulator on a free 127.0.0.1 port (stateful, with the default transition delay of
/// about a second) and a client that signs with the emulator's test credentials and sends
/// to its URL.
pub(crate) async fn emulator() -> Result<Connection, BoxError> {
    emulator_with(EmulatorConfig::new()).await
}

/// [`emulator`], configured by `config` (the examples' tests shorten the transition delay).
pub(crate) async fn emulator_with(config: EmulatorConfig) -> Result<Connection, BoxError> {
    let emulator = Emulator::start(config).await?;
    let client = Client::builder()
        .credentials(Credentials::new(
            emulator.secret_id(),
            emulator.secret_key(),
        ))
        .endpoint(emulator.url())
        .build()?;
    Ok(Connection {
        client,
        emulator: Some(emulator),
    })
}

/// Reports `result` on stderr with `Display` (and the chain of causes) and turns it into
/// the exit status.
pub(crate) fn exit(result: Result<(), BoxError>) -> ExitCode {
    let Err(error) = result else {
        return ExitCode::SUCCESS;
    };
    eprintln!("error: {error}");
    let mut source = error.source();
    while let Some(cause) = source {
        eprintln!("  caused by: {cause}");
        source = cause.source();
    }
    let unreachable = error.downcast_ref::<ecm_sdk::Error>().is_some_and(|error| {
        matches!(
            error,
            ecm_sdk::Error::Transport(_) | ecm_sdk::Error::Timeout(_)
        )
    });
    if unreachable {
        eprintln!(
            "The ECM service could not be reached. To try the SDK offline, run without \
             credentials: the examples then start a local emulator."
        );
    }
    ExitCode::FAILURE
}
