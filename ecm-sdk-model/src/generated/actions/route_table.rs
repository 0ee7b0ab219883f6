// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Route Table APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{Filter, Route, RouteConflict, RouteTable};

/// Creates route table (`CreateRouteTable`).
///
/// After a VPC is created, the system will create a default route table, with which all new
/// subnets will be associated. By default, you can use the default route table to manage
/// your routing policies. If you have multiple routing policies, you can call the API for
/// route table creation to create more route tables to manage your routing policies.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::create_route_table` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateRouteTableRequest {
    /// ID of the VPC instance to be manipulated, which can be obtained from the VpcId field in
    /// the returned value of the DescribeVpcs API.
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// Route table name, which can contain up to 60 bytes.
    ///
    /// Wire name `RouteTableName`; required.
    pub route_table_name: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for CreateRouteTableRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateRouteTableRequest")
            .member("VpcId", &self.vpc_id)
            .member("RouteTableName", &self.route_table_name)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateRouteTableRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateRouteTableRequest {
    const NAME: &'static str = "CreateRouteTableRequest";
    const FIELDS: &'static [&'static str] = &["VpcId", "RouteTableName", "EcmRegion"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "RouteTableName" => Some(1),
            "EcmRegion" => Some(2),
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
            1 => {
                self.route_table_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateRouteTableRequest {
    /// Creates an empty `CreateRouteTableRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId` (required).
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `RouteTableName` (required).
    pub fn route_table_name(mut self, value: impl Into<String>) -> Self {
        self.route_table_name = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for CreateRouteTableRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("VpcId", &self.vpc_id)?;
        require("RouteTableName", &self.route_table_name)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `CreateRouteTable` (see [`CreateRouteTableRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateRouteTableResponse {
    /// Route table object
    ///
    /// Wire name `RouteTable`.
    pub route_table: Option<RouteTable>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateRouteTableResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateRouteTableResponse")
            .member("RouteTable", &self.route_table)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateRouteTableResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateRouteTableResponse {
    const NAME: &'static str = "CreateRouteTableResponse";
    const FIELDS: &'static [&'static str] = &["RouteTable", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTable" => Some(0),
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
            0 => self.route_table = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateRouteTableResponse {
    /// Creates an empty `CreateRouteTableResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTable`.
    pub fn set_route_table(mut self, value: RouteTable) -> Self {
        self.route_table = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateRouteTableRequest {
    type Output = CreateRouteTableResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateRouteTable",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.TooLong",
            "LimitExceeded",
            "MissingParameter",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries the list of objects in route table (`DescribeRouteTables`).
///
/// This API is used to query the list of the objects in a route table.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `RouteTableSet`.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_route_tables` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeRouteTablesRequest {
    /// Route table instance ID, such as rtb-azd4dt1c.
    ///
    /// Wire name `RouteTableIds`; optional.
    pub route_table_ids: Option<Vec<String>>,
    /// Filter. RouteTableIds and Filters cannot be specified at the same time.
    ///
    /// route-table-id - String - (Filter) Route table instance ID.
    ///
    /// route-table-name - String - (Filter) Route table name.
    ///
    /// vpc-id - String - (Filter) VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// association.main - String - (Filter) Whether it is the main route table.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Limit
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
    /// ECM region. If this parameter is left empty or not specified, it will indicate all
    /// regions.
    ///
    /// Wire name `EcmRegion`; optional.
    pub ecm_region: Option<String>,
}

impl Serialize for DescribeRouteTablesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeRouteTablesRequest")
            .member("RouteTableIds", &self.route_table_ids)
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeRouteTablesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeRouteTablesRequest {
    const NAME: &'static str = "DescribeRouteTablesRequest";
    const FIELDS: &'static [&'static str] = &[
        "RouteTableIds",
        "Filters",
        "Offset",
        "Limit",
        "EcmRegion",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableIds" => Some(0),
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
            0 => {
                self.route_table_ids = map.next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.filters = map.next_value()?,
            2 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeRouteTablesRequest {
    /// Creates an empty `DescribeRouteTablesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableIds`.
    pub fn route_table_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.route_table_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeRouteTablesFilter`];
    /// [`DescribeRouteTablesFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeRouteTablesFilter>,
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

/// A filter of `DescribeRouteTables` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeRouteTablesRequest, DescribeRouteTablesFilter};
///
/// let request = DescribeRouteTablesRequest::new().filters([
///     DescribeRouteTablesFilter::route_table_id(["value"]),
///     DescribeRouteTablesFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeRouteTablesFilter(Filter);
impl DescribeRouteTablesFilter {
    /// `route-table-id`: Route table instance ID.
    ///
    /// Values documented as String.
    pub fn route_table_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("route-table-id").values(values))
    }

    /// `route-table-name`: Route table name.
    ///
    /// Values documented as String.
    pub fn route_table_name(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("route-table-name").values(values))
    }

    /// `vpc-id`: VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// Values documented as String.
    pub fn vpc_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-id").values(values))
    }

    /// `association.main`: Whether it is the main route table.
    ///
    /// Values documented as String.
    pub fn association_main(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("association.main").values(values))
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

impl From<DescribeRouteTablesFilter> for Filter {
    fn from(filter: DescribeRouteTablesFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeRouteTablesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeRouteTables` (see [`DescribeRouteTablesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeRouteTablesResponse {
    /// Number of eligible instances
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// List of route tables
    ///
    /// Wire name `RouteTableSet`; may be `null` (decoded as `None`).
    pub route_table_set: Option<Vec<RouteTable>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeRouteTablesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeRouteTablesResponse")
            .member("TotalCount", &self.total_count)
            .member("RouteTableSet", &self.route_table_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeRouteTablesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeRouteTablesResponse {
    const NAME: &'static str = "DescribeRouteTablesResponse";
    const FIELDS: &'static [&'static str] = &[
        "TotalCount",
        "RouteTableSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "RouteTableSet" => Some(1),
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
            1 => self.route_table_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeRouteTablesResponse {
    /// Creates an empty `DescribeRouteTablesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `RouteTableSet`.
    pub fn set_route_table_set(
        mut self,
        value: impl IntoIterator<Item = RouteTable>,
    ) -> Self {
        self.route_table_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeRouteTablesResponse {
    /// `RouteTableSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn route_table_set(&self) -> &[RouteTable] {
        self.route_table_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeRouteTablesRequest {
    type Output = DescribeRouteTablesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeRouteTables",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

impl Paginated for DescribeRouteTablesRequest {
    type Item = RouteTable;
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
        output.route_table_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.route_table_set.as_ref().map(Vec::len)
    }
}

/// Replaces route table binding relationship (`ReplaceRouteTableAssociation`).
///
/// This API is used to modify the route table associated with a subnet. A subnet can be
/// associated with only one route table.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.ObjectVpcNotCurrentVpc`: The specified object is not the
///   current VPC.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.VpcMismatch`: The resources are not in the same VPC.
///
/// Send it with `ecm_sdk::Client::replace_route_table_association` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReplaceRouteTableAssociationRequest {
    /// Subnet instance ID, such as subnet-3x5lf5q0, which can be queried through the
    /// DescribeSubnets API.
    ///
    /// Wire name `SubnetId`; required.
    pub subnet_id: Option<String>,
    /// Route table instance ID, such as rtb-azd4dt1c.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for ReplaceRouteTableAssociationRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReplaceRouteTableAssociationRequest")
            .member("SubnetId", &self.subnet_id)
            .member("RouteTableId", &self.route_table_id)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ReplaceRouteTableAssociationRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ReplaceRouteTableAssociationRequest {
    const NAME: &'static str = "ReplaceRouteTableAssociationRequest";
    const FIELDS: &'static [&'static str] = &["SubnetId", "RouteTableId", "EcmRegion"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SubnetId" => Some(0),
            "RouteTableId" => Some(1),
            "EcmRegion" => Some(2),
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
            0 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ReplaceRouteTableAssociationRequest {
    /// Creates an empty `ReplaceRouteTableAssociationRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SubnetId` (required).
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for ReplaceRouteTableAssociationRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SubnetId", &self.subnet_id)?;
        require("RouteTableId", &self.route_table_id)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `ReplaceRouteTableAssociation` (see
/// [`ReplaceRouteTableAssociationRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReplaceRouteTableAssociationResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ReplaceRouteTableAssociationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReplaceRouteTableAssociationResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ReplaceRouteTableAssociationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ReplaceRouteTableAssociationResponse {
    const NAME: &'static str = "ReplaceRouteTableAssociationResponse";
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

impl ReplaceRouteTableAssociationResponse {
    /// Creates an empty `ReplaceRouteTableAssociationResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ReplaceRouteTableAssociationRequest {
    type Output = ReplaceRouteTableAssociationResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ReplaceRouteTableAssociation",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.ObjectVpcNotCurrentVpc",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.VpcMismatch",
        ],
    };
}

/// Modifies route table attributes (`ModifyRouteTableAttribute`).
///
/// This API is used to modify the attributes of a route table.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
///
/// Send it with `ecm_sdk::Client::modify_route_table_attribute` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyRouteTableAttributeRequest {
    /// Route table instance ID, such as rtb-azd4dt1c
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// Route table name
    ///
    /// Wire name `RouteTableName`; required.
    pub route_table_name: Option<String>,
}

impl Serialize for ModifyRouteTableAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyRouteTableAttributeRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("RouteTableName", &self.route_table_name)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyRouteTableAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyRouteTableAttributeRequest {
    const NAME: &'static str = "ModifyRouteTableAttributeRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "RouteTableName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "RouteTableName" => Some(1),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.route_table_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ModifyRouteTableAttributeRequest {
    /// Creates an empty `ModifyRouteTableAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `RouteTableName` (required).
    pub fn route_table_name(mut self, value: impl Into<String>) -> Self {
        self.route_table_name = Some(value.into());
        self
    }
}

impl Validate for ModifyRouteTableAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("RouteTableName", &self.route_table_name)?;
        Ok(())
    }
}

/// The response of `ModifyRouteTableAttribute` (see [`ModifyRouteTableAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyRouteTableAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyRouteTableAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyRouteTableAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyRouteTableAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyRouteTableAttributeResponse {
    const NAME: &'static str = "ModifyRouteTableAttributeResponse";
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

impl ModifyRouteTableAttributeResponse {
    /// Creates an empty `ModifyRouteTableAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyRouteTableAttributeRequest {
    type Output = ModifyRouteTableAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyRouteTableAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
        ],
    };
}

/// Resets route table name and routing policies (`ResetRoutes`).
///
/// This API is used to reset a route table name and all routing policies.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.CidrNotInPeerVpc`: The destination IP range is not within the
///   CIDR range of the customer VPC.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.VpcCidrConflict`: The destination IP range conflicts with the
///   CIDR block of the current VPC.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.SystemRoute`: Operations on the system route are prohibited.
///
/// Send it with `ecm_sdk::Client::reset_routes` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetRoutesRequest {
    /// Route table instance ID, such as rtb-azd4dt1c.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// Route table name, which can contain up to 60 bytes.
    ///
    /// Wire name `RouteTableName`; required.
    pub route_table_name: Option<String>,
    /// Routing policy.
    ///
    /// Wire name `Routes`; required.
    pub routes: Option<Vec<Route>>,
}

impl Serialize for ResetRoutesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetRoutesRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("RouteTableName", &self.route_table_name)
            .member("Routes", &self.routes)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ResetRoutesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ResetRoutesRequest {
    const NAME: &'static str = "ResetRoutesRequest";
    const FIELDS: &'static [&'static str] = &[
        "RouteTableId",
        "RouteTableName",
        "Routes",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "RouteTableName" => Some(1),
            "Routes" => Some(2),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.route_table_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.routes = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ResetRoutesRequest {
    /// Creates an empty `ResetRoutesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `RouteTableName` (required).
    pub fn route_table_name(mut self, value: impl Into<String>) -> Self {
        self.route_table_name = Some(value.into());
        self
    }

    /// Sets `Routes` (required).
    pub fn routes(mut self, value: impl IntoIterator<Item = Route>) -> Self {
        self.routes = Some(value.into_iter().collect());
        self
    }
}

impl Validate for ResetRoutesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("RouteTableName", &self.route_table_name)?;
        require("Routes", &self.routes)?;
        validate_list("Routes", &self.routes)?;
        Ok(())
    }
}

/// The response of `ResetRoutes` (see [`ResetRoutesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ResetRoutesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ResetRoutesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ResetRoutesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ResetRoutesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ResetRoutesResponse {
    const NAME: &'static str = "ResetRoutesResponse";
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

impl ResetRoutesResponse {
    /// Creates an empty `ResetRoutesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ResetRoutesRequest {
    type Output = ResetRoutesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ResetRoutes",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameterValue",
            "InvalidParameterValue.CidrNotInPeerVpc",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.VpcCidrConflict",
            "LimitExceeded",
            "UnsupportedOperation",
            "UnsupportedOperation.SystemRoute",
        ],
    };
}

/// Deletes route table (`DeleteRouteTable`).
///
/// This API is used to delete a route table.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation.DelDefaultRoute`: The default route table cannot be deleted.
/// - `UnsupportedOperation.DelRouteWithSubnet`: The route table associated with a subnet
///   cannot be deleted.
///
/// Send it with `ecm_sdk::Client::delete_route_table` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteRouteTableRequest {
    /// Route table instance ID, such as rtb-azd4dt1c
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
}

impl Serialize for DeleteRouteTableRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteRouteTableRequest")
            .member("RouteTableId", &self.route_table_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteRouteTableRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteRouteTableRequest {
    const NAME: &'static str = "DeleteRouteTableRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
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
            self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl DeleteRouteTableRequest {
    /// Creates an empty `DeleteRouteTableRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }
}

impl Validate for DeleteRouteTableRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        Ok(())
    }
}

/// The response of `DeleteRouteTable` (see [`DeleteRouteTableRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteRouteTableResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteRouteTableResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteRouteTableResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteRouteTableResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteRouteTableResponse {
    const NAME: &'static str = "DeleteRouteTableResponse";
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

impl DeleteRouteTableResponse {
    /// Creates an empty `DeleteRouteTableResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteRouteTableRequest {
    type Output = DeleteRouteTableResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteRouteTable",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnsupportedOperation.DelDefaultRoute",
            "UnsupportedOperation.DelRouteWithSubnet",
        ],
    };
}

/// Creates routing policy (`CreateRoutes`).
///
/// This API is used to create a routing policy.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.CidrNotInPeerVpc`: The destination IP range is not within the
///   CIDR range of the customer VPC.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.VpcCidrConflict`: The destination IP range conflicts with the
///   CIDR block of the current VPC.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.Ecmp`: The ECMP is not supported.
/// - `UnsupportedOperation.EcmpWithCcnRoute`: ECMP was formed with the CCN route.
/// - `UnsupportedOperation.EcmpWithUserRoute`: ECMP was formed with the custom route.
/// - `UnsupportedOperation.SystemRoute`: Operations on the system route are prohibited.
///
/// Send it with `ecm_sdk::Client::create_routes` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateRoutesRequest {
    /// Route table instance ID.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// Routing policy object to be created.
    ///
    /// Wire name `Routes`; required.
    pub routes: Option<Vec<Route>>,
}

impl Serialize for CreateRoutesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateRoutesRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("Routes", &self.routes)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateRoutesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateRoutesRequest {
    const NAME: &'static str = "CreateRoutesRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "Routes"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "Routes" => Some(1),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.routes = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateRoutesRequest {
    /// Creates an empty `CreateRoutesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `Routes` (required).
    pub fn routes(mut self, value: impl IntoIterator<Item = Route>) -> Self {
        self.routes = Some(value.into_iter().collect());
        self
    }
}

impl Validate for CreateRoutesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("Routes", &self.routes)?;
        validate_list("Routes", &self.routes)?;
        Ok(())
    }
}

/// The response of `CreateRoutes` (see [`CreateRoutesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateRoutesResponse {
    /// Number of added instances.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// Route table object.
    ///
    /// Wire name `RouteTableSet`; may be `null` (decoded as `None`).
    pub route_table_set: Option<Vec<RouteTable>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateRoutesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateRoutesResponse")
            .member("TotalCount", &self.total_count)
            .member("RouteTableSet", &self.route_table_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateRoutesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateRoutesResponse {
    const NAME: &'static str = "CreateRoutesResponse";
    const FIELDS: &'static [&'static str] = &[
        "TotalCount",
        "RouteTableSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "RouteTableSet" => Some(1),
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
            1 => self.route_table_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateRoutesResponse {
    /// Creates an empty `CreateRoutesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `RouteTableSet`.
    pub fn set_route_table_set(
        mut self,
        value: impl IntoIterator<Item = RouteTable>,
    ) -> Self {
        self.route_table_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl CreateRoutesResponse {
    /// `RouteTableSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn route_table_set(&self) -> &[RouteTable] {
        self.route_table_set.as_deref().unwrap_or_default()
    }
}

impl Action for CreateRoutesRequest {
    type Output = CreateRoutesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateRoutes",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.CidrNotInPeerVpc",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.VpcCidrConflict",
            "LimitExceeded",
            "ResourceNotFound",
            "UnsupportedOperation",
            "UnsupportedOperation.Ecmp",
            "UnsupportedOperation.EcmpWithCcnRoute",
            "UnsupportedOperation.EcmpWithUserRoute",
            "UnsupportedOperation.SystemRoute",
        ],
    };
}

/// Replaces routing policy (`ReplaceRoutes`).
///
/// This API is used to replace a routing policy.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.CidrNotInPeerVpc`: The destination IP range is not within the
///   CIDR range of the customer VPC.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.VpcCidrConflict`: The destination IP range conflicts with the
///   CIDR block of the current VPC.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.Ecmp`: The ECMP is not supported.
/// - `UnsupportedOperation.SystemRoute`: Operations on the system route are prohibited.
///
/// Send it with `ecm_sdk::Client::replace_routes` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReplaceRoutesRequest {
    /// Route table instance ID.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// Routing policy object.
    ///
    /// Wire name `Routes`; required.
    pub routes: Option<Vec<Route>>,
}

impl Serialize for ReplaceRoutesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReplaceRoutesRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("Routes", &self.routes)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ReplaceRoutesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ReplaceRoutesRequest {
    const NAME: &'static str = "ReplaceRoutesRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "Routes"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "Routes" => Some(1),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.routes = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ReplaceRoutesRequest {
    /// Creates an empty `ReplaceRoutesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `Routes` (required).
    pub fn routes(mut self, value: impl IntoIterator<Item = Route>) -> Self {
        self.routes = Some(value.into_iter().collect());
        self
    }
}

impl Validate for ReplaceRoutesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("Routes", &self.routes)?;
        validate_list("Routes", &self.routes)?;
        Ok(())
    }
}

/// The response of `ReplaceRoutes` (see [`ReplaceRoutesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReplaceRoutesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ReplaceRoutesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReplaceRoutesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ReplaceRoutesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ReplaceRoutesResponse {
    const NAME: &'static str = "ReplaceRoutesResponse";
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

impl ReplaceRoutesResponse {
    /// Creates an empty `ReplaceRoutesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ReplaceRoutesRequest {
    type Output = ReplaceRoutesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ReplaceRoutes",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameterValue",
            "InvalidParameterValue.CidrNotInPeerVpc",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.VpcCidrConflict",
            "LimitExceeded",
            "ResourceNotFound",
            "UnsupportedOperation",
            "UnsupportedOperation.Ecmp",
            "UnsupportedOperation.SystemRoute",
        ],
    };
}

/// Queries the list of routing policy conflicts (`DescribeRouteConflicts`).
///
/// This API is used to query the list of conflicts between a custom routing policy and a
/// CCN routing policy.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_route_conflicts` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeRouteConflictsRequest {
    /// Route table instance ID, such as rtb-azd4dt1c.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// List of conflicting destination ports to be checked.
    ///
    /// Wire name `DestinationCidrBlocks`; required.
    pub destination_cidr_blocks: Option<Vec<String>>,
}

impl Serialize for DescribeRouteConflictsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeRouteConflictsRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("DestinationCidrBlocks", &self.destination_cidr_blocks)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeRouteConflictsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeRouteConflictsRequest {
    const NAME: &'static str = "DescribeRouteConflictsRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "DestinationCidrBlocks"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "DestinationCidrBlocks" => Some(1),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.destination_cidr_blocks = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl DescribeRouteConflictsRequest {
    /// Creates an empty `DescribeRouteConflictsRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `DestinationCidrBlocks` (required).
    pub fn destination_cidr_blocks(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.destination_cidr_blocks = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for DescribeRouteConflictsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("DestinationCidrBlocks", &self.destination_cidr_blocks)?;
        Ok(())
    }
}

/// The response of `DescribeRouteConflicts` (see [`DescribeRouteConflictsRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeRouteConflictsResponse {
    /// List of routing policy conflicts.
    ///
    /// Wire name `RouteConflictSet`; may be `null` (decoded as `None`).
    pub route_conflict_set: Option<Vec<RouteConflict>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeRouteConflictsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeRouteConflictsResponse")
            .member("RouteConflictSet", &self.route_conflict_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeRouteConflictsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeRouteConflictsResponse {
    const NAME: &'static str = "DescribeRouteConflictsResponse";
    const FIELDS: &'static [&'static str] = &["RouteConflictSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteConflictSet" => Some(0),
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
            0 => self.route_conflict_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeRouteConflictsResponse {
    /// Creates an empty `DescribeRouteConflictsResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteConflictSet`.
    pub fn set_route_conflict_set(
        mut self,
        value: impl IntoIterator<Item = RouteConflict>,
    ) -> Self {
        self.route_conflict_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeRouteConflictsResponse {
    /// `RouteConflictSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn route_conflict_set(&self) -> &[RouteConflict] {
        self.route_conflict_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeRouteConflictsRequest {
    type Output = DescribeRouteConflictsResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeRouteConflicts",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Enables subnet route (`EnableRoutes`).
///
/// This API is used to enable a disabled subnet route.
///
/// This API verifies whether a CCN route will conflict with an existing route after it is
/// enabled, and if so, you cannot enable it before you disable the conflicting route first.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameterValue.Duplicate`: The data is duplicate.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.Ecmp`: The ECMP is not supported.
/// - `UnsupportedOperation.EcmpWithCcnRoute`: ECMP was formed with the CCN route.
/// - `UnsupportedOperation.EcmpWithUserRoute`: ECMP was formed with the custom route.
/// - `UnsupportedOperation.SystemRoute`: Operations on the system route are prohibited.
///
/// Send it with `ecm_sdk::Client::enable_routes` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnableRoutesRequest {
    /// Unique route table ID.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// Routing policy ID.
    ///
    /// Wire name `RouteIds`; required.
    pub route_ids: Option<Vec<i64>>,
}

impl Serialize for EnableRoutesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "EnableRoutesRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("RouteIds", &self.route_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for EnableRoutesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for EnableRoutesRequest {
    const NAME: &'static str = "EnableRoutesRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "RouteIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "RouteIds" => Some(1),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.route_ids = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl EnableRoutesRequest {
    /// Creates an empty `EnableRoutesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `RouteIds` (required).
    pub fn route_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.route_ids = Some(value.into_iter().collect());
        self
    }
}

impl Validate for EnableRoutesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("RouteIds", &self.route_ids)?;
        Ok(())
    }
}

/// The response of `EnableRoutes` (see [`EnableRoutesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnableRoutesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for EnableRoutesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "EnableRoutesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for EnableRoutesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for EnableRoutesResponse {
    const NAME: &'static str = "EnableRoutesResponse";
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

impl EnableRoutesResponse {
    /// Creates an empty `EnableRoutesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for EnableRoutesRequest {
    type Output = EnableRoutesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "EnableRoutes",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter.Coexist",
            "InvalidParameterValue.Duplicate",
            "InvalidParameterValue.Malformed",
            "MissingParameter",
            "ResourceNotFound",
            "UnsupportedOperation",
            "UnsupportedOperation.Ecmp",
            "UnsupportedOperation.EcmpWithCcnRoute",
            "UnsupportedOperation.EcmpWithUserRoute",
            "UnsupportedOperation.SystemRoute",
        ],
    };
}

/// Disables subnet route (`DisableRoutes`).
///
/// This API is used to disable a subnet route.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.SystemRoute`: Operations on the system route are prohibited.
///
/// Send it with `ecm_sdk::Client::disable_routes` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisableRoutesRequest {
    /// Unique route table ID.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// Routing policy ID.
    ///
    /// Wire name `RouteIds`; required.
    pub route_ids: Option<Vec<i64>>,
}

impl Serialize for DisableRoutesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisableRoutesRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("RouteIds", &self.route_ids)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DisableRoutesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DisableRoutesRequest {
    const NAME: &'static str = "DisableRoutesRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "RouteIds"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "RouteIds" => Some(1),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.route_ids = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DisableRoutesRequest {
    /// Creates an empty `DisableRoutesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `RouteIds` (required).
    pub fn route_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.route_ids = Some(value.into_iter().collect());
        self
    }
}

impl Validate for DisableRoutesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("RouteIds", &self.route_ids)?;
        Ok(())
    }
}

/// The response of `DisableRoutes` (see [`DisableRoutesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DisableRoutesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DisableRoutesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DisableRoutesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DisableRoutesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DisableRoutesResponse {
    const NAME: &'static str = "DisableRoutesResponse";
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

impl DisableRoutesResponse {
    /// Creates an empty `DisableRoutesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DisableRoutesRequest {
    type Output = DisableRoutesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DisableRoutes",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter.Coexist",
            "InvalidParameterValue.Malformed",
            "MissingParameter",
            "ResourceNotFound",
            "UnsupportedOperation",
            "UnsupportedOperation.SystemRoute",
        ],
    };
}

/// Deletes routing policies (`DeleteRoutes`).
///
/// This API is used to batch delete routing policies from a route table.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation.SystemRoute`: Operations on the system route are prohibited.
///
/// Send it with `ecm_sdk::Client::delete_routes` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteRoutesRequest {
    /// Unique route table ID.
    ///
    /// Wire name `RouteTableId`; required.
    pub route_table_id: Option<String>,
    /// Routing policy object.
    ///
    /// Wire name `Routes`; required.
    pub routes: Option<Vec<Route>>,
}

impl Serialize for DeleteRoutesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteRoutesRequest")
            .member("RouteTableId", &self.route_table_id)
            .member("Routes", &self.routes)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteRoutesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteRoutesRequest {
    const NAME: &'static str = "DeleteRoutesRequest";
    const FIELDS: &'static [&'static str] = &["RouteTableId", "Routes"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "Routes" => Some(1),
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
            0 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.routes = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl DeleteRoutesRequest {
    /// Creates an empty `DeleteRoutesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId` (required).
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `Routes` (required).
    pub fn routes(mut self, value: impl IntoIterator<Item = Route>) -> Self {
        self.routes = Some(value.into_iter().collect());
        self
    }
}

impl Validate for DeleteRoutesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("RouteTableId", &self.route_table_id)?;
        require("Routes", &self.routes)?;
        validate_list("Routes", &self.routes)?;
        Ok(())
    }
}

/// The response of `DeleteRoutes` (see [`DeleteRoutesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteRoutesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteRoutesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteRoutesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteRoutesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteRoutesResponse {
    const NAME: &'static str = "DeleteRoutesResponse";
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

impl DeleteRoutesResponse {
    /// Creates an empty `DeleteRoutesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteRoutesRequest {
    type Output = DeleteRoutesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteRoutes",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameter.InvalidDataFormat",
            "ResourceNotFound",
            "UnsupportedOperation.SystemRoute",
        ],
    };
}
