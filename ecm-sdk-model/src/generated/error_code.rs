// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The 202 documented error codes: [`ErrorCode`] and the enums of its 14 dotted categories.
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
    /// `DryRunOperation`: DryRun Operation. It means that the request would have succeeded, but
    /// the DryRun parameter was used.
    DryRunOperation,
    /// A code of the `FailedOperation` category, the bare code `FailedOperation` included: see
    /// [`FailedOperation`].
    FailedOperation(FailedOperation),
    /// `InternalError`: Internal error.
    InternalError,
    /// `InvalidAction`: The API does not exist.
    InvalidAction,
    /// A code of the `InvalidParameter` category, the bare code `InvalidParameter` included:
    /// see [`InvalidParameter`].
    InvalidParameter(InvalidParameter),
    /// A code of the `InvalidParameterValue` category, the bare code `InvalidParameterValue`
    /// included: see [`InvalidParameterValue`].
    InvalidParameterValue(InvalidParameterValue),
    /// `InvalidRequest`: The multipart format of the request body is incorrect.
    InvalidRequest,
    /// `IpInBlacklist`: Your IP is in uin IP blacklist.
    IpInBlacklist,
    /// `IpNotInWhitelist`: Your IP is not in uin IP whitelist.
    IpNotInWhitelist,
    /// A code of the `LimitExceeded` category, the bare code `LimitExceeded` included: see
    /// [`LimitExceeded`].
    LimitExceeded(LimitExceeded),
    /// A code of the `MissingParameter` category, the bare code `MissingParameter` included:
    /// see [`MissingParameter`].
    MissingParameter(MissingParameter),
    /// `NoSuchProduct`: The product does not exist.
    NoSuchProduct,
    /// `NoSuchVersion`: The API version does not exist.
    NoSuchVersion,
    /// A code of the `OperationDenied` category: see [`OperationDenied`].
    OperationDenied(OperationDenied),
    /// A code of the `RequestLimitExceeded` category, the bare code `RequestLimitExceeded`
    /// included: see [`RequestLimitExceeded`].
    RequestLimitExceeded(RequestLimitExceeded),
    /// `RequestSizeLimitExceeded`: The request size exceeds the upper limit.
    RequestSizeLimitExceeded,
    /// `ResourceInUse`: Resource is in use.
    ResourceInUse,
    /// A code of the `ResourceInsufficient` category, the bare code `ResourceInsufficient`
    /// included: see [`ResourceInsufficient`].
    ResourceInsufficient(ResourceInsufficient),
    /// A code of the `ResourceNotFound` category, the bare code `ResourceNotFound` included:
    /// see [`ResourceNotFound`].
    ResourceNotFound(ResourceNotFound),
    /// A code of the `ResourceUnavailable` category, the bare code `ResourceUnavailable`
    /// included: see [`ResourceUnavailable`].
    ResourceUnavailable(ResourceUnavailable),
    /// A code of the `ResourcesSoldOut` category: see [`ResourcesSoldOut`].
    ResourcesSoldOut(ResourcesSoldOut),
    /// `ResponseSizeLimitExceeded`: The response size exceeds the upper limit.
    ResponseSizeLimitExceeded,
    /// `ServiceUnavailable`: Service is unavailable now.
    ServiceUnavailable,
    /// A code of the `UnauthorizedOperation` category, the bare code `UnauthorizedOperation`
    /// included: see [`UnauthorizedOperation`].
    UnauthorizedOperation(UnauthorizedOperation),
    /// `UnknownParameter`: Unknown parameter.
    UnknownParameter,
    /// A code of the `UnsupportedOperation` category, the bare code `UnsupportedOperation`
    /// included: see [`UnsupportedOperation`].
    UnsupportedOperation(UnsupportedOperation),
    /// `UnsupportedProtocol`: HTTP(S) request protocol error; only GET and POST requests are
    /// supported.
    UnsupportedProtocol,
    /// `UnsupportedRegion`: API does not support the requested region.
    UnsupportedRegion,
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
            "MissingParameter" => {
                ErrorCode::MissingParameter(MissingParameter::from_wire(code))
            }
            "OperationDenied" => {
                ErrorCode::OperationDenied(OperationDenied::from_wire(code))
            }
            "RequestLimitExceeded" => {
                ErrorCode::RequestLimitExceeded(RequestLimitExceeded::from_wire(code))
            }
            "ResourceInsufficient" => {
                ErrorCode::ResourceInsufficient(ResourceInsufficient::from_wire(code))
            }
            "ResourceNotFound" => {
                ErrorCode::ResourceNotFound(ResourceNotFound::from_wire(code))
            }
            "ResourceUnavailable" => {
                ErrorCode::ResourceUnavailable(ResourceUnavailable::from_wire(code))
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
                    "DryRunOperation" => ErrorCode::DryRunOperation,
                    "InternalError" => ErrorCode::InternalError,
                    "InvalidAction" => ErrorCode::InvalidAction,
                    "InvalidRequest" => ErrorCode::InvalidRequest,
                    "IpInBlacklist" => ErrorCode::IpInBlacklist,
                    "IpNotInWhitelist" => ErrorCode::IpNotInWhitelist,
                    "NoSuchProduct" => ErrorCode::NoSuchProduct,
                    "NoSuchVersion" => ErrorCode::NoSuchVersion,
                    "RequestSizeLimitExceeded" => ErrorCode::RequestSizeLimitExceeded,
                    "ResourceInUse" => ErrorCode::ResourceInUse,
                    "ResponseSizeLimitExceeded" => ErrorCode::ResponseSizeLimitExceeded,
                    "ServiceUnavailable" => ErrorCode::ServiceUnavailable,
                    "UnknownParameter" => ErrorCode::UnknownParameter,
                    "UnsupportedProtocol" => ErrorCode::UnsupportedProtocol,
                    "UnsupportedRegion" => ErrorCode::UnsupportedRegion,
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
            ErrorCode::DryRunOperation => "DryRunOperation",
            ErrorCode::FailedOperation(code) => code.as_str(),
            ErrorCode::InternalError => "InternalError",
            ErrorCode::InvalidAction => "InvalidAction",
            ErrorCode::InvalidParameter(code) => code.as_str(),
            ErrorCode::InvalidParameterValue(code) => code.as_str(),
            ErrorCode::InvalidRequest => "InvalidRequest",
            ErrorCode::IpInBlacklist => "IpInBlacklist",
            ErrorCode::IpNotInWhitelist => "IpNotInWhitelist",
            ErrorCode::LimitExceeded(code) => code.as_str(),
            ErrorCode::MissingParameter(code) => code.as_str(),
            ErrorCode::NoSuchProduct => "NoSuchProduct",
            ErrorCode::NoSuchVersion => "NoSuchVersion",
            ErrorCode::OperationDenied(code) => code.as_str(),
            ErrorCode::RequestLimitExceeded(code) => code.as_str(),
            ErrorCode::RequestSizeLimitExceeded => "RequestSizeLimitExceeded",
            ErrorCode::ResourceInUse => "ResourceInUse",
            ErrorCode::ResourceInsufficient(code) => code.as_str(),
            ErrorCode::ResourceNotFound(code) => code.as_str(),
            ErrorCode::ResourceUnavailable(code) => code.as_str(),
            ErrorCode::ResourcesSoldOut(code) => code.as_str(),
            ErrorCode::ResponseSizeLimitExceeded => "ResponseSizeLimitExceeded",
            ErrorCode::ServiceUnavailable => "ServiceUnavailable",
            ErrorCode::UnauthorizedOperation(code) => code.as_str(),
            ErrorCode::UnknownParameter => "UnknownParameter",
            ErrorCode::UnsupportedOperation(code) => code.as_str(),
            ErrorCode::UnsupportedProtocol => "UnsupportedProtocol",
            ErrorCode::UnsupportedRegion => "UnsupportedRegion",
            ErrorCode::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and the
    /// few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            ErrorCode::ActionOffline => Some("This API has been deprecated."),
            ErrorCode::AuthFailure(code) => code.description(),
            ErrorCode::DryRunOperation => {
                Some(
                    "DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.",
                )
            }
            ErrorCode::FailedOperation(code) => code.description(),
            ErrorCode::InternalError => Some("Internal error."),
            ErrorCode::InvalidAction => Some("The API does not exist."),
            ErrorCode::InvalidParameter(code) => code.description(),
            ErrorCode::InvalidParameterValue(code) => code.description(),
            ErrorCode::InvalidRequest => {
                Some("The multipart format of the request body is incorrect.")
            }
            ErrorCode::IpInBlacklist => Some("Your IP is in uin IP blacklist."),
            ErrorCode::IpNotInWhitelist => Some("Your IP is not in uin IP whitelist."),
            ErrorCode::LimitExceeded(code) => code.description(),
            ErrorCode::MissingParameter(code) => code.description(),
            ErrorCode::NoSuchProduct => Some("The product does not exist."),
            ErrorCode::NoSuchVersion => Some("The API version does not exist."),
            ErrorCode::OperationDenied(code) => code.description(),
            ErrorCode::RequestLimitExceeded(code) => code.description(),
            ErrorCode::RequestSizeLimitExceeded => {
                Some("The request size exceeds the upper limit.")
            }
            ErrorCode::ResourceInUse => Some("Resource is in use."),
            ErrorCode::ResourceInsufficient(code) => code.description(),
            ErrorCode::ResourceNotFound(code) => code.description(),
            ErrorCode::ResourceUnavailable(code) => code.description(),
            ErrorCode::ResourcesSoldOut(code) => code.description(),
            ErrorCode::ResponseSizeLimitExceeded => {
                Some("The response size exceeds the upper limit.")
            }
            ErrorCode::ServiceUnavailable => Some("Service is unavailable now."),
            ErrorCode::UnauthorizedOperation(code) => code.description(),
            ErrorCode::UnknownParameter => Some("Unknown parameter."),
            ErrorCode::UnsupportedOperation(code) => code.description(),
            ErrorCode::UnsupportedProtocol => {
                Some(
                    "HTTP(S) request protocol error; only GET and POST requests are supported.",
                )
            }
            ErrorCode::UnsupportedRegion => {
                Some("API does not support the requested region.")
            }
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
    /// `AuthFailure.InvalidAuthorization`: Authorization in the request header is invalid.
    InvalidAuthorization,
    /// `AuthFailure.InvalidSecretId`: Invalid key (not a TencentCloud API key type).
    InvalidSecretId,
    /// `AuthFailure.MFAFailure`: MFA failed.
    MfaFailure,
    /// `AuthFailure.SecretIdNotFound`: Key does not exist. Check if the key has been deleted or
    /// disabled in the console, and if not, check if the key is correctly entered. Note that
    /// whitespaces should not exist before or after the key.
    SecretIdNotFound,
    /// `AuthFailure.SignatureExpire`: Signature expired. Timestamp and server time cannot
    /// differ by more than five minutes. Please ensure your current local time matches the
    /// standard time.
    SignatureExpire,
    /// `AuthFailure.SignatureFailure`: Invalid signature. Signature calculation error. Please
    /// ensure you’ve followed the signature calculation process described in the Signature
    /// API documentation.
    SignatureFailure,
    /// `AuthFailure.TokenFailure`: Token error.
    TokenFailure,
    /// `AuthFailure.UnauthorizedOperation`: The request is not authorized. For more
    /// information, see the CAM documentation.
    UnauthorizedOperation,
    /// A code `AuthFailure.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl AuthFailure {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "AuthFailure.InvalidAuthorization" => AuthFailure::InvalidAuthorization,
            "AuthFailure.InvalidSecretId" => AuthFailure::InvalidSecretId,
            "AuthFailure.MFAFailure" => AuthFailure::MfaFailure,
            "AuthFailure.SecretIdNotFound" => AuthFailure::SecretIdNotFound,
            "AuthFailure.SignatureExpire" => AuthFailure::SignatureExpire,
            "AuthFailure.SignatureFailure" => AuthFailure::SignatureFailure,
            "AuthFailure.TokenFailure" => AuthFailure::TokenFailure,
            "AuthFailure.UnauthorizedOperation" => AuthFailure::UnauthorizedOperation,
            _ => AuthFailure::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            AuthFailure::InvalidAuthorization => "AuthFailure.InvalidAuthorization",
            AuthFailure::InvalidSecretId => "AuthFailure.InvalidSecretId",
            AuthFailure::MfaFailure => "AuthFailure.MFAFailure",
            AuthFailure::SecretIdNotFound => "AuthFailure.SecretIdNotFound",
            AuthFailure::SignatureExpire => "AuthFailure.SignatureExpire",
            AuthFailure::SignatureFailure => "AuthFailure.SignatureFailure",
            AuthFailure::TokenFailure => "AuthFailure.TokenFailure",
            AuthFailure::UnauthorizedOperation => "AuthFailure.UnauthorizedOperation",
            AuthFailure::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            AuthFailure::InvalidAuthorization => {
                Some("Authorization in the request header is invalid.")
            }
            AuthFailure::InvalidSecretId => {
                Some("Invalid key (not a TencentCloud API key type).")
            }
            AuthFailure::MfaFailure => Some("MFA failed."),
            AuthFailure::SecretIdNotFound => {
                Some(
                    "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.",
                )
            }
            AuthFailure::SignatureExpire => {
                Some(
                    "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.",
                )
            }
            AuthFailure::SignatureFailure => {
                Some(
                    "Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation process described in the Signature API documentation.",
                )
            }
            AuthFailure::TokenFailure => Some("Token error."),
            AuthFailure::UnauthorizedOperation => {
                Some(
                    "The request is not authorized. For more information, see the CAM documentation.",
                )
            }
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
    /// `FailedOperation.BlockBalance`: Insufficient balance.
    BlockBalance,
    /// `FailedOperation.DataOperationFailed`: Data operation failed.
    DataOperationFailed,
    /// `FailedOperation.ImageInUse`: The image is in use.
    ImageInUse,
    /// `FailedOperation.InstanceInModule`: An instance already exists under the module.
    InstanceInModule,
    /// `FailedOperation.InstanceNotAllStopped`: Not all instances are shut down.
    InstanceNotAllStopped,
    /// `FailedOperation.InstanceOwnerCheckFailed`: The instance does not belong to the current
    /// module.
    InstanceOwnerCheckFailed,
    /// `FailedOperation.InternalOperationFailure`: Internal error.
    InternalOperationFailure,
    /// `FailedOperation.InvalidStatus`: This operation cannot be performed in the current
    /// status.
    InvalidStatus,
    /// `FailedOperation.OperationConflict`: The current operation cannot be performed as
    /// another operation is being performed.
    OperationConflict,
    /// `FailedOperation.OperationNotAllow`: The current operation is not allowed.
    OperationNotAllow,
    /// `FailedOperation.PrivateIpAddressBinded`: The private IP has been bound to an EIP.
    PrivateIpAddressBinded,
    /// `FailedOperation.PrivateIpAddressUnavailable`: The private IP is unavailable.
    PrivateIpAddressUnavailable,
    /// A code `FailedOperation.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl FailedOperation {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "FailedOperation" => FailedOperation::General,
            "FailedOperation.BlockBalance" => FailedOperation::BlockBalance,
            "FailedOperation.DataOperationFailed" => FailedOperation::DataOperationFailed,
            "FailedOperation.ImageInUse" => FailedOperation::ImageInUse,
            "FailedOperation.InstanceInModule" => FailedOperation::InstanceInModule,
            "FailedOperation.InstanceNotAllStopped" => {
                FailedOperation::InstanceNotAllStopped
            }
            "FailedOperation.InstanceOwnerCheckFailed" => {
                FailedOperation::InstanceOwnerCheckFailed
            }
            "FailedOperation.InternalOperationFailure" => {
                FailedOperation::InternalOperationFailure
            }
            "FailedOperation.InvalidStatus" => FailedOperation::InvalidStatus,
            "FailedOperation.OperationConflict" => FailedOperation::OperationConflict,
            "FailedOperation.OperationNotAllow" => FailedOperation::OperationNotAllow,
            "FailedOperation.PrivateIpAddressBinded" => {
                FailedOperation::PrivateIpAddressBinded
            }
            "FailedOperation.PrivateIpAddressUnavailable" => {
                FailedOperation::PrivateIpAddressUnavailable
            }
            _ => FailedOperation::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            FailedOperation::General => "FailedOperation",
            FailedOperation::BlockBalance => "FailedOperation.BlockBalance",
            FailedOperation::DataOperationFailed => "FailedOperation.DataOperationFailed",
            FailedOperation::ImageInUse => "FailedOperation.ImageInUse",
            FailedOperation::InstanceInModule => "FailedOperation.InstanceInModule",
            FailedOperation::InstanceNotAllStopped => {
                "FailedOperation.InstanceNotAllStopped"
            }
            FailedOperation::InstanceOwnerCheckFailed => {
                "FailedOperation.InstanceOwnerCheckFailed"
            }
            FailedOperation::InternalOperationFailure => {
                "FailedOperation.InternalOperationFailure"
            }
            FailedOperation::InvalidStatus => "FailedOperation.InvalidStatus",
            FailedOperation::OperationConflict => "FailedOperation.OperationConflict",
            FailedOperation::OperationNotAllow => "FailedOperation.OperationNotAllow",
            FailedOperation::PrivateIpAddressBinded => {
                "FailedOperation.PrivateIpAddressBinded"
            }
            FailedOperation::PrivateIpAddressUnavailable => {
                "FailedOperation.PrivateIpAddressUnavailable"
            }
            FailedOperation::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            FailedOperation::General => Some("Operation failed."),
            FailedOperation::BlockBalance => Some("Insufficient balance."),
            FailedOperation::DataOperationFailed => Some("Data operation failed."),
            FailedOperation::ImageInUse => Some("The image is in use."),
            FailedOperation::InstanceInModule => {
                Some("An instance already exists under the module.")
            }
            FailedOperation::InstanceNotAllStopped => {
                Some("Not all instances are shut down.")
            }
            FailedOperation::InstanceOwnerCheckFailed => {
                Some("The instance does not belong to the current module.")
            }
            FailedOperation::InternalOperationFailure => Some("Internal error."),
            FailedOperation::InvalidStatus => {
                Some("This operation cannot be performed in the current status.")
            }
            FailedOperation::OperationConflict => {
                Some(
                    "The current operation cannot be performed as another operation is being performed.",
                )
            }
            FailedOperation::OperationNotAllow => {
                Some("The current operation is not allowed.")
            }
            FailedOperation::PrivateIpAddressBinded => {
                Some("The private IP has been bound to an EIP.")
            }
            FailedOperation::PrivateIpAddressUnavailable => {
                Some("The private IP is unavailable.")
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
    /// `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
    Coexist,
    /// `InvalidParameter.FormatError`: The parameter format is incorrect.
    FormatError,
    /// `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
    InvalidDataFormat,
    /// `InvalidParameter.InvalidParameterConflict`: The two specified parameters conflict. An
    /// EIP can only be bound to an instance or the specified private IP of the specified ENI.
    InvalidParameterConflict,
    /// `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
    LbIdNotFound,
    /// `InvalidParameter.ListenerIdNotFound`: The listener ID is incorrect.
    ListenerIdNotFound,
    /// `InvalidParameter.LocationNotFound`: No eligible forwarding rules were found.
    LocationNotFound,
    /// `InvalidParameter.ParameterConflict`: Only KeepImageLogin, Password, or KeyIds can be
    /// used at a time.
    ParameterConflict,
    /// `InvalidParameter.PortCheckFailed`: Listener port check failed due to a port conflict.
    PortCheckFailed,
    /// `InvalidParameter.ProtocolCheckFailed`: Listener protocol check failed, because this
    /// operation is not supported by the protocol.
    ProtocolCheckFailed,
    /// `InvalidParameter.RegionNotFound`: The region is invalid.
    RegionNotFound,
    /// A code `InvalidParameter.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl InvalidParameter {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "InvalidParameter" => InvalidParameter::General,
            "InvalidParameter.Coexist" => InvalidParameter::Coexist,
            "InvalidParameter.FormatError" => InvalidParameter::FormatError,
            "InvalidParameter.InvalidDataFormat" => InvalidParameter::InvalidDataFormat,
            "InvalidParameter.InvalidParameterConflict" => {
                InvalidParameter::InvalidParameterConflict
            }
            "InvalidParameter.LBIdNotFound" => InvalidParameter::LbIdNotFound,
            "InvalidParameter.ListenerIdNotFound" => InvalidParameter::ListenerIdNotFound,
            "InvalidParameter.LocationNotFound" => InvalidParameter::LocationNotFound,
            "InvalidParameter.ParameterConflict" => InvalidParameter::ParameterConflict,
            "InvalidParameter.PortCheckFailed" => InvalidParameter::PortCheckFailed,
            "InvalidParameter.ProtocolCheckFailed" => {
                InvalidParameter::ProtocolCheckFailed
            }
            "InvalidParameter.RegionNotFound" => InvalidParameter::RegionNotFound,
            _ => InvalidParameter::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            InvalidParameter::General => "InvalidParameter",
            InvalidParameter::Coexist => "InvalidParameter.Coexist",
            InvalidParameter::FormatError => "InvalidParameter.FormatError",
            InvalidParameter::InvalidDataFormat => "InvalidParameter.InvalidDataFormat",
            InvalidParameter::InvalidParameterConflict => {
                "InvalidParameter.InvalidParameterConflict"
            }
            InvalidParameter::LbIdNotFound => "InvalidParameter.LBIdNotFound",
            InvalidParameter::ListenerIdNotFound => "InvalidParameter.ListenerIdNotFound",
            InvalidParameter::LocationNotFound => "InvalidParameter.LocationNotFound",
            InvalidParameter::ParameterConflict => "InvalidParameter.ParameterConflict",
            InvalidParameter::PortCheckFailed => "InvalidParameter.PortCheckFailed",
            InvalidParameter::ProtocolCheckFailed => {
                "InvalidParameter.ProtocolCheckFailed"
            }
            InvalidParameter::RegionNotFound => "InvalidParameter.RegionNotFound",
            InvalidParameter::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            InvalidParameter::General => Some("Incorrect parameter."),
            InvalidParameter::Coexist => {
                Some("The parameters cannot be specified at the same time.")
            }
            InvalidParameter::FormatError => Some("The parameter format is incorrect."),
            InvalidParameter::InvalidDataFormat => Some("The data format is incorrect."),
            InvalidParameter::InvalidParameterConflict => {
                Some(
                    "The two specified parameters conflict. An EIP can only be bound to an instance or the specified private IP of the specified ENI.",
                )
            }
            InvalidParameter::LbIdNotFound => Some("The CLB instance ID is incorrect."),
            InvalidParameter::ListenerIdNotFound => Some("The listener ID is incorrect."),
            InvalidParameter::LocationNotFound => {
                Some("No eligible forwarding rules were found.")
            }
            InvalidParameter::ParameterConflict => {
                Some("Only KeepImageLogin, Password, or KeyIds can be used at a time.")
            }
            InvalidParameter::PortCheckFailed => {
                Some("Listener port check failed due to a port conflict.")
            }
            InvalidParameter::ProtocolCheckFailed => {
                Some(
                    "Listener protocol check failed, because this operation is not supported by the protocol.",
                )
            }
            InvalidParameter::RegionNotFound => Some("The region is invalid."),
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
    /// `InvalidParameterValue.AddressQuotaLimitExceeded`: The number applied for exceeds the
    /// limit.
    AddressQuotaLimitExceeded,
    /// `InvalidParameterValue.BandwidthOutOfRange`: The bandwidth exceeds the limit.
    BandwidthOutOfRange,
    /// `InvalidParameterValue.CidrNotInPeerVpc`: The destination IP range is not within the
    /// CIDR range of the customer VPC.
    CidrNotInPeerVpc,
    /// `InvalidParameterValue.Duplicate`: The data is duplicate.
    Duplicate,
    /// `InvalidParameterValue.FilterLimitExceeded`: The value of the Filter parameter exceeds
    /// the limit.
    FilterLimitExceeded,
    /// `InvalidParameterValue.ImageDuplicate`: An image has already been imported.
    ImageDuplicate,
    /// `InvalidParameterValue.ImageNameDuplicate`: The image name is duplicate.
    ImageNameDuplicate,
    /// `InvalidParameterValue.ImageSizeLargeThanSysDiskSize`: The image size is greater than
    /// the system disk size.
    ImageSizeLargeThanSysDiskSize,
    /// `InvalidParameterValue.InstanceConfigNotMatch`: The instance configuration does not
    /// match.
    InstanceConfigNotMatch,
    /// `InvalidParameterValue.InstanceIdNotSupported`: The instance does not support the
    /// current operation.
    InstanceIdNotSupported,
    /// `InvalidParameterValue.InstanceNameTooLong`: The instance name length exceeds the limit.
    InstanceNameTooLong,
    /// `InvalidParameterValue.InstanceTypeNotMatchPid`: The instance model and pid do not
    /// match.
    InstanceTypeNotMatchPid,
    /// `InvalidParameterValue.InvaildAddressId`: The EIP is invalid.
    InvaildAddressId,
    /// `InvalidParameterValue.InvaildDescribeInstance`: Your input is incorrect, or you have no
    /// permission for the operation.
    InvaildDescribeInstance,
    /// `InvalidParameterValue.InvaildEniID`: The ENI ID is invalid.
    InvaildEniId,
    /// `InvalidParameterValue.InvaildHostName`: HostName is invalid.
    InvaildHostName,
    /// `InvalidParameterValue.InvaildModifyParam`: The parameter is incorrect.
    InvaildModifyParam,
    /// `InvalidParameterValue.InvaildModuleNum`: The number of modules is invalid.
    InvaildModuleNum,
    /// `InvalidParameterValue.InvaildPageParam`: The pagination parameter is invalid.
    InvaildPageParam,
    /// `InvalidParameterValue.InvaildPassword`: The password is invalid.
    InvaildPassword,
    /// `InvalidParameterValue.InvalidAddressCount`: When you bind an ENI synchronously, you can
    /// apply for only one EIP at a time.
    InvalidAddressCount,
    /// `InvalidParameterValue.InvalidBandwidth`: The bandwidth size is invalid.
    InvalidBandwidth,
    /// `InvalidParameterValue.InvalidBandwidthIn`: The inbound bandwidth size exceeds the
    /// limit.
    InvalidBandwidthIn,
    /// `InvalidParameterValue.InvalidBandwidthInAndOut`: The inbound and outbound bandwidth
    /// must be the same.
    InvalidBandwidthInAndOut,
    /// `InvalidParameterValue.InvalidBillingType`: The selected billing mode is not supported.
    InvalidBillingType,
    /// `InvalidParameterValue.InvalidDataDiskNum`: The number of data disks is invalid.
    InvalidDataDiskNum,
    /// `InvalidParameterValue.InvalidDataDiskSize`: The data disk size is invalid.
    InvalidDataDiskSize,
    /// `InvalidParameterValue.InvalidDataDiskType`: The data disk type is invalid.
    InvalidDataDiskType,
    /// `InvalidParameterValue.InvalidEIPDirectService`: Windows images do not support IP direct
    /// access.
    InvalidEipDirectService,
    /// `InvalidParameterValue.InvalidEcmRegion`: The region parameter is invalid.
    InvalidEcmRegion,
    /// `InvalidParameterValue.InvalidFilter`: The filter is invalid.
    InvalidFilter,
    /// `InvalidParameterValue.InvalidISPInNode`: The ISP is invalid.
    InvalidIspInNode,
    /// `InvalidParameterValue.InvalidImageArchitecture`: Models with a memory of 4 GB or above
    /// do not support 32-bit OS images.
    InvalidImageArchitecture,
    /// `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
    InvalidImageId,
    /// `InvalidParameterValue.InvalidInstanceChargeType`: The billing mode of the instance is
    /// invalid.
    InvalidInstanceChargeType,
    /// `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
    InvalidInstanceId,
    /// `InvalidParameterValue.InvalidInstanceType`: The configuration of a High-IO model cannot
    /// be adjusted.
    InvalidInstanceType,
    /// `InvalidParameterValue.InvalidInstanceTypeConfigID`: The model ID is invalid.
    InvalidInstanceTypeConfigId,
    /// `InvalidParameterValue.InvalidInternetChargeType`: The billing mode is invalid.
    InvalidInternetChargeType,
    /// `InvalidParameterValue.InvalidKeyPairId`: Invalid key ID.
    InvalidKeyPairId,
    /// `InvalidParameterValue.InvalidKeyPairName`: Invalid key name.
    InvalidKeyPairName,
    /// `InvalidParameterValue.InvalidLoadBalancerNum`: The number of CLB instances is invalid.
    InvalidLoadBalancerNum,
    /// `InvalidParameterValue.InvalidLoadBalancerType`: The CLB instance type is invalid.
    InvalidLoadBalancerType,
    /// `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
    InvalidModuleId,
    /// `InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID`: The ModuleId and
    /// InstanceType parameters cannot be both empty.
    InvalidModuleIdAndInstanceTypeConfigId,
    /// `InvalidParameterValue.InvalidModuleIDAndInstanceTypeID`: The ModuleId and InstanceType
    /// parameters cannot be both empty.
    InvalidModuleIdAndInstanceTypeId,
    /// `InvalidParameterValue.InvalidModuleName`: The module names conflict.
    InvalidModuleName,
    /// `InvalidParameterValue.InvalidOrderByField`: The sort field is invalid.
    InvalidOrderByField,
    /// `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
    InvalidPublicParam,
    /// `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
    InvalidRegion,
    /// `InvalidParameterValue.InvalidSecurityGroupID`: The security group ID is invalid.
    InvalidSecurityGroupId,
    /// `InvalidParameterValue.InvalidSnapshot`: InvalidParameterValue.InvalidSnapshot
    InvalidSnapshot,
    /// `InvalidParameterValue.InvalidSnapshotId`: InvalidParameterValue.InvalidSnapshotId
    InvalidSnapshotId,
    /// `InvalidParameterValue.InvalidSubnetInZone`: The node does not exist in this subnet.
    InvalidSubnetInZone,
    /// `InvalidParameterValue.InvalidSystemDiskSize`: The system disk size is invalid.
    InvalidSystemDiskSize,
    /// `InvalidParameterValue.InvalidSystemDiskType`: The system disk type is invalid.
    InvalidSystemDiskType,
    /// `InvalidParameterValue.InvalidTime`: The time is invalid.
    InvalidTime,
    /// `InvalidParameterValue.InvalidZone`: The zone is invalid.
    InvalidZone,
    /// `InvalidParameterValue.InvalidZoneInstanceCount`: The city or quantity is invalid.
    InvalidZoneInstanceCount,
    /// `InvalidParameterValue.InvalidZoneInstanceType`: This model is not supported in the AZ.
    InvalidZoneInstanceType,
    /// `InvalidParameterValue.Length`: The parameter length is incorrect.
    Length,
    /// `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
    LimitExceeded,
    /// `InvalidParameterValue.Malformed`: The input parameter format is invalid.
    Malformed,
    /// `InvalidParameterValue.ModuleNotAllowChange`: The default configuration of an ECM module
    /// associated with instances cannot be modified.
    ModuleNotAllowChange,
    /// `InvalidParameterValue.NodeNotSupportIPv6`: The node does not support IPv6.
    NodeNotSupportIpv6,
    /// `InvalidParameterValue.ObjectNotCurrentSubnet`: The object is not in the current subnet.
    ObjectNotCurrentSubnet,
    /// `InvalidParameterValue.ObjectVpcNotCurrentVpc`: The specified object is not the current
    /// VPC.
    ObjectVpcNotCurrentVpc,
    /// `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
    ParameterValueTooLarge,
    /// `InvalidParameterValue.Range`: The parameter value is not in the specified range.
    Range,
    /// `InvalidParameterValue.Reserved`: The parameter value is an object retained by the
    /// system.
    Reserved,
    /// `InvalidParameterValue.SubnetConflict`: The specified CIDR block conflicts with another
    /// subnet in the same VPC.
    SubnetConflict,
    /// `InvalidParameterValue.SubnetNotExist` (the documentation gives no description).
    SubnetNotExist,
    /// `InvalidParameterValue.SubnetRange`: The subnet IP range is invalid.
    SubnetRange,
    /// `InvalidParameterValue.TagNumOutOfRange`: The number of tags exceeds the limit.
    TagNumOutOfRange,
    /// `InvalidParameterValue.TaskNotFound`: The task was not found.
    TaskNotFound,
    /// `InvalidParameterValue.TerminateTimeSmaller`: The scheduled termination time is before
    /// the current time.
    TerminateTimeSmaller,
    /// `InvalidParameterValue.TooLong`: The parameter value is too long.
    TooLong,
    /// `InvalidParameterValue.UnmatchedBillingType`: The model does not support the selected
    /// billing mode.
    UnmatchedBillingType,
    /// `InvalidParameterValue.UnsupportedRegion`: The region is not supported.
    UnsupportedRegion,
    /// `InvalidParameterValue.UserNotSupportIPv6`: IPv6 is not supported.
    UserNotSupportIpv6,
    /// `InvalidParameterValue.VpcCidrConflict`: The destination IP range conflicts with the
    /// CIDR block of the current VPC.
    VpcCidrConflict,
    /// A code `InvalidParameterValue.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl InvalidParameterValue {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "InvalidParameterValue" => InvalidParameterValue::General,
            "InvalidParameterValue.AddressQuotaLimitExceeded" => {
                InvalidParameterValue::AddressQuotaLimitExceeded
            }
            "InvalidParameterValue.BandwidthOutOfRange" => {
                InvalidParameterValue::BandwidthOutOfRange
            }
            "InvalidParameterValue.CidrNotInPeerVpc" => {
                InvalidParameterValue::CidrNotInPeerVpc
            }
            "InvalidParameterValue.Duplicate" => InvalidParameterValue::Duplicate,
            "InvalidParameterValue.FilterLimitExceeded" => {
                InvalidParameterValue::FilterLimitExceeded
            }
            "InvalidParameterValue.ImageDuplicate" => {
                InvalidParameterValue::ImageDuplicate
            }
            "InvalidParameterValue.ImageNameDuplicate" => {
                InvalidParameterValue::ImageNameDuplicate
            }
            "InvalidParameterValue.ImageSizeLargeThanSysDiskSize" => {
                InvalidParameterValue::ImageSizeLargeThanSysDiskSize
            }
            "InvalidParameterValue.InstanceConfigNotMatch" => {
                InvalidParameterValue::InstanceConfigNotMatch
            }
            "InvalidParameterValue.InstanceIdNotSupported" => {
                InvalidParameterValue::InstanceIdNotSupported
            }
            "InvalidParameterValue.InstanceNameTooLong" => {
                InvalidParameterValue::InstanceNameTooLong
            }
            "InvalidParameterValue.InstanceTypeNotMatchPid" => {
                InvalidParameterValue::InstanceTypeNotMatchPid
            }
            "InvalidParameterValue.InvaildAddressId" => {
                InvalidParameterValue::InvaildAddressId
            }
            "InvalidParameterValue.InvaildDescribeInstance" => {
                InvalidParameterValue::InvaildDescribeInstance
            }
            "InvalidParameterValue.InvaildEniID" => InvalidParameterValue::InvaildEniId,
            "InvalidParameterValue.InvaildHostName" => {
                InvalidParameterValue::InvaildHostName
            }
            "InvalidParameterValue.InvaildModifyParam" => {
                InvalidParameterValue::InvaildModifyParam
            }
            "InvalidParameterValue.InvaildModuleNum" => {
                InvalidParameterValue::InvaildModuleNum
            }
            "InvalidParameterValue.InvaildPageParam" => {
                InvalidParameterValue::InvaildPageParam
            }
            "InvalidParameterValue.InvaildPassword" => {
                InvalidParameterValue::InvaildPassword
            }
            "InvalidParameterValue.InvalidAddressCount" => {
                InvalidParameterValue::InvalidAddressCount
            }
            "InvalidParameterValue.InvalidBandwidth" => {
                InvalidParameterValue::InvalidBandwidth
            }
            "InvalidParameterValue.InvalidBandwidthIn" => {
                InvalidParameterValue::InvalidBandwidthIn
            }
            "InvalidParameterValue.InvalidBandwidthInAndOut" => {
                InvalidParameterValue::InvalidBandwidthInAndOut
            }
            "InvalidParameterValue.InvalidBillingType" => {
                InvalidParameterValue::InvalidBillingType
            }
            "InvalidParameterValue.InvalidDataDiskNum" => {
                InvalidParameterValue::InvalidDataDiskNum
            }
            "InvalidParameterValue.InvalidDataDiskSize" => {
                InvalidParameterValue::InvalidDataDiskSize
            }
            "InvalidParameterValue.InvalidDataDiskType" => {
                InvalidParameterValue::InvalidDataDiskType
            }
            "InvalidParameterValue.InvalidEIPDirectService" => {
                InvalidParameterValue::InvalidEipDirectService
            }
            "InvalidParameterValue.InvalidEcmRegion" => {
                InvalidParameterValue::InvalidEcmRegion
            }
            "InvalidParameterValue.InvalidFilter" => InvalidParameterValue::InvalidFilter,
            "InvalidParameterValue.InvalidISPInNode" => {
                InvalidParameterValue::InvalidIspInNode
            }
            "InvalidParameterValue.InvalidImageArchitecture" => {
                InvalidParameterValue::InvalidImageArchitecture
            }
            "InvalidParameterValue.InvalidImageID" => {
                InvalidParameterValue::InvalidImageId
            }
            "InvalidParameterValue.InvalidInstanceChargeType" => {
                InvalidParameterValue::InvalidInstanceChargeType
            }
            "InvalidParameterValue.InvalidInstanceID" => {
                InvalidParameterValue::InvalidInstanceId
            }
            "InvalidParameterValue.InvalidInstanceType" => {
                InvalidParameterValue::InvalidInstanceType
            }
            "InvalidParameterValue.InvalidInstanceTypeConfigID" => {
                InvalidParameterValue::InvalidInstanceTypeConfigId
            }
            "InvalidParameterValue.InvalidInternetChargeType" => {
                InvalidParameterValue::InvalidInternetChargeType
            }
            "InvalidParameterValue.InvalidKeyPairId" => {
                InvalidParameterValue::InvalidKeyPairId
            }
            "InvalidParameterValue.InvalidKeyPairName" => {
                InvalidParameterValue::InvalidKeyPairName
            }
            "InvalidParameterValue.InvalidLoadBalancerNum" => {
                InvalidParameterValue::InvalidLoadBalancerNum
            }
            "InvalidParameterValue.InvalidLoadBalancerType" => {
                InvalidParameterValue::InvalidLoadBalancerType
            }
            "InvalidParameterValue.InvalidModuleID" => {
                InvalidParameterValue::InvalidModuleId
            }
            "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID" => {
                InvalidParameterValue::InvalidModuleIdAndInstanceTypeConfigId
            }
            "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID" => {
                InvalidParameterValue::InvalidModuleIdAndInstanceTypeId
            }
            "InvalidParameterValue.InvalidModuleName" => {
                InvalidParameterValue::InvalidModuleName
            }
            "InvalidParameterValue.InvalidOrderByField" => {
                InvalidParameterValue::InvalidOrderByField
            }
            "InvalidParameterValue.InvalidPublicParam" => {
                InvalidParameterValue::InvalidPublicParam
            }
            "InvalidParameterValue.InvalidRegion" => InvalidParameterValue::InvalidRegion,
            "InvalidParameterValue.InvalidSecurityGroupID" => {
                InvalidParameterValue::InvalidSecurityGroupId
            }
            "InvalidParameterValue.InvalidSnapshot" => {
                InvalidParameterValue::InvalidSnapshot
            }
            "InvalidParameterValue.InvalidSnapshotId" => {
                InvalidParameterValue::InvalidSnapshotId
            }
            "InvalidParameterValue.InvalidSubnetInZone" => {
                InvalidParameterValue::InvalidSubnetInZone
            }
            "InvalidParameterValue.InvalidSystemDiskSize" => {
                InvalidParameterValue::InvalidSystemDiskSize
            }
            "InvalidParameterValue.InvalidSystemDiskType" => {
                InvalidParameterValue::InvalidSystemDiskType
            }
            "InvalidParameterValue.InvalidTime" => InvalidParameterValue::InvalidTime,
            "InvalidParameterValue.InvalidZone" => InvalidParameterValue::InvalidZone,
            "InvalidParameterValue.InvalidZoneInstanceCount" => {
                InvalidParameterValue::InvalidZoneInstanceCount
            }
            "InvalidParameterValue.InvalidZoneInstanceType" => {
                InvalidParameterValue::InvalidZoneInstanceType
            }
            "InvalidParameterValue.Length" => InvalidParameterValue::Length,
            "InvalidParameterValue.LimitExceeded" => InvalidParameterValue::LimitExceeded,
            "InvalidParameterValue.Malformed" => InvalidParameterValue::Malformed,
            "InvalidParameterValue.ModuleNotAllowChange" => {
                InvalidParameterValue::ModuleNotAllowChange
            }
            "InvalidParameterValue.NodeNotSupportIPv6" => {
                InvalidParameterValue::NodeNotSupportIpv6
            }
            "InvalidParameterValue.ObjectNotCurrentSubnet" => {
                InvalidParameterValue::ObjectNotCurrentSubnet
            }
            "InvalidParameterValue.ObjectVpcNotCurrentVpc" => {
                InvalidParameterValue::ObjectVpcNotCurrentVpc
            }
            "InvalidParameterValue.ParameterValueTooLarge" => {
                InvalidParameterValue::ParameterValueTooLarge
            }
            "InvalidParameterValue.Range" => InvalidParameterValue::Range,
            "InvalidParameterValue.Reserved" => InvalidParameterValue::Reserved,
            "InvalidParameterValue.SubnetConflict" => {
                InvalidParameterValue::SubnetConflict
            }
            "InvalidParameterValue.SubnetNotExist" => {
                InvalidParameterValue::SubnetNotExist
            }
            "InvalidParameterValue.SubnetRange" => InvalidParameterValue::SubnetRange,
            "InvalidParameterValue.TagNumOutOfRange" => {
                InvalidParameterValue::TagNumOutOfRange
            }
            "InvalidParameterValue.TaskNotFound" => InvalidParameterValue::TaskNotFound,
            "InvalidParameterValue.TerminateTimeSmaller" => {
                InvalidParameterValue::TerminateTimeSmaller
            }
            "InvalidParameterValue.TooLong" => InvalidParameterValue::TooLong,
            "InvalidParameterValue.UnmatchedBillingType" => {
                InvalidParameterValue::UnmatchedBillingType
            }
            "InvalidParameterValue.UnsupportedRegion" => {
                InvalidParameterValue::UnsupportedRegion
            }
            "InvalidParameterValue.UserNotSupportIPv6" => {
                InvalidParameterValue::UserNotSupportIpv6
            }
            "InvalidParameterValue.VpcCidrConflict" => {
                InvalidParameterValue::VpcCidrConflict
            }
            _ => InvalidParameterValue::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            InvalidParameterValue::General => "InvalidParameterValue",
            InvalidParameterValue::AddressQuotaLimitExceeded => {
                "InvalidParameterValue.AddressQuotaLimitExceeded"
            }
            InvalidParameterValue::BandwidthOutOfRange => {
                "InvalidParameterValue.BandwidthOutOfRange"
            }
            InvalidParameterValue::CidrNotInPeerVpc => {
                "InvalidParameterValue.CidrNotInPeerVpc"
            }
            InvalidParameterValue::Duplicate => "InvalidParameterValue.Duplicate",
            InvalidParameterValue::FilterLimitExceeded => {
                "InvalidParameterValue.FilterLimitExceeded"
            }
            InvalidParameterValue::ImageDuplicate => {
                "InvalidParameterValue.ImageDuplicate"
            }
            InvalidParameterValue::ImageNameDuplicate => {
                "InvalidParameterValue.ImageNameDuplicate"
            }
            InvalidParameterValue::ImageSizeLargeThanSysDiskSize => {
                "InvalidParameterValue.ImageSizeLargeThanSysDiskSize"
            }
            InvalidParameterValue::InstanceConfigNotMatch => {
                "InvalidParameterValue.InstanceConfigNotMatch"
            }
            InvalidParameterValue::InstanceIdNotSupported => {
                "InvalidParameterValue.InstanceIdNotSupported"
            }
            InvalidParameterValue::InstanceNameTooLong => {
                "InvalidParameterValue.InstanceNameTooLong"
            }
            InvalidParameterValue::InstanceTypeNotMatchPid => {
                "InvalidParameterValue.InstanceTypeNotMatchPid"
            }
            InvalidParameterValue::InvaildAddressId => {
                "InvalidParameterValue.InvaildAddressId"
            }
            InvalidParameterValue::InvaildDescribeInstance => {
                "InvalidParameterValue.InvaildDescribeInstance"
            }
            InvalidParameterValue::InvaildEniId => "InvalidParameterValue.InvaildEniID",
            InvalidParameterValue::InvaildHostName => {
                "InvalidParameterValue.InvaildHostName"
            }
            InvalidParameterValue::InvaildModifyParam => {
                "InvalidParameterValue.InvaildModifyParam"
            }
            InvalidParameterValue::InvaildModuleNum => {
                "InvalidParameterValue.InvaildModuleNum"
            }
            InvalidParameterValue::InvaildPageParam => {
                "InvalidParameterValue.InvaildPageParam"
            }
            InvalidParameterValue::InvaildPassword => {
                "InvalidParameterValue.InvaildPassword"
            }
            InvalidParameterValue::InvalidAddressCount => {
                "InvalidParameterValue.InvalidAddressCount"
            }
            InvalidParameterValue::InvalidBandwidth => {
                "InvalidParameterValue.InvalidBandwidth"
            }
            InvalidParameterValue::InvalidBandwidthIn => {
                "InvalidParameterValue.InvalidBandwidthIn"
            }
            InvalidParameterValue::InvalidBandwidthInAndOut => {
                "InvalidParameterValue.InvalidBandwidthInAndOut"
            }
            InvalidParameterValue::InvalidBillingType => {
                "InvalidParameterValue.InvalidBillingType"
            }
            InvalidParameterValue::InvalidDataDiskNum => {
                "InvalidParameterValue.InvalidDataDiskNum"
            }
            InvalidParameterValue::InvalidDataDiskSize => {
                "InvalidParameterValue.InvalidDataDiskSize"
            }
            InvalidParameterValue::InvalidDataDiskType => {
                "InvalidParameterValue.InvalidDataDiskType"
            }
            InvalidParameterValue::InvalidEipDirectService => {
                "InvalidParameterValue.InvalidEIPDirectService"
            }
            InvalidParameterValue::InvalidEcmRegion => {
                "InvalidParameterValue.InvalidEcmRegion"
            }
            InvalidParameterValue::InvalidFilter => "InvalidParameterValue.InvalidFilter",
            InvalidParameterValue::InvalidIspInNode => {
                "InvalidParameterValue.InvalidISPInNode"
            }
            InvalidParameterValue::InvalidImageArchitecture => {
                "InvalidParameterValue.InvalidImageArchitecture"
            }
            InvalidParameterValue::InvalidImageId => {
                "InvalidParameterValue.InvalidImageID"
            }
            InvalidParameterValue::InvalidInstanceChargeType => {
                "InvalidParameterValue.InvalidInstanceChargeType"
            }
            InvalidParameterValue::InvalidInstanceId => {
                "InvalidParameterValue.InvalidInstanceID"
            }
            InvalidParameterValue::InvalidInstanceType => {
                "InvalidParameterValue.InvalidInstanceType"
            }
            InvalidParameterValue::InvalidInstanceTypeConfigId => {
                "InvalidParameterValue.InvalidInstanceTypeConfigID"
            }
            InvalidParameterValue::InvalidInternetChargeType => {
                "InvalidParameterValue.InvalidInternetChargeType"
            }
            InvalidParameterValue::InvalidKeyPairId => {
                "InvalidParameterValue.InvalidKeyPairId"
            }
            InvalidParameterValue::InvalidKeyPairName => {
                "InvalidParameterValue.InvalidKeyPairName"
            }
            InvalidParameterValue::InvalidLoadBalancerNum => {
                "InvalidParameterValue.InvalidLoadBalancerNum"
            }
            InvalidParameterValue::InvalidLoadBalancerType => {
                "InvalidParameterValue.InvalidLoadBalancerType"
            }
            InvalidParameterValue::InvalidModuleId => {
                "InvalidParameterValue.InvalidModuleID"
            }
            InvalidParameterValue::InvalidModuleIdAndInstanceTypeConfigId => {
                "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID"
            }
            InvalidParameterValue::InvalidModuleIdAndInstanceTypeId => {
                "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID"
            }
            InvalidParameterValue::InvalidModuleName => {
                "InvalidParameterValue.InvalidModuleName"
            }
            InvalidParameterValue::InvalidOrderByField => {
                "InvalidParameterValue.InvalidOrderByField"
            }
            InvalidParameterValue::InvalidPublicParam => {
                "InvalidParameterValue.InvalidPublicParam"
            }
            InvalidParameterValue::InvalidRegion => "InvalidParameterValue.InvalidRegion",
            InvalidParameterValue::InvalidSecurityGroupId => {
                "InvalidParameterValue.InvalidSecurityGroupID"
            }
            InvalidParameterValue::InvalidSnapshot => {
                "InvalidParameterValue.InvalidSnapshot"
            }
            InvalidParameterValue::InvalidSnapshotId => {
                "InvalidParameterValue.InvalidSnapshotId"
            }
            InvalidParameterValue::InvalidSubnetInZone => {
                "InvalidParameterValue.InvalidSubnetInZone"
            }
            InvalidParameterValue::InvalidSystemDiskSize => {
                "InvalidParameterValue.InvalidSystemDiskSize"
            }
            InvalidParameterValue::InvalidSystemDiskType => {
                "InvalidParameterValue.InvalidSystemDiskType"
            }
            InvalidParameterValue::InvalidTime => "InvalidParameterValue.InvalidTime",
            InvalidParameterValue::InvalidZone => "InvalidParameterValue.InvalidZone",
            InvalidParameterValue::InvalidZoneInstanceCount => {
                "InvalidParameterValue.InvalidZoneInstanceCount"
            }
            InvalidParameterValue::InvalidZoneInstanceType => {
                "InvalidParameterValue.InvalidZoneInstanceType"
            }
            InvalidParameterValue::Length => "InvalidParameterValue.Length",
            InvalidParameterValue::LimitExceeded => "InvalidParameterValue.LimitExceeded",
            InvalidParameterValue::Malformed => "InvalidParameterValue.Malformed",
            InvalidParameterValue::ModuleNotAllowChange => {
                "InvalidParameterValue.ModuleNotAllowChange"
            }
            InvalidParameterValue::NodeNotSupportIpv6 => {
                "InvalidParameterValue.NodeNotSupportIPv6"
            }
            InvalidParameterValue::ObjectNotCurrentSubnet => {
                "InvalidParameterValue.ObjectNotCurrentSubnet"
            }
            InvalidParameterValue::ObjectVpcNotCurrentVpc => {
                "InvalidParameterValue.ObjectVpcNotCurrentVpc"
            }
            InvalidParameterValue::ParameterValueTooLarge => {
                "InvalidParameterValue.ParameterValueTooLarge"
            }
            InvalidParameterValue::Range => "InvalidParameterValue.Range",
            InvalidParameterValue::Reserved => "InvalidParameterValue.Reserved",
            InvalidParameterValue::SubnetConflict => {
                "InvalidParameterValue.SubnetConflict"
            }
            InvalidParameterValue::SubnetNotExist => {
                "InvalidParameterValue.SubnetNotExist"
            }
            InvalidParameterValue::SubnetRange => "InvalidParameterValue.SubnetRange",
            InvalidParameterValue::TagNumOutOfRange => {
                "InvalidParameterValue.TagNumOutOfRange"
            }
            InvalidParameterValue::TaskNotFound => "InvalidParameterValue.TaskNotFound",
            InvalidParameterValue::TerminateTimeSmaller => {
                "InvalidParameterValue.TerminateTimeSmaller"
            }
            InvalidParameterValue::TooLong => "InvalidParameterValue.TooLong",
            InvalidParameterValue::UnmatchedBillingType => {
                "InvalidParameterValue.UnmatchedBillingType"
            }
            InvalidParameterValue::UnsupportedRegion => {
                "InvalidParameterValue.UnsupportedRegion"
            }
            InvalidParameterValue::UserNotSupportIpv6 => {
                "InvalidParameterValue.UserNotSupportIPv6"
            }
            InvalidParameterValue::VpcCidrConflict => {
                "InvalidParameterValue.VpcCidrConflict"
            }
            InvalidParameterValue::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            InvalidParameterValue::General => Some("Invalid parameter value."),
            InvalidParameterValue::AddressQuotaLimitExceeded => {
                Some("The number applied for exceeds the limit.")
            }
            InvalidParameterValue::BandwidthOutOfRange => {
                Some("The bandwidth exceeds the limit.")
            }
            InvalidParameterValue::CidrNotInPeerVpc => {
                Some(
                    "The destination IP range is not within the CIDR range of the customer VPC.",
                )
            }
            InvalidParameterValue::Duplicate => Some("The data is duplicate."),
            InvalidParameterValue::FilterLimitExceeded => {
                Some("The value of the Filter parameter exceeds the limit.")
            }
            InvalidParameterValue::ImageDuplicate => {
                Some("An image has already been imported.")
            }
            InvalidParameterValue::ImageNameDuplicate => {
                Some("The image name is duplicate.")
            }
            InvalidParameterValue::ImageSizeLargeThanSysDiskSize => {
                Some("The image size is greater than the system disk size.")
            }
            InvalidParameterValue::InstanceConfigNotMatch => {
                Some("The instance configuration does not match.")
            }
            InvalidParameterValue::InstanceIdNotSupported => {
                Some("The instance does not support the current operation.")
            }
            InvalidParameterValue::InstanceNameTooLong => {
                Some("The instance name length exceeds the limit.")
            }
            InvalidParameterValue::InstanceTypeNotMatchPid => {
                Some("The instance model and pid do not match.")
            }
            InvalidParameterValue::InvaildAddressId => Some("The EIP is invalid."),
            InvalidParameterValue::InvaildDescribeInstance => {
                Some(
                    "Your input is incorrect, or you have no permission for the operation.",
                )
            }
            InvalidParameterValue::InvaildEniId => Some("The ENI ID is invalid."),
            InvalidParameterValue::InvaildHostName => Some("HostName is invalid."),
            InvalidParameterValue::InvaildModifyParam => {
                Some("The parameter is incorrect.")
            }
            InvalidParameterValue::InvaildModuleNum => {
                Some("The number of modules is invalid.")
            }
            InvalidParameterValue::InvaildPageParam => {
                Some("The pagination parameter is invalid.")
            }
            InvalidParameterValue::InvaildPassword => Some("The password is invalid."),
            InvalidParameterValue::InvalidAddressCount => {
                Some(
                    "When you bind an ENI synchronously, you can apply for only one EIP at a time.",
                )
            }
            InvalidParameterValue::InvalidBandwidth => {
                Some("The bandwidth size is invalid.")
            }
            InvalidParameterValue::InvalidBandwidthIn => {
                Some("The inbound bandwidth size exceeds the limit.")
            }
            InvalidParameterValue::InvalidBandwidthInAndOut => {
                Some("The inbound and outbound bandwidth must be the same.")
            }
            InvalidParameterValue::InvalidBillingType => {
                Some("The selected billing mode is not supported.")
            }
            InvalidParameterValue::InvalidDataDiskNum => {
                Some("The number of data disks is invalid.")
            }
            InvalidParameterValue::InvalidDataDiskSize => {
                Some("The data disk size is invalid.")
            }
            InvalidParameterValue::InvalidDataDiskType => {
                Some("The data disk type is invalid.")
            }
            InvalidParameterValue::InvalidEipDirectService => {
                Some("Windows images do not support IP direct access.")
            }
            InvalidParameterValue::InvalidEcmRegion => {
                Some("The region parameter is invalid.")
            }
            InvalidParameterValue::InvalidFilter => Some("The filter is invalid."),
            InvalidParameterValue::InvalidIspInNode => Some("The ISP is invalid."),
            InvalidParameterValue::InvalidImageArchitecture => {
                Some(
                    "Models with a memory of 4 GB or above do not support 32-bit OS images.",
                )
            }
            InvalidParameterValue::InvalidImageId => Some("The image ID is invalid."),
            InvalidParameterValue::InvalidInstanceChargeType => {
                Some("The billing mode of the instance is invalid.")
            }
            InvalidParameterValue::InvalidInstanceId => {
                Some("The instance ID is invalid.")
            }
            InvalidParameterValue::InvalidInstanceType => {
                Some("The configuration of a High-IO model cannot be adjusted.")
            }
            InvalidParameterValue::InvalidInstanceTypeConfigId => {
                Some("The model ID is invalid.")
            }
            InvalidParameterValue::InvalidInternetChargeType => {
                Some("The billing mode is invalid.")
            }
            InvalidParameterValue::InvalidKeyPairId => Some("Invalid key ID."),
            InvalidParameterValue::InvalidKeyPairName => Some("Invalid key name."),
            InvalidParameterValue::InvalidLoadBalancerNum => {
                Some("The number of CLB instances is invalid.")
            }
            InvalidParameterValue::InvalidLoadBalancerType => {
                Some("The CLB instance type is invalid.")
            }
            InvalidParameterValue::InvalidModuleId => Some("The module ID is invalid."),
            InvalidParameterValue::InvalidModuleIdAndInstanceTypeConfigId => {
                Some("The ModuleId and InstanceType parameters cannot be both empty.")
            }
            InvalidParameterValue::InvalidModuleIdAndInstanceTypeId => {
                Some("The ModuleId and InstanceType parameters cannot be both empty.")
            }
            InvalidParameterValue::InvalidModuleName => {
                Some("The module names conflict.")
            }
            InvalidParameterValue::InvalidOrderByField => {
                Some("The sort field is invalid.")
            }
            InvalidParameterValue::InvalidPublicParam => {
                Some("The common parameter is invalid.")
            }
            InvalidParameterValue::InvalidRegion => Some("The ECM region is invalid."),
            InvalidParameterValue::InvalidSecurityGroupId => {
                Some("The security group ID is invalid.")
            }
            InvalidParameterValue::InvalidSnapshot => {
                Some("InvalidParameterValue.InvalidSnapshot")
            }
            InvalidParameterValue::InvalidSnapshotId => {
                Some("InvalidParameterValue.InvalidSnapshotId")
            }
            InvalidParameterValue::InvalidSubnetInZone => {
                Some("The node does not exist in this subnet.")
            }
            InvalidParameterValue::InvalidSystemDiskSize => {
                Some("The system disk size is invalid.")
            }
            InvalidParameterValue::InvalidSystemDiskType => {
                Some("The system disk type is invalid.")
            }
            InvalidParameterValue::InvalidTime => Some("The time is invalid."),
            InvalidParameterValue::InvalidZone => Some("The zone is invalid."),
            InvalidParameterValue::InvalidZoneInstanceCount => {
                Some("The city or quantity is invalid.")
            }
            InvalidParameterValue::InvalidZoneInstanceType => {
                Some("This model is not supported in the AZ.")
            }
            InvalidParameterValue::Length => Some("The parameter length is incorrect."),
            InvalidParameterValue::LimitExceeded => {
                Some("The parameter value exceeds the limit.")
            }
            InvalidParameterValue::Malformed => {
                Some("The input parameter format is invalid.")
            }
            InvalidParameterValue::ModuleNotAllowChange => {
                Some(
                    "The default configuration of an ECM module associated with instances cannot be modified.",
                )
            }
            InvalidParameterValue::NodeNotSupportIpv6 => {
                Some("The node does not support IPv6.")
            }
            InvalidParameterValue::ObjectNotCurrentSubnet => {
                Some("The object is not in the current subnet.")
            }
            InvalidParameterValue::ObjectVpcNotCurrentVpc => {
                Some("The specified object is not the current VPC.")
            }
            InvalidParameterValue::ParameterValueTooLarge => {
                Some("The parameter value exceeds the limit.")
            }
            InvalidParameterValue::Range => {
                Some("The parameter value is not in the specified range.")
            }
            InvalidParameterValue::Reserved => {
                Some("The parameter value is an object retained by the system.")
            }
            InvalidParameterValue::SubnetConflict => {
                Some(
                    "The specified CIDR block conflicts with another subnet in the same VPC.",
                )
            }
            InvalidParameterValue::SubnetNotExist => None,
            InvalidParameterValue::SubnetRange => Some("The subnet IP range is invalid."),
            InvalidParameterValue::TagNumOutOfRange => {
                Some("The number of tags exceeds the limit.")
            }
            InvalidParameterValue::TaskNotFound => Some("The task was not found."),
            InvalidParameterValue::TerminateTimeSmaller => {
                Some("The scheduled termination time is before the current time.")
            }
            InvalidParameterValue::TooLong => Some("The parameter value is too long."),
            InvalidParameterValue::UnmatchedBillingType => {
                Some("The model does not support the selected billing mode.")
            }
            InvalidParameterValue::UnsupportedRegion => {
                Some("The region is not supported.")
            }
            InvalidParameterValue::UserNotSupportIpv6 => Some("IPv6 is not supported."),
            InvalidParameterValue::VpcCidrConflict => {
                Some(
                    "The destination IP range conflicts with the CIDR block of the current VPC.",
                )
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
///
/// [`LimitExceeded::General`] is the bare code `LimitExceeded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LimitExceeded {
    /// `LimitExceeded`: Quota limit exceeded.
    General,
    /// `LimitExceeded.AddressQuotaLimitExceeded`: The number applied for exceeds the limit.
    AddressQuotaLimitExceeded,
    /// `LimitExceeded.AddressQuotaLimitExceededDailyAllocate`: The maximum number of
    /// applications has been reached. The maximum number of applications that can be made by a
    /// Tencent Cloud account per day in each region is equal to twice the quota.
    AddressQuotaLimitExceededDailyAllocate,
    /// `LimitExceeded.CidrBlock`: Exceeded the upper limit of the assigned IPv6 IP ranges.
    CidrBlock,
    /// `LimitExceeded.EniQuotaLimitExceeded`: The number of purchasable ENIs is insufficient.
    EniQuotaLimitExceeded,
    /// `LimitExceeded.InstanceSecurityGroupLimitExceeded`: The number of security groups bound
    /// to the instance exceeds the limit.
    InstanceSecurityGroupLimitExceeded,
    /// `LimitExceeded.LBLimitExceeded`: The number of CLB instances applied for exceeds the
    /// limit.
    LbLimitExceeded,
    /// `LimitExceeded.ModuleSecurityGroupLimitExceeded`: The number of default module security
    /// groups exceeds the limit.
    ModuleSecurityGroupLimitExceeded,
    /// `LimitExceeded.NicOrIPLimitExceeded`: The number of ENIs or public IPs exceeds the limit
    /// specified by the CPU.
    NicOrIpLimitExceeded,
    /// `LimitExceeded.PrivateIPQuotaLimitExceeded`: The number of private IPs exceeds the
    /// limit.
    PrivateIpQuotaLimitExceeded,
    /// `LimitExceeded.SecurityGroupInstanceLimitExceeded`: The number of instances bound to the
    /// security group exceeds the limit.
    SecurityGroupInstanceLimitExceeded,
    /// `LimitExceeded.SecurityGroupModuleLimitExceeded`: The number of modules that can be
    /// associated with the security group exceeds the limit.
    SecurityGroupModuleLimitExceeded,
    /// `LimitExceeded.SecurityGroupPolicySet`: The number of security group rules exceeds the
    /// upper limit.
    SecurityGroupPolicySet,
    /// `LimitExceeded.VcpuLimitExceeded`: The number of CPU cores applied for exceeds the
    /// limit.
    VcpuLimitExceeded,
    /// A code `LimitExceeded.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl LimitExceeded {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "LimitExceeded" => LimitExceeded::General,
            "LimitExceeded.AddressQuotaLimitExceeded" => {
                LimitExceeded::AddressQuotaLimitExceeded
            }
            "LimitExceeded.AddressQuotaLimitExceededDailyAllocate" => {
                LimitExceeded::AddressQuotaLimitExceededDailyAllocate
            }
            "LimitExceeded.CidrBlock" => LimitExceeded::CidrBlock,
            "LimitExceeded.EniQuotaLimitExceeded" => LimitExceeded::EniQuotaLimitExceeded,
            "LimitExceeded.InstanceSecurityGroupLimitExceeded" => {
                LimitExceeded::InstanceSecurityGroupLimitExceeded
            }
            "LimitExceeded.LBLimitExceeded" => LimitExceeded::LbLimitExceeded,
            "LimitExceeded.ModuleSecurityGroupLimitExceeded" => {
                LimitExceeded::ModuleSecurityGroupLimitExceeded
            }
            "LimitExceeded.NicOrIPLimitExceeded" => LimitExceeded::NicOrIpLimitExceeded,
            "LimitExceeded.PrivateIPQuotaLimitExceeded" => {
                LimitExceeded::PrivateIpQuotaLimitExceeded
            }
            "LimitExceeded.SecurityGroupInstanceLimitExceeded" => {
                LimitExceeded::SecurityGroupInstanceLimitExceeded
            }
            "LimitExceeded.SecurityGroupModuleLimitExceeded" => {
                LimitExceeded::SecurityGroupModuleLimitExceeded
            }
            "LimitExceeded.SecurityGroupPolicySet" => {
                LimitExceeded::SecurityGroupPolicySet
            }
            "LimitExceeded.VcpuLimitExceeded" => LimitExceeded::VcpuLimitExceeded,
            _ => LimitExceeded::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            LimitExceeded::General => "LimitExceeded",
            LimitExceeded::AddressQuotaLimitExceeded => {
                "LimitExceeded.AddressQuotaLimitExceeded"
            }
            LimitExceeded::AddressQuotaLimitExceededDailyAllocate => {
                "LimitExceeded.AddressQuotaLimitExceededDailyAllocate"
            }
            LimitExceeded::CidrBlock => "LimitExceeded.CidrBlock",
            LimitExceeded::EniQuotaLimitExceeded => "LimitExceeded.EniQuotaLimitExceeded",
            LimitExceeded::InstanceSecurityGroupLimitExceeded => {
                "LimitExceeded.InstanceSecurityGroupLimitExceeded"
            }
            LimitExceeded::LbLimitExceeded => "LimitExceeded.LBLimitExceeded",
            LimitExceeded::ModuleSecurityGroupLimitExceeded => {
                "LimitExceeded.ModuleSecurityGroupLimitExceeded"
            }
            LimitExceeded::NicOrIpLimitExceeded => "LimitExceeded.NicOrIPLimitExceeded",
            LimitExceeded::PrivateIpQuotaLimitExceeded => {
                "LimitExceeded.PrivateIPQuotaLimitExceeded"
            }
            LimitExceeded::SecurityGroupInstanceLimitExceeded => {
                "LimitExceeded.SecurityGroupInstanceLimitExceeded"
            }
            LimitExceeded::SecurityGroupModuleLimitExceeded => {
                "LimitExceeded.SecurityGroupModuleLimitExceeded"
            }
            LimitExceeded::SecurityGroupPolicySet => {
                "LimitExceeded.SecurityGroupPolicySet"
            }
            LimitExceeded::VcpuLimitExceeded => "LimitExceeded.VcpuLimitExceeded",
            LimitExceeded::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            LimitExceeded::General => Some("Quota limit exceeded."),
            LimitExceeded::AddressQuotaLimitExceeded => {
                Some("The number applied for exceeds the limit.")
            }
            LimitExceeded::AddressQuotaLimitExceededDailyAllocate => {
                Some(
                    "The maximum number of applications has been reached. The maximum number of applications that can be made by a Tencent Cloud account per day in each region is equal to twice the quota.",
                )
            }
            LimitExceeded::CidrBlock => {
                Some("Exceeded the upper limit of the assigned IPv6 IP ranges.")
            }
            LimitExceeded::EniQuotaLimitExceeded => {
                Some("The number of purchasable ENIs is insufficient.")
            }
            LimitExceeded::InstanceSecurityGroupLimitExceeded => {
                Some(
                    "The number of security groups bound to the instance exceeds the limit.",
                )
            }
            LimitExceeded::LbLimitExceeded => {
                Some("The number of CLB instances applied for exceeds the limit.")
            }
            LimitExceeded::ModuleSecurityGroupLimitExceeded => {
                Some("The number of default module security groups exceeds the limit.")
            }
            LimitExceeded::NicOrIpLimitExceeded => {
                Some(
                    "The number of ENIs or public IPs exceeds the limit specified by the CPU.",
                )
            }
            LimitExceeded::PrivateIpQuotaLimitExceeded => {
                Some("The number of private IPs exceeds the limit.")
            }
            LimitExceeded::SecurityGroupInstanceLimitExceeded => {
                Some(
                    "The number of instances bound to the security group exceeds the limit.",
                )
            }
            LimitExceeded::SecurityGroupModuleLimitExceeded => {
                Some(
                    "The number of modules that can be associated with the security group exceeds the limit.",
                )
            }
            LimitExceeded::SecurityGroupPolicySet => {
                Some("The number of security group rules exceeds the upper limit.")
            }
            LimitExceeded::VcpuLimitExceeded => {
                Some("The number of CPU cores applied for exceeds the limit.")
            }
            LimitExceeded::Unknown(_) => None,
        }
    }
}

impl fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `MissingParameter` category, as in
/// [`ErrorCode::MissingParameter`].
///
/// [`MissingParameter::General`] is the bare code `MissingParameter`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MissingParameter {
    /// `MissingParameter`: A parameter is missing.
    General,
    /// `MissingParameter.MissingAssociateEntity`: The entity parameter to be associated is
    /// missing.
    MissingAssociateEntity,
    /// `MissingParameter.MissingBaseConfigParameter`: The request parameters required to get
    /// the basic configuration are incomplete.
    MissingBaseConfigParameter,
    /// `MissingParameter.MissingImageParameter`: The image operation parameters are incomplete.
    MissingImageParameter,
    /// `MissingParameter.MissingInstanceTypeConfigParameter`: The model operation parameters
    /// are incomplete.
    MissingInstanceTypeConfigParameter,
    /// `MissingParameter.MissingInstancesParameter`: The instance operation parameters are
    /// incomplete.
    MissingInstancesParameter,
    /// `MissingParameter.MissingModuleParameter`: The module operation parameters are
    /// incomplete.
    MissingModuleParameter,
    /// `MissingParameter.MissingNetworkInterfaceParameter`: The request parameters required for
    /// ENI operation configuration are missing.
    MissingNetworkInterfaceParameter,
    /// `MissingParameter.MissingNodeParameter`: The node operation parameters are incomplete.
    MissingNodeParameter,
    /// `MissingParameter.MissingOverViewParameter`: The request parameters required to get the
    /// configuration of the overview page are incomplete.
    MissingOverViewParameter,
    /// `MissingParameter.MissingPrivateIpAddress`: The private IP address is missing.
    MissingPrivateIpAddress,
    /// A code `MissingParameter.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl MissingParameter {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "MissingParameter" => MissingParameter::General,
            "MissingParameter.MissingAssociateEntity" => {
                MissingParameter::MissingAssociateEntity
            }
            "MissingParameter.MissingBaseConfigParameter" => {
                MissingParameter::MissingBaseConfigParameter
            }
            "MissingParameter.MissingImageParameter" => {
                MissingParameter::MissingImageParameter
            }
            "MissingParameter.MissingInstanceTypeConfigParameter" => {
                MissingParameter::MissingInstanceTypeConfigParameter
            }
            "MissingParameter.MissingInstancesParameter" => {
                MissingParameter::MissingInstancesParameter
            }
            "MissingParameter.MissingModuleParameter" => {
                MissingParameter::MissingModuleParameter
            }
            "MissingParameter.MissingNetworkInterfaceParameter" => {
                MissingParameter::MissingNetworkInterfaceParameter
            }
            "MissingParameter.MissingNodeParameter" => {
                MissingParameter::MissingNodeParameter
            }
            "MissingParameter.MissingOverViewParameter" => {
                MissingParameter::MissingOverViewParameter
            }
            "MissingParameter.MissingPrivateIpAddress" => {
                MissingParameter::MissingPrivateIpAddress
            }
            _ => MissingParameter::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            MissingParameter::General => "MissingParameter",
            MissingParameter::MissingAssociateEntity => {
                "MissingParameter.MissingAssociateEntity"
            }
            MissingParameter::MissingBaseConfigParameter => {
                "MissingParameter.MissingBaseConfigParameter"
            }
            MissingParameter::MissingImageParameter => {
                "MissingParameter.MissingImageParameter"
            }
            MissingParameter::MissingInstanceTypeConfigParameter => {
                "MissingParameter.MissingInstanceTypeConfigParameter"
            }
            MissingParameter::MissingInstancesParameter => {
                "MissingParameter.MissingInstancesParameter"
            }
            MissingParameter::MissingModuleParameter => {
                "MissingParameter.MissingModuleParameter"
            }
            MissingParameter::MissingNetworkInterfaceParameter => {
                "MissingParameter.MissingNetworkInterfaceParameter"
            }
            MissingParameter::MissingNodeParameter => {
                "MissingParameter.MissingNodeParameter"
            }
            MissingParameter::MissingOverViewParameter => {
                "MissingParameter.MissingOverViewParameter"
            }
            MissingParameter::MissingPrivateIpAddress => {
                "MissingParameter.MissingPrivateIpAddress"
            }
            MissingParameter::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            MissingParameter::General => Some("A parameter is missing."),
            MissingParameter::MissingAssociateEntity => {
                Some("The entity parameter to be associated is missing.")
            }
            MissingParameter::MissingBaseConfigParameter => {
                Some(
                    "The request parameters required to get the basic configuration are incomplete.",
                )
            }
            MissingParameter::MissingImageParameter => {
                Some("The image operation parameters are incomplete.")
            }
            MissingParameter::MissingInstanceTypeConfigParameter => {
                Some("The model operation parameters are incomplete.")
            }
            MissingParameter::MissingInstancesParameter => {
                Some("The instance operation parameters are incomplete.")
            }
            MissingParameter::MissingModuleParameter => {
                Some("The module operation parameters are incomplete.")
            }
            MissingParameter::MissingNetworkInterfaceParameter => {
                Some(
                    "The request parameters required for ENI operation configuration are missing.",
                )
            }
            MissingParameter::MissingNodeParameter => {
                Some("The node operation parameters are incomplete.")
            }
            MissingParameter::MissingOverViewParameter => {
                Some(
                    "The request parameters required to get the configuration of the overview page are incomplete.",
                )
            }
            MissingParameter::MissingPrivateIpAddress => {
                Some("The private IP address is missing.")
            }
            MissingParameter::Unknown(_) => None,
        }
    }
}

impl fmt::Display for MissingParameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `OperationDenied` category, as in [`ErrorCode::OperationDenied`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationDenied {
    /// `OperationDenied.InstanceOperationInProgress`: The current operation is not allowed.
    InstanceOperationInProgress,
    /// A code `OperationDenied.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl OperationDenied {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "OperationDenied.InstanceOperationInProgress" => {
                OperationDenied::InstanceOperationInProgress
            }
            _ => OperationDenied::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            OperationDenied::InstanceOperationInProgress => {
                "OperationDenied.InstanceOperationInProgress"
            }
            OperationDenied::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            OperationDenied::InstanceOperationInProgress => {
                Some("The current operation is not allowed.")
            }
            OperationDenied::Unknown(_) => None,
        }
    }
}

impl fmt::Display for OperationDenied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `RequestLimitExceeded` category, as in
/// [`ErrorCode::RequestLimitExceeded`].
///
/// [`RequestLimitExceeded::General`] is the bare code `RequestLimitExceeded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestLimitExceeded {
    /// `RequestLimitExceeded`: The number of requests exceeds the frequency limit.
    General,
    /// `RequestLimitExceeded.GlobalRegionUinLimitExceeded`: Uin exceeds the frequency limit.
    GlobalRegionUinLimitExceeded,
    /// `RequestLimitExceeded.IPLimitExceeded`: The number of ip requests exceeds the frequency
    /// limit.
    IpLimitExceeded,
    /// `RequestLimitExceeded.UinLimitExceeded`: The number of uin requests exceeds the
    /// frequency limit.
    UinLimitExceeded,
    /// A code `RequestLimitExceeded.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl RequestLimitExceeded {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "RequestLimitExceeded" => RequestLimitExceeded::General,
            "RequestLimitExceeded.GlobalRegionUinLimitExceeded" => {
                RequestLimitExceeded::GlobalRegionUinLimitExceeded
            }
            "RequestLimitExceeded.IPLimitExceeded" => {
                RequestLimitExceeded::IpLimitExceeded
            }
            "RequestLimitExceeded.UinLimitExceeded" => {
                RequestLimitExceeded::UinLimitExceeded
            }
            _ => RequestLimitExceeded::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            RequestLimitExceeded::General => "RequestLimitExceeded",
            RequestLimitExceeded::GlobalRegionUinLimitExceeded => {
                "RequestLimitExceeded.GlobalRegionUinLimitExceeded"
            }
            RequestLimitExceeded::IpLimitExceeded => {
                "RequestLimitExceeded.IPLimitExceeded"
            }
            RequestLimitExceeded::UinLimitExceeded => {
                "RequestLimitExceeded.UinLimitExceeded"
            }
            RequestLimitExceeded::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            RequestLimitExceeded::General => {
                Some("The number of requests exceeds the frequency limit.")
            }
            RequestLimitExceeded::GlobalRegionUinLimitExceeded => {
                Some("Uin exceeds the frequency limit.")
            }
            RequestLimitExceeded::IpLimitExceeded => {
                Some("The number of ip requests exceeds the frequency limit.")
            }
            RequestLimitExceeded::UinLimitExceeded => {
                Some("The number of uin requests exceeds the frequency limit.")
            }
            RequestLimitExceeded::Unknown(_) => None,
        }
    }
}

impl fmt::Display for RequestLimitExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `ResourceInsufficient` category, as in
/// [`ErrorCode::ResourceInsufficient`].
///
/// [`ResourceInsufficient::General`] is the bare code `ResourceInsufficient`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceInsufficient {
    /// `ResourceInsufficient`: Insufficient resource.
    General,
    /// `ResourceInsufficient.IPQuotaNotEnough`: Insufficient IP resource.
    IpQuotaNotEnough,
    /// `ResourceInsufficient.InstanceQuotaNotEnough`: The instance resource is insufficient.
    InstanceQuotaNotEnough,
    /// `ResourceInsufficient.InvaildPrivateImageNum`: The number of private images exceeds the
    /// limit.
    InvaildPrivateImageNum,
    /// `ResourceInsufficient.PrivateIPQuotaNotEnough` (the documentation gives no description).
    PrivateIpQuotaNotEnough,
    /// A code `ResourceInsufficient.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl ResourceInsufficient {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "ResourceInsufficient" => ResourceInsufficient::General,
            "ResourceInsufficient.IPQuotaNotEnough" => {
                ResourceInsufficient::IpQuotaNotEnough
            }
            "ResourceInsufficient.InstanceQuotaNotEnough" => {
                ResourceInsufficient::InstanceQuotaNotEnough
            }
            "ResourceInsufficient.InvaildPrivateImageNum" => {
                ResourceInsufficient::InvaildPrivateImageNum
            }
            "ResourceInsufficient.PrivateIPQuotaNotEnough" => {
                ResourceInsufficient::PrivateIpQuotaNotEnough
            }
            _ => ResourceInsufficient::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            ResourceInsufficient::General => "ResourceInsufficient",
            ResourceInsufficient::IpQuotaNotEnough => {
                "ResourceInsufficient.IPQuotaNotEnough"
            }
            ResourceInsufficient::InstanceQuotaNotEnough => {
                "ResourceInsufficient.InstanceQuotaNotEnough"
            }
            ResourceInsufficient::InvaildPrivateImageNum => {
                "ResourceInsufficient.InvaildPrivateImageNum"
            }
            ResourceInsufficient::PrivateIpQuotaNotEnough => {
                "ResourceInsufficient.PrivateIPQuotaNotEnough"
            }
            ResourceInsufficient::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            ResourceInsufficient::General => Some("Insufficient resource."),
            ResourceInsufficient::IpQuotaNotEnough => Some("Insufficient IP resource."),
            ResourceInsufficient::InstanceQuotaNotEnough => {
                Some("The instance resource is insufficient.")
            }
            ResourceInsufficient::InvaildPrivateImageNum => {
                Some("The number of private images exceeds the limit.")
            }
            ResourceInsufficient::PrivateIpQuotaNotEnough => None,
            ResourceInsufficient::Unknown(_) => None,
        }
    }
}

impl fmt::Display for ResourceInsufficient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `ResourceNotFound` category, as in
/// [`ErrorCode::ResourceNotFound`].
///
/// [`ResourceNotFound::General`] is the bare code `ResourceNotFound`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceNotFound {
    /// `ResourceNotFound`: The resource does not exist.
    General,
    /// `ResourceNotFound.InstanceNotExist`: The instance is invalid.
    InstanceNotExist,
    /// A code `ResourceNotFound.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl ResourceNotFound {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "ResourceNotFound" => ResourceNotFound::General,
            "ResourceNotFound.InstanceNotExist" => ResourceNotFound::InstanceNotExist,
            _ => ResourceNotFound::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            ResourceNotFound::General => "ResourceNotFound",
            ResourceNotFound::InstanceNotExist => "ResourceNotFound.InstanceNotExist",
            ResourceNotFound::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            ResourceNotFound::General => Some("The resource does not exist."),
            ResourceNotFound::InstanceNotExist => Some("The instance is invalid."),
            ResourceNotFound::Unknown(_) => None,
        }
    }
}

impl fmt::Display for ResourceNotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `ResourceUnavailable` category, as in
/// [`ErrorCode::ResourceUnavailable`].
///
/// [`ResourceUnavailable::General`] is the bare code `ResourceUnavailable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceUnavailable {
    /// `ResourceUnavailable`: Resource is unavailable.
    General,
    /// `ResourceUnavailable.InstanceNotRunning`: The instance is not running.
    InstanceNotRunning,
    /// A code `ResourceUnavailable.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl ResourceUnavailable {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "ResourceUnavailable" => ResourceUnavailable::General,
            "ResourceUnavailable.InstanceNotRunning" => {
                ResourceUnavailable::InstanceNotRunning
            }
            _ => ResourceUnavailable::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            ResourceUnavailable::General => "ResourceUnavailable",
            ResourceUnavailable::InstanceNotRunning => {
                "ResourceUnavailable.InstanceNotRunning"
            }
            ResourceUnavailable::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            ResourceUnavailable::General => Some("Resource is unavailable."),
            ResourceUnavailable::InstanceNotRunning => {
                Some("The instance is not running.")
            }
            ResourceUnavailable::Unknown(_) => None,
        }
    }
}

impl fmt::Display for ResourceUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error codes of the `ResourcesSoldOut` category, as in
/// [`ErrorCode::ResourcesSoldOut`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourcesSoldOut {
    /// `ResourcesSoldOut.LoadBalancerSoldOut`: CLB instances have been sold out.
    LoadBalancerSoldOut,
    /// `ResourcesSoldOut.SpecifiedInstanceType` (the documentation gives no description).
    SpecifiedInstanceType,
    /// A code `ResourcesSoldOut.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl ResourcesSoldOut {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "ResourcesSoldOut.LoadBalancerSoldOut" => {
                ResourcesSoldOut::LoadBalancerSoldOut
            }
            "ResourcesSoldOut.SpecifiedInstanceType" => {
                ResourcesSoldOut::SpecifiedInstanceType
            }
            _ => ResourcesSoldOut::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            ResourcesSoldOut::LoadBalancerSoldOut => {
                "ResourcesSoldOut.LoadBalancerSoldOut"
            }
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
            ResourcesSoldOut::LoadBalancerSoldOut => {
                Some("CLB instances have been sold out.")
            }
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
///
/// [`UnauthorizedOperation::General`] is the bare code `UnauthorizedOperation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnauthorizedOperation {
    /// `UnauthorizedOperation`: Unauthorized operation.
    General,
    /// `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
    /// this operation.
    ForbiddenOperation,
    /// `UnauthorizedOperation.MFAExpired`: UnauthorizedOperation.MFAExpired
    MfaExpired,
    /// A code `UnauthorizedOperation.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl UnauthorizedOperation {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "UnauthorizedOperation" => UnauthorizedOperation::General,
            "UnauthorizedOperation.ForbiddenOperation" => {
                UnauthorizedOperation::ForbiddenOperation
            }
            "UnauthorizedOperation.MFAExpired" => UnauthorizedOperation::MfaExpired,
            _ => UnauthorizedOperation::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            UnauthorizedOperation::General => "UnauthorizedOperation",
            UnauthorizedOperation::ForbiddenOperation => {
                "UnauthorizedOperation.ForbiddenOperation"
            }
            UnauthorizedOperation::MfaExpired => "UnauthorizedOperation.MFAExpired",
            UnauthorizedOperation::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            UnauthorizedOperation::General => Some("Unauthorized operation."),
            UnauthorizedOperation::ForbiddenOperation => {
                Some("You don't have the permission to perform this operation.")
            }
            UnauthorizedOperation::MfaExpired => Some("UnauthorizedOperation.MFAExpired"),
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
///
/// [`UnsupportedOperation::General`] is the bare code `UnsupportedOperation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnsupportedOperation {
    /// `UnsupportedOperation`: Unsupported operation.
    General,
    /// `UnsupportedOperation.AddressIdNotFound`: The IP was not found.
    AddressIdNotFound,
    /// `UnsupportedOperation.AlreadyBindEip`: The specified instance has been bound to an EIP.
    /// You must unbind it from the current EIP first before you can bind it to another EIP.
    AlreadyBindEip,
    /// `UnsupportedOperation.AttachmentAlreadyExists`: The ENI is already associated with an
    /// instance.
    AttachmentAlreadyExists,
    /// `UnsupportedOperation.AttachmentNotFound`: The instance is not associated.
    AttachmentNotFound,
    /// `UnsupportedOperation.DelDefaultRoute`: The default route table cannot be deleted.
    DelDefaultRoute,
    /// `UnsupportedOperation.DelRouteWithSubnet`: The route table associated with a subnet
    /// cannot be deleted.
    DelRouteWithSubnet,
    /// `UnsupportedOperation.DuplicatePolicy`: The security group policy is duplicate.
    DuplicatePolicy,
    /// `UnsupportedOperation.Ecmp`: The ECMP is not supported.
    Ecmp,
    /// `UnsupportedOperation.EcmpWithCcnRoute`: ECMP was formed with the CCN route.
    EcmpWithCcnRoute,
    /// `UnsupportedOperation.EcmpWithUserRoute`: ECMP was formed with the custom route.
    EcmpWithUserRoute,
    /// `UnsupportedOperation.InstanceIdNotFound`: The instance ID is invalid, as the specified
    /// instance ID does not exist.
    InstanceIdNotFound,
    /// `UnsupportedOperation.InstanceIdNotSupported`: The instance is not supported.
    InstanceIdNotSupported,
    /// `UnsupportedOperation.InstanceTypeNotSupportImage`: The current model does not support
    /// the selected image.
    InstanceTypeNotSupportImage,
    /// `UnsupportedOperation.InvalidInstanceState`: This operation cannot be performed in the
    /// current status.
    InvalidInstanceState,
    /// `UnsupportedOperation.InvalidNetworkInterfaceIdNotFound`: The specified
    /// NetworkInterfaceId does not exist, or the specified PrivateIpAddress is not on the
    /// NetworkInterfaceId.
    InvalidNetworkInterfaceIdNotFound,
    /// `UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip`: The specified private IP
    /// of the specified ENI has already been bound to an EIP. A private IP cannot be bound to
    /// more than one EIP.
    InvalidPrivateIpAddressAlreadyBindEip,
    /// `UnsupportedOperation.InvalidState`: The resource status is invalid.
    InvalidState,
    /// `UnsupportedOperation.Malformed`: Please check whether the provided IP address is
    /// complete.
    Malformed,
    /// `UnsupportedOperation.MutexOperationTaskRunning`: A task with a mutually exclusive
    /// resource is being executed.
    MutexOperationTaskRunning,
    /// `UnsupportedOperation.QuotaLimitExceeded`: The instance specification supports binding
    /// only three EIPs.
    QuotaLimitExceeded,
    /// `UnsupportedOperation.SnapHasShared`: UnsupportedOperation.SnapHasShared
    SnapHasShared,
    /// `UnsupportedOperation.SnapshotHasBindedImage`:
    /// UnsupportedOperation.SnapshotHasBindedImage
    SnapshotHasBindedImage,
    /// `UnsupportedOperation.StatusNotPermit`: This operation cannot be performed in the
    /// current status.
    StatusNotPermit,
    /// `UnsupportedOperation.SystemRoute`: Operations on the system route are prohibited.
    SystemRoute,
    /// `UnsupportedOperation.VersionMismatch`: The specified version number of the security
    /// group rule is inconsistent with the latest version.
    VersionMismatch,
    /// `UnsupportedOperation.VpcMismatch`: The resources are not in the same VPC.
    VpcMismatch,
    /// A code `UnsupportedOperation.…` the documentation does not list; holds the whole wire code.
    Unknown(String),
}

impl UnsupportedOperation {
    /// Parses a wire code known to be of this category.
    fn from_wire(code: &str) -> Self {
        match code {
            "UnsupportedOperation" => UnsupportedOperation::General,
            "UnsupportedOperation.AddressIdNotFound" => {
                UnsupportedOperation::AddressIdNotFound
            }
            "UnsupportedOperation.AlreadyBindEip" => UnsupportedOperation::AlreadyBindEip,
            "UnsupportedOperation.AttachmentAlreadyExists" => {
                UnsupportedOperation::AttachmentAlreadyExists
            }
            "UnsupportedOperation.AttachmentNotFound" => {
                UnsupportedOperation::AttachmentNotFound
            }
            "UnsupportedOperation.DelDefaultRoute" => {
                UnsupportedOperation::DelDefaultRoute
            }
            "UnsupportedOperation.DelRouteWithSubnet" => {
                UnsupportedOperation::DelRouteWithSubnet
            }
            "UnsupportedOperation.DuplicatePolicy" => {
                UnsupportedOperation::DuplicatePolicy
            }
            "UnsupportedOperation.Ecmp" => UnsupportedOperation::Ecmp,
            "UnsupportedOperation.EcmpWithCcnRoute" => {
                UnsupportedOperation::EcmpWithCcnRoute
            }
            "UnsupportedOperation.EcmpWithUserRoute" => {
                UnsupportedOperation::EcmpWithUserRoute
            }
            "UnsupportedOperation.InstanceIdNotFound" => {
                UnsupportedOperation::InstanceIdNotFound
            }
            "UnsupportedOperation.InstanceIdNotSupported" => {
                UnsupportedOperation::InstanceIdNotSupported
            }
            "UnsupportedOperation.InstanceTypeNotSupportImage" => {
                UnsupportedOperation::InstanceTypeNotSupportImage
            }
            "UnsupportedOperation.InvalidInstanceState" => {
                UnsupportedOperation::InvalidInstanceState
            }
            "UnsupportedOperation.InvalidNetworkInterfaceIdNotFound" => {
                UnsupportedOperation::InvalidNetworkInterfaceIdNotFound
            }
            "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip" => {
                UnsupportedOperation::InvalidPrivateIpAddressAlreadyBindEip
            }
            "UnsupportedOperation.InvalidState" => UnsupportedOperation::InvalidState,
            "UnsupportedOperation.Malformed" => UnsupportedOperation::Malformed,
            "UnsupportedOperation.MutexOperationTaskRunning" => {
                UnsupportedOperation::MutexOperationTaskRunning
            }
            "UnsupportedOperation.QuotaLimitExceeded" => {
                UnsupportedOperation::QuotaLimitExceeded
            }
            "UnsupportedOperation.SnapHasShared" => UnsupportedOperation::SnapHasShared,
            "UnsupportedOperation.SnapshotHasBindedImage" => {
                UnsupportedOperation::SnapshotHasBindedImage
            }
            "UnsupportedOperation.StatusNotPermit" => {
                UnsupportedOperation::StatusNotPermit
            }
            "UnsupportedOperation.SystemRoute" => UnsupportedOperation::SystemRoute,
            "UnsupportedOperation.VersionMismatch" => {
                UnsupportedOperation::VersionMismatch
            }
            "UnsupportedOperation.VpcMismatch" => UnsupportedOperation::VpcMismatch,
            _ => UnsupportedOperation::Unknown(code.to_owned()),
        }
    }

    /// The wire code, e.g. for logging.
    pub fn as_str(&self) -> &str {
        match self {
            UnsupportedOperation::General => "UnsupportedOperation",
            UnsupportedOperation::AddressIdNotFound => {
                "UnsupportedOperation.AddressIdNotFound"
            }
            UnsupportedOperation::AlreadyBindEip => "UnsupportedOperation.AlreadyBindEip",
            UnsupportedOperation::AttachmentAlreadyExists => {
                "UnsupportedOperation.AttachmentAlreadyExists"
            }
            UnsupportedOperation::AttachmentNotFound => {
                "UnsupportedOperation.AttachmentNotFound"
            }
            UnsupportedOperation::DelDefaultRoute => {
                "UnsupportedOperation.DelDefaultRoute"
            }
            UnsupportedOperation::DelRouteWithSubnet => {
                "UnsupportedOperation.DelRouteWithSubnet"
            }
            UnsupportedOperation::DuplicatePolicy => {
                "UnsupportedOperation.DuplicatePolicy"
            }
            UnsupportedOperation::Ecmp => "UnsupportedOperation.Ecmp",
            UnsupportedOperation::EcmpWithCcnRoute => {
                "UnsupportedOperation.EcmpWithCcnRoute"
            }
            UnsupportedOperation::EcmpWithUserRoute => {
                "UnsupportedOperation.EcmpWithUserRoute"
            }
            UnsupportedOperation::InstanceIdNotFound => {
                "UnsupportedOperation.InstanceIdNotFound"
            }
            UnsupportedOperation::InstanceIdNotSupported => {
                "UnsupportedOperation.InstanceIdNotSupported"
            }
            UnsupportedOperation::InstanceTypeNotSupportImage => {
                "UnsupportedOperation.InstanceTypeNotSupportImage"
            }
            UnsupportedOperation::InvalidInstanceState => {
                "UnsupportedOperation.InvalidInstanceState"
            }
            UnsupportedOperation::InvalidNetworkInterfaceIdNotFound => {
                "UnsupportedOperation.InvalidNetworkInterfaceIdNotFound"
            }
            UnsupportedOperation::InvalidPrivateIpAddressAlreadyBindEip => {
                "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip"
            }
            UnsupportedOperation::InvalidState => "UnsupportedOperation.InvalidState",
            UnsupportedOperation::Malformed => "UnsupportedOperation.Malformed",
            UnsupportedOperation::MutexOperationTaskRunning => {
                "UnsupportedOperation.MutexOperationTaskRunning"
            }
            UnsupportedOperation::QuotaLimitExceeded => {
                "UnsupportedOperation.QuotaLimitExceeded"
            }
            UnsupportedOperation::SnapHasShared => "UnsupportedOperation.SnapHasShared",
            UnsupportedOperation::SnapshotHasBindedImage => {
                "UnsupportedOperation.SnapshotHasBindedImage"
            }
            UnsupportedOperation::StatusNotPermit => {
                "UnsupportedOperation.StatusNotPermit"
            }
            UnsupportedOperation::SystemRoute => "UnsupportedOperation.SystemRoute",
            UnsupportedOperation::VersionMismatch => {
                "UnsupportedOperation.VersionMismatch"
            }
            UnsupportedOperation::VpcMismatch => "UnsupportedOperation.VpcMismatch",
            UnsupportedOperation::Unknown(code) => code,
        }
    }

    /// The documentation's description of the code; `None` for unknown codes and
    /// the few codes documented without one.
    pub fn description(&self) -> Option<&'static str> {
        match self {
            UnsupportedOperation::General => Some("Unsupported operation."),
            UnsupportedOperation::AddressIdNotFound => Some("The IP was not found."),
            UnsupportedOperation::AlreadyBindEip => {
                Some(
                    "The specified instance has been bound to an EIP. You must unbind it from the current EIP first before you can bind it to another EIP.",
                )
            }
            UnsupportedOperation::AttachmentAlreadyExists => {
                Some("The ENI is already associated with an instance.")
            }
            UnsupportedOperation::AttachmentNotFound => {
                Some("The instance is not associated.")
            }
            UnsupportedOperation::DelDefaultRoute => {
                Some("The default route table cannot be deleted.")
            }
            UnsupportedOperation::DelRouteWithSubnet => {
                Some("The route table associated with a subnet cannot be deleted.")
            }
            UnsupportedOperation::DuplicatePolicy => {
                Some("The security group policy is duplicate.")
            }
            UnsupportedOperation::Ecmp => Some("The ECMP is not supported."),
            UnsupportedOperation::EcmpWithCcnRoute => {
                Some("ECMP was formed with the CCN route.")
            }
            UnsupportedOperation::EcmpWithUserRoute => {
                Some("ECMP was formed with the custom route.")
            }
            UnsupportedOperation::InstanceIdNotFound => {
                Some(
                    "The instance ID is invalid, as the specified instance ID does not exist.",
                )
            }
            UnsupportedOperation::InstanceIdNotSupported => {
                Some("The instance is not supported.")
            }
            UnsupportedOperation::InstanceTypeNotSupportImage => {
                Some("The current model does not support the selected image.")
            }
            UnsupportedOperation::InvalidInstanceState => {
                Some("This operation cannot be performed in the current status.")
            }
            UnsupportedOperation::InvalidNetworkInterfaceIdNotFound => {
                Some(
                    "The specified NetworkInterfaceId does not exist, or the specified PrivateIpAddress is not on the NetworkInterfaceId.",
                )
            }
            UnsupportedOperation::InvalidPrivateIpAddressAlreadyBindEip => {
                Some(
                    "The specified private IP of the specified ENI has already been bound to an EIP. A private IP cannot be bound to more than one EIP.",
                )
            }
            UnsupportedOperation::InvalidState => Some("The resource status is invalid."),
            UnsupportedOperation::Malformed => {
                Some("Please check whether the provided IP address is complete.")
            }
            UnsupportedOperation::MutexOperationTaskRunning => {
                Some("A task with a mutually exclusive resource is being executed.")
            }
            UnsupportedOperation::QuotaLimitExceeded => {
                Some("The instance specification supports binding only three EIPs.")
            }
            UnsupportedOperation::SnapHasShared => {
                Some("UnsupportedOperation.SnapHasShared")
            }
            UnsupportedOperation::SnapshotHasBindedImage => {
                Some("UnsupportedOperation.SnapshotHasBindedImage")
            }
            UnsupportedOperation::StatusNotPermit => {
                Some("This operation cannot be performed in the current status.")
            }
            UnsupportedOperation::SystemRoute => {
                Some("Operations on the system route are prohibited.")
            }
            UnsupportedOperation::VersionMismatch => {
                Some(
                    "The specified version number of the security group rule is inconsistent with the latest version.",
                )
            }
            UnsupportedOperation::VpcMismatch => {
                Some("The resources are not in the same VPC.")
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
