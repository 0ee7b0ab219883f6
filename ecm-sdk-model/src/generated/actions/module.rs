// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Module APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list, validate_nested,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    DataDisk, Filter, Module, ModuleCounter, ModuleItem, OrderDirection, SystemDisk,
    TagSpecification,
};

/// Modifies the default bandwidth cap of module (`ModifyModuleNetwork`).
///
/// This API is used to modify the default bandwidth cap of a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildModifyParam`: The parameter is incorrect.
/// - `InvalidParameterValue.InvalidBandwidth`: The bandwidth size is invalid.
/// - `InvalidParameterValue.InvalidBandwidthIn`: The inbound bandwidth size exceeds the
///   limit.
/// - `InvalidParameterValue.InvalidBandwidthInAndOut`: The inbound and outbound bandwidth
///   must be the same.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_module_network` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleNetworkRequest {
    /// Module ID
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
    /// Default outbound bandwidth cap
    ///
    /// Wire name `DefaultBandwidth`; required.
    pub default_bandwidth: Option<i64>,
    /// Default inbound bandwidth cap
    ///
    /// Wire name `DefaultBandwidthIn`; optional.
    pub default_bandwidth_in: Option<i64>,
}

impl Serialize for ModifyModuleNetworkRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleNetworkRequest")
            .member("ModuleId", &self.module_id)
            .member("DefaultBandwidth", &self.default_bandwidth)
            .member("DefaultBandwidthIn", &self.default_bandwidth_in)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyModuleNetworkRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyModuleNetworkRequest {
    const NAME: &'static str = "ModifyModuleNetworkRequest";
    const FIELDS: &'static [&'static str] = &[
        "ModuleId",
        "DefaultBandwidth",
        "DefaultBandwidthIn",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
            "DefaultBandwidth" => Some(1),
            "DefaultBandwidthIn" => Some(2),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.default_bandwidth = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.default_bandwidth_in = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyModuleNetworkRequest {
    /// Creates an empty `ModifyModuleNetworkRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `DefaultBandwidth` (required).
    pub fn default_bandwidth(mut self, value: i64) -> Self {
        self.default_bandwidth = Some(value);
        self
    }

    /// Sets `DefaultBandwidthIn`.
    pub fn default_bandwidth_in(mut self, value: i64) -> Self {
        self.default_bandwidth_in = Some(value);
        self
    }
}

impl Validate for ModifyModuleNetworkRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleId", &self.module_id)?;
        require("DefaultBandwidth", &self.default_bandwidth)?;
        Ok(())
    }
}

/// The response of `ModifyModuleNetwork` (see [`ModifyModuleNetworkRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleNetworkResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyModuleNetworkResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleNetworkResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyModuleNetworkResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyModuleNetworkResponse {
    const NAME: &'static str = "ModifyModuleNetworkResponse";
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

impl ModifyModuleNetworkResponse {
    /// Creates an empty `ModifyModuleNetworkResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyModuleNetworkRequest {
    type Output = ModifyModuleNetworkResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyModuleNetwork",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildModifyParam",
            "InvalidParameterValue.InvalidBandwidth",
            "InvalidParameterValue.InvalidBandwidthIn",
            "InvalidParameterValue.InvalidBandwidthInAndOut",
            "InvalidParameterValue.InvalidModuleID",
            "InvalidParameterValue.InvalidPublicParam",
            "MissingParameter.MissingModuleParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Renames module (`ModifyModuleName`).
///
/// This API is used to rename a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `InvalidParameterValue.InvalidModuleName`: The module names conflict.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
///
/// Send it with `ecm_sdk::Client::modify_module_name` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleNameRequest {
    /// Module ID.
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
    /// Module name.
    ///
    /// Wire name `ModuleName`; required.
    pub module_name: Option<String>,
}

impl Serialize for ModifyModuleNameRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleNameRequest")
            .member("ModuleId", &self.module_id)
            .member("ModuleName", &self.module_name)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyModuleNameRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyModuleNameRequest {
    const NAME: &'static str = "ModifyModuleNameRequest";
    const FIELDS: &'static [&'static str] = &["ModuleId", "ModuleName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
            "ModuleName" => Some(1),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.module_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyModuleNameRequest {
    /// Creates an empty `ModifyModuleNameRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `ModuleName` (required).
    pub fn module_name(mut self, value: impl Into<String>) -> Self {
        self.module_name = Some(value.into());
        self
    }
}

impl Validate for ModifyModuleNameRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleId", &self.module_id)?;
        require("ModuleName", &self.module_name)?;
        Ok(())
    }
}

/// The response of `ModifyModuleName` (see [`ModifyModuleNameRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleNameResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyModuleNameResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleNameResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyModuleNameResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyModuleNameResponse {
    const NAME: &'static str = "ModifyModuleNameResponse";
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

impl ModifyModuleNameResponse {
    /// Creates an empty `ModifyModuleNameResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyModuleNameRequest {
    type Output = ModifyModuleNameResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyModuleName",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidModuleID",
            "InvalidParameterValue.InvalidModuleName",
            "InvalidParameterValue.ParameterValueTooLarge",
            "MissingParameter.MissingModuleParameter",
        ],
    };
}

/// Modifies the default image of module (`ModifyModuleImage`).
///
/// This API is used to modify the default image of a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildModifyParam`: The parameter is incorrect.
/// - `InvalidParameterValue.InvalidImageArchitecture`: Models with a memory of 4 GB or
///   above do not support 32-bit OS images.
/// - `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.InstanceTypeNotSupportImage`: The current model does not support
///   the selected image.
///
/// Send it with `ecm_sdk::Client::modify_module_image` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleImageRequest {
    /// Default image ID
    ///
    /// Wire name `DefaultImageId`; required.
    pub default_image_id: Option<String>,
    /// Module ID
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
}

impl Serialize for ModifyModuleImageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleImageRequest")
            .member("DefaultImageId", &self.default_image_id)
            .member("ModuleId", &self.module_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyModuleImageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyModuleImageRequest {
    const NAME: &'static str = "ModifyModuleImageRequest";
    const FIELDS: &'static [&'static str] = &["DefaultImageId", "ModuleId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "DefaultImageId" => Some(0),
            "ModuleId" => Some(1),
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
                self.default_image_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyModuleImageRequest {
    /// Creates an empty `ModifyModuleImageRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `DefaultImageId` (required).
    pub fn default_image_id(mut self, value: impl Into<String>) -> Self {
        self.default_image_id = Some(value.into());
        self
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }
}

impl Validate for ModifyModuleImageRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("DefaultImageId", &self.default_image_id)?;
        require("ModuleId", &self.module_id)?;
        Ok(())
    }
}

/// The response of `ModifyModuleImage` (see [`ModifyModuleImageRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleImageResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyModuleImageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleImageResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyModuleImageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyModuleImageResponse {
    const NAME: &'static str = "ModifyModuleImageResponse";
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

impl ModifyModuleImageResponse {
    /// Creates an empty `ModifyModuleImageResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyModuleImageRequest {
    type Output = ModifyModuleImageResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyModuleImage",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildModifyParam",
            "InvalidParameterValue.InvalidImageArchitecture",
            "InvalidParameterValue.InvalidImageID",
            "InvalidParameterValue.InvalidModuleID",
            "MissingParameter.MissingModuleParameter",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.InstanceTypeNotSupportImage",
        ],
    };
}

/// Displays module details (`DescribeModuleDetail`).
///
/// This API is used to display the details of a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_module_detail` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeModuleDetailRequest {
    /// Module ID, such as em-qn46snq8.
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
}

impl Serialize for DescribeModuleDetailRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeModuleDetailRequest")
            .member("ModuleId", &self.module_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeModuleDetailRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeModuleDetailRequest {
    const NAME: &'static str = "DescribeModuleDetailRequest";
    const FIELDS: &'static [&'static str] = &["ModuleId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
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
            self.module_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeModuleDetailRequest {
    /// Creates an empty `DescribeModuleDetailRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }
}

impl Validate for DescribeModuleDetailRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleId", &self.module_id)?;
        Ok(())
    }
}

/// The response of `DescribeModuleDetail` (see [`DescribeModuleDetailRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeModuleDetailResponse {
    /// Module details. For more information, see ModuleInfo in the data structure.
    ///
    /// Wire name `Module`; may be `null` (decoded as `None`).
    pub module: Option<Module>,
    /// Module statistics. For more information, see ModuleCounterInfo in the data structure.
    ///
    /// Wire name `ModuleCounter`; may be `null` (decoded as `None`).
    pub module_counter: Option<ModuleCounter>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeModuleDetailResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeModuleDetailResponse")
            .member("Module", &self.module)
            .member("ModuleCounter", &self.module_counter)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeModuleDetailResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeModuleDetailResponse {
    const NAME: &'static str = "DescribeModuleDetailResponse";
    const FIELDS: &'static [&'static str] = &["Module", "ModuleCounter", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Module" => Some(0),
            "ModuleCounter" => Some(1),
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
            0 => self.module = map.next_value()?,
            1 => self.module_counter = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeModuleDetailResponse {
    /// Creates an empty `DescribeModuleDetailResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Module`.
    pub fn set_module(mut self, value: Module) -> Self {
        self.module = Some(value);
        self
    }

    /// Sets `ModuleCounter`.
    pub fn set_module_counter(mut self, value: ModuleCounter) -> Self {
        self.module_counter = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeModuleDetailRequest {
    type Output = DescribeModuleDetailResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeModuleDetail",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidModuleID",
            "InvalidParameterValue.InvalidPublicParam",
            "MissingParameter.MissingModuleParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets module list (`DescribeModule`).
///
/// This API is used to get the list of modules.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `ModuleItemSet` (20 per page by default, at
///   most 100).
///
/// Error codes the documentation lists for this action:
///
/// - `AuthFailure.UnauthorizedOperation`: Authentication failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildPageParam`: The pagination parameter is invalid.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_module` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeModuleRequest {
    /// Filter.
    ///
    /// module-name - string - Required: no - (Filter) Filter by module name.
    ///
    /// module-id - string - Required: no - (Filter) Filter by module ID.
    ///
    /// image-id String Required: no (Filter) Filter by image ID.
    ///
    /// instance-family String Required: no (Filter) Filter by model family.
    ///
    /// security-group-id - string Required: no - (Filter) Filter by ID of the security group
    /// bound to the module.
    ///
    /// Each request can contain up to 10 Filters and 5 Filter.Values.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0. For more information on Offset, see the relevant section of
    /// the API overview.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of returned results. Default value: 20. Maximum value: 100. For more information
    /// on Limit, see the relevant section of the API overview.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
    /// Specified sort by field. Currently, valid values are as follows:
    ///
    /// instance-num: sort by the number of instances.
    ///
    /// node-num: sort by the number of nodes.
    ///
    /// timestamp: sort by instance creation time.
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

impl Serialize for DescribeModuleRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeModuleRequest")
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
impl<'de> Deserialize<'de> for DescribeModuleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeModuleRequest {
    const NAME: &'static str = "DescribeModuleRequest";
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

impl DescribeModuleRequest {
    /// Creates an empty `DescribeModuleRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Filters` from typed filters ([`DescribeModuleFilter`];
    /// [`DescribeModuleFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeModuleFilter>,
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

/// A filter of `DescribeModule` (its `Filters` parameter): one constructor per documented
/// filter name.
///
/// Documented limits: at most 10 filters per request, at most 5 values per filter.
///
/// ```
/// use ecm_sdk::actions::{DescribeModuleRequest, DescribeModuleFilter};
///
/// let request = DescribeModuleRequest::new().filters([
///     DescribeModuleFilter::module_name(["value"]),
///     DescribeModuleFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeModuleFilter(Filter);
impl DescribeModuleFilter {
    /// `module-name`: Filter by module name.
    ///
    /// Values documented as String.
    pub fn module_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("module-name").values(values))
    }

    /// `module-id`: Filter by module ID.
    ///
    /// Values documented as String.
    pub fn module_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("module-id").values(values))
    }

    /// `image-id`: Filter by image ID.
    ///
    /// Values documented as String.
    pub fn image_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("image-id").values(values))
    }

    /// `instance-family`: Filter by model family.
    ///
    /// Values documented as String.
    pub fn instance_family(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("instance-family").values(values))
    }

    /// `security-group-id`: Filter by ID of the security group bound to the module.
    ///
    /// Values documented as String.
    pub fn security_group_id(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("security-group-id").values(values))
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

impl From<DescribeModuleFilter> for Filter {
    fn from(filter: DescribeModuleFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeModuleRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeModule` (see [`DescribeModuleRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeModuleResponse {
    /// Number of eligible modules.
    ///
    /// Wire name `TotalCount`; may be `null` (decoded as `None`).
    pub total_count: Option<i64>,
    /// List of module details.
    ///
    /// Wire name `ModuleItemSet`; may be `null` (decoded as `None`).
    pub module_item_set: Option<Vec<ModuleItem>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeModuleResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeModuleResponse")
            .member("TotalCount", &self.total_count)
            .member("ModuleItemSet", &self.module_item_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeModuleResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeModuleResponse {
    const NAME: &'static str = "DescribeModuleResponse";
    const FIELDS: &'static [&'static str] = &[
        "TotalCount",
        "ModuleItemSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "ModuleItemSet" => Some(1),
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
            1 => self.module_item_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeModuleResponse {
    /// Creates an empty `DescribeModuleResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `ModuleItemSet`.
    pub fn set_module_item_set(
        mut self,
        value: impl IntoIterator<Item = ModuleItem>,
    ) -> Self {
        self.module_item_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeModuleResponse {
    /// `ModuleItemSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn module_item_set(&self) -> &[ModuleItem] {
        self.module_item_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeModuleRequest {
    type Output = DescribeModuleResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeModule",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "AuthFailure.UnauthorizedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildPageParam",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidPublicParam",
            "MissingParameter.MissingModuleParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeModuleRequest {
    type Item = ModuleItem;
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
        output.module_item_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.module_item_set.as_ref().map(Vec::len)
    }
}

/// Deletes business module (`DeleteModule`).
///
/// This API is used to delete a business module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InstanceInModule`: An instance already exists under the module.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationConflict`: The current operation cannot be performed as
///   another operation is being performed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::delete_module` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteModuleRequest {
    /// Module ID, such as em-qn46snq8.
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
}

impl Serialize for DeleteModuleRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteModuleRequest")
            .member("ModuleId", &self.module_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteModuleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteModuleRequest {
    const NAME: &'static str = "DeleteModuleRequest";
    const FIELDS: &'static [&'static str] = &["ModuleId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
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
            self.module_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DeleteModuleRequest {
    /// Creates an empty `DeleteModuleRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }
}

impl Validate for DeleteModuleRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleId", &self.module_id)?;
        Ok(())
    }
}

/// The response of `DeleteModule` (see [`DeleteModuleRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteModuleResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteModuleResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteModuleResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteModuleResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteModuleResponse {
    const NAME: &'static str = "DeleteModuleResponse";
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

impl DeleteModuleResponse {
    /// Creates an empty `DeleteModuleResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteModuleRequest {
    type Output = DeleteModuleResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteModule",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InstanceInModule",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationConflict",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidModuleID",
            "MissingParameter.MissingModuleParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Creates module (`CreateModule`).
///
/// This API is used to create a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildModuleNum`: The number of modules is invalid.
/// - `InvalidParameterValue.InvalidBandwidth`: The bandwidth size is invalid.
/// - `InvalidParameterValue.InvalidBandwidthIn`: The inbound bandwidth size exceeds the
///   limit.
/// - `InvalidParameterValue.InvalidBandwidthInAndOut`: The inbound and outbound bandwidth
///   must be the same.
/// - `InvalidParameterValue.InvalidDataDiskSize`: The data disk size is invalid.
/// - `InvalidParameterValue.InvalidEIPDirectService`: Windows images do not support IP
///   direct access.
/// - `InvalidParameterValue.InvalidImageArchitecture`: Models with a memory of 4 GB or
///   above do not support 32-bit OS images.
/// - `InvalidParameterValue.InvalidImageID`: The image ID is invalid.
/// - `InvalidParameterValue.InvalidInstanceTypeConfigID`: The model ID is invalid.
/// - `InvalidParameterValue.InvalidModuleName`: The module names conflict.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidSystemDiskSize`: The system disk size is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.UserNotSupportIPv6`: IPv6 is not supported.
/// - `LimitExceeded.ModuleSecurityGroupLimitExceeded`: The number of default module
///   security groups exceeds the limit.
/// - `LimitExceeded.SecurityGroupModuleLimitExceeded`: The number of modules that can be
///   associated with the security group exceeds the limit.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.InstanceTypeNotSupportImage`: The current model does not support
///   the selected image.
///
/// Send it with `ecm_sdk::Client::create_module` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateModuleRequest {
    /// Module name, such as video live streaming module name. It cannot start with a space or
    /// exceed 60 characters.
    ///
    /// Wire name `ModuleName`; required.
    pub module_name: Option<String>,
    /// Default bandwidth in Mbps. It cannot exceed the bandwidth range. For more information,
    /// see DescribeConfig.
    ///
    /// Wire name `DefaultBandWidth`; required.
    pub default_band_width: Option<i64>,
    /// Default image ID, such as img-qsdf3ff2.
    ///
    /// Wire name `DefaultImageId`; required.
    pub default_image_id: Option<String>,
    /// Model ID.
    ///
    /// Wire name `InstanceType`; required.
    pub instance_type: Option<String>,
    /// Default system disk size in GB. It is 50 GB by default and cannot exceed the system disk
    /// size range. For more information, see DescribeConfig.
    ///
    /// Wire name `DefaultSystemDiskSize`; required.
    pub default_system_disk_size: Option<i64>,
    /// Default data disk size in GB. It cannot exceed the system disk size range. For more
    /// information, see DescribeConfig.
    ///
    /// Wire name `DefaultDataDiskSize`; required.
    pub default_data_disk_size: Option<i64>,
    /// Whether to disable IP direct access. Valid values:
    ///
    /// true: yes
    ///
    /// false: no
    ///
    /// Wire name `CloseIpDirect`; optional.
    pub close_ip_direct: Option<bool>,
    /// List of tags.
    ///
    /// Wire name `TagSpecification`; optional.
    pub tag_specification: Option<Vec<TagSpecification>>,
    /// List of default module security groups
    ///
    /// Wire name `SecurityGroups`; optional.
    pub security_groups: Option<Vec<String>>,
    /// Default inbound bandwidth in Mbps. It cannot exceed the bandwidth range. For more
    /// information, see DescribeConfig.
    ///
    /// Wire name `DefaultBandWidthIn`; optional.
    pub default_band_width_in: Option<i64>,
    /// Whether to prohibit public IP assignment
    ///
    /// Wire name `DisableWanIp`; optional.
    pub disable_wan_ip: Option<bool>,
    /// System disk information.
    ///
    /// Wire name `SystemDisk`; optional.
    pub system_disk: Option<SystemDisk>,
    /// Data disk information.
    ///
    /// Wire name `DataDisks`; optional.
    pub data_disks: Option<Vec<DataDisk>>,
}

impl Serialize for CreateModuleRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateModuleRequest")
            .member("ModuleName", &self.module_name)
            .member("DefaultBandWidth", &self.default_band_width)
            .member("DefaultImageId", &self.default_image_id)
            .member("InstanceType", &self.instance_type)
            .member("DefaultSystemDiskSize", &self.default_system_disk_size)
            .member("DefaultDataDiskSize", &self.default_data_disk_size)
            .member("CloseIpDirect", &self.close_ip_direct)
            .member("TagSpecification", &self.tag_specification)
            .member("SecurityGroups", &self.security_groups)
            .member("DefaultBandWidthIn", &self.default_band_width_in)
            .member("DisableWanIp", &self.disable_wan_ip)
            .member("SystemDisk", &self.system_disk)
            .member("DataDisks", &self.data_disks)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateModuleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateModuleRequest {
    const NAME: &'static str = "CreateModuleRequest";
    const FIELDS: &'static [&'static str] = &[
        "ModuleName",
        "DefaultBandWidth",
        "DefaultImageId",
        "InstanceType",
        "DefaultSystemDiskSize",
        "DefaultDataDiskSize",
        "CloseIpDirect",
        "TagSpecification",
        "SecurityGroups",
        "DefaultBandWidthIn",
        "DisableWanIp",
        "SystemDisk",
        "DataDisks",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleName" => Some(0),
            "DefaultBandWidth" => Some(1),
            "DefaultImageId" => Some(2),
            "InstanceType" => Some(3),
            "DefaultSystemDiskSize" => Some(4),
            "DefaultDataDiskSize" => Some(5),
            "CloseIpDirect" => Some(6),
            "TagSpecification" => Some(7),
            "SecurityGroups" => Some(8),
            "DefaultBandWidthIn" => Some(9),
            "DisableWanIp" => Some(10),
            "SystemDisk" => Some(11),
            "DataDisks" => Some(12),
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
            0 => self.module_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.default_band_width = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.default_image_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.instance_type = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.default_system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => {
                self.default_data_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => {
                self.close_ip_direct = map.next_value_seed(crate::lenient::Field::new())?;
            }
            7 => self.tag_specification = map.next_value()?,
            8 => {
                self.security_groups = map.next_value_seed(crate::lenient::Field::new())?;
            }
            9 => {
                self.default_band_width_in = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            10 => {
                self.disable_wan_ip = map.next_value_seed(crate::lenient::Field::new())?;
            }
            11 => self.system_disk = map.next_value()?,
            12 => self.data_disks = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateModuleRequest {
    /// Creates an empty `CreateModuleRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleName` (required).
    pub fn module_name(mut self, value: impl Into<String>) -> Self {
        self.module_name = Some(value.into());
        self
    }

    /// Sets `DefaultBandWidth` (required).
    pub fn default_band_width(mut self, value: i64) -> Self {
        self.default_band_width = Some(value);
        self
    }

    /// Sets `DefaultImageId` (required).
    pub fn default_image_id(mut self, value: impl Into<String>) -> Self {
        self.default_image_id = Some(value.into());
        self
    }

    /// Sets `InstanceType` (required).
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `DefaultSystemDiskSize` (required).
    pub fn default_system_disk_size(mut self, value: i64) -> Self {
        self.default_system_disk_size = Some(value);
        self
    }

    /// Sets `DefaultDataDiskSize` (required).
    pub fn default_data_disk_size(mut self, value: i64) -> Self {
        self.default_data_disk_size = Some(value);
        self
    }

    /// Sets `CloseIpDirect`.
    pub fn close_ip_direct(mut self, value: bool) -> Self {
        self.close_ip_direct = Some(value);
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

    /// Sets `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `DefaultBandWidthIn`.
    pub fn default_band_width_in(mut self, value: i64) -> Self {
        self.default_band_width_in = Some(value);
        self
    }

    /// Sets `DisableWanIp`.
    pub fn disable_wan_ip(mut self, value: bool) -> Self {
        self.disable_wan_ip = Some(value);
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

impl Validate for CreateModuleRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleName", &self.module_name)?;
        require("DefaultBandWidth", &self.default_band_width)?;
        require("DefaultImageId", &self.default_image_id)?;
        require("InstanceType", &self.instance_type)?;
        require("DefaultSystemDiskSize", &self.default_system_disk_size)?;
        require("DefaultDataDiskSize", &self.default_data_disk_size)?;
        validate_list("TagSpecification", &self.tag_specification)?;
        validate_nested("SystemDisk", &self.system_disk)?;
        validate_list("DataDisks", &self.data_disks)?;
        Ok(())
    }
}

/// The response of `CreateModule` (see [`CreateModuleRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateModuleResponse {
    /// Module ID. It is the ID assigned to a module after it is created successfully.
    ///
    /// Wire name `ModuleId`.
    pub module_id: Option<String>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateModuleResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateModuleResponse")
            .member("ModuleId", &self.module_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateModuleResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateModuleResponse {
    const NAME: &'static str = "CreateModuleResponse";
    const FIELDS: &'static [&'static str] = &["ModuleId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateModuleResponse {
    /// Creates an empty `CreateModuleResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId`.
    pub fn set_module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateModuleRequest {
    type Output = CreateModuleResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateModule",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildModuleNum",
            "InvalidParameterValue.InvalidBandwidth",
            "InvalidParameterValue.InvalidBandwidthIn",
            "InvalidParameterValue.InvalidBandwidthInAndOut",
            "InvalidParameterValue.InvalidDataDiskSize",
            "InvalidParameterValue.InvalidEIPDirectService",
            "InvalidParameterValue.InvalidImageArchitecture",
            "InvalidParameterValue.InvalidImageID",
            "InvalidParameterValue.InvalidInstanceTypeConfigID",
            "InvalidParameterValue.InvalidModuleName",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidSystemDiskSize",
            "InvalidParameterValue.ParameterValueTooLarge",
            "InvalidParameterValue.UserNotSupportIPv6",
            "LimitExceeded.ModuleSecurityGroupLimitExceeded",
            "LimitExceeded.SecurityGroupModuleLimitExceeded",
            "MissingParameter.MissingModuleParameter",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.InstanceTypeNotSupportImage",
        ],
    };
}

/// Modifies module configuration (`ModifyModuleConfig`).
///
/// This API is used to modify the configuration of a module. You cannot modify the
/// configuration of the module if it is associated with an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvaildModifyParam`: The parameter is incorrect.
/// - `InvalidParameterValue.InvalidDataDiskSize`: The data disk size is invalid.
/// - `InvalidParameterValue.InvalidImageArchitecture`: Models with a memory of 4 GB or
///   above do not support 32-bit OS images.
/// - `InvalidParameterValue.InvalidInstanceType`: The configuration of a High-IO model
///   cannot be adjusted.
/// - `InvalidParameterValue.InvalidInstanceTypeConfigID`: The model ID is invalid.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.ModuleNotAllowChange`: The default configuration of an ECM
///   module associated with instances cannot be modified.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_module_config` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleConfigRequest {
    /// Module ID.
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
    /// Model ID.
    ///
    /// Wire name `InstanceType`; required.
    pub instance_type: Option<String>,
    /// Default data disk size in GB. It cannot exceed the system disk size range. For more
    /// information, see DescribeConfig.
    ///
    /// Wire name `DefaultDataDiskSize`; required.
    pub default_data_disk_size: Option<i64>,
    /// Default system disk size in GB. It cannot exceed the system disk size range. For more
    /// information, see DescribeConfig.
    ///
    /// Wire name `DefaultSystemDiskSize`; optional.
    pub default_system_disk_size: Option<i64>,
    /// System disk
    ///
    /// Wire name `SystemDisk`; optional.
    pub system_disk: Option<SystemDisk>,
    /// Data disk
    ///
    /// Wire name `DataDisks`; optional.
    pub data_disks: Option<Vec<DataDisk>>,
}

impl Serialize for ModifyModuleConfigRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleConfigRequest")
            .member("ModuleId", &self.module_id)
            .member("InstanceType", &self.instance_type)
            .member("DefaultDataDiskSize", &self.default_data_disk_size)
            .member("DefaultSystemDiskSize", &self.default_system_disk_size)
            .member("SystemDisk", &self.system_disk)
            .member("DataDisks", &self.data_disks)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyModuleConfigRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyModuleConfigRequest {
    const NAME: &'static str = "ModifyModuleConfigRequest";
    const FIELDS: &'static [&'static str] = &[
        "ModuleId",
        "InstanceType",
        "DefaultDataDiskSize",
        "DefaultSystemDiskSize",
        "SystemDisk",
        "DataDisks",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
            "InstanceType" => Some(1),
            "DefaultDataDiskSize" => Some(2),
            "DefaultSystemDiskSize" => Some(3),
            "SystemDisk" => Some(4),
            "DataDisks" => Some(5),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.instance_type = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.default_data_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.default_system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.system_disk = map.next_value()?,
            5 => self.data_disks = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyModuleConfigRequest {
    /// Creates an empty `ModifyModuleConfigRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `InstanceType` (required).
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `DefaultDataDiskSize` (required).
    pub fn default_data_disk_size(mut self, value: i64) -> Self {
        self.default_data_disk_size = Some(value);
        self
    }

    /// Sets `DefaultSystemDiskSize`.
    pub fn default_system_disk_size(mut self, value: i64) -> Self {
        self.default_system_disk_size = Some(value);
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

impl Validate for ModifyModuleConfigRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleId", &self.module_id)?;
        require("InstanceType", &self.instance_type)?;
        require("DefaultDataDiskSize", &self.default_data_disk_size)?;
        validate_nested("SystemDisk", &self.system_disk)?;
        validate_list("DataDisks", &self.data_disks)?;
        Ok(())
    }
}

/// The response of `ModifyModuleConfig` (see [`ModifyModuleConfigRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleConfigResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyModuleConfigResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleConfigResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyModuleConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyModuleConfigResponse {
    const NAME: &'static str = "ModifyModuleConfigResponse";
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

impl ModifyModuleConfigResponse {
    /// Creates an empty `ModifyModuleConfigResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyModuleConfigRequest {
    type Output = ModifyModuleConfigResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyModuleConfig",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvaildModifyParam",
            "InvalidParameterValue.InvalidDataDiskSize",
            "InvalidParameterValue.InvalidImageArchitecture",
            "InvalidParameterValue.InvalidInstanceType",
            "InvalidParameterValue.InvalidInstanceTypeConfigID",
            "InvalidParameterValue.InvalidModuleID",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.ModuleNotAllowChange",
            "MissingParameter.MissingModuleParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Modifies the IP direct access of module (`ModifyModuleIpDirect`).
///
/// This API is used to modify the IP direct access of a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidEIPDirectService`: Windows images do not support IP
///   direct access.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
///
/// Send it with `ecm_sdk::Client::modify_module_ip_direct` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleIpDirectRequest {
    /// Module ID.
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
    /// Whether to disable IP direct access. Valid values:
    ///
    /// true: yes
    ///
    /// false: no
    ///
    /// Wire name `CloseIpDirect`; required.
    pub close_ip_direct: Option<bool>,
}

impl Serialize for ModifyModuleIpDirectRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleIpDirectRequest")
            .member("ModuleId", &self.module_id)
            .member("CloseIpDirect", &self.close_ip_direct)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyModuleIpDirectRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyModuleIpDirectRequest {
    const NAME: &'static str = "ModifyModuleIpDirectRequest";
    const FIELDS: &'static [&'static str] = &["ModuleId", "CloseIpDirect"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
            "CloseIpDirect" => Some(1),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.close_ip_direct = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyModuleIpDirectRequest {
    /// Creates an empty `ModifyModuleIpDirectRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `CloseIpDirect` (required).
    pub fn close_ip_direct(mut self, value: bool) -> Self {
        self.close_ip_direct = Some(value);
        self
    }
}

impl Validate for ModifyModuleIpDirectRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleId", &self.module_id)?;
        require("CloseIpDirect", &self.close_ip_direct)?;
        Ok(())
    }
}

/// The response of `ModifyModuleIpDirect` (see [`ModifyModuleIpDirectRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleIpDirectResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyModuleIpDirectResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleIpDirectResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyModuleIpDirectResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyModuleIpDirectResponse {
    const NAME: &'static str = "ModifyModuleIpDirectResponse";
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

impl ModifyModuleIpDirectResponse {
    /// Creates an empty `ModifyModuleIpDirectResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyModuleIpDirectRequest {
    type Output = ModifyModuleIpDirectResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyModuleIpDirect",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidEIPDirectService",
            "InvalidParameterValue.InvalidModuleID",
            "MissingParameter.MissingModuleParameter",
        ],
    };
}

/// Modifies the default security group of module (`ModifyModuleSecurityGroups`).
///
/// This API is used to modify the default security group of a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `LimitExceeded.ModuleSecurityGroupLimitExceeded`: The number of default module
///   security groups exceeds the limit.
/// - `LimitExceeded.SecurityGroupModuleLimitExceeded`: The number of modules that can be
///   associated with the security group exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::modify_module_security_groups` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleSecurityGroupsRequest {
    /// List of up to 5 security groups.
    ///
    /// Wire name `SecurityGroupIdSet`; required.
    pub security_group_id_set: Option<Vec<String>>,
    /// Module ID.
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
}

impl Serialize for ModifyModuleSecurityGroupsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleSecurityGroupsRequest")
            .member("SecurityGroupIdSet", &self.security_group_id_set)
            .member("ModuleId", &self.module_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyModuleSecurityGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyModuleSecurityGroupsRequest {
    const NAME: &'static str = "ModifyModuleSecurityGroupsRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupIdSet", "ModuleId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupIdSet" => Some(0),
            "ModuleId" => Some(1),
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
                self.security_group_id_set = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyModuleSecurityGroupsRequest {
    /// Creates an empty `ModifyModuleSecurityGroupsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupIdSet` (required).
    pub fn security_group_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }
}

impl Validate for ModifyModuleSecurityGroupsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupIdSet", &self.security_group_id_set)?;
        require("ModuleId", &self.module_id)?;
        Ok(())
    }
}

/// The response of `ModifyModuleSecurityGroups` (see
/// [`ModifyModuleSecurityGroupsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleSecurityGroupsResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyModuleSecurityGroupsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleSecurityGroupsResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyModuleSecurityGroupsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyModuleSecurityGroupsResponse {
    const NAME: &'static str = "ModifyModuleSecurityGroupsResponse";
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

impl ModifyModuleSecurityGroupsResponse {
    /// Creates an empty `ModifyModuleSecurityGroupsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyModuleSecurityGroupsRequest {
    type Output = ModifyModuleSecurityGroupsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyModuleSecurityGroups",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.InvalidModuleID",
            "LimitExceeded.ModuleSecurityGroupLimitExceeded",
            "LimitExceeded.SecurityGroupModuleLimitExceeded",
            "MissingParameter",
            "ResourceNotFound",
        ],
    };
}

/// Specifies whether to prohibit public IP assignment for a module
/// (`ModifyModuleDisableWanIp`).
///
/// This API is used to specify whether to prohibit public IP assignment for a module.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidModuleID`: The module ID is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
///
/// Send it with `ecm_sdk::Client::modify_module_disable_wan_ip` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleDisableWanIpRequest {
    /// Module ID
    ///
    /// Wire name `ModuleId`; required.
    pub module_id: Option<String>,
    /// Whether to prohibit public IP assignment. Valid values: true: no; false: yes.
    ///
    /// Wire name `DisableWanIp`; required.
    pub disable_wan_ip: Option<bool>,
}

impl Serialize for ModifyModuleDisableWanIpRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleDisableWanIpRequest")
            .member("ModuleId", &self.module_id)
            .member("DisableWanIp", &self.disable_wan_ip)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyModuleDisableWanIpRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyModuleDisableWanIpRequest {
    const NAME: &'static str = "ModifyModuleDisableWanIpRequest";
    const FIELDS: &'static [&'static str] = &["ModuleId", "DisableWanIp"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
            "DisableWanIp" => Some(1),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.disable_wan_ip = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyModuleDisableWanIpRequest {
    /// Creates an empty `ModifyModuleDisableWanIpRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId` (required).
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `DisableWanIp` (required).
    pub fn disable_wan_ip(mut self, value: bool) -> Self {
        self.disable_wan_ip = Some(value);
        self
    }
}

impl Validate for ModifyModuleDisableWanIpRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ModuleId", &self.module_id)?;
        require("DisableWanIp", &self.disable_wan_ip)?;
        Ok(())
    }
}

/// The response of `ModifyModuleDisableWanIp` (see [`ModifyModuleDisableWanIpRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyModuleDisableWanIpResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyModuleDisableWanIpResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyModuleDisableWanIpResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyModuleDisableWanIpResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyModuleDisableWanIpResponse {
    const NAME: &'static str = "ModifyModuleDisableWanIpResponse";
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

impl ModifyModuleDisableWanIpResponse {
    /// Creates an empty `ModifyModuleDisableWanIpResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyModuleDisableWanIpRequest {
    type Output = ModifyModuleDisableWanIpResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyModuleDisableWanIp",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidModuleID",
            "MissingParameter.MissingModuleParameter",
        ],
    };
}
