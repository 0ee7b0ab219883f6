// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "EIP APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    Address, EipDirectConnection, EipQuota, Filter, InternetServiceProvider, Tag,
    TaskResult,
};

/// Releases EIP (`ReleaseAddresses`).
///
/// This API is used to release one or multiple EIPs.
///
/// This operation is irreversible. Once you release an EIP, the IP address associated with
/// it will no longer belong to you.
///
/// Only EIPs in UNBIND status can be released.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.AddressIdNotFound`: The IP was not found.
/// - `UnsupportedOperation.Malformed`: Please check whether the provided IP address is
///   complete.
/// - `UnsupportedOperation.StatusNotPermit`: This operation cannot be performed in the
///   current status.
///
/// Send it with `ecm_sdk::Client::release_addresses` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleaseAddressesRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// List of unique IDs of EIPs.
    ///
    /// Wire name `AddressIds`; required.
    pub address_ids: Option<Vec<String>>,
}

impl Serialize for ReleaseAddressesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReleaseAddressesRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("AddressIds", &self.address_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ReleaseAddressesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ReleaseAddressesRequest {
    const NAME: &'static str = "ReleaseAddressesRequest";
    const FIELDS: &'static [&'static str] = &["EcmRegion", "AddressIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "AddressIds" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_ids = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ReleaseAddressesRequest {
    /// Creates an empty `ReleaseAddressesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `AddressIds` (required).
    pub fn address_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.address_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for ReleaseAddressesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("AddressIds", &self.address_ids)?;
        Ok(())
    }
}

/// The response of `ReleaseAddresses` (see [`ReleaseAddressesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleaseAddressesResponse {
    /// Async task ID (TaskId). You can use the DescribeTaskResult API to query the task status.
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ReleaseAddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReleaseAddressesResponse")
            .member("TaskId", &self.task_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ReleaseAddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ReleaseAddressesResponse {
    const NAME: &'static str = "ReleaseAddressesResponse";
    const FIELDS: &'static [&'static str] = &["TaskId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
            "RequestId" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ReleaseAddressesResponse {
    /// Creates an empty `ReleaseAddressesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ReleaseAddressesRequest {
    type Output = ReleaseAddressesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ReleaseAddresses",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.AddressIdNotFound",
            "UnsupportedOperation.Malformed",
            "UnsupportedOperation.StatusNotPermit",
        ],
    };
}

/// Modifies EIP bandwidth (`ModifyAddressesBandwidth`).
///
/// This API is used to modify the EIP bandwidth.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.BandwidthOutOfRange`: The bandwidth exceeds the limit.
/// - `InvalidParameterValue.InvalidBandwidth`: The bandwidth size is invalid.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.AddressIdNotFound`: The IP was not found.
/// - `UnsupportedOperation.StatusNotPermit`: This operation cannot be performed in the
///   current status.
///
/// Send it with `ecm_sdk::Client::modify_addresses_bandwidth` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyAddressesBandwidthRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Unique EIP ID, such as eip-xxxxxxx
    ///
    /// Wire name `AddressIds`; required.
    pub address_ids: Option<Vec<String>>,
    /// Target bandwidth value
    ///
    /// Wire name `InternetMaxBandwidthOut`; required.
    pub internet_max_bandwidth_out: Option<i64>,
}

impl Serialize for ModifyAddressesBandwidthRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyAddressesBandwidthRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("AddressIds", &self.address_ids)
            .member("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyAddressesBandwidthRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyAddressesBandwidthRequest {
    const NAME: &'static str = "ModifyAddressesBandwidthRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "AddressIds",
        "InternetMaxBandwidthOut",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "AddressIds" => Some(1),
            "InternetMaxBandwidthOut" => Some(2),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_ids = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.internet_max_bandwidth_out = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyAddressesBandwidthRequest {
    /// Creates an empty `ModifyAddressesBandwidthRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `AddressIds` (required).
    pub fn address_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.address_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `InternetMaxBandwidthOut` (required).
    pub fn internet_max_bandwidth_out(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_out = Some(value);
        self
    }
}

impl Validate for ModifyAddressesBandwidthRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("AddressIds", &self.address_ids)?;
        require("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)?;
        Ok(())
    }
}

/// The response of `ModifyAddressesBandwidth` (see [`ModifyAddressesBandwidthRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyAddressesBandwidthResponse {
    /// Async task ID.
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyAddressesBandwidthResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyAddressesBandwidthResponse")
            .member("TaskId", &self.task_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyAddressesBandwidthResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyAddressesBandwidthResponse {
    const NAME: &'static str = "ModifyAddressesBandwidthResponse";
    const FIELDS: &'static [&'static str] = &["TaskId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
            "RequestId" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyAddressesBandwidthResponse {
    /// Creates an empty `ModifyAddressesBandwidthResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyAddressesBandwidthRequest {
    type Output = ModifyAddressesBandwidthResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyAddressesBandwidth",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.BandwidthOutOfRange",
            "InvalidParameterValue.InvalidBandwidth",
            "LimitExceeded",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.AddressIdNotFound",
            "UnsupportedOperation.StatusNotPermit",
        ],
    };
}

/// Modifies EIP attributes (`ModifyAddressAttribute`).
///
/// This API is used to modify EIP attributes.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.AddressIdNotFound`: The IP was not found.
/// - `UnsupportedOperation.Malformed`: Please check whether the provided IP address is
///   complete.
/// - `UnsupportedOperation.StatusNotPermit`: This operation cannot be performed in the
///   current status.
///
/// Send it with `ecm_sdk::Client::modify_address_attribute` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyAddressAttributeRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Unique EIP ID, such as eip-11112222.
    ///
    /// Wire name `AddressId`; required.
    pub address_id: Option<String>,
    /// New EIP name, which can contain up to 20 characters.
    ///
    /// Wire name `AddressName`; optional.
    pub address_name: Option<String>,
    /// Whether "direct access" is enabled for the EIP. TRUE: yes. FALSE: no. Note that this
    /// parameter is available only to users who have activated the EIP direct access feature.
    ///
    /// Wire name `EipDirectConnection`; optional.
    pub eip_direct_connection: Option<EipDirectConnection>,
}

impl Serialize for ModifyAddressAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyAddressAttributeRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("AddressId", &self.address_id)
            .member("AddressName", &self.address_name)
            .member("EipDirectConnection", &self.eip_direct_connection)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyAddressAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyAddressAttributeRequest {
    const NAME: &'static str = "ModifyAddressAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "AddressId",
        "AddressName",
        "EipDirectConnection",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "AddressId" => Some(1),
            "AddressName" => Some(2),
            "EipDirectConnection" => Some(3),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.address_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.eip_direct_connection = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyAddressAttributeRequest {
    /// Creates an empty `ModifyAddressAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `AddressId` (required).
    pub fn address_id(mut self, value: impl Into<String>) -> Self {
        self.address_id = Some(value.into());
        self
    }

    /// Sets `AddressName`.
    pub fn address_name(mut self, value: impl Into<String>) -> Self {
        self.address_name = Some(value.into());
        self
    }

    /// Sets `EipDirectConnection`.
    pub fn eip_direct_connection(
        mut self,
        value: impl Into<EipDirectConnection>,
    ) -> Self {
        self.eip_direct_connection = Some(value.into());
        self
    }
}

impl Validate for ModifyAddressAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("AddressId", &self.address_id)?;
        Ok(())
    }
}

/// The response of `ModifyAddressAttribute` (see [`ModifyAddressAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyAddressAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyAddressAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyAddressAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyAddressAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyAddressAttributeResponse {
    const NAME: &'static str = "ModifyAddressAttributeResponse";
    const FIELDS: &'static [&'static str] = &["RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RequestId" => Some(0),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if index == 0 {
            self.request_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl ModifyAddressAttributeResponse {
    /// Creates an empty `ModifyAddressAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyAddressAttributeRequest {
    type Output = ModifyAddressAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyAddressAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.ParameterValueTooLarge",
            "InvalidParameterValue.TooLong",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.AddressIdNotFound",
            "UnsupportedOperation.Malformed",
            "UnsupportedOperation.StatusNotPermit",
        ],
    };
}

/// Unbinds EIP (`DisassociateAddress`).
///
/// This API is used to unbind an EIP.
///
/// Only EIPs in BIND or BIND_ENI status can be unbound.
///
/// Blocked EIPs cannot be unbound.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvaildAddressId`: The EIP is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.AddressIdNotFound`: The IP was not found.
/// - `UnsupportedOperation.InstanceIdNotFound`: The instance ID is invalid, as the
///   specified instance ID does not exist.
/// - `UnsupportedOperation.InstanceIdNotSupported`: The instance is not supported.
/// - `UnsupportedOperation.QuotaLimitExceeded`: The instance specification supports binding
///   only three EIPs.
/// - `UnsupportedOperation.StatusNotPermit`: This operation cannot be performed in the
///   current status.
///
/// Send it with `ecm_sdk::Client::disassociate_address` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisassociateAddressRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Unique EIP ID, such as eip-11112222.
    ///
    /// Wire name `AddressId`; required.
    pub address_id: Option<String>,
    /// Indicates whether to assign a general public IP after unbinding an EIP. Valid values:
    ///
    /// TRUE: yes
    ///
    /// FALSE: no.
    ///
    /// Default value: FALSE.
    ///
    /// You can specify this parameter only under the following conditions:
    ///
    /// You can specify this parameter only when you unbind an EIP from the primary private IP
    /// of the primary ENI.
    ///
    /// An account can reassign a general public IP after unbinding an EIP 10 times a day. More
    /// information can be obtained through the DescribeAddressQuota API.
    ///
    /// Wire name `ReallocateNormalPublicIp`; optional.
    pub reallocate_normal_public_ip: Option<bool>,
}

impl Serialize for DisassociateAddressRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisassociateAddressRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("AddressId", &self.address_id)
            .member("ReallocateNormalPublicIp", &self.reallocate_normal_public_ip)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DisassociateAddressRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DisassociateAddressRequest {
    const NAME: &'static str = "DisassociateAddressRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "AddressId",
        "ReallocateNormalPublicIp",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "AddressId" => Some(1),
            "ReallocateNormalPublicIp" => Some(2),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.reallocate_normal_public_ip = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl DisassociateAddressRequest {
    /// Creates an empty `DisassociateAddressRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `AddressId` (required).
    pub fn address_id(mut self, value: impl Into<String>) -> Self {
        self.address_id = Some(value.into());
        self
    }

    /// Sets `ReallocateNormalPublicIp`.
    pub fn reallocate_normal_public_ip(mut self, value: bool) -> Self {
        self.reallocate_normal_public_ip = Some(value);
        self
    }
}

impl Validate for DisassociateAddressRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("AddressId", &self.address_id)?;
        Ok(())
    }
}

/// The response of `DisassociateAddress` (see [`DisassociateAddressRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisassociateAddressResponse {
    /// Async task ID (TaskId). You can use the DescribeTaskResult API to query the task status.
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DisassociateAddressResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisassociateAddressResponse")
            .member("TaskId", &self.task_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DisassociateAddressResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DisassociateAddressResponse {
    const NAME: &'static str = "DisassociateAddressResponse";
    const FIELDS: &'static [&'static str] = &["TaskId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
            "RequestId" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DisassociateAddressResponse {
    /// Creates an empty `DisassociateAddressResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DisassociateAddressRequest {
    type Output = DisassociateAddressResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DisassociateAddress",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvaildAddressId",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "MissingParameter",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.AddressIdNotFound",
            "UnsupportedOperation.InstanceIdNotFound",
            "UnsupportedOperation.InstanceIdNotSupported",
            "UnsupportedOperation.QuotaLimitExceeded",
            "UnsupportedOperation.StatusNotPermit",
        ],
    };
}

/// Queries the execution result of async task (`DescribeTaskResult`).
///
/// This API is used to query the execution result of an EIP async task.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_task_result` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTaskResultRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Async task ID.
    ///
    /// Wire name `TaskId`; required.
    pub task_id: Option<String>,
}

impl Serialize for DescribeTaskResultRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTaskResultRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("TaskId", &self.task_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeTaskResultRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeTaskResultRequest {
    const NAME: &'static str = "DescribeTaskResultRequest";
    const FIELDS: &'static [&'static str] = &["EcmRegion", "TaskId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "TaskId" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeTaskResultRequest {
    /// Creates an empty `DescribeTaskResultRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `TaskId` (required).
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}

impl Validate for DescribeTaskResultRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("TaskId", &self.task_id)?;
        Ok(())
    }
}

/// The response of `DescribeTaskResult` (see [`DescribeTaskResultRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTaskResultResponse {
    /// Async task ID.
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// Execution result. Valid values: SUCCESS; FAILED; RUNNING.
    ///
    /// Wire name `Result`.
    pub result: Option<TaskResult>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeTaskResultResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTaskResultResponse")
            .member("TaskId", &self.task_id)
            .member("Result", &self.result)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeTaskResultResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeTaskResultResponse {
    const NAME: &'static str = "DescribeTaskResultResponse";
    const FIELDS: &'static [&'static str] = &["TaskId", "Result", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
            "Result" => Some(1),
            "RequestId" => Some(2),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.result = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeTaskResultResponse {
    /// Creates an empty `DescribeTaskResultResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `Result`.
    pub fn set_result(mut self, value: impl Into<TaskResult>) -> Self {
        self.result = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeTaskResultRequest {
    type Output = DescribeTaskResultResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeTaskResult",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "MissingParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries EIP list (`DescribeAddresses`).
///
/// This API is used to query the list of EIPs.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `AddressSet` (20 per page by default, at most
///   100).
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.Malformed`: Please check whether the provided IP address is
///   complete.
///
/// Send it with `ecm_sdk::Client::describe_addresses` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeAddressesRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// List of unique IDs of EIPs, such as eip-11112222. AddressIds and Filters cannot be
    /// specified at the same time.
    ///
    /// Wire name `AddressIds`; optional.
    pub address_ids: Option<Vec<String>>,
    /// Each request can contain up to 10 Filters and 5 Filter.Values. AddressIds and Filters
    /// cannot be specified at the same time. The detailed filters are as follows:
    ///
    /// address-id - String - Required: no - (Filter) Filter by unique EIP ID, such as
    /// eip-11112222.
    ///
    /// address-name - String - Required: no - (Filter) Filter by EIP name. Fuzzy filtering is
    /// not supported.
    ///
    /// address-ip - String - Required: no - (Filter) Filter by EIP IP address.
    ///
    /// address-status - String - Required: no - (Filter) Filter by EIP status. Value range: see
    /// the list of EIP status.
    ///
    /// instance-id - String - Required: no - (Filter) Filter by the ID of the instance bound to
    /// the EIP, such as ins-11112222.
    ///
    /// private-ip-address - String - Required: no - (Filter) Filter by the private IP bound to
    /// the EIP.
    ///
    /// network-interface-id - String - Required: no - (Filter) Filter by ID of the ENI bound to
    /// the EIP, such as eni-11112222.
    ///
    /// is-arrears - String - Required: no - (Filter) Filter by whether the EIP is overdue
    /// (TRUE: the EIP is overdue | FALSE: the billing status of the EIP is normal)
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of results to be returned. Default value: 20. Maximum value: 100.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
}

impl Serialize for DescribeAddressesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeAddressesRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("AddressIds", &self.address_ids)
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeAddressesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeAddressesRequest {
    const NAME: &'static str = "DescribeAddressesRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "AddressIds",
        "Filters",
        "Offset",
        "Limit",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "AddressIds" => Some(1),
            "Filters" => Some(2),
            "Offset" => Some(3),
            "Limit" => Some(4),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_ids = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.filters = map.next_value()?,
            3 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeAddressesRequest {
    /// Creates an empty `DescribeAddressesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `AddressIds`.
    pub fn address_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.address_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeAddressesFilter`];
    /// [`DescribeAddressesFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeAddressesFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
}

/// A filter of `DescribeAddresses` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// Documented limits: at most 10 filters per request, at most 5 values per filter.
///
/// ```
/// use ecm_sdk::actions::{DescribeAddressesRequest, DescribeAddressesFilter};
///
/// let request = DescribeAddressesRequest::new().filters([
///     DescribeAddressesFilter::address_id(["value"]),
///     DescribeAddressesFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeAddressesFilter(Filter);
impl DescribeAddressesFilter {
    /// `address-id`: Filter by unique EIP ID, such as eip-11112222.
    ///
    /// Values documented as String.
    pub fn address_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("address-id").values(values))
    }

    /// `address-name`: Filter by EIP name. Fuzzy filtering is not supported.
    ///
    /// Values documented as String.
    pub fn address_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("address-name").values(values))
    }

    /// `address-ip`: Filter by EIP IP address.
    ///
    /// Values documented as String.
    pub fn address_ip(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("address-ip").values(values))
    }

    /// `address-status`: Filter by EIP status. Value range: see the list of EIP status.
    ///
    /// Values documented as String.
    pub fn address_status(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("address-status").values(values))
    }

    /// `instance-id`: Filter by the ID of the instance bound to the EIP, such as ins-11112222.
    ///
    /// Values documented as String.
    pub fn instance_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-id").values(values))
    }

    /// `private-ip-address`: Filter by the private IP bound to the EIP.
    ///
    /// Values documented as String.
    pub fn private_ip_address(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("private-ip-address").values(values))
    }

    /// `network-interface-id`: Filter by ID of the ENI bound to the EIP, such as eni-11112222.
    ///
    /// Values documented as String.
    pub fn network_interface_id(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("network-interface-id").values(values))
    }

    /// `is-arrears`: Filter by whether the EIP is overdue (TRUE: the EIP is overdue | FALSE:
    /// the billing status of the EIP is normal)
    ///
    /// Values documented as String.
    pub fn is_arrears(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("is-arrears").values(values))
    }

    /// A filter the documentation does not list, by its wire name (the escape hatch:
    /// nothing checks the name).
    pub fn raw(
        name: impl Into<String>,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name(name).values(values))
    }

    /// The filter name as sent.
    pub fn name(&self) -> &str {
        self.0.name.as_deref().unwrap_or_default()
    }

    /// The filter values as sent.
    pub fn values(&self) -> &[String] {
        self.0.values.as_deref().unwrap_or_default()
    }

    /// The wire `Filter`.
    pub fn into_filter(self) -> Filter {
        self.0
    }
}

impl From<DescribeAddressesFilter> for Filter {
    fn from(filter: DescribeAddressesFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeAddressesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeAddresses` (see [`DescribeAddressesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeAddressesResponse {
    /// Number of eligible EIPs.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// List of EIP details.
    ///
    /// Wire name `AddressSet`.
    pub address_set: Option<Vec<Address>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeAddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeAddressesResponse")
            .member("TotalCount", &self.total_count)
            .member("AddressSet", &self.address_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeAddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeAddressesResponse {
    const NAME: &'static str = "DescribeAddressesResponse";
    const FIELDS: &'static [&'static str] = &["TotalCount", "AddressSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "AddressSet" => Some(1),
            "RequestId" => Some(2),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.total_count = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeAddressesResponse {
    /// Creates an empty `DescribeAddressesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `AddressSet`.
    pub fn set_address_set(mut self, value: impl IntoIterator<Item = Address>) -> Self {
        self.address_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeAddressesResponse {
    /// `AddressSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn address_set(&self) -> &[Address] {
        self.address_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeAddressesRequest {
    type Output = DescribeAddressesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeAddresses",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.ParameterValueTooLarge",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.Malformed",
        ],
    };
}

impl Paginated for DescribeAddressesRequest {
    type Item = Address;
    const MAX_LIMIT: Option<u32> = Some(100);

    fn page_offset(&self) -> Option<u64> {
        self.offset.and_then(|value| u64::try_from(value).ok())
    }

    fn set_page_offset(&mut self, offset: u64) {
        self.offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));
    }

    fn page_limit(&self) -> Option<u32> {
        self.limit.and_then(|value| u32::try_from(value).ok())
    }

    fn set_page_limit(&mut self, limit: u32) {
        self.limit = Some(i64::from(limit));
    }

    fn total_count(output: &Self::Output) -> Option<u64> {
        output.total_count.and_then(|value| u64::try_from(value).ok())
    }

    fn into_items(output: Self::Output) -> Vec<Self::Item> {
        output.address_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.address_set.as_ref().map(Vec::len)
    }
}

/// Queries EIP quota (`DescribeAddressQuota`).
///
/// This API is used to query the quota information of the EIP under your account in the
/// current region.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_address_quota` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeAddressQuotaRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for DescribeAddressQuotaRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeAddressQuotaRequest")
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeAddressQuotaRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeAddressQuotaRequest {
    const NAME: &'static str = "DescribeAddressQuotaRequest";
    const FIELDS: &'static [&'static str] = &["EcmRegion"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if index == 0 {
            self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeAddressQuotaRequest {
    /// Creates an empty `DescribeAddressQuotaRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for DescribeAddressQuotaRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `DescribeAddressQuota` (see [`DescribeAddressQuotaRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeAddressQuotaResponse {
    /// Quota information of EIPs in the account.
    ///
    /// Wire name `QuotaSet`.
    pub quota_set: Option<Vec<EipQuota>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeAddressQuotaResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeAddressQuotaResponse")
            .member("QuotaSet", &self.quota_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeAddressQuotaResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeAddressQuotaResponse {
    const NAME: &'static str = "DescribeAddressQuotaResponse";
    const FIELDS: &'static [&'static str] = &["QuotaSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "QuotaSet" => Some(0),
            "RequestId" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.quota_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeAddressQuotaResponse {
    /// Creates an empty `DescribeAddressQuotaResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `QuotaSet`.
    pub fn set_quota_set(mut self, value: impl IntoIterator<Item = EipQuota>) -> Self {
        self.quota_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeAddressQuotaResponse {
    /// `QuotaSet` as a slice, empty when the response omits it (the field tells the two apart).
    pub fn quota_set(&self) -> &[EipQuota] {
        self.quota_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeAddressQuotaRequest {
    type Output = DescribeAddressQuotaResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeAddressQuota",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidRegion",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Binds EIP (`AssociateAddress`).
///
/// This API is used to bind an EIP to an instance or the specified private IP of an ENI.
///
/// Binding an EIP to an instance (ECM) is essentially to bind it to the primary private IP
/// of the primary ENI of the instance.
///
/// When you bind an EIP to the private IP of the specified ENI, if the private IP is
/// already bound to an EIP or public IP, a failure will be reported, and you must unbind it
/// first before you can bind it to a new EIP. Only EIPs in UNBIND status can be bound to a
/// private IP.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.InvalidStatus`: This operation cannot be performed in the current
///   status.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `FailedOperation.PrivateIpAddressUnavailable`: The private IP is unavailable.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.InvalidParameterConflict`: The two specified parameters conflict. An
///   EIP can only be bound to an instance or the specified private IP of the specified ENI.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvaildEniID`: The ENI ID is invalid.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `LimitExceeded.AddressQuotaLimitExceeded`: The number applied for exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
/// - `MissingParameter.MissingAssociateEntity`: The entity parameter to be associated is
///   missing.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.AddressIdNotFound`: The IP was not found.
/// - `UnsupportedOperation.AlreadyBindEip`: The specified instance has been bound to an
///   EIP. You must unbind it from the current EIP first before you can bind it to another
///   EIP.
/// - `UnsupportedOperation.InstanceIdNotFound`: The instance ID is invalid, as the
///   specified instance ID does not exist.
/// - `UnsupportedOperation.InstanceIdNotSupported`: The instance is not supported.
/// - `UnsupportedOperation.InvalidNetworkInterfaceIdNotFound`: The specified
///   NetworkInterfaceId does not exist, or the specified PrivateIpAddress is not on the
///   NetworkInterfaceId.
/// - `UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip`: The specified private IP
///   of the specified ENI has already been bound to an EIP. A private IP cannot be bound to
///   more than one EIP.
/// - `UnsupportedOperation.Malformed`: Please check whether the provided IP address is
///   complete.
/// - `UnsupportedOperation.StatusNotPermit`: This operation cannot be performed in the
///   current status.
///
/// Send it with `ecm_sdk::Client::associate_address` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssociateAddressRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Unique EIP ID, such as eip-11112222.
    ///
    /// Wire name `AddressId`; required.
    pub address_id: Option<String>,
    /// ID of the instance to be bound.
    ///
    /// Wire name `InstanceId`; optional.
    pub instance_id: Option<String>,
    /// ID of the ENI to be bound, such as eni-11112222. NetworkInterfaceId and InstanceId
    /// cannot be specified at the same time. The ENI ID can be obtained from the
    /// networkInterfaceId field in the returned value of the DescribeNetworkInterfaces API.
    ///
    /// Wire name `NetworkInterfaceId`; optional.
    pub network_interface_id: Option<String>,
    /// Private IP to be bound. If you specify NetworkInterfaceId, you must also specify
    /// PrivateIpAddress, which means to bind the EIP to the specified private IP of the
    /// specified ENI. You must also make sure that the specified PrivateIpAddress is a private
    /// IP of the specified NetworkInterfaceId. The private IP of the specified ENI can be
    /// obtained from the privateIpAddress field in the returned value of the
    /// DescribeNetworkInterfaces API.
    ///
    /// Wire name `PrivateIpAddress`; optional.
    pub private_ip_address: Option<String>,
}

impl Serialize for AssociateAddressRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssociateAddressRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("AddressId", &self.address_id)
            .member("InstanceId", &self.instance_id)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("PrivateIpAddress", &self.private_ip_address)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for AssociateAddressRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for AssociateAddressRequest {
    const NAME: &'static str = "AssociateAddressRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "AddressId",
        "InstanceId",
        "NetworkInterfaceId",
        "PrivateIpAddress",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "AddressId" => Some(1),
            "InstanceId" => Some(2),
            "NetworkInterfaceId" => Some(3),
            "PrivateIpAddress" => Some(4),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.private_ip_address = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl AssociateAddressRequest {
    /// Creates an empty `AssociateAddressRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `AddressId` (required).
    pub fn address_id(mut self, value: impl Into<String>) -> Self {
        self.address_id = Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(mut self, value: impl Into<String>) -> Self {
        self.private_ip_address = Some(value.into());
        self
    }
}

impl Validate for AssociateAddressRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("AddressId", &self.address_id)?;
        Ok(())
    }
}

/// The response of `AssociateAddress` (see [`AssociateAddressRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssociateAddressResponse {
    /// Async task ID (TaskId). You can use the DescribeTaskResult API to query the task status.
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AssociateAddressResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssociateAddressResponse")
            .member("TaskId", &self.task_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for AssociateAddressResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AssociateAddressResponse {
    const NAME: &'static str = "AssociateAddressResponse";
    const FIELDS: &'static [&'static str] = &["TaskId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
            "RequestId" => Some(1),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl AssociateAddressResponse {
    /// Creates an empty `AssociateAddressResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for AssociateAddressRequest {
    type Output = AssociateAddressResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "AssociateAddress",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.InvalidStatus",
            "FailedOperation.OperationNotAllow",
            "FailedOperation.PrivateIpAddressUnavailable",
            "InvalidParameter",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.InvalidParameterConflict",
            "InvalidParameterValue",
            "InvalidParameterValue.InvaildEniID",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "LimitExceeded.AddressQuotaLimitExceeded",
            "MissingParameter",
            "MissingParameter.MissingAssociateEntity",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
            "UnsupportedOperation.AddressIdNotFound",
            "UnsupportedOperation.AlreadyBindEip",
            "UnsupportedOperation.InstanceIdNotFound",
            "UnsupportedOperation.InstanceIdNotSupported",
            "UnsupportedOperation.InvalidNetworkInterfaceIdNotFound",
            "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip",
            "UnsupportedOperation.Malformed",
            "UnsupportedOperation.StatusNotPermit",
        ],
    };
}

/// Creates EIP (`AllocateAddresses`).
///
/// This API is used to apply for one or multiple EIPs.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.InvalidStatus`: This operation cannot be performed in the current
///   status.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `FailedOperation.PrivateIpAddressBinded`: The private IP has been bound to an EIP.
/// - `FailedOperation.PrivateIpAddressUnavailable`: The private IP is unavailable.
/// - `InternalError`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.InvalidParameterConflict`: The two specified parameters conflict. An
///   EIP can only be bound to an instance or the specified private IP of the specified ENI.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.AddressQuotaLimitExceeded`: The number applied for exceeds the
///   limit.
/// - `InvalidParameterValue.InvalidAddressCount`: When you bind an ENI synchronously, you
///   can apply for only one EIP at a time.
/// - `InvalidParameterValue.InvalidBandwidth`: The bandwidth size is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `LimitExceeded.AddressQuotaLimitExceeded`: The number applied for exceeds the limit.
/// - `LimitExceeded.AddressQuotaLimitExceededDailyAllocate`: The maximum number of
///   applications has been reached. The maximum number of applications that can be made by
///   a Tencent Cloud account per day in each region is equal to twice the quota.
/// - `MissingParameter.MissingPrivateIpAddress`: The private IP address is missing.
/// - `ResourceInsufficient.IPQuotaNotEnough`: Insufficient IP resource.
/// - `ResourceNotFound`: The resource does not exist.
/// - `ResourceNotFound.InstanceNotExist`: The instance is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip`: The specified private IP
///   of the specified ENI has already been bound to an EIP. A private IP cannot be bound to
///   more than one EIP.
///
/// Send it with `ecm_sdk::Client::allocate_addresses` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AllocateAddressesRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Number of EIPs. Default value: 1.
    ///
    /// Wire name `AddressCount`; optional.
    pub address_count: Option<i64>,
    /// CMCC: China Mobile
    ///
    /// CTCC: China Telecom
    ///
    /// CUCC: China Unicom
    ///
    /// Wire name `InternetServiceProvider`; optional.
    pub internet_service_provider: Option<InternetServiceProvider>,
    /// 1–5000 Mbps. Default value: 1 Mbps.
    ///
    /// Wire name `InternetMaxBandwidthOut`; optional.
    pub internet_max_bandwidth_out: Option<i64>,
    /// List of tags to be bound.
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<Tag>>,
    /// ID of the instance to be bound.
    ///
    /// Wire name `InstanceId`; optional.
    pub instance_id: Option<String>,
    /// ID of the ENI to be bound, such as eni-11112222. NetworkInterfaceId and InstanceId
    /// cannot be specified at the same time. The ENI ID can be obtained from the
    /// networkInterfaceId field in the returned value of the DescribeNetworkInterfaces API.
    ///
    /// Wire name `NetworkInterfaceId`; optional.
    pub network_interface_id: Option<String>,
    /// Private IP to be bound. If you specify NetworkInterfaceId, you must also specify
    /// PrivateIpAddress, which means to bind the EIP to the specified private IP of the
    /// specified ENI. You must also make sure that the specified PrivateIpAddress is a private
    /// IP of the specified NetworkInterfaceId. The private IP of the specified ENI can be
    /// obtained from the privateIpAddress field in the returned value of the
    /// DescribeNetworkInterfaces API.
    ///
    /// Wire name `PrivateIpAddress`; optional.
    pub private_ip_address: Option<String>,
}

impl Serialize for AllocateAddressesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AllocateAddressesRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("AddressCount", &self.address_count)
            .member("InternetServiceProvider", &self.internet_service_provider)
            .member("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)
            .member("Tags", &self.tags)
            .member("InstanceId", &self.instance_id)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("PrivateIpAddress", &self.private_ip_address)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for AllocateAddressesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for AllocateAddressesRequest {
    const NAME: &'static str = "AllocateAddressesRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "AddressCount",
        "InternetServiceProvider",
        "InternetMaxBandwidthOut",
        "Tags",
        "InstanceId",
        "NetworkInterfaceId",
        "PrivateIpAddress",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "AddressCount" => Some(1),
            "InternetServiceProvider" => Some(2),
            "InternetMaxBandwidthOut" => Some(3),
            "Tags" => Some(4),
            "InstanceId" => Some(5),
            "NetworkInterfaceId" => Some(6),
            "PrivateIpAddress" => Some(7),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_count = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.internet_service_provider = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.internet_max_bandwidth_out = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.tags = map.next_value()?,
            5 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            6 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            7 => {
                self.private_ip_address = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl AllocateAddressesRequest {
    /// Creates an empty `AllocateAddressesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `AddressCount`.
    pub fn address_count(mut self, value: i64) -> Self {
        self.address_count = Some(value);
        self
    }

    /// Sets `InternetServiceProvider`.
    pub fn internet_service_provider(
        mut self,
        value: impl Into<InternetServiceProvider>,
    ) -> Self {
        self.internet_service_provider = Some(value.into());
        self
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_out = Some(value);
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(mut self, value: impl Into<String>) -> Self {
        self.private_ip_address = Some(value.into());
        self
    }
}

impl Validate for AllocateAddressesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `AllocateAddresses` (see [`AllocateAddressesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AllocateAddressesResponse {
    /// List of unique IDs of the EIPs applied for.
    ///
    /// Wire name `AddressSet`; may be `null` (decoded as `None`).
    pub address_set: Option<Vec<String>>,
    /// Async task ID (TaskId). You can use the DescribeTaskResult API to query the task status.
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AllocateAddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AllocateAddressesResponse")
            .member("AddressSet", &self.address_set)
            .member("TaskId", &self.task_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for AllocateAddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AllocateAddressesResponse {
    const NAME: &'static str = "AllocateAddressesResponse";
    const FIELDS: &'static [&'static str] = &["AddressSet", "TaskId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "AddressSet" => Some(0),
            "TaskId" => Some(1),
            "RequestId" => Some(2),
            _ => None,
        }
    }

    #[inline]
    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0 => self.address_set = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl AllocateAddressesResponse {
    /// Creates an empty `AllocateAddressesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `AddressSet`.
    pub fn set_address_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.address_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl AllocateAddressesResponse {
    /// `AddressSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn address_set(&self) -> &[String] {
        self.address_set.as_deref().unwrap_or_default()
    }
}

impl Action for AllocateAddressesRequest {
    type Output = AllocateAddressesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "AllocateAddresses",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.InvalidStatus",
            "FailedOperation.OperationNotAllow",
            "FailedOperation.PrivateIpAddressBinded",
            "FailedOperation.PrivateIpAddressUnavailable",
            "InternalError",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.InvalidParameterConflict",
            "InvalidParameterValue",
            "InvalidParameterValue.AddressQuotaLimitExceeded",
            "InvalidParameterValue.InvalidAddressCount",
            "InvalidParameterValue.InvalidBandwidth",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.ParameterValueTooLarge",
            "LimitExceeded",
            "LimitExceeded.AddressQuotaLimitExceeded",
            "LimitExceeded.AddressQuotaLimitExceededDailyAllocate",
            "MissingParameter.MissingPrivateIpAddress",
            "ResourceInsufficient.IPQuotaNotEnough",
            "ResourceNotFound",
            "ResourceNotFound.InstanceNotExist",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip",
        ],
    };
}
