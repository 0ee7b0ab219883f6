//! Parsing of the TC3 `Authorization` header.

use crate::tc3::canonical::{ALGORITHM, TERMINATOR};
use crate::validate::is_header_name_byte;

use super::VerifyError;

/// The fields of `TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request,
/// SignedHeaders=<a;b>, Signature=<hex>`.
#[derive(Debug)]
pub(crate) struct Authorization<'a> {
    pub(crate) secret_id: &'a str,
    pub(crate) date: &'a str,
    pub(crate) service: &'a str,
    pub(crate) signed_headers: Vec<&'a str>,
    pub(crate) signature: &'a str,
}

fn malformed(reason: impl Into<String>) -> VerifyError {
    VerifyError::InvalidAuthorization {
        reason: reason.into(),
    }
}

impl<'a> Authorization<'a> {
    pub(crate) fn parse(value: &'a str) -> Result<Self, VerifyError> {
        let value = value.trim_ascii();
        let (algorithm, rest) = value
            .split_once(' ')
            .ok_or_else(|| malformed("expected \"TC3-HMAC-SHA256 Credential=…\""))?;
        if algorithm != ALGORITHM {
            return Err(malformed(format!(
                "unsupported algorithm {algorithm:?}, expected {ALGORITHM}"
            )));
        }

        let (mut credential, mut signed_headers, mut signature) = (None, None, None);
        for field in rest.split(',') {
            let field = field.trim_ascii();
            let (key, value) = field
                .split_once('=')
                .ok_or_else(|| malformed(format!("field {field:?} is not key=value")))?;
            let slot = match key {
                "Credential" => &mut credential,
                "SignedHeaders" => &mut signed_headers,
                "Signature" => &mut signature,
                other => return Err(malformed(format!("unknown field {other:?}"))),
            };
            if slot.replace(value).is_some() {
                return Err(malformed(format!("field {key} is given more than once")));
            }
        }
        let credential = credential.ok_or_else(|| malformed("missing Credential"))?;
        let signed_headers = signed_headers.ok_or_else(|| malformed("missing SignedHeaders"))?;
        let signature = signature.ok_or_else(|| malformed("missing Signature"))?;

        // The SecretId may not contain '/', so split the scope from the right.
        let mut scope = credential.rsplitn(4, '/');
        let (terminator, service, date, secret_id) =
            match (scope.next(), scope.next(), scope.next(), scope.next()) {
                (Some(t), Some(s), Some(d), Some(id)) => (t, s, d, id),
                _ => {
                    return Err(malformed(
                        "Credential must be <SecretId>/<date>/<service>/tc3_request",
                    ));
                }
            };
        if terminator != TERMINATOR {
            return Err(malformed(format!(
                "credential scope must end with {TERMINATOR}, not {terminator:?}"
            )));
        }
        if secret_id.is_empty() || date.is_empty() || service.is_empty() {
            return Err(malformed("empty SecretId, date or service in Credential"));
        }

        let signed_headers: Vec<&str> = signed_headers.split(';').collect();
        for name in &signed_headers {
            if name.is_empty()
                || !name
                    .bytes()
                    .all(|b| is_header_name_byte(b) && !b.is_ascii_uppercase())
            {
                return Err(malformed(format!(
                    "SignedHeaders entry {name:?} is not a lower-case header name"
                )));
            }
        }
        if signed_headers.windows(2).any(|pair| pair[0] >= pair[1]) {
            return Err(malformed(
                "SignedHeaders must be sorted in ASCII order without repeats",
            ));
        }
        for required in ["content-type", "host"] {
            if !signed_headers.contains(&required) {
                return Err(malformed(format!("SignedHeaders must include {required}")));
            }
        }

        if signature.len() != 64
            || !signature
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(malformed("Signature must be 64 lowercase hex digits"));
        }

        Ok(Self {
            secret_id,
            date,
            service,
            signed_headers,
            signature,
        })
    }
}
