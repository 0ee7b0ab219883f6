// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The 17 documented error codes: [`ErrorCode`] and the enums of its 9 dotted categories.
//!
//! A dotted code `Category.Sub` is `ErrorCode::Category(Category::Sub)`; the bare code
//! `Category`, where documented, is `ErrorCode::Category(Category::General)`, so matching
//! `ErrorCode::Category(_)` catches the whole category. Codes without a dotted form are
//! unit variants. Variant names follow the crate's naming rule (an acronym is one word:
//! `MFAExpired` → `MfaExpired`); `as_str` and `Display` always give the exact wire code.

use std::fmt;
use std::str::FromStr;

/// An ECM API error code: every code the documentation lists (common, service and
/// per-action codes) as a typed variant, structured by its dotted category.
///
/// [`ErrorCode::from_wire`] never fails: a code the documentation does not list is
/// kept verbatim in `Unknown`, at the category level when its category is known, so
/// a new server code never breaks decoding. [`ErrorCode::as_str`] and `Display` give
/// back the exact wire string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// `ActionOffline`: This API has been deprecated.
    ActionOffline,
    /// A code of the `AuthFailure` category: see [`AuthFailure`].
    AuthFailure(AuthFailure),
    /// A code of the `FailedOperation` category, the bare code `FailedOperation` included: see
    /// [`FailedOperation`].
    FailedOperation(FailedOperation),
    /// `InternalError`: Internal error.
    InternalError,
    /// A code of the `InvalidParameter` category, the bare code `InvalidParameter` included:
    /// see [`InvalidParameter`].
    InvalidParameter(InvalidParameter),
    /// A code of the `InvalidParameterValue` category, the bare code `InvalidParameterValue`
    /// included: see [`InvalidParameterValue`].
    InvalidParameterValue(InvalidParameterValue),
    /// A code of the `LimitExceeded` category: see [`LimitExceeded`].
    LimitExceeded(LimitExceeded),
    /// `RequestLimitExceeded`: The number of requests exceeds the frequency limit.
    RequestLimitExceeded,
    /// A code of the `ResourceInsufficient` category: see [`ResourceInsufficient`].
    ResourceInsufficient(ResourceInsufficient),
    /// A code of the `ResourcesSoldOut` category: see [`ResourcesSoldOut`].
    ResourcesSoldOut(ResourcesSoldOut),
    /// A code of the `UnauthorizedOperation` category: see [`UnauthorizedOperation`].
    UnauthorizedOperation(UnauthorizedOperation),
    /// A code of the `UnsupportedOperation` category: see [`UnsupportedOperation`].
    UnsupportedOperation(UnsupportedOperation),
    /// A code of a category the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl ErrorCode {
    /// Parses a wire code such as `FailedOperation.InvalidStatus`.
    pub fn from_wire(code: &str) -> ErrorCode {
        let category = code.split_once('.').map_or(code, |(category, _)| category);
        match category {
            "AuthFailure" => ErrorCode::AuthFailure(AuthFailure::from_wire(code)),
            "FailedOperation" => {
                ErrorCode::FailedOperation(FailedOperation::from_wire(code))
            }
            "InvalidParameter" => {
                ErrorCode::InvalidParameter(InvalidParameter::from_wire(code))
            }
            "InvalidParameterValue" => {
                ErrorCode::InvalidParameterValue(InvalidParameterValue::from_wire(code))
            }
            "LimitExceeded" => ErrorCode::LimitExceeded(LimitExceeded::from_wire(code)),
            "ResourceInsufficient" => {
                ErrorCode::ResourceInsufficient(ResourceInsufficient::from_wire(code))
            }
            "ResourcesSoldOut" => {
                ErrorCode::ResourcesSoldOut(ResourcesSoldOut::from_wire(code))
            }
            "UnauthorizedOperation" => {
                ErrorCode::UnauthorizedOperation(UnauthorizedOperation::from_wire(code))
            }
            "UnsupportedOperation" => {
                ErrorCode::UnsupportedOperation(UnsupportedOperation::from_wire(code))
            }
            _ => {
                match code {
                    "ActionOffline" => ErrorCode::ActionOffline,
                    "InternalError" => ErrorCode::InternalError,
                    "RequestLimitExceeded" => ErrorCode::RequestLimitExceeded,
                    _ => ErrorCode::Unknown(code.to_owned()),
                }
            }
        }
    }

    /// The exact wire code.
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::ActionOffline => "ActionOffline",
            ErrorCode::AuthFailure(code) => code.as_str(),
            ErrorCode::FailedOperation(code) => code.as_str(),
            ErrorCode::InternalError => "InternalError",
            ErrorCode::InvalidParameter(code) => code.as_str(),
            ErrorCode::InvalidParameterValue(code) => code.as_str(),
            ErrorCode::LimitExceeded(code) => code.as_str(),
            ErrorCode::RequestLimitExceeded => "RequestLimitExceeded",
            ErrorCode::ResourceInsufficient(code) => code.as_str(),
            ErrorCode::ResourcesSoldOut(code) => code.as_str(),
            ErrorCode::UnauthorizedOperation(code) => code.as_str(),
            ErrorCode::UnsupportedOperation(code) => code.as_str(),
            ErrorCode::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and the
    /// few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            ErrorCode::ActionOffline => Some("This API has been deprecated."),
            ErrorCode::AuthFailure(code) => code.description(),
            ErrorCode::FailedOperation(code) => code.description(),
            ErrorCode::InternalError => Some("Internal error."),
            ErrorCode::InvalidParameter(code) => code.description(),
            ErrorCode::InvalidParameterValue(code) => code.description(),
            ErrorCode::LimitExceeded(code) => code.description(),
            ErrorCode::RequestLimitExceeded => {
                Some("The number of requests exceeds the frequency limit.")
            }
            ErrorCode::ResourceInsufficient(code) => code.description(),
            ErrorCode::ResourcesSoldOut(code) => code.description(),
            ErrorCode::UnauthorizedOperation(code) => code.description(),
            ErrorCode::UnsupportedOperation(code) => code.description(),
            ErrorCode::Unknown(_) => None,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ErrorCode {
    type Err = std::convert::Infallible;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Ok(ErrorCode::from_wire(code))
    }
}

/// The error codes of the `AuthFailure` category, as in [`ErrorCode::AuthFailure`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthFailure {
    /// `AuthFailure.MFAFailure`: MFA failed.
    MfaFailure,
    /// `AuthFailure.SignatureFailure`: Signature error.
    SignatureFailure,
    /// A code `AuthFailure.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl AuthFailure {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "AuthFailure.MFAFailure" => AuthFailure::MfaFailure,
            "AuthFailure.SignatureFailure" => AuthFailure::SignatureFailure,
            _ => AuthFailure::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            AuthFailure::MfaFailure => "AuthFailure.MFAFailure",
            AuthFailure::SignatureFailure => "AuthFailure.SignatureFailure",
            AuthFailure::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            AuthFailure::MfaFailure => Some("MFA failed."),
            AuthFailure::SignatureFailure => Some("Signature error."),
            AuthFailure::Unknown(_) => None,
        }
    }
}

impl fmt::Display for AuthFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `FailedOperation` category, as in [`ErrorCode::FailedOperation`].
///
/// [`FailedOperation::General`] is the bare code `FailedOperation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailedOperation {
    /// `FailedOperation`: Operation failed.
    General,
    /// `FailedOperation.InvalidStatus`: The instance status does not allow this operation.
    InvalidStatus,
    /// A code `FailedOperation.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl FailedOperation {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "FailedOperation" => FailedOperation::General,
            "FailedOperation.InvalidStatus" => FailedOperation::InvalidStatus,
            _ => FailedOperation::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            FailedOperation::General => "FailedOperation",
            FailedOperation::InvalidStatus => "FailedOperation.InvalidStatus",
            FailedOperation::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            FailedOperation::General => Some("Operation failed."),
            FailedOperation::InvalidStatus => {
                Some("The instance status does not allow this operation.")
            }
            FailedOperation::Unknown(_) => None,
        }
    }
}

impl fmt::Display for FailedOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `InvalidParameter` category, as in
/// [`ErrorCode::InvalidParameter`].
///
/// [`InvalidParameter::General`] is the bare code `InvalidParameter`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvalidParameter {
    /// `InvalidParameter`: Incorrect parameter.
    General,
    /// `InvalidParameter.LBIdNotFound`: Incorrect CLB instance ID.
    LbIdNotFound,
    /// A code `InvalidParameter.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl InvalidParameter {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "InvalidParameter" => InvalidParameter::General,
            "InvalidParameter.LBIdNotFound" => InvalidParameter::LbIdNotFound,
            _ => InvalidParameter::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            InvalidParameter::General => "InvalidParameter",
            InvalidParameter::LbIdNotFound => "InvalidParameter.LBIdNotFound",
            InvalidParameter::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            InvalidParameter::General => Some("Incorrect parameter."),
            InvalidParameter::LbIdNotFound => Some("Incorrect CLB instance ID."),
            InvalidParameter::Unknown(_) => None,
        }
    }
}

impl fmt::Display for InvalidParameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `InvalidParameterValue` category, as in
/// [`ErrorCode::InvalidParameterValue`].
///
/// [`InvalidParameterValue::General`] is the bare code `InvalidParameterValue`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvalidParameterValue {
    /// `InvalidParameterValue`: Invalid parameter value.
    General,
    /// `InvalidParameterValue.InvalidFilter`: Invalid filter.
    InvalidFilter,
    /// `InvalidParameterValue.InvalidISPInNode`: The ISP is not available on the node.
    InvalidIspInNode,
    /// A code `InvalidParameterValue.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl InvalidParameterValue {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "InvalidParameterValue" => InvalidParameterValue::General,
            "InvalidParameterValue.InvalidFilter" => InvalidParameterValue::InvalidFilter,
            "InvalidParameterValue.InvalidISPInNode" => {
                InvalidParameterValue::InvalidIspInNode
            }
            _ => InvalidParameterValue::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            InvalidParameterValue::General => "InvalidParameterValue",
            InvalidParameterValue::InvalidFilter => "InvalidParameterValue.InvalidFilter",
            InvalidParameterValue::InvalidIspInNode => {
                "InvalidParameterValue.InvalidISPInNode"
            }
            InvalidParameterValue::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            InvalidParameterValue::General => Some("Invalid parameter value."),
            InvalidParameterValue::InvalidFilter => Some("Invalid filter."),
            InvalidParameterValue::InvalidIspInNode => {
                Some("The ISP is not available on the node.")
            }
            InvalidParameterValue::Unknown(_) => None,
        }
    }
}

impl fmt::Display for InvalidParameterValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `LimitExceeded` category, as in [`ErrorCode::LimitExceeded`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LimitExceeded {
    /// `LimitExceeded.VcpuLimitExceeded`: vCPU quota exceeded.
    VcpuLimitExceeded,
    /// A code `LimitExceeded.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl LimitExceeded {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "LimitExceeded.VcpuLimitExceeded" => LimitExceeded::VcpuLimitExceeded,
            _ => LimitExceeded::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            LimitExceeded::VcpuLimitExceeded => "LimitExceeded.VcpuLimitExceeded",
            LimitExceeded::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            LimitExceeded::VcpuLimitExceeded => Some("vCPU quota exceeded."),
            LimitExceeded::Unknown(_) => None,
        }
    }
}

impl fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `ResourceInsufficient` category, as in
/// [`ErrorCode::ResourceInsufficient`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceInsufficient {
    /// `ResourceInsufficient.InstanceQuotaNotEnough`: Insufficient instance quota.
    InstanceQuotaNotEnough,
    /// A code `ResourceInsufficient.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl ResourceInsufficient {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "ResourceInsufficient.InstanceQuotaNotEnough" => {
                ResourceInsufficient::InstanceQuotaNotEnough
            }
            _ => ResourceInsufficient::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            ResourceInsufficient::InstanceQuotaNotEnough => {
                "ResourceInsufficient.InstanceQuotaNotEnough"
            }
            ResourceInsufficient::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            ResourceInsufficient::InstanceQuotaNotEnough => {
                Some("Insufficient instance quota.")
            }
            ResourceInsufficient::Unknown(_) => None,
        }
    }
}

impl fmt::Display for ResourceInsufficient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `ResourcesSoldOut` category, as in
/// [`ErrorCode::ResourcesSoldOut`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourcesSoldOut {
    /// `ResourcesSoldOut.SpecifiedInstanceType` (the documentation gives no description).
    SpecifiedInstanceType,
    /// A code `ResourcesSoldOut.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl ResourcesSoldOut {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "ResourcesSoldOut.SpecifiedInstanceType" => {
                ResourcesSoldOut::SpecifiedInstanceType
            }
            _ => ResourcesSoldOut::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            ResourcesSoldOut::SpecifiedInstanceType => {
                "ResourcesSoldOut.SpecifiedInstanceType"
            }
            ResourcesSoldOut::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            ResourcesSoldOut::SpecifiedInstanceType => None,
            ResourcesSoldOut::Unknown(_) => None,
        }
    }
}

impl fmt::Display for ResourcesSoldOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `UnauthorizedOperation` category, as in
/// [`ErrorCode::UnauthorizedOperation`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnauthorizedOperation {
    /// `UnauthorizedOperation.MFAExpired`: MFA expired.
    MfaExpired,
    /// A code `UnauthorizedOperation.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl UnauthorizedOperation {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "UnauthorizedOperation.MFAExpired" => UnauthorizedOperation::MfaExpired,
            _ => UnauthorizedOperation::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            UnauthorizedOperation::MfaExpired => "UnauthorizedOperation.MFAExpired",
            UnauthorizedOperation::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            UnauthorizedOperation::MfaExpired => Some("MFA expired."),
            UnauthorizedOperation::Unknown(_) => None,
        }
    }
}

impl fmt::Display for UnauthorizedOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `UnsupportedOperation` category, as in
/// [`ErrorCode::UnsupportedOperation`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnsupportedOperation {
    /// `UnsupportedOperation.DelDefaultRoute`: The default route cannot be deleted.
    DelDefaultRoute,
    /// A code `UnsupportedOperation.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl UnsupportedOperation {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "UnsupportedOperation.DelDefaultRoute" => {
                UnsupportedOperation::DelDefaultRoute
            }
            _ => UnsupportedOperation::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            UnsupportedOperation::DelDefaultRoute => {
                "UnsupportedOperation.DelDefaultRoute"
            }
            UnsupportedOperation::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            UnsupportedOperation::DelDefaultRoute => {
                Some("The default route cannot be deleted.")
            }
            UnsupportedOperation::Unknown(_) => None,
        }
    }
}

impl fmt::Display for UnsupportedOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
