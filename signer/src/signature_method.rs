//! The signature methods: the one type the signer, the SDK's configuration and the
//! emulator's journal share.

use std::fmt;

use crate::tc3::canonical::ALGORITHM;

/// A signature method: TC3-HMAC-SHA256 (signature v3) or one of the two legacy (v1)
/// methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum SignatureMethod {
    /// `TC3-HMAC-SHA256` (signature v3, the `Authorization` header): the default, and the
    /// only method for JSON bodies.
    #[default]
    Tc3HmacSha256,
    /// Legacy `HmacSHA256` (v1): sent as `SignatureMethod=HmacSHA256`.
    HmacSha256,
    /// Legacy `HmacSHA1` (v1): the server's default when `SignatureMethod` is absent.
    HmacSha1,
}

impl SignatureMethod {
    /// The wire name: `TC3-HMAC-SHA256`, `HmacSHA256` or `HmacSHA1`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Tc3HmacSha256 => ALGORITHM,
            Self::HmacSha256 => "HmacSHA256",
            Self::HmacSha1 => "HmacSHA1",
        }
    }

    /// Whether this is a legacy (v1) method, signed with [`sign_v1`](crate::sign_v1).
    pub fn is_v1(&self) -> bool {
        !matches!(self, Self::Tc3HmacSha256)
    }

    /// The v1 method a server applies for a `SignatureMethod` parameter value: HmacSHA256
    /// only for exactly `HmacSHA256`, HmacSHA1 in every other case (absent included), as
    /// the chapter specifies.
    pub fn from_v1_param(value: Option<&str>) -> Self {
        crate::v1::source::V1Hash::from_param(value).method()
    }
}

impl fmt::Display for SignatureMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_and_the_v1_parameter_rule() {
        assert_eq!(SignatureMethod::default().as_str(), "TC3-HMAC-SHA256");
        assert_eq!(SignatureMethod::HmacSha256.to_string(), "HmacSHA256");
        assert_eq!(SignatureMethod::HmacSha1.as_str(), "HmacSHA1");
        assert!(!SignatureMethod::Tc3HmacSha256.is_v1());
        assert!(SignatureMethod::HmacSha1.is_v1());
        assert_eq!(
            SignatureMethod::from_v1_param(Some("HmacSHA256")),
            SignatureMethod::HmacSha256
        );
        for other in [None, Some("hmacsha256"), Some("TC3-HMAC-SHA256"), Some("")] {
            assert_eq!(
                SignatureMethod::from_v1_param(other),
                SignatureMethod::HmacSha1
            );
        }
    }

    #[test]
    fn sign_v1_refuses_the_tc3_method() {
        let credentials = crate::Credentials::new("AKIDexample", "secret");
        let params: [(&str, &str); 0] = [];
        let request = crate::V1Request::get("ecm.tencentcloudapi.com", &params);
        let common = crate::V1Params::new("DescribeNode", "2019-07-19", 1_700_000_000, 1)
            .with_signature_method(SignatureMethod::Tc3HmacSha256);
        let error = crate::sign_v1(&request, &common, &credentials).unwrap_err();
        assert!(
            matches!(
                error,
                crate::SigningError::InvalidField {
                    field: "signature method",
                    ..
                }
            ),
            "{error}"
        );
    }
}
