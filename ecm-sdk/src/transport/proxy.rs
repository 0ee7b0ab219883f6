//! Which proxy a request of the [`HyperTransport`](super::HyperTransport) goes through.

mod intercept;
mod no_proxy;

use std::fmt;
use std::sync::Arc;

use http::uri::Scheme;
use http::{HeaderValue, Uri};

pub(crate) use self::intercept::Intercept;
use self::no_proxy::NoProxy;
use crate::credentials::Env;
use crate::error::Error;

/// The proxies of a [`HyperTransport`](super::HyperTransport): one for `http://` requests,
/// one for `https://` requests, and the hosts that bypass them.
///
/// [`from_env`](Self::from_env) reads the variables curl and reqwest read: `HTTPS_PROXY`
/// (for `https://` requests), `HTTP_PROXY` (for `http://` requests), `ALL_PROXY` (for
/// either, when the specific one is unset; not checked when both are set) and `NO_PROXY`
/// (comma-separated hosts, domains with their subdomains — `example.com`, `.example.com` or
/// `*.example.com` —, IP addresses, also in brackets and with a port, networks like
/// `10.0.0.0/8` or `fd00::/8`, or `*` for every host, names and addresses alike; a host name
/// is matched against the names only and an address against the addresses and networks only,
/// so `localhost` does not match `127.0.0.1`), each in upper or lower case (upper case
/// first). As in reqwest, none of them is used when `REQUEST_METHOD` is set (a CGI program,
/// whose `HTTP_PROXY` a request header can set).
///
/// A proxy URL is `http://host:port` or `https://host:port` (a missing scheme means
/// `http://`; a path is ignored), with `user:password@` for basic authentication
/// (percent-encoded: an `@` in the password is `%40`; a raw one is refused; the decoded bytes
/// are sent as they are, UTF-8 for non-ASCII text). An `https://` request is
/// tunnelled with `CONNECT` (the proxy sees only the host and port; TLS runs end to end),
/// an `http://` request is sent to the proxy with its absolute URL. The credentials go in
/// `Proxy-Authorization` and nowhere else: `Debug` shows each proxy's scheme, host and port
/// and the bypass list, error messages the proxy's host and port only. An `https://` proxy is
/// reached over TLS and its certificate is checked like the endpoint's. Other schemes
/// (`socks5://`) and malformed URLs are refused with a configuration error naming the
/// variable, rather than silently sending requests around the proxy.
#[derive(Clone, Default)]
pub struct ProxyConfig {
    /// `None`: no proxy at all.
    proxies: Option<Arc<Proxies>>,
}

/// The proxy of each scheme (with `ALL_PROXY` filled in), and the hosts that bypass them.
struct Proxies {
    http: Option<Intercept>,
    https: Option<Intercept>,
    no_proxy: NoProxy,
}

/// One proxy URL and where it came from (for error messages, which never quote the URL: it
/// may hold a password).
struct Source<'a> {
    name: &'a str,
    url: String,
}

impl ProxyConfig {
    /// No proxy: every request goes directly to its endpoint.
    pub fn none() -> Self {
        ProxyConfig::default()
    }

    /// The proxies the variables of `env` name (see the type's documentation).
    pub fn from_env(env: &Env) -> Result<Self, Error> {
        if env.var("REQUEST_METHOD").is_some() {
            return Ok(Self::none());
        }
        let first = |names: [&'static str; 2]| {
            names
                .into_iter()
                .find_map(|name| env.non_empty_var(name).map(|url| Source { name, url }))
        };
        Self::parse(
            first(["HTTP_PROXY", "http_proxy"]),
            first(["HTTPS_PROXY", "https_proxy"]),
            first(["ALL_PROXY", "all_proxy"]),
            first(["NO_PROXY", "no_proxy"]).map(|source| source.url),
        )
    }

    /// `http` for `http://` requests and `https` for `https://` requests (either may be
    /// `None`: direct), except to the hosts of `no_proxy` (in `NO_PROXY` syntax).
    pub fn new(
        http: Option<&str>,
        https: Option<&str>,
        no_proxy: Option<&str>,
    ) -> Result<Self, Error> {
        let source = |name, url: Option<&str>| {
            url.map(str::trim)
                .filter(|url| !url.is_empty())
                .map(|url| Source {
                    name,
                    url: url.to_owned(),
                })
        };
        Self::parse(
            source("the HTTP proxy", http),
            source("the HTTPS proxy", https),
            None,
            no_proxy.map(str::to_owned),
        )
    }

    fn parse(
        http: Option<Source<'_>>,
        https: Option<Source<'_>>,
        all: Option<Source<'_>>,
        no_proxy: Option<String>,
    ) -> Result<Self, Error> {
        // ALL_PROXY only fills in for a scheme without its own variable: with both set it is
        // never used, so it is not checked either (a desktop's `all_proxy=socks://…` beside
        // explicit HTTP proxies is no reason to refuse to start).
        let all = if http.is_some() && https.is_some() {
            None
        } else {
            all
        };
        let parse = |source: Option<Source<'_>>| {
            source
                .map(|source| Intercept::parse(source.name, &source.url))
                .transpose()
        };
        let (http, https, all) = (parse(http)?, parse(https)?, parse(all)?);
        if http.is_none() && https.is_none() && all.is_none() {
            return Ok(Self::none());
        }
        Ok(ProxyConfig {
            proxies: Some(Arc::new(Proxies {
                http: http.or_else(|| all.clone()),
                https: https.or(all),
                no_proxy: no_proxy.as_deref().map(NoProxy::parse).unwrap_or_default(),
            })),
        })
    }

    /// The proxy a request to `uri` goes through, if any.
    pub(crate) fn intercept(&self, uri: &Uri) -> Option<&Intercept> {
        let proxies = self.proxies.as_deref()?;
        let proxy = match uri.scheme_str()? {
            "http" => proxies.http.as_ref()?,
            "https" => proxies.https.as_ref()?,
            _ => return None,
        };
        if proxies.no_proxy.contains(uri.host()?) {
            return None;
        }
        Some(proxy)
    }

    /// The `Proxy-Authorization` of a plain-HTTP request to `uri` (sent to its proxy in the
    /// request itself, there being no tunnel).
    pub(crate) fn http_authorization(&self, uri: &Uri) -> Option<HeaderValue> {
        self.intercept(uri)?.basic_auth().cloned()
    }

    /// Whether the proxy of `http://` requests is itself reached over TLS (so a transport for
    /// an `http://` endpoint still needs the platform's roots).
    pub(crate) fn http_over_tls(&self) -> bool {
        self.proxies
            .as_ref()
            .and_then(|proxies| proxies.http.as_ref())
            .is_some_and(|proxy| proxy.uri().scheme() == Some(&Scheme::HTTPS))
    }
}

impl fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Each proxy's scheme, host and port (never its credentials), and the bypass list.
        match &self.proxies {
            Some(proxies) => f
                .debug_struct("ProxyConfig")
                .field("http", &proxies.http)
                .field("https", &proxies.https)
                .field("no_proxy", &proxies.no_proxy)
                .finish(),
            None => f.write_str("ProxyConfig::none"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_vars(pairs: &[(&str, &str)]) -> Result<ProxyConfig, Error> {
        ProxyConfig::from_env(&Env::from_vars(pairs.iter().copied()))
    }

    fn proxy_of(config: &ProxyConfig, url: &str) -> Option<String> {
        config
            .intercept(&url.parse().unwrap())
            .map(|proxy| proxy.uri().to_string())
    }

    #[test]
    fn each_scheme_has_its_variable_and_all_proxy_fills_in() {
        let config = from_vars(&[
            ("HTTPS_PROXY", "http://secure-proxy:3128"),
            ("http_proxy", "plain-proxy:8080"),
        ])
        .unwrap();
        assert_eq!(
            proxy_of(&config, "https://ecm.tencentcloudapi.com/").as_deref(),
            Some("http://secure-proxy:3128/")
        );
        assert_eq!(
            proxy_of(&config, "http://127.0.0.1:8700/").as_deref(),
            Some("http://plain-proxy:8080/")
        );

        let config = from_vars(&[("all_proxy", "http://any:1")]).unwrap();
        assert_eq!(
            proxy_of(&config, "https://a/").as_deref(),
            Some("http://any:1/")
        );
        assert_eq!(
            proxy_of(&config, "http://a/").as_deref(),
            Some("http://any:1/")
        );

        // Upper case wins over lower case.
        let config = from_vars(&[
            ("HTTP_PROXY", "http://upper:1"),
            ("http_proxy", "http://lower:2"),
        ])
        .unwrap();
        assert_eq!(
            proxy_of(&config, "http://a/").as_deref(),
            Some("http://upper:1/")
        );
        assert_eq!(proxy_of(&config, "https://a/"), None);

        assert_eq!(proxy_of(&from_vars(&[]).unwrap(), "https://a/"), None);
        assert_eq!(
            proxy_of(&from_vars(&[("HTTPS_PROXY", "  ")]).unwrap(), "https://a/"),
            None
        );
    }

    #[test]
    fn no_proxy_bypasses_hosts_domains_and_networks() {
        let config = from_vars(&[
            ("HTTPS_PROXY", "http://proxy:3128"),
            ("NO_PROXY", "tencentcloudapi.com, 10.0.0.0/8,localhost"),
        ])
        .unwrap();
        for direct in [
            "https://ecm.tencentcloudapi.com/",
            "https://tencentcloudapi.com/",
            "https://10.1.2.3/",
            "https://localhost:8443/",
        ] {
            assert_eq!(proxy_of(&config, direct), None, "{direct}");
        }
        for proxied in ["https://nottencentcloudapi.com/", "https://11.0.0.1/"] {
            assert!(proxy_of(&config, proxied).is_some(), "{proxied}");
        }
        let everything =
            from_vars(&[("HTTPS_PROXY", "http://proxy:3128"), ("no_proxy", "*")]).unwrap();
        assert_eq!(proxy_of(&everything, "https://a.example/"), None);
    }

    #[test]
    fn no_proxy_takes_the_forms_curl_users_write() {
        assert_eq!(
            no_proxy::normalise(
                " *.example.com,[::1],[::1]:8700, 127.0.0.1:8700,example.org.,::2,.a.b"
            ),
            ".example.com,::1,::1,127.0.0.1,example.org,::2,.a.b"
        );
        let config = from_vars(&[
            ("HTTPS_PROXY", "http://proxy:3128"),
            (
                "NO_PROXY",
                "*.example.com,[::1],127.0.0.1:8700,example.org.",
            ),
        ])
        .unwrap();
        for direct in [
            "https://api.example.com/",
            "https://example.com/",
            "https://[::1]:9000/",
            "https://127.0.0.1:8443/",
            "https://example.org/",
        ] {
            assert_eq!(proxy_of(&config, direct), None, "{direct}");
        }
        assert!(proxy_of(&config, "https://notexample.com/").is_some());
    }

    #[test]
    fn all_proxy_is_not_checked_where_it_cannot_apply() {
        let config = from_vars(&[
            ("HTTP_PROXY", "http://p:3128"),
            ("HTTPS_PROXY", "http://p:3128"),
            ("all_proxy", "socks://p:1080/"),
        ])
        .unwrap();
        assert_eq!(
            proxy_of(&config, "https://a/").as_deref(),
            Some("http://p:3128/")
        );
        // Where it fills in, it is checked.
        let error = from_vars(&[
            ("HTTP_PROXY", "http://p:3128"),
            ("all_proxy", "socks://p:1080/"),
        ])
        .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("all_proxy names a socks:// proxy"),
            "{error}"
        );
    }

    #[test]
    fn a_raw_at_sign_in_the_password_is_refused_without_quoting_it() {
        let error = ProxyConfig::new(
            None,
            Some("http://ecm-user:top@secret@127.0.0.1:3128"),
            None,
        )
        .unwrap_err();
        let text = error.to_string();
        assert!(text.contains("write it as `%40`"), "{text}");
        assert!(!text.contains("secret") && !text.contains("top"), "{text}");
        // Percent-encoded, it is the password.
        let config =
            ProxyConfig::new(Some("http://ecm-user:top%40secret@proxy:3128"), None, None).unwrap();
        let auth = config
            .http_authorization(&"http://127.0.0.1:8700/".parse().unwrap())
            .unwrap();
        // base64("ecm-user:top@secret")
        assert_eq!(auth, "Basic ZWNtLXVzZXI6dG9wQHNlY3JldA==");
    }

    #[test]
    fn a_cgi_program_ignores_the_proxy_variables() {
        let config = from_vars(&[
            ("REQUEST_METHOD", "GET"),
            ("HTTP_PROXY", "http://attacker:1"),
        ])
        .unwrap();
        assert_eq!(proxy_of(&config, "http://a/"), None);
    }

    #[test]
    fn only_an_https_proxy_for_plain_http_needs_tls() {
        let over_tls = |pairs: &[(&str, &str)]| from_vars(pairs).unwrap().http_over_tls();
        assert!(!over_tls(&[]));
        assert!(!over_tls(&[("HTTP_PROXY", "http://proxy:3128")]));
        // HTTPS_PROXY applies to https:// URLs only.
        assert!(!over_tls(&[("HTTPS_PROXY", "https://proxy:443")]));
        assert!(over_tls(&[("http_proxy", "HTTPS://proxy:443")]));
        assert!(over_tls(&[("ALL_PROXY", " https://proxy")]));
        // A specific variable wins over ALL_PROXY.
        assert!(!over_tls(&[
            ("ALL_PROXY", "https://proxy"),
            ("HTTP_PROXY", "http://proxy")
        ]));
    }

    #[test]
    fn credentials_become_basic_auth_and_are_never_printed() {
        let config = from_vars(&[("HTTP_PROXY", "http://ecm-user:pa%3Ass@proxy:3128")]).unwrap();
        let auth = config
            .http_authorization(&"http://127.0.0.1:8700/".parse().unwrap())
            .unwrap();
        // base64("ecm-user:pa:ss")
        assert_eq!(auth, "Basic ZWNtLXVzZXI6cGE6c3M=");
        assert!(auth.is_sensitive());
        let printed = format!("{config:?} {config:#?}");
        assert!(printed.contains("proxy:3128"), "{printed}");
        for secret in ["ecm-user", "pa%3Ass", "pa:ss", "ZWNt"] {
            assert!(!printed.contains(secret), "{secret} in {printed}");
        }
        assert_eq!(
            config.http_authorization(&"https://127.0.0.1/".parse().unwrap()),
            None,
            "no HTTPS proxy configured"
        );
    }

    #[test]
    fn debug_shows_each_proxy_and_the_bypass_list_but_no_credentials() {
        let config = from_vars(&[
            (
                "HTTPS_PROXY",
                "https://ecm-user:top%40secret@secure-proxy:443",
            ),
            ("ALL_PROXY", "plain-proxy:8080"),
            ("NO_PROXY", "*.internal,10.0.0.0/8,[fd00::1]:80"),
        ])
        .unwrap();
        assert_eq!(
            format!("{config:?}"),
            "ProxyConfig { http: Some(http://plain-proxy:8080/), \
             https: Some(https://secure-proxy:443/), \
             no_proxy: [\"10.0.0.0/8\", \"fd00::1/128\", \"internal\"] }"
        );
        let printed = format!("{config:#?}");
        for secret in ["ecm-user", "secret", "top"] {
            assert!(!printed.contains(secret), "{secret} in {printed}");
        }
        assert_eq!(format!("{:?}", ProxyConfig::none()), "ProxyConfig::none");
    }

    #[test]
    fn no_proxy_networks_and_addresses_of_both_families_bypass_the_proxy() {
        let config = from_vars(&[
            ("ALL_PROXY", "http://proxy:3128"),
            ("NO_PROXY", "fd00::/8, 192.168.0.0/16, [2001:db8::7]"),
        ])
        .unwrap();
        for direct in [
            "https://[fd12:3456::1]:8443/",
            "http://192.168.200.1/",
            "https://[2001:db8::7]/",
        ] {
            assert_eq!(proxy_of(&config, direct), None, "{direct}");
        }
        for proxied in [
            "https://[fe00::1]/",
            "http://192.169.0.1/",
            "https://[2001:db8::8]/",
            "https://fd00.example/",
        ] {
            assert!(proxy_of(&config, proxied).is_some(), "{proxied}");
        }
    }

    #[test]
    fn unsupported_or_malformed_proxies_are_refused_without_quoting_them() {
        for (name, value, expected) in [
            (
                "ALL_PROXY",
                "socks5://u:secret@proxy:1080",
                "ALL_PROXY names a socks5:// proxy",
            ),
            (
                "https_proxy",
                "http://u:secret@",
                "https_proxy is not a valid proxy URL",
            ),
            (
                "HTTP_PROXY",
                "http://secret proxy",
                "HTTP_PROXY is not a valid proxy URL",
            ),
        ] {
            let error = from_vars(&[(name, value)]).unwrap_err();
            let text = error.to_string();
            assert!(matches!(error, Error::Config(_)), "{error:?}");
            assert!(text.contains(expected), "{text}");
            assert!(!text.contains("secret"), "{text}");
        }
        let error = ProxyConfig::new(None, Some("ftp://proxy"), None).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("the HTTPS proxy names a ftp:// proxy"),
            "{error}"
        );
    }
}
