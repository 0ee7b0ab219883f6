// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "Subnet APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{Filter, Subnet, Tag};

/// Creates subnet (`CreateSubnet`).
///
/// This API is used to create a subnet. After the subnet is created successfully, it will
/// become the default subnet for the AZ.
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
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.InvalidZone`: The zone is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.SubnetConflict`: The specified CIDR block conflicts with
///   another subnet in the same VPC.
/// - `InvalidParameterValue.SubnetRange`: The subnet IP range is invalid.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.VpcMismatch`: The resources are not in the same VPC.
///
/// Send it with `ecm_sdk::Client::create_subnet` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateSubnetRequest {
    /// ID of the VPC instance to be manipulated, which can be obtained from the VpcId field in
    /// the returned value of the DescribeVpcs API.
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// Subnet name, which can contain up to 60 bytes.
    ///
    /// Wire name `SubnetName`; required.
    pub subnet_name: Option<String>,
    /// Subnet IP address range. It must be within the VPC IP address range. Subnet IP address
    /// ranges cannot overlap with each other within the same VPC.
    ///
    /// Wire name `CidrBlock`; required.
    pub cidr_block: Option<String>,
    /// AZ ID of the subnet. You can select different AZs for different subnets for cross-AZ
    /// disaster recovery.
    ///
    /// Wire name `Zone`; required.
    pub zone: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// List of bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<Tag>>,
}

impl Serialize for CreateSubnetRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateSubnetRequest")
            .member("VpcId", &self.vpc_id)
            .member("SubnetName", &self.subnet_name)
            .member("CidrBlock", &self.cidr_block)
            .member("Zone", &self.zone)
            .member("EcmRegion", &self.ecm_region)
            .member("Tags", &self.tags)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateSubnetRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateSubnetRequest {
    const NAME: &'static str = "CreateSubnetRequest";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetName",
        "CidrBlock",
        "Zone",
        "EcmRegion",
        "Tags",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "SubnetName" => Some(1),
            "CidrBlock" => Some(2),
            "Zone" => Some(3),
            "EcmRegion" => Some(4),
            "Tags" => Some(5),
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
            1 => self.subnet_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.cidr_block = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.tags = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateSubnetRequest {
    /// Creates an empty `CreateSubnetRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId` (required).
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `SubnetName` (required).
    pub fn subnet_name(mut self, value: impl Into<String>) -> Self {
        self.subnet_name = Some(value.into());
        self
    }

    /// Sets `CidrBlock` (required).
    pub fn cidr_block(mut self, value: impl Into<String>) -> Self {
        self.cidr_block = Some(value.into());
        self
    }

    /// Sets `Zone` (required).
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }
}

impl Validate for CreateSubnetRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("VpcId", &self.vpc_id)?;
        require("SubnetName", &self.subnet_name)?;
        require("CidrBlock", &self.cidr_block)?;
        require("Zone", &self.zone)?;
        require("EcmRegion", &self.ecm_region)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `CreateSubnet` (see [`CreateSubnetRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateSubnetResponse {
    /// Subnet object.
    ///
    /// Wire name `Subnet`.
    pub subnet: Option<Subnet>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateSubnetResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateSubnetResponse")
            .member("Subnet", &self.subnet)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateSubnetResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateSubnetResponse {
    const NAME: &'static str = "CreateSubnetResponse";
    const FIELDS: &'static [&'static str] = &["Subnet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Subnet" => Some(0),
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
            0 => self.subnet = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateSubnetResponse {
    /// Creates an empty `CreateSubnetResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Subnet`.
    pub fn set_subnet(mut self, value: Subnet) -> Self {
        self.subnet = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateSubnetRequest {
    type Output = CreateSubnetResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateSubnet",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.InvalidZone",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.SubnetConflict",
            "InvalidParameterValue.SubnetRange",
            "LimitExceeded",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.VpcMismatch",
        ],
    };
}

/// Queries subnet list (`DescribeSubnets`).
///
/// This API is used to query the list of subnets.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `SubnetSet`.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.FilterLimitExceeded`: The value of the Filter parameter exceeds
///   the limit.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.Range`: The parameter value is not in the specified range.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_subnets` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeSubnetsRequest {
    /// Subnet instance ID, such as subnet-pxir56ns. Each request supports a maximum of 100
    /// instances. SubnetIds and Filters cannot be specified at the same time.
    ///
    /// Wire name `SubnetIds`; optional.
    pub subnet_ids: Option<Vec<String>>,
    /// Filter. SubnetIds and Filters cannot be specified at the same time.
    ///
    /// subnet-id - String - Subnet instance name.
    ///
    /// subnet-name - String - Subnet name. Only fuzzy query by a single value is supported.
    ///
    /// cidr-block - String - Subnet IP address range, such as 192.168.1.0. Only fuzzy query by
    /// a single value is supported.
    ///
    /// vpc-id - String - VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// vpc-cidr-block - String - VPC IP address range, such as 192.168.1.0. Only fuzzy query by
    /// a single value is supported.
    ///
    /// region - String - ECM region. zone - String - AZ.
    ///
    /// tag-key - String - Required: no - Filter by tag key.
    ///
    /// tag:tag-key - String - Required: no - Filter by tag key-value pair.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<String>,
    /// Number of returned results.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; optional.
    pub ecm_region: Option<String>,
    /// Sorting method. time: sort in reverse chronological order; default: sort by network
    /// planning.
    ///
    /// Wire name `Sort`; optional.
    pub sort: Option<String>,
}

impl Serialize for DescribeSubnetsRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeSubnetsRequest")
            .member("SubnetIds", &self.subnet_ids)
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .member("EcmRegion", &self.ecm_region)
            .member("Sort", &self.sort)
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
    const FIELDS: &'static [&'static str] = &[
        "SubnetIds",
        "Filters",
        "Offset",
        "Limit",
        "EcmRegion",
        "Sort",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SubnetIds" => Some(0),
            "Filters" => Some(1),
            "Offset" => Some(2),
            "Limit" => Some(3),
            "EcmRegion" => Some(4),
            "Sort" => Some(5),
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
            0 => self.subnet_ids = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.filters = map.next_value()?,
            2 => self.offset = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.limit = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.sort = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.subnet_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeSubnetsFilter`];
    /// [`DescribeSubnetsFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeSubnetsFilter>,
    ) -> Self {
        self.filters = Some(value.into_iter().map(Filter::from).collect());
        self
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

    /// Sets `EcmRegion`.
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `Sort`.
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }
}

/// A filter of `DescribeSubnets` (its `Filters` parameter): one constructor per documented
/// filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeSubnetsRequest, DescribeSubnetsFilter};
///
/// let request = DescribeSubnetsRequest::new().filters([
///     DescribeSubnetsFilter::subnet_id(["value"]),
///     DescribeSubnetsFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeSubnetsFilter(Filter);
impl DescribeSubnetsFilter {
    /// `subnet-id`: Subnet instance name.
    ///
    /// Values documented as String.
    pub fn subnet_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("subnet-id").values(values))
    }

    /// `subnet-name`: Subnet name. Only fuzzy query by a single value is supported.
    ///
    /// Values documented as String; fuzzy match; one value only.
    pub fn subnet_name(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("subnet-name").values(values))
    }

    /// `cidr-block`: Subnet IP address range, such as 192.168.1.0. Only fuzzy query by a single
    /// value is supported.
    ///
    /// Values documented as String; fuzzy match; one value only.
    pub fn cidr_block(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("cidr-block").values(values))
    }

    /// `vpc-id`: VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// Values documented as String.
    pub fn vpc_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-id").values(values))
    }

    /// `vpc-cidr-block`: VPC IP address range, such as 192.168.1.0. Only fuzzy query by a
    /// single value is supported.
    ///
    /// Values documented as String; fuzzy match; one value only.
    pub fn vpc_cidr_block(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-cidr-block").values(values))
    }

    /// `region`: ECM region.
    ///
    /// Values documented as String.
    pub fn region(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("region").values(values))
    }

    /// `zone`: AZ.
    ///
    /// Values documented as String.
    pub fn zone(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("zone").values(values))
    }

    /// `tag-key`: Filter by tag key.
    ///
    /// Values documented as String.
    pub fn tag_key(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("tag-key").values(values))
    }

    /// `tag:tag-key`: Filter by tag key-value pair.
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

impl From<DescribeSubnetsFilter> for Filter {
    fn from(filter: DescribeSubnetsFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeSubnetsRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
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
    /// Subnet object.
    ///
    /// Wire name `SubnetSet`; may be `null` (decoded as `None`).
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
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.Coexist",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.FilterLimitExceeded",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.Range",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
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

/// Modifies subnet attributes (`ModifySubnetAttribute`).
///
/// This API is used to modify the attributes of a subnet.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.DataOperationFailed`: Data operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.TooLong`: The parameter value is too long.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_subnet_attribute` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifySubnetAttributeRequest {
    /// Subnet instance ID, such as subnet-pxir56ns.
    ///
    /// Wire name `SubnetId`; required.
    pub subnet_id: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Subnet name, which can contain up to 60 bytes.
    ///
    /// Wire name `SubnetName`; optional.
    pub subnet_name: Option<String>,
    /// Whether to enable broadcast for the subnet.
    ///
    /// Wire name `EnableBroadcast`; optional.
    pub enable_broadcast: Option<String>,
    /// Tag key value of the subnet
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<Tag>>,
}

impl Serialize for ModifySubnetAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifySubnetAttributeRequest")
            .member("SubnetId", &self.subnet_id)
            .member("EcmRegion", &self.ecm_region)
            .member("SubnetName", &self.subnet_name)
            .member("EnableBroadcast", &self.enable_broadcast)
            .member("Tags", &self.tags)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifySubnetAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifySubnetAttributeRequest {
    const NAME: &'static str = "ModifySubnetAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "SubnetId",
        "EcmRegion",
        "SubnetName",
        "EnableBroadcast",
        "Tags",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SubnetId" => Some(0),
            "EcmRegion" => Some(1),
            "SubnetName" => Some(2),
            "EnableBroadcast" => Some(3),
            "Tags" => Some(4),
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
            1 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.subnet_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.enable_broadcast = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.tags = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifySubnetAttributeRequest {
    /// Creates an empty `ModifySubnetAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SubnetId` (required).
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `SubnetName`.
    pub fn subnet_name(mut self, value: impl Into<String>) -> Self {
        self.subnet_name = Some(value.into());
        self
    }

    /// Sets `EnableBroadcast`.
    pub fn enable_broadcast(mut self, value: impl Into<String>) -> Self {
        self.enable_broadcast = Some(value.into());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }
}

impl Validate for ModifySubnetAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SubnetId", &self.subnet_id)?;
        require("EcmRegion", &self.ecm_region)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `ModifySubnetAttribute` (see [`ModifySubnetAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifySubnetAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifySubnetAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifySubnetAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifySubnetAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifySubnetAttributeResponse {
    const NAME: &'static str = "ModifySubnetAttributeResponse";
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

impl ModifySubnetAttributeResponse {
    /// Creates an empty `ModifySubnetAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifySubnetAttributeRequest {
    type Output = ModifySubnetAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifySubnetAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.DataOperationFailed",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.TooLong",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Deletes subnet (`DeleteSubnet`).
///
/// This API is used to delete a subnet. If the subnet is the current default subnet in the
/// AZ, after it is deleted, the default subnet automatically created by the system rather
/// than the last subnet created by you will be used as the new default subnet. If the new
/// default subnet does not meet your needs, you can call the API for setting the default
/// subnet to configure it.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.DataOperationFailed`: Data operation failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::delete_subnet` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSubnetRequest {
    /// Subnet instance ID, which can be obtained from the SubnetId field in the returned value
    /// of the DescribeSubnets API.
    ///
    /// Wire name `SubnetId`; required.
    pub subnet_id: Option<String>,
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for DeleteSubnetRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSubnetRequest")
            .member("SubnetId", &self.subnet_id)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteSubnetRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteSubnetRequest {
    const NAME: &'static str = "DeleteSubnetRequest";
    const FIELDS: &'static [&'static str] = &["SubnetId", "EcmRegion"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SubnetId" => Some(0),
            "EcmRegion" => Some(1),
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
            1 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DeleteSubnetRequest {
    /// Creates an empty `DeleteSubnetRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SubnetId` (required).
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for DeleteSubnetRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("SubnetId", &self.subnet_id)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `DeleteSubnet` (see [`DeleteSubnetRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteSubnetResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteSubnetResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteSubnetResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteSubnetResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteSubnetResponse {
    const NAME: &'static str = "DeleteSubnetResponse";
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

impl DeleteSubnetResponse {
    /// Creates an empty `DeleteSubnetResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteSubnetRequest {
    type Output = DeleteSubnetResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteSubnet",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.DataOperationFailed",
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Modifies default subnet (`ModifyDefaultSubnet`).
///
/// This API is used to modify the default subnet used when you create an instance in an AZ
/// (if you don't specify the VPC parameter when creating the instance, sunbetId will be
/// used).
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::modify_default_subnet` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyDefaultSubnetRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ECM AZ
    ///
    /// Wire name `Zone`; required.
    pub zone: Option<String>,
    /// VPC ID
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// Subnet ID
    ///
    /// Wire name `SubnetId`; required.
    pub subnet_id: Option<String>,
}

impl Serialize for ModifyDefaultSubnetRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyDefaultSubnetRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("Zone", &self.zone)
            .member("VpcId", &self.vpc_id)
            .member("SubnetId", &self.subnet_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyDefaultSubnetRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyDefaultSubnetRequest {
    const NAME: &'static str = "ModifyDefaultSubnetRequest";
    const FIELDS: &'static [&'static str] = &["EcmRegion", "Zone", "VpcId", "SubnetId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "Zone" => Some(1),
            "VpcId" => Some(2),
            "SubnetId" => Some(3),
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
            1 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyDefaultSubnetRequest {
    /// Creates an empty `ModifyDefaultSubnetRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `Zone` (required).
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
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
}

impl Validate for ModifyDefaultSubnetRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("Zone", &self.zone)?;
        require("VpcId", &self.vpc_id)?;
        require("SubnetId", &self.subnet_id)?;
        Ok(())
    }
}

/// The response of `ModifyDefaultSubnet` (see [`ModifyDefaultSubnetRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyDefaultSubnetResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyDefaultSubnetResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyDefaultSubnetResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyDefaultSubnetResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyDefaultSubnetResponse {
    const NAME: &'static str = "ModifyDefaultSubnetResponse";
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

impl ModifyDefaultSubnetResponse {
    /// Creates an empty `ModifyDefaultSubnetResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyDefaultSubnetRequest {
    type Output = ModifyDefaultSubnetResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyDefaultSubnet",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries default subnet in AZ (`DescribeDefaultSubnet`).
///
/// This API is used to query the default subnet in an AZ.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.InvalidZone`: The zone is invalid.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::describe_default_subnet` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeDefaultSubnetRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ECM AZ
    ///
    /// Wire name `Zone`; required.
    pub zone: Option<String>,
}

impl Serialize for DescribeDefaultSubnetRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeDefaultSubnetRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("Zone", &self.zone)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeDefaultSubnetRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeDefaultSubnetRequest {
    const NAME: &'static str = "DescribeDefaultSubnetRequest";
    const FIELDS: &'static [&'static str] = &["EcmRegion", "Zone"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "Zone" => Some(1),
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
            1 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeDefaultSubnetRequest {
    /// Creates an empty `DescribeDefaultSubnetRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `Zone` (required).
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }
}

impl Validate for DescribeDefaultSubnetRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("Zone", &self.zone)?;
        Ok(())
    }
}

/// The response of `DescribeDefaultSubnet` (see [`DescribeDefaultSubnetRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeDefaultSubnetResponse {
    /// Default subnet information. If there is no subnet, this parameter will be empty.
    ///
    /// Wire name `Subnet`.
    pub subnet: Option<Subnet>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeDefaultSubnetResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeDefaultSubnetResponse")
            .member("Subnet", &self.subnet)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeDefaultSubnetResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeDefaultSubnetResponse {
    const NAME: &'static str = "DescribeDefaultSubnetResponse";
    const FIELDS: &'static [&'static str] = &["Subnet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Subnet" => Some(0),
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
            0 => self.subnet = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeDefaultSubnetResponse {
    /// Creates an empty `DescribeDefaultSubnetResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Subnet`.
    pub fn set_subnet(mut self, value: Subnet) -> Self {
        self.subnet = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DescribeDefaultSubnetRequest {
    type Output = DescribeDefaultSubnetResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeDefaultSubnet",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.InvalidZone",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}
