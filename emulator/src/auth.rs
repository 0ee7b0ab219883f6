//! Authentication of a received request: its signature verified with `tencentcloud-signer`,
//! over the `Host` header as sent or its port-less form, and the check of its headers alone
//! that decides whether its body is worth reading.

use std::borrow::Cow;

use http::header::HOST;
use http::request::Parts;
use tencentcloud_signer::{
    Credentials, ReceivedTc3Request, ReceivedV1Request, Verified, Verifier, VerifyError,
};

use crate::rejection::Rejection;
use crate::service::State;

/// Verifies the signature of a request (TC3 if `tc3`, else v1 over `pairs`) at server time
/// `now`, as a rejection with the documented code.
pub(crate) fn verify(
    verifier: &Verifier<Vec<Credentials>>,
    now: i64,
    parts: &Parts,
    body: &[u8],
    pairs: &[(Cow<'_, str>, Cow<'_, str>)],
    tc3: bool,
) -> Result<Verified, Rejection> {
    verify_signature(verifier, now, parts, body, pairs, tc3)
        .map_err(|error| Rejection::new(error.code(), auth_message(&error)))
}

/// Verifies the signature over the `Host` header as received, and, if that does not match
/// and the header has a port, over its port-less form: the Node.js SDK signs
/// `host:<hostname>` while it sends `Host: <hostname>:<port>` (against the real service on
/// port 443 both are the same string). A signature over any other host is refused.
fn verify_signature(
    verifier: &Verifier<Vec<Credentials>>,
    now: i64,
    parts: &Parts,
    body: &[u8],
    pairs: &[(Cow<'_, str>, Cow<'_, str>)],
    tc3: bool,
) -> Result<Verified, VerifyError> {
    let now = u64::try_from(now).unwrap_or(0);
    let host = header_str(&parts.headers, "host")
        .or_else(|| parts.uri.authority().map(|authority| authority.as_str()))
        .unwrap_or("");
    // The Python SDK's `unsignedPayload` profile option: the signature covers the text
    // `UNSIGNED-PAYLOAD` instead of the body.
    let unsigned_payload = tc3
        && header_str(&parts.headers, "x-tc-content-sha256")
            .is_some_and(|value| value.trim() == UNSIGNED_PAYLOAD);
    let body = if unsigned_payload {
        UNSIGNED_PAYLOAD.as_bytes()
    } else {
        body
    };
    let attempt = |host: &str| {
        if tc3 {
            let headers: Vec<(&str, &str)> = parts
                .headers
                .iter()
                .filter_map(|(name, value)| {
                    let value = if name == HOST {
                        host
                    } else {
                        value.to_str().ok()?
                    };
                    Some((name.as_str(), value))
                })
                .collect();
            let request = ReceivedTc3Request::new(parts.method.as_str(), &headers, body)
                .with_path(parts.uri.path())
                .with_query(parts.uri.query().unwrap_or(""));
            verifier.verify_tc3(&request, now)
        } else {
            let request = ReceivedV1Request::new(parts.method.as_str(), host, pairs)
                .with_path(parts.uri.path());
            verifier.verify_v1(&request, now)
        }
    };
    match attempt(host) {
        Err(VerifyError::SignatureMismatch) => match without_port(host) {
            Some(hostname) => attempt(hostname),
            None => Err(VerifyError::SignatureMismatch),
        },
        result => result,
    }
}

/// The `X-TC-Content-SHA256` value of a TC3 request whose body is not signed.
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// `host` without its `:port`, if it has one (`127.0.0.1:8080`, `[::1]:8080`).
fn without_port(host: &str) -> Option<&str> {
    let (hostname, port) = host.rsplit_once(':')?;
    let bracketed = hostname.starts_with('[') && hostname.ends_with(']');
    let plain = !hostname.contains(':');
    let digits = !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit());
    (digits && (bracketed || plain) && !hostname.is_empty()).then_some(hostname)
}

/// Whether a TC3 POST passes every check of its headers (Authorization shape, SecretId,
/// session token, timestamp, credential scope), so that its body is worth reading: the
/// signature itself covers the body. Signatures not verified: always.
pub(crate) fn authenticates_before_body(state: &State, parts: &Parts) -> bool {
    let Some(verifier) = &state.verifier else {
        return true;
    };
    matches!(
        verify_signature(verifier, state.clock.now_unix(), parts, &[], &[], true),
        Ok(_) | Err(VerifyError::SignatureMismatch)
    )
}

/// The verifier's explanation, prefixed with the documented description of the code.
fn auth_message(error: &tencentcloud_signer::VerifyError) -> String {
    if let tencentcloud_signer::VerifyError::MissingParameter { name } = error {
        return format!("The request is missing a required parameter `{name}`.");
    }
    let lead = match error.code() {
        "AuthFailure.SignatureFailure" => {
            "The provided credentials could not be validated. Please check your signature is \
             correct."
        }
        "AuthFailure.SignatureExpire" => {
            "Signature expired. Timestamp and server time cannot differ by more than five \
             minutes."
        }
        "AuthFailure.SecretIdNotFound" => "The SecretId is not found.",
        "AuthFailure.InvalidAuthorization" => "The Authorization header is invalid.",
        "AuthFailure.TokenFailure" => "Token error.",
        _ => return error.message(),
    };
    format!("{lead} ({})", error.message())
}

fn header_str<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::without_port;

    #[test]
    fn the_port_less_form_drops_only_a_numeric_port() {
        assert_eq!(without_port("127.0.0.1:8080"), Some("127.0.0.1"));
        assert_eq!(
            without_port("ecm.tencentcloudapi.com:443"),
            Some("ecm.tencentcloudapi.com")
        );
        assert_eq!(without_port("[::1]:8080"), Some("[::1]"));
        for none in [
            "127.0.0.1",
            "[::1]",
            "::1",
            "host:",
            ":8080",
            "host:80a",
            "",
        ] {
            assert_eq!(without_port(none), None, "{none:?}");
        }
    }
}
