// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Other API" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, RegionRequirement, Validate, require,
    validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    Filter, ImageLimitConfig, InstanceNetworkLimitConfig, InstanceTypeConfig,
    MonthNetwork, NetworkStorageRange, PackingQuotaGroup, PeakFamilyInfo,
    PeakNetworkOverviewPeriod, PeakNetworkRegionInfo, TaskInput, TaskOutput,
};

/// Gets peak network data (`DescribePeakNetworkOverview`).
///
/// This API is used to get the peak network data.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidTime`: The time is invalid.
/// - `MissingParameter.MissingOverViewParameter`: The request parameters required to get
///   the configuration of the overview page are incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_peak_network_overview` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePeakNetworkOverviewRequest {
    /// Start time (xxxx-xx-xx), such as 2019-08-14. It is 7 days ago by default and should not
    /// be more than 30 days ago.
    ///
    /// Wire name `StartTime`; optional.
    pub start_time: Option<String>,
    /// End time (xxxx-xx-xx), such as 2019-08-14. It is yesterday by default and should not be
    /// more than 30 days ago. When the time period between the start time and end time is
    /// within 1 day, data at the 1-minute granularity will be returned; when the time period is
    /// within 7 days, data at the 5-minute granularity will be returned; otherwise, data at the
    /// 1-hour granularity will be returned.
    ///
    /// Wire name `EndTime`; optional.
    pub end_time: Option<String>,
    /// Filter.
    ///
    /// region String Required: no (Filter) Filter by region. Fuzzy match is not supported.
    /// Note: you need to enter the ECM region to be queried before data can be returned.
    ///
    /// area String Required: no (Filter) Filter by region. Fuzzy match is not supported.
    /// Regions include china-central, china-east, etc. You can call DescribeNode to get the
    /// information of all regions. You can also use ALL_REGION to indicate all regions.
    ///
    /// isp String Required: no (Filter) Filter region traffic by ISP. ISPs include CTCC, CUCC,
    /// and CMCC. This parameter must be used together with area, and you can specify only one
    /// ISP at a time.
    ///
    /// You can specify either region or area.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Statistical period in seconds. Valid values: 60, 300.
    ///
    /// Wire name `Period`; optional.
    pub period: Option<PeakNetworkOverviewPeriod>,
}

impl Serialize for DescribePeakNetworkOverviewRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePeakNetworkOverviewRequest")
            .member("StartTime", &self.start_time)
            .member("EndTime", &self.end_time)
            .member("Filters", &self.filters)
            .member("Period", &self.period)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribePeakNetworkOverviewRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribePeakNetworkOverviewRequest {
    const NAME: &'static str = "DescribePeakNetworkOverviewRequest";
    const FIELDS: &'static [&'static str] = &[
        "StartTime",
        "EndTime",
        "Filters",
        "Period",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "StartTime" => Some(0),
            "EndTime" => Some(1),
            "Filters" => Some(2),
            "Period" => Some(3),
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
            0 => self.start_time = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.end_time = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.filters = map.next_value()?,
            3 => self.period = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribePeakNetworkOverviewRequest {
    /// Creates an empty `DescribePeakNetworkOverviewRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribePeakNetworkOverviewFilter`];
    /// [`DescribePeakNetworkOverviewFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribePeakNetworkOverviewFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }

    /// Sets `Period`.
    pub fn period(mut self, value: impl Into<PeakNetworkOverviewPeriod>) -> Self {
        self.period = Some(value.into());
        self
    }
}

/// A filter of `DescribePeakNetworkOverview` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribePeakNetworkOverviewRequest, DescribePeakNetworkOverviewFilter};
///
/// let request = DescribePeakNetworkOverviewRequest::new().filters([
///     DescribePeakNetworkOverviewFilter::region(["value"]),
///     DescribePeakNetworkOverviewFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePeakNetworkOverviewFilter(Filter);
impl DescribePeakNetworkOverviewFilter {
    /// `region`: Filter by region. Fuzzy match is not supported. Note: you need to enter the
    /// ECM region to be queried before data can be returned.
    ///
    /// Values documented as String.
    pub fn region(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("region").values(values))
    }

    /// `area`: Filter by region. Fuzzy match is not supported. Regions include china-central,
    /// china-east, etc. You can call DescribeNode to get the information of all regions. You
    /// can also use ALL_REGION to indicate all regions.
    ///
    /// Values documented as String.
    pub fn area(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("area").values(values))
    }

    /// `isp`: Filter region traffic by ISP. ISPs include CTCC, CUCC, and CMCC. This parameter
    /// must be used together with area, and you can specify only one ISP at a time.
    ///
    /// Values documented as String; one value only.
    pub fn isp(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("isp").values(values))
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

impl From<DescribePeakNetworkOverviewFilter> for Filter {
    fn from(filter: DescribePeakNetworkOverviewFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribePeakNetworkOverviewRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribePeakNetworkOverview` (see
/// [`DescribePeakNetworkOverviewRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePeakNetworkOverviewResponse {
    /// Array of network peaks.
    ///
    /// Wire name `PeakNetworkRegionSet`; may be `null` (decoded as `None`).
    pub peak_network_region_set: Option<Vec<PeakNetworkRegionInfo>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribePeakNetworkOverviewResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePeakNetworkOverviewResponse")
            .member("PeakNetworkRegionSet", &self.peak_network_region_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribePeakNetworkOverviewResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribePeakNetworkOverviewResponse {
    const NAME: &'static str = "DescribePeakNetworkOverviewResponse";
    const FIELDS: &'static [&'static str] = &["PeakNetworkRegionSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PeakNetworkRegionSet" => Some(0),
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
            0 => self.peak_network_region_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribePeakNetworkOverviewResponse {
    /// Creates an empty `DescribePeakNetworkOverviewResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PeakNetworkRegionSet`.
    pub fn set_peak_network_region_set(
        mut self,
        value: impl IntoIterator<Item = PeakNetworkRegionInfo>,
    ) -> Self {
        self.peak_network_region_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribePeakNetworkOverviewResponse {
    /// `PeakNetworkRegionSet` as a slice, empty when the response omits it (the field tells the
    /// two apart).
    pub fn peak_network_region_set(&self) -> &[PeakNetworkRegionInfo] {
        self.peak_network_region_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribePeakNetworkOverviewRequest {
    type Output = DescribePeakNetworkOverviewResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribePeakNetworkOverview",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidTime",
            "MissingParameter.MissingOverViewParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets the peak data of basic information (`DescribePeakBaseOverview`).
///
/// This API is used to get the peak data of basic information such as CPU, memory, and
/// disk.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidTime`: The time is invalid.
/// - `MissingParameter.MissingOverViewParameter`: The request parameters required to get
///   the configuration of the overview page are incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_peak_base_overview` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePeakBaseOverviewRequest {
    /// Start time (xxxx-xx-xx), such as 2019-08-14. It is 7 days ago by default and should not
    /// be more than 90 days ago.
    ///
    /// Wire name `StartTime`; optional.
    pub start_time: Option<String>,
    /// End time (xxxx-xx-xx), such as 2019-08-14. It is yesterday by default and should not be
    /// more than 90 days ago. When the time period between the start time and end time is
    /// within 30 days, data at the 1-hour granularity will be returned; otherwise, data at the
    /// 3-hour granularity will be returned.
    ///
    /// Wire name `EndTime`; optional.
    pub end_time: Option<String>,
}

impl Serialize for DescribePeakBaseOverviewRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePeakBaseOverviewRequest")
            .member("StartTime", &self.start_time)
            .member("EndTime", &self.end_time)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribePeakBaseOverviewRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribePeakBaseOverviewRequest {
    const NAME: &'static str = "DescribePeakBaseOverviewRequest";
    const FIELDS: &'static [&'static str] = &["StartTime", "EndTime"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "StartTime" => Some(0),
            "EndTime" => Some(1),
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
            0 => self.start_time = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.end_time = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribePeakBaseOverviewRequest {
    /// Creates an empty `DescribePeakBaseOverviewRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
}

impl Validate for DescribePeakBaseOverviewRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DescribePeakBaseOverview` (see [`DescribePeakBaseOverviewRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePeakBaseOverviewResponse {
    /// List of basic peaks.
    ///
    /// Wire name `PeakFamilyInfoSet`; may be `null` (decoded as `None`).
    pub peak_family_info_set: Option<Vec<PeakFamilyInfo>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribePeakBaseOverviewResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePeakBaseOverviewResponse")
            .member("PeakFamilyInfoSet", &self.peak_family_info_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribePeakBaseOverviewResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribePeakBaseOverviewResponse {
    const NAME: &'static str = "DescribePeakBaseOverviewResponse";
    const FIELDS: &'static [&'static str] = &["PeakFamilyInfoSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PeakFamilyInfoSet" => Some(0),
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
            0 => self.peak_family_info_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribePeakBaseOverviewResponse {
    /// Creates an empty `DescribePeakBaseOverviewResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PeakFamilyInfoSet`.
    pub fn set_peak_family_info_set(
        mut self,
        value: impl IntoIterator<Item = PeakFamilyInfo>,
    ) -> Self {
        self.peak_family_info_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribePeakBaseOverviewResponse {
    /// `PeakFamilyInfoSet` as a slice, empty when the response omits it (the field tells the
    /// two apart).
    pub fn peak_family_info_set(&self) -> &[PeakFamilyInfo] {
        self.peak_family_info_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribePeakBaseOverviewRequest {
    type Output = DescribePeakBaseOverviewResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribePeakBaseOverview",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidTime",
            "MissingParameter.MissingOverViewParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets model configuration list (`DescribeInstanceTypeConfig`).
///
/// This API is used to get the list of model configurations.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `MissingParameter.MissingInstanceTypeConfigParameter`: The model operation parameters
///   are incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_instance_type_config` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstanceTypeConfigRequest {}

impl Serialize for DescribeInstanceTypeConfigRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstanceTypeConfigRequest").end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeInstanceTypeConfigRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeInstanceTypeConfigRequest {
    const NAME: &'static str = "DescribeInstanceTypeConfigRequest";
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

impl DescribeInstanceTypeConfigRequest {
    /// Creates a `DescribeInstanceTypeConfigRequest`; the action takes no parameters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
}

impl Validate for DescribeInstanceTypeConfigRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DescribeInstanceTypeConfig` (see
/// [`DescribeInstanceTypeConfigRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeInstanceTypeConfigResponse {
    /// Total number
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// Model configuration information
    ///
    /// Wire name `InstanceTypeConfigSet`; may be `null` (decoded as `None`).
    pub instance_type_config_set: Option<Vec<InstanceTypeConfig>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeInstanceTypeConfigResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeInstanceTypeConfigResponse")
            .member("TotalCount", &self.total_count)
            .member("InstanceTypeConfigSet", &self.instance_type_config_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeInstanceTypeConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeInstanceTypeConfigResponse {
    const NAME: &'static str = "DescribeInstanceTypeConfigResponse";
    const FIELDS: &'static [&'static str] = &[
        "TotalCount",
        "InstanceTypeConfigSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "InstanceTypeConfigSet" => Some(1),
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
            1 => self.instance_type_config_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeInstanceTypeConfigResponse {
    /// Creates an empty `DescribeInstanceTypeConfigResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `InstanceTypeConfigSet`.
    pub fn set_instance_type_config_set(
        mut self,
        value: impl IntoIterator<Item = InstanceTypeConfig>,
    ) -> Self {
        self.instance_type_config_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeInstanceTypeConfigResponse {
    /// `InstanceTypeConfigSet` as a slice, empty when the response omits it (the field tells
    /// the two apart).
    pub fn instance_type_config_set(&self) -> &[InstanceTypeConfig] {
        self.instance_type_config_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeInstanceTypeConfigRequest {
    type Output = DescribeInstanceTypeConfigResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeInstanceTypeConfig",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "MissingParameter.MissingInstanceTypeConfigParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets configuration limit information (`DescribeConfig`).
///
/// This API is used to get the limits of data such as bandwidth and disk.
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
/// - `MissingParameter.MissingBaseConfigParameter`: The request parameters required to get
///   the basic configuration are incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_config` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeConfigRequest {}

impl Serialize for DescribeConfigRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeConfigRequest").end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeConfigRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeConfigRequest {
    const NAME: &'static str = "DescribeConfigRequest";
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

impl DescribeConfigRequest {
    /// Creates a `DescribeConfigRequest`; the action takes no parameters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
}

impl Validate for DescribeConfigRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DescribeConfig` (see [`DescribeConfigRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeConfigResponse {
    /// Range of the network bandwidth disk size.
    ///
    /// Wire name `NetworkStorageRange`.
    pub network_storage_range: Option<NetworkStorageRange>,
    /// Image OS allowlist.
    ///
    /// Wire name `ImageWhiteSet`; may be `null` (decoded as `None`).
    pub image_white_set: Option<Vec<String>>,
    /// Network quota information.
    ///
    /// Wire name `InstanceNetworkLimitConfigs`; may be `null` (decoded as `None`).
    pub instance_network_limit_configs: Option<Vec<InstanceNetworkLimitConfig>>,
    /// Image quota information.
    ///
    /// Wire name `ImageLimits`; may be `null` (decoded as `None`).
    pub image_limits: Option<ImageLimitConfig>,
    /// Default IP direct access, used in scenarios with direct access parameters such as module
    /// creation and virtual machine purchase.
    ///
    /// Wire name `DefaultIPDirect`.
    pub default_ip_direct: Option<bool>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeConfigResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeConfigResponse")
            .member("NetworkStorageRange", &self.network_storage_range)
            .member("ImageWhiteSet", &self.image_white_set)
            .member("InstanceNetworkLimitConfigs", &self.instance_network_limit_configs)
            .member("ImageLimits", &self.image_limits)
            .member("DefaultIPDirect", &self.default_ip_direct)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeConfigResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeConfigResponse {
    const NAME: &'static str = "DescribeConfigResponse";
    const FIELDS: &'static [&'static str] = &[
        "NetworkStorageRange",
        "ImageWhiteSet",
        "InstanceNetworkLimitConfigs",
        "ImageLimits",
        "DefaultIPDirect",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkStorageRange" => Some(0),
            "ImageWhiteSet" => Some(1),
            "InstanceNetworkLimitConfigs" => Some(2),
            "ImageLimits" => Some(3),
            "DefaultIPDirect" => Some(4),
            "RequestId" => Some(5),
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
            0 => self.network_storage_range = map.next_value()?,
            1 => {
                self.image_white_set = map.next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.instance_network_limit_configs = map.next_value()?,
            3 => self.image_limits = map.next_value()?,
            4 => {
                self.default_ip_direct = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeConfigResponse {
    /// Creates an empty `DescribeConfigResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkStorageRange`.
    pub fn set_network_storage_range(mut self, value: NetworkStorageRange) -> Self {
        self.network_storage_range = Some(value);
        self
    }

    /// Sets `ImageWhiteSet`.
    pub fn set_image_white_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.image_white_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `InstanceNetworkLimitConfigs`.
    pub fn set_instance_network_limit_configs(
        mut self,
        value: impl IntoIterator<Item = InstanceNetworkLimitConfig>,
    ) -> Self {
        self.instance_network_limit_configs = Some(value.into_iter().collect());
        self
    }

    /// Sets `ImageLimits`.
    pub fn set_image_limits(mut self, value: ImageLimitConfig) -> Self {
        self.image_limits = Some(value);
        self
    }

    /// Sets `DefaultIPDirect`.
    pub fn set_default_ip_direct(mut self, value: bool) -> Self {
        self.default_ip_direct = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeConfigResponse {
    /// `ImageWhiteSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn image_white_set(&self) -> &[String] {
        self.image_white_set.as_deref().unwrap_or_default()
    }

    /// `InstanceNetworkLimitConfigs` as a slice, empty when the response omits it (the field
    /// tells the two apart).
    pub fn instance_network_limit_configs(&self) -> &[InstanceNetworkLimitConfig] {
        self.instance_network_limit_configs.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeConfigRequest {
    type Output = DescribeConfigResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeConfig",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "MissingParameter.MissingBaseConfigParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets basic data displayed on overview page (`DescribeBaseOverview`).
///
/// This API is used to get the basic data displayed on the overview page.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `MissingParameter.MissingOverViewParameter`: The request parameters required to get
///   the configuration of the overview page are incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_base_overview` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeBaseOverviewRequest {}

impl Serialize for DescribeBaseOverviewRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeBaseOverviewRequest").end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeBaseOverviewRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeBaseOverviewRequest {
    const NAME: &'static str = "DescribeBaseOverviewRequest";
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

impl DescribeBaseOverviewRequest {
    /// Creates a `DescribeBaseOverviewRequest`; the action takes no parameters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
}

impl Validate for DescribeBaseOverviewRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DescribeBaseOverview` (see [`DescribeBaseOverviewRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeBaseOverviewResponse {
    /// Number of modules
    ///
    /// Wire name `ModuleNum`.
    pub module_num: Option<i64>,
    /// Number of nodes
    ///
    /// Wire name `NodeNum`.
    pub node_num: Option<i64>,
    /// Number of CPU cores
    ///
    /// Wire name `VcpuNum`.
    pub vcpu_num: Option<i64>,
    /// Memory size in GB
    ///
    /// Wire name `MemoryNum`.
    pub memory_num: Option<i64>,
    /// Disk size in GB
    ///
    /// Wire name `StorageNum`.
    pub storage_num: Option<i64>,
    /// Yesterday's network peak in Mbps
    ///
    /// Wire name `NetworkNum`.
    pub network_num: Option<i64>,
    /// Number of instances
    ///
    /// Wire name `InstanceNum`.
    pub instance_num: Option<i64>,
    /// Number of running instances
    ///
    /// Wire name `RunningNum`.
    pub running_num: Option<i64>,
    /// Number of isolated instances
    ///
    /// Wire name `IsolationNum`.
    pub isolation_num: Option<i64>,
    /// Number of expired instances
    ///
    /// Wire name `ExpiredNum`.
    pub expired_num: Option<i64>,
    /// Number of instances about to expire
    ///
    /// Wire name `WillExpireNum`.
    pub will_expire_num: Option<i64>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeBaseOverviewResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeBaseOverviewResponse")
            .member("ModuleNum", &self.module_num)
            .member("NodeNum", &self.node_num)
            .member("VcpuNum", &self.vcpu_num)
            .member("MemoryNum", &self.memory_num)
            .member("StorageNum", &self.storage_num)
            .member("NetworkNum", &self.network_num)
            .member("InstanceNum", &self.instance_num)
            .member("RunningNum", &self.running_num)
            .member("IsolationNum", &self.isolation_num)
            .member("ExpiredNum", &self.expired_num)
            .member("WillExpireNum", &self.will_expire_num)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeBaseOverviewResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeBaseOverviewResponse {
    const NAME: &'static str = "DescribeBaseOverviewResponse";
    const FIELDS: &'static [&'static str] = &[
        "ModuleNum",
        "NodeNum",
        "VcpuNum",
        "MemoryNum",
        "StorageNum",
        "NetworkNum",
        "InstanceNum",
        "RunningNum",
        "IsolationNum",
        "ExpiredNum",
        "WillExpireNum",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleNum" => Some(0),
            "NodeNum" => Some(1),
            "VcpuNum" => Some(2),
            "MemoryNum" => Some(3),
            "StorageNum" => Some(4),
            "NetworkNum" => Some(5),
            "InstanceNum" => Some(6),
            "RunningNum" => Some(7),
            "IsolationNum" => Some(8),
            "ExpiredNum" => Some(9),
            "WillExpireNum" => Some(10),
            "RequestId" => Some(11),
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
            0 => self.module_num = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.node_num = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.vcpu_num = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.memory_num = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.storage_num = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.network_num = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.instance_num = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.running_num = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.isolation_num = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.expired_num = map.next_value_seed(crate::lenient::Field::new())?,
            10 => {
                self.will_expire_num = map.next_value_seed(crate::lenient::Field::new())?;
            }
            11 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeBaseOverviewResponse {
    /// Creates an empty `DescribeBaseOverviewResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleNum`.
    pub fn set_module_num(mut self, value: i64) -> Self {
        self.module_num = Some(value);
        self
    }

    /// Sets `NodeNum`.
    pub fn set_node_num(mut self, value: i64) -> Self {
        self.node_num = Some(value);
        self
    }

    /// Sets `VcpuNum`.
    pub fn set_vcpu_num(mut self, value: i64) -> Self {
        self.vcpu_num = Some(value);
        self
    }

    /// Sets `MemoryNum`.
    pub fn set_memory_num(mut self, value: i64) -> Self {
        self.memory_num = Some(value);
        self
    }

    /// Sets `StorageNum`.
    pub fn set_storage_num(mut self, value: i64) -> Self {
        self.storage_num = Some(value);
        self
    }

    /// Sets `NetworkNum`.
    pub fn set_network_num(mut self, value: i64) -> Self {
        self.network_num = Some(value);
        self
    }

    /// Sets `InstanceNum`.
    pub fn set_instance_num(mut self, value: i64) -> Self {
        self.instance_num = Some(value);
        self
    }

    /// Sets `RunningNum`.
    pub fn set_running_num(mut self, value: i64) -> Self {
        self.running_num = Some(value);
        self
    }

    /// Sets `IsolationNum`.
    pub fn set_isolation_num(mut self, value: i64) -> Self {
        self.isolation_num = Some(value);
        self
    }

    /// Sets `ExpiredNum`.
    pub fn set_expired_num(mut self, value: i64) -> Self {
        self.expired_num = Some(value);
        self
    }

    /// Sets `WillExpireNum`.
    pub fn set_will_expire_num(mut self, value: i64) -> Self {
        self.will_expire_num = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeBaseOverviewRequest {
    type Output = DescribeBaseOverviewResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeBaseOverview",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "MissingParameter.MissingOverViewParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Gets task status (`DescribeTaskStatus`).
///
/// This API is used to get the status of an async task.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameterValue.TaskNotFound`: The task was not found.
///
/// Send it with `ecm_sdk::Client::describe_task_status` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTaskStatusRequest {
    /// Task description.
    ///
    /// Wire name `TaskSet`; required.
    pub task_set: Option<Vec<TaskInput>>,
}

impl Serialize for DescribeTaskStatusRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTaskStatusRequest")
            .member("TaskSet", &self.task_set)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeTaskStatusRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeTaskStatusRequest {
    const NAME: &'static str = "DescribeTaskStatusRequest";
    const FIELDS: &'static [&'static str] = &["TaskSet"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskSet" => Some(0),
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
            self.task_set = map.next_value()?;
        }
        Ok(())
    }
}

impl DescribeTaskStatusRequest {
    /// Creates an empty `DescribeTaskStatusRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskSet` (required).
    pub fn task_set(mut self, value: impl IntoIterator<Item = TaskInput>) -> Self {
        self.task_set = Some(value.into_iter().collect());
        self
    }
}

impl Validate for DescribeTaskStatusRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("TaskSet", &self.task_set)?;
        validate_list("TaskSet", &self.task_set)?;
        Ok(())
    }
}

/// The response of `DescribeTaskStatus` (see [`DescribeTaskStatusRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeTaskStatusResponse {
    /// Task description.
    ///
    /// Wire name `TaskSet`.
    pub task_set: Option<Vec<TaskOutput>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeTaskStatusResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeTaskStatusResponse")
            .member("TaskSet", &self.task_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeTaskStatusResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeTaskStatusResponse {
    const NAME: &'static str = "DescribeTaskStatusResponse";
    const FIELDS: &'static [&'static str] = &["TaskSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskSet" => Some(0),
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
            0 => self.task_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeTaskStatusResponse {
    /// Creates an empty `DescribeTaskStatusResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskSet`.
    pub fn set_task_set(mut self, value: impl IntoIterator<Item = TaskOutput>) -> Self {
        self.task_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeTaskStatusResponse {
    /// `TaskSet` as a slice, empty when the response omits it (the field tells the two apart).
    pub fn task_set(&self) -> &[TaskOutput] {
        self.task_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeTaskStatusRequest {
    type Output = DescribeTaskStatusResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeTaskStatus",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameterValue.TaskNotFound",
        ],
    };
}

/// Gets the monthly peak and billable inbound/outbound bandwidth values of your node
/// (`DescribeMonthPeakNetwork`).
///
/// This API is used to get the monthly peak and billable inbound/outbound bandwidth values
/// of your node.
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
/// - `InvalidParameterValue.InvalidISPInNode`: The ISP is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
///
/// Send it with `ecm_sdk::Client::describe_month_peak_network` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeMonthPeakNetworkRequest {
    /// Month (xxxx-xx), such as 2021-03. Default value: the last month
    ///
    /// Wire name `Month`; required.
    pub month: Option<String>,
    /// Filter
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
}

impl Serialize for DescribeMonthPeakNetworkRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeMonthPeakNetworkRequest")
            .member("Month", &self.month)
            .member("Filters", &self.filters)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeMonthPeakNetworkRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeMonthPeakNetworkRequest {
    const NAME: &'static str = "DescribeMonthPeakNetworkRequest";
    const FIELDS: &'static [&'static str] = &["Month", "Filters"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Month" => Some(0),
            "Filters" => Some(1),
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
            0 => self.month = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.filters = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeMonthPeakNetworkRequest {
    /// Creates an empty `DescribeMonthPeakNetworkRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Month` (required).
    pub fn month(mut self, value: impl Into<String>) -> Self {
        self.month = Some(value.into());
        self
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: impl IntoIterator<Item = Filter>) -> Self {
        self.filters = Some(value.into_iter().collect());
        self
    }
}

impl Validate for DescribeMonthPeakNetworkRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Month", &self.month)?;
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeMonthPeakNetwork` (see [`DescribeMonthPeakNetworkRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeMonthPeakNetworkResponse {
    /// None
    ///
    /// Wire name `MonthNetWorkData`; may be `null` (decoded as `None`).
    pub month_net_work_data: Option<Vec<MonthNetwork>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeMonthPeakNetworkResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeMonthPeakNetworkResponse")
            .member("MonthNetWorkData", &self.month_net_work_data)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeMonthPeakNetworkResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeMonthPeakNetworkResponse {
    const NAME: &'static str = "DescribeMonthPeakNetworkResponse";
    const FIELDS: &'static [&'static str] = &["MonthNetWorkData", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "MonthNetWorkData" => Some(0),
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
            0 => self.month_net_work_data = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeMonthPeakNetworkResponse {
    /// Creates an empty `DescribeMonthPeakNetworkResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `MonthNetWorkData`.
    pub fn set_month_net_work_data(
        mut self,
        value: impl IntoIterator<Item = MonthNetwork>,
    ) -> Self {
        self.month_net_work_data = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeMonthPeakNetworkResponse {
    /// `MonthNetWorkData` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn month_net_work_data(&self) -> &[MonthNetwork] {
        self.month_net_work_data.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeMonthPeakNetworkRequest {
    type Output = DescribeMonthPeakNetworkResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeMonthPeakNetwork",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidISPInNode",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.TooLong",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
        ],
    };
}

/// Gets the set of packing quotas (`DescribePackingQuotaGroup`).
///
/// This API is used to get the packing quota of a model in a region (when a virtual model
/// is used, a set of correlated packing quotas will be returned).
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.DataOperationFailed`: Data operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `UnsupportedOperation`: Unsupported operation.
///
/// Send it with `ecm_sdk::Client::describe_packing_quota_group` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePackingQuotaGroupRequest {
    /// Filter. Zone: AZ; InstanceType: instance type; DataDiskSize: data disk size.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
}

impl Serialize for DescribePackingQuotaGroupRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePackingQuotaGroupRequest")
            .member("Filters", &self.filters)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribePackingQuotaGroupRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribePackingQuotaGroupRequest {
    const NAME: &'static str = "DescribePackingQuotaGroupRequest";
    const FIELDS: &'static [&'static str] = &["Filters"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Filters" => Some(0),
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
            self.filters = map.next_value()?;
        }
        Ok(())
    }
}

impl DescribePackingQuotaGroupRequest {
    /// Creates an empty `DescribePackingQuotaGroupRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Filters` from typed filters ([`DescribePackingQuotaGroupFilter`];
    /// [`DescribePackingQuotaGroupFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribePackingQuotaGroupFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }
}

/// A filter of `DescribePackingQuotaGroup` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribePackingQuotaGroupRequest, DescribePackingQuotaGroupFilter};
///
/// let request = DescribePackingQuotaGroupRequest::new().filters([
///     DescribePackingQuotaGroupFilter::zone(["value"]),
///     DescribePackingQuotaGroupFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribePackingQuotaGroupFilter(Filter);
impl DescribePackingQuotaGroupFilter {
    /// `Zone`: AZ
    pub fn zone(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("Zone").values(values))
    }

    /// `InstanceType`: instance type
    pub fn instance_type(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("InstanceType").values(values))
    }

    /// `DataDiskSize`: data disk size
    pub fn data_disk_size(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("DataDiskSize").values(values))
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

impl From<DescribePackingQuotaGroupFilter> for Filter {
    fn from(filter: DescribePackingQuotaGroupFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribePackingQuotaGroupRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribePackingQuotaGroup` (see [`DescribePackingQuotaGroupRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribePackingQuotaGroupResponse {
    /// Set of packing quotas.
    ///
    /// Wire name `PackingQuotaSet`.
    pub packing_quota_set: Option<Vec<PackingQuotaGroup>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribePackingQuotaGroupResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribePackingQuotaGroupResponse")
            .member("PackingQuotaSet", &self.packing_quota_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribePackingQuotaGroupResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribePackingQuotaGroupResponse {
    const NAME: &'static str = "DescribePackingQuotaGroupResponse";
    const FIELDS: &'static [&'static str] = &["PackingQuotaSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PackingQuotaSet" => Some(0),
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
            0 => self.packing_quota_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribePackingQuotaGroupResponse {
    /// Creates an empty `DescribePackingQuotaGroupResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PackingQuotaSet`.
    pub fn set_packing_quota_set(
        mut self,
        value: impl IntoIterator<Item = PackingQuotaGroup>,
    ) -> Self {
        self.packing_quota_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribePackingQuotaGroupResponse {
    /// `PackingQuotaSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn packing_quota_set(&self) -> &[PackingQuotaGroup] {
        self.packing_quota_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribePackingQuotaGroupRequest {
    type Output = DescribePackingQuotaGroupResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribePackingQuotaGroup",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.DataOperationFailed",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidFilter",
            "MissingParameter",
            "UnsupportedOperation",
        ],
    };
}
