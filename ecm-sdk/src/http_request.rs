//! Building the whole HTTP request of a call: method, URI, headers, body and signature,
//! from the encoded payload and the options ([`crate::options`]) only — never from client
//! state.
//!
//! Everything that does not depend on the time or the credentials (the JSON body, the
//! query string, the URI, size checks) is prepared once per call in a [`RequestPlan`];
//! [`RequestPlan::sign`] then only signs with `tencentcloud-signer` and assembles headers,
//! so every retry carries a fresh timestamp.

use bytes::Bytes;
use http::header::{AUTHORIZATION, CONTENT_TYPE, HOST, USER_AGENT};
use http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};
use tencentcloud_signer::{
    CONTENT_TYPE_FORM, CONTENT_TYPE_JSON, SigningError, Tc3Params, Tc3Request, V1Params, V1Request,
    encode_query, sign_tc3, sign_v1,
};

use crate::action::ServiceMeta;
use crate::credentials::{Credentials, CredentialsError, CredentialsErrorKind};
use crate::encode::FlatParams;
use crate::endpoint::Endpoint;
use crate::error::{Error, ValidationError, ValidationErrorKind};
use crate::options::{HttpMethod, Language, Region, SignatureMethod, Tc3SignedHeaders};
use crate::transport::HttpRequest;

static X_TC_ACTION: HeaderName = HeaderName::from_static("x-tc-action");
static X_TC_VERSION: HeaderName = HeaderName::from_static("x-tc-version");
static X_TC_TIMESTAMP: HeaderName = HeaderName::from_static("x-tc-timestamp");
static X_TC_REGION: HeaderName = HeaderName::from_static("x-tc-region");
static X_TC_TOKEN: HeaderName = HeaderName::from_static("x-tc-token");
static X_TC_LANGUAGE: HeaderName = HeaderName::from_static("x-tc-language");
static JSON: HeaderValue = HeaderValue::from_static(CONTENT_TYPE_JSON);
static FORM: HeaderValue = HeaderValue::from_static(CONTENT_TYPE_FORM);

/// The encoded request: JSON for TC3 POST, flattened parameters otherwise.
#[derive(Debug)]
pub(crate) enum Payload {
    Json(Bytes),
    Params(FlatParams),
}

/// Whether a method/signature combination sends JSON.
pub(crate) fn uses_json(method: HttpMethod, signature: SignatureMethod) -> bool {
    method == HttpMethod::Post && signature == SignatureMethod::Tc3HmacSha256
}

/// What one call sends, minus timestamp and signature.
pub(crate) struct RequestPlan<'a> {
    action: &'static str,
    service: &'static ServiceMeta,
    endpoint: Endpoint,
    region: Option<&'a Region>,
    language: Option<Language>,
    user_agent: &'a HeaderValue,
    signed_headers: Tc3SignedHeaders,
    wire: Wire,
}

enum Wire {
    Tc3Json {
        body: Bytes,
        uri: Uri,
    },
    Tc3Get {
        query: String,
        uri: Uri,
    },
    V1 {
        params: FlatParams,
        method: tencentcloud_signer::SignatureMethod,
        get: bool,
    },
}

/// The static parts of a plan.
pub(crate) struct PlanInput<'a> {
    pub(crate) action: &'static str,
    pub(crate) service: &'static ServiceMeta,
    pub(crate) endpoint: Endpoint,
    pub(crate) region: Option<&'a Region>,
    pub(crate) language: Option<Language>,
    pub(crate) user_agent: &'a HeaderValue,
    pub(crate) http_method: HttpMethod,
    pub(crate) signature_method: SignatureMethod,
    pub(crate) signed_headers: Tc3SignedHeaders,
}

impl<'a> RequestPlan<'a> {
    pub(crate) fn new(input: PlanInput<'a>, payload: Payload) -> Result<Self, Error> {
        let wire = match (input.signature_method, payload) {
            (SignatureMethod::Tc3HmacSha256, Payload::Json(body)) => {
                if body.len() > input.service.max_post_tc3_bytes {
                    return Err(too_large(
                        input.action,
                        body.len(),
                        input.service.max_post_tc3_bytes,
                    ));
                }
                Wire::Tc3Json {
                    body,
                    uri: input.endpoint.uri("")?,
                }
            }
            (SignatureMethod::Tc3HmacSha256, Payload::Params(params)) => {
                let query = encode_query(&params.pairs());
                if query.len() > input.service.max_get_bytes {
                    return Err(too_large(
                        input.action,
                        query.len(),
                        input.service.max_get_bytes,
                    ));
                }
                let uri = input.endpoint.uri(&query)?;
                Wire::Tc3Get { query, uri }
            }
            (method, Payload::Params(mut params)) => {
                if let Some(language) = input.language {
                    params.push("Language", language.as_str());
                }
                Wire::V1 {
                    params,
                    method,
                    get: input.http_method == HttpMethod::Get,
                }
            }
            (_, Payload::Json(_)) => {
                return Err(Error::config(
                    "a JSON body requires TC3-HMAC-SHA256 signing with POST",
                ));
            }
        };
        Ok(RequestPlan {
            action: input.action,
            service: input.service,
            endpoint: input.endpoint,
            region: input.region,
            language: input.language,
            user_agent: input.user_agent,
            signed_headers: input.signed_headers,
            wire,
        })
    }

    /// Signs the request at `timestamp` (Unix seconds); `nonce` is used by v1 only.
    pub(crate) fn sign(
        &self,
        credentials: &Credentials,
        timestamp: u64,
        nonce: u64,
    ) -> Result<HttpRequest, Error> {
        let region = self.region.map(|region| &*region.name);
        let mut headers = HeaderMap::with_capacity(12);
        headers.insert(HOST, self.endpoint.host_header().clone());
        headers.insert(USER_AGENT, self.user_agent.clone());
        let (method, uri, body) = match &self.wire {
            Wire::Tc3Json { body, uri } => {
                let request = Tc3Request::post_json(self.endpoint.host(), body);
                self.sign_tc3(&request, credentials, timestamp, region, &mut headers)?;
                headers.insert(CONTENT_TYPE, JSON.clone());
                (Method::POST, uri.clone(), body.clone())
            }
            Wire::Tc3Get { query, uri } => {
                let request = Tc3Request::get(self.endpoint.host(), query);
                self.sign_tc3(&request, credentials, timestamp, region, &mut headers)?;
                headers.insert(CONTENT_TYPE, FORM.clone());
                (Method::GET, uri.clone(), Bytes::new())
            }
            Wire::V1 {
                params,
                method,
                get,
            } => {
                let params = params.pairs();
                let request = if *get {
                    V1Request::get(self.endpoint.host(), &params)
                } else {
                    V1Request::post_form(self.endpoint.host(), &params)
                };
                let mut common = V1Params::new(self.action, self.service.version, timestamp, nonce)
                    .with_signature_method(*method);
                if let Some(region) = region {
                    common = common.with_region(region);
                }
                let signed = sign_v1(&request, &common, credentials.signing())
                    .map_err(|error| self.signing_error(error, credentials))?;
                let encoded = signed.into_encoded_params();
                headers.insert(CONTENT_TYPE, FORM.clone());
                let limit = if *get {
                    self.service.max_get_bytes
                } else {
                    self.service.max_post_v1_bytes
                };
                if encoded.len() > limit {
                    return Err(too_large(self.action, encoded.len(), limit));
                }
                if *get {
                    (Method::GET, self.endpoint.uri(&encoded)?, Bytes::new())
                } else {
                    (Method::POST, self.endpoint.uri("")?, Bytes::from(encoded))
                }
            }
        };
        let mut request = http::Request::new(body);
        *request.method_mut() = method;
        *request.uri_mut() = uri;
        *request.headers_mut() = headers;
        Ok(HttpRequest::new(request))
    }

    fn sign_tc3(
        &self,
        request: &Tc3Request<'_>,
        credentials: &Credentials,
        timestamp: u64,
        region: Option<&str>,
        headers: &mut HeaderMap,
    ) -> Result<(), Error> {
        let mut params = Tc3Params::new(
            self.service.name,
            self.action,
            self.service.version,
            timestamp,
        );
        if let Some(region) = region {
            params = params.with_region(region);
        }
        // Signing `x-tc-action` (and `x-tc-region`) binds the signature to the action, so a
        // captured `Describe*` request cannot be replayed as another action in the window.
        let extra: [(&str, &str); 2];
        let signed_headers: &[(&str, &str)] = match (self.signed_headers, region) {
            (Tc3SignedHeaders::Minimal, _) => &[],
            (Tc3SignedHeaders::ActionAndRegion, None) => {
                extra = [("x-tc-action", self.action), ("", "")];
                &extra[..1]
            }
            (Tc3SignedHeaders::ActionAndRegion, Some(region)) => {
                extra = [("x-tc-action", self.action), ("x-tc-region", region)];
                &extra
            }
        };
        let request = request.with_signed_headers(signed_headers);
        let signed = sign_tc3(&request, &params, credentials.signing())
            .map_err(|error| self.signing_error(error, credentials))?;
        for (name, value) in signed.headers() {
            let name = match name {
                "Authorization" => AUTHORIZATION,
                "X-TC-Action" => X_TC_ACTION.clone(),
                "X-TC-Version" => X_TC_VERSION.clone(),
                "X-TC-Timestamp" => X_TC_TIMESTAMP.clone(),
                "X-TC-Region" => X_TC_REGION.clone(),
                "X-TC-Token" => X_TC_TOKEN.clone(),
                other => HeaderName::from_bytes(other.as_bytes())
                    .map_err(|_| Error::config("the signer produced an invalid header name"))?,
            };
            let mut value = HeaderValue::from_str(value).map_err(|_| {
                // Values were validated by the signer; never echo them (tokens).
                Error::config(format!("the signer produced an invalid `{name}` value"))
            })?;
            if name == AUTHORIZATION || name == X_TC_TOKEN {
                // Printed as `Sensitive` by `Debug`, never indexed by HTTP/2 header compression.
                value.set_sensitive(true);
            }
            headers.insert(name, value);
        }
        if let Some(language) = self.language {
            headers.insert(
                X_TC_LANGUAGE.clone(),
                HeaderValue::from_static(language.as_str()),
            );
        }
        Ok(())
    }

    fn signing_error(&self, error: SigningError, credentials: &Credentials) -> Error {
        match &error {
            SigningError::InvalidField { field, .. }
                if matches!(*field, "secret_id" | "secret_key" | "token") =>
            {
                Error::Credentials(CredentialsError::new(
                    credentials.provider_name(),
                    CredentialsErrorKind::Invalid,
                    error.to_string(),
                ))
            }
            SigningError::InvalidField { field, .. } if *field == "region" => {
                Error::config(error.to_string())
            }
            _ => Error::Validation(ValidationError::new(
                self.action,
                ValidationErrorKind::Encode(error.to_string()),
            )),
        }
    }
}

/// A request of `size` bytes refused for exceeding the documented `limit`.
fn too_large(action: &'static str, size: usize, limit: usize) -> Error {
    Error::Validation(ValidationError::new(
        action,
        ValidationErrorKind::TooLarge { size, limit },
    ))
}
