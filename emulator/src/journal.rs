//! The request journal: what the emulator received, for tests to inspect.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::SystemTime;

use serde_json::Value;

use crate::fault::{Fault, lock};

/// How a request carried its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// POST with an `application/json` body (TC3).
    Json,
    /// GET with the parameters in the query string (TC3 or v1).
    Query,
    /// POST with an `application/x-www-form-urlencoded` body (v1).
    Form,
    /// Anything else (another method or content type); such requests are rejected.
    Unsupported,
}

/// The signature method a request used: the signer's type (the SDK uses the same one).
pub use tencentcloud_signer::SignatureMethod;

/// What the emulator did with a request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// It answered with the action's (documented or registered) success output.
    Answered,
    /// It answered with an error envelope; `code` is the error code (e.g. `MissingParameter`),
    /// from validation, authentication, an injected fault or a registered error reply.
    Error {
        /// The error code.
        code: String,
    },
    /// It gave no API answer: an injected HTTP status, connection reset or malformed JSON, a
    /// connection dropped because its body did not arrive in time, or a client that hung up
    /// before the answer was ready (e.g. during a `Delay` fault).
    Failed,
}

/// One received request.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct JournalEntry {
    /// When it was received (system time, not the emulator's possibly offset clock).
    pub received_at: SystemTime,
    /// The fresh `RequestId` of the answer.
    pub request_id: String,
    /// HTTP method.
    pub method: String,
    /// Request target: path and query.
    pub uri: String,
    /// Every header, names in lower case, in the order received.
    pub headers: Vec<(String, String)>,
    /// How the parameters were carried.
    pub encoding: Encoding,
    /// The signature algorithm, when one could be identified.
    pub signature_method: Option<SignatureMethod>,
    /// `X-TC-Action` / `Action`.
    pub action: Option<String>,
    /// `X-TC-Version` / `Version`.
    pub version: Option<String>,
    /// `X-TC-Region` / `Region`.
    pub region: Option<String>,
    /// `X-TC-Language` / `Language`.
    pub language: Option<String>,
    /// `X-TC-Timestamp` / `Timestamp`, when it is a number.
    pub timestamp: Option<i64>,
    /// The SecretId the request was signed with.
    pub secret_id: Option<String>,
    /// The action parameters decoded to JSON (flattened query/form keys such as
    /// `Filters.0.Name` rebuilt into nested objects); `Null` when they could not be decoded.
    pub params: Value,
    /// The injected fault that applied to it, if any.
    pub fault: Option<Fault>,
    /// What the emulator did.
    pub outcome: Outcome,
}

/// A request as recorded on the hot path: cheap clones of the parsed request (the header map and
/// URI share the received bytes); turned into a [`JournalEntry`] only when a test reads the
/// journal.
#[derive(Debug)]
pub(crate) struct Recorded {
    pub(crate) received_at: SystemTime,
    pub(crate) request_id: String,
    pub(crate) method: http::Method,
    pub(crate) uri: http::Uri,
    pub(crate) headers: http::HeaderMap,
    pub(crate) encoding: Encoding,
    pub(crate) signature_method: Option<SignatureMethod>,
    pub(crate) action: Option<String>,
    pub(crate) version: Option<String>,
    pub(crate) region: Option<String>,
    pub(crate) language: Option<String>,
    pub(crate) timestamp: Option<i64>,
    pub(crate) secret_id: Option<String>,
    pub(crate) params: Value,
    pub(crate) fault: Option<Fault>,
    pub(crate) outcome: Outcome,
}

impl Recorded {
    fn to_entry(&self) -> JournalEntry {
        JournalEntry {
            received_at: self.received_at,
            request_id: self.request_id.clone(),
            method: self.method.as_str().to_owned(),
            uri: self
                .uri
                .path_and_query()
                .map_or_else(|| self.uri.to_string(), |pq| pq.as_str().to_owned()),
            headers: self
                .headers
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_owned(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect(),
            encoding: self.encoding,
            signature_method: self.signature_method,
            action: self.action.clone(),
            version: self.version.clone(),
            region: self.region.clone(),
            language: self.language.clone(),
            timestamp: self.timestamp,
            secret_id: self.secret_id.clone(),
            params: self.params.clone(),
            fault: self.fault.clone(),
            outcome: self.outcome.clone(),
        }
    }
}

/// A bounded journal: the oldest entries go once `capacity` is reached.
#[derive(Debug)]
pub(crate) struct Journal {
    capacity: usize,
    entries: Mutex<VecDeque<Recorded>>,
}

impl Journal {
    pub(crate) fn new(capacity: usize) -> Journal {
        Journal {
            capacity,
            entries: Mutex::new(VecDeque::new()),
        }
    }

    /// Whether entries are kept at all.
    pub(crate) fn enabled(&self) -> bool {
        self.capacity > 0
    }

    pub(crate) fn record(&self, entry: Recorded) {
        if !self.enabled() {
            return;
        }
        let evicted = {
            let mut entries = lock(&self.entries);
            let evicted = if entries.len() == self.capacity {
                entries.pop_front()
            } else {
                None
            };
            entries.push_back(entry);
            evicted
        };
        // Freeing the evicted entry happens outside the lock.
        drop(evicted);
    }

    pub(crate) fn snapshot(&self) -> Vec<JournalEntry> {
        lock(&self.entries).iter().map(Recorded::to_entry).collect()
    }

    pub(crate) fn clear(&self) {
        let entries = std::mem::take(&mut *lock(&self.entries));
        drop(entries);
    }
}
