//! Where the verifier looks up the credentials of a SecretId.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::sync::Arc;

use crate::credentials::Credentials;

/// Looks up credentials by SecretId.
///
/// Implemented for a single [`Credentials`], slices and `Vec`s of them, maps
/// keyed by SecretId, and references/`Arc`s of those. The verifier uses the
/// returned value's derived-key cache, so return long-lived values rather than
/// fresh clones.
pub trait CredentialStore {
    /// The credentials whose SecretId is `secret_id`, if any.
    fn credentials(&self, secret_id: &str) -> Option<&Credentials>;
}

impl CredentialStore for Credentials {
    fn credentials(&self, secret_id: &str) -> Option<&Credentials> {
        (self.secret_id() == secret_id).then_some(self)
    }
}

impl CredentialStore for [Credentials] {
    fn credentials(&self, secret_id: &str) -> Option<&Credentials> {
        self.iter().find(|c| c.secret_id() == secret_id)
    }
}

impl CredentialStore for Vec<Credentials> {
    fn credentials(&self, secret_id: &str) -> Option<&Credentials> {
        self.as_slice().credentials(secret_id)
    }
}

impl<H: BuildHasher> CredentialStore for HashMap<String, Credentials, H> {
    fn credentials(&self, secret_id: &str) -> Option<&Credentials> {
        self.get(secret_id)
    }
}

impl CredentialStore for BTreeMap<String, Credentials> {
    fn credentials(&self, secret_id: &str) -> Option<&Credentials> {
        self.get(secret_id)
    }
}

impl<S: CredentialStore + ?Sized> CredentialStore for &S {
    fn credentials(&self, secret_id: &str) -> Option<&Credentials> {
        (**self).credentials(secret_id)
    }
}

impl<S: CredentialStore + ?Sized> CredentialStore for Arc<S> {
    fn credentials(&self, secret_id: &str) -> Option<&Credentials> {
        (**self).credentials(secret_id)
    }
}
