// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The data structures of the ECM API (the documentation's "Data Types" chapter).
//!
//! Requests and responses in [`actions`](crate::actions) are built from these. Every member
//! is an `Option`, required members too, because a structure may serve requests (where
//! [`Validate`](crate::action::Validate) refuses to send a request whose required member is
//! `None`, naming its wire path) and tolerant response decoding (a missing member, a `null`
//! or an unknown extra member never fails). Scalar members also decode from lossless
//! alternative JSON forms (`"490001"` for an `Integer`; see the conventions in
//! [`actions`](crate::actions)).
//!
//! Each structure implements what the requests and responses that contain it need, as its
//! documentation says: one only requests contain implements `Serialize` and `Validate`, one
//! only responses contain implements `Deserialize`, one both contain implements all three.
//! The other direction, for test doubles, comes with the `test-util` feature.
//!
//! Build one with `new()` and the chainable setters, e.g. `Filter::new().name(…)`.
//!
//! Names follow the crate's naming rule (see [`actions`](crate::actions)): an acronym is
//! one word (`ZoneInstanceCountISP` → `ZoneInstanceCountIsp`); a renamed structure keeps
//! its documented name as a search alias.

use serde::{Deserialize, Serialize};
use crate::action::{MissingRequiredParameter, Validate, require, validate_list};

/// Describes a key-value pair filter.
///
/// Used by `DescribeInstances`, `DescribeNode`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Filter {
    /// Field to be filtered.
    ///
    /// Wire name `Name`; required.
    pub name: Option<String>,
    /// Filter value of the field.
    ///
    /// Wire name `Values`; required.
    pub values: Option<Vec<String>>,
}

impl Serialize for Filter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Filter")
            .member("Name", &self.name)
            .member("Values", &self.values)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for Filter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for Filter {
    const NAME: &'static str = "Filter";
    const FIELDS: &'static [&'static str] = &["Name", "Values"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Name" => Some(0),
            "Values" => Some(1),
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
            0 => self.name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.values = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Filter {
    /// Creates an empty `Filter`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Name` (required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `Values` (required).
    pub fn values(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.values = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

impl Validate for Filter {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Name", &self.name)?;
        require("Values", &self.values)?;
        Ok(())
    }
}

/// ISP information.
///
/// Used by `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
///
/// Documented as `ISP`.
#[doc(alias = "ISP")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Isp {
    /// ISP ID.
    ///
    /// Wire name `ISP`.
    pub isp: Option<String>,
    /// ISP name.
    ///
    /// Wire name `ISPName`; may be `null` (decoded as `None`).
    pub isp_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Isp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Isp")
            .member("ISP", &self.isp)
            .member("ISPName", &self.isp_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for Isp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Isp {
    const NAME: &'static str = "Isp";
    const FIELDS: &'static [&'static str] = &["ISP", "ISPName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ISP" => Some(0),
            "ISPName" => Some(1),
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
            0 => self.isp = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.isp_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Isp {
    /// Creates an empty `Isp`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ISP`.
    pub fn isp(mut self, value: impl Into<String>) -> Self {
        self.isp = Some(value.into());
        self
    }

    /// Sets `ISPName`.
    pub fn isp_name(mut self, value: impl Into<String>) -> Self {
        self.isp_name = Some(value.into());
        self
    }
}

/// Instance details.
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Instance {
    /// Instance ID.
    ///
    /// Wire name `InstanceId`.
    pub instance_id: Option<String>,
    /// Private IPs.
    ///
    /// Wire name `PrivateIPAddresses`; may be `null` (decoded as `None`).
    pub private_ip_addresses: Option<Vec<String>>,
    /// Node of the instance.
    ///
    /// Wire name `Node`.
    pub node: Option<Node>,
    /// System disk of the instance.
    ///
    /// Wire name `SystemDisk`.
    pub system_disk: Option<SystemDisk>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Instance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Instance")
            .member("InstanceId", &self.instance_id)
            .member("PrivateIPAddresses", &self.private_ip_addresses)
            .member("Node", &self.node)
            .member("SystemDisk", &self.system_disk)
            .end()
    }
}

impl<'de> Deserialize<'de> for Instance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Instance {
    const NAME: &'static str = "Instance";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "PrivateIPAddresses",
        "Node",
        "SystemDisk",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceId" => Some(0),
            "PrivateIPAddresses" => Some(1),
            "Node" => Some(2),
            "SystemDisk" => Some(3),
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
            0 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.private_ip_addresses = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.node = map.next_value()?,
            3 => self.system_disk = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl Instance {
    /// Creates an empty `Instance`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `PrivateIPAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Node`.
    pub fn node(mut self, value: Node) -> Self {
        self.node = Some(value);
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: SystemDisk) -> Self {
        self.system_disk = Some(value);
        self
    }
}

/// Node information.
///
/// Used by `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Node {
    /// Zone information.
    ///
    /// Wire name `ZoneInfo`.
    pub zone_info: Option<ZoneInfo>,
    /// ISPs of the node.
    ///
    /// Wire name `ISPSet`; may be `null` (decoded as `None`).
    pub isp_set: Option<Vec<Isp>>,
    /// Number of ISPs.
    ///
    /// Wire name `ISPNum`.
    pub isp_num: Option<i64>,
    /// Creation time.
    ///
    /// Wire name `CreatedTime`; an ISO 8601 timestamp string such as
    /// `2020-09-22T00:00:00+00:00`.
    pub created_time: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Node {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Node")
            .member("ZoneInfo", &self.zone_info)
            .member("ISPSet", &self.isp_set)
            .member("ISPNum", &self.isp_num)
            .member("CreatedTime", &self.created_time)
            .end()
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Node {
    const NAME: &'static str = "Node";
    const FIELDS: &'static [&'static str] = &[
        "ZoneInfo",
        "ISPSet",
        "ISPNum",
        "CreatedTime",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneInfo" => Some(0),
            "ISPSet" => Some(1),
            "ISPNum" => Some(2),
            "CreatedTime" => Some(3),
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
            0 => self.zone_info = map.next_value()?,
            1 => self.isp_set = map.next_value()?,
            2 => self.isp_num = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Node {
    /// Creates an empty `Node`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ZoneInfo`.
    pub fn zone_info(mut self, value: ZoneInfo) -> Self {
        self.zone_info = Some(value);
        self
    }

    /// Sets `ISPSet`.
    pub fn isp_set(mut self, value: impl IntoIterator<Item = Isp>) -> Self {
        self.isp_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `ISPNum`.
    pub fn isp_num(mut self, value: i64) -> Self {
        self.isp_num = Some(value);
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }
}

/// Security group policy.
///
/// Used by `CreateSecurityGroupPolicies`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SecurityGroupPolicy {
    /// Index of the policy.
    ///
    /// Wire name `PolicyIndex`; optional.
    pub policy_index: Option<i64>,
    /// Policy type: \`ACCEPT\` or \`DROP\`.
    ///
    /// Wire name `Type`; required.
    pub r#type: Option<String>,
    /// Matching rule_name\_ (see \*docs\*).
    ///
    /// Wire name `Match`; optional.
    pub r#match: Option<String>,
    /// Weight.
    ///
    /// Wire name `Weight`; optional.
    pub weight: Option<f64>,
}

impl Serialize for SecurityGroupPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SecurityGroupPolicy")
            .member("PolicyIndex", &self.policy_index)
            .member("Type", &self.r#type)
            .member("Match", &self.r#match)
            .member("Weight", &self.weight)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for SecurityGroupPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for SecurityGroupPolicy {
    const NAME: &'static str = "SecurityGroupPolicy";
    const FIELDS: &'static [&'static str] = &["PolicyIndex", "Type", "Match", "Weight"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PolicyIndex" => Some(0),
            "Type" => Some(1),
            "Match" => Some(2),
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
            0 => self.policy_index = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.r#type = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.r#match = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.weight = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl SecurityGroupPolicy {
    /// Creates an empty `SecurityGroupPolicy`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PolicyIndex`.
    pub fn policy_index(mut self, value: i64) -> Self {
        self.policy_index = Some(value);
        self
    }

    /// Sets `Type` (required).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `Match`.
    pub fn r#match(mut self, value: impl Into<String>) -> Self {
        self.r#match = Some(value.into());
        self
    }

    /// Sets `Weight`.
    pub fn weight(mut self, value: f64) -> Self {
        self.weight = Some(value);
        self
    }
}

impl Validate for SecurityGroupPolicy {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Type", &self.r#type)?;
        Ok(())
    }
}

/// Security group policy set.
///
/// Used by `CreateSecurityGroupPolicies`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SecurityGroupPolicySet {
    /// Version of the policy set.
    ///
    /// Wire name `Version`; optional.
    pub version: Option<String>,
    /// Outbound policies.
    ///
    /// Wire name `Egress`; optional.
    pub egress: Option<Vec<SecurityGroupPolicy>>,
    /// Inbound policies.
    ///
    /// Wire name `Ingress`; optional.
    pub ingress: Option<Vec<SecurityGroupPolicy>>,
}

impl Serialize for SecurityGroupPolicySet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SecurityGroupPolicySet")
            .member("Version", &self.version)
            .member("Egress", &self.egress)
            .member("Ingress", &self.ingress)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for SecurityGroupPolicySet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for SecurityGroupPolicySet {
    const NAME: &'static str = "SecurityGroupPolicySet";
    const FIELDS: &'static [&'static str] = &["Version", "Egress", "Ingress"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Version" => Some(0),
            "Egress" => Some(1),
            "Ingress" => Some(2),
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
            0 => self.version = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.egress = map.next_value()?,
            2 => self.ingress = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl SecurityGroupPolicySet {
    /// Creates an empty `SecurityGroupPolicySet`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }

    /// Sets `Egress`.
    pub fn egress(
        mut self,
        value: impl IntoIterator<Item = SecurityGroupPolicy>,
    ) -> Self {
        self.egress = Some(value.into_iter().collect());
        self
    }

    /// Sets `Ingress`.
    pub fn ingress(
        mut self,
        value: impl IntoIterator<Item = SecurityGroupPolicy>,
    ) -> Self {
        self.ingress = Some(value.into_iter().collect());
        self
    }
}

impl Validate for SecurityGroupPolicySet {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Egress", &self.egress)?;
        validate_list("Ingress", &self.ingress)?;
        Ok(())
    }
}

/// Subnet object.
///
/// Used by `DescribeSubnets`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Subnet {
    /// Subnet ID.
    ///
    /// Wire name `SubnetId`.
    pub subnet_id: Option<String>,
    /// VPC ID.
    ///
    /// Wire name `VPCId`.
    pub vpc_id: Option<String>,
    /// IPv6 CIDR block.
    ///
    /// Wire name `IPv6CidrBlock`; may be `null` (decoded as `None`).
    pub ipv6_cidr_block: Option<String>,
    /// Whether it is the default subnet.
    ///
    /// Wire name `IsDefault`.
    pub is_default: Option<bool>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Subnet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Subnet")
            .member("SubnetId", &self.subnet_id)
            .member("VPCId", &self.vpc_id)
            .member("IPv6CidrBlock", &self.ipv6_cidr_block)
            .member("IsDefault", &self.is_default)
            .end()
    }
}

impl<'de> Deserialize<'de> for Subnet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Subnet {
    const NAME: &'static str = "Subnet";
    const FIELDS: &'static [&'static str] = &[
        "SubnetId",
        "VPCId",
        "IPv6CidrBlock",
        "IsDefault",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SubnetId" => Some(0),
            "VPCId" => Some(1),
            "IPv6CidrBlock" => Some(2),
            "IsDefault" => Some(3),
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
            1 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.ipv6_cidr_block = map.next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.is_default = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Subnet {
    /// Creates an empty `Subnet`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `VPCId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `IPv6CidrBlock`.
    pub fn ipv6_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.ipv6_cidr_block = Some(value.into());
        self
    }

    /// Sets `IsDefault`.
    pub fn is_default(mut self, value: bool) -> Self {
        self.is_default = Some(value);
        self
    }
}

/// System disk information.
///
/// Used by `RunInstances`, `DescribeInstances`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SystemDisk {
    /// System disk type.
    ///
    /// Wire name `DiskType`; optional.
    pub disk_type: Option<String>,
    /// System disk size in GB.
    ///
    /// Wire name `DiskSize`; required.
    pub disk_size: Option<i64>,
}

impl Serialize for SystemDisk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SystemDisk")
            .member("DiskType", &self.disk_type)
            .member("DiskSize", &self.disk_size)
            .end()
    }
}

impl<'de> Deserialize<'de> for SystemDisk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SystemDisk {
    const NAME: &'static str = "SystemDisk";
    const FIELDS: &'static [&'static str] = &["DiskType", "DiskSize"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "DiskType" => Some(0),
            "DiskSize" => Some(1),
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
            0 => self.disk_type = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.disk_size = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl SystemDisk {
    /// Creates an empty `SystemDisk`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `DiskType`.
    pub fn disk_type(mut self, value: impl Into<String>) -> Self {
        self.disk_type = Some(value.into());
        self
    }

    /// Sets `DiskSize` (required).
    pub fn disk_size(mut self, value: i64) -> Self {
        self.disk_size = Some(value);
        self
    }
}

impl Validate for SystemDisk {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("DiskSize", &self.disk_size)?;
        Ok(())
    }
}

/// Zone information.
///
/// Used by `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZoneInfo {
    /// Zone name.
    ///
    /// Wire name `Zone`.
    pub zone: Option<String>,
    /// Zone description.
    ///
    /// Wire name `ZoneName`.
    pub zone_name: Option<String>,
    /// Zone ID.
    ///
    /// Wire name `ZoneId`.
    pub zone_id: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ZoneInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ZoneInfo")
            .member("Zone", &self.zone)
            .member("ZoneName", &self.zone_name)
            .member("ZoneId", &self.zone_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ZoneInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ZoneInfo {
    const NAME: &'static str = "ZoneInfo";
    const FIELDS: &'static [&'static str] = &["Zone", "ZoneName", "ZoneId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Zone" => Some(0),
            "ZoneName" => Some(1),
            "ZoneId" => Some(2),
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
            0 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.zone_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.zone_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ZoneInfo {
    /// Creates an empty `ZoneInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Zone`.
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }

    /// Sets `ZoneName`.
    pub fn zone_name(mut self, value: impl Into<String>) -> Self {
        self.zone_name = Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: i64) -> Self {
        self.zone_id = Some(value);
        self
    }
}

/// Zone, instance count and ISP.
///
/// Used by `RunInstances`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
///
/// Documented as `ZoneInstanceCountISP`.
#[doc(alias = "ZoneInstanceCountISP")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZoneInstanceCountIsp {
    /// Zone to create instances in.
    ///
    /// Wire name `Zone`; required.
    pub zone: Option<String>,
    /// Number of instances.
    ///
    /// Wire name `InstanceCount`; required.
    pub instance_count: Option<i64>,
    /// ISP: CTCC, CUCC or CMCC.
    ///
    /// Wire name `ISP`; required.
    pub isp: Option<String>,
    /// VPC ID.
    ///
    /// Wire name `VPCId`; optional.
    pub vpc_id: Option<String>,
    /// Number of IPv6 addresses.
    ///
    /// Wire name `Ipv6AddressCount`; optional.
    pub ipv6_address_count: Option<i64>,
}

impl Serialize for ZoneInstanceCountIsp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ZoneInstanceCountIsp")
            .member("Zone", &self.zone)
            .member("InstanceCount", &self.instance_count)
            .member("ISP", &self.isp)
            .member("VPCId", &self.vpc_id)
            .member("Ipv6AddressCount", &self.ipv6_address_count)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for ZoneInstanceCountIsp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for ZoneInstanceCountIsp {
    const NAME: &'static str = "ZoneInstanceCountIsp";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "InstanceCount",
        "ISP",
        "VPCId",
        "Ipv6AddressCount",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Zone" => Some(0),
            "InstanceCount" => Some(1),
            "ISP" => Some(2),
            "VPCId" => Some(3),
            "Ipv6AddressCount" => Some(4),
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
            0 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.instance_count = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.isp = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.ipv6_address_count = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ZoneInstanceCountIsp {
    /// Creates an empty `ZoneInstanceCountIsp`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Zone` (required).
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }

    /// Sets `InstanceCount` (required).
    pub fn instance_count(mut self, value: i64) -> Self {
        self.instance_count = Some(value);
        self
    }

    /// Sets `ISP` (required).
    pub fn isp(mut self, value: impl Into<String>) -> Self {
        self.isp = Some(value.into());
        self
    }

    /// Sets `VPCId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i64) -> Self {
        self.ipv6_address_count = Some(value);
        self
    }
}

impl Validate for ZoneInstanceCountIsp {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Zone", &self.zone)?;
        require("InstanceCount", &self.instance_count)?;
        require("ISP", &self.isp)?;
        Ok(())
    }
}
