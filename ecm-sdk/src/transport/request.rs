//! The signed request handed to a transport, and what of it may be printed.

use std::fmt;
use std::ops::Deref;

use bytes::Bytes;

/// What `Debug` prints instead of a secret.
const REDACTED: &str = "<redacted>";

/// Query and form parameters whose values are credentials or act as one within the
/// signature's validity window (v1 signing puts them in the query or the form body).
const SENSITIVE_PARAMS: &[&str] = &["Signature", "Token", "SecretId"];

/// A signed request, ready to send: an [`http::Request`] with the whole body in memory.
///
/// It dereferences to the [`http::Request`] (`request.uri()`, `request.headers()`,
/// `request.body()`); [`into_inner`](Self::into_inner) hands it over to an HTTP client.
///
/// Its `Debug` output is safe to log: the `Authorization` and `X-TC-Token` headers are
/// marked sensitive ([`http::HeaderValue::set_sensitive`]) and printed as `Sensitive`,
/// the values of the v1 parameters `Signature`, `Token` and `SecretId` in the query are
/// replaced by `<redacted>`, and the body (which may hold a `Password`, `UserData` or, for
/// v1 POST, the signature parameters) is shown by its length only.
#[derive(Clone)]
pub struct HttpRequest {
    inner: http::Request<Bytes>,
}

impl HttpRequest {
    /// Wraps a request. Mark secret headers with
    /// [`HeaderValue::set_sensitive`](http::HeaderValue::set_sensitive) so that `Debug`
    /// hides them.
    pub fn new(request: http::Request<Bytes>) -> Self {
        HttpRequest { inner: request }
    }

    /// The request, for an HTTP client.
    pub fn into_inner(self) -> http::Request<Bytes> {
        self.inner
    }

    /// The request's head and body.
    pub fn into_parts(self) -> (http::request::Parts, Bytes) {
        self.inner.into_parts()
    }
}

impl From<http::Request<Bytes>> for HttpRequest {
    fn from(request: http::Request<Bytes>) -> Self {
        Self::new(request)
    }
}

impl Deref for HttpRequest {
    type Target = http::Request<Bytes>;

    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let uri = self.inner.uri();
        let target = match uri.query() {
            Some(query) => format!("{}?{}", uri.path(), redact_params(query)),
            None => uri.path().to_owned(),
        };
        // `HeaderMap`'s Debug prints sensitive values as `Sensitive`.
        f.debug_struct("HttpRequest")
            .field("method", self.inner.method())
            .field("authority", &uri.authority().map(|a| a.as_str()))
            .field("target", &target)
            .field("headers", self.inner.headers())
            .field("body_len", &self.inner.body().len())
            .finish()
    }
}

/// `a=1&Signature=xyz` → `a=1&Signature=<redacted>`.
fn redact_params(encoded: &str) -> String {
    encoded
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if SENSITIVE_PARAMS.contains(&name) => format!("{name}={REDACTED}"),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_sensitive_headers_v1_parameters_and_the_body() {
        let mut authorization = http::HeaderValue::from_static("TC3-HMAC-SHA256 sig-SECRET1");
        authorization.set_sensitive(true);
        let mut token = http::HeaderValue::from_static("tok-SECRET2");
        token.set_sensitive(true);
        let request = http::Request::builder()
            .method("GET")
            .uri("https://ecm.tencentcloudapi.com/?Action=X&SecretId=AKID-SECRET3&Signature=SECRET4&Token=SECRET5")
            .header("authorization", authorization)
            .header("x-tc-token", token)
            .header("x-tc-action", "DescribeNode")
            .body(Bytes::from_static(br#"{"Password":"SECRET6"}"#))
            .unwrap();
        let request = HttpRequest::new(request);
        let printed = format!("{request:?} {request:#?}");
        assert!(!printed.contains("SECRET"), "{printed}");
        assert!(printed.contains("DescribeNode"), "{printed}");
        assert!(printed.contains("Action=X"), "{printed}");
        assert!(printed.contains("Signature=<redacted>"), "{printed}");
        assert!(printed.contains("body_len: 22"), "{printed}");
        // The wire form is untouched.
        assert!(request.uri().query().unwrap().contains("Signature=SECRET4"));
    }
}
