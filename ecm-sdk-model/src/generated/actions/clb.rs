// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "CLB APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list, validate_nested,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    AddressIpVersion, BatchTarget, Filter, HealthCheck, Listener, ListenerBackend,
    LoadBalanceTaskStatus, LoadBalancer, LoadBalancerHealth,
    LoadBalancerInternetAccessible, OperationType, Protocol, Scheduler, SessionType,
    TagInfo, Target, TargetsWeightRule, VipIsp, WithBackend,
};

/// Modifies the forwarding weight of real server bound to listener (`ModifyTargetWeight`).
///
/// This API is used to modify the forwarding weight of a real server bound to a listener.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_target_weight` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyTargetWeightRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// CLB listener ID
    ///
    /// Wire name `ListenerId`; required.
    pub listener_id: Option<String>,
    /// List of real servers for which to modify the weights
    ///
    /// Wire name `Targets`; required.
    pub targets: Option<Vec<Target>>,
    /// New forwarding weight of the real server. Value range: 0-100. Default value: 10. This
    /// parameter will not take effect if the Targets.Weight parameter is set.
    ///
    /// Wire name `Weight`; optional.
    pub weight: Option<i64>,
}

impl Serialize for ModifyTargetWeightRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyTargetWeightRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ListenerId", &self.listener_id)
            .member("Targets", &self.targets)
            .member("Weight", &self.weight)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyTargetWeightRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyTargetWeightRequest {
    const NAME: &'static str = "ModifyTargetWeightRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "ListenerId",
        "Targets",
        "Weight",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ListenerId" => Some(1),
            "Targets" => Some(2),
            "Weight" => Some(3),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.targets = map.next_value()?,
            3 => self.weight = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyTargetWeightRequest {
    /// Creates an empty `ModifyTargetWeightRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ListenerId` (required).
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `Targets` (required).
    pub fn targets(mut self, value: impl IntoIterator<Item = Target>) -> Self {
        self.targets = Some(value.into_iter().collect());
        self
    }

    /// Sets `Weight`.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }
}

impl Validate for ModifyTargetWeightRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("ListenerId", &self.listener_id)?;
        require("Targets", &self.targets)?;
        validate_list("Targets", &self.targets)?;
        Ok(())
    }
}

/// The response of `ModifyTargetWeight` (see [`ModifyTargetWeightRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyTargetWeightResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyTargetWeightResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyTargetWeightResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyTargetWeightResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyTargetWeightResponse {
    const NAME: &'static str = "ModifyTargetWeightResponse";
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

impl ModifyTargetWeightResponse {
    /// Creates an empty `ModifyTargetWeightResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyTargetWeightRequest {
    type Output = ModifyTargetWeightResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyTargetWeight",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Modifies the port of real server bound to listener (`ModifyTargetPort`).
///
/// This API is used to modify the port of a real server bound to a listener.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_target_port` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyTargetPortRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// CLB listener ID
    ///
    /// Wire name `ListenerId`; required.
    pub listener_id: Option<String>,
    /// List of real servers for which to modify the ports
    ///
    /// Wire name `Targets`; required.
    pub targets: Option<Vec<Target>>,
    /// New port of the real server bound to the listener or forwarding rule
    ///
    /// Wire name `NewPort`; required.
    pub new_port: Option<i64>,
}

impl Serialize for ModifyTargetPortRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyTargetPortRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ListenerId", &self.listener_id)
            .member("Targets", &self.targets)
            .member("NewPort", &self.new_port)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyTargetPortRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyTargetPortRequest {
    const NAME: &'static str = "ModifyTargetPortRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "ListenerId",
        "Targets",
        "NewPort",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ListenerId" => Some(1),
            "Targets" => Some(2),
            "NewPort" => Some(3),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.targets = map.next_value()?,
            3 => self.new_port = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyTargetPortRequest {
    /// Creates an empty `ModifyTargetPortRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ListenerId` (required).
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `Targets` (required).
    pub fn targets(mut self, value: impl IntoIterator<Item = Target>) -> Self {
        self.targets = Some(value.into_iter().collect());
        self
    }

    /// Sets `NewPort` (required).
    pub fn new_port(mut self, value: i64) -> Self {
        self.new_port = Some(value);
        self
    }
}

impl Validate for ModifyTargetPortRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("ListenerId", &self.listener_id)?;
        require("Targets", &self.targets)?;
        validate_list("Targets", &self.targets)?;
        require("NewPort", &self.new_port)?;
        Ok(())
    }
}

/// The response of `ModifyTargetPort` (see [`ModifyTargetPortRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyTargetPortResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyTargetPortResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyTargetPortResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyTargetPortResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyTargetPortResponse {
    const NAME: &'static str = "ModifyTargetPortResponse";
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

impl ModifyTargetPortResponse {
    /// Creates an empty `ModifyTargetPortResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyTargetPortRequest {
    type Output = ModifyTargetPortResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyTargetPort",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Modifies CLB instance attributes (`ModifyLoadBalancerAttributes`).
///
/// This API is used to modify the attributes of a CLB instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
/// - `InvalidParameter.RegionNotFound`: The region is invalid.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_load_balancer_attributes` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyLoadBalancerAttributesRequest {
    /// Unique CLB ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// CLB instance name
    ///
    /// Wire name `LoadBalancerName`; optional.
    pub load_balancer_name: Option<String>,
    /// Network billing and bandwidth parameters
    ///
    /// Wire name `InternetChargeInfo`; optional.
    pub internet_charge_info: Option<LoadBalancerInternetAccessible>,
    /// Whether to allow ELB traffic to the target group. true: allows ELB traffic to the target
    /// group and verifies security groups only on ELB; false: denies ELB traffic to the target
    /// group and verifies security groups on both ELB and backend instances.
    ///
    /// Wire name `LoadBalancerPassToTarget`; optional.
    pub load_balancer_pass_to_target: Option<bool>,
}

impl Serialize for ModifyLoadBalancerAttributesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyLoadBalancerAttributesRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("LoadBalancerName", &self.load_balancer_name)
            .member("InternetChargeInfo", &self.internet_charge_info)
            .member("LoadBalancerPassToTarget", &self.load_balancer_pass_to_target)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyLoadBalancerAttributesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyLoadBalancerAttributesRequest {
    const NAME: &'static str = "ModifyLoadBalancerAttributesRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "LoadBalancerName",
        "InternetChargeInfo",
        "LoadBalancerPassToTarget",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "LoadBalancerName" => Some(1),
            "InternetChargeInfo" => Some(2),
            "LoadBalancerPassToTarget" => Some(3),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.load_balancer_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.internet_charge_info = map.next_value()?,
            3 => {
                self.load_balancer_pass_to_target = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyLoadBalancerAttributesRequest {
    /// Creates an empty `ModifyLoadBalancerAttributesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `LoadBalancerName`.
    pub fn load_balancer_name(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_name = Some(value.into());
        self
    }

    /// Sets `InternetChargeInfo`.
    pub fn internet_charge_info(
        mut self,
        value: LoadBalancerInternetAccessible,
    ) -> Self {
        self.internet_charge_info = Some(value);
        self
    }

    /// Sets `LoadBalancerPassToTarget`.
    pub fn load_balancer_pass_to_target(mut self, value: bool) -> Self {
        self.load_balancer_pass_to_target = Some(value);
        self
    }
}

impl Validate for ModifyLoadBalancerAttributesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        validate_nested("InternetChargeInfo", &self.internet_charge_info)?;
        Ok(())
    }
}

/// The response of `ModifyLoadBalancerAttributes` (see
/// [`ModifyLoadBalancerAttributesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyLoadBalancerAttributesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyLoadBalancerAttributesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyLoadBalancerAttributesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyLoadBalancerAttributesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyLoadBalancerAttributesResponse {
    const NAME: &'static str = "ModifyLoadBalancerAttributesResponse";
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

impl ModifyLoadBalancerAttributesResponse {
    /// Creates an empty `ModifyLoadBalancerAttributesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyLoadBalancerAttributesRequest {
    type Output = ModifyLoadBalancerAttributesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyLoadBalancerAttributes",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.LBIdNotFound",
            "InvalidParameter.RegionNotFound",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Modifies CLB listener attributes (`ModifyListener`).
///
/// This API is used to modify the attributes of a CLB listener.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_listener` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyListenerRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// CLB listener ID
    ///
    /// Wire name `ListenerId`; required.
    pub listener_id: Option<String>,
    /// New listener name
    ///
    /// Wire name `ListenerName`; optional.
    pub listener_name: Option<String>,
    /// Session persistence time in seconds. Value range: 30– 3600. The default value is 0,
    /// indicating that session persistence is not enabled. This parameter is applicable only to
    /// TCP/UDP listeners.
    ///
    /// Wire name `SessionExpireTime`; optional.
    pub session_expire_time: Option<i64>,
    /// Health check parameters
    ///
    /// Wire name `HealthCheck`; optional.
    pub health_check: Option<HealthCheck>,
    /// Forwarding method of the listener. Valid values: WRR, LEAST_CONN.
    ///
    /// They represent weighted round robin and least connections, respectively. Default value:
    /// WRR.
    ///
    /// Wire name `Scheduler`; optional.
    pub scheduler: Option<Scheduler>,
}

impl Serialize for ModifyListenerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyListenerRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ListenerId", &self.listener_id)
            .member("ListenerName", &self.listener_name)
            .member("SessionExpireTime", &self.session_expire_time)
            .member("HealthCheck", &self.health_check)
            .member("Scheduler", &self.scheduler)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyListenerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyListenerRequest {
    const NAME: &'static str = "ModifyListenerRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "ListenerId",
        "ListenerName",
        "SessionExpireTime",
        "HealthCheck",
        "Scheduler",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ListenerId" => Some(1),
            "ListenerName" => Some(2),
            "SessionExpireTime" => Some(3),
            "HealthCheck" => Some(4),
            "Scheduler" => Some(5),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.listener_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.session_expire_time = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.health_check = map.next_value()?,
            5 => self.scheduler = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyListenerRequest {
    /// Creates an empty `ModifyListenerRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ListenerId` (required).
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `ListenerName`.
    pub fn listener_name(mut self, value: impl Into<String>) -> Self {
        self.listener_name = Some(value.into());
        self
    }

    /// Sets `SessionExpireTime`.
    pub fn session_expire_time(mut self, value: i64) -> Self {
        self.session_expire_time = Some(value);
        self
    }

    /// Sets `HealthCheck`.
    pub fn health_check(mut self, value: HealthCheck) -> Self {
        self.health_check = Some(value);
        self
    }

    /// Sets `Scheduler`.
    pub fn scheduler(mut self, value: impl Into<Scheduler>) -> Self {
        self.scheduler = Some(value.into());
        self
    }
}

impl Validate for ModifyListenerRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("ListenerId", &self.listener_id)?;
        validate_nested("HealthCheck", &self.health_check)?;
        Ok(())
    }
}

/// The response of `ModifyListener` (see [`ModifyListenerRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyListenerResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyListenerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyListenerResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyListenerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyListenerResponse {
    const NAME: &'static str = "ModifyListenerResponse";
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

impl ModifyListenerResponse {
    /// Creates an empty `ModifyListenerResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyListenerRequest {
    type Output = ModifyListenerResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyListener",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries the list of real servers bound to CLB instance (`DescribeTargets`).
///
/// This API is used to query the list of the real servers bound to a CLB instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_targets` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTargetsRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// List of listener IDs.
    ///
    /// Wire name `ListenerIds`; optional.
    pub listener_ids: Option<Vec<String>>,
    /// Listener protocol type.
    ///
    /// Wire name `Protocol`; optional.
    pub protocol: Option<i64>,
    /// Listener port.
    ///
    /// Wire name `Port`; optional.
    pub port: Option<i64>,
}

impl Serialize for DescribeTargetsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTargetsRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ListenerIds", &self.listener_ids)
            .member("Protocol", &self.protocol)
            .member("Port", &self.port)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeTargetsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeTargetsRequest {
    const NAME: &'static str = "DescribeTargetsRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "ListenerIds",
        "Protocol",
        "Port",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ListenerIds" => Some(1),
            "Protocol" => Some(2),
            "Port" => Some(3),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.listener_ids = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.protocol = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeTargetsRequest {
    /// Creates an empty `DescribeTargetsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ListenerIds`.
    pub fn listener_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.listener_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Protocol`.
    pub fn protocol(mut self, value: i64) -> Self {
        self.protocol = Some(value);
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }
}

impl Validate for DescribeTargetsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        Ok(())
    }
}

/// The response of `DescribeTargets` (see [`DescribeTargetsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTargetsResponse {
    /// Information of real servers bound to the listener.
    ///
    /// Wire name `Listeners`; may be `null` (decoded as `None`).
    pub listeners: Option<Vec<ListenerBackend>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeTargetsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTargetsResponse")
            .member("Listeners", &self.listeners)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeTargetsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeTargetsResponse {
    const NAME: &'static str = "DescribeTargetsResponse";
    const FIELDS: &'static [&'static str] = &["Listeners", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Listeners" => Some(0),
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
            0 => self.listeners = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeTargetsResponse {
    /// Creates an empty `DescribeTargetsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Listeners`.
    pub fn set_listeners(
        mut self,
        value: impl IntoIterator<Item = ListenerBackend>,
    ) -> Self {
        self.listeners = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeTargetsResponse {
    /// `Listeners` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn listeners(&self) -> &[ListenerBackend] {
        self.listeners.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeTargetsRequest {
    type Output = DescribeTargetsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeTargets",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets the health check status of CLB real server (`DescribeTargetHealth`).
///
/// This API is used to get the health check status of a CLB real server.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_target_health` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTargetHealthRequest {
    /// List of IDs of CLB instances to be queried.
    ///
    /// Wire name `LoadBalancerIds`; required.
    pub load_balancer_ids: Option<Vec<String>>,
}

impl Serialize for DescribeTargetHealthRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTargetHealthRequest")
            .member("LoadBalancerIds", &self.load_balancer_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeTargetHealthRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeTargetHealthRequest {
    const NAME: &'static str = "DescribeTargetHealthRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerIds" => Some(0),
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
            self.load_balancer_ids = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeTargetHealthRequest {
    /// Creates an empty `DescribeTargetHealthRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerIds` (required).
    pub fn load_balancer_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.load_balancer_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for DescribeTargetHealthRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerIds", &self.load_balancer_ids)?;
        Ok(())
    }
}

/// The response of `DescribeTargetHealth` (see [`DescribeTargetHealthRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTargetHealthResponse {
    /// List of CLB instances.
    ///
    /// Wire name `LoadBalancers`; may be `null` (decoded as `None`).
    pub load_balancers: Option<Vec<LoadBalancerHealth>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeTargetHealthResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTargetHealthResponse")
            .member("LoadBalancers", &self.load_balancers)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeTargetHealthResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeTargetHealthResponse {
    const NAME: &'static str = "DescribeTargetHealthResponse";
    const FIELDS: &'static [&'static str] = &["LoadBalancers", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancers" => Some(0),
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
            0 => self.load_balancers = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeTargetHealthResponse {
    /// Creates an empty `DescribeTargetHealthResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancers`.
    pub fn set_load_balancers(
        mut self,
        value: impl IntoIterator<Item = LoadBalancerHealth>,
    ) -> Self {
        self.load_balancers = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeTargetHealthResponse {
    /// `LoadBalancers` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn load_balancers(&self) -> &[LoadBalancerHealth] {
        self.load_balancers.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeTargetHealthRequest {
    type Output = DescribeTargetHealthResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeTargetHealth",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.LBIdNotFound",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries CLB instance list (`DescribeLoadBalancers`).
///
/// This API is used to query the list of CLB instances.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `LoadBalancerSet` (20 per page by default, at
///   most 100).
///
/// Error codes the documentation lists for this action:
///
/// - `AuthFailure.UnauthorizedOperation`: Authentication failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.RegionNotFound`: The region is invalid.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `InvalidParameterValue.Range`: The parameter value is not in the specified range.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_load_balancers` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeLoadBalancersRequest {
    /// Region. If this parameter is not specified, the information of all regions will be
    /// queried by default.
    ///
    /// Wire name `EcmRegion`; optional.
    pub ecm_region: Option<String>,
    /// CLB instance ID.
    ///
    /// Wire name `LoadBalancerIds`; optional.
    pub load_balancer_ids: Option<Vec<String>>,
    /// CLB instance name.
    ///
    /// Wire name `LoadBalancerName`; optional.
    pub load_balancer_name: Option<String>,
    /// VIP address of the CLB instance. There can be multiple addresses.
    ///
    /// Wire name `LoadBalancerVips`; optional.
    pub load_balancer_vips: Option<Vec<String>>,
    /// Private IP of the real server bound to the CLB.
    ///
    /// Wire name `BackendPrivateIps`; optional.
    pub backend_private_ips: Option<Vec<String>>,
    /// Data offset. Default value: 0.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of returned CLB instances. Default value: 20. Maximum value: 100.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
    /// Whether the CLB instance is bound to a real server. 0: no; 1: yes; -1: query all.
    ///
    /// If this parameter is not specified, all will be queried by default.
    ///
    /// Wire name `WithBackend`; optional.
    pub with_backend: Option<WithBackend>,
    /// Unique VPC ID of the CLB instance, such as vpc-bhqkbhdx.
    ///
    /// Wire name `VpcId`; optional.
    pub vpc_id: Option<String>,
    /// Each request can contain up to 10 Filters and 100 Filter.Values. The detailed filters
    /// are as follows:
    ///
    /// tag-key - String - Required: no - (Filter) Filter by tag key.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Security group.
    ///
    /// Wire name `SecurityGroup`; optional.
    pub security_group: Option<String>,
}

impl Serialize for DescribeLoadBalancersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeLoadBalancersRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("LoadBalancerIds", &self.load_balancer_ids)
            .member("LoadBalancerName", &self.load_balancer_name)
            .member("LoadBalancerVips", &self.load_balancer_vips)
            .member("BackendPrivateIps", &self.backend_private_ips)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .member("WithBackend", &self.with_backend)
            .member("VpcId", &self.vpc_id)
            .member("Filters", &self.filters)
            .member("SecurityGroup", &self.security_group)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeLoadBalancersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeLoadBalancersRequest {
    const NAME: &'static str = "DescribeLoadBalancersRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "LoadBalancerIds",
        "LoadBalancerName",
        "LoadBalancerVips",
        "BackendPrivateIps",
        "Offset",
        "Limit",
        "WithBackend",
        "VpcId",
        "Filters",
        "SecurityGroup",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "LoadBalancerIds" => Some(1),
            "LoadBalancerName" => Some(2),
            "LoadBalancerVips" => Some(3),
            "BackendPrivateIps" => Some(4),
            "Offset" => Some(5),
            "Limit" => Some(6),
            "WithBackend" => Some(7),
            "VpcId" => Some(8),
            "Filters" => Some(9),
            "SecurityGroup" => Some(10),
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
            1 => {
                self.load_balancer_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.load_balancer_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.load_balancer_vips = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.backend_private_ips = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.with_backend = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.filters = map.next_value()?,
            10 => {
                self.security_group = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl DescribeLoadBalancersRequest {
    /// Creates an empty `DescribeLoadBalancersRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion`.
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `LoadBalancerIds`.
    pub fn load_balancer_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.load_balancer_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `LoadBalancerName`.
    pub fn load_balancer_name(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_name = Some(value.into());
        self
    }

    /// Sets `LoadBalancerVips`.
    pub fn load_balancer_vips(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.load_balancer_vips = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `BackendPrivateIps`.
    pub fn backend_private_ips(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.backend_private_ips = Some(value.into_iter().map(Into::into).collect());
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

    /// Sets `WithBackend`.
    pub fn with_backend(mut self, value: impl Into<WithBackend>) -> Self {
        self.with_backend = Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeLoadBalancersFilter`];
    /// [`DescribeLoadBalancersFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeLoadBalancersFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }

    /// Sets `SecurityGroup`.
    pub fn security_group(mut self, value: impl Into<String>) -> Self {
        self.security_group = Some(value.into());
        self
    }
}

/// A filter of `DescribeLoadBalancers` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// Documented limits: at most 10 filters per request, at most 100 values per filter.
///
/// ```
/// use ecm_sdk::actions::{DescribeLoadBalancersRequest, DescribeLoadBalancersFilter};
///
/// let request = DescribeLoadBalancersRequest::new().filters([
///     DescribeLoadBalancersFilter::tag_key(["value"]),
///     DescribeLoadBalancersFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeLoadBalancersFilter(Filter);
impl DescribeLoadBalancersFilter {
    /// `tag-key`: Filter by tag key.
    ///
    /// Values documented as String.
    pub fn tag_key(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("tag-key").values(values))
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

impl From<DescribeLoadBalancersFilter> for Filter {
    fn from(filter: DescribeLoadBalancersFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeLoadBalancersRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeLoadBalancers` (see [`DescribeLoadBalancersRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeLoadBalancersResponse {
    /// Total number of eligible CLB instances. This value is independent of the Limit in the
    /// input parameter.
    ///
    /// Wire name `TotalCount`; may be `null` (decoded as `None`).
    pub total_count: Option<i64>,
    /// Array of returned CLB instances.
    ///
    /// Wire name `LoadBalancerSet`; may be `null` (decoded as `None`).
    pub load_balancer_set: Option<Vec<LoadBalancer>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeLoadBalancersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeLoadBalancersResponse")
            .member("TotalCount", &self.total_count)
            .member("LoadBalancerSet", &self.load_balancer_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeLoadBalancersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeLoadBalancersResponse {
    const NAME: &'static str = "DescribeLoadBalancersResponse";
    const FIELDS: &'static [&'static str] = &[
        "TotalCount",
        "LoadBalancerSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "LoadBalancerSet" => Some(1),
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
            1 => self.load_balancer_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeLoadBalancersResponse {
    /// Creates an empty `DescribeLoadBalancersResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `LoadBalancerSet`.
    pub fn set_load_balancer_set(
        mut self,
        value: impl IntoIterator<Item = LoadBalancer>,
    ) -> Self {
        self.load_balancer_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeLoadBalancersResponse {
    /// `LoadBalancerSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn load_balancer_set(&self) -> &[LoadBalancer] {
        self.load_balancer_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeLoadBalancersRequest {
    type Output = DescribeLoadBalancersResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeLoadBalancers",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "AuthFailure.UnauthorizedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.RegionNotFound",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "InvalidParameterValue.Range",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeLoadBalancersRequest {
    type Item = LoadBalancer;
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
        output.load_balancer_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.load_balancer_set.as_ref().map(Vec::len)
    }
}

/// Queries the task status of CLB instance (`DescribeLoadBalanceTaskStatus`).
///
/// This API is used to query the task status of a CLB instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_load_balance_task_status` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeLoadBalanceTaskStatusRequest {
    /// Request ID, i.e., the RequestId parameter returned by the API
    ///
    /// Wire name `TaskId`; required.
    pub task_id: Option<String>,
}

impl Serialize for DescribeLoadBalanceTaskStatusRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeLoadBalanceTaskStatusRequest")
            .member("TaskId", &self.task_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeLoadBalanceTaskStatusRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeLoadBalanceTaskStatusRequest {
    const NAME: &'static str = "DescribeLoadBalanceTaskStatusRequest";
    const FIELDS: &'static [&'static str] = &["TaskId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
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
            self.task_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DescribeLoadBalanceTaskStatusRequest {
    /// Creates an empty `DescribeLoadBalanceTaskStatusRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId` (required).
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}

impl Validate for DescribeLoadBalanceTaskStatusRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("TaskId", &self.task_id)?;
        Ok(())
    }
}

/// The response of `DescribeLoadBalanceTaskStatus` (see
/// [`DescribeLoadBalanceTaskStatusRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeLoadBalanceTaskStatusResponse {
    /// Current task status. 0: succeeded; 1: failed; 2: in progress.
    ///
    /// Wire name `Status`; may be `null` (decoded as `None`).
    pub status: Option<LoadBalanceTaskStatus>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeLoadBalanceTaskStatusResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeLoadBalanceTaskStatusResponse")
            .member("Status", &self.status)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeLoadBalanceTaskStatusResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeLoadBalanceTaskStatusResponse {
    const NAME: &'static str = "DescribeLoadBalanceTaskStatusResponse";
    const FIELDS: &'static [&'static str] = &["Status", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Status" => Some(0),
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
            0 => self.status = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeLoadBalanceTaskStatusResponse {
    /// Creates an empty `DescribeLoadBalanceTaskStatusResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Status`.
    pub fn set_status(mut self, value: impl Into<LoadBalanceTaskStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeLoadBalanceTaskStatusRequest {
    type Output = DescribeLoadBalanceTaskStatusResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeLoadBalanceTaskStatus",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries CLB listener list (`DescribeListeners`).
///
/// This API is used to query the list of CLB listeners.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_listeners` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeListenersRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// Array of IDs of the CLB listeners to be queried
    ///
    /// Wire name `ListenerIds`; optional.
    pub listener_ids: Option<Vec<String>>,
    /// Protocol type of the listener to be queried. Valid values: TCP, UDP.
    ///
    /// Wire name `Protocol`; optional.
    pub protocol: Option<Protocol>,
    /// Port of the listener to be queried
    ///
    /// Wire name `Port`; optional.
    pub port: Option<i64>,
}

impl Serialize for DescribeListenersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeListenersRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ListenerIds", &self.listener_ids)
            .member("Protocol", &self.protocol)
            .member("Port", &self.port)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeListenersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeListenersRequest {
    const NAME: &'static str = "DescribeListenersRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "ListenerIds",
        "Protocol",
        "Port",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ListenerIds" => Some(1),
            "Protocol" => Some(2),
            "Port" => Some(3),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.listener_ids = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.protocol = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeListenersRequest {
    /// Creates an empty `DescribeListenersRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ListenerIds`.
    pub fn listener_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.listener_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Protocol`.
    pub fn protocol(mut self, value: impl Into<Protocol>) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }
}

impl Validate for DescribeListenersRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        Ok(())
    }
}

/// The response of `DescribeListeners` (see [`DescribeListenersRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeListenersResponse {
    /// List of listeners
    ///
    /// Wire name `Listeners`; may be `null` (decoded as `None`).
    pub listeners: Option<Vec<Listener>>,
    /// Total number of listeners
    ///
    /// Wire name `TotalCount`; may be `null` (decoded as `None`).
    pub total_count: Option<i64>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeListenersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeListenersResponse")
            .member("Listeners", &self.listeners)
            .member("TotalCount", &self.total_count)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeListenersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeListenersResponse {
    const NAME: &'static str = "DescribeListenersResponse";
    const FIELDS: &'static [&'static str] = &["Listeners", "TotalCount", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Listeners" => Some(0),
            "TotalCount" => Some(1),
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
            0 => self.listeners = map.next_value()?,
            1 => self.total_count = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeListenersResponse {
    /// Creates an empty `DescribeListenersResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Listeners`.
    pub fn set_listeners(mut self, value: impl IntoIterator<Item = Listener>) -> Self {
        self.listeners = Some(value.into_iter().collect());
        self
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeListenersResponse {
    /// `Listeners` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn listeners(&self) -> &[Listener] {
        self.listeners.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeListenersRequest {
    type Output = DescribeListenersResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeListeners",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.LBIdNotFound",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Deletes multiple CLB listeners (`DeleteLoadBalancerListeners`).
///
/// This API is used to delete multiple CLB listeners.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::delete_load_balancer_listeners` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteLoadBalancerListenersRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// Array of IDs of the listeners to be deleted. If this parameter is left empty, all
    /// listeners of the CLB instance will be deleted
    ///
    /// Wire name `ListenerIds`; optional.
    pub listener_ids: Option<Vec<String>>,
}

impl Serialize for DeleteLoadBalancerListenersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteLoadBalancerListenersRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ListenerIds", &self.listener_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteLoadBalancerListenersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteLoadBalancerListenersRequest {
    const NAME: &'static str = "DeleteLoadBalancerListenersRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerId", "ListenerIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ListenerIds" => Some(1),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.listener_ids = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DeleteLoadBalancerListenersRequest {
    /// Creates an empty `DeleteLoadBalancerListenersRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ListenerIds`.
    pub fn listener_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.listener_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for DeleteLoadBalancerListenersRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        Ok(())
    }
}

/// The response of `DeleteLoadBalancerListeners` (see
/// [`DeleteLoadBalancerListenersRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteLoadBalancerListenersResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteLoadBalancerListenersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteLoadBalancerListenersResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteLoadBalancerListenersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteLoadBalancerListenersResponse {
    const NAME: &'static str = "DeleteLoadBalancerListenersResponse";
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

impl DeleteLoadBalancerListenersResponse {
    /// Creates an empty `DeleteLoadBalancerListenersResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteLoadBalancerListenersRequest {
    type Output = DeleteLoadBalancerListenersResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteLoadBalancerListeners",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Deletes CLB instance (`DeleteLoadBalancer`).
///
/// This API is used to delete a CLB instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `ResourceInsufficient`: Insufficient resource.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::delete_load_balancer` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteLoadBalancerRequest {
    /// Array of IDs of the CLB instances to be deleted. Array length limit: 20
    ///
    /// Wire name `LoadBalancerIds`; optional.
    pub load_balancer_ids: Option<Vec<String>>,
}

impl Serialize for DeleteLoadBalancerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteLoadBalancerRequest")
            .member("LoadBalancerIds", &self.load_balancer_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteLoadBalancerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteLoadBalancerRequest {
    const NAME: &'static str = "DeleteLoadBalancerRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerIds" => Some(0),
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
            self.load_balancer_ids = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DeleteLoadBalancerRequest {
    /// Creates an empty `DeleteLoadBalancerRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerIds`.
    pub fn load_balancer_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.load_balancer_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for DeleteLoadBalancerRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DeleteLoadBalancer` (see [`DeleteLoadBalancerRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteLoadBalancerResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteLoadBalancerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteLoadBalancerResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteLoadBalancerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteLoadBalancerResponse {
    const NAME: &'static str = "DeleteLoadBalancerResponse";
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

impl DeleteLoadBalancerResponse {
    /// Creates an empty `DeleteLoadBalancerResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteLoadBalancerRequest {
    type Output = DeleteLoadBalancerResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteLoadBalancer",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.LBIdNotFound",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "LimitExceeded",
            "ResourceInsufficient",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Deletes CLB listener (`DeleteListener`).
///
/// This API is used to delete a CLB listener.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::delete_listener` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteListenerRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// ID of the listener to be deleted
    ///
    /// Wire name `ListenerId`; required.
    pub listener_id: Option<String>,
}

impl Serialize for DeleteListenerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteListenerRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ListenerId", &self.listener_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteListenerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteListenerRequest {
    const NAME: &'static str = "DeleteListenerRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerId", "ListenerId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ListenerId" => Some(1),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DeleteListenerRequest {
    /// Creates an empty `DeleteListenerRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ListenerId` (required).
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }
}

impl Validate for DeleteListenerRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("ListenerId", &self.listener_id)?;
        Ok(())
    }
}

/// The response of `DeleteListener` (see [`DeleteListenerRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteListenerResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteListenerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteListenerResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteListenerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteListenerResponse {
    const NAME: &'static str = "DeleteListenerResponse";
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

impl DeleteListenerResponse {
    /// Creates an empty `DeleteListenerResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteListenerRequest {
    type Output = DeleteListenerResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteListener",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Purchases CLB instance (`CreateLoadBalancer`).
///
/// This API is used to purchase a CLB instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidEcmRegion`: The region parameter is invalid.
/// - `InvalidParameterValue.InvalidISPInNode`: The ISP is invalid.
/// - `InvalidParameterValue.InvalidLoadBalancerNum`: The number of CLB instances is
///   invalid.
/// - `InvalidParameterValue.InvalidLoadBalancerType`: The CLB instance type is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidSubnetInZone`: The node does not exist in this subnet.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `InvalidParameterValue.Range`: The parameter value is not in the specified range.
/// - `InvalidParameterValue.TagNumOutOfRange`: The number of tags exceeds the limit.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `LimitExceeded.LBLimitExceeded`: The number of CLB instances applied for exceeds the
///   limit.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceInsufficient`: Insufficient resource.
/// - `ResourcesSoldOut.LoadBalancerSoldOut`: CLB instances have been sold out.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::create_load_balancer` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateLoadBalancerRequest {
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Network type of the CLB instance. Currently, you can pass in only OPEN, which indicates
    /// public network.
    ///
    /// Wire name `LoadBalancerType`; required.
    pub load_balancer_type: Option<String>,
    /// CMCC: China Mobile; CTCC: China Telecom; CUCC: China Unicom.
    ///
    /// Wire name `VipIsp`; required.
    pub vip_isp: Option<VipIsp>,
    /// CLB instance name, which will take effect only when one instance is created. It can
    /// contain 1–50 letters, digits, hyphens, and underscores.
    ///
    /// Note: if the name of the new CLB instance already exists, a default name will be
    /// generated automatically.
    ///
    /// Wire name `LoadBalancerName`; optional.
    pub load_balancer_name: Option<String>,
    /// Network ID of the target device on the CLB backend, such as vpc-12345678.
    ///
    /// Wire name `VpcId`; optional.
    pub vpc_id: Option<String>,
    /// Number of CLB instances to be created. Default value: 1.
    ///
    /// Wire name `Number`; optional.
    pub number: Option<i64>,
    /// CLB information such as bandwidth limit.
    ///
    /// Wire name `InternetAccessible`; optional.
    pub internet_accessible: Option<LoadBalancerInternetAccessible>,
    /// Tags.
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<TagInfo>>,
    /// Security groups.
    ///
    /// Wire name `SecurityGroups`; optional.
    pub security_groups: Option<Vec<String>>,
    /// IP version. Valid values: IPV4 (default), IPv6FullChain (IPv6 version). This parameter
    /// is only for public network CLB instances.
    ///
    /// Wire name `AddressIPVersion`; optional.
    pub address_ip_version: Option<AddressIpVersion>,
    /// Subnet ID. This parameter is required for IPv6 CLB instances.
    ///
    /// Wire name `SubnetId`; optional.
    pub subnet_id: Option<String>,
}

impl Serialize for CreateLoadBalancerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateLoadBalancerRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("LoadBalancerType", &self.load_balancer_type)
            .member("VipIsp", &self.vip_isp)
            .member("LoadBalancerName", &self.load_balancer_name)
            .member("VpcId", &self.vpc_id)
            .member("Number", &self.number)
            .member("InternetAccessible", &self.internet_accessible)
            .member("Tags", &self.tags)
            .member("SecurityGroups", &self.security_groups)
            .member("AddressIPVersion", &self.address_ip_version)
            .member("SubnetId", &self.subnet_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateLoadBalancerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateLoadBalancerRequest {
    const NAME: &'static str = "CreateLoadBalancerRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "LoadBalancerType",
        "VipIsp",
        "LoadBalancerName",
        "VpcId",
        "Number",
        "InternetAccessible",
        "Tags",
        "SecurityGroups",
        "AddressIPVersion",
        "SubnetId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "LoadBalancerType" => Some(1),
            "VipIsp" => Some(2),
            "LoadBalancerName" => Some(3),
            "VpcId" => Some(4),
            "Number" => Some(5),
            "InternetAccessible" => Some(6),
            "Tags" => Some(7),
            "SecurityGroups" => Some(8),
            "AddressIPVersion" => Some(9),
            "SubnetId" => Some(10),
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
            1 => {
                self.load_balancer_type = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.vip_isp = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.load_balancer_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.number = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.internet_accessible = map.next_value()?,
            7 => self.tags = map.next_value()?,
            8 => {
                self.security_groups = map.next_value_seed(crate::lenient::Field::new())?;
            }
            9 => {
                self.address_ip_version = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            10 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateLoadBalancerRequest {
    /// Creates an empty `CreateLoadBalancerRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `LoadBalancerType` (required).
    pub fn load_balancer_type(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_type = Some(value.into());
        self
    }

    /// Sets `VipIsp` (required).
    pub fn vip_isp(mut self, value: impl Into<VipIsp>) -> Self {
        self.vip_isp = Some(value.into());
        self
    }

    /// Sets `LoadBalancerName`.
    pub fn load_balancer_name(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_name = Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `Number`.
    pub fn number(mut self, value: i64) -> Self {
        self.number = Some(value);
        self
    }

    /// Sets `InternetAccessible`.
    pub fn internet_accessible(mut self, value: LoadBalancerInternetAccessible) -> Self {
        self.internet_accessible = Some(value);
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = TagInfo>) -> Self {
        self.tags = Some(value.into_iter().collect());
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

    /// Sets `AddressIPVersion`.
    pub fn address_ip_version(mut self, value: impl Into<AddressIpVersion>) -> Self {
        self.address_ip_version = Some(value.into());
        self
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }
}

impl Validate for CreateLoadBalancerRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("LoadBalancerType", &self.load_balancer_type)?;
        require("VipIsp", &self.vip_isp)?;
        validate_nested("InternetAccessible", &self.internet_accessible)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `CreateLoadBalancer` (see [`CreateLoadBalancerRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateLoadBalancerResponse {
    /// Array of CLB instance IDs
    ///
    /// Wire name `LoadBalancerIds`; may be `null` (decoded as `None`).
    pub load_balancer_ids: Option<Vec<String>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateLoadBalancerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateLoadBalancerResponse")
            .member("LoadBalancerIds", &self.load_balancer_ids)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateLoadBalancerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateLoadBalancerResponse {
    const NAME: &'static str = "CreateLoadBalancerResponse";
    const FIELDS: &'static [&'static str] = &["LoadBalancerIds", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerIds" => Some(0),
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
                self.load_balancer_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateLoadBalancerResponse {
    /// Creates an empty `CreateLoadBalancerResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerIds`.
    pub fn set_load_balancer_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.load_balancer_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl CreateLoadBalancerResponse {
    /// `LoadBalancerIds` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn load_balancer_ids(&self) -> &[String] {
        self.load_balancer_ids.as_deref().unwrap_or_default()
    }
}

impl Action for CreateLoadBalancerRequest {
    type Output = CreateLoadBalancerResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateLoadBalancer",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidEcmRegion",
            "InvalidParameterValue.InvalidISPInNode",
            "InvalidParameterValue.InvalidLoadBalancerNum",
            "InvalidParameterValue.InvalidLoadBalancerType",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidSubnetInZone",
            "InvalidParameterValue.Length",
            "InvalidParameterValue.Range",
            "InvalidParameterValue.TagNumOutOfRange",
            "LimitExceeded",
            "LimitExceeded.LBLimitExceeded",
            "MissingParameter",
            "ResourceInsufficient",
            "ResourcesSoldOut.LoadBalancerSoldOut",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Creates CLB listener (`CreateListener`).
///
/// This API is used to create a CLB listener.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::create_listener` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateListenerRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// Specifies for which ports to create listeners. Each port corresponds to a new listener
    ///
    /// Wire name `Ports`; required.
    pub ports: Option<Vec<i64>>,
    /// Listener protocol. Valid values: TCP, UDP
    ///
    /// Wire name `Protocol`; required.
    pub protocol: Option<Protocol>,
    /// List of names of the listeners to be created. The array of names and array of ports are
    /// in one-to-one correspondence. If you do not want to name them now, you do not need to
    /// provide this parameter.
    ///
    /// Wire name `ListenerNames`; optional.
    pub listener_names: Option<Vec<String>>,
    /// Health check parameters
    ///
    /// Wire name `HealthCheck`; optional.
    pub health_check: Option<HealthCheck>,
    /// Session persistence time in seconds. Value range: 30– 3600. The default value is 0,
    /// indicating that session persistence is not enabled. This parameter is applicable only to
    /// TCP/UDP listeners.
    ///
    /// Wire name `SessionExpireTime`; optional.
    pub session_expire_time: Option<i64>,
    /// Forwarding method of the listener. Valid values: WRR, LEAST_CONN.
    ///
    /// They represent weighted round robin and least connections, respectively. Default value:
    /// WRR.
    ///
    /// Wire name `Scheduler`; optional.
    pub scheduler: Option<Scheduler>,
    /// Session persistence type. Valid values: NORMAL: the default session persistence type;
    /// QUIC_CID: session persistence by QUIC connection ID. The QUIC_CID value can only be
    /// configured in UDP listeners. If this field is not specified, the default session
    /// persistence type will be used.
    ///
    /// Wire name `SessionType`; optional.
    pub session_type: Option<SessionType>,
    /// End ports of port ranges, which must be the same as Ports in length.
    ///
    /// Wire name `EndPorts`; optional.
    pub end_ports: Option<Vec<i64>>,
}

impl Serialize for CreateListenerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateListenerRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("Ports", &self.ports)
            .member("Protocol", &self.protocol)
            .member("ListenerNames", &self.listener_names)
            .member("HealthCheck", &self.health_check)
            .member("SessionExpireTime", &self.session_expire_time)
            .member("Scheduler", &self.scheduler)
            .member("SessionType", &self.session_type)
            .member("EndPorts", &self.end_ports)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateListenerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateListenerRequest {
    const NAME: &'static str = "CreateListenerRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "Ports",
        "Protocol",
        "ListenerNames",
        "HealthCheck",
        "SessionExpireTime",
        "Scheduler",
        "SessionType",
        "EndPorts",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "Ports" => Some(1),
            "Protocol" => Some(2),
            "ListenerNames" => Some(3),
            "HealthCheck" => Some(4),
            "SessionExpireTime" => Some(5),
            "Scheduler" => Some(6),
            "SessionType" => Some(7),
            "EndPorts" => Some(8),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.ports = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.protocol = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.listener_names = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.health_check = map.next_value()?,
            5 => {
                self.session_expire_time = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.scheduler = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.session_type = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.end_ports = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateListenerRequest {
    /// Creates an empty `CreateListenerRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `Ports` (required).
    pub fn ports(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.ports = Some(value.into_iter().collect());
        self
    }

    /// Sets `Protocol` (required).
    pub fn protocol(mut self, value: impl Into<Protocol>) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Sets `ListenerNames`.
    pub fn listener_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.listener_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `HealthCheck`.
    pub fn health_check(mut self, value: HealthCheck) -> Self {
        self.health_check = Some(value);
        self
    }

    /// Sets `SessionExpireTime`.
    pub fn session_expire_time(mut self, value: i64) -> Self {
        self.session_expire_time = Some(value);
        self
    }

    /// Sets `Scheduler`.
    pub fn scheduler(mut self, value: impl Into<Scheduler>) -> Self {
        self.scheduler = Some(value.into());
        self
    }

    /// Sets `SessionType`.
    pub fn session_type(mut self, value: impl Into<SessionType>) -> Self {
        self.session_type = Some(value.into());
        self
    }

    /// Sets `EndPorts`.
    pub fn end_ports(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.end_ports = Some(value.into_iter().collect());
        self
    }
}

impl Validate for CreateListenerRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("Ports", &self.ports)?;
        require("Protocol", &self.protocol)?;
        validate_nested("HealthCheck", &self.health_check)?;
        Ok(())
    }
}

/// The response of `CreateListener` (see [`CreateListenerRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateListenerResponse {
    /// Array of unique IDs of the created listeners
    ///
    /// Wire name `ListenerIds`; may be `null` (decoded as `None`).
    pub listener_ids: Option<Vec<String>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateListenerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateListenerResponse")
            .member("ListenerIds", &self.listener_ids)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateListenerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateListenerResponse {
    const NAME: &'static str = "CreateListenerResponse";
    const FIELDS: &'static [&'static str] = &["ListenerIds", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ListenerIds" => Some(0),
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
            0 => self.listener_ids = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateListenerResponse {
    /// Creates an empty `CreateListenerResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ListenerIds`.
    pub fn set_listener_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.listener_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl CreateListenerResponse {
    /// `ListenerIds` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn listener_ids(&self) -> &[String] {
        self.listener_ids.as_deref().unwrap_or_default()
    }
}

impl Action for CreateListenerRequest {
    type Output = CreateListenerResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateListener",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "LimitExceeded",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Batch binds backend targets (`BatchRegisterTargets`).
///
/// This API is used to batch bind backend targets.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
/// - `InvalidParameter.ListenerIdNotFound`: The listener ID is incorrect.
/// - `InvalidParameter.LocationNotFound`: No eligible forwarding rules were found.
/// - `InvalidParameter.PortCheckFailed`: Listener port check failed due to a port conflict.
/// - `InvalidParameter.ProtocolCheckFailed`: Listener protocol check failed, because this
///   operation is not supported by the protocol.
/// - `InvalidParameter.RegionNotFound`: The region is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::batch_register_targets` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BatchRegisterTargetsRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// Bound targets
    ///
    /// Wire name `Targets`; required.
    pub targets: Option<Vec<BatchTarget>>,
}

impl Serialize for BatchRegisterTargetsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "BatchRegisterTargetsRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("Targets", &self.targets)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for BatchRegisterTargetsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for BatchRegisterTargetsRequest {
    const NAME: &'static str = "BatchRegisterTargetsRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerId", "Targets"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "Targets" => Some(1),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.targets = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl BatchRegisterTargetsRequest {
    /// Creates an empty `BatchRegisterTargetsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `Targets` (required).
    pub fn targets(mut self, value: impl IntoIterator<Item = BatchTarget>) -> Self {
        self.targets = Some(value.into_iter().collect());
        self
    }
}

impl Validate for BatchRegisterTargetsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("Targets", &self.targets)?;
        validate_list("Targets", &self.targets)?;
        Ok(())
    }
}

/// The response of `BatchRegisterTargets` (see [`BatchRegisterTargetsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BatchRegisterTargetsResponse {
    /// IDs of the listeners failed to be bound. If this parameter is empty, all listeners have
    /// been bound successfully.
    ///
    /// Wire name `FailListenerIdSet`; may be `null` (decoded as `None`).
    pub fail_listener_id_set: Option<Vec<String>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for BatchRegisterTargetsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "BatchRegisterTargetsResponse")
            .member("FailListenerIdSet", &self.fail_listener_id_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for BatchRegisterTargetsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for BatchRegisterTargetsResponse {
    const NAME: &'static str = "BatchRegisterTargetsResponse";
    const FIELDS: &'static [&'static str] = &["FailListenerIdSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "FailListenerIdSet" => Some(0),
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
                self.fail_listener_id_set = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl BatchRegisterTargetsResponse {
    /// Creates an empty `BatchRegisterTargetsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `FailListenerIdSet`.
    pub fn set_fail_listener_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.fail_listener_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl BatchRegisterTargetsResponse {
    /// `FailListenerIdSet` as a slice, empty when the response omits it (the field tells the
    /// two apart).
    pub fn fail_listener_id_set(&self) -> &[String] {
        self.fail_listener_id_set.as_deref().unwrap_or_default()
    }
}

impl Action for BatchRegisterTargetsRequest {
    type Output = BatchRegisterTargetsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "BatchRegisterTargets",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.LBIdNotFound",
            "InvalidParameter.ListenerIdNotFound",
            "InvalidParameter.LocationNotFound",
            "InvalidParameter.PortCheckFailed",
            "InvalidParameter.ProtocolCheckFailed",
            "InvalidParameter.RegionNotFound",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Batch modifies the forwarding weights of real servers bound to listener
/// (`BatchModifyTargetWeight`).
///
/// This API is used to batch modify the forwarding weights of the real servers bound to a
/// listener.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::batch_modify_target_weight` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BatchModifyTargetWeightRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// List of weights to be modified in batches
    ///
    /// Wire name `ModifyList`; required.
    pub modify_list: Option<Vec<TargetsWeightRule>>,
}

impl Serialize for BatchModifyTargetWeightRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "BatchModifyTargetWeightRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("ModifyList", &self.modify_list)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for BatchModifyTargetWeightRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for BatchModifyTargetWeightRequest {
    const NAME: &'static str = "BatchModifyTargetWeightRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerId", "ModifyList"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "ModifyList" => Some(1),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.modify_list = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl BatchModifyTargetWeightRequest {
    /// Creates an empty `BatchModifyTargetWeightRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `ModifyList` (required).
    pub fn modify_list(
        mut self,
        value: impl IntoIterator<Item = TargetsWeightRule>,
    ) -> Self {
        self.modify_list = Some(value.into_iter().collect());
        self
    }
}

impl Validate for BatchModifyTargetWeightRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("ModifyList", &self.modify_list)?;
        validate_list("ModifyList", &self.modify_list)?;
        Ok(())
    }
}

/// The response of `BatchModifyTargetWeight` (see [`BatchModifyTargetWeightRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BatchModifyTargetWeightResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for BatchModifyTargetWeightResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "BatchModifyTargetWeightResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for BatchModifyTargetWeightResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for BatchModifyTargetWeightResponse {
    const NAME: &'static str = "BatchModifyTargetWeightResponse";
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

impl BatchModifyTargetWeightResponse {
    /// Creates an empty `BatchModifyTargetWeightResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for BatchModifyTargetWeightRequest {
    type Output = BatchModifyTargetWeightResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "BatchModifyTargetWeight",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Batch unbinds real servers (`BatchDeregisterTargets`).
///
/// This API is used to batch unbind real servers.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
/// - `InvalidParameter.ListenerIdNotFound`: The listener ID is incorrect.
/// - `InvalidParameter.LocationNotFound`: No eligible forwarding rules were found.
/// - `InvalidParameter.PortCheckFailed`: Listener port check failed due to a port conflict.
/// - `InvalidParameter.ProtocolCheckFailed`: Listener protocol check failed, because this
///   operation is not supported by the protocol.
/// - `InvalidParameter.RegionNotFound`: The region is invalid.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `InvalidParameterValue.Range`: The parameter value is not in the specified range.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::batch_deregister_targets` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BatchDeregisterTargetsRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// Unbound targets
    ///
    /// Wire name `Targets`; required.
    pub targets: Option<Vec<BatchTarget>>,
}

impl Serialize for BatchDeregisterTargetsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "BatchDeregisterTargetsRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("Targets", &self.targets)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for BatchDeregisterTargetsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for BatchDeregisterTargetsRequest {
    const NAME: &'static str = "BatchDeregisterTargetsRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerId", "Targets"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "Targets" => Some(1),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.targets = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl BatchDeregisterTargetsRequest {
    /// Creates an empty `BatchDeregisterTargetsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `Targets` (required).
    pub fn targets(mut self, value: impl IntoIterator<Item = BatchTarget>) -> Self {
        self.targets = Some(value.into_iter().collect());
        self
    }
}

impl Validate for BatchDeregisterTargetsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        require("Targets", &self.targets)?;
        validate_list("Targets", &self.targets)?;
        Ok(())
    }
}

/// The response of `BatchDeregisterTargets` (see [`BatchDeregisterTargetsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BatchDeregisterTargetsResponse {
    /// IDs of the listeners failed to be unbound
    ///
    /// Wire name `FailListenerIdSet`; may be `null` (decoded as `None`).
    pub fail_listener_id_set: Option<Vec<String>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for BatchDeregisterTargetsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "BatchDeregisterTargetsResponse")
            .member("FailListenerIdSet", &self.fail_listener_id_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for BatchDeregisterTargetsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for BatchDeregisterTargetsResponse {
    const NAME: &'static str = "BatchDeregisterTargetsResponse";
    const FIELDS: &'static [&'static str] = &["FailListenerIdSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "FailListenerIdSet" => Some(0),
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
                self.fail_listener_id_set = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl BatchDeregisterTargetsResponse {
    /// Creates an empty `BatchDeregisterTargetsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `FailListenerIdSet`.
    pub fn set_fail_listener_id_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.fail_listener_id_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl BatchDeregisterTargetsResponse {
    /// `FailListenerIdSet` as a slice, empty when the response omits it (the field tells the
    /// two apart).
    pub fn fail_listener_id_set(&self) -> &[String] {
        self.fail_listener_id_set.as_deref().unwrap_or_default()
    }
}

impl Action for BatchDeregisterTargetsRequest {
    type Output = BatchDeregisterTargetsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "BatchDeregisterTargets",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.LBIdNotFound",
            "InvalidParameter.ListenerIdNotFound",
            "InvalidParameter.LocationNotFound",
            "InvalidParameter.PortCheckFailed",
            "InvalidParameter.ProtocolCheckFailed",
            "InvalidParameter.RegionNotFound",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "InvalidParameterValue.Range",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Binds or unbinds security group to or from multiple CLB instances
/// (`SetSecurityGroupForLoadbalancers`).
///
/// This API is used to bind or unbind a security group to or from multiple CLB instances.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameter.LBIdNotFound`: The CLB instance ID is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `MissingParameter`: The parameter is missing.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::set_security_group_for_loadbalancers` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetSecurityGroupForLoadbalancersRequest {
    /// Array of CLB instance IDs
    ///
    /// Wire name `LoadBalancerIds`; required.
    pub load_balancer_ids: Option<Vec<String>>,
    /// Security group ID, such as esg-12345678
    ///
    /// Wire name `SecurityGroup`; required.
    pub security_group: Option<String>,
    /// ADD: bind security group;
    ///
    /// DEL: unbind security group
    ///
    /// Wire name `OperationType`; required.
    pub operation_type: Option<OperationType>,
}

impl Serialize for SetSecurityGroupForLoadbalancersRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SetSecurityGroupForLoadbalancersRequest")
            .member("LoadBalancerIds", &self.load_balancer_ids)
            .member("SecurityGroup", &self.security_group)
            .member("OperationType", &self.operation_type)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for SetSecurityGroupForLoadbalancersRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for SetSecurityGroupForLoadbalancersRequest {
    const NAME: &'static str = "SetSecurityGroupForLoadbalancersRequest";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerIds",
        "SecurityGroup",
        "OperationType",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerIds" => Some(0),
            "SecurityGroup" => Some(1),
            "OperationType" => Some(2),
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
                self.load_balancer_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.security_group = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.operation_type = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl SetSecurityGroupForLoadbalancersRequest {
    /// Creates an empty `SetSecurityGroupForLoadbalancersRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerIds` (required).
    pub fn load_balancer_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.load_balancer_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `SecurityGroup` (required).
    pub fn security_group(mut self, value: impl Into<String>) -> Self {
        self.security_group = Some(value.into());
        self
    }

    /// Sets `OperationType` (required).
    pub fn operation_type(mut self, value: impl Into<OperationType>) -> Self {
        self.operation_type = Some(value.into());
        self
    }
}

impl Validate for SetSecurityGroupForLoadbalancersRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerIds", &self.load_balancer_ids)?;
        require("SecurityGroup", &self.security_group)?;
        require("OperationType", &self.operation_type)?;
        Ok(())
    }
}

/// The response of `SetSecurityGroupForLoadbalancers` (see
/// [`SetSecurityGroupForLoadbalancersRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetSecurityGroupForLoadbalancersResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for SetSecurityGroupForLoadbalancersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SetSecurityGroupForLoadbalancersResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for SetSecurityGroupForLoadbalancersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SetSecurityGroupForLoadbalancersResponse {
    const NAME: &'static str = "SetSecurityGroupForLoadbalancersResponse";
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

impl SetSecurityGroupForLoadbalancersResponse {
    /// Creates an empty `SetSecurityGroupForLoadbalancersResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for SetSecurityGroupForLoadbalancersRequest {
    type Output = SetSecurityGroupForLoadbalancersResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "SetSecurityGroupForLoadbalancers",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameter.LBIdNotFound",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "MissingParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Configures security groups for CLB instance (`SetLoadBalancerSecurityGroups`).
///
/// This API is used to configure security groups for a CLB instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.FormatError`: The parameter format is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Length`: The parameter length is incorrect.
/// - `MissingParameter`: The parameter is missing.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::set_load_balancer_security_groups` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetLoadBalancerSecurityGroupsRequest {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; required.
    pub load_balancer_id: Option<String>,
    /// Array of security group IDs. You can bind up to 5 security groups to a CLB instance. If
    /// you want to unbind all security groups, leave this parameter empty or pass in an empty
    /// array
    ///
    /// Wire name `SecurityGroups`; optional.
    pub security_groups: Option<Vec<String>>,
}

impl Serialize for SetLoadBalancerSecurityGroupsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SetLoadBalancerSecurityGroupsRequest")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("SecurityGroups", &self.security_groups)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for SetLoadBalancerSecurityGroupsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for SetLoadBalancerSecurityGroupsRequest {
    const NAME: &'static str = "SetLoadBalancerSecurityGroupsRequest";
    const FIELDS: &'static [&'static str] = &["LoadBalancerId", "SecurityGroups"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "SecurityGroups" => Some(1),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.security_groups = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl SetLoadBalancerSecurityGroupsRequest {
    /// Creates an empty `SetLoadBalancerSecurityGroupsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId` (required).
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
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

impl Validate for SetLoadBalancerSecurityGroupsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("LoadBalancerId", &self.load_balancer_id)?;
        Ok(())
    }
}

/// The response of `SetLoadBalancerSecurityGroups` (see
/// [`SetLoadBalancerSecurityGroupsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SetLoadBalancerSecurityGroupsResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for SetLoadBalancerSecurityGroupsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SetLoadBalancerSecurityGroupsResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for SetLoadBalancerSecurityGroupsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SetLoadBalancerSecurityGroupsResponse {
    const NAME: &'static str = "SetLoadBalancerSecurityGroupsResponse";
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

impl SetLoadBalancerSecurityGroupsResponse {
    /// Creates an empty `SetLoadBalancerSecurityGroupsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for SetLoadBalancerSecurityGroupsRequest {
    type Output = SetLoadBalancerSecurityGroupsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "SetLoadBalancerSecurityGroups",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter",
            "InvalidParameter.FormatError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Length",
            "MissingParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}
