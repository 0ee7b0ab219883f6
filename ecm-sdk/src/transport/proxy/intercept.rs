//! One proxy, read from its URL: where requests go, and the credentials they carry there.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use http::uri::Scheme;
use http::{HeaderValue, Uri};
use percent_encoding::percent_decode_str;

use crate::error::Error;

/// The proxy a request goes through: its scheme, host and port, and the
/// `Proxy-Authorization` for it.
#[derive(Clone)]
pub(crate) struct Intercept {
    /// `http://host:port/` or `https://host:port/`, without user info.
    uri: Uri,
    /// `Basic base64(user:password)`, marked sensitive.
    basic_auth: Option<HeaderValue>,
}

impl Intercept {
    /// Reads the proxy URL `url`, from the variable or argument `name` (named in errors, which
    /// never quote the URL: it may hold a password). A missing scheme means `http://`; a path
    /// is ignored.
    pub(super) fn parse(name: &str, url: &str) -> Result<Intercept, Error> {
        let invalid = || Error::config(format!("{name} is not a valid proxy URL"));
        let parsed: Uri = url.parse().map_err(|_| invalid())?;
        let Some(authority) = parsed.authority() else {
            return Err(invalid());
        };
        // The user info ends at the first `@`: a password holding a raw `@` would be cut, and
        // its rest taken for part of the host (and printed with it).
        if authority.as_str().matches('@').count() > 1 {
            return Err(Error::config(format!(
                "{name}: the proxy's user name or password holds an `@`; write it as `%40`"
            )));
        }
        let scheme = match parsed.scheme_str() {
            None | Some("http") => Scheme::HTTP,
            Some("https") => Scheme::HTTPS,
            Some(scheme) => {
                return Err(Error::config(format!(
                    "{name} names a {scheme}:// proxy; ecm-sdk supports http:// and https:// \
                     proxies (set an HTTP proxy there, or pass \
                     `HyperTransport::builder().proxies(..)` to `ClientBuilder::transport`)"
                )));
            }
        };
        let (basic_auth, host_and_port) = match authority.as_str().split_once('@') {
            Some((user_info, host_and_port)) => (Some(basic_auth(user_info)), host_and_port),
            None => (None, authority.as_str()),
        };
        let uri = Uri::builder()
            .scheme(scheme)
            .authority(host_and_port)
            .path_and_query("/")
            .build()
            .map_err(|_| invalid())?;
        if uri.host().is_none_or(str::is_empty) {
            return Err(invalid());
        }
        Ok(Intercept { uri, basic_auth })
    }

    /// The proxy's scheme, host and port (path `/`).
    pub(crate) fn uri(&self) -> &Uri {
        &self.uri
    }

    /// The `Proxy-Authorization` value, if the URL had credentials.
    pub(crate) fn basic_auth(&self) -> Option<&HeaderValue> {
        self.basic_auth.as_ref()
    }
}

/// `Basic base64(user:password)` (RFC 7617) from the percent-encoded `user:password` of a URL
/// (`user` alone: an empty password). The decoded bytes are encoded as they are.
fn basic_auth(user_info: &str) -> HeaderValue {
    let (user, password) = user_info.split_once(':').unwrap_or((user_info, ""));
    let mut pair: Vec<u8> = percent_decode_str(user).collect();
    pair.push(b':');
    pair.extend(percent_decode_str(password));
    let mut value = HeaderValue::try_from(format!("Basic {}", STANDARD.encode(&pair)))
        .expect("base64 is a valid header value");
    value.set_sensitive(true);
    value
}

impl fmt::Debug for Intercept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The URI holds no user info; the credentials are never printed.
        fmt::Display::fmt(&self.uri, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(url: &str) -> Intercept {
        Intercept::parse("the proxy", url).unwrap()
    }

    fn error(url: &str) -> String {
        Intercept::parse("the proxy", url).unwrap_err().to_string()
    }

    #[test]
    fn credentials_become_rfc_7617_basic_auth() {
        // The example of RFC 7617, section 2.
        let proxy = parse("http://Aladdin:open%20sesame@proxy:3128");
        assert_eq!(
            proxy.basic_auth().unwrap(),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert!(proxy.basic_auth().unwrap().is_sensitive());
        // base64("user@corp:p@ss:word"): `%40` and `%3A` decoded, only the first raw `:`
        // splits.
        let proxy = parse("http://user%40corp:p%40ss:word@proxy:3128");
        assert_eq!(
            proxy.basic_auth().unwrap(),
            "Basic dXNlckBjb3JwOnBAc3M6d29yZA=="
        );
        // A user without a password: base64("Aladdin:").
        let proxy = parse("http://Aladdin@proxy:3128");
        assert_eq!(proxy.basic_auth().unwrap(), "Basic QWxhZGRpbjo=");
        // Non-ASCII, percent-encoded UTF-8: base64 of the bytes of "é:ü".
        let proxy = parse("http://%C3%A9:%C3%BC@proxy");
        assert_eq!(proxy.basic_auth().unwrap(), "Basic w6k6w7w=");
        assert!(parse("http://proxy:3128").basic_auth().is_none());
    }

    #[test]
    fn the_uri_keeps_scheme_host_and_port_only() {
        for (url, uri) in [
            ("http://u:p@proxy:3128", "http://proxy:3128/"),
            ("proxy:8080", "http://proxy:8080/"),
            ("u:p@proxy:8080", "http://proxy:8080/"),
            ("proxy", "http://proxy/"),
            (
                "HTTPS://Proxy.Example:443/some/path?q",
                "https://Proxy.Example:443/",
            ),
            ("http://[::1]:3128", "http://[::1]:3128/"),
            ("http://10.0.0.1", "http://10.0.0.1/"),
        ] {
            assert_eq!(parse(url).uri().to_string(), uri, "{url}");
            assert_eq!(format!("{:?}", parse(url)), uri, "{url}");
        }
        assert_eq!(parse("https://proxy").uri().scheme(), Some(&Scheme::HTTPS));
    }

    #[test]
    fn what_is_no_http_proxy_url_is_refused_without_quoting_it() {
        for url in [
            "http://u:secret@",
            "http://secret proxy",
            "http://:3128",
            "/secret",
        ] {
            let text = error(url);
            assert!(
                text.ends_with(": the proxy is not a valid proxy URL"),
                "{url}: {text}"
            );
            assert!(!text.contains("secret"), "{text}");
        }
        for (url, expected) in [
            (
                "socks5h://u:secret@p:1080",
                "the proxy names a socks5h:// proxy",
            ),
            ("http://u:top@secret@p", "write it as `%40`"),
        ] {
            let text = error(url);
            assert!(text.contains(expected), "{text}");
            assert!(!text.contains("secret"), "{text}");
        }
    }
}
