// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Subnet APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
};
use crate::generated::SERVICE;
use crate::generated::types::Subnet;

/// Queries subnet list (`DescribeSubnets`).
///
/// This API is used to query the list of subnets.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `SubnetSet`.
///
/// The documentation lists no error codes for this action.
///
/// Send it with `ecm_sdk::Client::describe_subnets` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSubnetsRequest {
    /// Offset
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<String>,
    /// Number of returned results.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<String>,
}

impl Serialize for DescribeSubnetsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSubnetsRequest")
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeSubnetsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeSubnetsRequest {
    const NAME: &'static str = "DescribeSubnetsRequest";
    const FIELDS: &'static [&'static str] = &["Offset", "Limit"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Offset" => Some(0),
            "Limit" => Some(1),
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
            0 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSubnetsRequest {
    /// Creates an empty `DescribeSubnetsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: impl Into<String>) -> Self {
        self.offset = Some(value.into());
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: impl Into<String>) -> Self {
        self.limit = Some(value.into());
        self
    }
}

impl Validate for DescribeSubnetsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// The response of `DescribeSubnets` (see [`DescribeSubnetsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSubnetsResponse {
    /// Number of eligible instances.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// Subnet objects.
    ///
    /// Wire name `SubnetSet`.
    pub subnet_set: Option<Vec<Subnet>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeSubnetsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSubnetsResponse")
            .member("TotalCount", &self.total_count)
            .member("SubnetSet", &self.subnet_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeSubnetsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeSubnetsResponse {
    const NAME: &'static str = "DescribeSubnetsResponse";
    const FIELDS: &'static [&'static str] = &["TotalCount", "SubnetSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "SubnetSet" => Some(1),
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
            1 => self.subnet_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeSubnetsResponse {
    /// Creates an empty `DescribeSubnetsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `SubnetSet`.
    pub fn set_subnet_set(mut self, value: impl IntoIterator<Item = Subnet>) -> Self {
        self.subnet_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeSubnetsResponse {
    /// `SubnetSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn subnet_set(&self) -> &[Subnet] {
        self.subnet_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeSubnetsRequest {
    type Output = DescribeSubnetsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeSubnets",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[],
    };
}

impl Paginated for DescribeSubnetsRequest {
    type Item = Subnet;
    const MAX_LIMIT: Option<u32> = None;

    fn page_offset(&self) -> Option<u64> {
        self.offset.as_deref().and_then(|value| value.parse().ok())
    }

    fn set_page_offset(&mut self, offset: u64) {
        self.offset = Some(offset.to_string());
    }

    fn page_limit(&self) -> Option<u32> {
        self.limit.as_deref().and_then(|value| value.parse().ok())
    }

    fn set_page_limit(&mut self, limit: u32) {
        self.limit = Some(limit.to_string());
    }

    fn total_count(output: &Self::Output) -> Option<u64> {
        output.total_count.and_then(|value| u64::try_from(value).ok())
    }

    fn into_items(output: Self::Output) -> Vec<Self::Item> {
        output.subnet_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.subnet_set.as_ref().map(Vec::len)
    }
}
