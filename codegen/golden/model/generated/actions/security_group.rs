// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Security Group APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, RegionRequirement, Validate, require,
    validate_nested,
};
use crate::generated::SERVICE;
use crate::generated::types::SecurityGroupPolicySet;

/// Creates security group policies (`CreateSecurityGroupPolicies`).
///
/// This API is used to create security group policies.
///
/// - Rate limit: 20 requests per second.
/// - Region: not used.
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `UnsupportedOperation.DelDefaultRoute`: The default route cannot be deleted.
/// - `AuthFailure.SignatureFailure`: Signature error.
///
/// Send it with `ecm_sdk::Client::create_security_group_policies` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateSecurityGroupPoliciesRequest {
    /// Security group instance ID.
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
        region: RegionRequirement::NotUsed,
        error_codes: &[
            "UnsupportedOperation.DelDefaultRoute",
            "AuthFailure.SignatureFailure",
        ],
    };
}
