// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The actions of the documentation's "ENI APIs" category.

use serde::{Deserialize, Serialize};
use crate::action::{
    Action, ActionMeta, MissingRequiredParameter, Paginated, RegionRequirement, Validate,
    require, validate_list,
};
use crate::generated::SERVICE;
use crate::generated::types::{
    Filter, Ipv6Address, Ipv6Isp, NetworkInterface, PrivateIpAddressSpecification, Tag,
};

/// Creates ENI (`CreateNetworkInterface`).
///
/// This API is used to create an ENI.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidInstanceID`: The instance ID is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.Range`: The parameter value is not in the specified range.
/// - `InvalidParameterValue.Reserved`: The parameter value is an object retained by the
///   system.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `LimitExceeded.EniQuotaLimitExceeded`: The number of purchasable ENIs is insufficient.
/// - `MissingParameter`: The parameter is missing.
/// - `MissingParameter.MissingNetworkInterfaceParameter`: The request parameters required
///   for ENI operation configuration are missing.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceInsufficient`: Insufficient resource.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
///
/// Send it with `ecm_sdk::Client::create_network_interface` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateNetworkInterfaceRequest {
    /// VPC instance ID, which can be obtained from the VpcId field in the returned value of the
    /// DescribeVpcs API.
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// ENI name, which can contain up to 60 bytes.
    ///
    /// Wire name `NetworkInterfaceName`; required.
    pub network_interface_name: Option<String>,
    /// Subnet instance ID of the ENI, such as 'subnet-0ap8nwca'.
    ///
    /// Wire name `SubnetId`; required.
    pub subnet_id: Option<String>,
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ENI description. You can enter any information within 60 characters.
    ///
    /// Wire name `NetworkInterfaceDescription`; optional.
    pub network_interface_description: Option<String>,
    /// Number of private IP addresses applied for. The total number of private IP addresses
    /// cannot exceed the quota.
    ///
    /// Wire name `SecondaryPrivateIpAddressCount`; optional.
    pub secondary_private_ip_address_count: Option<i64>,
    /// The security group to be bound with, such as \['sg-1dd51d'\].
    ///
    /// Wire name `SecurityGroupIds`; optional.
    pub security_group_ids: Option<Vec<String>>,
    /// Information of the specified private IPs. You can specify up to 10 IPs at a time.
    ///
    /// Wire name `PrivateIpAddresses`; optional.
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// List of bound tags, such as \[{"Key": "city", "Value": "shanghai"}\].
    ///
    /// Wire name `Tags`; optional.
    pub tags: Option<Vec<Tag>>,
}

impl Serialize for CreateNetworkInterfaceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateNetworkInterfaceRequest")
            .member("VpcId", &self.vpc_id)
            .member("NetworkInterfaceName", &self.network_interface_name)
            .member("SubnetId", &self.subnet_id)
            .member("EcmRegion", &self.ecm_region)
            .member("NetworkInterfaceDescription", &self.network_interface_description)
            .member(
                "SecondaryPrivateIpAddressCount",
                &self.secondary_private_ip_address_count,
            )
            .member("SecurityGroupIds", &self.security_group_ids)
            .member("PrivateIpAddresses", &self.private_ip_addresses)
            .member("Tags", &self.tags)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for CreateNetworkInterfaceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for CreateNetworkInterfaceRequest {
    const NAME: &'static str = "CreateNetworkInterfaceRequest";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "NetworkInterfaceName",
        "SubnetId",
        "EcmRegion",
        "NetworkInterfaceDescription",
        "SecondaryPrivateIpAddressCount",
        "SecurityGroupIds",
        "PrivateIpAddresses",
        "Tags",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "NetworkInterfaceName" => Some(1),
            "SubnetId" => Some(2),
            "EcmRegion" => Some(3),
            "NetworkInterfaceDescription" => Some(4),
            "SecondaryPrivateIpAddressCount" => Some(5),
            "SecurityGroupIds" => Some(6),
            "PrivateIpAddresses" => Some(7),
            "Tags" => Some(8),
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
                self.network_interface_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.network_interface_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => {
                self.secondary_private_ip_address_count = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => {
                self.security_group_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            7 => self.private_ip_addresses = map.next_value()?,
            8 => self.tags = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateNetworkInterfaceRequest {
    /// Creates an empty `CreateNetworkInterfaceRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId` (required).
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceName` (required).
    pub fn network_interface_name(mut self, value: impl Into<String>) -> Self {
        self.network_interface_name = Some(value.into());
        self
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

    /// Sets `NetworkInterfaceDescription`.
    pub fn network_interface_description(mut self, value: impl Into<String>) -> Self {
        self.network_interface_description = Some(value.into());
        self
    }

    /// Sets `SecondaryPrivateIpAddressCount`.
    pub fn secondary_private_ip_address_count(mut self, value: i64) -> Self {
        self.secondary_private_ip_address_count = Some(value);
        self
    }

    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().collect());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }
}

impl Validate for CreateNetworkInterfaceRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("VpcId", &self.vpc_id)?;
        require("NetworkInterfaceName", &self.network_interface_name)?;
        require("SubnetId", &self.subnet_id)?;
        require("EcmRegion", &self.ecm_region)?;
        validate_list("PrivateIpAddresses", &self.private_ip_addresses)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// The response of `CreateNetworkInterface` (see [`CreateNetworkInterfaceRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateNetworkInterfaceResponse {
    /// ENI instance.
    ///
    /// Wire name `NetworkInterface`.
    pub network_interface: Option<NetworkInterface>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for CreateNetworkInterfaceResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "CreateNetworkInterfaceResponse")
            .member("NetworkInterface", &self.network_interface)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for CreateNetworkInterfaceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for CreateNetworkInterfaceResponse {
    const NAME: &'static str = "CreateNetworkInterfaceResponse";
    const FIELDS: &'static [&'static str] = &["NetworkInterface", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterface" => Some(0),
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
            0 => self.network_interface = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl CreateNetworkInterfaceResponse {
    /// Creates an empty `CreateNetworkInterfaceResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterface`.
    pub fn set_network_interface(mut self, value: NetworkInterface) -> Self {
        self.network_interface = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for CreateNetworkInterfaceRequest {
    type Output = CreateNetworkInterfaceResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "CreateNetworkInterface",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidInstanceID",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.Range",
            "InvalidParameterValue.Reserved",
            "LimitExceeded",
            "LimitExceeded.EniQuotaLimitExceeded",
            "MissingParameter",
            "MissingParameter.MissingNetworkInterfaceParameter",
            "ResourceInUse",
            "ResourceInsufficient",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
        ],
    };
}

/// Queries ENI list (`DescribeNetworkInterfaces`).
///
/// This API is used to query the list of ENIs.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Read-only: sending it twice is harmless.
/// - Paginated: `Offset`/`Limit` page through `NetworkInterfaceSet` (20 per page by
///   default, at most 100).
///
/// Error codes the documentation lists for this action:
///
/// - `AuthFailure.UnauthorizedOperation`: Authentication failed.
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter.Coexist`: The parameters cannot be specified at the same time.
/// - `InvalidParameterValue.InvalidFilter`: The filter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.ParameterValueTooLarge`: The parameter value exceeds the limit.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
///
/// Send it with `ecm_sdk::Client::describe_network_interfaces` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeNetworkInterfacesRequest {
    /// Queries the ID of the ENI instance, such as eni-pxir56ns. Each request supports a
    /// maximum of 100 instances. NetworkInterfaceIds and Filters cannot be specified at the
    /// same time.
    ///
    /// Wire name `NetworkInterfaceIds`; optional.
    pub network_interface_ids: Option<Vec<String>>,
    /// Filter. NetworkInterfaceIds and Filters cannot be specified at the same time.
    ///
    /// vpc-id - String - (Filter) VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// subnet-id - String - (Filter) Subnet instance ID, such as subnet-f49l6u0z.
    ///
    /// network-interface-id - String - (Filter) ENI instance ID, such as eni-5k56k7k7.
    ///
    /// attachment.instance-id - String - (Filter) ID of the bound CVM instance, such as
    /// ein-3nqpdn3i.
    ///
    /// groups.security-group-id - String - (Filter) ID of the bound security group instance,
    /// such as sg-f9ekbxeq.
    ///
    /// network-interface-name - String - (Filter) ENI instance name.
    ///
    /// network-interface-description - String - (Filter) ENI instance description.
    ///
    /// address-ip - String - (Filter) Private IPv4 address. tag-key - String - Required: no -
    /// (Filter) Filter by tag key. For directions, see Sample 2.
    ///
    /// tag:tag-key - String - Required: no - (Filter) Filter by tag key-value pair. Replace
    /// tag-key with the specific tag key. For directions, see Sample 3.
    ///
    /// is-primary - Boolean - Required: no - (Filter) Filter by whether it is a primary ENI.
    /// true: filter only by primary ENI; false: filter only by secondary ENI. If this parameter
    /// is not specified, filtering by both primary and secondary ENIs will be used.
    ///
    /// Wire name `Filters`; optional.
    pub filters: Option<Vec<Filter>>,
    /// Offset. Default value: 0.
    ///
    /// Wire name `Offset`; optional.
    pub offset: Option<i64>,
    /// Number of results to be returned. Default value: 20. Maximum value: 100.
    ///
    /// Wire name `Limit`; optional.
    pub limit: Option<i64>,
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; optional.
    pub ecm_region: Option<String>,
}

impl Serialize for DescribeNetworkInterfacesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeNetworkInterfacesRequest")
            .member("NetworkInterfaceIds", &self.network_interface_ids)
            .member("Filters", &self.filters)
            .member("Offset", &self.offset)
            .member("Limit", &self.limit)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DescribeNetworkInterfacesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DescribeNetworkInterfacesRequest {
    const NAME: &'static str = "DescribeNetworkInterfacesRequest";
    const FIELDS: &'static [&'static str] = &[
        "NetworkInterfaceIds",
        "Filters",
        "Offset",
        "Limit",
        "EcmRegion",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterfaceIds" => Some(0),
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
                self.network_interface_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
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

impl DescribeNetworkInterfacesRequest {
    /// Creates an empty `DescribeNetworkInterfacesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterfaceIds`.
    pub fn network_interface_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.network_interface_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Filters` from typed filters ([`DescribeNetworkInterfacesFilter`];
    /// [`DescribeNetworkInterfacesFilter::raw`] for a name the documentation does not list).
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = DescribeNetworkInterfacesFilter>,
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

/// A filter of `DescribeNetworkInterfaces` (its `Filters` parameter): one constructor per
/// documented filter name.
///
/// ```
/// use ecm_sdk::actions::{DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesFilter};
///
/// let request = DescribeNetworkInterfacesRequest::new().filters([
///     DescribeNetworkInterfacesFilter::vpc_id(["value"]),
///     DescribeNetworkInterfacesFilter::raw("an-undocumented-name", ["value"]),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeNetworkInterfacesFilter(Filter);
impl DescribeNetworkInterfacesFilter {
    /// `vpc-id`: VPC instance ID, such as vpc-f49l6u0z.
    ///
    /// Values documented as String.
    pub fn vpc_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("vpc-id").values(values))
    }

    /// `subnet-id`: Subnet instance ID, such as subnet-f49l6u0z.
    ///
    /// Values documented as String.
    pub fn subnet_id(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("subnet-id").values(values))
    }

    /// `network-interface-id`: ENI instance ID, such as eni-5k56k7k7.
    ///
    /// Values documented as String.
    pub fn network_interface_id(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("network-interface-id").values(values))
    }

    /// `attachment.instance-id`: ID of the bound CVM instance, such as ein-3nqpdn3i.
    ///
    /// Values documented as String.
    pub fn attachment_instance_id(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("attachment.instance-id").values(values))
    }

    /// `groups.security-group-id`: ID of the bound security group instance, such as
    /// sg-f9ekbxeq.
    ///
    /// Values documented as String.
    pub fn groups_security_group_id(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("groups.security-group-id").values(values))
    }

    /// `network-interface-name`: ENI instance name.
    ///
    /// Values documented as String.
    pub fn network_interface_name(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("network-interface-name").values(values))
    }

    /// `network-interface-description`: ENI instance description.
    ///
    /// Values documented as String.
    pub fn network_interface_description(
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name("network-interface-description").values(values))
    }

    /// `address-ip`: Private IPv4 address.
    ///
    /// Values documented as String.
    pub fn address_ip(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("address-ip").values(values))
    }

    /// `tag-key`: Filter by tag key. For directions, see Sample 2.
    ///
    /// Values documented as String.
    pub fn tag_key(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("tag-key").values(values))
    }

    /// `tag:tag-key`: Filter by tag key-value pair. Replace tag-key with the specific tag key.
    /// For directions, see Sample 3.
    ///
    /// Values documented as String.
    pub fn tag(
        key: impl std::fmt::Display,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self(Filter::new().name(format!("{}{}", "tag:", key)).values(values))
    }

    /// `is-primary`: Filter by whether it is a primary ENI. true: filter only by primary ENI;
    /// false: filter only by secondary ENI. If this parameter is not specified, filtering by
    /// both primary and secondary ENIs will be used.
    ///
    /// Values documented as Boolean.
    pub fn is_primary(values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self(Filter::new().name("is-primary").values(values))
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

impl From<DescribeNetworkInterfacesFilter> for Filter {
    fn from(filter: DescribeNetworkInterfacesFilter) -> Filter {
        filter.0
    }
}

impl Validate for DescribeNetworkInterfacesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Filters", &self.filters)?;
        Ok(())
    }
}

/// The response of `DescribeNetworkInterfaces` (see [`DescribeNetworkInterfacesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DescribeNetworkInterfacesResponse {
    /// Number of eligible instances.
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
    /// List of instance details.
    ///
    /// Wire name `NetworkInterfaceSet`; may be `null` (decoded as `None`).
    pub network_interface_set: Option<Vec<NetworkInterface>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DescribeNetworkInterfacesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DescribeNetworkInterfacesResponse")
            .member("TotalCount", &self.total_count)
            .member("NetworkInterfaceSet", &self.network_interface_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DescribeNetworkInterfacesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DescribeNetworkInterfacesResponse {
    const NAME: &'static str = "DescribeNetworkInterfacesResponse";
    const FIELDS: &'static [&'static str] = &[
        "TotalCount",
        "NetworkInterfaceSet",
        "RequestId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TotalCount" => Some(0),
            "NetworkInterfaceSet" => Some(1),
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
            1 => self.network_interface_set = map.next_value()?,
            2 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DescribeNetworkInterfacesResponse {
    /// Creates an empty `DescribeNetworkInterfacesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TotalCount`.
    pub fn set_total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }

    /// Sets `NetworkInterfaceSet`.
    pub fn set_network_interface_set(
        mut self,
        value: impl IntoIterator<Item = NetworkInterface>,
    ) -> Self {
        self.network_interface_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl DescribeNetworkInterfacesResponse {
    /// `NetworkInterfaceSet` as a slice, empty when the response omits it (the field tells the
    /// two apart).
    pub fn network_interface_set(&self) -> &[NetworkInterface] {
        self.network_interface_set.as_deref().unwrap_or_default()
    }
}

impl Action for DescribeNetworkInterfacesRequest {
    type Output = DescribeNetworkInterfacesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DescribeNetworkInterfaces",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: true,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "AuthFailure.UnauthorizedOperation",
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.Coexist",
            "InvalidParameterValue.InvalidFilter",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.ParameterValueTooLarge",
            "MissingParameter",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
        ],
    };
}

impl Paginated for DescribeNetworkInterfacesRequest {
    type Item = NetworkInterface;
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
        output.network_interface_set.unwrap_or_default()
    }

    fn item_count(output: &Self::Output) -> Option<usize> {
        output.network_interface_set.as_ref().map(Vec::len)
    }
}

/// Binds ENI to CVM instance (`AttachNetworkInterface`).
///
/// This API is used to bind an ENI to a CVM instance.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `FailedOperation.OperationNotAllow`: The current operation is not allowed.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvaildEniID`: The ENI ID is invalid.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.LimitExceeded`: The parameter value exceeds the limit.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `LimitExceeded`: The quota limit is exceeded.
/// - `LimitExceeded.AddressQuotaLimitExceeded`: The number applied for exceeds the limit.
/// - `LimitExceeded.AddressQuotaLimitExceededDailyAllocate`: The maximum number of
///   applications has been reached. The maximum number of applications that can be made by
///   a Tencent Cloud account per day in each region is equal to twice the quota.
/// - `LimitExceeded.EniQuotaLimitExceeded`: The number of purchasable ENIs is insufficient.
/// - `LimitExceeded.PrivateIPQuotaLimitExceeded`: The number of private IPs exceeds the
///   limit.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.AttachmentAlreadyExists`: The ENI is already associated with an
///   instance.
/// - `UnsupportedOperation.InvalidState`: The resource status is invalid.
/// - `UnsupportedOperation.VpcMismatch`: The resources are not in the same VPC.
///
/// Send it with `ecm_sdk::Client::attach_network_interface` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AttachNetworkInterfaceRequest {
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// Instance ID, such as ein-r8hr2upy.
    ///
    /// Wire name `InstanceId`; required.
    pub instance_id: Option<String>,
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for AttachNetworkInterfaceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AttachNetworkInterfaceRequest")
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("InstanceId", &self.instance_id)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for AttachNetworkInterfaceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for AttachNetworkInterfaceRequest {
    const NAME: &'static str = "AttachNetworkInterfaceRequest";
    const FIELDS: &'static [&'static str] = &[
        "NetworkInterfaceId",
        "InstanceId",
        "EcmRegion",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterfaceId" => Some(0),
            "InstanceId" => Some(1),
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
            0 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl AttachNetworkInterfaceRequest {
    /// Creates an empty `AttachNetworkInterfaceRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `InstanceId` (required).
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for AttachNetworkInterfaceRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("InstanceId", &self.instance_id)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `AttachNetworkInterface` (see [`AttachNetworkInterfaceRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AttachNetworkInterfaceResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AttachNetworkInterfaceResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AttachNetworkInterfaceResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for AttachNetworkInterfaceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AttachNetworkInterfaceResponse {
    const NAME: &'static str = "AttachNetworkInterfaceResponse";
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

impl AttachNetworkInterfaceResponse {
    /// Creates an empty `AttachNetworkInterfaceResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for AttachNetworkInterfaceRequest {
    type Output = AttachNetworkInterfaceResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "AttachNetworkInterface",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "FailedOperation.OperationNotAllow",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvaildEniID",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.LimitExceeded",
            "InvalidParameterValue.Malformed",
            "LimitExceeded",
            "LimitExceeded.AddressQuotaLimitExceeded",
            "LimitExceeded.AddressQuotaLimitExceededDailyAllocate",
            "LimitExceeded.EniQuotaLimitExceeded",
            "LimitExceeded.PrivateIPQuotaLimitExceeded",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
            "UnsupportedOperation.AttachmentAlreadyExists",
            "UnsupportedOperation.InvalidState",
            "UnsupportedOperation.VpcMismatch",
        ],
    };
}

/// Unbinds ENI from CVM instance (`DetachNetworkInterface`).
///
/// This API is used to unbind an ENI from a CVM instance.
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
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.InvalidState`: The resource status is invalid.
///
/// Send it with `ecm_sdk::Client::detach_network_interface` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DetachNetworkInterfaceRequest {
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// Instance ID, such as ein-hcs7jkg4.
    ///
    /// Wire name `InstanceId`; required.
    pub instance_id: Option<String>,
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for DetachNetworkInterfaceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DetachNetworkInterfaceRequest")
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("InstanceId", &self.instance_id)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DetachNetworkInterfaceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DetachNetworkInterfaceRequest {
    const NAME: &'static str = "DetachNetworkInterfaceRequest";
    const FIELDS: &'static [&'static str] = &[
        "NetworkInterfaceId",
        "InstanceId",
        "EcmRegion",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterfaceId" => Some(0),
            "InstanceId" => Some(1),
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
            0 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DetachNetworkInterfaceRequest {
    /// Creates an empty `DetachNetworkInterfaceRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `InstanceId` (required).
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for DetachNetworkInterfaceRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("InstanceId", &self.instance_id)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `DetachNetworkInterface` (see [`DetachNetworkInterfaceRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DetachNetworkInterfaceResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DetachNetworkInterfaceResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DetachNetworkInterfaceResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DetachNetworkInterfaceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DetachNetworkInterfaceResponse {
    const NAME: &'static str = "DetachNetworkInterfaceResponse";
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

impl DetachNetworkInterfaceResponse {
    /// Creates an empty `DetachNetworkInterfaceResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DetachNetworkInterfaceRequest {
    type Output = DetachNetworkInterfaceResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DetachNetworkInterface",
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
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
            "UnsupportedOperation.InvalidState",
        ],
    };
}

/// Migrates ENI (`MigrateNetworkInterface`).
///
/// This API is used to migrate an ENI.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation.AttachmentNotFound`: The instance is not associated.
///
/// Send it with `ecm_sdk::Client::migrate_network_interface` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MigrateNetworkInterfaceRequest {
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// ID of the ECM instance bound to the ENI, such as ein-r8hr2upy.
    ///
    /// Wire name `SourceInstanceId`; required.
    pub source_instance_id: Option<String>,
    /// ID of the destination ECM instance to be migrated.
    ///
    /// Wire name `DestinationInstanceId`; required.
    pub destination_instance_id: Option<String>,
}

impl Serialize for MigrateNetworkInterfaceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "MigrateNetworkInterfaceRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("SourceInstanceId", &self.source_instance_id)
            .member("DestinationInstanceId", &self.destination_instance_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for MigrateNetworkInterfaceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for MigrateNetworkInterfaceRequest {
    const NAME: &'static str = "MigrateNetworkInterfaceRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "NetworkInterfaceId",
        "SourceInstanceId",
        "DestinationInstanceId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "NetworkInterfaceId" => Some(1),
            "SourceInstanceId" => Some(2),
            "DestinationInstanceId" => Some(3),
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
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.source_instance_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.destination_instance_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl MigrateNetworkInterfaceRequest {
    /// Creates an empty `MigrateNetworkInterfaceRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `SourceInstanceId` (required).
    pub fn source_instance_id(mut self, value: impl Into<String>) -> Self {
        self.source_instance_id = Some(value.into());
        self
    }

    /// Sets `DestinationInstanceId` (required).
    pub fn destination_instance_id(mut self, value: impl Into<String>) -> Self {
        self.destination_instance_id = Some(value.into());
        self
    }
}

impl Validate for MigrateNetworkInterfaceRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("SourceInstanceId", &self.source_instance_id)?;
        require("DestinationInstanceId", &self.destination_instance_id)?;
        Ok(())
    }
}

/// The response of `MigrateNetworkInterface` (see [`MigrateNetworkInterfaceRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MigrateNetworkInterfaceResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for MigrateNetworkInterfaceResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "MigrateNetworkInterfaceResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for MigrateNetworkInterfaceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for MigrateNetworkInterfaceResponse {
    const NAME: &'static str = "MigrateNetworkInterfaceResponse";
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

impl MigrateNetworkInterfaceResponse {
    /// Creates an empty `MigrateNetworkInterfaceResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for MigrateNetworkInterfaceRequest {
    type Output = MigrateNetworkInterfaceResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "MigrateNetworkInterface",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnsupportedOperation.AttachmentNotFound",
        ],
    };
}

/// Applies for private IP for ENI (`AssignPrivateIpAddresses`).
///
/// This API is used to apply for a private IP for an ENI.
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
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.Range`: The parameter value is not in the specified range.
/// - `LimitExceeded.PrivateIPQuotaLimitExceeded`: The number of private IPs exceeds the
///   limit.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceInsufficient`: Insufficient resource.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.InvalidState`: The resource status is invalid.
///
/// Send it with `ecm_sdk::Client::assign_private_ip_addresses` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssignPrivateIpAddressesRequest {
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// Information of the specified private IPs. You can specify up to 10 IPs at a time. You
    /// must provide either this parameter or SecondaryPrivateIpAddressCount, or both.
    ///
    /// Wire name `PrivateIpAddresses`; optional.
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// Number of private IP addresses applied for. You must provide either this parameter or
    /// PrivateIpAddresses, or both. The total number of private IP addresses cannot exceed the
    /// quota.
    ///
    /// Wire name `SecondaryPrivateIpAddressCount`; optional.
    pub secondary_private_ip_address_count: Option<i64>,
}

impl Serialize for AssignPrivateIpAddressesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssignPrivateIpAddressesRequest")
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("EcmRegion", &self.ecm_region)
            .member("PrivateIpAddresses", &self.private_ip_addresses)
            .member(
                "SecondaryPrivateIpAddressCount",
                &self.secondary_private_ip_address_count,
            )
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for AssignPrivateIpAddressesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for AssignPrivateIpAddressesRequest {
    const NAME: &'static str = "AssignPrivateIpAddressesRequest";
    const FIELDS: &'static [&'static str] = &[
        "NetworkInterfaceId",
        "EcmRegion",
        "PrivateIpAddresses",
        "SecondaryPrivateIpAddressCount",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterfaceId" => Some(0),
            "EcmRegion" => Some(1),
            "PrivateIpAddresses" => Some(2),
            "SecondaryPrivateIpAddressCount" => Some(3),
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
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.private_ip_addresses = map.next_value()?,
            3 => {
                self.secondary_private_ip_address_count = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl AssignPrivateIpAddressesRequest {
    /// Creates an empty `AssignPrivateIpAddressesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().collect());
        self
    }

    /// Sets `SecondaryPrivateIpAddressCount`.
    pub fn secondary_private_ip_address_count(mut self, value: i64) -> Self {
        self.secondary_private_ip_address_count = Some(value);
        self
    }
}

impl Validate for AssignPrivateIpAddressesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("EcmRegion", &self.ecm_region)?;
        validate_list("PrivateIpAddresses", &self.private_ip_addresses)?;
        Ok(())
    }
}

/// The response of `AssignPrivateIpAddresses` (see [`AssignPrivateIpAddressesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssignPrivateIpAddressesResponse {
    /// Private IP details.
    ///
    /// Wire name `PrivateIpAddressSet`; may be `null` (decoded as `None`).
    pub private_ip_address_set: Option<Vec<PrivateIpAddressSpecification>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AssignPrivateIpAddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssignPrivateIpAddressesResponse")
            .member("PrivateIpAddressSet", &self.private_ip_address_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for AssignPrivateIpAddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AssignPrivateIpAddressesResponse {
    const NAME: &'static str = "AssignPrivateIpAddressesResponse";
    const FIELDS: &'static [&'static str] = &["PrivateIpAddressSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PrivateIpAddressSet" => Some(0),
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
            0 => self.private_ip_address_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl AssignPrivateIpAddressesResponse {
    /// Creates an empty `AssignPrivateIpAddressesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PrivateIpAddressSet`.
    pub fn set_private_ip_address_set(
        mut self,
        value: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        self.private_ip_address_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl AssignPrivateIpAddressesResponse {
    /// `PrivateIpAddressSet` as a slice, empty when the response omits it (the field tells the
    /// two apart).
    pub fn private_ip_address_set(&self) -> &[PrivateIpAddressSpecification] {
        self.private_ip_address_set.as_deref().unwrap_or_default()
    }
}

impl Action for AssignPrivateIpAddressesRequest {
    type Output = AssignPrivateIpAddressesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "AssignPrivateIpAddresses",
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
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.Range",
            "LimitExceeded.PrivateIPQuotaLimitExceeded",
            "ResourceInUse",
            "ResourceInsufficient",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.InvalidState",
        ],
    };
}

/// Returns the private IPs of ENI (`RemovePrivateIpAddresses`).
///
/// This API is used to return the private IPs of an ENI.
///
/// To return the secondary private IPs of an ENI, the API will automatically unbind them
/// from the ENI. The primary private IP of the ENI cannot be returned.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
/// - `UnsupportedOperation.AttachmentNotFound`: The instance is not associated.
/// - `UnsupportedOperation.MutexOperationTaskRunning`: A task with a mutually exclusive
///   resource is being executed.
///
/// Send it with `ecm_sdk::Client::remove_private_ip_addresses` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RemovePrivateIpAddressesRequest {
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ENI instance ID, such as eni-11112222.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// Information of the specified private IPs. You can specify up to 10 IPs at a time.
    ///
    /// Wire name `PrivateIpAddresses`; required.
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
}

impl Serialize for RemovePrivateIpAddressesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RemovePrivateIpAddressesRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("PrivateIpAddresses", &self.private_ip_addresses)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for RemovePrivateIpAddressesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for RemovePrivateIpAddressesRequest {
    const NAME: &'static str = "RemovePrivateIpAddressesRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "NetworkInterfaceId",
        "PrivateIpAddresses",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "NetworkInterfaceId" => Some(1),
            "PrivateIpAddresses" => Some(2),
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
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.private_ip_addresses = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl RemovePrivateIpAddressesRequest {
    /// Creates an empty `RemovePrivateIpAddressesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddresses` (required).
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().collect());
        self
    }
}

impl Validate for RemovePrivateIpAddressesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("PrivateIpAddresses", &self.private_ip_addresses)?;
        validate_list("PrivateIpAddresses", &self.private_ip_addresses)?;
        Ok(())
    }
}

/// The response of `RemovePrivateIpAddresses` (see [`RemovePrivateIpAddressesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RemovePrivateIpAddressesResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RemovePrivateIpAddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RemovePrivateIpAddressesResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for RemovePrivateIpAddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RemovePrivateIpAddressesResponse {
    const NAME: &'static str = "RemovePrivateIpAddressesResponse";
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

impl RemovePrivateIpAddressesResponse {
    /// Creates an empty `RemovePrivateIpAddressesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for RemovePrivateIpAddressesRequest {
    type Output = RemovePrivateIpAddressesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "RemovePrivateIpAddresses",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
            "UnsupportedOperation.AttachmentNotFound",
            "UnsupportedOperation.MutexOperationTaskRunning",
        ],
    };
}

/// Migrates private IP from ENI (`MigratePrivateIpAddress`).
///
/// This API is used to migrate a private IP from an ENI.
///
/// It migrates a private IP from one ENI to another. Primary IPs cannot be migrated.
///
/// The source and destination ENIs must be in the same subnet.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InvalidParameter`: The parameter is incorrect.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
///
/// Send it with `ecm_sdk::Client::migrate_private_ip_address` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MigratePrivateIpAddressRequest {
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ID of the ENI instance bound to the private IP, such as eni-11112222.
    ///
    /// Wire name `SourceNetworkInterfaceId`; required.
    pub source_network_interface_id: Option<String>,
    /// ID of the destination ENI instance to be migrated.
    ///
    /// Wire name `DestinationNetworkInterfaceId`; required.
    pub destination_network_interface_id: Option<String>,
    /// Private IP address to be migrated, such as 10.0.0.6.
    ///
    /// Wire name `PrivateIpAddress`; required.
    pub private_ip_address: Option<String>,
}

impl Serialize for MigratePrivateIpAddressRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "MigratePrivateIpAddressRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("SourceNetworkInterfaceId", &self.source_network_interface_id)
            .member(
                "DestinationNetworkInterfaceId",
                &self.destination_network_interface_id,
            )
            .member("PrivateIpAddress", &self.private_ip_address)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for MigratePrivateIpAddressRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for MigratePrivateIpAddressRequest {
    const NAME: &'static str = "MigratePrivateIpAddressRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "SourceNetworkInterfaceId",
        "DestinationNetworkInterfaceId",
        "PrivateIpAddress",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "SourceNetworkInterfaceId" => Some(1),
            "DestinationNetworkInterfaceId" => Some(2),
            "PrivateIpAddress" => Some(3),
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
                self.source_network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.destination_network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.private_ip_address = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl MigratePrivateIpAddressRequest {
    /// Creates an empty `MigratePrivateIpAddressRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `SourceNetworkInterfaceId` (required).
    pub fn source_network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.source_network_interface_id = Some(value.into());
        self
    }

    /// Sets `DestinationNetworkInterfaceId` (required).
    pub fn destination_network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.destination_network_interface_id = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddress` (required).
    pub fn private_ip_address(mut self, value: impl Into<String>) -> Self {
        self.private_ip_address = Some(value.into());
        self
    }
}

impl Validate for MigratePrivateIpAddressRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("SourceNetworkInterfaceId", &self.source_network_interface_id)?;
        require(
            "DestinationNetworkInterfaceId",
            &self.destination_network_interface_id,
        )?;
        require("PrivateIpAddress", &self.private_ip_address)?;
        Ok(())
    }
}

/// The response of `MigratePrivateIpAddress` (see [`MigratePrivateIpAddressRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MigratePrivateIpAddressResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for MigratePrivateIpAddressResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "MigratePrivateIpAddressResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for MigratePrivateIpAddressResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for MigratePrivateIpAddressResponse {
    const NAME: &'static str = "MigratePrivateIpAddressResponse";
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

impl MigratePrivateIpAddressResponse {
    /// Creates an empty `MigratePrivateIpAddressResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for MigratePrivateIpAddressRequest {
    type Output = MigratePrivateIpAddressResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "MigratePrivateIpAddress",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
        ],
    };
}

/// Deletes ENI (`DeleteNetworkInterface`).
///
/// This API is used to delete an ENI.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `FailedOperation.InternalOperationFailure`: Internal error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter.InvalidDataFormat`: The data format is incorrect.
/// - `InvalidParameterValue`: The parameter value is incorrect.
/// - `InvalidParameterValue.InvalidPublicParam`: The common parameter is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter.MissingNetworkInterfaceParameter`: The request parameters required
///   for ENI operation configuration are missing.
/// - `ResourceInUse`: The resource is in use.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation`: Unsupported operation.
///
/// Send it with `ecm_sdk::Client::delete_network_interface` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteNetworkInterfaceRequest {
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// ECM region, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for DeleteNetworkInterfaceRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteNetworkInterfaceRequest")
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for DeleteNetworkInterfaceRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for DeleteNetworkInterfaceRequest {
    const NAME: &'static str = "DeleteNetworkInterfaceRequest";
    const FIELDS: &'static [&'static str] = &["NetworkInterfaceId", "EcmRegion"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterfaceId" => Some(0),
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
            0 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DeleteNetworkInterfaceRequest {
    /// Creates an empty `DeleteNetworkInterfaceRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for DeleteNetworkInterfaceRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `DeleteNetworkInterface` (see [`DeleteNetworkInterfaceRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DeleteNetworkInterfaceResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DeleteNetworkInterfaceResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DeleteNetworkInterfaceResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for DeleteNetworkInterfaceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DeleteNetworkInterfaceResponse {
    const NAME: &'static str = "DeleteNetworkInterfaceResponse";
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

impl DeleteNetworkInterfaceResponse {
    /// Creates an empty `DeleteNetworkInterfaceResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for DeleteNetworkInterfaceRequest {
    type Output = DeleteNetworkInterfaceResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "DeleteNetworkInterface",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InternalError",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidPublicParam",
            "InvalidParameterValue.Malformed",
            "MissingParameter.MissingNetworkInterfaceParameter",
            "ResourceInUse",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation",
        ],
    };
}

/// Releases IPv6 address (`ReleaseIpv6Addresses`).
///
/// This API is used to release the IPv6 addresses of an ENI.
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
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter.MissingModuleParameter`: The module operation parameters are
///   incomplete.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation.AttachmentNotFound`: The instance is not associated.
///
/// Send it with `ecm_sdk::Client::release_ipv6_addresses` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleaseIpv6AddressesRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// List of the specified IPv6 addresses. You can specify up to 10 IPv6 addresses at a time.
    ///
    /// Wire name `Ipv6Addresses`; required.
    pub ipv6_addresses: Option<Vec<Ipv6Address>>,
}

impl Serialize for ReleaseIpv6AddressesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReleaseIpv6AddressesRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("Ipv6Addresses", &self.ipv6_addresses)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ReleaseIpv6AddressesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ReleaseIpv6AddressesRequest {
    const NAME: &'static str = "ReleaseIpv6AddressesRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "NetworkInterfaceId",
        "Ipv6Addresses",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "NetworkInterfaceId" => Some(1),
            "Ipv6Addresses" => Some(2),
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
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.ipv6_addresses = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ReleaseIpv6AddressesRequest {
    /// Creates an empty `ReleaseIpv6AddressesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `Ipv6Addresses` (required).
    pub fn ipv6_addresses(
        mut self,
        value: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        self.ipv6_addresses = Some(value.into_iter().collect());
        self
    }
}

impl Validate for ReleaseIpv6AddressesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("Ipv6Addresses", &self.ipv6_addresses)?;
        validate_list("Ipv6Addresses", &self.ipv6_addresses)?;
        Ok(())
    }
}

/// The response of `ReleaseIpv6Addresses` (see [`ReleaseIpv6AddressesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ReleaseIpv6AddressesResponse {
    /// Task ID. You can use the DescribeTaskResult API to query the task status
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<i64>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ReleaseIpv6AddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ReleaseIpv6AddressesResponse")
            .member("TaskId", &self.task_id)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ReleaseIpv6AddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ReleaseIpv6AddressesResponse {
    const NAME: &'static str = "ReleaseIpv6AddressesResponse";
    const FIELDS: &'static [&'static str] = &["TaskId", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
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
            0 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ReleaseIpv6AddressesResponse {
    /// Creates an empty `ReleaseIpv6AddressesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn set_task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ReleaseIpv6AddressesRequest {
    type Output = ReleaseIpv6AddressesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ReleaseIpv6Addresses",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.Malformed",
            "MissingParameter.MissingModuleParameter",
            "ResourceNotFound",
            "UnsupportedOperation.AttachmentNotFound",
        ],
    };
}

/// Modifies the IPv6 address attributes of ENI (`ModifyIpv6AddressesAttribute`).
///
/// This API is used to modify the IPv6 address attributes of an ENI.
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
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `MissingParameter`: The parameter is missing.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnsupportedOperation.AttachmentNotFound`: The instance is not associated.
///
/// Send it with `ecm_sdk::Client::modify_ipv6_addresses_attribute` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyIpv6AddressesAttributeRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// Information of the specified IPv6 addresses.
    ///
    /// Wire name `Ipv6Addresses`; required.
    pub ipv6_addresses: Option<Vec<Ipv6Address>>,
}

impl Serialize for ModifyIpv6AddressesAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyIpv6AddressesAttributeRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("Ipv6Addresses", &self.ipv6_addresses)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyIpv6AddressesAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyIpv6AddressesAttributeRequest {
    const NAME: &'static str = "ModifyIpv6AddressesAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "NetworkInterfaceId",
        "Ipv6Addresses",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "NetworkInterfaceId" => Some(1),
            "Ipv6Addresses" => Some(2),
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
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.ipv6_addresses = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyIpv6AddressesAttributeRequest {
    /// Creates an empty `ModifyIpv6AddressesAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `Ipv6Addresses` (required).
    pub fn ipv6_addresses(
        mut self,
        value: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        self.ipv6_addresses = Some(value.into_iter().collect());
        self
    }
}

impl Validate for ModifyIpv6AddressesAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("Ipv6Addresses", &self.ipv6_addresses)?;
        validate_list("Ipv6Addresses", &self.ipv6_addresses)?;
        Ok(())
    }
}

/// The response of `ModifyIpv6AddressesAttribute` (see
/// [`ModifyIpv6AddressesAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyIpv6AddressesAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyIpv6AddressesAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyIpv6AddressesAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyIpv6AddressesAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyIpv6AddressesAttributeResponse {
    const NAME: &'static str = "ModifyIpv6AddressesAttributeResponse";
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

impl ModifyIpv6AddressesAttributeResponse {
    /// Creates an empty `ModifyIpv6AddressesAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyIpv6AddressesAttributeRequest {
    type Output = ModifyIpv6AddressesAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyIpv6AddressesAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.Malformed",
            "MissingParameter",
            "ResourceNotFound",
            "UnsupportedOperation.AttachmentNotFound",
        ],
    };
}

/// Assigns IPv6 address (`AssignIpv6Addresses`).
///
/// This API is used to apply for an IPv6 address for an ENI.
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
/// - `InvalidParameterValue.InvalidEcmRegion`: The region parameter is invalid.
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `InvalidParameterValue.NodeNotSupportIPv6`: The node does not support IPv6.
/// - `InvalidParameterValue.SubnetConflict`: The specified CIDR block conflicts with
///   another subnet in the same VPC.
/// - `InvalidParameterValue.UnsupportedRegion`: The region is not supported.
/// - `InvalidParameterValue.UserNotSupportIPv6`: IPv6 is not supported.
/// - `LimitExceeded.AddressQuotaLimitExceeded`: The number applied for exceeds the limit.
/// - `LimitExceeded.CidrBlock`: Exceeded the upper limit of the assigned IPv6 IP ranges.
/// - `ResourceInsufficient`: Insufficient resource.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.InvalidState`: The resource status is invalid.
///
/// Send it with `ecm_sdk::Client::assign_ipv6_addresses` or `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssignIpv6AddressesRequest {
    /// ECM region
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
    /// ENI instance ID, such as eni-1snva0vd. Currently, only the primary ENI will be assigned
    /// the ID.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// List of specified IPv6 addresses. You can specify up to 10 IPv6 addresses at a time. The
    /// quota is calculated together with that of Ipv6AddressCount, a required input parameter
    /// alternative to this one.
    ///
    /// Wire name `Ipv6Addresses`; optional.
    pub ipv6_addresses: Option<Vec<Ipv6Address>>,
    /// Number of automatically assigned IPv6 addresses. The total number of private IP
    /// addresses cannot exceed the quota. The quota is calculated together with that of
    /// Ipv6Addresses, a required input parameter alternative to this one.
    ///
    /// Wire name `Ipv6AddressCount`; optional.
    pub ipv6_address_count: Option<i64>,
    /// Ipv6 ISP. Valid values:
    ///
    /// CTCC: China Telecom
    ///
    /// CUCC: China Unicom
    ///
    /// CMCC: China Mobile
    ///
    /// Wire name `Ipv6ISP`; optional.
    pub ipv6_isp: Option<Ipv6Isp>,
}

impl Serialize for AssignIpv6AddressesRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssignIpv6AddressesRequest")
            .member("EcmRegion", &self.ecm_region)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("Ipv6Addresses", &self.ipv6_addresses)
            .member("Ipv6AddressCount", &self.ipv6_address_count)
            .member("Ipv6ISP", &self.ipv6_isp)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for AssignIpv6AddressesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for AssignIpv6AddressesRequest {
    const NAME: &'static str = "AssignIpv6AddressesRequest";
    const FIELDS: &'static [&'static str] = &[
        "EcmRegion",
        "NetworkInterfaceId",
        "Ipv6Addresses",
        "Ipv6AddressCount",
        "Ipv6ISP",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "EcmRegion" => Some(0),
            "NetworkInterfaceId" => Some(1),
            "Ipv6Addresses" => Some(2),
            "Ipv6AddressCount" => Some(3),
            "Ipv6ISP" => Some(4),
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
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.ipv6_addresses = map.next_value()?,
            3 => {
                self.ipv6_address_count = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.ipv6_isp = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl AssignIpv6AddressesRequest {
    /// Creates an empty `AssignIpv6AddressesRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `Ipv6Addresses`.
    pub fn ipv6_addresses(
        mut self,
        value: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        self.ipv6_addresses = Some(value.into_iter().collect());
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i64) -> Self {
        self.ipv6_address_count = Some(value);
        self
    }

    /// Sets `Ipv6ISP`.
    pub fn ipv6_isp(mut self, value: impl Into<Ipv6Isp>) -> Self {
        self.ipv6_isp = Some(value.into());
        self
    }
}

impl Validate for AssignIpv6AddressesRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("EcmRegion", &self.ecm_region)?;
        require("NetworkInterfaceId", &self.network_interface_id)?;
        validate_list("Ipv6Addresses", &self.ipv6_addresses)?;
        Ok(())
    }
}

/// The response of `AssignIpv6Addresses` (see [`AssignIpv6AddressesRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssignIpv6AddressesResponse {
    /// List of IPv6 addresses assigned to ENIs.
    ///
    /// Wire name `Ipv6AddressSet`.
    pub ipv6_address_set: Option<Vec<Ipv6Address>>,
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AssignIpv6AddressesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssignIpv6AddressesResponse")
            .member("Ipv6AddressSet", &self.ipv6_address_set)
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for AssignIpv6AddressesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AssignIpv6AddressesResponse {
    const NAME: &'static str = "AssignIpv6AddressesResponse";
    const FIELDS: &'static [&'static str] = &["Ipv6AddressSet", "RequestId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Ipv6AddressSet" => Some(0),
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
            0 => self.ipv6_address_set = map.next_value()?,
            1 => self.request_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl AssignIpv6AddressesResponse {
    /// Creates an empty `AssignIpv6AddressesResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Ipv6AddressSet`.
    pub fn set_ipv6_address_set(
        mut self,
        value: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        self.ipv6_address_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl AssignIpv6AddressesResponse {
    /// `Ipv6AddressSet` as a slice, empty when the response omits it (the field tells the two
    /// apart).
    pub fn ipv6_address_set(&self) -> &[Ipv6Address] {
        self.ipv6_address_set.as_deref().unwrap_or_default()
    }
}

impl Action for AssignIpv6AddressesRequest {
    type Output = AssignIpv6AddressesResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "AssignIpv6Addresses",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "FailedOperation.InternalOperationFailure",
            "InvalidParameter.InvalidDataFormat",
            "InvalidParameterValue",
            "InvalidParameterValue.InvalidEcmRegion",
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "InvalidParameterValue.NodeNotSupportIPv6",
            "InvalidParameterValue.SubnetConflict",
            "InvalidParameterValue.UnsupportedRegion",
            "InvalidParameterValue.UserNotSupportIPv6",
            "LimitExceeded.AddressQuotaLimitExceeded",
            "LimitExceeded.CidrBlock",
            "ResourceInsufficient",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.InvalidState",
        ],
    };
}

/// Modifies the private IP information of ENI (`ModifyPrivateIpAddressesAttribute`).
///
/// This API is used to modify the private IP attributes of an ENI.
///
/// - Rate limit: 20 requests per second.
/// - Region: not required (the common `Region` parameter may be omitted).
/// - Not read-only: it changes resources.
///
/// Error codes the documentation lists for this action:
///
/// - `InvalidParameterValue.InvalidRegion`: The ECM region is invalid.
/// - `InvalidParameterValue.Malformed`: The input parameter format is invalid.
/// - `ResourceNotFound`: The resource does not exist.
/// - `UnauthorizedOperation.ForbiddenOperation`: You don't have the permission to perform
///   this operation.
/// - `UnsupportedOperation.InvalidState`: The resource status is invalid.
///
/// Send it with `ecm_sdk::Client::modify_private_ip_addresses_attribute` or
/// `ecm_sdk::Client::send`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyPrivateIpAddressesAttributeRequest {
    /// ENI instance ID, such as eni-m6dyj72l.
    ///
    /// Wire name `NetworkInterfaceId`; required.
    pub network_interface_id: Option<String>,
    /// Information of the specified private IP addresses.
    ///
    /// Wire name `PrivateIpAddresses`; required.
    pub private_ip_addresses: Option<Vec<PrivateIpAddressSpecification>>,
    /// Region information of the ECM node, such as ap-xian-ecm.
    ///
    /// Wire name `EcmRegion`; required.
    pub ecm_region: Option<String>,
}

impl Serialize for ModifyPrivateIpAddressesAttributeRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyPrivateIpAddressesAttributeRequest")
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("PrivateIpAddresses", &self.private_ip_addresses)
            .member("EcmRegion", &self.ecm_region)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ModifyPrivateIpAddressesAttributeRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ModifyPrivateIpAddressesAttributeRequest {
    const NAME: &'static str = "ModifyPrivateIpAddressesAttributeRequest";
    const FIELDS: &'static [&'static str] = &[
        "NetworkInterfaceId",
        "PrivateIpAddresses",
        "EcmRegion",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterfaceId" => Some(0),
            "PrivateIpAddresses" => Some(1),
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
            0 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.private_ip_addresses = map.next_value()?,
            2 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModifyPrivateIpAddressesAttributeRequest {
    /// Creates an empty `ModifyPrivateIpAddressesAttributeRequest`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterfaceId` (required).
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddresses` (required).
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().collect());
        self
    }

    /// Sets `EcmRegion` (required).
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }
}

impl Validate for ModifyPrivateIpAddressesAttributeRequest {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("NetworkInterfaceId", &self.network_interface_id)?;
        require("PrivateIpAddresses", &self.private_ip_addresses)?;
        validate_list("PrivateIpAddresses", &self.private_ip_addresses)?;
        require("EcmRegion", &self.ecm_region)?;
        Ok(())
    }
}

/// The response of `ModifyPrivateIpAddressesAttribute` (see
/// [`ModifyPrivateIpAddressesAttributeRequest`]).
///
/// Decoding is tolerant: a missing field, a `null` or an unknown extra field never fails.
/// With the `test-util` feature it also implements `Serialize`, so that a test double can
/// answer with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModifyPrivateIpAddressesAttributeResponse {
    /// The unique ID of the request, returned with every response; quote it when
    /// reporting a problem.
    ///
    /// Wire name `RequestId`.
    pub request_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModifyPrivateIpAddressesAttributeResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModifyPrivateIpAddressesAttributeResponse")
            .member("RequestId", &self.request_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModifyPrivateIpAddressesAttributeResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModifyPrivateIpAddressesAttributeResponse {
    const NAME: &'static str = "ModifyPrivateIpAddressesAttributeResponse";
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

impl ModifyPrivateIpAddressesAttributeResponse {
    /// Creates an empty `ModifyPrivateIpAddressesAttributeResponse` (e.g. a test's answer); set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RequestId`.
    pub fn set_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

impl Action for ModifyPrivateIpAddressesAttributeRequest {
    type Output = ModifyPrivateIpAddressesAttributeResponse;
    const META: &'static ActionMeta = &ActionMeta {
        name: "ModifyPrivateIpAddressesAttribute",
        service: &SERVICE,
        rate_limit_per_second: 20,
        read_only: false,
        region: RegionRequirement::NotRequired,
        error_codes: &[
            "InvalidParameterValue.InvalidRegion",
            "InvalidParameterValue.Malformed",
            "ResourceNotFound",
            "UnauthorizedOperation.ForbiddenOperation",
            "UnsupportedOperation.InvalidState",
        ],
    };
}
