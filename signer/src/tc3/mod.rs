//! TC3-HMAC-SHA256 signing ("Signature v3").

pub(crate) mod canonical;

use std::fmt;

use crate::credentials::Credentials;
use crate::date::UtcDate;
use crate::encoding::ascii_str;
use crate::error::SigningError;
use crate::validate;
use canonical::{
    ALGORITHM, CanonicalParts, TERMINATOR, cmp_header_names, hash_canonical_request, hex_signature,
    write_canonical_request, write_string_to_sign,
};

/// `Content-Type` of a TC3 POST with a JSON body.
pub const CONTENT_TYPE_JSON: &str = "application/json";
/// `Content-Type` of GET requests (the chapter allows no other for GET) and
/// of legacy POST form requests.
pub const CONTENT_TYPE_FORM: &str = "application/x-www-form-urlencoded";

/// The parts of an HTTP request that TC3 signs: method, host, path, query,
/// `Content-Type`, optional extra signed headers, and the body exactly as sent.
///
/// `Host` and `Content-Type` are always signed, so the request you send must
/// carry exactly these values (include the port in `host` when the URL has a
/// non-default one). The query is signed verbatim: pass it already encoded as
/// it appears after `?` (see [`encode_query`](crate::encode_query)).
#[derive(Clone, Copy)]
pub struct Tc3Request<'a> {
    method: &'a str,
    host: &'a str,
    path: &'a str,
    query: &'a str,
    content_type: &'a str,
    headers: &'a [(&'a str, &'a str)],
    body: &'a [u8],
}

impl<'a> Tc3Request<'a> {
    /// A request with path `/` and no query. `body` is signed as sent; for
    /// `multipart/form-data` pass the complete multipart body and the
    /// `Content-Type` with its boundary.
    pub fn new(method: &'a str, host: &'a str, content_type: &'a str, body: &'a [u8]) -> Self {
        Self {
            method,
            host,
            path: "/",
            query: "",
            content_type,
            headers: &[],
            body,
        }
    }

    /// `POST /` with `Content-Type: application/json` (the API 3.0 default).
    pub fn post_json(host: &'a str, body: &'a [u8]) -> Self {
        Self::new("POST", host, CONTENT_TYPE_JSON, body)
    }

    /// `GET /?query` with `Content-Type: application/x-www-form-urlencoded`
    /// and an empty body. `query` is the encoded query string without `?`.
    pub fn get(host: &'a str, query: &'a str) -> Self {
        Self::new("GET", host, CONTENT_TYPE_FORM, b"").with_query(query)
    }

    /// Sets the path (API 3.0 always uses `/`).
    #[must_use]
    pub fn with_path(mut self, path: &'a str) -> Self {
        self.path = path;
        self
    }

    /// Sets the encoded query string (without `?`); it is signed verbatim.
    #[must_use]
    pub fn with_query(mut self, query: &'a str) -> Self {
        self.query = query;
        self
    }

    /// Signs these headers too, in addition to `content-type` and `host`. You
    /// must send them with exactly these values. `x-tc-action` and
    /// `x-tc-region` may be listed (with the values given to [`Tc3Params`]) to
    /// bind the signature to the action and region, so that a captured request
    /// cannot be replayed as another action; do not list `Host`/`Content-Type`,
    /// `Authorization`, nor `X-TC-Timestamp` (signed anyway).
    #[must_use]
    pub fn with_signed_headers(mut self, headers: &'a [(&'a str, &'a str)]) -> Self {
        self.headers = headers;
        self
    }

    /// The canonical request (step 1 of the chapter), for diagnostics: signing
    /// streams these bytes into SHA-256 without building the string.
    pub fn canonical_request(&self) -> Result<String, SigningError> {
        self.validate()?;
        let headers = SortedHeaders::new(self)?;
        let mut out = Vec::with_capacity(256);
        write_canonical_request(&mut out, &self.canonical_parts(headers.as_slice()));
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// The string to sign (step 2 of the chapter), for diagnostics.
    pub fn string_to_sign(&self, params: &Tc3Params<'_>) -> Result<String, SigningError> {
        self.validate()?;
        params.validate()?;
        let date = params.date()?;
        let headers = SortedHeaders::new(self)?;
        let hashed = hash_canonical_request(&self.canonical_parts(headers.as_slice()));
        let mut out = Vec::with_capacity(128);
        write_string_to_sign(
            &mut out,
            itoa::Buffer::new().format(params.timestamp),
            date.as_str(),
            params.service,
            &hashed,
        );
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn validate(&self) -> Result<(), SigningError> {
        validate::method(self.method)?;
        validate::token_field("host", self.host)?;
        validate::path(self.path)?;
        validate::query(self.query)?;
        validate::header_field("content_type", self.content_type, true)?;
        for (name, value) in self.headers {
            validate::header(name, value)?;
        }
        Ok(())
    }

    /// `headers` are the request's signed headers in canonical order.
    fn canonical_parts<'s>(&'s self, headers: &'s [(&'s str, &'s str)]) -> CanonicalParts<'s> {
        CanonicalParts {
            method: self.method,
            path: self.path,
            query: self.query,
            headers,
            body: self.body,
        }
    }
}

impl fmt::Debug for Tc3Request<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tc3Request")
            .field("method", &self.method)
            .field("host", &self.host)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("content_type", &self.content_type)
            .field("headers", &self.headers)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// The signed headers in canonical order, on the stack for the usual few
/// (`heap` stays empty, and unallocated, unless there are more than 8).
struct SortedHeaders<'a> {
    inline: [(&'a str, &'a str); 8],
    len: usize,
    heap: Vec<(&'a str, &'a str)>,
}

impl<'a> SortedHeaders<'a> {
    fn new(request: &Tc3Request<'a>) -> Result<Self, SigningError> {
        let required = [
            ("content-type", request.content_type),
            ("host", request.host),
        ];
        let len = request.headers.len() + required.len();
        let mut sorted = Self {
            inline: [("", ""); 8],
            len,
            heap: Vec::new(),
        };
        if len <= sorted.inline.len() {
            sorted.inline[..2].copy_from_slice(&required);
            sorted.inline[2..len].copy_from_slice(request.headers);
        } else {
            sorted.heap.reserve_exact(len);
            sorted.heap.extend_from_slice(&required);
            sorted.heap.extend_from_slice(request.headers);
        }
        if !request.headers.is_empty() {
            let slice = sorted.as_mut_slice();
            slice.sort_unstable_by(|a, b| cmp_header_names(a.0, b.0));
            if let Some(pair) = slice
                .windows(2)
                .find(|pair| pair[0].0.eq_ignore_ascii_case(pair[1].0))
            {
                return Err(SigningError::InvalidHeader {
                    name: pair[1].0.to_owned(),
                    reason: "given more than once",
                });
            }
        }
        Ok(sorted)
    }

    fn as_slice(&self) -> &[(&'a str, &'a str)] {
        if self.heap.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.heap
        }
    }

    fn as_mut_slice(&mut self) -> &mut [(&'a str, &'a str)] {
        if self.heap.is_empty() {
            &mut self.inline[..self.len]
        } else {
            &mut self.heap
        }
    }
}

/// What a TC3 signature covers besides the request: the service of the
/// credential scope, the `X-TC-*` values and the timestamp.
#[derive(Debug, Clone, Copy)]
pub struct Tc3Params<'a> {
    service: &'a str,
    action: &'a str,
    version: &'a str,
    region: Option<&'a str>,
    timestamp: u64,
}

impl<'a> Tc3Params<'a> {
    /// `service` is the credential-scope service (the host's first label,
    /// e.g. `ecm`), `action` and `version` go to `X-TC-Action` and
    /// `X-TC-Version`, `timestamp` (Unix seconds) to `X-TC-Timestamp`; its UTC
    /// date is the scope date.
    pub fn new(service: &'a str, action: &'a str, version: &'a str, timestamp: u64) -> Self {
        Self {
            service,
            action,
            version,
            region: None,
            timestamp,
        }
    }

    /// Sets `X-TC-Region`.
    #[must_use]
    pub fn with_region(mut self, region: &'a str) -> Self {
        self.region = Some(region);
        self
    }

    /// The timestamp, Unix seconds.
    pub fn timestamp(&self) -> u64 {
        self.timestamp
    }

    fn validate(&self) -> Result<(), SigningError> {
        validate::token_field("service", self.service)?;
        validate::header_field("action", self.action, true)?;
        validate::header_field("version", self.version, true)?;
        if let Some(region) = self.region {
            validate::header_field("region", region, false)?;
        }
        Ok(())
    }

    fn date(&self) -> Result<UtcDate, SigningError> {
        UtcDate::of_timestamp(self.timestamp).ok_or(SigningError::TimestampOutOfRange {
            timestamp: self.timestamp,
        })
    }
}

/// The result of [`sign_tc3`]: the `Authorization` value and the `X-TC-*`
/// headers to send.
pub struct Tc3Signature<'a> {
    /// The Authorization value followed by the decimal timestamp, so that both
    /// live in one allocation.
    text: String,
    authorization_len: usize,
    action: &'a str,
    version: &'a str,
    region: Option<&'a str>,
    token: Option<&'a str>,
}

impl<'a> Tc3Signature<'a> {
    /// The `Authorization` header value:
    /// `TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request,
    /// SignedHeaders=<names>, Signature=<hex>`.
    pub fn authorization(&self) -> &str {
        &self.text[..self.authorization_len]
    }

    /// The signature alone, 64 lowercase hex digits.
    pub fn signature(&self) -> &str {
        let auth = self.authorization();
        &auth[auth.len() - 64..]
    }

    /// The `X-TC-Timestamp` value.
    pub fn timestamp(&self) -> &str {
        &self.text[self.authorization_len..]
    }

    /// The headers to add to the request: `Authorization`, `X-TC-Action`,
    /// `X-TC-Version`, `X-TC-Timestamp`, then `X-TC-Region` and `X-TC-Token`
    /// when set. The caller sends `Host`, `Content-Type` and any extra signed
    /// headers (e.g. `X-TC-Language`) itself.
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        [
            Some(("Authorization", self.authorization())),
            Some(("X-TC-Action", self.action)),
            Some(("X-TC-Version", self.version)),
            Some(("X-TC-Timestamp", self.timestamp())),
            self.region.map(|region| ("X-TC-Region", region)),
            self.token.map(|token| ("X-TC-Token", token)),
        ]
        .into_iter()
        .flatten()
    }
}

impl fmt::Debug for Tc3Signature<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tc3Signature")
            .field("authorization", &self.authorization())
            .field("action", &self.action)
            .field("version", &self.version)
            .field("timestamp", &self.timestamp())
            .field("region", &self.region)
            .field("token", &self.token.map(|_| "<redacted>"))
            .finish()
    }
}

/// Signs a request with TC3-HMAC-SHA256.
///
/// Warm calls (same credentials, service and UTC date as the previous call)
/// reuse the cached derived key: the cost is hashing the body, hashing the
/// canonical request and one HMAC over the string to sign.
///
/// ```
/// use tencentcloud_signer::{Credentials, Tc3Params, Tc3Request, sign_tc3};
///
/// let credentials = Credentials::new("AKIDexample", "secret-key");
/// let body = br#"{"Limit":1}"#;
/// let request = Tc3Request::post_json("ecm.tencentcloudapi.com", body);
/// let params = Tc3Params::new("ecm", "DescribeNode", "2019-07-19", 1_700_000_000)
///     .with_region("ap-guangzhou");
/// let signature = sign_tc3(&request, &params, &credentials)?;
/// assert!(signature.authorization().starts_with(
///     "TC3-HMAC-SHA256 Credential=AKIDexample/2023-11-14/ecm/tc3_request, \
///      SignedHeaders=content-type;host, Signature="
/// ));
/// for (name, value) in signature.headers() {
///     // add (name, value) to the HTTP request
/// #   let _ = (name, value);
/// }
/// # Ok::<(), tencentcloud_signer::SigningError>(())
/// ```
pub fn sign_tc3<'a>(
    request: &Tc3Request<'_>,
    params: &Tc3Params<'a>,
    credentials: &'a Credentials,
) -> Result<Tc3Signature<'a>, SigningError> {
    request.validate()?;
    params.validate()?;
    validate::token_field("secret_id", credentials.secret_id())?;
    if let Some(token) = credentials.token() {
        validate::header_field("token", token, false)?;
        validate::untrimmed_header_value("token", token)?;
    }
    let utc_date = params.date()?;
    let date = utc_date.as_str();
    let headers = SortedHeaders::new(request)?;
    let hashed_canonical_request =
        hash_canonical_request(&request.canonical_parts(headers.as_slice()));

    let mut timestamp = itoa::Buffer::new();
    let timestamp = timestamp.format(params.timestamp);
    let signature = hex_signature(
        credentials,
        timestamp,
        utc_date.day(),
        date,
        params.service,
        &hashed_canonical_request,
    );

    let secret_id = credentials.secret_id();
    let signed_headers_len: usize = headers
        .as_slice()
        .iter()
        .map(|(name, _)| name.len() + 1)
        .sum();
    let mut text = String::with_capacity(
        ALGORITHM.len()
            + " Credential=".len()
            + secret_id.len()
            + 1
            + date.len()
            + 1
            + params.service.len()
            + 1
            + TERMINATOR.len()
            + ", SignedHeaders=".len()
            + signed_headers_len
            + ", Signature=".len()
            + signature.len()
            + timestamp.len(),
    );
    text.push_str(ALGORITHM);
    text.push_str(" Credential=");
    text.push_str(secret_id);
    text.push('/');
    text.push_str(date);
    text.push('/');
    text.push_str(params.service);
    text.push('/');
    text.push_str(TERMINATOR);
    text.push_str(", SignedHeaders=");
    for (i, (name, _)) in headers.as_slice().iter().enumerate() {
        if i > 0 {
            text.push(';');
        }
        if name.bytes().any(|b| b.is_ascii_uppercase()) {
            // Header names were validated as ASCII tokens.
            text.extend(name.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            text.push_str(name);
        }
    }
    text.push_str(", Signature=");
    text.push_str(ascii_str(&signature));
    let authorization_len = text.len();
    text.push_str(timestamp);

    Ok(Tc3Signature {
        text,
        authorization_len,
        action: params.action,
        version: params.version,
        region: params.region,
        token: credentials.token(),
    })
}
