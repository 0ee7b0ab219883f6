// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Region APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, RegionRequirement, Validate,
    validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{Filter, Node};

/// Gets node list (`DescribeNode`).
///
/// This API is used to get the list of nodes.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `MissingParameter.MissingNodeParameter`: The node operation parameters are incomplete.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_node` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeNodeRequest {
    /// Filter. InstanceFamily: instance family.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
}

impl Serialize for DescribeNodeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeNodeRequest")
            .member("Filters", &self.filters)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeNodeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeNodeRequest {
    const NAME: &'static str = "DescribeNodeRequest";
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

impl DescribeNodeRequest {
    /// Creates an empty `DescribeNodeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Filters` from typed filters ([`DescribeNodeFilter`]; [`DescribeNodeFilter::raw`]
    /// for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeNodeFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
    }
}

/// A filter of `DescribeNode` (its `Filters` parameter): one constructor per documented
/// filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeNodeRequest, DescribeNodeFilter};
///
/// let request = DescribeNodeRequest::new().filters([
///     DescribeNodeFilter::instance_family(["value"]),
///     DescribeNodeFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNodeFilter(Filter);
impl DescribeNodeFilter {
    /// `InstanceFamily`: instance family
    pub fn instance_family(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("InstanceFamily").values(values))
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

impl From<DescribeNodeFilter> for Filter {
    fn from(filter: DescribeNodeFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeNodeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeNode` (see [`DescribeNodeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeNodeResponse {
    /// List of node details
    ///
    /// Wire name `NodeSet`; may be `null` (decoded as `None`).
    pub node_set: Option<Vec<Node>>,
    /// Total number of nodes.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeNodeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeNodeResponse")
            .member("NodeSet", &self.node_set)
            .member("TotalCount", &self.total_count)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeNodeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeNodeResponse {
    const NAME: &'static str = "DescribeNodeResponse";
    const FIELDS: &'static [&'static str] = &["NodeSet", "TotalCount", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NodeSet" => Some(0),
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
            0 => self.node_set = map.next_value()?,
            1 => self.total_count = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeNodeResponse {
    /// Creates an empty `DescribeNodeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NodeSet`.
    pub fn set_node_set(mut self, value: impl IntoIterator<Item = Node>) -> Self {
        self.node_set = Some(value.into_iter().collect());
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

impl DescribeNodeResponse {
    /// `NodeSet` as a slice, empty when the response omits it (the field tells the two apart).
    pub fn node_set(&self) -> &[Node] {
        self.node_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeNodeRequest {
    type Output = DescribeNodeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeNode",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "MissingParameter.MissingNodeParameter",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}
