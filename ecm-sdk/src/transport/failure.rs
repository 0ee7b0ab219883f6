//! How the HTTP transports describe a failure: whether the request can have been sent, in
//! words, with the innermost cause (what a user searches for) and never the URL (a v1 query
//! carries the signature).

use std::error::Error as StdError;
use std::io;

use super::{TransportError, TransportErrorKind};

/// Where a request was when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Establishing the connection (DNS, TCP, proxy tunnel, TLS handshake): nothing of the
    /// request has been written.
    Connecting,
    /// On an established connection: the request may have been sent.
    Exchanging,
}

/// The error of a request that failed at `stage`; `timed_out` says whether a timeout ended
/// it, `via` names the proxy it went through, if any (host and port only).
pub(crate) fn classify(
    stage: Stage,
    timed_out: bool,
    via: Option<&str>,
    error: impl StdError + Send + Sync + 'static,
) -> TransportError {
    // Only a failure *while connecting* means the request was not sent: a timeout after
    // the request was written (a TCP user timeout, say) may have reached the server.
    let (kind, what) = match (stage, timed_out) {
        (Stage::Connecting, true) => (
            TransportErrorKind::ConnectTimeout,
            "connecting to the endpoint timed out",
        ),
        (Stage::Connecting, false) => (
            TransportErrorKind::Connect,
            "cannot connect to the endpoint",
        ),
        (Stage::Exchanging, true) => (
            TransportErrorKind::Io,
            "timed out after the request may have been sent",
        ),
        (Stage::Exchanging, false) => (
            TransportErrorKind::Io,
            "the connection failed while sending the request or receiving the response",
        ),
    };
    let what = match via {
        Some(proxy) => format!("{what} (through the proxy {proxy})"),
        None => what.to_owned(),
    };
    described(kind, what, error)
}

/// The error of a response body that could not be read to its end.
pub(crate) fn body_failed(error: impl StdError + Send + Sync + 'static) -> TransportError {
    described(
        TransportErrorKind::Io,
        "the connection failed while reading the response body".to_owned(),
        error,
    )
}

fn described(
    kind: TransportErrorKind,
    what: String,
    error: impl StdError + Send + Sync + 'static,
) -> TransportError {
    let message = match root_cause(&error) {
        Some(cause) => format!("{what}: {cause}"),
        None => what,
    };
    TransportError::new(kind, message).with_source(error)
}

/// The innermost error of the chain (`Connection refused (os error 111)`, a DNS failure),
/// which is what a user searches for.
pub(crate) fn root_cause(error: &(dyn StdError + 'static)) -> Option<String> {
    let mut cause = error.source()?;
    while let Some(next) = cause.source() {
        cause = next;
    }
    let text = cause.to_string();
    (!text.is_empty()).then_some(text)
}

/// Whether an I/O timeout is anywhere in the chain of `error`.
pub(crate) fn is_timeout(error: &(dyn StdError + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(error) = next {
        if error
            .downcast_ref::<io::Error>()
            .is_some_and(|error| error.kind() == io::ErrorKind::TimedOut)
        {
            return true;
        }
        next = error.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error wrapping another, as HTTP clients nest them.
    #[derive(Debug)]
    struct Wrapper(io::Error);

    impl std::fmt::Display for Wrapper {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("client error")
        }
    }

    impl StdError for Wrapper {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_timeout_after_connecting_may_have_been_sent() {
        let error = Wrapper(io::Error::new(
            io::ErrorKind::TimedOut,
            "connection timed out",
        ));
        assert!(is_timeout(&error));
        let classified = classify(Stage::Exchanging, is_timeout(&error), None, error);
        assert_eq!(classified.kind(), TransportErrorKind::Io);
        assert!(!classified.is_not_sent());
        assert_eq!(
            classified.message(),
            "timed out after the request may have been sent: connection timed out"
        );
        assert!(
            !crate::retry::should_retry(&crate::Error::Transport(classified), false),
            "a mutation must not be re-sent"
        );

        let error = Wrapper(io::Error::new(
            io::ErrorKind::TimedOut,
            "connection timed out",
        ));
        let classified = classify(
            Stage::Connecting,
            is_timeout(&error),
            Some("proxy:3128"),
            error,
        );
        assert_eq!(classified.kind(), TransportErrorKind::ConnectTimeout);
        assert!(classified.is_not_sent());
        assert_eq!(
            classified.message(),
            "connecting to the endpoint timed out (through the proxy proxy:3128): connection timed out"
        );

        let refused = Wrapper(io::Error::from(io::ErrorKind::ConnectionRefused));
        assert!(!is_timeout(&refused));
    }
}
