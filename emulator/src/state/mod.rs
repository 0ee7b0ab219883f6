//! The model of the service's state: resources per account, acted on by one generic engine
//! ([`engine`]) that reads a table of resource declarations ([`resources`]).
//!
//! Actions the table does not cover keep answering their documented example (the catalogue
//! actions — DescribeNode, DescribeInstanceTypeConfig, DescribeImage… — thereby answer from
//! the seed data the model also checks references against).

mod cidr;
pub(crate) mod clock;
mod engine;
mod filters;
mod handle;
mod members;
mod path;
mod persist;
pub(crate) mod resources;
mod rules;
mod store;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock, Weak};
use std::time::{Duration, SystemTime};

use ecm_spec::Spec;
use serde_json::Value;

use self::clock::ModelClock;
use self::engine::Engine;
use self::store::Store;
use crate::rejection::Rejection;

/// The stateful model behind the emulator.
#[derive(Debug)]
pub(crate) struct Model {
    engine: Engine,
    accounts: RwLock<HashMap<String, Arc<Mutex<Store>>>>,
    pub(crate) clock: ModelClock,
    state_file: Option<PathBuf>,
    /// Changed since the last save.
    dirty: AtomicBool,
}

/// How the model is set up.
#[derive(Debug, Clone)]
pub(crate) struct ModelConfig {
    pub(crate) transition_delay: Duration,
    pub(crate) state_file: Option<PathBuf>,
    pub(crate) save_interval: Duration,
}

impl Model {
    /// The model for `spec`; loads the state file if there is one.
    pub(crate) fn start(spec: &Spec, config: &ModelConfig) -> Result<Arc<Model>, String> {
        let engine = Engine::build(spec);
        let mut accounts = HashMap::new();
        if let Some(path) = &config.state_file {
            match std::fs::read(path) {
                Ok(bytes) => {
                    accounts = persist::decode(&bytes, &engine.names)
                        .map_err(|error| {
                            format!("cannot load the state file {}: {error}", path.display())
                        })?
                        .into_iter()
                        .map(|(account, store)| (account, Arc::new(Mutex::new(store))))
                        .collect();
                }
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    return Err(format!(
                        "cannot read the state file {}: {error}",
                        path.display()
                    ));
                }
            }
        }
        let model = Arc::new(Model {
            engine,
            accounts: RwLock::new(accounts),
            clock: ModelClock::new(config.transition_delay),
            state_file: config.state_file.clone(),
            dirty: AtomicBool::new(false),
        });
        if model.state_file.is_some() && !config.save_interval.is_zero() {
            spawn_saver(Arc::downgrade(&model), config.save_interval);
        }
        Ok(model)
    }

    /// The modelled actions.
    pub(crate) fn actions(&self) -> Vec<&'static str> {
        self.engine.actions()
    }

    /// Answers `action` for `account` with the serialised `Response` members, or `None`
    /// when it is not modelled.
    pub(crate) fn answer(
        &self,
        account: &str,
        action: &str,
        params: &Value,
        server_now: SystemTime,
    ) -> Option<Result<Vec<u8>, Rejection>> {
        if !self.engine.handles(action) {
            return None;
        }
        let store = self.store(account);
        let mut store = store.lock().unwrap_or_else(PoisonError::into_inner);
        let now_ms = self.clock.now_ms(server_now);
        let answer = self
            .engine
            .answer(&mut store, action, params, now_ms, self.clock.delay_ms());
        if !action.starts_with("Describe") {
            self.dirty.store(true, Ordering::Release);
        }
        answer
    }

    fn store(&self, account: &str) -> Arc<Mutex<Store>> {
        if let Some(store) = self
            .accounts
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(account)
        {
            return Arc::clone(store);
        }
        Arc::clone(
            self.accounts
                .write()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(account.to_owned())
                .or_insert_with(|| Arc::new(Mutex::new(self.engine.new_store()))),
        )
    }

    /// Forgets every account's resources.
    pub(crate) fn reset(&self) {
        self.accounts
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        self.dirty.store(true, Ordering::Release);
    }

    /// Writes the state file (when configured).
    pub(crate) fn save(&self) -> std::io::Result<()> {
        let Some(path) = &self.state_file else {
            return Ok(());
        };
        self.dirty.store(false, Ordering::Release);
        let accounts: Vec<(String, Store)> = self
            .accounts
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|(account, store)| {
                (
                    account.clone(),
                    store.lock().unwrap_or_else(PoisonError::into_inner).clone(),
                )
            })
            .collect();
        persist::write_atomically(path, &persist::encode(&accounts, &self.engine.names))
    }
}

impl Drop for Model {
    fn drop(&mut self) {
        if let Err(error) = self.save() {
            eprintln!("ecm-emulator: cannot save the state file: {error}");
        }
    }
}

/// Saves the state every `interval` while something changed, until the model is gone.
fn spawn_saver(model: Weak<Model>, interval: Duration) {
    let step = Duration::from_millis(100).min(interval);
    let _ = std::thread::Builder::new()
        .name("ecm-emulator-saver".to_owned())
        .spawn(move || {
            let mut waited = Duration::ZERO;
            loop {
                std::thread::sleep(step);
                waited += step;
                let Some(model) = model.upgrade() else {
                    return;
                };
                if waited >= interval {
                    waited = Duration::ZERO;
                    if model.dirty.load(Ordering::Acquire)
                        && let Err(error) = model.save()
                    {
                        eprintln!("ecm-emulator: cannot save the state file: {error}");
                    }
                }
            }
        });
}

/// The model for a configuration, or `None` in replay mode.
pub(crate) fn start(
    spec: &Spec,
    config: &crate::EmulatorConfig,
) -> Result<Option<Arc<Model>>, String> {
    if config.replay {
        return Ok(None);
    }
    Model::start(
        spec,
        &ModelConfig {
            transition_delay: config.transition_delay,
            state_file: config.state_file.clone(),
            save_interval: config.save_interval,
        },
    )
    .map(Some)
}

/// The credentials the verifier accepts: the main pair and the configured extra accounts.
pub(crate) fn with_accounts(
    main: tencentcloud_signer::Credentials,
    config: &crate::EmulatorConfig,
) -> Vec<tencentcloud_signer::Credentials> {
    let mut all = vec![main];
    all.extend(
        config
            .accounts
            .iter()
            .map(|(id, key)| tencentcloud_signer::Credentials::new(id.clone(), key.as_str())),
    );
    all
}
