//! The CAM role of a CVM instance, from the instance metadata service.

use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use serde::Deserialize;
use tokio::time::Instant;

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::transport::{HttpRequest, HyperTransport, ProxyConfig};

const PROVIDER: &str = "instance role";
const DEFAULT_BASE_URL: &str = "http://metadata.tencentyun.com/latest/meta-data/";
const ROLE_PATH: &str = "cam/security-credentials/";
/// Metadata answers are tiny; anything bigger is not the metadata service.
const MAX_ANSWER_BYTES: usize = 64 * 1024;
/// The last second of the year 9999, the latest `Expiration` date accepted too.
const MAX_EXPIRED_TIME: u64 = 253_402_300_799;

/// Temporary credentials of the CAM role bound to the CVM instance the program runs on.
///
/// Asks the metadata service for the role name (`GET {base}cam/security-credentials/`),
/// then for its credentials (`GET {base}cam/security-credentials/<role>`: JSON with
/// `TmpSecretId`, `TmpSecretKey`, `Token` and `ExpiredTime` or `Expiration`). The default
/// base URL is `http://metadata.tencentyun.com/latest/meta-data/`.
///
/// Each request has a short timeout (default 1 s to connect, 2 s in all), so off a CVM the
/// provider reports "not found" quickly instead of hanging; no proxy is used and redirects
/// are not followed (a 3xx is an error naming the status). Only a failure to *connect*
/// (DNS, refused, connect timeout) means "not on a CVM" and lets a chain move on; a
/// service that accepts the connection and then is too slow, or answers an error, is
/// "unavailable" and stops the chain, so a struggling metadata service is not mistaken for
/// an absent one and silently replaced by the next source. The client
/// caches the credentials and refreshes them before `ExpiredTime`.
#[derive(Debug)]
pub struct InstanceRoleProvider {
    base_url: String,
    connect_timeout: Duration,
    timeout: Duration,
    http: OnceLock<HyperTransport>,
}

impl Default for InstanceRoleProvider {
    fn default() -> Self {
        InstanceRoleProvider {
            base_url: DEFAULT_BASE_URL.to_owned(),
            connect_timeout: Duration::from_secs(1),
            timeout: Duration::from_secs(2),
            http: OnceLock::new(),
        }
    }
}

impl InstanceRoleProvider {
    /// Uses the real metadata service.
    pub fn new() -> Self {
        Self::default()
    }

    /// Uses another metadata endpoint (e.g. a fake one in tests). The URL is the
    /// `…/latest/meta-data/` directory; a missing trailing `/` is added.
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        let mut base_url = base_url.into();
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        self.base_url = base_url;
        self
    }

    /// Sets the timeout of each metadata request (default 2 s; the connect timeout is the
    /// smaller of this and 1 s).
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self.connect_timeout = self.connect_timeout.min(timeout);
        self
    }

    fn http(&self) -> Result<&HyperTransport, CredentialsError> {
        if let Some(transport) = self.http.get() {
            return Ok(transport);
        }
        let https = self
            .base_url
            .get(..8)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"));
        let builder = HyperTransport::builder()
            .proxies(ProxyConfig::none())
            .connect_timeout(self.connect_timeout)
            .max_response_bytes(MAX_ANSWER_BYTES);
        // A plain-HTTP metadata service needs no TLS roots.
        let builder = if https {
            builder
        } else {
            builder.without_tls()
        };
        let transport = builder.build().map_err(|_| {
            CredentialsError::unavailable(PROVIDER, "cannot build the metadata HTTP client")
        })?;
        Ok(self.http.get_or_init(|| transport))
    }

    /// GETs `path` under the base URL; `Ok(None)` on 404.
    async fn get(&self, path: &str) -> Result<Option<Bytes>, CredentialsError> {
        let url = format!("{}{path}", self.base_url);
        let request = http::Request::get(url.as_str())
            .body(Bytes::new())
            .map_err(|_| {
                CredentialsError::unavailable(PROVIDER, format!("{url} is not a valid URL"))
            })?;
        // One time limit for the answer and its body.
        let started = Instant::now();
        let http = self.http()?;
        let response = match tokio::time::timeout(
            self.timeout,
            http.exchange(HttpRequest::new(request)),
        )
        .await
        {
            Ok(Ok(response)) => response,
            Ok(Err(error)) if error.is_not_sent() => {
                return Err(CredentialsError::not_found(
                    PROVIDER,
                    format!(
                        "the metadata service at {} is unreachable (not running on a CVM?)",
                        self.base_url
                    ),
                ));
            }
            Ok(Err(_)) => {
                return Err(CredentialsError::unavailable(
                    PROVIDER,
                    format!("request to {url} failed"),
                ));
            }
            Err(_) => {
                return Err(CredentialsError::unavailable(
                    PROVIDER,
                    format!(
                        "the metadata service did not answer {url} within {:?}",
                        self.timeout
                    ),
                ));
            }
        };
        let status = response.head().status;
        if status == http::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if status.is_redirection() {
            // Credentials are never fetched from wherever a redirect points.
            return Err(CredentialsError::unavailable(
                PROVIDER,
                format!(
                    "{url} answered HTTP {} (a redirect, not followed)",
                    status.as_u16()
                ),
            ));
        }
        if !status.is_success() {
            return Err(CredentialsError::unavailable(
                PROVIDER,
                format!("{url} answered HTTP {}", status.as_u16()),
            ));
        }
        let left = self.timeout.saturating_sub(started.elapsed());
        match tokio::time::timeout(left, response.read_body(MAX_ANSWER_BYTES)).await {
            Ok(Ok(body)) => Ok(Some(body.into_body())),
            Ok(Err(error)) => Err(CredentialsError::unavailable(
                PROVIDER,
                format!("reading {url}: {error}"),
            )),
            Err(_) => Err(CredentialsError::unavailable(
                PROVIDER,
                format!(
                    "reading {url}: no complete answer within {:?}",
                    self.timeout
                ),
            )),
        }
    }

    pub(crate) async fn load(&self) -> Result<Credentials, CredentialsError> {
        let roles = self.get(ROLE_PATH).await?.ok_or_else(|| {
            CredentialsError::not_found(PROVIDER, "no CAM role is bound to this instance")
        })?;
        let roles = String::from_utf8_lossy(&roles);
        let role = roles
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
            .ok_or_else(|| {
                CredentialsError::not_found(PROVIDER, "no CAM role is bound to this instance")
            })?
            .to_owned();
        if role.contains(['/', '?', '#']) {
            return Err(CredentialsError::invalid(
                PROVIDER,
                "the metadata service returned a malformed role name",
            ));
        }
        let body = self
            .get(&format!("{ROLE_PATH}{role}"))
            .await?
            .ok_or_else(|| {
                CredentialsError::unavailable(
                    PROVIDER,
                    format!("the credentials of role `{role}` are not available"),
                )
            })?;
        parse_role_credentials(&body, &role)
    }
}

impl ProvideCredentials for InstanceRoleProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.load())
    }
}

/// The metadata service's answer. Each member is optional, `null` counts as missing, a value
/// of another JSON type is an error; other members are ignored.
#[derive(Default)]
struct RoleCredentials {
    tmp_secret_id: Option<String>,
    tmp_secret_key: Option<String>,
    token: Option<String>,
    expired_time: Option<u64>,
    expiration: Option<String>,
    code: Option<String>,
}

impl<'de> Deserialize<'de> for RoleCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ecm_sdk_model::lenient::structure(deserializer)
    }
}

impl ecm_sdk_model::lenient::Fields for RoleCredentials {
    const NAME: &'static str = "RoleCredentials";
    const FIELDS: &'static [&'static str] = &[
        "TmpSecretId",
        "TmpSecretKey",
        "Token",
        "ExpiredTime",
        "Expiration",
        "Code",
    ];

    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.tmp_secret_id = map.next_value()?,
            1 => self.tmp_secret_key = map.next_value()?,
            2 => self.token = map.next_value()?,
            3 => self.expired_time = map.next_value()?,
            4 => self.expiration = map.next_value()?,
            _ => self.code = map.next_value()?,
        }
        Ok(())
    }
}

fn parse_role_credentials(body: &[u8], role: &str) -> Result<Credentials, CredentialsError> {
    // Parsed as text, like API responses (one JSON reader in the binary).
    let body = std::str::from_utf8(body).map_err(|error| {
        CredentialsError::invalid(
            PROVIDER,
            format!(
                "the credentials of role `{role}` are not the expected JSON (not UTF-8 from byte {})",
                error.valid_up_to()
            ),
        )
    })?;
    let parsed: RoleCredentials = serde_json::from_str(body).map_err(|error| {
        CredentialsError::invalid(
            PROVIDER,
            // serde_json messages may quote values (keys): report the position only.
            format!(
                "the credentials of role `{role}` are not the expected JSON (line {}, column {})",
                error.line(),
                error.column()
            ),
        )
    })?;
    if let Some(code) = parsed.code.as_deref().filter(|code| *code != "Success") {
        return Err(CredentialsError::unavailable(
            PROVIDER,
            format!("the metadata service answered code `{code}` for role `{role}`"),
        ));
    }
    let field = |value: Option<String>, name: &str| {
        value.filter(|v| !v.is_empty()).ok_or_else(|| {
            CredentialsError::invalid(
                PROVIDER,
                format!("the credentials of role `{role}` lack `{name}`"),
            )
        })
    };
    let id = field(parsed.tmp_secret_id, "TmpSecretId")?;
    let key = field(parsed.tmp_secret_key, "TmpSecretKey")?;
    let token = field(parsed.token, "Token")?;
    let expiry = match (parsed.expired_time, parsed.expiration.as_deref()) {
        // A garbage answer must not overflow the clock arithmetic.
        (Some(seconds), _) => UNIX_EPOCH
            .checked_add(Duration::from_secs(seconds))
            .filter(|_| seconds <= MAX_EXPIRED_TIME)
            .ok_or_else(|| {
                CredentialsError::invalid(
                    PROVIDER,
                    format!("the credentials of role `{role}` have an impossible `ExpiredTime`"),
                )
            })?,
        (None, Some(text)) => parse_rfc3339_utc(text).ok_or_else(|| {
            CredentialsError::invalid(
                PROVIDER,
                format!("the credentials of role `{role}` have an unreadable `Expiration`"),
            )
        })?,
        (None, None) => {
            return Err(CredentialsError::invalid(
                PROVIDER,
                format!("the credentials of role `{role}` lack `ExpiredTime` and `Expiration`"),
            ));
        }
    };
    Ok(Credentials::build(
        id,
        key,
        Some(token),
        Some(expiry),
        PROVIDER,
    ))
}

/// Parses `YYYY-MM-DDTHH:MM:SSZ` (optionally with fractional seconds).
fn parse_rfc3339_utc(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    let text = text
        .strip_suffix('Z')
        .or_else(|| text.strip_suffix("+00:00"))?;
    let (date, time) = text.split_once(['T', ' '])?;
    let mut date_parts = date.splitn(3, '-').map(|part| part.parse::<u64>().ok());
    let (year, month, day) = (
        date_parts.next()??,
        date_parts.next()??,
        date_parts.next()??,
    );
    let time = time.split_once('.').map_or(time, |(whole, _)| whole);
    let mut time_parts = time.splitn(3, ':').map(|part| part.parse::<u64>().ok());
    let (hour, minute, second) = (
        time_parts.next()??,
        time_parts.next()??,
        time_parts.next()??,
    );
    if !(1970..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(UNIX_EPOCH + Duration::from_secs(days * 86_400 + hour * 3600 + minute * 60 + second))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm),
/// for years from 1970.
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::super::CredentialsErrorKind;
    use super::*;

    #[test]
    fn parses_rfc3339() {
        let parsed = parse_rfc3339_utc("2021-03-12T23:00:47Z").unwrap();
        assert_eq!(parsed, UNIX_EPOCH + Duration::from_secs(1_615_590_047));
        assert_eq!(
            parse_rfc3339_utc("1970-01-01T00:00:00.5+00:00"),
            Some(UNIX_EPOCH)
        );
        assert_eq!(
            parse_rfc3339_utc("2000-03-01T00:00:00Z"),
            Some(UNIX_EPOCH + Duration::from_secs(951_868_800))
        );
        assert_eq!(parse_rfc3339_utc("2021-13-12T23:00:47Z"), None);
        assert_eq!(parse_rfc3339_utc("2021-03-12T23:00:47"), None);
        assert_eq!(parse_rfc3339_utc("yesterday"), None);
    }

    #[test]
    fn parses_the_metadata_answer() {
        let body = br#"{"TmpSecretId":"AKIDtmp","TmpSecretKey":"tmpkey","ExpiredTime":1615590047,"Expiration":"2021-03-12T23:00:47Z","Token":"tok","Code":"Success"}"#;
        let credentials = parse_role_credentials(body, "role").unwrap();
        assert_eq!(credentials.secret_id(), "AKIDtmp");
        assert_eq!(credentials.session_token(), Some("tok"));
        assert_eq!(
            credentials.expiry(),
            Some(UNIX_EPOCH + Duration::from_secs(1_615_590_047))
        );

        let body = br#"{"TmpSecretId":"a","TmpSecretKey":"b","Token":"c","Expiration":"2021-03-12T23:00:47Z"}"#;
        let credentials = parse_role_credentials(body, "role").unwrap();
        assert_eq!(
            credentials.expiry(),
            Some(UNIX_EPOCH + Duration::from_secs(1_615_590_047))
        );

        let missing =
            parse_role_credentials(br#"{"TmpSecretId":"a","Token":"c"}"#, "role").unwrap_err();
        assert_eq!(missing.kind(), CredentialsErrorKind::Invalid);
        assert!(missing.message().contains("TmpSecretKey"), "{missing}");

        let failed = parse_role_credentials(br#"{"Code":"Failure"}"#, "role").unwrap_err();
        assert_eq!(failed.kind(), CredentialsErrorKind::Unavailable);

        let garbage = parse_role_credentials(b"<html>", "role").unwrap_err();
        assert_eq!(garbage.kind(), CredentialsErrorKind::Invalid);
    }

    /// What `#[derive(Deserialize)]` with `#[serde(rename_all = "PascalCase")]` made of
    /// `RoleCredentials` before it decoded through `ecm_sdk_model::lenient::structure`.
    mod derived {
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub(super) struct RoleCredentials {
            pub(super) tmp_secret_id: Option<String>,
            pub(super) tmp_secret_key: Option<String>,
            pub(super) token: Option<String>,
            pub(super) expired_time: Option<u64>,
            pub(super) expiration: Option<String>,
            pub(super) code: Option<String>,
        }
    }

    #[test]
    fn the_answer_decodes_as_the_derive_did() {
        type Members = (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<u64>,
            Option<String>,
            Option<String>,
        );
        for case in [
            r#"{}"#,
            r#"{"TmpSecretId":"a","TmpSecretKey":"b","Token":"c","ExpiredTime":7,"Expiration":"e","Code":"Success"}"#,
            // `null` is missing; unknown members are skipped.
            r#"{"TmpSecretId":null,"Token":null,"ExpiredTime":null,"Other":{"x":[1]}}"#,
            // Member names are exact.
            r#"{"tmpSecretId":"a","TOKEN":"c"}"#,
            // Errors: a repeated member, strict types (no lenient scalars), not an object.
            r#"{"Token":"a","Token":"b"}"#,
            r#"{"ExpiredTime":"7"}"#,
            r#"{"ExpiredTime":-1}"#,
            r#"{"TmpSecretId":7}"#,
            r#"{"Code":true}"#,
            r#""text""#,
            r#"null"#,
            r#"{"Token":"c""#,
        ] {
            let ours = serde_json::from_str::<RoleCredentials>(case).map(|c| -> Members {
                (
                    c.tmp_secret_id,
                    c.tmp_secret_key,
                    c.token,
                    c.expired_time,
                    c.expiration,
                    c.code,
                )
            });
            let derived =
                serde_json::from_str::<derived::RoleCredentials>(case).map(|c| -> Members {
                    (
                        c.tmp_secret_id,
                        c.tmp_secret_key,
                        c.token,
                        c.expired_time,
                        c.expiration,
                        c.code,
                    )
                });
            match (ours, derived) {
                (Ok(ours), Ok(derived)) => assert_eq!(ours, derived, "{case}"),
                // The same message and position.
                (Err(ours), Err(derived)) => {
                    assert_eq!(ours.to_string(), derived.to_string(), "{case}")
                }
                (ours, derived) => panic!("{case}: ours {ours:?}, derived {derived:?}"),
            }
        }
    }
}
