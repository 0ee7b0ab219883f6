// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "HAVIP APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{Filter, HaVip};

/// Modifies HAVIP attributes (`ModifyHaVipAttribute`).
///
/// This API is used to modify the attributes of an HAVIP.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::modify_ha_vip_attribute` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyHaVipAttributeRequest {
    /// Unique HAVIP ID, such as havip-9o233uri.
    ///
    /// Wire name `HaVipId`; required.
    pub ha_vip_id: Option<String>,
    /// HAVIP name, which can be customized with up to 60 characters.
    ///
    /// Wire name `HaVipName`; required.
    pub ha_vip_name: Option<String>,
}

impl Serialize for ModifyHaVipAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyHaVipAttributeRequest")
            .member("HaVipId", &self.ha_vip_id)
            .member("HaVipName", &self.ha_vip_name)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyHaVipAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyHaVipAttributeRequest {
    const NAME: &'static str = "ModifyHaVipAttributeRequest";
    const FIELDS: &'static [&'static str] = &["HaVipId", "HaVipName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "HaVipId" => Some(0),
            "HaVipName" => Some(1),
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
            0 => self.ha_vip_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.ha_vip_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyHaVipAttributeRequest {
    /// Creates an empty `ModifyHaVipAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `HaVipId` (required).
    pub fn ha_vip_id(mut self, value: impl Into<String>) -> Self {
        self.ha_vip_id = Some(value.into());
        self
    }

    /// Sets `HaVipName` (required).
    pub fn ha_vip_name(mut self, value: impl Into<String>) -> Self {
        self.ha_vip_name = Some(value.into());
        self
    }
}

impl Validate for ModifyHaVipAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("HaVipId", &self.ha_vip_id)?;
        require("HaVipName", &self.ha_vip_name)?;
        Ok(())
    }
}

/// The response of `ModifyHaVipAttribute` (see [`ModifyHaVipAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyHaVipAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyHaVipAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyHaVipAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyHaVipAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyHaVipAttributeResponse {
    const NAME: &'static str = "ModifyHaVipAttributeResponse";
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

impl ModifyHaVipAttributeResponse {
    /// Creates an empty `ModifyHaVipAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyHaVipAttributeRequest {
    type Output = ModifyHaVipAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyHaVipAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameter",
            "InvalidParameterValue",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.TooLong",
            "ResourceNotFound",
        ],
    };
}

/// Queries HAVIP list (`DescribeHaVips`).
///
/// This API is used to query the list of HAVIPs.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `HaVipSet` (20 per page by default, at most
///   100).
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameterValue.InvaildPageParam`: The pagination parameter is invalid.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_ha_vips` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeHaVipsRequest {
    /// Array of unique HAVIP IDs, such as havip-9o233uri.
    ///
    /// Wire name `HaVipIds`; optional.
    pub ha_vip_ids: Option<Vec<String>>,
    /// Filter. HaVipIds and Filters cannot be specified at the same time.
    ///
    /// havip-id - String - Unique HAVIP ID, such as havip-9o233uri.
    ///
    /// havip-name - String - HAVIP name.
    ///
    /// vpc-id - String - VPC ID of the HAVIP.
    ///
    /// subnet-id - String - Subnet ID of the HAVIP.
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
    /// ECM region. If this parameter is left empty, it will indicate all regions.
    ///
    /// Wire name `EcmRegion`; optional.
    pub ecm_region: Option<String>,
}

impl Serialize for DescribeHaVipsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeHaVipsRequest")
            .member("HaVipIds", &self.ha_vip_ids)
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeHaVipsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeHaVipsRequest {
    const NAME: &'static str = "DescribeHaVipsRequest";
    const FIELDS: &'static [&'static str] = &[
        "HaVipIds",
        "Filters",
        "Offset",
        "Limit",
        "EcmRegion",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "HaVipIds" => Some(0),
            "Filters" => Some(1),
            "Offset" => Some(2),
            "Limit" => Some(3),
            "EcmRegion" => Some(4),
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
            0 => self.ha_vip_ids = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.filters = map.next_value()?,
            2 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeHaVipsRequest {
    /// Creates an empty `DescribeHaVipsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `HaVipIds`.
    pub fn ha_vip_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.ha_vip_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeHaVipsFilter`];
    /// [`DescribeHaVipsFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeHaVipsFilter>,
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
}

/// A filter of `DescribeHaVips` (its `Filters` parameter): one constructor per documented
/// filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeHaVipsRequest, DescribeHaVipsFilter};
///
/// let request = DescribeHaVipsRequest::new().filters([
///     DescribeHaVipsFilter::havip_id(["value"]),
///     DescribeHaVipsFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeHaVipsFilter(Filter);
impl DescribeHaVipsFilter {
    /// `havip-id`: Unique HAVIP ID, such as havip-9o233uri.
    ///
    /// Values documented as String.
    pub fn havip_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("havip-id").values(values))
    }

    /// `havip-name`: HAVIP name.
    ///
    /// Values documented as String.
    pub fn havip_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("havip-name").values(values))
    }

    /// `vpc-id`: VPC ID of the HAVIP.
    ///
    /// Values documented as String.
    pub fn vpc_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-id").values(values))
    }

    /// `subnet-id`: Subnet ID of the HAVIP.
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

impl From<DescribeHaVipsFilter> for Filter {
    fn from(filter: DescribeHaVipsFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeHaVipsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeHaVips` (see [`DescribeHaVipsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeHaVipsResponse {
    /// Number of eligible objects.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// Array of HAVIP objects.
    ///
    /// Wire name `HaVipSet`; may be `null` (decoded as `None`).
    pub ha_vip_set: Option<Vec<HaVip>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeHaVipsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeHaVipsResponse")
            .member("TotalCount", &self.total_count)
            .member("HaVipSet", &self.ha_vip_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeHaVipsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeHaVipsResponse {
    const NAME: &'static str = "DescribeHaVipsResponse";
    const FIELDS: &'static [&'static str] = &["TotalCount", "HaVipSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "HaVipSet" => Some(1),
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
            1 => self.ha_vip_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeHaVipsResponse {
    /// Creates an empty `DescribeHaVipsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `HaVipSet`.
    pub fn set_ha_vip_set(mut self, value: impl IntoIterator<Item = HaVip>) -> Self {
        self.ha_vip_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeHaVipsResponse {
    /// `HaVipSet` as a slice, empty when the response omits it (the field tells the two apart).
    pub fn ha_vip_set(&self) -> &[HaVip] {
        self.ha_vip_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeHaVipsRequest {
    type Output = DescribeHaVipsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeHaVips",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.Coexist",
            "InvalidParameterValue.InvaildPageParam",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.TooLong",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeHaVipsRequest {
    type Item = HaVip;
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
        output.ha_vip_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.ha_vip_set.as_ref().map(Vec::len)
    }
}

/// Deletes HAVIP (`DeleteHaVip`).
///
/// This API is used to delete an HAVIP.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation`: Operation failed.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation`: Unsupported operation.
///
/// Send it with `ecm_sdk::Client::delete_ha_vip` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteHaVipRequest {
    /// Unique HAVIP ID, such as havip-9o233uri.
    ///
    /// Wire name `HaVipId`; required.
    pub ha_vip_id: Option<String>,
}

impl Serialize for DeleteHaVipRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteHaVipRequest")
            .member("HaVipId", &self.ha_vip_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteHaVipRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteHaVipRequest {
    const NAME: &'static str = "DeleteHaVipRequest";
    const FIELDS: &'static [&'static str] = &["HaVipId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "HaVipId" => Some(0),
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
            self.ha_vip_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DeleteHaVipRequest {
    /// Creates an empty `DeleteHaVipRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `HaVipId` (required).
    pub fn ha_vip_id(mut self, value: impl Into<String>) -> Self {
        self.ha_vip_id = Some(value.into());
        self
    }
}

impl Validate for DeleteHaVipRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("HaVipId", &self.ha_vip_id)?;
        Ok(())
    }
}

/// The response of `DeleteHaVip` (see [`DeleteHaVipRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteHaVipResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteHaVipResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteHaVipResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteHaVipResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteHaVipResponse {
    const NAME: &'static str = "DeleteHaVipResponse";
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

impl DeleteHaVipResponse {
    /// Creates an empty `DeleteHaVipResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteHaVipRequest {
    type Output = DeleteHaVipResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteHaVip",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation",
            "InvalidParameter",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnsupportedOperation",
        ],
    };
}

/// Creates HAVIP (`CreateHaVip`).
///
/// This API is used to create an HAVIP.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.ObjectNotCurrentSubnet`: The object is not in the current
///   subnet.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `ResourceInsufficient`: Insufficient resource.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::create_ha_vip` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateHaVipRequest {
    /// VPC ID of the HAVIP.
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// Subnet ID of the HAVIP.
    ///
    /// Wire name `SubnetId`; required.
    pub subnet_id: Option<String>,
    /// HAVIP name.
    ///
    /// Wire name `HaVipName`; required.
    pub ha_vip_name: Option<String>,
    /// The specified virtual IP address, which must be within the IP range of the VPC and not
    /// in use. It will be automatically assigned if not specified.
    ///
    /// Wire name `Vip`; optional.
    pub vip: Option<String>,
}

impl Serialize for CreateHaVipRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateHaVipRequest")
            .member("VpcId", &self.vpc_id)
            .member("SubnetId", &self.subnet_id)
            .member("HaVipName", &self.ha_vip_name)
            .member("Vip", &self.vip)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateHaVipRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateHaVipRequest {
    const NAME: &'static str = "CreateHaVipRequest";
    const FIELDS: &'static [&'static str] = &["VpcId", "SubnetId", "HaVipName", "Vip"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "SubnetId" => Some(1),
            "HaVipName" => Some(2),
            "Vip" => Some(3),
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
            1 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.ha_vip_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.vip = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateHaVipRequest {
    /// Creates an empty `CreateHaVipRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId` (required).
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `SubnetId` (required).
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `HaVipName` (required).
    pub fn ha_vip_name(mut self, value: impl Into<String>) -> Self {
        self.ha_vip_name = Some(value.into());
        self
    }

    /// Sets `Vip`.
    pub fn vip(mut self, value: impl Into<String>) -> Self {
        self.vip = Some(value.into());
        self
    }
}

impl Validate for CreateHaVipRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("VpcId", &self.vpc_id)?;
        require("SubnetId", &self.subnet_id)?;
        require("HaVipName", &self.ha_vip_name)?;
        Ok(())
    }
}

/// The response of `CreateHaVip` (see [`CreateHaVipRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateHaVipResponse {
    /// HAVIP object.
    ///
    /// Wire name `HaVip`.
    pub ha_vip: Option<HaVip>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateHaVipResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateHaVipResponse")
            .member("HaVip", &self.ha_vip)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateHaVipResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateHaVipResponse {
    const NAME: &'static str = "CreateHaVipResponse";
    const FIELDS: &'static [&'static str] = &["HaVip", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "HaVip" => Some(0),
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
            0 => self.ha_vip = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateHaVipResponse {
    /// Creates an empty `CreateHaVipResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `HaVip`.
    pub fn set_ha_vip(mut self, value: HaVip) -> Self {
        self.ha_vip = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateHaVipRequest {
    type Output = CreateHaVipResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateHaVip",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameterValue",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.ObjectNotCurrentSubnet",
            "InvalidParameterValue.TooLong",
            "LimitExceeded",
            "ResourceInsufficient",
            "ResourceNotFound",
        ],
    };
}
