// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Instance APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list, validate_nested,
};
use crate::generated::SERVICE;
use crate::generated::types::{Filter, Instance, SystemDisk, ZoneInstanceCountIsp};

/// Creates instance (`RunInstances`).
///
/// This API is used to create one or more instances.
///
/// Instances are created asynchronously; see
/// <https://www.tencentcloud.com/document/api/1119/45644>. Use \<DescribeInstances\> to
/// poll \[status\] \*before\* using them.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InvalidStatus`: The instance status does not allow this operation.
/// - `InvalidParameterValue.InvalidISPInNode`: The ISP is not available on the node.
/// - `LimitExceeded.VcpuLimitExceeded`: vCPU quota exceeded.
/// - `ResourceInsufficient.InstanceQuotaNotEnough`: Insufficient instance quota.
/// - `ResourcesSoldOut.SpecifiedInstanceType`
/// - `UnauthorizedOperation.MFAExpired`: MFA expired.
///
/// Send it with `ecm_sdk::Client::run_instances` or `ecm_sdk::Client::send`.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RunInstancesRequest {
    /// Zone, instance count and ISP of the instances to create.
    ///
    /// Wire name `ZoneInstanceCountISPSet`; required.
    pub zone_instance_count_isp_set: Option<Vec<ZoneInstanceCountIsp>>,
    /// Login password of the instance.
    ///
    /// Wire name `Password`; optional.
    pub password: Option<String>,
    /// System disk.
    ///
    /// Wire name `SystemDisk`; optional.
    pub system_disk: Option<SystemDisk>,
    /// Data disk size in GB.
    ///
    /// Wire name `DataDiskSize`; optional.
    pub data_disk_size: Option<i64>,
    /// Whether to assign an IPv6 address.
    ///
    /// Wire name `AddressIPv6`; optional.
    pub address_ipv6: Option<bool>,
    /// Expiration time.
    ///
    /// Wire name `ExpireTime`; optional; a timestamp string such as `2020-09-22 00:00:00`.
    pub expire_time: Option<String>,
}

impl Serialize for RunInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RunInstancesRequest")
            .member("ZoneInstanceCountISPSet", &self.zone_instance_count_isp_set)
            .member("Password", &self.password)
            .member("SystemDisk", &self.system_disk)
            .member("DataDiskSize", &self.data_disk_size)
            .member("AddressIPv6", &self.address_ipv6)
            .member("ExpireTime", &self.expire_time)
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
        "SystemDisk",
        "DataDiskSize",
        "AddressIPv6",
        "ExpireTime",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneInstanceCountISPSet" => Some(0),
            "Password" => Some(1),
            "SystemDisk" => Some(2),
            "DataDiskSize" => Some(3),
            "AddressIPv6" => Some(4),
            "ExpireTime" => Some(5),
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
            2 => self.system_disk = map.next_value()?,
            3 => self.data_disk_size = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.address_ipv6 = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.expire_time = map.next_value_seed(crate::lenient::Field::new())?,
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
            .field("system_disk", &self.system_disk)
            .field("data_disk_size", &self.data_disk_size)
            .field("address_ipv6", &self.address_ipv6)
            .field("expire_time", &self.expire_time)
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

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: SystemDisk) -> Self {
        self.system_disk = Some(value);
        self
    }

    /// Sets `DataDiskSize`.
    pub fn data_disk_size(mut self, value: i64) -> Self {
        self.data_disk_size = Some(value);
        self
    }

    /// Sets `AddressIPv6`.
    pub fn address_ipv6(mut self, value: bool) -> Self {
        self.address_ipv6 = Some(value);
        self
    }

    /// Sets `ExpireTime`.
    pub fn expire_time(mut self, value: impl Into<String>) -> Self {
        self.expire_time = Some(value.into());
        self
    }
}

impl Validate for RunInstancesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ZoneInstanceCountISPSet", &self.zone_instance_count_isp_set)?;
        validate_list("ZoneInstanceCountISPSet", &self.zone_instance_count_isp_set)?;
        validate_nested("SystemDisk", &self.system_disk)?;
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
    /// List of instance IDs.
    ///
    /// Wire name `InstanceIdSet`.
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
            "FailedOperation.InvalidStatus",
            "InvalidParameterValue.InvalidISPInNode",
            "LimitExceeded.VcpuLimitExceeded",
            "ResourceInsufficient.InstanceQuotaNotEnough",
            "ResourcesSoldOut.SpecifiedInstanceType",
            "UnauthorizedOperation.MFAExpired",
        ],
    };
}

/// Gets instance list (`DescribeInstances`).
///
/// This API is used to get the instance list.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `InstanceSet` (20 per page by default, at
///   most 100).
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameter`: Invalid parameter.
/// - `InvalidParameterValue.InvalidFilter`: Invalid filter.
///
/// Send it with `ecm_sdk::Client::describe_instances` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstancesRequest {
    /// Filter.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of returned results. Default value: 20. Maximum value: 100.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
}

impl Serialize for DescribeInstancesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstancesRequest")
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
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
    const FIELDS: &'static [&'static str] = &["Filters", "Offset", "Limit"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Filters" => Some(0),
            "Offset" => Some(1),
            "Limit" => Some(2),
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

    /// Sets `Filters`.
    pub fn filters(mut self, value: impl IntoIterator<Item = Filter>) -> Self {
        self.filters = Some(value.into_iter().collect());
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
    /// Number of instances.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// List of instances.
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
        error_codes: &["InvalidParameter", "InvalidParameterValue.InvalidFilter"],
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
