//! The handle's controls over the model and scripted replies.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;

use crate::reply::{PreparedReply, Reply};
use crate::server::{EmulatorError, EmulatorHandle};
use crate::service::Registered;

impl EmulatorHandle {
    /// Forgets every resource of every account (catalogue data, registered replies, faults
    /// and the journal stay).
    pub fn reset(&self) {
        if let Some(model) = &self.shared().model {
            model.reset();
        }
    }

    /// Moves model time forward: transitional states due within `by` settle (an instance
    /// PENDING for the 1 s default delay is RUNNING after `advance_clock(1 s)`). The server
    /// clock used for signatures does not move.
    pub fn advance_clock(&self, by: Duration) {
        if let Some(model) = &self.shared().model {
            model.clock.advance(by);
        }
    }

    /// Changes how long transitional states last from now on (zero: they settle at once).
    pub fn set_transition_delay(&self, delay: Duration) {
        if let Some(model) = &self.shared().model {
            model.clock.set_delay(delay);
        }
    }

    /// Whether the emulator models state (false in replay mode).
    pub fn is_stateful(&self) -> bool {
        self.shared().model.is_some()
    }

    /// The actions the model answers from state (empty in replay mode); the others answer
    /// their documented example.
    pub fn modelled_actions(&self) -> Vec<&'static str> {
        self.shared()
            .model
            .as_ref()
            .map_or_else(Vec::new, |model| model.actions())
    }

    /// Saves the state file now (no-op without one).
    pub fn save_state(&self) -> std::io::Result<()> {
        match &self.shared().model {
            Some(model) => model.save(),
            None => Ok(()),
        }
    }

    /// Answers `action` with whatever `reply` computes from the request's parameters (the
    /// action's input as JSON), instead of the model or the documented example.
    pub fn respond_with(
        &self,
        action: &str,
        reply: impl Fn(&Value) -> Reply + Send + Sync + 'static,
    ) -> Result<(), EmulatorError> {
        self.check_action(action)?;
        self.shared()
            .replies
            .register(action, Registered::With(Arc::new(reply)));
        Ok(())
    }

    /// Answers the next requests for `action` with these replies in turn; once they are used
    /// up the action answers from the model (or its example) again.
    pub fn respond_sequence(
        &self,
        action: &str,
        replies: impl IntoIterator<Item = Reply>,
    ) -> Result<(), EmulatorError> {
        self.check_action(action)?;
        let prepared = replies
            .into_iter()
            .map(|reply| {
                PreparedReply::new(&reply)
                    .map(Arc::new)
                    .map_err(|_| EmulatorError::OutputNotAnObject(action.to_owned()))
            })
            .collect::<Result<VecDeque<_>, _>>()?;
        self.shared()
            .replies
            .register(action, Registered::Sequence(Mutex::new(prepared)));
        Ok(())
    }

    fn check_action(&self, action: &str) -> Result<(), EmulatorError> {
        match self.shared().catalog.action(action) {
            Some(_) => Ok(()),
            None => Err(EmulatorError::UnknownAction(action.to_owned())),
        }
    }
}
