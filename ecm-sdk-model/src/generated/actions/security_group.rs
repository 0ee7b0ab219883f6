// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Security Group APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list, validate_nested,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    Filter, SecurityGroup, SecurityGroupAssociationStatistics, SecurityGroupLimitSet,
    SecurityGroupPolicySet, Tag,
};

/// Creates security group (`CreateSecurityGroup`).
///
/// This API is used to create a security group.
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
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::create_security_group` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateSecurityGroupRequest {
    /// Security group name, which can be customized with up to 60 characters.
    ///
    /// Wire name `GroupName`; required.
    pub group_name: Option<String>,
    /// Security group remarks, which can contain up to 100 characters.
    ///
    /// Wire name `GroupDescription`; required.
    pub group_description: Option<String>,
    /// List of bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<Tag>>,
}

impl Serialize for CreateSecurityGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateSecurityGroupRequest")
            .member("GroupName", &self.group_name)
            .member("GroupDescription", &self.group_description)
            .member("Tags", &self.tags)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateSecurityGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateSecurityGroupRequest {
    const NAME: &'static str = "CreateSecurityGroupRequest";
    const FIELDS: &'static [&'static str] = &["GroupName", "GroupDescription", "Tags"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "GroupName" => Some(0),
            "GroupDescription" => Some(1),
            "Tags" => Some(2),
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
            0 => self.group_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.group_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.tags = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateSecurityGroupRequest {
    /// Creates an empty `CreateSecurityGroupRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `GroupName` (required).
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }

    /// Sets `GroupDescription` (required).
    pub fn group_description(mut self, value: impl Into<String>) -> Self {
        self.group_description = Some(value.into());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }
}

impl Validate for CreateSecurityGroupRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("GroupName", &self.group_name)?;
        require("GroupDescription", &self.group_description)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `CreateSecurityGroup` (see [`CreateSecurityGroupRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse {
    /// Security group object.
    ///
    /// Wire name `SecurityGroup`.
    pub security_group: Option<SecurityGroup>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateSecurityGroupResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateSecurityGroupResponse")
            .member("SecurityGroup", &self.security_group)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateSecurityGroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateSecurityGroupResponse {
    const NAME: &'static str = "CreateSecurityGroupResponse";
    const FIELDS: &'static [&'static str] = &["SecurityGroup", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroup" => Some(0),
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
            0 => self.security_group = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateSecurityGroupResponse {
    /// Creates an empty `CreateSecurityGroupResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroup`.
    pub fn set_security_group(mut self, value: SecurityGroup) -> Self {
        self.security_group = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateSecurityGroupRequest {
    type Output = CreateSecurityGroupResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateSecurityGroup",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.ParameterValueTooLarge",
            "MissingParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Replaces one routing policy of security group (`ReplaceSecurityGroupPolicy`).
///
/// This API is used to replace a single routing rule of a security group. You can replace
/// only one rule in a single direction in one request and must specify the index
/// (PolicyIndex).
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation.VersionMismatch`: The specified version number of the security
///   group rule is inconsistent with the latest version.
///
/// Send it with `ecm_sdk::Client::replace_security_group_policy` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReplaceSecurityGroupPolicyRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through the
    /// DescribeSecurityGroups API
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
    /// Security group policy set object.
    ///
    /// Wire name `SecurityGroupPolicySet`; required.
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
}

impl Serialize for ReplaceSecurityGroupPolicyRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReplaceSecurityGroupPolicyRequest")
            .member("SecurityGroupId", &self.security_group_id)
            .member("SecurityGroupPolicySet", &self.security_group_policy_set)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ReplaceSecurityGroupPolicyRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ReplaceSecurityGroupPolicyRequest {
    const NAME: &'static str = "ReplaceSecurityGroupPolicyRequest";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "SecurityGroupPolicySet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
            "SecurityGroupPolicySet" => Some(1),
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
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.security_group_policy_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ReplaceSecurityGroupPolicyRequest {
    /// Creates an empty `ReplaceSecurityGroupPolicyRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `SecurityGroupPolicySet` (required).
    pub fn security_group_policy_set(mut self, value: SecurityGroupPolicySet) -> Self {
        self.security_group_policy_set = Some(value);
        self
    }
}

impl Validate for ReplaceSecurityGroupPolicyRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupId", &self.security_group_id)?;
        require("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        validate_nested("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        Ok(())
    }
}

/// The response of `ReplaceSecurityGroupPolicy` (see
/// [`ReplaceSecurityGroupPolicyRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReplaceSecurityGroupPolicyResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ReplaceSecurityGroupPolicyResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReplaceSecurityGroupPolicyResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ReplaceSecurityGroupPolicyResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ReplaceSecurityGroupPolicyResponse {
    const NAME: &'static str = "ReplaceSecurityGroupPolicyResponse";
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

impl ReplaceSecurityGroupPolicyResponse {
    /// Creates an empty `ReplaceSecurityGroupPolicyResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ReplaceSecurityGroupPolicyRequest {
    type Output = ReplaceSecurityGroupPolicyResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ReplaceSecurityGroupPolicy",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.Malformed",
            "MissingParameter",
            "ResourceNotFound",
            "UnsupportedOperation.VersionMismatch",
        ],
    };
}

/// Modifies the outbound and inbound rules of security group
/// (`ModifySecurityGroupPolicies`).
///
/// This API is used to modify the outbound and inbound rules of a security group.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::modify_security_group_policies` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifySecurityGroupPoliciesRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through the
    /// DescribeSecurityGroups API.
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
    /// Security group policy set. You must specify both new egress and ingress policies for the
    /// SecurityGroupPolicySet object. You cannot customize the index (PolicyIndex) of the
    /// SecurityGroupPolicy object.
    ///
    /// Wire name `SecurityGroupPolicySet`; required.
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
    /// Whether security group sorting is supported. True indicates yes. If SortPolicys doesn't
    /// exist or is set to False, the security group policy can be modified.
    ///
    /// Wire name `SortPolicys`; optional.
    pub sort_policys: Option<bool>,
}

impl Serialize for ModifySecurityGroupPoliciesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifySecurityGroupPoliciesRequest")
            .member("SecurityGroupId", &self.security_group_id)
            .member("SecurityGroupPolicySet", &self.security_group_policy_set)
            .member("SortPolicys", &self.sort_policys)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifySecurityGroupPoliciesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifySecurityGroupPoliciesRequest {
    const NAME: &'static str = "ModifySecurityGroupPoliciesRequest";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "SecurityGroupPolicySet",
        "SortPolicys",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
            "SecurityGroupPolicySet" => Some(1),
            "SortPolicys" => Some(2),
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
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.security_group_policy_set = map.next_value()?,
            2 => self.sort_policys = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifySecurityGroupPoliciesRequest {
    /// Creates an empty `ModifySecurityGroupPoliciesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `SecurityGroupPolicySet` (required).
    pub fn security_group_policy_set(mut self, value: SecurityGroupPolicySet) -> Self {
        self.security_group_policy_set = Some(value);
        self
    }

    /// Sets `SortPolicys`.
    pub fn sort_policys(mut self, value: bool) -> Self {
        self.sort_policys = Some(value);
        self
    }
}

impl Validate for ModifySecurityGroupPoliciesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupId", &self.security_group_id)?;
        require("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        validate_nested("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        Ok(())
    }
}

/// The response of `ModifySecurityGroupPolicies` (see
/// [`ModifySecurityGroupPoliciesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifySecurityGroupPoliciesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifySecurityGroupPoliciesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifySecurityGroupPoliciesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifySecurityGroupPoliciesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifySecurityGroupPoliciesResponse {
    const NAME: &'static str = "ModifySecurityGroupPoliciesResponse";
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

impl ModifySecurityGroupPoliciesResponse {
    /// Creates an empty `ModifySecurityGroupPoliciesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifySecurityGroupPoliciesRequest {
    type Output = ModifySecurityGroupPoliciesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifySecurityGroupPolicies",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "LimitExceeded",
            "MissingParameter",
            "ResourceNotFound",
        ],
    };
}

/// Modifies security group attributes (`ModifySecurityGroupAttribute`).
///
/// This API is used to modify the attributes of a security group.
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
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::modify_security_group_attribute` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifySecurityGroupAttributeRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through the
    /// DescribeSecurityGroups API.
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
    /// Security group name, which can be customized with up to 60 characters.
    ///
    /// Wire name `GroupName`; optional.
    pub group_name: Option<String>,
    /// Security group remarks, which can contain up to 100 characters.
    ///
    /// Wire name `GroupDescription`; optional.
    pub group_description: Option<String>,
}

impl Serialize for ModifySecurityGroupAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifySecurityGroupAttributeRequest")
            .member("SecurityGroupId", &self.security_group_id)
            .member("GroupName", &self.group_name)
            .member("GroupDescription", &self.group_description)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifySecurityGroupAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifySecurityGroupAttributeRequest {
    const NAME: &'static str = "ModifySecurityGroupAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "GroupName",
        "GroupDescription",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
            "GroupName" => Some(1),
            "GroupDescription" => Some(2),
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
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.group_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.group_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifySecurityGroupAttributeRequest {
    /// Creates an empty `ModifySecurityGroupAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `GroupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }

    /// Sets `GroupDescription`.
    pub fn group_description(mut self, value: impl Into<String>) -> Self {
        self.group_description = Some(value.into());
        self
    }
}

impl Validate for ModifySecurityGroupAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupId", &self.security_group_id)?;
        Ok(())
    }
}

/// The response of `ModifySecurityGroupAttribute` (see
/// [`ModifySecurityGroupAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifySecurityGroupAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifySecurityGroupAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifySecurityGroupAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifySecurityGroupAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifySecurityGroupAttributeResponse {
    const NAME: &'static str = "ModifySecurityGroupAttributeResponse";
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

impl ModifySecurityGroupAttributeResponse {
    /// Creates an empty `ModifySecurityGroupAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifySecurityGroupAttributeRequest {
    type Output = ModifySecurityGroupAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifySecurityGroupAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.ParameterValueTooLarge",
            "MissingParameter",
            "ResourceNotFound",
        ],
    };
}

/// Views security group (`DescribeSecurityGroups`).
///
/// This API is used to view a security group.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `SecurityGroupSet` (20 per page by default,
///   at most 100).
///
/// Error codes the documentation lists for this action:
///
/// - `AuthFailure.UnauthorizedOperation`: Authentication failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_security_groups` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupsRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through
    /// DescribeSecurityGroups. Each request supports a maximum of 100 instances.
    /// SecurityGroupIds and Filters cannot be specified at the same time.
    ///
    /// Wire name `SecurityGroupIds`; optional.
    pub security_group_ids: Option<Vec<String>>,
    /// Filter. SecurityGroupIds and Filters cannot be specified at the same time.
    ///
    /// security-group-id - String - (Filter) Security group ID.
    ///
    /// security-group-name - String - (Filter) Security group name.
    ///
    /// tag-key - String - Required: no - (Filter) Filter by tag key.
    ///
    /// tag:tag-key - String - Required: no - (Filter) Filter by tag key-value pair. Replace
    /// tag-key with the specific tag key.
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

impl Serialize for DescribeSecurityGroupsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSecurityGroupsRequest")
            .member("SecurityGroupIds", &self.security_group_ids)
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeSecurityGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeSecurityGroupsRequest {
    const NAME: &'static str = "DescribeSecurityGroupsRequest";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupIds",
        "Filters",
        "Offset",
        "Limit",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupIds" => Some(0),
            "Filters" => Some(1),
            "Offset" => Some(2),
            "Limit" => Some(3),
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
            1 => self.filters = map.next_value()?,
            2 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSecurityGroupsRequest {
    /// Creates an empty `DescribeSecurityGroupsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeSecurityGroupsFilter`];
    /// [`DescribeSecurityGroupsFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeSecurityGroupsFilter>,
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

/// A filter of `DescribeSecurityGroups` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeSecurityGroupsRequest, DescribeSecurityGroupsFilter};
///
/// let request = DescribeSecurityGroupsRequest::new().filters([
///     DescribeSecurityGroupsFilter::security_group_id(["value"]),
///     DescribeSecurityGroupsFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSecurityGroupsFilter(Filter);
impl DescribeSecurityGroupsFilter {
    /// `security-group-id`: Security group ID.
    ///
    /// Values documented as String.
    pub fn security_group_id(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("security-group-id").values(values))
    }

    /// `security-group-name`: Security group name.
    ///
    /// Values documented as String.
    pub fn security_group_name(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("security-group-name").values(values))
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

impl From<DescribeSecurityGroupsFilter> for Filter {
    fn from(filter: DescribeSecurityGroupsFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeSecurityGroupsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeSecurityGroups` (see [`DescribeSecurityGroupsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupsResponse {
    /// Number of eligible instances.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// Security group object.
    ///
    /// Wire name `SecurityGroupSet`.
    pub security_group_set: Option<Vec<SecurityGroup>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeSecurityGroupsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSecurityGroupsResponse")
            .member("TotalCount", &self.total_count)
            .member("SecurityGroupSet", &self.security_group_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeSecurityGroupsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeSecurityGroupsResponse {
    const NAME: &'static str = "DescribeSecurityGroupsResponse";
    const FIELDS: &'static [&'static str] = &[
        "TotalCount",
        "SecurityGroupSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "SecurityGroupSet" => Some(1),
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
            1 => self.security_group_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSecurityGroupsResponse {
    /// Creates an empty `DescribeSecurityGroupsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `SecurityGroupSet`.
    pub fn set_security_group_set(
        mut self,
        value: impl IntoIterator<Item = SecurityGroup>,
    ) -> Self {
        self.security_group_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeSecurityGroupsResponse {
    /// `SecurityGroupSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn security_group_set(&self) -> &[SecurityGroup] {
        self.security_group_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeSecurityGroupsRequest {
    type Output = DescribeSecurityGroupsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeSecurityGroups",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "AuthFailure.UnauthorizedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameterValue",
            "InvalidParameterValue.Malformed",
            "MissingParameter",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeSecurityGroupsRequest {
    type Item = SecurityGroup;
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
        output.security_group_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.security_group_set.as_ref().map(Vec::len)
    }
}

/// Queries security group rule (`DescribeSecurityGroupPolicies`).
///
/// This API is used to query a security group rule.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::describe_security_group_policies` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupPoliciesRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through
    /// DescribeSecurityGroups.
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
}

impl Serialize for DescribeSecurityGroupPoliciesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSecurityGroupPoliciesRequest")
            .member("SecurityGroupId", &self.security_group_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeSecurityGroupPoliciesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeSecurityGroupPoliciesRequest {
    const NAME: &'static str = "DescribeSecurityGroupPoliciesRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
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
            self.security_group_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeSecurityGroupPoliciesRequest {
    /// Creates an empty `DescribeSecurityGroupPoliciesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }
}

impl Validate for DescribeSecurityGroupPoliciesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupId", &self.security_group_id)?;
        Ok(())
    }
}

/// The response of `DescribeSecurityGroupPolicies` (see
/// [`DescribeSecurityGroupPoliciesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupPoliciesResponse {
    /// Security group policy set.
    ///
    /// Wire name `SecurityGroupPolicySet`.
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeSecurityGroupPoliciesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSecurityGroupPoliciesResponse")
            .member("SecurityGroupPolicySet", &self.security_group_policy_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeSecurityGroupPoliciesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeSecurityGroupPoliciesResponse {
    const NAME: &'static str = "DescribeSecurityGroupPoliciesResponse";
    const FIELDS: &'static [&'static str] = &["SecurityGroupPolicySet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupPolicySet" => Some(0),
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
            0 => self.security_group_policy_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSecurityGroupPoliciesResponse {
    /// Creates an empty `DescribeSecurityGroupPoliciesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupPolicySet`.
    pub fn set_security_group_policy_set(
        mut self,
        value: SecurityGroupPolicySet,
    ) -> Self {
        self.security_group_policy_set = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeSecurityGroupPoliciesRequest {
    type Output = DescribeSecurityGroupPoliciesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeSecurityGroupPolicies",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.Malformed",
            "MissingParameter",
            "ResourceNotFound",
        ],
    };
}

/// Queries security group quota (`DescribeSecurityGroupLimits`).
///
/// This API is used to query the security group quota.
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
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_security_group_limits` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupLimitsRequest {}

impl Serialize for DescribeSecurityGroupLimitsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSecurityGroupLimitsRequest").end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeSecurityGroupLimitsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeSecurityGroupLimitsRequest {
    const NAME: &'static str = "DescribeSecurityGroupLimitsRequest";
    const FIELDS: &'static [&'static str] = &[];

    fn index(_name: &str) -> Option<usize> {
        None
    }

    fn decode_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        _index: usize,
        _map: &mut A,
    ) -> Result<(), A::Error> {
        Ok(())
    }
}

impl DescribeSecurityGroupLimitsRequest {
    /// Creates a `DescribeSecurityGroupLimitsRequest`; the action takes no parameters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
}

impl Validate for DescribeSecurityGroupLimitsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DescribeSecurityGroupLimits` (see
/// [`DescribeSecurityGroupLimitsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupLimitsResponse {
    /// Security group quota limit.
    ///
    /// Wire name `SecurityGroupLimitSet`.
    pub security_group_limit_set: Option<SecurityGroupLimitSet>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeSecurityGroupLimitsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSecurityGroupLimitsResponse")
            .member("SecurityGroupLimitSet", &self.security_group_limit_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeSecurityGroupLimitsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeSecurityGroupLimitsResponse {
    const NAME: &'static str = "DescribeSecurityGroupLimitsResponse";
    const FIELDS: &'static [&'static str] = &["SecurityGroupLimitSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupLimitSet" => Some(0),
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
            0 => self.security_group_limit_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSecurityGroupLimitsResponse {
    /// Creates an empty `DescribeSecurityGroupLimitsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupLimitSet`.
    pub fn set_security_group_limit_set(mut self, value: SecurityGroupLimitSet) -> Self {
        self.security_group_limit_set = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeSecurityGroupLimitsRequest {
    type Output = DescribeSecurityGroupLimitsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeSecurityGroupLimits",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries association statistics of security group
/// (`DescribeSecurityGroupAssociationStatistics`).
///
/// This API is used to query statistics on the instances associated with a security group.
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
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::describe_security_group_association_statistics` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupAssociationStatisticsRequest {
    /// Security instance ID, such as esg-33ocnj9n, which can be obtained through
    /// DescribeSecurityGroups.
    ///
    /// Wire name `SecurityGroupIds`; required.
    pub security_group_ids: Option<Vec<String>>,
}

impl Serialize for DescribeSecurityGroupAssociationStatisticsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(
                serializer,
                "DescribeSecurityGroupAssociationStatisticsRequest",
            )
            .member("SecurityGroupIds", &self.security_group_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeSecurityGroupAssociationStatisticsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeSecurityGroupAssociationStatisticsRequest {
    const NAME: &'static str = "DescribeSecurityGroupAssociationStatisticsRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupIds" => Some(0),
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
            self.security_group_ids = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeSecurityGroupAssociationStatisticsRequest {
    /// Creates an empty `DescribeSecurityGroupAssociationStatisticsRequest`; set its fields with the chainable setters.
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
}

impl Validate for DescribeSecurityGroupAssociationStatisticsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupIds", &self.security_group_ids)?;
        Ok(())
    }
}

/// The response of `DescribeSecurityGroupAssociationStatistics` (see
/// [`DescribeSecurityGroupAssociationStatisticsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSecurityGroupAssociationStatisticsResponse {
    /// Statistics on the instances associated with the security group.
    ///
    /// Wire name `SecurityGroupAssociationStatisticsSet`.
    pub security_group_association_statistics_set: Option<
        Vec<SecurityGroupAssociationStatistics>,
    >,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeSecurityGroupAssociationStatisticsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(
                serializer,
                "DescribeSecurityGroupAssociationStatisticsResponse",
            )
            .member(
                "SecurityGroupAssociationStatisticsSet",
                &self.security_group_association_statistics_set,
            )
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeSecurityGroupAssociationStatisticsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeSecurityGroupAssociationStatisticsResponse {
    const NAME: &'static str = "DescribeSecurityGroupAssociationStatisticsResponse";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupAssociationStatisticsSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupAssociationStatisticsSet" => Some(0),
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
            0 => self.security_group_association_statistics_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSecurityGroupAssociationStatisticsResponse {
    /// Creates an empty `DescribeSecurityGroupAssociationStatisticsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupAssociationStatisticsSet`.
    pub fn set_security_group_association_statistics_set(
        mut self,
        value: impl IntoIterator<Item = SecurityGroupAssociationStatistics>,
    ) -> Self {
        self.security_group_association_statistics_set = Some(
            value.into_iter().collect(),
        );
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeSecurityGroupAssociationStatisticsResponse {
    /// `SecurityGroupAssociationStatisticsSet` as a slice, empty when the response omits it
    /// (the field tells the two apart).
    pub fn security_group_association_statistics_set(
        &self,
    ) -> &[SecurityGroupAssociationStatistics] {
        self.security_group_association_statistics_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeSecurityGroupAssociationStatisticsRequest {
    type Output = DescribeSecurityGroupAssociationStatisticsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeSecurityGroupAssociationStatistics",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
        ],
    };
}

/// Deletes security group rule (`DeleteSecurityGroupPolicies`).
///
/// SecurityGroupPolicySet.Version is used to specify the version of the security group to
/// be manipulated. If the Version value passed in differs from the current latest version
/// of the security group, a failure will be returned.
///
/// If Version is not passed in, the policy of the specified PolicyIndex will be deleted
/// directly.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation.VersionMismatch`: The specified version number of the security
///   group rule is inconsistent with the latest version.
///
/// Send it with `ecm_sdk::Client::delete_security_group_policies` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSecurityGroupPoliciesRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through the
    /// DescribeSecurityGroups API.
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
    /// Security group policy set. You can only delete one or more policies in one direction in
    /// one request. Both PolicyIndex-matching deletion and security group policy-matching
    /// deletion methods are supported. You can use only one matching method in one request.
    ///
    /// Wire name `SecurityGroupPolicySet`; required.
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
}

impl Serialize for DeleteSecurityGroupPoliciesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSecurityGroupPoliciesRequest")
            .member("SecurityGroupId", &self.security_group_id)
            .member("SecurityGroupPolicySet", &self.security_group_policy_set)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteSecurityGroupPoliciesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteSecurityGroupPoliciesRequest {
    const NAME: &'static str = "DeleteSecurityGroupPoliciesRequest";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "SecurityGroupPolicySet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
            "SecurityGroupPolicySet" => Some(1),
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
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.security_group_policy_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl DeleteSecurityGroupPoliciesRequest {
    /// Creates an empty `DeleteSecurityGroupPoliciesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `SecurityGroupPolicySet` (required).
    pub fn security_group_policy_set(mut self, value: SecurityGroupPolicySet) -> Self {
        self.security_group_policy_set = Some(value);
        self
    }
}

impl Validate for DeleteSecurityGroupPoliciesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupId", &self.security_group_id)?;
        require("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        validate_nested("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        Ok(())
    }
}

/// The response of `DeleteSecurityGroupPolicies` (see
/// [`DeleteSecurityGroupPoliciesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSecurityGroupPoliciesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteSecurityGroupPoliciesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSecurityGroupPoliciesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteSecurityGroupPoliciesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteSecurityGroupPoliciesResponse {
    const NAME: &'static str = "DeleteSecurityGroupPoliciesResponse";
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

impl DeleteSecurityGroupPoliciesResponse {
    /// Creates an empty `DeleteSecurityGroupPoliciesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteSecurityGroupPoliciesRequest {
    type Output = DeleteSecurityGroupPoliciesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteSecurityGroupPolicies",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "MissingParameter",
            "ResourceNotFound",
            "UnsupportedOperation.VersionMismatch",
        ],
    };
}

/// Deletes security group (`DeleteSecurityGroup`).
///
/// Only security groups under the current account can be deleted.
///
/// A security group cannot be deleted directly if its instance ID is used in the policy of
/// another security group. In this case, you need to modify the policy first before
/// deleting the security group.
///
/// Deleted security groups cannot be recovered. Therefore, call this API with caution.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::delete_security_group` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSecurityGroupRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through the
    /// DescribeSecurityGroups API.
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
}

impl Serialize for DeleteSecurityGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSecurityGroupRequest")
            .member("SecurityGroupId", &self.security_group_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteSecurityGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteSecurityGroupRequest {
    const NAME: &'static str = "DeleteSecurityGroupRequest";
    const FIELDS: &'static [&'static str] = &["SecurityGroupId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
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
            self.security_group_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DeleteSecurityGroupRequest {
    /// Creates an empty `DeleteSecurityGroupRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }
}

impl Validate for DeleteSecurityGroupRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupId", &self.security_group_id)?;
        Ok(())
    }
}

/// The response of `DeleteSecurityGroup` (see [`DeleteSecurityGroupRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSecurityGroupResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteSecurityGroupResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSecurityGroupResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteSecurityGroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteSecurityGroupResponse {
    const NAME: &'static str = "DeleteSecurityGroupResponse";
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

impl DeleteSecurityGroupResponse {
    /// Creates an empty `DeleteSecurityGroupResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteSecurityGroupRequest {
    type Output = DeleteSecurityGroupResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteSecurityGroup",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.Malformed",
            "MissingParameter",
            "ResourceInUse",
            "ResourceNotFound",
        ],
    };
}

/// Adds security group policy (`CreateSecurityGroupPolicies`).
///
/// This API is used to create a security group policy.
///
/// In the \`SecurityGroupPolicySet\` parameter:
///
/// \`Version\`: the version number of a security group policy, which automatically
/// increases by one each time you update the security policy, to prevent expiration of the
/// updated routing policies. If it is left empty, any conflicts will be ignored. When
/// creating the \`Egress\` and \`Ingress\` polices, Protocol: TCP, UDP, ICMP, GRE, or ALL.
///
/// \`CidrBlock\`: a CIDR block in the correct format. In a classic network, if a
/// \`CidrBlock\` contains private IPs on Tencent Cloud for devices under your account other
/// than CVMs, it does not mean this policy allows you to access these devices. The network
/// isolation policies between tenants take priority over the private network policies in
/// security groups. \`SecurityGroupId\`: ID of the security group. It can be the ID of
/// security group to be modified, or the ID of other security group in the same project.
/// All private IPs of all CVMs under the security group will be covered. If this field is
/// used, the policy will automatically change according to the CVM associated with the
/// group ID while being used to match network messages. You don’t need to change it
/// manually. \`Port\`: a single port number such as 80, or a port range in the format of
/// “8000-8010”. You may use this field only if the \`Protocol\` field takes the value
/// \`TCP\` or \`UDP\`. Otherwise \`Protocol\` and \`Port\` are mutually exclusive.
/// \`Action\`: only allows \`ACCEPT\` or \`DROP\`.
///
/// \`CidrBlock\`, \`SecurityGroupId\`, and \`AddressTemplate\` are mutually exclusive.
/// \`Protocol\` + \`Port\` and \`ServiceTemplate\` are mutually exclusive. You can only
/// create policies in one direction in each request. To specify the \`PolicyIndex\`
/// parameter, use the same index number in policies.
///
/// Default API request rate limit: 20 requests/sec.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `LimitExceeded.SecurityGroupPolicySet`: The number of security group rules exceeds the
///   upper limit.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.DuplicatePolicy`: The security group policy is duplicate.
/// - `UnsupportedOperation.VersionMismatch`: The specified version number of the security
///   group rule is inconsistent with the latest version.
///
/// Send it with `ecm_sdk::Client::create_security_group_policies` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateSecurityGroupPoliciesRequest {
    /// Security group instance ID, such as esg-33ocnj9n, which can be obtained through the
    /// DescribeSecurityGroups API.
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
    /// Security group policy set.
    ///
    /// Wire name `SecurityGroupPolicySet`; required.
    pub security_group_policy_set: Option<SecurityGroupPolicySet>,
}

impl Serialize for CreateSecurityGroupPoliciesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateSecurityGroupPoliciesRequest")
            .member("SecurityGroupId", &self.security_group_id)
            .member("SecurityGroupPolicySet", &self.security_group_policy_set)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateSecurityGroupPoliciesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateSecurityGroupPoliciesRequest {
    const NAME: &'static str = "CreateSecurityGroupPoliciesRequest";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "SecurityGroupPolicySet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
            "SecurityGroupPolicySet" => Some(1),
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
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.security_group_policy_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateSecurityGroupPoliciesRequest {
    /// Creates an empty `CreateSecurityGroupPoliciesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `SecurityGroupPolicySet` (required).
    pub fn security_group_policy_set(mut self, value: SecurityGroupPolicySet) -> Self {
        self.security_group_policy_set = Some(value);
        self
    }
}

impl Validate for CreateSecurityGroupPoliciesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SecurityGroupId", &self.security_group_id)?;
        require("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        validate_nested("SecurityGroupPolicySet", &self.security_group_policy_set)?;
        Ok(())
    }
}

/// The response of `CreateSecurityGroupPolicies` (see
/// [`CreateSecurityGroupPoliciesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateSecurityGroupPoliciesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateSecurityGroupPoliciesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateSecurityGroupPoliciesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateSecurityGroupPoliciesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateSecurityGroupPoliciesResponse {
    const NAME: &'static str = "CreateSecurityGroupPoliciesResponse";
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

impl CreateSecurityGroupPoliciesResponse {
    /// Creates an empty `CreateSecurityGroupPoliciesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateSecurityGroupPoliciesRequest {
    type Output = CreateSecurityGroupPoliciesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateSecurityGroupPolicies",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "LimitExceeded",
            "LimitExceeded.SecurityGroupPolicySet",
            "MissingParameter",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.DuplicatePolicy",
            "UnsupportedOperation.VersionMismatch",
        ],
    };
}
