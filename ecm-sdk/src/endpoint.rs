//! Where requests go: the nearest-region domain, a regional domain, or a full override.

use std::sync::{Arc, OnceLock};

use http::uri::{Authority, Scheme};
use http::{HeaderValue, Uri};

use crate::action::ServiceMeta;
use crate::error::Error;

/// A resolved endpoint: scheme and authority, with the values sent as `Host`.
#[derive(Debug, Clone)]
pub(crate) struct Endpoint {
    scheme: Scheme,
    /// `host` or `host:port` (default ports dropped), as sent in `Host` and signed.
    host: Arc<str>,
    host_header: HeaderValue,
    /// `scheme://host/`, the URI of POST requests.
    root: Uri,
}

impl Endpoint {
    /// `https://{domain}/`.
    pub(crate) fn https(domain: &str) -> Result<Self, Error> {
        Self::from_parts(Scheme::HTTPS, domain)
    }

    /// Parses a user-supplied endpoint: `https://host[:port]`, `http://host[:port]` (for
    /// local emulators), or a bare `host[:port]` meaning HTTPS. A trailing `/` is allowed;
    /// any other path, a query or credentials in the URL are refused.
    pub(crate) fn parse(text: &str) -> Result<Self, Error> {
        let text = text.trim();
        if text.contains('@') {
            // Not echoed: the text would contain the credentials.
            return Err(Error::config("the endpoint must not contain credentials"));
        }
        let bad = |why: &str| Error::config(format!("endpoint `{text}`: {why}"));
        if text.is_empty() {
            return Err(bad("is empty"));
        }
        let with_scheme;
        let full = if text.contains("://") {
            text
        } else {
            with_scheme = format!("https://{text}");
            &with_scheme
        };
        let uri: Uri = full.parse().map_err(|_| bad("is not a valid URL"))?;
        let scheme = uri.scheme().cloned().ok_or_else(|| bad("has no scheme"))?;
        if scheme != Scheme::HTTPS && scheme != Scheme::HTTP {
            return Err(bad("the scheme must be https or http"));
        }
        let authority = uri.authority().ok_or_else(|| bad("has no host"))?;
        if let Some(path_and_query) = uri.path_and_query() {
            if path_and_query.query().is_some() {
                return Err(bad("must not have a query"));
            }
            if !matches!(path_and_query.path(), "" | "/") {
                return Err(bad("must not have a path (the API is served at `/`)"));
            }
        }
        Self::from_parts(scheme, authority.as_str())
    }

    fn from_parts(scheme: Scheme, authority: &str) -> Result<Self, Error> {
        let bad = |why: &str| Error::config(format!("endpoint host `{authority}`: {why}"));
        let parsed: Authority = authority.parse().map_err(|_| bad("is not a valid host"))?;
        if parsed.host().is_empty() {
            return Err(bad("is empty"));
        }
        let default_port = if scheme == Scheme::HTTPS { 443 } else { 80 };
        let host: String = match parsed.port_u16() {
            Some(port) if port != default_port => {
                format!("{}:{port}", parsed.host().to_ascii_lowercase())
            }
            _ => parsed.host().to_ascii_lowercase(),
        };
        let host_header = HeaderValue::from_str(&host).map_err(|_| bad("is not a valid host"))?;
        let root = Uri::builder()
            .scheme(scheme.clone())
            .authority(host.as_str())
            .path_and_query("/")
            .build()
            .map_err(|_| bad("is not a valid host"))?;
        Ok(Endpoint {
            scheme,
            host: host.into(),
            host_header,
            root,
        })
    }

    pub(crate) fn host(&self) -> &str {
        &self.host
    }

    /// Whether requests go out unencrypted (`http://`, for emulators and tests).
    #[cfg(feature = "default-transport")]
    pub(crate) fn is_plain_http(&self) -> bool {
        self.scheme == Scheme::HTTP
    }

    pub(crate) fn host_header(&self) -> &HeaderValue {
        &self.host_header
    }

    /// The URI of a request with `query` (empty: none).
    pub(crate) fn uri(&self, query: &str) -> Result<Uri, Error> {
        if query.is_empty() {
            return Ok(self.root.clone());
        }
        Uri::builder()
            .scheme(self.scheme.clone())
            .authority(&*self.host)
            .path_and_query(format!("/?{query}"))
            .build()
            .map_err(|_| Error::config("cannot build the request URL"))
    }

    /// `scheme://host/`: the endpoint as errors name it (no query).
    pub(crate) fn url(&self) -> String {
        self.root.to_string()
    }
}

/// How the endpoint is chosen.
#[derive(Debug, Clone)]
pub(crate) enum EndpointChoice {
    /// The service's nearest-region domain (`ecm.tencentcloudapi.com`).
    Nearest,
    /// The regional domain of the configured region, from the documented table.
    Regional,
    /// A fixed endpoint.
    Custom(Endpoint),
}

/// The endpoint choice of one client configuration, with the resolved endpoint cached
/// for the service it was first resolved for.
#[derive(Debug)]
pub(crate) struct EndpointResolver {
    choice: EndpointChoice,
    cached: OnceLock<(&'static ServiceMeta, Endpoint)>,
}

impl EndpointResolver {
    pub(crate) fn new(choice: EndpointChoice) -> Self {
        EndpointResolver {
            choice,
            cached: OnceLock::new(),
        }
    }

    pub(crate) fn choice(&self) -> &EndpointChoice {
        &self.choice
    }

    /// The endpoint for `service` in `region`.
    pub(crate) fn resolve(
        &self,
        service: &'static ServiceMeta,
        region: Option<&str>,
    ) -> Result<Endpoint, Error> {
        if let EndpointChoice::Custom(endpoint) = &self.choice {
            return Ok(endpoint.clone());
        }
        // Keyed by value: the same constant may be promoted to several addresses.
        if let Some((cached_for, endpoint)) = self.cached.get() {
            if cached_for.name == service.name
                && cached_for.default_domain == service.default_domain
            {
                return Ok(endpoint.clone());
            }
        }
        let endpoint = match &self.choice {
            EndpointChoice::Nearest => Endpoint::https(service.default_domain)?,
            EndpointChoice::Regional => Endpoint::https(regional_domain(service, region)?)?,
            EndpointChoice::Custom(endpoint) => endpoint.clone(),
        };
        let _ = self.cached.set((service, endpoint.clone()));
        Ok(endpoint)
    }
}

/// The documented domain of `region`.
pub(crate) fn regional_domain(
    service: &'static ServiceMeta,
    region: Option<&str>,
) -> Result<&'static str, Error> {
    let Some(region) = region else {
        return Err(Error::config(
            "a regional endpoint was requested but no region is set",
        ));
    };
    service
        .regional_domains
        .iter()
        .find(|(name, _)| *name == region)
        .map(|(_, domain)| *domain)
        .ok_or_else(|| {
            let known: Vec<&str> = service
                .regional_domains
                .iter()
                .map(|(name, _)| *name)
                .collect();
            Error::config(format!(
                "region `{region}` has no documented regional domain for `{}` (documented: {})",
                service.name,
                known.join(", ")
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_overrides() {
        let local = Endpoint::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!(local.host(), "127.0.0.1:8080");
        assert_eq!(local.url(), "http://127.0.0.1:8080/");
        assert_eq!(
            local.uri("A=1").unwrap().to_string(),
            "http://127.0.0.1:8080/?A=1"
        );

        let bare = Endpoint::parse("ECM.ap-guangzhou.tencentcloudapi.com").unwrap();
        assert_eq!(bare.url(), "https://ecm.ap-guangzhou.tencentcloudapi.com/");

        let default_port = Endpoint::parse("https://ecm.tencentcloudapi.com:443/").unwrap();
        assert_eq!(default_port.host(), "ecm.tencentcloudapi.com");

        let ipv6 = Endpoint::parse("http://[::1]:9000").unwrap();
        assert_eq!(ipv6.host(), "[::1]:9000");
    }

    #[test]
    fn refuses_bad_overrides_with_a_reason() {
        for (text, reason) in [
            ("", "is empty"),
            ("ftp://host", "scheme must be https or http"),
            ("https://host/v1", "must not have a path"),
            ("https://host/?a=1", "must not have a query"),
            ("https://user:pw@host", "must not contain credentials"),
            ("https://user:pw@host", "endpoint must not"),
            ("http://exa mple.com", "is not a valid URL"),
        ] {
            let error = Endpoint::parse(text).unwrap_err().to_string();
            assert!(error.contains(reason), "{text}: {error}");
        }
    }
}
