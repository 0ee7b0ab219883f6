// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "VPC APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{Filter, Tag, VpcInfo};

/// Modifies VPC attributes (`ModifyVpcAttribute`).
///
/// This API is used to modify the attributes of a VPC.
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
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_vpc_attribute` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyVpcAttributeRequest {
    /// VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// VPC name, which can be customized with up to 60 characters.
    ///
    /// Wire name `VpcName`; optional.
    pub vpc_name: Option<String>,
    /// Tags
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<Tag>>,
    /// VPC description
    ///
    /// Wire name `Description`; optional.
    pub description: Option<String>,
}

impl Serialize for ModifyVpcAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyVpcAttributeRequest")
            .member("VpcId", &self.vpc_id)
            .member("EcmRegion", &self.ecm_region)
            .member("VpcName", &self.vpc_name)
            .member("Tags", &self.tags)
            .member("Description", &self.description)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyVpcAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyVpcAttributeRequest {
    const NAME: &'static str = "ModifyVpcAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "EcmRegion",
        "VpcName",
        "Tags",
        "Description",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "EcmRegion" => Some(1),
            "VpcName" => Some(2),
            "Tags" => Some(3),
            "Description" => Some(4),
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
            0 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.vpc_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.tags = map.next_value()?,
            4 => self.description = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyVpcAttributeRequest {
    /// Creates an empty `ModifyVpcAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId` (required).
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `VpcName`.
    pub fn vpc_name(mut self, value: impl Into<String>) -> Self {
        self.vpc_name = Some(value.into());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

impl Validate for ModifyVpcAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("VpcId", &self.vpc_id)?;
        require("EcmRegion", &self.ecm_region)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `ModifyVpcAttribute` (see [`ModifyVpcAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyVpcAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyVpcAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyVpcAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyVpcAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyVpcAttributeResponse {
    const NAME: &'static str = "ModifyVpcAttributeResponse";
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

impl ModifyVpcAttributeResponse {
    /// Creates an empty `ModifyVpcAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyVpcAttributeRequest {
    type Output = ModifyVpcAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyVpcAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.TooLong",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Deletes VPC (`DeleteVpc`).
///
/// This API is used to delete a VPC.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::delete_vpc` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteVpcRequest {
    /// VPC instance ID, which can be obtained from the VpcId field in the returned value of the
    /// DescribeVpcs API.
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for DeleteVpcRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteVpcRequest")
            .member("VpcId", &self.vpc_id)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteVpcRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteVpcRequest {
    const NAME: &'static str = "DeleteVpcRequest";
    const FIELDS: &'static [&'static str] = &["VpcId", "EcmRegion"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "EcmRegion" => Some(1),
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
            0 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DeleteVpcRequest {
    /// Creates an empty `DeleteVpcRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId` (required).
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for DeleteVpcRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("VpcId", &self.vpc_id)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `DeleteVpc` (see [`DeleteVpcRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteVpcResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteVpcResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteVpcResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteVpcResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteVpcResponse {
    const NAME: &'static str = "DeleteVpcResponse";
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

impl DeleteVpcResponse {
    /// Creates an empty `DeleteVpcResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteVpcRequest {
    type Output = DeleteVpcResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteVpc",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Creates VPC (`CreateVpc`).
///
/// This API is used to create a VPC.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::create_vpc` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateVpcRequest {
    /// VPC name, which can contain up to 60 bytes.
    ///
    /// Wire name `VpcName`; required.
    pub vpc_name: Option<String>,
    /// VPC CIDR block, which must fall within the following private network IP ranges:
    /// 10.\*.0.0/16, 172.\[16-31\].0.0/16, and 192.168.0.0/16.
    ///
    /// Wire name `CidrBlock`; required.
    pub cidr_block: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Whether multicast is enabled. true: enabled; false: disabled. This parameter is not
    /// supported currently
    ///
    /// Wire name `EnableMulticast`; optional.
    pub enable_multicast: Option<String>,
    /// DNS address (not supported currently). Up to 4 addresses can be supported.
    ///
    /// Wire name `DnsServers`; optional.
    pub dns_servers: Option<Vec<String>>,
    /// Domain name. This parameter is not supported currently
    ///
    /// Wire name `DomainName`; optional.
    pub domain_name: Option<String>,
    /// List of bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<Tag>>,
    /// Description
    ///
    /// Wire name `Description`; optional.
    pub description: Option<String>,
}

impl Serialize for CreateVpcRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateVpcRequest")
            .member("VpcName", &self.vpc_name)
            .member("CidrBlock", &self.cidr_block)
            .member("EcmRegion", &self.ecm_region)
            .member("EnableMulticast", &self.enable_multicast)
            .member("DnsServers", &self.dns_servers)
            .member("DomainName", &self.domain_name)
            .member("Tags", &self.tags)
            .member("Description", &self.description)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateVpcRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateVpcRequest {
    const NAME: &'static str = "CreateVpcRequest";
    const FIELDS: &'static [&'static str] = &[
        "VpcName",
        "CidrBlock",
        "EcmRegion",
        "EnableMulticast",
        "DnsServers",
        "DomainName",
        "Tags",
        "Description",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcName" => Some(0),
            "CidrBlock" => Some(1),
            "EcmRegion" => Some(2),
            "EnableMulticast" => Some(3),
            "DnsServers" => Some(4),
            "DomainName" => Some(5),
            "Tags" => Some(6),
            "Description" => Some(7),
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
            0 => self.vpc_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.cidr_block = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.enable_multicast = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.dns_servers = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.domain_name = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.tags = map.next_value()?,
            7 => self.description = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateVpcRequest {
    /// Creates an empty `CreateVpcRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcName` (required).
    pub fn vpc_name(mut self, value: impl Into<String>) -> Self {
        self.vpc_name = Some(value.into());
        self
    }

    /// Sets `CidrBlock` (required).
    pub fn cidr_block(mut self, value: impl Into<String>) -> Self {
        self.cidr_block = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `EnableMulticast`.
    pub fn enable_multicast(mut self, value: impl Into<String>) -> Self {
        self.enable_multicast = Some(value.into());
        self
    }

    /// Sets `DnsServers`.
    pub fn dns_servers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dns_servers = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `DomainName`.
    pub fn domain_name(mut self, value: impl Into<String>) -> Self {
        self.domain_name = Some(value.into());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}

impl Validate for CreateVpcRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("VpcName", &self.vpc_name)?;
        require("CidrBlock", &self.cidr_block)?;
        require("EcmRegion", &self.ecm_region)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `CreateVpc` (see [`CreateVpcRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateVpcResponse {
    /// VPC object.
    ///
    /// Wire name `Vpc`.
    pub vpc: Option<VpcInfo>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateVpcResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateVpcResponse")
            .member("Vpc", &self.vpc)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateVpcResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateVpcResponse {
    const NAME: &'static str = "CreateVpcResponse";
    const FIELDS: &'static [&'static str] = &["Vpc", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Vpc" => Some(0),
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
            0 => self.vpc = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateVpcResponse {
    /// Creates an empty `CreateVpcResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Vpc`.
    pub fn set_vpc(mut self, value: VpcInfo) -> Self {
        self.vpc = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateVpcRequest {
    type Output = CreateVpcResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateVpc",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.TooLong",
            "LimitExceeded",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries VPC list (`DescribeVpcs`).
///
/// This API is used to query the list of VPCs.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `VpcSet`.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.FilterLimitExceeded`: The value of the Filter parameter exceeds
///   the limit.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.InvalidZoneInstanceCount`: The city or quantity is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_vpcs` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeVpcsRequest {
    /// VPC instance ID, such as vpc-f49l6u0z. Each request supports a maximum of 100 instances.
    /// VpcIds and Filters cannot be specified at the same time.
    ///
    /// Wire name `VpcIds`; optional.
    pub vpc_ids: Option<Vec<String>>,
    /// Filter. VpcIds and Filters cannot be specified at the same time.
    ///
    /// vpc-name - String - VPC instance name. Only fuzzy query by a single value is supported.
    ///
    /// vpc-id - String - VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// cidr-block - String - VPC CIDR. Only fuzzy query by a single value is supported.
    ///
    /// region - String - VPC region.
    ///
    /// tag-key - String - Required: no - Filter by tag key.
    ///
    /// tag:tag-key - String - Required: no - Filter by tag key-value pair.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of returned results.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
    /// Region
    ///
    /// Wire name `EcmRegion`; optional.
    pub ecm_region: Option<String>,
    /// Sorting method. time: sort in reverse chronological order; default: sort by network
    /// planning.
    ///
    /// Wire name `Sort`; optional.
    pub sort: Option<String>,
}

impl Serialize for DescribeVpcsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeVpcsRequest")
            .member("VpcIds", &self.vpc_ids)
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .member("EcmRegion", &self.ecm_region)
            .member("Sort", &self.sort)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeVpcsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeVpcsRequest {
    const NAME: &'static str = "DescribeVpcsRequest";
    const FIELDS: &'static [&'static str] = &[
        "VpcIds",
        "Filters",
        "Offset",
        "Limit",
        "EcmRegion",
        "Sort",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcIds" => Some(0),
            "Filters" => Some(1),
            "Offset" => Some(2),
            "Limit" => Some(3),
            "EcmRegion" => Some(4),
            "Sort" => Some(5),
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
            0 => self.vpc_ids = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.filters = map.next_value()?,
            2 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.sort = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeVpcsRequest {
    /// Creates an empty `DescribeVpcsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcIds`.
    pub fn vpc_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.vpc_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeVpcsFilter`]; [`DescribeVpcsFilter::raw`]
    /// for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeVpcsFilter>,
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

    /// Sets `EcmRegion`.
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `Sort`.
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }
}

/// A filter of `DescribeVpcs` (its `Filters` parameter): one constructor per documented
/// filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeVpcsRequest, DescribeVpcsFilter};
///
/// let request = DescribeVpcsRequest::new().filters([
///     DescribeVpcsFilter::vpc_name(["value"]),
///     DescribeVpcsFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeVpcsFilter(Filter);
impl DescribeVpcsFilter {
    /// `vpc-name`: VPC instance name. Only fuzzy query by a single value is supported.
    ///
    /// Values documented as String; fuzzy match; one value only.
    pub fn vpc_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-name").values(values))
    }

    /// `vpc-id`: VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// Values documented as String.
    pub fn vpc_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-id").values(values))
    }

    /// `cidr-block`: VPC CIDR. Only fuzzy query by a single value is supported.
    ///
    /// Values documented as String; fuzzy match; one value only.
    pub fn cidr_block(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("cidr-block").values(values))
    }

    /// `region`: VPC region.
    ///
    /// Values documented as String.
    pub fn region(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("region").values(values))
    }

    /// `tag-key`: Filter by tag key.
    ///
    /// Values documented as String.
    pub fn tag_key(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("tag-key").values(values))
    }

    /// `tag:tag-key`: Filter by tag key-value pair.
    ///
    /// Values documented as String.
    pub fn tag(
        key: impl std::fmt::Display,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name(format!("{}{}", "tag:", key)).values(values))
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

impl From<DescribeVpcsFilter> for Filter {
    fn from(filter: DescribeVpcsFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeVpcsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeVpcs` (see [`DescribeVpcsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeVpcsResponse {
    /// Number of eligible objects.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// VPC object.
    ///
    /// Wire name `VpcSet`; may be `null` (decoded as `None`).
    pub vpc_set: Option<Vec<VpcInfo>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeVpcsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeVpcsResponse")
            .member("TotalCount", &self.total_count)
            .member("VpcSet", &self.vpc_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeVpcsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeVpcsResponse {
    const NAME: &'static str = "DescribeVpcsResponse";
    const FIELDS: &'static [&'static str] = &["TotalCount", "VpcSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "VpcSet" => Some(1),
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
            1 => self.vpc_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeVpcsResponse {
    /// Creates an empty `DescribeVpcsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `VpcSet`.
    pub fn set_vpc_set(mut self, value: impl IntoIterator<Item = VpcInfo>) -> Self {
        self.vpc_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeVpcsResponse {
    /// `VpcSet` as a slice, empty when the response omits it (the field tells the two apart).
    pub fn vpc_set(&self) -> &[VpcInfo] {
        self.vpc_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeVpcsRequest {
    type Output = DescribeVpcsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeVpcs",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.FilterLimitExceeded",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.InvalidZoneInstanceCount",
            "InvalidParameterValue.Malformed",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeVpcsRequest {
    type Item = VpcInfo;
    const MAX_LIMIT: Option<u32> = None;

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
        output.vpc_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.vpc_set.as_ref().map(Vec::len)
    }
}
