// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Instance APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list, validate_nested,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    DataDisk, EnhancedService, Filter, Instance, InstanceChargeType, InstanceOperator,
    InstancesPrice, KeepData, KeepImageLogin, OrderDirection, StopType, SystemDisk,
    TagSpecification, ZoneInstanceCountIsp,
};

/// Terminates instance (`TerminateInstances`).
///
/// This API is used to terminate an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.InvalidTime`: The time is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.TerminateTimeSmaller`: The scheduled termination time is before
///   the current time.
/// - `ResourceNotFound.InstanceNotExist`: The instance is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::terminate_instances` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TerminateInstancesRequest {
    /// List of IDs of the instances to be terminated.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
    /// Whether to enable scheduled termination. Default value: no.
    ///
    /// Wire name `TerminateDelay`; optional.
    pub terminate_delay: Option<bool>,
    /// Scheduled termination time, such as 2019-08-05 12:01:30. If you don't enable scheduled
    /// termination, you can ignore this parameter.
    ///
    /// Wire name `TerminateTime`; optional.
    pub terminate_time: Option<String>,
    /// Whether to delete the bound ENI and EIP. Default value: true.
    ///
    /// true: the ENI and EIP will also be deleted;
    ///
    /// false: only the server will be terminated, while the ENI and EIP will be retained.
    ///
    /// Wire name `AssociatedResourceDestroy`; optional.
    pub associated_resource_destroy: Option<bool>,
}

impl Serialize for TerminateInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TerminateInstancesRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("TerminateDelay", &self.terminate_delay)
            .member("TerminateTime", &self.terminate_time)
            .member("AssociatedResourceDestroy", &self.associated_resource_destroy)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for TerminateInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for TerminateInstancesRequest {
    const NAME: &'static str = "TerminateInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIdSet",
        "TerminateDelay",
        "TerminateTime",
        "AssociatedResourceDestroy",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
            "TerminateDelay" => Some(1),
            "TerminateTime" => Some(2),
            "AssociatedResourceDestroy" => Some(3),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.terminate_delay = map.next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.terminate_time = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.associated_resource_destroy = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl TerminateInstancesRequest {
    /// Creates an empty `TerminateInstancesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `TerminateDelay`.
    pub fn terminate_delay(mut self, value: bool) -> Self {
        self.terminate_delay = Some(value);
        self
    }

    /// Sets `TerminateTime`.
    pub fn terminate_time(mut self, value: impl Into<String>) -> Self {
        self.terminate_time = Some(value.into());
        self
    }

    /// Sets `AssociatedResourceDestroy`.
    pub fn associated_resource_destroy(mut self, value: bool) -> Self {
        self.associated_resource_destroy = Some(value);
        self
    }
}

impl Validate for TerminateInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        Ok(())
    }
}

/// The response of `TerminateInstances` (see [`TerminateInstancesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TerminateInstancesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for TerminateInstancesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TerminateInstancesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for TerminateInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for TerminateInstancesResponse {
    const NAME: &'static str = "TerminateInstancesResponse";
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

impl TerminateInstancesResponse {
    /// Creates an empty `TerminateInstancesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for TerminateInstancesRequest {
    type Output = TerminateInstancesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "TerminateInstances",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.InvalidTime",
            "InvalidParameterValue.ParameterValueTooLarge",
            "InvalidParameterValue.TerminateTimeSmaller",
            "ResourceNotFound.InstanceNotExist",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Resets the bandwidth cap of instance (`ResetInstancesMaxBandwidth`).
///
/// This API is used to reset the bandwidth cap of an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidBandwidth`: The bandwidth size is invalid.
/// - `InvalidParameterValue.InvalidBandwidthIn`: The inbound bandwidth size exceeds the
///   limit.
/// - `InvalidParameterValue.InvalidBandwidthInAndOut`: The inbound and outbound bandwidth
///   must be the same.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `ResourceNotFound.InstanceNotExist`: The instance is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::reset_instances_max_bandwidth` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetInstancesMaxBandwidthRequest {
    /// List of IDs of the instances for which to reset the bandwidth cap. You can request up to
    /// 100 instances in a region at a time.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
    /// Modified outbound bandwidth cap.
    ///
    /// Wire name `MaxBandwidthOut`; required.
    pub max_bandwidth_out: Option<i64>,
    /// Modified inbound bandwidth cap.
    ///
    /// Wire name `MaxBandwidthIn`; optional.
    pub max_bandwidth_in: Option<i64>,
}

impl Serialize for ResetInstancesMaxBandwidthRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetInstancesMaxBandwidthRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("MaxBandwidthOut", &self.max_bandwidth_out)
            .member("MaxBandwidthIn", &self.max_bandwidth_in)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ResetInstancesMaxBandwidthRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ResetInstancesMaxBandwidthRequest {
    const NAME: &'static str = "ResetInstancesMaxBandwidthRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIdSet",
        "MaxBandwidthOut",
        "MaxBandwidthIn",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
            "MaxBandwidthOut" => Some(1),
            "MaxBandwidthIn" => Some(2),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.max_bandwidth_out = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.max_bandwidth_in = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ResetInstancesMaxBandwidthRequest {
    /// Creates an empty `ResetInstancesMaxBandwidthRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `MaxBandwidthOut` (required).
    pub fn max_bandwidth_out(mut self, value: i64) -> Self {
        self.max_bandwidth_out = Some(value);
        self
    }

    /// Sets `MaxBandwidthIn`.
    pub fn max_bandwidth_in(mut self, value: i64) -> Self {
        self.max_bandwidth_in = Some(value);
        self
    }
}

impl Validate for ResetInstancesMaxBandwidthRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        require("MaxBandwidthOut", &self.max_bandwidth_out)?;
        Ok(())
    }
}

/// The response of `ResetInstancesMaxBandwidth` (see
/// [`ResetInstancesMaxBandwidthRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetInstancesMaxBandwidthResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ResetInstancesMaxBandwidthResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetInstancesMaxBandwidthResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ResetInstancesMaxBandwidthResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ResetInstancesMaxBandwidthResponse {
    const NAME: &'static str = "ResetInstancesMaxBandwidthResponse";
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

impl ResetInstancesMaxBandwidthResponse {
    /// Creates an empty `ResetInstancesMaxBandwidthResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ResetInstancesMaxBandwidthRequest {
    type Output = ResetInstancesMaxBandwidthResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ResetInstancesMaxBandwidth",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidBandwidth",
            "InvalidParameterValue.InvalidBandwidthIn",
            "InvalidParameterValue.InvalidBandwidthInAndOut",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "ResourceNotFound.InstanceNotExist",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Reinstalls instance (`ResetInstances`).
///
/// This API is used to reinstall an instance. If you specify the ImageId parameter, the
/// specified image will be used; otherwise, the image used by the current instance will be
/// used. If you don't specify the password, a password will be sent later in Message
/// Center.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.ParameterConflict`: Only KeepImageLogin, Password, or KeyIds can be
///   used at a time.
/// - `InvalidParameterValue.InvaildPassword`: The password is invalid.
/// - `InvalidParameterValue.InvalidImageArchitecture`: Models with a memory of 4 GB or
///   above do not support 32-bit OS images.
/// - `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `OperationDenied.InstanceOperationInProgress`: The current operation is not allowed.
/// - `ResourceNotFound.InstanceNotExist`: The instance is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::reset_instances` or `ecm_sdk::Client::send`.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetInstancesRequest {
    /// List of IDs of the instances to be reinstalled.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
    /// ID of the image from which to install the instance. If this parameter is not specified,
    /// the current image of the instance will be used.
    ///
    /// Wire name `ImageId`; optional.
    pub image_id: Option<String>,
    /// Password. If this parameter is not specified, the password will be subsequently
    /// displayed in the Message Center.
    ///
    /// Wire name `Password`; optional.
    pub password: Option<String>,
    /// Whether to enable CM and CWP. If this parameter is not specified, they will be enabled
    /// by default.
    ///
    /// Wire name `EnhancedService`; optional.
    pub enhanced_service: Option<EnhancedService>,
    /// Whether to retain the data on the data disk. Valid values: true, false. Default value:
    /// true
    ///
    /// Wire name `KeepData`; optional.
    pub keep_data: Option<KeepData>,
    /// Whether to keep the original settings for the image. You cannot specify this parameter
    /// if Password or KeyIds.N is specified. You can specify this parameter as TRUE only when
    /// you create an instance by using a custom image, shared image, or image imported from an
    /// external resource. Valid values:
    ///
    /// TRUE: yes
    ///
    /// FALSE: no
    ///
    /// Default value: FALSE.
    ///
    /// Wire name `KeepImageLogin`; optional; may be `null` (decoded as `None`).
    pub keep_image_login: Option<KeepImageLogin>,
}

impl Serialize for ResetInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetInstancesRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("ImageId", &self.image_id)
            .member("Password", &self.password)
            .member("EnhancedService", &self.enhanced_service)
            .member("KeepData", &self.keep_data)
            .member("KeepImageLogin", &self.keep_image_login)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ResetInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ResetInstancesRequest {
    const NAME: &'static str = "ResetInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIdSet",
        "ImageId",
        "Password",
        "EnhancedService",
        "KeepData",
        "KeepImageLogin",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
            "ImageId" => Some(1),
            "Password" => Some(2),
            "EnhancedService" => Some(3),
            "KeepData" => Some(4),
            "KeepImageLogin" => Some(5),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.image_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.password = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.enhanced_service = map.next_value()?,
            4 => self.keep_data = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.keep_image_login = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl std::fmt::Debug for ResetInstancesRequest {
    /// Prints every field but the secret ones, which show as `<redacted>`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResetInstancesRequest")
            .field("instance_id_set", &self.instance_id_set)
            .field("image_id", &self.image_id)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("enhanced_service", &self.enhanced_service)
            .field("keep_data", &self.keep_data)
            .field("keep_image_login", &self.keep_image_login)
            .finish()
    }
}

impl ResetInstancesRequest {
    /// Creates an empty `ResetInstancesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `EnhancedService`.
    pub fn enhanced_service(mut self, value: EnhancedService) -> Self {
        self.enhanced_service = Some(value);
        self
    }

    /// Sets `KeepData`.
    pub fn keep_data(mut self, value: impl Into<KeepData>) -> Self {
        self.keep_data = Some(value.into());
        self
    }

    /// Sets `KeepImageLogin`.
    pub fn keep_image_login(mut self, value: impl Into<KeepImageLogin>) -> Self {
        self.keep_image_login = Some(value.into());
        self
    }
}

impl Validate for ResetInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        validate_nested("EnhancedService", &self.enhanced_service)?;
        Ok(())
    }
}

/// The response of `ResetInstances` (see [`ResetInstancesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetInstancesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ResetInstancesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetInstancesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ResetInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ResetInstancesResponse {
    const NAME: &'static str = "ResetInstancesResponse";
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

impl ResetInstancesResponse {
    /// Creates an empty `ResetInstancesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ResetInstancesRequest {
    type Output = ResetInstancesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ResetInstances",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.ParameterConflict",
            "InvalidParameterValue.InvaildPassword",
            "InvalidParameterValue.InvalidImageArchitecture",
            "InvalidParameterValue.InvalidImageID",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "OperationDenied.InstanceOperationInProgress",
            "ResourceNotFound.InstanceNotExist",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Restarts instance (`RebootInstances`).
///
/// This API is used to restart an instance. Only instances in RUNNING status can be
/// restarted. The instance status will become REBOOTING when the API is called successfully
/// and will become RUNNING when the instance is restarted successfully. Forced restart is
/// supported. Just like powering off a physical PC and restarting it, a forced restart may
/// cause data loss or file system corruption. Make sure that you use this API only when the
/// server cannot be restarted normally.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidDataDiskType`: The data disk type is invalid.
/// - `InvalidParameterValue.InvalidISPInNode`: The ISP is invalid.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `OperationDenied.InstanceOperationInProgress`: The current operation is not allowed.
/// - `ResourceNotFound.InstanceNotExist`: The instance is invalid.
/// - `ResourceUnavailable.InstanceNotRunning`: The instance is not running.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::reboot_instances` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RebootInstancesRequest {
    /// List of IDs of the instances to be restarted. You can request up to 100 instances in a
    /// region at a time.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
    /// Whether to force restart the instance after it failed to be restarted normally. Valid
    /// values:
    ///
    /// TRUE: yes;
    ///
    /// FALSE: no;
    ///
    /// Default value: FALSE.
    ///
    /// Wire name `ForceReboot`; optional.
    pub force_reboot: Option<bool>,
    /// Shutdown type. Valid values:
    ///
    /// SOFT: soft shutdown
    ///
    /// HARD: hard shutdown
    ///
    /// SOFT_FIRST: perform a soft shutdown first; if it fails, perform a hard shutdown
    ///
    /// Default value: SOFT.
    ///
    /// Wire name `StopType`; optional.
    pub stop_type: Option<StopType>,
}

impl Serialize for RebootInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RebootInstancesRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("ForceReboot", &self.force_reboot)
            .member("StopType", &self.stop_type)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for RebootInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for RebootInstancesRequest {
    const NAME: &'static str = "RebootInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIdSet",
        "ForceReboot",
        "StopType",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
            "ForceReboot" => Some(1),
            "StopType" => Some(2),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.force_reboot = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.stop_type = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl RebootInstancesRequest {
    /// Creates an empty `RebootInstancesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `ForceReboot`.
    pub fn force_reboot(mut self, value: bool) -> Self {
        self.force_reboot = Some(value);
        self
    }

    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl Into<StopType>) -> Self {
        self.stop_type = Some(value.into());
        self
    }
}

impl Validate for RebootInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        Ok(())
    }
}

/// The response of `RebootInstances` (see [`RebootInstancesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RebootInstancesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RebootInstancesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RebootInstancesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for RebootInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RebootInstancesResponse {
    const NAME: &'static str = "RebootInstancesResponse";
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

impl RebootInstancesResponse {
    /// Creates an empty `RebootInstancesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for RebootInstancesRequest {
    type Output = RebootInstancesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "RebootInstances",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidDataDiskType",
            "InvalidParameterValue.InvalidISPInNode",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "OperationDenied.InstanceOperationInProgress",
            "ResourceNotFound.InstanceNotExist",
            "ResourceUnavailable.InstanceNotRunning",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Modifies instance attributes (`ModifyInstancesAttribute`).
///
/// This API is used to modify the attributes of an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InstanceOwnerCheckFailed`: The instance does not belong to the
///   current module.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `LimitExceeded.SecurityGroupInstanceLimitExceeded`: The number of instances bound to
///   the security group exceeds the limit.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_instances_attribute` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyInstancesAttributeRequest {
    /// List of IDs of the instances to be modified. You can request up to 100 instances at a
    /// time.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
    /// Instance name displayed after successful modification, which can contain up to 60
    /// characters. If this parameter is not specified, an empty value will be displayed.
    ///
    /// Wire name `InstanceName`; optional.
    pub instance_name: Option<String>,
    /// List of IDs of the security groups of the instance. The instance will be associated with
    /// the specified security groups and will be disassociated from the original security
    /// groups. The maximum quantity is 5.
    ///
    /// Wire name `SecurityGroups`; optional.
    pub security_groups: Option<Vec<String>>,
}

impl Serialize for ModifyInstancesAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyInstancesAttributeRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("InstanceName", &self.instance_name)
            .member("SecurityGroups", &self.security_groups)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyInstancesAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyInstancesAttributeRequest {
    const NAME: &'static str = "ModifyInstancesAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIdSet",
        "InstanceName",
        "SecurityGroups",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
            "InstanceName" => Some(1),
            "SecurityGroups" => Some(2),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.instance_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.security_groups = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyInstancesAttributeRequest {
    /// Creates an empty `ModifyInstancesAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }

    /// Sets `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for ModifyInstancesAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        Ok(())
    }
}

/// The response of `ModifyInstancesAttribute` (see [`ModifyInstancesAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyInstancesAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyInstancesAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyInstancesAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyInstancesAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyInstancesAttributeResponse {
    const NAME: &'static str = "ModifyInstancesAttributeResponse";
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

impl ModifyInstancesAttributeResponse {
    /// Creates an empty `ModifyInstancesAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyInstancesAttributeRequest {
    type Output = ModifyInstancesAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyInstancesAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InstanceOwnerCheckFailed",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.ParameterValueTooLarge",
            "LimitExceeded.SecurityGroupInstanceLimitExceeded",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets the list of prohibited operations (`DescribeInstancesDeniedActions`).
///
/// This API is used to get the information of prohibited operations by instance ID.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `MissingParameter.MissingInstancesParameter`: The instance operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_instances_denied_actions` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstancesDeniedActionsRequest {
    /// None
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
}

impl Serialize for DescribeInstancesDeniedActionsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstancesDeniedActionsRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeInstancesDeniedActionsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeInstancesDeniedActionsRequest {
    const NAME: &'static str = "DescribeInstancesDeniedActionsRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIdSet"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
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
            self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeInstancesDeniedActionsRequest {
    /// Creates an empty `DescribeInstancesDeniedActionsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for DescribeInstancesDeniedActionsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        Ok(())
    }
}

/// The response of `DescribeInstancesDeniedActions` (see
/// [`DescribeInstancesDeniedActionsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstancesDeniedActionsResponse {
    /// Prohibited operations for the instance
    ///
    /// Wire name `InstanceOperatorSet`.
    pub instance_operator_set: Option<Vec<InstanceOperator>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeInstancesDeniedActionsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstancesDeniedActionsResponse")
            .member("InstanceOperatorSet", &self.instance_operator_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeInstancesDeniedActionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeInstancesDeniedActionsResponse {
    const NAME: &'static str = "DescribeInstancesDeniedActionsResponse";
    const FIELDS: &'static [&'static str] = &["InstanceOperatorSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceOperatorSet" => Some(0),
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
            0 => self.instance_operator_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeInstancesDeniedActionsResponse {
    /// Creates an empty `DescribeInstancesDeniedActionsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceOperatorSet`.
    pub fn set_instance_operator_set(
        mut self,
        value: impl IntoIterator<Item = InstanceOperator>,
    ) -> Self {
        self.instance_operator_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeInstancesDeniedActionsResponse {
    /// `InstanceOperatorSet` as a slice, empty when the response omits it (the field tells the
    /// two apart).
    pub fn instance_operator_set(&self) -> &[InstanceOperator] {
        self.instance_operator_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeInstancesDeniedActionsRequest {
    type Output = DescribeInstancesDeniedActionsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeInstancesDeniedActions",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "MissingParameter.MissingInstancesParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Creates instance (`RunInstances`).
///
/// This API is used to create an ECM instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.BlockBalance`: Insufficient balance.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationConflict`: The current operation cannot be performed as
///   another operation is being performed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.ParameterConflict`: Only KeepImageLogin, Password, or KeyIds can be
///   used at a time.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.AddressQuotaLimitExceeded`: The number applied for exceeds the
///   limit.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.FilterLimitExceeded`: The value of the Filter parameter exceeds
///   the limit.
/// - `InvalidParameterValue.ImageSizeLargeThanSysDiskSize`: The image size is greater than
///   the system disk size.
/// - `InvalidParameterValue.InstanceConfigNotMatch`: The instance configuration does not
///   match.
/// - `InvalidParameterValue.InstanceNameTooLong`: The instance name length exceeds the
///   limit.
/// - `InvalidParameterValue.InstanceTypeNotMatchPid`: The instance model and pid do not
///   match.
/// - `InvalidParameterValue.InvaildHostName`: HostName is invalid.
/// - `InvalidParameterValue.InvaildModifyParam`: The parameter is incorrect.
/// - `InvalidParameterValue.InvaildPassword`: The password is invalid.
/// - `InvalidParameterValue.InvalidBandwidth`: The bandwidth size is invalid.
/// - `InvalidParameterValue.InvalidBandwidthIn`: The inbound bandwidth size exceeds the
///   limit.
/// - `InvalidParameterValue.InvalidBandwidthInAndOut`: The inbound and outbound bandwidth
///   must be the same.
/// - `InvalidParameterValue.InvalidBillingType`: The selected billing mode is not
///   supported.
/// - `InvalidParameterValue.InvalidDataDiskNum`: The number of data disks is invalid.
/// - `InvalidParameterValue.InvalidDataDiskSize`: The data disk size is invalid.
/// - `InvalidParameterValue.InvalidDataDiskType`: The data disk type is invalid.
/// - `InvalidParameterValue.InvalidEIPDirectService`: Windows images do not support IP
///   direct access.
/// - `InvalidParameterValue.InvalidISPInNode`: The ISP is invalid.
/// - `InvalidParameterValue.InvalidImageArchitecture`: Models with a memory of 4 GB or
///   above do not support 32-bit OS images.
/// - `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
/// - `InvalidParameterValue.InvalidInstanceChargeType`: The billing mode of the instance is
///   invalid.
/// - `InvalidParameterValue.InvalidInstanceTypeConfigID`: The model ID is invalid.
/// - `InvalidParameterValue.InvalidInternetChargeType`: The billing mode is invalid.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID`: The ModuleId and
///   InstanceType parameters cannot be both empty.
/// - `InvalidParameterValue.InvalidModuleIDAndInstanceTypeID`: The ModuleId and
///   InstanceType parameters cannot be both empty.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidSecurityGroupID`: The security group ID is invalid.
/// - `InvalidParameterValue.InvalidSystemDiskSize`: The system disk size is invalid.
/// - `InvalidParameterValue.InvalidSystemDiskType`: The system disk type is invalid.
/// - `InvalidParameterValue.InvalidZone`: The zone is invalid.
/// - `InvalidParameterValue.InvalidZoneInstanceCount`: The city or quantity is invalid.
/// - `InvalidParameterValue.InvalidZoneInstanceType`: This model is not supported in the
///   AZ.
/// - `InvalidParameterValue.NodeNotSupportIPv6`: The node does not support IPv6.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.SubnetNotExist`
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `InvalidParameterValue.UnmatchedBillingType`: The model does not support the selected
///   billing mode.
/// - `InvalidParameterValue.UserNotSupportIPv6`: IPv6 is not supported.
/// - `LimitExceeded.AddressQuotaLimitExceeded`: The number applied for exceeds the limit.
/// - `LimitExceeded.EniQuotaLimitExceeded`: The number of purchasable ENIs is insufficient.
/// - `LimitExceeded.InstanceSecurityGroupLimitExceeded`: The number of security groups
///   bound to the instance exceeds the limit.
/// - `LimitExceeded.NicOrIPLimitExceeded`: The number of ENIs or public IPs exceeds the
///   limit specified by the CPU.
/// - `LimitExceeded.SecurityGroupInstanceLimitExceeded`: The number of instances bound to
///   the security group exceeds the limit.
/// - `LimitExceeded.VcpuLimitExceeded`: The number of CPU cores applied for exceeds the
///   limit.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceInsufficient.IPQuotaNotEnough`: Insufficient IP resource.
/// - `ResourceInsufficient.InstanceQuotaNotEnough`: The instance resource is insufficient.
/// - `ResourceInsufficient.PrivateIPQuotaNotEnough`
/// - `ResourceNotFound`: The resource does not exist.
/// - `ResourcesSoldOut.SpecifiedInstanceType`
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.InstanceTypeNotSupportImage`: The current model does not support
///   the selected image.
///
/// Send it with `ecm_sdk::Client::run_instances` or `ecm_sdk::Client::send`.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RunInstancesRequest {
    /// List of AZs in which to create instances, the number of instances to be created, and the
    /// ISPs. You can create up to 100 instances in a region at a time.
    ///
    /// Wire name `ZoneInstanceCountISPSet`; required.
    pub zone_instance_count_isp_set: Option<Vec<ZoneInstanceCountIsp>>,
    /// Instance login password. Different OS types have different limits on password complexity
    /// as detailed below:
    ///
    /// The password of a Linux instance must contain 8–30 characters in at least two of the
    /// following character types: letters, digits, and special symbols \[( ) \~ ! @ # $ % ^ & - + =
    /// &#124; { } \[ \] : ; ' , . ? / \]. The password of a Windows instance must contain
    /// 12–30 characters in at least three of the following character types: letters, digits,
    /// and special symbols \[( ) \~ ! @ # $ % ^ & - + = | { } \[ \] : ; ' , . ? /\].
    ///
    /// Wire name `Password`; optional.
    pub password: Option<String>,
    /// Public network outbound bandwidth cap in Mbps.
    ///
    /// 1. If you don't specify this parameter or specify it as 0, the default value under the
    ///    corresponding module will be used.
    ///
    /// 2. If you don't specify this parameter or specify it as 0 without specifying the module,
    ///    the value of InternetMaxBandwidthIn will be used
    ///
    /// Wire name `InternetMaxBandwidthOut`; optional.
    pub internet_max_bandwidth_out: Option<i64>,
    /// Module ID. If you don't specify this parameter, you must specify the ImageId,
    /// InstanceType, DataDiskSize, and InternetMaxBandwidthOut parameters
    ///
    /// Wire name `ModuleId`; optional.
    pub module_id: Option<String>,
    /// Image ID. If you don't specify this parameter or specify it as null, the default value
    /// under the corresponding module will be used.
    ///
    /// Wire name `ImageId`; optional.
    pub image_id: Option<String>,
    /// Instance display name.
    ///
    /// If this parameter is not specified, Not named will be displayed by default.
    ///
    /// If you purchase multiple instances and specify the pattern string {R:x}, display names
    /// will be generated based on \[x, x+n-1\], where n is the number of the purchased
    /// instances. For example, if you specify server\\\_{R:3} and purchase 1 instance, the
    /// display name will be server\\\_3, and if you purchase 2 instances, the display names
    /// will be server\\\_3 and server\\\_4 respectively.
    ///
    /// You can specify multiple pattern strings {R:x}.
    ///
    /// If you purchase multiple instances and don't specify the pattern string, the instance
    /// display names will be suffixed with 1, 2...n, where n indicates the number of the
    /// purchased instances. For example, if you specify server\_ and purchase 2 instances, the
    /// instance display names will be server\\\_1 and server\\\_2 respectively.
    ///
    /// If the purchased instances belong to different regions or ISPs, the above rules will
    /// apply to each region and ISP independently.
    ///
    /// It can contain up to 60 characters (including pattern string).
    ///
    /// Wire name `InstanceName`; optional.
    pub instance_name: Option<String>,
    /// Server name
    ///
    /// HostName cannot start or end with a dot or hyphen and cannot contain consecutive dots or
    /// hyphens.
    ///
    /// Windows instance: the name can contain 2–15 letters, digits, and hyphens but not dots
    /// or only digits.
    ///
    /// Other types (such as Linux) of instances: the name should be a combination of 2 to 60
    /// characters, supporting multiple dots. A string between two dots can contain letters,
    /// digits, and hyphens.
    ///
    /// Wire name `HostName`; optional.
    pub host_name: Option<String>,
    /// The string used to ensure the idempotency of the request. Currently, it is a reserved
    /// parameter; therefore, do not use it.
    ///
    /// Wire name `ClientToken`; optional.
    pub client_token: Option<String>,
    /// Enhanced services. You can use this parameter to specify whether to enable services such
    /// as Cloud Security and Cloud Monitor. If this parameter is not specified, Cloud Monitor
    /// and Cloud Security will be enabled for public images by default.
    ///
    /// Wire name `EnhancedService`; optional.
    pub enhanced_service: Option<EnhancedService>,
    /// Tag list
    ///
    /// Wire name `TagSpecification`; optional.
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// The user data provided to the instance, which needs to be Base64-encoded with a maximum
    /// size of 16 KB
    ///
    /// Wire name `UserData`; optional.
    pub user_data: Option<String>,
    /// Model. If you don't specify this parameter or specify it as null, the default value
    /// under the corresponding module will be used.
    ///
    /// Wire name `InstanceType`; optional.
    pub instance_type: Option<String>,
    /// Data disk size in GB. If you don't specify this parameter or specify it as 0, the
    /// default value under the corresponding module will be used
    ///
    /// Wire name `DataDiskSize`; optional.
    pub data_disk_size: Option<i64>,
    /// Security group of the instance, which can be obtained from the sgId field in the
    /// returned value of the DescribeSecurityGroups API. If this parameter is not specified,
    /// the default security group will be bound by default.
    ///
    /// Wire name `SecurityGroupIds`; optional.
    pub security_group_ids: Option<Vec<String>>,
    /// System disk size in GB. If you don't specify this parameter or specify it as 0, the
    /// default value under the corresponding module will be used
    ///
    /// Wire name `SystemDiskSize`; optional.
    pub system_disk_size: Option<i64>,
    /// Public network inbound bandwidth cap in Mbps.
    ///
    /// 1. If you don't specify this parameter or specify it as 0, the default value under the
    ///    corresponding module will be used.
    ///
    /// 2. If you don't specify this parameter or specify it as 0 without specifying the module,
    ///    the value of InternetMaxBandwidthOut will be used
    ///
    /// Wire name `InternetMaxBandwidthIn`; optional.
    pub internet_max_bandwidth_in: Option<i64>,
    /// Instance billing type. Valid values:
    ///
    /// 0: postpaid by resource usage, where the daily peak usage of the CPU, memory, and disk
    /// will be calculated. This billing mode applies only to non-GNR models;
    ///
    /// 1: hourly postpaid at the unit price of xx USD/instance/hour. This billing mode applies
    /// only to GNR models. To enable it, submit a ticket for application;
    ///
    /// 2: monthly postpaid at the unit price of xx USD/instance/month. This billing mode
    /// applies only to GNR models;
    ///
    /// If this field is left empty, 0 will be selected by default for non-GNR models, and 2
    /// will be selected by default for GNR models.
    ///
    /// Wire name `InstanceChargeType`; optional.
    pub instance_charge_type: Option<InstanceChargeType>,
    /// Key pair.
    ///
    /// Wire name `KeyIds`; optional.
    pub key_ids: Option<Vec<String>>,
    /// Whether to keep the original settings for the image. You cannot specify this parameter
    /// if Password or KeyIds.N is specified. You can specify this parameter as TRUE only when
    /// you create an instance by using a custom image, shared image, or image imported from an
    /// external resource. Valid values:
    ///
    /// TRUE: yes
    ///
    /// FALSE: no
    ///
    /// Default value: FALSE.
    ///
    /// Wire name `KeepImageLogin`; optional; may be `null` (decoded as `None`).
    pub keep_image_login: Option<KeepImageLogin>,
    /// System disk information.
    ///
    /// Wire name `SystemDisk`; optional.
    pub system_disk: Option<SystemDisk>,
    /// Data disk information.
    ///
    /// Wire name `DataDisks`; optional.
    pub data_disks: Option<Vec<DataDisk>>,
}

impl Serialize for RunInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RunInstancesRequest")
            .member("ZoneInstanceCountISPSet", &self.zone_instance_count_isp_set)
            .member("Password", &self.password)
            .member("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)
            .member("ModuleId", &self.module_id)
            .member("ImageId", &self.image_id)
            .member("InstanceName", &self.instance_name)
            .member("HostName", &self.host_name)
            .member("ClientToken", &self.client_token)
            .member("EnhancedService", &self.enhanced_service)
            .member("TagSpecification", &self.tag_specification)
            .member("UserData", &self.user_data)
            .member("InstanceType", &self.instance_type)
            .member("DataDiskSize", &self.data_disk_size)
            .member("SecurityGroupIds", &self.security_group_ids)
            .member("SystemDiskSize", &self.system_disk_size)
            .member("InternetMaxBandwidthIn", &self.internet_max_bandwidth_in)
            .member("InstanceChargeType", &self.instance_charge_type)
            .member("KeyIds", &self.key_ids)
            .member("KeepImageLogin", &self.keep_image_login)
            .member("SystemDisk", &self.system_disk)
            .member("DataDisks", &self.data_disks)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for RunInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for RunInstancesRequest {
    const NAME: &'static str = "RunInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "ZoneInstanceCountISPSet",
        "Password",
        "InternetMaxBandwidthOut",
        "ModuleId",
        "ImageId",
        "InstanceName",
        "HostName",
        "ClientToken",
        "EnhancedService",
        "TagSpecification",
        "UserData",
        "InstanceType",
        "DataDiskSize",
        "SecurityGroupIds",
        "SystemDiskSize",
        "InternetMaxBandwidthIn",
        "InstanceChargeType",
        "KeyIds",
        "KeepImageLogin",
        "SystemDisk",
        "DataDisks",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneInstanceCountISPSet" => Some(0),
            "Password" => Some(1),
            "InternetMaxBandwidthOut" => Some(2),
            "ModuleId" => Some(3),
            "ImageId" => Some(4),
            "InstanceName" => Some(5),
            "HostName" => Some(6),
            "ClientToken" => Some(7),
            "EnhancedService" => Some(8),
            "TagSpecification" => Some(9),
            "UserData" => Some(10),
            "InstanceType" => Some(11),
            "DataDiskSize" => Some(12),
            "SecurityGroupIds" => Some(13),
            "SystemDiskSize" => Some(14),
            "InternetMaxBandwidthIn" => Some(15),
            "InstanceChargeType" => Some(16),
            "KeyIds" => Some(17),
            "KeepImageLogin" => Some(18),
            "SystemDisk" => Some(19),
            "DataDisks" => Some(20),
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
            0 => self.zone_instance_count_isp_set = map.next_value()?,
            1 => self.password = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.internet_max_bandwidth_out = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.image_id = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.instance_name = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.host_name = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.client_token = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.enhanced_service = map.next_value()?,
            9 => self.tag_specification = map.next_value()?,
            10 => self.user_data = map.next_value_seed(crate::lenient::Field::new())?,
            11 => self.instance_type = map.next_value_seed(crate::lenient::Field::new())?,
            12 => {
                self.data_disk_size = map.next_value_seed(crate::lenient::Field::new())?;
            }
            13 => {
                self.security_group_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            14 => {
                self.system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            15 => {
                self.internet_max_bandwidth_in = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            16 => {
                self.instance_charge_type = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            17 => self.key_ids = map.next_value_seed(crate::lenient::Field::new())?,
            18 => {
                self.keep_image_login = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            19 => self.system_disk = map.next_value()?,
            20 => self.data_disks = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl std::fmt::Debug for RunInstancesRequest {
    /// Prints every field but the secret ones, which show as `<redacted>`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunInstancesRequest")
            .field("zone_instance_count_isp_set", &self.zone_instance_count_isp_set)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("internet_max_bandwidth_out", &self.internet_max_bandwidth_out)
            .field("module_id", &self.module_id)
            .field("image_id", &self.image_id)
            .field("instance_name", &self.instance_name)
            .field("host_name", &self.host_name)
            .field("client_token", &self.client_token)
            .field("enhanced_service", &self.enhanced_service)
            .field("tag_specification", &self.tag_specification)
            .field("user_data", &self.user_data.as_ref().map(|_| "<redacted>"))
            .field("instance_type", &self.instance_type)
            .field("data_disk_size", &self.data_disk_size)
            .field("security_group_ids", &self.security_group_ids)
            .field("system_disk_size", &self.system_disk_size)
            .field("internet_max_bandwidth_in", &self.internet_max_bandwidth_in)
            .field("instance_charge_type", &self.instance_charge_type)
            .field("key_ids", &self.key_ids)
            .field("keep_image_login", &self.keep_image_login)
            .field("system_disk", &self.system_disk)
            .field("data_disks", &self.data_disks)
            .finish()
    }
}

impl RunInstancesRequest {
    /// Creates an empty `RunInstancesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ZoneInstanceCountISPSet` (required).
    pub fn zone_instance_count_isp_set(
        mut self,
        value: impl IntoIterator<Item = ZoneInstanceCountIsp>,
    ) -> Self {
        self.zone_instance_count_isp_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_out = Some(value);
        self
    }

    /// Sets `ModuleId`.
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }

    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl Into<String>) -> Self {
        self.host_name = Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.client_token = Some(value.into());
        self
    }

    /// Sets `EnhancedService`.
    pub fn enhanced_service(mut self, value: EnhancedService) -> Self {
        self.enhanced_service = Some(value);
        self
    }

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: impl IntoIterator<Item = TagSpecification>,
    ) -> Self {
        self.tag_specification = Some(value.into_iter().collect());
        self
    }

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl Into<String>) -> Self {
        self.user_data = Some(value.into());
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `DataDiskSize`.
    pub fn data_disk_size(mut self, value: i64) -> Self {
        self.data_disk_size = Some(value);
        self
    }

    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `SystemDiskSize`.
    pub fn system_disk_size(mut self, value: i64) -> Self {
        self.system_disk_size = Some(value);
        self
    }

    /// Sets `InternetMaxBandwidthIn`.
    pub fn internet_max_bandwidth_in(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_in = Some(value);
        self
    }

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(mut self, value: impl Into<InstanceChargeType>) -> Self {
        self.instance_charge_type = Some(value.into());
        self
    }

    /// Sets `KeyIds`.
    pub fn key_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.key_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `KeepImageLogin`.
    pub fn keep_image_login(mut self, value: impl Into<KeepImageLogin>) -> Self {
        self.keep_image_login = Some(value.into());
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: SystemDisk) -> Self {
        self.system_disk = Some(value);
        self
    }

    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: impl IntoIterator<Item = DataDisk>) -> Self {
        self.data_disks = Some(value.into_iter().collect());
        self
    }
}

impl Validate for RunInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ZoneInstanceCountISPSet", &self.zone_instance_count_isp_set)?;
        validate_list("ZoneInstanceCountISPSet", &self.zone_instance_count_isp_set)?;
        validate_nested("EnhancedService", &self.enhanced_service)?;
        validate_list("TagSpecification", &self.tag_specification)?;
        validate_nested("SystemDisk", &self.system_disk)?;
        validate_list("DataDisks", &self.data_disks)?;
        Ok(())
    }
}

/// The response of `RunInstances` (see [`RunInstancesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RunInstancesResponse {
    /// List of IDs of the instances being created
    ///
    /// Wire name `InstanceIdSet`; may be `null` (decoded as `None`).
    pub instance_id_set: Option<Vec<String>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RunInstancesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RunInstancesResponse")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for RunInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RunInstancesResponse {
    const NAME: &'static str = "RunInstancesResponse";
    const FIELDS: &'static [&'static str] = &["InstanceIdSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl RunInstancesResponse {
    /// Creates an empty `RunInstancesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet`.
    pub fn set_instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl RunInstancesResponse {
    /// `InstanceIdSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn instance_id_set(&self) -> &[String] {
        self.instance_id_set.as_deref().unwrap_or_default()
    }
}

impl Action for RunInstancesRequest {
    type Output = RunInstancesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "RunInstances",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.BlockBalance",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationConflict",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.ParameterConflict",
            "InvalidParameterValue",
            "InvalidParameterValue.AddressQuotaLimitExceeded",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.FilterLimitExceeded",
            "InvalidParameterValue.ImageSizeLargeThanSysDiskSize",
            "InvalidParameterValue.InstanceConfigNotMatch",
            "InvalidParameterValue.InstanceNameTooLong",
            "InvalidParameterValue.InstanceTypeNotMatchPid",
            "InvalidParameterValue.InvaildHostName",
            "InvalidParameterValue.InvaildModifyParam",
            "InvalidParameterValue.InvaildPassword",
            "InvalidParameterValue.InvalidBandwidth",
            "InvalidParameterValue.InvalidBandwidthIn",
            "InvalidParameterValue.InvalidBandwidthInAndOut",
            "InvalidParameterValue.InvalidBillingType",
            "InvalidParameterValue.InvalidDataDiskNum",
            "InvalidParameterValue.InvalidDataDiskSize",
            "InvalidParameterValue.InvalidDataDiskType",
            "InvalidParameterValue.InvalidEIPDirectService",
            "InvalidParameterValue.InvalidISPInNode",
            "InvalidParameterValue.InvalidImageArchitecture",
            "InvalidParameterValue.InvalidImageID",
            "InvalidParameterValue.InvalidInstanceChargeType",
            "InvalidParameterValue.InvalidInstanceTypeConfigID",
            "InvalidParameterValue.InvalidInternetChargeType",
            "InvalidParameterValue.InvalidModuleID",
            "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID",
            "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidSecurityGroupID",
            "InvalidParameterValue.InvalidSystemDiskSize",
            "InvalidParameterValue.InvalidSystemDiskType",
            "InvalidParameterValue.InvalidZone",
            "InvalidParameterValue.InvalidZoneInstanceCount",
            "InvalidParameterValue.InvalidZoneInstanceType",
            "InvalidParameterValue.NodeNotSupportIPv6",
            "InvalidParameterValue.ParameterValueTooLarge",
            "InvalidParameterValue.SubnetNotExist",
            "InvalidParameterValue.TooLong",
            "InvalidParameterValue.UnmatchedBillingType",
            "InvalidParameterValue.UserNotSupportIPv6",
            "LimitExceeded.AddressQuotaLimitExceeded",
            "LimitExceeded.EniQuotaLimitExceeded",
            "LimitExceeded.InstanceSecurityGroupLimitExceeded",
            "LimitExceeded.NicOrIPLimitExceeded",
            "LimitExceeded.SecurityGroupInstanceLimitExceeded",
            "LimitExceeded.VcpuLimitExceeded",
            "ResourceInUse",
            "ResourceInsufficient.IPQuotaNotEnough",
            "ResourceInsufficient.InstanceQuotaNotEnough",
            "ResourceInsufficient.PrivateIPQuotaNotEnough",
            "ResourceNotFound",
            "ResourcesSoldOut.SpecifiedInstanceType",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.InstanceTypeNotSupportImage",
        ],
    };
}

/// Shuts down instance (`StopInstances`).
///
/// Only instances in RUNNING status can be shut down.
///
/// The instance status will become STOPPING when the API is called successfully and will
/// become STOPPED when the instance is shut down successfully.
///
/// Forced shutdown is supported. Just like powering off a physical PC, a forced shutdown
/// may cause data loss or file system corruption. Make sure that you use this API only when
/// the server cannot be shut down normally.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InstanceOwnerCheckFailed`: The instance does not belong to the
///   current module.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildModifyParam`: The parameter is incorrect.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `ResourceUnavailable.InstanceNotRunning`: The instance is not running.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::stop_instances` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StopInstancesRequest {
    /// List of IDs of the instances to be shut down. You can request up to 100 instances in a
    /// region at a time.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
    /// Whether to force shut down the instance after it failed to be shut down normally.
    /// Default value: false: no.
    ///
    /// Wire name `ForceStop`; optional.
    pub force_stop: Option<bool>,
    /// Instance shutdown mode. Valid values:
    ///
    /// SOFT_FIRST: perform a forced shutdown in case of a failure of the normal shutdown;
    ///
    /// HARD: forced shutdown;
    ///
    /// SOFT: Soft shutdown;
    ///
    /// Default value: SOFT.
    ///
    /// Wire name `StopType`; optional.
    pub stop_type: Option<StopType>,
}

impl Serialize for StopInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "StopInstancesRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("ForceStop", &self.force_stop)
            .member("StopType", &self.stop_type)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for StopInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for StopInstancesRequest {
    const NAME: &'static str = "StopInstancesRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIdSet", "ForceStop", "StopType"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
            "ForceStop" => Some(1),
            "StopType" => Some(2),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.force_stop = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.stop_type = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl StopInstancesRequest {
    /// Creates an empty `StopInstancesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = Some(value);
        self
    }

    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl Into<StopType>) -> Self {
        self.stop_type = Some(value.into());
        self
    }
}

impl Validate for StopInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        Ok(())
    }
}

/// The response of `StopInstances` (see [`StopInstancesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StopInstancesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for StopInstancesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "StopInstancesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for StopInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for StopInstancesResponse {
    const NAME: &'static str = "StopInstancesResponse";
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

impl StopInstancesResponse {
    /// Creates an empty `StopInstancesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for StopInstancesRequest {
    type Output = StopInstancesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "StopInstances",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InstanceOwnerCheckFailed",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildModifyParam",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "ResourceUnavailable.InstanceNotRunning",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Starts instance (`StartInstances`).
///
/// This API is used to start an instance. Only instances in STOPPED status can be started.
/// The instance status will become STARTING when this API is called successfully and will
/// become RUNNING when the instance is started successfully.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InstanceNotAllStopped`: Not all instances are shut down.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InternalError`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `OperationDenied.InstanceOperationInProgress`: The current operation is not allowed.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::start_instances` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StartInstancesRequest {
    /// List of IDs of the instances to be started. You can request up to 100 instances in a
    /// region at a time.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
}

impl Serialize for StartInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "StartInstancesRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for StartInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for StartInstancesRequest {
    const NAME: &'static str = "StartInstancesRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIdSet"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
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
            self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl StartInstancesRequest {
    /// Creates an empty `StartInstancesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for StartInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        Ok(())
    }
}

/// The response of `StartInstances` (see [`StartInstancesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct StartInstancesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for StartInstancesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "StartInstancesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for StartInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for StartInstancesResponse {
    const NAME: &'static str = "StartInstancesResponse";
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

impl StartInstancesResponse {
    /// Creates an empty `StartInstancesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for StartInstancesRequest {
    type Output = StartInstancesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "StartInstances",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InstanceNotAllStopped",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InternalError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "OperationDenied.InstanceOperationInProgress",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Resets instance password (`ResetInstancesPassword`).
///
/// This API is used to reset the password for a running status. You need to explicitly
/// specify the ForceStop parameter; otherwise, you can reset the password only for
/// instances that have been shut down.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InstanceNotAllStopped`: Not all instances are shut down.
/// - `FailedOperation.InstanceOwnerCheckFailed`: The instance does not belong to the
///   current module.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildModifyParam`: The parameter is incorrect.
/// - `InvalidParameterValue.InvaildPassword`: The password is invalid.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::reset_instances_password` or `ecm_sdk::Client::send`.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetInstancesPasswordRequest {
    /// List of IDs of the instances for which to set the password. You can request up to 100
    /// instances in a region at a time.
    ///
    /// Wire name `InstanceIdSet`; required.
    pub instance_id_set: Option<Vec<String>>,
    /// New password. The password of a Linux instance must contain 8–16 characters in at
    /// least two of the following character types: letters, digits, and special symbols \[( )
    /// \~ \~ ! @ # $ % ^ & \* - + = \_ | { } \[ \] : ; ' \< \> , . ? /\] and cannot start with
    /// /.
    ///
    /// The password of a Windows instance must contain 12–16 characters in at least three of
    /// the following character types: letters, digits, and special symbols \[( ) \~ \~ ! @ # $
    /// % ^ & \* - + = \_ | { } \[ \] : ; ' \< \> , . ? /\] and cannot start with /.
    ///
    /// If the instances include both Linux instances and Windows instances, the password
    /// complexity limit for Windows instances will apply.
    ///
    /// Wire name `Password`; required.
    pub password: Option<String>,
    /// Whether to force shut down. Default value: false.
    ///
    /// Wire name `ForceStop`; optional.
    pub force_stop: Option<bool>,
    /// Username of the instance for which to reset the password, which can contain up to 64
    /// characters. If this parameter is not specified, the password of the root user will be
    /// reset by default for Linux, and the password of the admin will be reset by default for
    /// Windows.
    ///
    /// Wire name `UserName`; optional.
    pub user_name: Option<String>,
}

impl Serialize for ResetInstancesPasswordRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetInstancesPasswordRequest")
            .member("InstanceIdSet", &self.instance_id_set)
            .member("Password", &self.password)
            .member("ForceStop", &self.force_stop)
            .member("UserName", &self.user_name)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ResetInstancesPasswordRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ResetInstancesPasswordRequest {
    const NAME: &'static str = "ResetInstancesPasswordRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceIdSet",
        "Password",
        "ForceStop",
        "UserName",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIdSet" => Some(0),
            "Password" => Some(1),
            "ForceStop" => Some(2),
            "UserName" => Some(3),
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
            0 => {
                self.instance_id_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.password = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.force_stop = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.user_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl std::fmt::Debug for ResetInstancesPasswordRequest {
    /// Prints every field but the secret ones, which show as `<redacted>`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResetInstancesPasswordRequest")
            .field("instance_id_set", &self.instance_id_set)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("force_stop", &self.force_stop)
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl ResetInstancesPasswordRequest {
    /// Creates an empty `ResetInstancesPasswordRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIdSet` (required).
    pub fn instance_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Password` (required).
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = Some(value);
        self
    }

    /// Sets `UserName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}

impl Validate for ResetInstancesPasswordRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIdSet", &self.instance_id_set)?;
        require("Password", &self.password)?;
        Ok(())
    }
}

/// The response of `ResetInstancesPassword` (see [`ResetInstancesPasswordRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetInstancesPasswordResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ResetInstancesPasswordResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetInstancesPasswordResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ResetInstancesPasswordResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ResetInstancesPasswordResponse {
    const NAME: &'static str = "ResetInstancesPasswordResponse";
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

impl ResetInstancesPasswordResponse {
    /// Creates an empty `ResetInstancesPasswordResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ResetInstancesPasswordRequest {
    type Output = ResetInstancesPasswordResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ResetInstancesPassword",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InstanceNotAllStopped",
            "FailedOperation.InstanceOwnerCheckFailed",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildModifyParam",
            "InvalidParameterValue.InvaildPassword",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.ParameterValueTooLarge",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries the VNC URL of instance (`DescribeInstanceVncUrl`).
///
/// This API is used to query the VNC URL of an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `MissingParameter.MissingInstancesParameter`: The instance operation parameters are
///   incomplete.
/// - `OperationDenied.InstanceOperationInProgress`: The current operation is not allowed.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.InvalidInstanceState`: This operation cannot be performed in the
///   current status.
///
/// Send it with `ecm_sdk::Client::describe_instance_vnc_url` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstanceVncUrlRequest {
    /// Instance ID, which can be obtained from the InstanceId field in the returned value of
    /// the DescribeInstances API.
    ///
    /// Wire name `InstanceId`; required.
    pub instance_id: Option<String>,
}

impl Serialize for DescribeInstanceVncUrlRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstanceVncUrlRequest")
            .member("InstanceId", &self.instance_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeInstanceVncUrlRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeInstanceVncUrlRequest {
    const NAME: &'static str = "DescribeInstanceVncUrlRequest";
    const FIELDS: &'static [&'static str] = &["InstanceId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceId" => Some(0),
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
            self.instance_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeInstanceVncUrlRequest {
    /// Creates an empty `DescribeInstanceVncUrlRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceId` (required).
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}

impl Validate for DescribeInstanceVncUrlRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceId", &self.instance_id)?;
        Ok(())
    }
}

/// The response of `DescribeInstanceVncUrl` (see [`DescribeInstanceVncUrlRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstanceVncUrlResponse {
    /// Instance VNC URL.
    ///
    /// Wire name `InstanceVncUrl`.
    pub instance_vnc_url: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeInstanceVncUrlResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstanceVncUrlResponse")
            .member("InstanceVncUrl", &self.instance_vnc_url)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeInstanceVncUrlResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeInstanceVncUrlResponse {
    const NAME: &'static str = "DescribeInstanceVncUrlResponse";
    const FIELDS: &'static [&'static str] = &["InstanceVncUrl", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceVncUrl" => Some(0),
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
            0 => {
                self.instance_vnc_url = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeInstanceVncUrlResponse {
    /// Creates an empty `DescribeInstanceVncUrlResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceVncUrl`.
    pub fn set_instance_vnc_url(mut self, value: impl Into<String>) -> Self {
        self.instance_vnc_url = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeInstanceVncUrlRequest {
    type Output = DescribeInstanceVncUrlResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeInstanceVncUrl",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "MissingParameter.MissingInstancesParameter",
            "OperationDenied.InstanceOperationInProgress",
            "ResourceNotFound",
            "UnsupportedOperation",
            "UnsupportedOperation.InvalidInstanceState",
        ],
    };
}

/// Unbinds security group (`DisassociateSecurityGroups`).
///
/// This API is used to unbind a security group.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `MissingParameter`: The parameter is missing.
///
/// Send it with `ecm_sdk::Client::disassociate_security_groups` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisassociateSecurityGroupsRequest {
    /// ID of the security group to be unbound, such as esg-efil73jd. You can unbind only one
    /// security group at a time.
    ///
    /// Wire name `SecurityGroupIds`; required.
    pub security_group_ids: Option<Vec<String>>,
    /// ID of the instance to be unbound, such as ein-lesecurk. You can specify multiple
    /// instances.
    ///
    /// Wire name `InstanceIds`; required.
    pub instance_ids: Option<Vec<String>>,
}

impl Serialize for DisassociateSecurityGroupsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisassociateSecurityGroupsRequest")
            .member("SecurityGroupIds", &self.security_group_ids)
            .member("InstanceIds", &self.instance_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DisassociateSecurityGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DisassociateSecurityGroupsRequest {
    const NAME: &'static str = "DisassociateSecurityGroupsRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupIds", "InstanceIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupIds" => Some(0),
            "InstanceIds" => Some(1),
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
            0 => {
                self.security_group_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.instance_ids = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DisassociateSecurityGroupsRequest {
    /// Creates an empty `DisassociateSecurityGroupsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupIds` (required).
    pub fn security_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `InstanceIds` (required).
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for DisassociateSecurityGroupsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupIds", &self.security_group_ids)?;
        require("InstanceIds", &self.instance_ids)?;
        Ok(())
    }
}

/// The response of `DisassociateSecurityGroups` (see
/// [`DisassociateSecurityGroupsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisassociateSecurityGroupsResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DisassociateSecurityGroupsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisassociateSecurityGroupsResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DisassociateSecurityGroupsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DisassociateSecurityGroupsResponse {
    const NAME: &'static str = "DisassociateSecurityGroupsResponse";
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

impl DisassociateSecurityGroupsResponse {
    /// Creates an empty `DisassociateSecurityGroupsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DisassociateSecurityGroupsRequest {
    type Output = DisassociateSecurityGroupsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DisassociateSecurityGroups",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidInstanceID",
            "MissingParameter",
        ],
    };
}

/// Binds security group (`AssociateSecurityGroups`).
///
/// This API is used to bind a security group.
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
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `LimitExceeded.SecurityGroupInstanceLimitExceeded`: The number of instances bound to
///   the security group exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
///
/// Send it with `ecm_sdk::Client::associate_security_groups` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssociateSecurityGroupsRequest {
    /// ID of the security group to be bound, such as esg-efil73jd. You can bind only one
    /// security group.
    ///
    /// Wire name `SecurityGroupIds`; required.
    pub security_group_ids: Option<Vec<String>>,
    /// ID of the bound instance, such as ein-lesecurk. You can specify multiple instances and
    /// request up to 100 instances at a time.
    ///
    /// Wire name `InstanceIds`; required.
    pub instance_ids: Option<Vec<String>>,
}

impl Serialize for AssociateSecurityGroupsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssociateSecurityGroupsRequest")
            .member("SecurityGroupIds", &self.security_group_ids)
            .member("InstanceIds", &self.instance_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for AssociateSecurityGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for AssociateSecurityGroupsRequest {
    const NAME: &'static str = "AssociateSecurityGroupsRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupIds", "InstanceIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupIds" => Some(0),
            "InstanceIds" => Some(1),
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
            0 => {
                self.security_group_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.instance_ids = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl AssociateSecurityGroupsRequest {
    /// Creates an empty `AssociateSecurityGroupsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupIds` (required).
    pub fn security_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `InstanceIds` (required).
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for AssociateSecurityGroupsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupIds", &self.security_group_ids)?;
        require("InstanceIds", &self.instance_ids)?;
        Ok(())
    }
}

/// The response of `AssociateSecurityGroups` (see [`AssociateSecurityGroupsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssociateSecurityGroupsResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AssociateSecurityGroupsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssociateSecurityGroupsResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for AssociateSecurityGroupsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AssociateSecurityGroupsResponse {
    const NAME: &'static str = "AssociateSecurityGroupsResponse";
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

impl AssociateSecurityGroupsResponse {
    /// Creates an empty `AssociateSecurityGroupsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for AssociateSecurityGroupsRequest {
    type Output = AssociateSecurityGroupsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "AssociateSecurityGroups",
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
            "InvalidParameterValue.LimitExceeded",
            "LimitExceeded.SecurityGroupInstanceLimitExceeded",
            "MissingParameter",
        ],
    };
}

/// Queries instance price (`DescribePriceRunInstance`).
///
/// This API is used to query the price of an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidInstanceTypeConfigID`: The model ID is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidSystemDiskSize`: The system disk size is invalid.
/// - `InvalidParameterValue.InvalidSystemDiskType`: The system disk type is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_price_run_instance` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePriceRunInstanceRequest {
    /// Instance model information
    ///
    /// Wire name `InstanceType`; required.
    pub instance_type: Option<String>,
    /// System disk information
    ///
    /// Wire name `SystemDisk`; required.
    pub system_disk: Option<SystemDisk>,
    /// Number of instances
    ///
    /// Wire name `InstanceCount`; required.
    pub instance_count: Option<i64>,
    /// Data disk information
    ///
    /// Wire name `DataDisk`; optional.
    pub data_disk: Option<Vec<DataDisk>>,
    /// Instance billing type. Valid values:
    ///
    /// 0: Bill by daily resource usage peak (CPU, memory, and disk). It applies only to non-GNR
    /// models;
    ///
    /// 1: Bill by usage hours of an instance. It applies only to GNR models. It’s available
    /// to beta users now. To enable it, submit a ticket;
    ///
    /// 2: Bill by usage month of an instance. It applies only to GNR models.
    ///
    /// If this field is left empty, 0 is selected by default for non-GNR models, and 2 is
    /// selected by default for GNR models.
    ///
    /// Wire name `InstanceChargeType`; optional.
    pub instance_charge_type: Option<InstanceChargeType>,
}

impl Serialize for DescribePriceRunInstanceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePriceRunInstanceRequest")
            .member("InstanceType", &self.instance_type)
            .member("SystemDisk", &self.system_disk)
            .member("InstanceCount", &self.instance_count)
            .member("DataDisk", &self.data_disk)
            .member("InstanceChargeType", &self.instance_charge_type)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribePriceRunInstanceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribePriceRunInstanceRequest {
    const NAME: &'static str = "DescribePriceRunInstanceRequest";
    const FIELDS: &'static [&'static str] = &[
        "InstanceType",
        "SystemDisk",
        "InstanceCount",
        "DataDisk",
        "InstanceChargeType",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceType" => Some(0),
            "SystemDisk" => Some(1),
            "InstanceCount" => Some(2),
            "DataDisk" => Some(3),
            "InstanceChargeType" => Some(4),
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
            0 => self.instance_type = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.system_disk = map.next_value()?,
            2 => self.instance_count = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.data_disk = map.next_value()?,
            4 => {
                self.instance_charge_type = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl DescribePriceRunInstanceRequest {
    /// Creates an empty `DescribePriceRunInstanceRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceType` (required).
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `SystemDisk` (required).
    pub fn system_disk(mut self, value: SystemDisk) -> Self {
        self.system_disk = Some(value);
        self
    }

    /// Sets `InstanceCount` (required).
    pub fn instance_count(mut self, value: i64) -> Self {
        self.instance_count = Some(value);
        self
    }

    /// Sets `DataDisk`.
    pub fn data_disk(mut self, value: impl IntoIterator<Item = DataDisk>) -> Self {
        self.data_disk = Some(value.into_iter().collect());
        self
    }

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(mut self, value: impl Into<InstanceChargeType>) -> Self {
        self.instance_charge_type = Some(value.into());
        self
    }
}

impl Validate for DescribePriceRunInstanceRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceType", &self.instance_type)?;
        require("SystemDisk", &self.system_disk)?;
        validate_nested("SystemDisk", &self.system_disk)?;
        require("InstanceCount", &self.instance_count)?;
        validate_list("DataDisk", &self.data_disk)?;
        Ok(())
    }
}

/// The response of `DescribePriceRunInstance` (see [`DescribePriceRunInstanceRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePriceRunInstanceResponse {
    /// Instance price information
    ///
    /// Wire name `InstancePrice`.
    pub instance_price: Option<InstancesPrice>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribePriceRunInstanceResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePriceRunInstanceResponse")
            .member("InstancePrice", &self.instance_price)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribePriceRunInstanceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribePriceRunInstanceResponse {
    const NAME: &'static str = "DescribePriceRunInstanceResponse";
    const FIELDS: &'static [&'static str] = &["InstancePrice", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstancePrice" => Some(0),
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
            0 => self.instance_price = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribePriceRunInstanceResponse {
    /// Creates an empty `DescribePriceRunInstanceResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstancePrice`.
    pub fn set_instance_price(mut self, value: InstancesPrice) -> Self {
        self.instance_price = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribePriceRunInstanceRequest {
    type Output = DescribePriceRunInstanceResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribePriceRunInstance",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidInstanceTypeConfigID",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidSystemDiskSize",
            "InvalidParameterValue.InvalidSystemDiskType",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets instance information (`DescribeInstances`).
///
/// This API is used to get the information of an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `InstanceSet` (20 per page by default, at
///   most 100).
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildDescribeInstance`: Your input is incorrect, or you have
///   no permission for the operation.
/// - `InvalidParameterValue.InvaildPageParam`: The pagination parameter is invalid.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.InvalidOrderByField`: The sort field is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `ResourceNotFound.InstanceNotExist`: The instance is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_instances` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstancesRequest {
    /// Filter.
    ///
    /// zone String Required: no (Filter) Filter by AZ abbreviation.
    ///
    /// zone-name String Required: no (Filter) Filter by AZ name. Fuzzy match is supported.
    ///
    /// module-id String Required: no (Filter) Filter by module ID.
    ///
    /// instance-id String Required: no (Filter) Filter by instance ID.
    ///
    /// instance-name String Required: no (Filter) Filter by instance name. Fuzzy match is
    /// supported.
    ///
    /// ip-address String Required: no (Filter) Filter by the instance's private/public IP.
    ///
    /// instance-uuid string Required: no (Filter) Filter instances by uuid.
    ///
    /// instance-state string Required: no (Filter) Update instances by instance status.
    ///
    /// internet-service-provider String Required: no (Filter) Filter by the ISP of the
    /// instance's public IP.
    ///
    /// tag-key String Required: no (Filter) Filter by tag key.
    ///
    /// tag:tag-key String Required: no (Filter) Filter by tag key-value pair. Replace tag-key
    /// with the specific tag key.
    ///
    /// instance-family String Required: no (Filter) Filter by model family.
    ///
    /// module-name String Required: no (Filter) Filter by module name. Fuzzy match is
    /// supported.
    ///
    /// image-id String Required: no (Filter) Filter by instance image ID.
    ///
    /// vpc-id String Required: no (Filter) Filter by instance VPC ID.
    ///
    /// subnet-id String Required: no (Filter) Filter by instance subnet ID.
    ///
    /// If the Filters parameter is not specified, the information of all relevant instances
    /// will be queried.
    ///
    /// Each request can contain up to 5 Filter.Values.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of returned results. Default value: 20 (if the number of query results is greater
    /// than or equal to 20). Maximum value: 100.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
    /// Specified sort by field. Currently, valid values are as follows:
    ///
    /// timestamp: sort by instance creation time.
    ///
    /// Note: you can sort only by creation time currently. More sort criteria may be supported
    /// in the future.
    ///
    /// If this parameter is not specified, instances will be sorted by creation time by
    /// default.
    ///
    /// Wire name `OrderByField`; optional.
    pub order_by_field: Option<String>,
    /// Sorting order. 0: descending; 1: ascending. If this parameter is not specified, it will
    /// be descending by default.
    ///
    /// Wire name `OrderDirection`; optional.
    pub order_direction: Option<OrderDirection>,
}

impl Serialize for DescribeInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstancesRequest")
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .member("OrderByField", &self.order_by_field)
            .member("OrderDirection", &self.order_direction)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeInstancesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeInstancesRequest {
    const NAME: &'static str = "DescribeInstancesRequest";
    const FIELDS: &'static [&'static str] = &[
        "Filters",
        "Offset",
        "Limit",
        "OrderByField",
        "OrderDirection",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Filters" => Some(0),
            "Offset" => Some(1),
            "Limit" => Some(2),
            "OrderByField" => Some(3),
            "OrderDirection" => Some(4),
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
            0 => self.filters = map.next_value()?,
            1 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.order_by_field = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.order_direction = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl DescribeInstancesRequest {
    /// Creates an empty `DescribeInstancesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Filters` from typed filters ([`DescribeInstancesFilter`];
    /// [`DescribeInstancesFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeInstancesFilter>,
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

    /// Sets `OrderByField`.
    pub fn order_by_field(mut self, value: impl Into<String>) -> Self {
        self.order_by_field = Some(value.into());
        self
    }

    /// Sets `OrderDirection`.
    pub fn order_direction(mut self, value: impl Into<OrderDirection>) -> Self {
        self.order_direction = Some(value.into());
        self
    }
}

/// A filter of `DescribeInstances` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// Documented limits: at most 5 values per filter.
///
/// ```
/// use ecm_sdk::actions::{DescribeInstancesRequest, DescribeInstancesFilter};
///
/// let request = DescribeInstancesRequest::new().filters([
///     DescribeInstancesFilter::zone(["value"]),
///     DescribeInstancesFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeInstancesFilter(Filter);
impl DescribeInstancesFilter {
    /// `zone`: Filter by AZ abbreviation.
    ///
    /// Values documented as String.
    pub fn zone(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("zone").values(values))
    }

    /// `zone-name`: Filter by AZ name. Fuzzy match is supported.
    ///
    /// Values documented as String; fuzzy match.
    pub fn zone_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("zone-name").values(values))
    }

    /// `module-id`: Filter by module ID.
    ///
    /// Values documented as String.
    pub fn module_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("module-id").values(values))
    }

    /// `instance-id`: Filter by instance ID.
    ///
    /// Values documented as String.
    pub fn instance_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-id").values(values))
    }

    /// `instance-name`: Filter by instance name. Fuzzy match is supported.
    ///
    /// Values documented as String; fuzzy match.
    pub fn instance_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-name").values(values))
    }

    /// `ip-address`: Filter by the instance's private/public IP.
    ///
    /// Values documented as String.
    pub fn ip_address(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("ip-address").values(values))
    }

    /// `instance-uuid`: Filter instances by uuid.
    ///
    /// Values documented as String.
    pub fn instance_uuid(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-uuid").values(values))
    }

    /// `instance-state`: Update instances by instance status.
    ///
    /// Values documented as String.
    pub fn instance_state(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-state").values(values))
    }

    /// `internet-service-provider`: Filter by the ISP of the instance's public IP.
    ///
    /// Values documented as String.
    pub fn internet_service_provider(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("internet-service-provider").values(values))
    }

    /// `tag-key`: Filter by tag key.
    ///
    /// Values documented as String.
    pub fn tag_key(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("tag-key").values(values))
    }

    /// `tag:tag-key`: Filter by tag key-value pair. Replace tag-key with the specific tag key.
    ///
    /// Values documented as String.
    pub fn tag(
        key: impl std::fmt::Display,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name(format!("{}{}", "tag:", key)).values(values))
    }

    /// `instance-family`: Filter by model family.
    ///
    /// Values documented as String.
    pub fn instance_family(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-family").values(values))
    }

    /// `module-name`: Filter by module name. Fuzzy match is supported.
    ///
    /// Values documented as String; fuzzy match.
    pub fn module_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("module-name").values(values))
    }

    /// `image-id`: Filter by instance image ID.
    ///
    /// Values documented as String.
    pub fn image_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-id").values(values))
    }

    /// `vpc-id`: Filter by instance VPC ID.
    ///
    /// Values documented as String.
    pub fn vpc_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-id").values(values))
    }

    /// `subnet-id`: Filter by instance subnet ID.
    ///
    /// Values documented as String.
    pub fn subnet_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("subnet-id").values(values))
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

impl From<DescribeInstancesFilter> for Filter {
    fn from(filter: DescribeInstancesFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeInstances` (see [`DescribeInstancesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstancesResponse {
    /// Length of the list of the returned instance information.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// List of the returned instance information.
    ///
    /// Wire name `InstanceSet`; may be `null` (decoded as `None`).
    pub instance_set: Option<Vec<Instance>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeInstancesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstancesResponse")
            .member("TotalCount", &self.total_count)
            .member("InstanceSet", &self.instance_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeInstancesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeInstancesResponse {
    const NAME: &'static str = "DescribeInstancesResponse";
    const FIELDS: &'static [&'static str] = &["TotalCount", "InstanceSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "InstanceSet" => Some(1),
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
            1 => self.instance_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeInstancesResponse {
    /// Creates an empty `DescribeInstancesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `InstanceSet`.
    pub fn set_instance_set(
        mut self,
        value: impl IntoIterator<Item = Instance>,
    ) -> Self {
        self.instance_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeInstancesResponse {
    /// `InstanceSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn instance_set(&self) -> &[Instance] {
        self.instance_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeInstancesRequest {
    type Output = DescribeInstancesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeInstances",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildDescribeInstance",
            "InvalidParameterValue.InvaildPageParam",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.InvalidOrderByField",
            "InvalidParameterValue.ParameterValueTooLarge",
            "ResourceNotFound.InstanceNotExist",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeInstancesRequest {
    type Item = Instance;
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
        output.instance_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.instance_set.as_ref().map(Vec::len)
    }
}
