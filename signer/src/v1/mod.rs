//! Legacy HmacSHA1 / HmacSHA256 signing (the "Signature" chapter, v1).

pub(crate) mod source;

use std::fmt;

use crate::credentials::Credentials;
use crate::encoding::push_encoded_pairs;
use crate::error::SigningError;
use crate::signature_method::SignatureMethod;
use crate::validate;
use source::{SIGNATURE, V1Hash, base64_signature, sort_params, write_source_string};

/// A legacy (v1) request: method (`GET`, or `POST` with an
/// `application/x-www-form-urlencoded` body), host, path, and the action's
/// own parameters (name, raw value), e.g. `("InstanceIds.0", "ins-1")`.
///
/// The common parameters (`Action`, `Version`, `Region`, `Nonce`,
/// `Timestamp`, `SecretId`, `SignatureMethod`, `Token`, `Signature`) come from
/// [`V1Params`] and the [`Credentials`]; they must not appear in `params`.
pub struct V1Request<'a, K = &'a str, V = &'a str> {
    method: &'a str,
    host: &'a str,
    path: &'a str,
    params: &'a [(K, V)],
}

impl<'a, K: AsRef<str>, V: AsRef<str>> V1Request<'a, K, V> {
    /// A request with path `/`.
    pub fn new(method: &'a str, host: &'a str, params: &'a [(K, V)]) -> Self {
        Self {
            method,
            host,
            path: "/",
            params,
        }
    }

    /// `GET /?<params>`.
    pub fn get(host: &'a str, params: &'a [(K, V)]) -> Self {
        Self::new("GET", host, params)
    }

    /// `POST /` with the parameters as an `application/x-www-form-urlencoded`
    /// body.
    pub fn post_form(host: &'a str, params: &'a [(K, V)]) -> Self {
        Self::new("POST", host, params)
    }

    /// Sets the path (API 3.0 always uses `/`).
    #[must_use]
    pub fn with_path(mut self, path: &'a str) -> Self {
        self.path = path;
        self
    }

    /// The signature source string (`METHOD + host + path + "?" + sorted
    /// name=value pairs` with raw values), for diagnostics.
    pub fn source_string(
        &self,
        params: &V1Params<'_>,
        credentials: &Credentials,
    ) -> Result<String, SigningError> {
        self.validate(params, credentials)?;
        let (mut nonce, mut timestamp) = (itoa::Buffer::new(), itoa::Buffer::new());
        let sorted = self.sorted_params(
            params,
            credentials,
            nonce.format(params.nonce),
            timestamp.format(params.timestamp),
        )?;
        let mut out = Vec::with_capacity(256);
        write_source_string(&mut out, self.method, self.host, self.path, &sorted);
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn validate(
        &self,
        params: &V1Params<'_>,
        credentials: &Credentials,
    ) -> Result<(), SigningError> {
        validate::method(self.method)?;
        validate::token_field("host", self.host)?;
        validate::path(self.path)?;
        validate::header_field("action", params.action, true)?;
        validate::header_field("version", params.version, true)?;
        if params.nonce == 0 {
            return Err(SigningError::InvalidField {
                field: "nonce",
                reason: "must be a positive integer",
            });
        }
        validate::token_field("secret_id", credentials.secret_id())?;
        Ok(())
    }

    /// All parameters, common ones included, sorted by name (ASCII).
    fn sorted_params<'s>(
        &'s self,
        params: &V1Params<'s>,
        credentials: &'s Credentials,
        nonce: &'s str,
        timestamp: &'s str,
    ) -> Result<Vec<(&'s str, &'s str)>, SigningError> {
        let mut all = Vec::with_capacity(self.params.len() + 8);
        for (name, value) in self.params {
            let name = name.as_ref();
            if name.is_empty() {
                return Err(SigningError::InvalidParameter {
                    name: String::new(),
                    reason: "empty parameter name",
                });
            }
            if source::is_common_param(name) {
                return Err(SigningError::InvalidParameter {
                    name: name.to_owned(),
                    reason: "common parameter set by the signer",
                });
            }
            all.push((name, value.as_ref()));
        }
        all.push(("Action", params.action));
        all.push(("Nonce", nonce));
        if let Some(region) = params.region {
            all.push(("Region", region));
        }
        all.push(("SecretId", credentials.secret_id()));
        // HmacSHA1 is the server default: the documented example signs
        // without the parameter, and so do we.
        if params.method == SignatureMethod::HmacSha256 {
            all.push(("SignatureMethod", params.method.as_str()));
        }
        all.push(("Timestamp", timestamp));
        if let Some(token) = credentials.token() {
            all.push(("Token", token));
        }
        all.push(("Version", params.version));
        sort_params(&mut all).map_err(|name| SigningError::InvalidParameter {
            name: name.to_owned(),
            reason: "given more than once",
        })?;
        Ok(all)
    }
}

impl<K: AsRef<str>, V: AsRef<str>> fmt::Debug for V1Request<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("V1Request")
            .field("method", &self.method)
            .field("host", &self.host)
            .field("path", &self.path)
            .field(
                "params",
                &self
                    .params
                    .iter()
                    .map(|(k, v)| (k.as_ref(), v.as_ref()))
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl<K, V> Clone for V1Request<'_, K, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, V> Copy for V1Request<'_, K, V> {}

/// The common parameters of a legacy request that are not credentials.
#[derive(Debug, Clone, Copy)]
pub struct V1Params<'a> {
    action: &'a str,
    version: &'a str,
    region: Option<&'a str>,
    timestamp: u64,
    nonce: u64,
    method: SignatureMethod,
}

impl<'a> V1Params<'a> {
    /// `Action`, `Version`, `Timestamp` (Unix seconds) and `Nonce` (a random
    /// positive integer, against replay), signed with HmacSHA256.
    pub fn new(action: &'a str, version: &'a str, timestamp: u64, nonce: u64) -> Self {
        Self {
            action,
            version,
            region: None,
            timestamp,
            nonce,
            method: SignatureMethod::HmacSha256,
        }
    }

    /// Sets `Region`.
    #[must_use]
    pub fn with_region(mut self, region: &'a str) -> Self {
        self.region = Some(region);
        self
    }

    /// Chooses the signature method (default HmacSHA256). With HmacSHA256 the
    /// `SignatureMethod=HmacSHA256` parameter is added; with HmacSHA1 it is
    /// omitted (the server default). `TC3-HMAC-SHA256` is not a v1 method:
    /// [`sign_v1`] refuses it.
    #[must_use]
    pub fn with_signature_method(mut self, method: SignatureMethod) -> Self {
        self.method = method;
        self
    }
}

/// The result of [`sign_v1`].
///
/// `Debug` shows the parameter names and the non-secret values only: the `Signature`
/// (valid for replay within the five-minute window) and the `Token` are redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct V1Signature {
    signature: String,
    encoded: String,
}

impl V1Signature {
    /// The `Signature` value, Base64, before URL encoding
    /// (e.g. `zmmjn35mikh6pM3V7sUEuX4wyYM=`).
    pub fn signature(&self) -> &str {
        &self.signature
    }

    /// Every parameter, `Signature` included, as `name=value` pairs sorted by
    /// name and joined by `&`, values percent-encoded per RFC 3986: the query
    /// string of a GET (after `?`) or the body of a form POST.
    pub fn encoded_params(&self) -> &str {
        &self.encoded
    }

    /// [`encoded_params`](Self::encoded_params) by value.
    pub fn into_encoded_params(self) -> String {
        self.encoded
    }
}

impl fmt::Debug for V1Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params: Vec<String> = self
            .encoded
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((name @ ("Signature" | "Token"), _)) => format!("{name}=<redacted>"),
                _ => pair.to_owned(),
            })
            .collect();
        f.debug_struct("V1Signature")
            .field("signature", &"<redacted>")
            .field("encoded", &params.join("&"))
            .finish()
    }
}

/// Signs a legacy request with HmacSHA1 or HmacSHA256 and returns the
/// signature and the complete encoded parameter string to send.
///
/// ```
/// use tencentcloud_signer::{Credentials, V1Params, V1Request, sign_v1};
///
/// let credentials = Credentials::new("AKIDexample", "secret-key");
/// let params = [("InstanceIds.0", "ins-09dx96dg"), ("Limit", "20")];
/// let request = V1Request::get("cvm.tencentcloudapi.com", &params);
/// let common = V1Params::new("DescribeInstances", "2017-03-12", 1_465_185_768, 11_886)
///     .with_region("ap-guangzhou");
/// let signed = sign_v1(&request, &common, &credentials)?;
/// let url = format!("https://cvm.tencentcloudapi.com/?{}", signed.encoded_params());
/// assert!(url.contains("&Signature="));
/// # Ok::<(), tencentcloud_signer::SigningError>(())
/// ```
pub fn sign_v1<K: AsRef<str>, V: AsRef<str>>(
    request: &V1Request<'_, K, V>,
    params: &V1Params<'_>,
    credentials: &Credentials,
) -> Result<V1Signature, SigningError> {
    request.validate(params, credentials)?;
    let Some(hash) = V1Hash::of(params.method) else {
        return Err(SigningError::InvalidField {
            field: "signature method",
            reason: "TC3-HMAC-SHA256 is not a v1 method (sign it with sign_tc3)",
        });
    };
    let (mut nonce, mut timestamp) = (itoa::Buffer::new(), itoa::Buffer::new());
    let sorted = request.sorted_params(
        params,
        credentials,
        nonce.format(params.nonce),
        timestamp.format(params.timestamp),
    )?;

    let signature = base64_signature(
        hash,
        credentials,
        request.method,
        request.host,
        request.path,
        &sorted,
    );

    // Percent-encoding grows a value at most threefold; ASCII parameter
    // values mostly stay as they are.
    let raw_len: usize = sorted
        .iter()
        .map(|(name, value)| name.len() + value.len() + 2)
        .sum();
    let mut encoded = String::with_capacity(raw_len + raw_len / 4 + 3 * signature.len() + 16);
    let signature_at = sorted.partition_point(|(name, _)| *name < SIGNATURE);
    let (before, after) = sorted.split_at(signature_at);
    let pairs = before
        .iter()
        .copied()
        .chain(std::iter::once((SIGNATURE, signature.as_str())))
        .chain(after.iter().copied());
    push_encoded_pairs(&mut encoded, pairs);

    Ok(V1Signature { signature, encoded })
}
