//! Every action's typed request and response, reachable by wire name.
//!
//! The SDK offers `client.send(request)` for typed requests; to drive all 124 actions from the
//! spec's examples, [`ACTIONS`] pairs each action's metadata with a function that deserialises
//! a JSON input into the action's typed request, sends it with [`Client::send`] and serialises
//! the typed response back to JSON. The list of actions is the SDK's generated registry
//! (`ecm_sdk::__for_each_action!`); the suites check that it names exactly the spec's actions.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use ecm_sdk::Client;
use ecm_sdk::action::{Action, ActionMeta};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Why a typed call produced no output.
#[derive(Debug)]
pub enum CallError {
    /// The JSON input does not deserialise into the typed request.
    Input(serde_json::Error),
    /// The SDK call failed.
    Sdk(ecm_sdk::Error),
    /// The typed response does not serialise back to JSON.
    Output(serde_json::Error),
}

impl CallError {
    /// The SDK error, if the call got that far.
    pub fn sdk(&self) -> Option<&ecm_sdk::Error> {
        match self {
            CallError::Sdk(error) => Some(error),
            _ => None,
        }
    }
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Input(error) => write!(f, "the input is not a valid typed request: {error}"),
            CallError::Sdk(error) => write!(f, "{error}"),
            CallError::Output(error) => write!(f, "the typed output does not serialise: {error}"),
        }
    }
}

/// The future of a typed call.
pub type Call<'a> = Pin<Box<dyn Future<Output = Result<Value, CallError>> + Send + 'a>>;

/// One action, typed.
#[derive(Clone, Copy)]
pub struct TypedAction {
    /// The generated metadata (`XRequest::META`).
    pub meta: &'static ActionMeta,
    send: for<'a> fn(&'a Client, Value) -> Call<'a>,
    parse_request: fn(Value) -> Result<Value, serde_json::Error>,
    parse_response: fn(Value) -> Result<Value, serde_json::Error>,
    debug_request: fn(Value) -> Result<String, serde_json::Error>,
    debug_response: fn(Value) -> Result<String, serde_json::Error>,
}

impl fmt::Debug for TypedAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TypedAction").field(&self.meta.name).finish()
    }
}

impl TypedAction {
    const fn of<R>() -> TypedAction
    where
        R: Action + DeserializeOwned + fmt::Debug + 'static,
        R::Output: Serialize + fmt::Debug,
    {
        TypedAction {
            meta: R::META,
            send: send::<R>,
            parse_request: round_trip::<R>,
            parse_response: round_trip::<R::Output>,
            debug_request: debug::<R>,
            debug_response: debug::<R::Output>,
        }
    }

    /// The wire name.
    pub fn name(&self) -> &'static str {
        self.meta.name
    }

    /// Deserialises `input` into the typed request, sends it with [`Client::send`] and returns
    /// the typed response serialised back to JSON.
    pub fn send<'a>(&self, client: &'a Client, input: Value) -> Call<'a> {
        (self.send)(client, input)
    }

    /// Deserialises `input` into the typed request and serialises it back (no I/O).
    pub fn parse_request(&self, input: Value) -> Result<Value, serde_json::Error> {
        (self.parse_request)(input)
    }

    /// Deserialises `input` into the typed request and formats it with `{:?}` and `{:#?}`.
    pub fn debug_request(&self, input: Value) -> Result<String, serde_json::Error> {
        (self.debug_request)(input)
    }

    /// Deserialises `output` into the typed response and formats it with `{:?}` and `{:#?}`.
    pub fn debug_response(&self, output: Value) -> Result<String, serde_json::Error> {
        (self.debug_response)(output)
    }

    /// Deserialises `output` into the typed response and serialises it back (no I/O).
    pub fn parse_response(&self, output: Value) -> Result<Value, serde_json::Error> {
        (self.parse_response)(output)
    }
}

fn send<R>(client: &Client, input: Value) -> Call<'_>
where
    R: Action + DeserializeOwned + 'static,
    R::Output: Serialize,
{
    Box::pin(async move {
        let request: R = serde_json::from_value(input).map_err(CallError::Input)?;
        let output = client.send(request).await.map_err(CallError::Sdk)?;
        serde_json::to_value(&output).map_err(CallError::Output)
    })
}

fn debug<T: fmt::Debug + DeserializeOwned>(value: Value) -> Result<String, serde_json::Error> {
    let typed: T = serde_json::from_value(value)?;
    Ok(format!("{typed:?}\n{typed:#?}"))
}

fn round_trip<T: Serialize + DeserializeOwned>(value: Value) -> Result<Value, serde_json::Error> {
    let typed: T = serde_json::from_value(value)?;
    serde_json::to_value(&typed)
}

/// The action with this wire name.
pub fn typed_action(name: &str) -> Option<&'static TypedAction> {
    ACTIONS
        .binary_search_by(|action| action.name().cmp(name))
        .ok()
        .map(|index| &ACTIONS[index])
}

macro_rules! typed_actions {
    ($($request:ident),* $(,)?) => {
        /// Every action of the API (sorted by wire name, as the SDK's registry), typed.
        pub static ACTIONS: &[TypedAction] = &[$(TypedAction::of::<ecm_sdk::actions::$request>()),*];
    };
}

// The SDK's generated registry names every request type; no list of actions is written here.
ecm_sdk::__for_each_action!(typed_actions);
