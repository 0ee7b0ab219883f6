// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Key APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, RegionRequirement, Validate, require,
};
use crate::generated::SERVICE;
use crate::generated::types::KeyPair;

/// Unbinds key pair (`DisassociateInstancesKeyPairs`).
///
/// This API is used to unbind a key pair from an instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InstanceIdNotSupported`: The instance does not support the
///   current operation.
/// - `InvalidParameterValue.InvalidKeyPairId`: Invalid key ID.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
///
/// Send it with `ecm_sdk::Client::disassociate_instances_key_pairs` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisassociateInstancesKeyPairsRequest {
    /// You can get available instance IDs in the following ways:
    ///
    /// Log in to the console to query instance IDs.
    ///
    /// Get the instance IDs from the InstanceId field in the information returned by the
    /// DescribeInstances API.
    ///
    /// Wire name `InstanceIds`; required.
    pub instance_ids: Option<Vec<String>>,
    /// List of key pair IDs. Each request can contain up to 100 key pairs. The key pair ID
    /// takes the form of skey-11112222.
    ///
    /// You can get available key IDs in the following ways:
    ///
    /// Log in to the console to query key IDs.
    ///
    /// Get the key pair IDs from the KeyId field in the information returned by the
    /// DescribeKeyPairs API.
    ///
    /// Wire name `KeyIds`; required.
    pub key_ids: Option<Vec<String>>,
    /// Whether to force shut down the running instance. We recommend you manually shut down the
    /// running instance before unbinding the key. Valid values:
    ///
    /// TRUE: yes.
    ///
    /// FALSE: no.
    ///
    /// Default value: FALSE.
    ///
    /// Wire name `ForceStop`; optional.
    pub force_stop: Option<bool>,
}

impl Serialize for DisassociateInstancesKeyPairsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisassociateInstancesKeyPairsRequest")
            .member("InstanceIds", &self.instance_ids)
            .member("KeyIds", &self.key_ids)
            .member("ForceStop", &self.force_stop)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DisassociateInstancesKeyPairsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DisassociateInstancesKeyPairsRequest {
    const NAME: &'static str = "DisassociateInstancesKeyPairsRequest";
    const FIELDS: &'static [&'static str] = &["InstanceIds", "KeyIds", "ForceStop"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceIds" => Some(0),
            "KeyIds" => Some(1),
            "ForceStop" => Some(2),
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
            0 => self.instance_ids = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.key_ids = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.force_stop = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DisassociateInstancesKeyPairsRequest {
    /// Creates an empty `DisassociateInstancesKeyPairsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceIds` (required).
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `KeyIds` (required).
    pub fn key_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.key_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = Some(value);
        self
    }
}

impl Validate for DisassociateInstancesKeyPairsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("InstanceIds", &self.instance_ids)?;
        require("KeyIds", &self.key_ids)?;
        Ok(())
    }
}

/// The response of `DisassociateInstancesKeyPairs` (see
/// [`DisassociateInstancesKeyPairsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisassociateInstancesKeyPairsResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DisassociateInstancesKeyPairsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisassociateInstancesKeyPairsResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DisassociateInstancesKeyPairsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DisassociateInstancesKeyPairsResponse {
    const NAME: &'static str = "DisassociateInstancesKeyPairsResponse";
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

impl DisassociateInstancesKeyPairsResponse {
    /// Creates an empty `DisassociateInstancesKeyPairsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DisassociateInstancesKeyPairsRequest {
    type Output = DisassociateInstancesKeyPairsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DisassociateInstancesKeyPairs",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameterValue",
            "InvalidParameterValue.InstanceIdNotSupported",
            "InvalidParameterValue.InvalidKeyPairId",
            "InvalidParameterValue.LimitExceeded",
            "MissingParameter",
        ],
    };
}

/// Creates key pair (`CreateKeyPair`).
///
/// This API is used to create an OpenSSH RSA key pair, which can be used to log in to a
/// Linux instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidKeyPairName`: Invalid key name.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
///
/// Send it with `ecm_sdk::Client::create_key_pair` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateKeyPairRequest {
    /// Key pair name, which can contain up to 25 digits, letters, and underscores.
    ///
    /// Wire name `KeyName`; required.
    pub key_name: Option<String>,
}

impl Serialize for CreateKeyPairRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateKeyPairRequest")
            .member("KeyName", &self.key_name)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateKeyPairRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateKeyPairRequest {
    const NAME: &'static str = "CreateKeyPairRequest";
    const FIELDS: &'static [&'static str] = &["KeyName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "KeyName" => Some(0),
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
            self.key_name = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl CreateKeyPairRequest {
    /// Creates an empty `CreateKeyPairRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `KeyName` (required).
    pub fn key_name(mut self, value: impl Into<String>) -> Self {
        self.key_name = Some(value.into());
        self
    }
}

impl Validate for CreateKeyPairRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("KeyName", &self.key_name)?;
        Ok(())
    }
}

/// The response of `CreateKeyPair` (see [`CreateKeyPairRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateKeyPairResponse {
    /// Key pair information.
    ///
    /// Wire name `KeyPair`.
    pub key_pair: Option<KeyPair>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateKeyPairResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateKeyPairResponse")
            .member("KeyPair", &self.key_pair)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateKeyPairResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateKeyPairResponse {
    const NAME: &'static str = "CreateKeyPairResponse";
    const FIELDS: &'static [&'static str] = &["KeyPair", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "KeyPair" => Some(0),
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
            0 => self.key_pair = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateKeyPairResponse {
    /// Creates an empty `CreateKeyPairResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `KeyPair`.
    pub fn set_key_pair(mut self, value: KeyPair) -> Self {
        self.key_pair = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateKeyPairRequest {
    type Output = CreateKeyPairResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateKeyPair",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidKeyPairName",
            "InvalidParameterValue.LimitExceeded",
            "MissingParameter",
        ],
    };
}
