// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
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
//! Build one with `new()` and the chainable setters, e.g. `Address::new().address_id(…)`.
//!
//! Names follow the crate's naming rule (see [`actions`](crate::actions)): an acronym is
//! one word (`ZoneInstanceCountISP` → `ZoneInstanceCountIsp`); a renamed structure keeps
//! its documented name as a search alias.

use serde::{Deserialize, Serialize};
use crate::action::{
    MissingRequiredParameter, Validate, require, validate_list, validate_nested,
};

/// EIP information
///
/// Used by `DescribeAddresses`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Address {
    /// Unique EIP ID.
    ///
    /// Wire name `AddressId`.
    pub address_id: Option<String>,
    /// EIP name.
    ///
    /// Wire name `AddressName`.
    pub address_name: Option<String>,
    /// EIP status, including 'CREATING' (creating), 'BINDING' (binding), 'BIND' (bound),
    /// 'UNBINDING' (unbinding), 'UNBIND' (unbound), 'OFFLINING' (releasing), and 'BIND_ENI'
    /// (binding dangling ENI)
    ///
    /// Wire name `AddressStatus`.
    pub address_status: Option<AddressStatus>,
    /// Public IP address
    ///
    /// Wire name `AddressIp`.
    pub address_ip: Option<String>,
    /// ID of the bound resource instance.
    ///
    /// Wire name `InstanceId`; may be `null` (decoded as `None`).
    pub instance_id: Option<String>,
    /// Creation time in ISO 8601 format (YYYY-MM-DDTHH:mm:ss.sssZ)
    ///
    /// Wire name `CreatedTime`.
    pub created_time: Option<String>,
    /// ID of the bound ENI
    ///
    /// Wire name `NetworkInterfaceId`; may be `null` (decoded as `None`).
    pub network_interface_id: Option<String>,
    /// Private IP of the bound resource
    ///
    /// Wire name `PrivateAddressIp`; may be `null` (decoded as `None`).
    pub private_address_ip: Option<String>,
    /// Isolation status of the resource. true: isolated; false: not isolated.
    ///
    /// Wire name `IsArrears`.
    pub is_arrears: Option<bool>,
    /// Blockage status of the EIP resource. true: blocked; false: not blocked
    ///
    /// Wire name `IsBlocked`.
    pub is_blocked: Option<bool>,
    /// Whether the EIP supports direct access mode. true: yes; false: no.
    ///
    /// Wire name `IsEipDirectConnection`.
    pub is_eip_direct_connection: Option<bool>,
    /// Resource type of the EIP, including CalcIP (device IP), WanIP (general public IP), EIP
    /// (elastic IP), and AnycastEip (accelerated EIP).
    ///
    /// Wire name `AddressType`.
    pub address_type: Option<String>,
    /// Whether the EIP is automatically released after being unbound. true: yes; false: no
    ///
    /// Wire name `CascadeRelease`.
    pub cascade_release: Option<bool>,
    /// ISP. CTCC: China Telecom; CUCC: China Unicom; CMCC: China Mobile
    ///
    /// Wire name `InternetServiceProvider`; may be `null` (decoded as `None`).
    pub internet_service_provider: Option<AddressInternetServiceProvider>,
    /// Bandwidth cap
    ///
    /// Wire name `Bandwidth`; may be `null` (decoded as `None`).
    pub bandwidth: Option<i64>,
    /// Billing mode
    ///
    /// Wire name `PayMode`; may be `null` (decoded as `None`).
    pub pay_mode: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Address {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Address")
            .member("AddressId", &self.address_id)
            .member("AddressName", &self.address_name)
            .member("AddressStatus", &self.address_status)
            .member("AddressIp", &self.address_ip)
            .member("InstanceId", &self.instance_id)
            .member("CreatedTime", &self.created_time)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("PrivateAddressIp", &self.private_address_ip)
            .member("IsArrears", &self.is_arrears)
            .member("IsBlocked", &self.is_blocked)
            .member("IsEipDirectConnection", &self.is_eip_direct_connection)
            .member("AddressType", &self.address_type)
            .member("CascadeRelease", &self.cascade_release)
            .member("InternetServiceProvider", &self.internet_service_provider)
            .member("Bandwidth", &self.bandwidth)
            .member("PayMode", &self.pay_mode)
            .end()
    }
}

impl<'de> Deserialize<'de> for Address {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Address {
    const NAME: &'static str = "Address";
    const FIELDS: &'static [&'static str] = &[
        "AddressId",
        "AddressName",
        "AddressStatus",
        "AddressIp",
        "InstanceId",
        "CreatedTime",
        "NetworkInterfaceId",
        "PrivateAddressIp",
        "IsArrears",
        "IsBlocked",
        "IsEipDirectConnection",
        "AddressType",
        "CascadeRelease",
        "InternetServiceProvider",
        "Bandwidth",
        "PayMode",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "AddressId" => Some(0),
            "AddressName" => Some(1),
            "AddressStatus" => Some(2),
            "AddressIp" => Some(3),
            "InstanceId" => Some(4),
            "CreatedTime" => Some(5),
            "NetworkInterfaceId" => Some(6),
            "PrivateAddressIp" => Some(7),
            "IsArrears" => Some(8),
            "IsBlocked" => Some(9),
            "IsEipDirectConnection" => Some(10),
            "AddressType" => Some(11),
            "CascadeRelease" => Some(12),
            "InternetServiceProvider" => Some(13),
            "Bandwidth" => Some(14),
            "PayMode" => Some(15),
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
            0 => self.address_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.address_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.address_status = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.address_ip = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            6 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            7 => {
                self.private_address_ip = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            8 => self.is_arrears = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.is_blocked = map.next_value_seed(crate::lenient::Field::new())?,
            10 => {
                self.is_eip_direct_connection = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            11 => self.address_type = map.next_value_seed(crate::lenient::Field::new())?,
            12 => {
                self.cascade_release = map.next_value_seed(crate::lenient::Field::new())?;
            }
            13 => {
                self.internet_service_provider = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            14 => self.bandwidth = map.next_value_seed(crate::lenient::Field::new())?,
            15 => self.pay_mode = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Address {
    /// Creates an empty `Address`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `AddressId`.
    pub fn address_id(mut self, value: impl Into<String>) -> Self {
        self.address_id = Some(value.into());
        self
    }

    /// Sets `AddressName`.
    pub fn address_name(mut self, value: impl Into<String>) -> Self {
        self.address_name = Some(value.into());
        self
    }

    /// Sets `AddressStatus`.
    pub fn address_status(mut self, value: impl Into<AddressStatus>) -> Self {
        self.address_status = Some(value.into());
        self
    }

    /// Sets `AddressIp`.
    pub fn address_ip(mut self, value: impl Into<String>) -> Self {
        self.address_ip = Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `PrivateAddressIp`.
    pub fn private_address_ip(mut self, value: impl Into<String>) -> Self {
        self.private_address_ip = Some(value.into());
        self
    }

    /// Sets `IsArrears`.
    pub fn is_arrears(mut self, value: bool) -> Self {
        self.is_arrears = Some(value);
        self
    }

    /// Sets `IsBlocked`.
    pub fn is_blocked(mut self, value: bool) -> Self {
        self.is_blocked = Some(value);
        self
    }

    /// Sets `IsEipDirectConnection`.
    pub fn is_eip_direct_connection(mut self, value: bool) -> Self {
        self.is_eip_direct_connection = Some(value);
        self
    }

    /// Sets `AddressType`.
    pub fn address_type(mut self, value: impl Into<String>) -> Self {
        self.address_type = Some(value.into());
        self
    }

    /// Sets `CascadeRelease`.
    pub fn cascade_release(mut self, value: bool) -> Self {
        self.cascade_release = Some(value);
        self
    }

    /// Sets `InternetServiceProvider`.
    pub fn internet_service_provider(
        mut self,
        value: impl Into<AddressInternetServiceProvider>,
    ) -> Self {
        self.internet_service_provider = Some(value.into());
        self
    }

    /// Sets `Bandwidth`.
    pub fn bandwidth(mut self, value: i64) -> Self {
        self.bandwidth = Some(value);
        self
    }

    /// Sets `PayMode`.
    pub fn pay_mode(mut self, value: impl Into<String>) -> Self {
        self.pay_mode = Some(value.into());
        self
    }
}

/// IP address information structure.
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddressInfo {
    /// Public IP information of the instance.
    ///
    /// Wire name `PublicIPAddressInfo`; may be `null` (decoded as `None`).
    pub public_ip_address_info: Option<PublicIpAddressInfo>,
    /// Private IP information of the instance.
    ///
    /// Wire name `PrivateIPAddressInfo`; may be `null` (decoded as `None`).
    pub private_ip_address_info: Option<PrivateIpAddressInfo>,
    /// Public IPv6 information of the instance.
    ///
    /// Wire name `PublicIPv6AddressInfo`; may be `null` (decoded as `None`).
    pub public_ipv6_address_info: Option<PublicIpAddressInfo>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AddressInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AddressInfo")
            .member("PublicIPAddressInfo", &self.public_ip_address_info)
            .member("PrivateIPAddressInfo", &self.private_ip_address_info)
            .member("PublicIPv6AddressInfo", &self.public_ipv6_address_info)
            .end()
    }
}

impl<'de> Deserialize<'de> for AddressInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AddressInfo {
    const NAME: &'static str = "AddressInfo";
    const FIELDS: &'static [&'static str] = &[
        "PublicIPAddressInfo",
        "PrivateIPAddressInfo",
        "PublicIPv6AddressInfo",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PublicIPAddressInfo" => Some(0),
            "PrivateIPAddressInfo" => Some(1),
            "PublicIPv6AddressInfo" => Some(2),
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
            0 => self.public_ip_address_info = map.next_value()?,
            1 => self.private_ip_address_info = map.next_value()?,
            2 => self.public_ipv6_address_info = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl AddressInfo {
    /// Creates an empty `AddressInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PublicIPAddressInfo`.
    pub fn public_ip_address_info(mut self, value: PublicIpAddressInfo) -> Self {
        self.public_ip_address_info = Some(value);
        self
    }

    /// Sets `PrivateIPAddressInfo`.
    pub fn private_ip_address_info(mut self, value: PrivateIpAddressInfo) -> Self {
        self.private_ip_address_info = Some(value);
        self
    }

    /// Sets `PublicIPv6AddressInfo`.
    pub fn public_ipv6_address_info(mut self, value: PublicIpAddressInfo) -> Self {
        self.public_ipv6_address_info = Some(value);
        self
    }
}

/// IP address template
///
/// Used by `CreateSecurityGroupPolicies`, `DeleteSecurityGroupPolicies`,
/// `DescribeSecurityGroupPolicies`, `ModifySecurityGroupPolicies`,
/// `ReplaceSecurityGroupPolicy`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AddressTemplateSpecification {
    /// IP address ID, such as eipm-2uw6ujo6.
    ///
    /// Wire name `AddressId`; required.
    pub address_id: Option<String>,
    /// IP address group ID, such as eipmg-2uw6ujo6.
    ///
    /// Wire name `AddressGroupId`; required.
    pub address_group_id: Option<String>,
}

impl Serialize for AddressTemplateSpecification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AddressTemplateSpecification")
            .member("AddressId", &self.address_id)
            .member("AddressGroupId", &self.address_group_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for AddressTemplateSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AddressTemplateSpecification {
    const NAME: &'static str = "AddressTemplateSpecification";
    const FIELDS: &'static [&'static str] = &["AddressId", "AddressGroupId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "AddressId" => Some(0),
            "AddressGroupId" => Some(1),
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
            0 => self.address_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.address_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl AddressTemplateSpecification {
    /// Creates an empty `AddressTemplateSpecification`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `AddressId` (required).
    pub fn address_id(mut self, value: impl Into<String>) -> Self {
        self.address_id = Some(value.into());
        self
    }

    /// Sets `AddressGroupId` (required).
    pub fn address_group_id(mut self, value: impl Into<String>) -> Self {
        self.address_group_id = Some(value.into());
        self
    }
}

impl Validate for AddressTemplateSpecification {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("AddressId", &self.address_id)?;
        require("AddressGroupId", &self.address_group_id)?;
        Ok(())
    }
}

/// Region information
///
/// Used by `DescribeInstances`, `DescribeLoadBalancers`, `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Area {
    /// Region ID
    ///
    /// Wire name `AreaId`.
    pub area_id: Option<String>,
    /// Region name
    ///
    /// Wire name `AreaName`.
    pub area_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Area {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Area")
            .member("AreaId", &self.area_id)
            .member("AreaName", &self.area_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for Area {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Area {
    const NAME: &'static str = "Area";
    const FIELDS: &'static [&'static str] = &["AreaId", "AreaName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "AreaId" => Some(0),
            "AreaName" => Some(1),
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
            0 => self.area_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.area_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Area {
    /// Creates an empty `Area`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `AreaId`.
    pub fn area_id(mut self, value: impl Into<String>) -> Self {
        self.area_id = Some(value.into());
        self
    }

    /// Sets `AreaName`.
    pub fn area_name(mut self, value: impl Into<String>) -> Self {
        self.area_name = Some(value.into());
        self
    }
}

/// Secondary CIDR information of the VPC.
///
/// Used by `CreateVpc`, `DescribeVpcs`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AssistantCidr {
    /// VPC instance ID, such as vpc-6v2ht8q5
    ///
    /// Wire name `VpcId`.
    pub vpc_id: Option<String>,
    /// Secondary CIDR, such as 172.16.0.0/16
    ///
    /// Wire name `CidrBlock`.
    pub cidr_block: Option<String>,
    /// Secondary CIDR block type. 0: general secondary CIDR block; 1: container secondary CIDR
    /// block. Default value: 0.
    ///
    /// Wire name `AssistantType`.
    pub assistant_type: Option<AssistantCidrAssistantType>,
    /// Subnets divided by the secondary CIDR block.
    ///
    /// Wire name `SubnetSet`; may be `null` (decoded as `None`).
    pub subnet_set: Option<Vec<Subnet>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for AssistantCidr {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "AssistantCidr")
            .member("VpcId", &self.vpc_id)
            .member("CidrBlock", &self.cidr_block)
            .member("AssistantType", &self.assistant_type)
            .member("SubnetSet", &self.subnet_set)
            .end()
    }
}

impl<'de> Deserialize<'de> for AssistantCidr {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for AssistantCidr {
    const NAME: &'static str = "AssistantCidr";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "CidrBlock",
        "AssistantType",
        "SubnetSet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "CidrBlock" => Some(1),
            "AssistantType" => Some(2),
            "SubnetSet" => Some(3),
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
            1 => self.cidr_block = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.assistant_type = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.subnet_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl AssistantCidr {
    /// Creates an empty `AssistantCidr`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `CidrBlock`.
    pub fn cidr_block(mut self, value: impl Into<String>) -> Self {
        self.cidr_block = Some(value.into());
        self
    }

    /// Sets `AssistantType`.
    pub fn assistant_type(
        mut self,
        value: impl Into<AssistantCidrAssistantType>,
    ) -> Self {
        self.assistant_type = Some(value.into());
        self
    }

    /// Sets `SubnetSet`.
    pub fn subnet_set(mut self, value: impl IntoIterator<Item = Subnet>) -> Self {
        self.subnet_set = Some(value.into_iter().collect());
        self
    }
}

/// CLB backend information
///
/// Used by `DescribeTargets`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Backend {
    /// Unique real server ID
    ///
    /// Wire name `InstanceId`; may be `null` (decoded as `None`).
    pub instance_id: Option<String>,
    /// Listening port of the real server
    ///
    /// Wire name `Port`; may be `null` (decoded as `None`).
    pub port: Option<i64>,
    /// Forwarding weight of the real server. Value range: \[0, 100\]. Default value: 10.
    ///
    /// Wire name `Weight`; may be `null` (decoded as `None`).
    pub weight: Option<i64>,
    /// Private IP of the real server
    ///
    /// Wire name `PrivateIpAddresses`; may be `null` (decoded as `None`).
    pub private_ip_addresses: Option<Vec<String>>,
    /// Real server binding time
    ///
    /// Wire name `RegisteredTime`; a timestamp string such as `2020-09-22 00:00:00`; may be
    /// `null` (decoded as `None`).
    pub registered_time: Option<String>,
    /// Unique ENI ID
    ///
    /// Wire name `EniId`; may be `null` (decoded as `None`).
    pub eni_id: Option<String>,
    /// Public IP of the real server
    ///
    /// Wire name `PublicIpAddresses`; may be `null` (decoded as `None`).
    pub public_ip_addresses: Option<Vec<String>>,
    /// Real server instance name
    ///
    /// Wire name `InstanceName`; may be `null` (decoded as `None`).
    pub instance_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Backend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Backend")
            .member("InstanceId", &self.instance_id)
            .member("Port", &self.port)
            .member("Weight", &self.weight)
            .member("PrivateIpAddresses", &self.private_ip_addresses)
            .member("RegisteredTime", &self.registered_time)
            .member("EniId", &self.eni_id)
            .member("PublicIpAddresses", &self.public_ip_addresses)
            .member("InstanceName", &self.instance_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for Backend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Backend {
    const NAME: &'static str = "Backend";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "Port",
        "Weight",
        "PrivateIpAddresses",
        "RegisteredTime",
        "EniId",
        "PublicIpAddresses",
        "InstanceName",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceId" => Some(0),
            "Port" => Some(1),
            "Weight" => Some(2),
            "PrivateIpAddresses" => Some(3),
            "RegisteredTime" => Some(4),
            "EniId" => Some(5),
            "PublicIpAddresses" => Some(6),
            "InstanceName" => Some(7),
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
            1 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.weight = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.private_ip_addresses = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.registered_time = map.next_value_seed(crate::lenient::Field::new())?;
            }
            5 => self.eni_id = map.next_value_seed(crate::lenient::Field::new())?,
            6 => {
                self.public_ip_addresses = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            7 => self.instance_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Backend {
    /// Creates an empty `Backend`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }

    /// Sets `Weight`.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }

    /// Sets `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `RegisteredTime`.
    pub fn registered_time(mut self, value: impl Into<String>) -> Self {
        self.registered_time = Some(value.into());
        self
    }

    /// Sets `EniId`.
    pub fn eni_id(mut self, value: impl Into<String>) -> Self {
        self.eni_id = Some(value.into());
        self
    }

    /// Sets `PublicIpAddresses`.
    pub fn public_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.public_ip_addresses = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }
}

/// CLB batch targets
///
/// Used by `BatchDeregisterTargets`, `BatchRegisterTargets`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BatchTarget {
    /// Listener ID
    ///
    /// Wire name `ListenerId`; optional; may be `null` (decoded as `None`).
    pub listener_id: Option<String>,
    /// Bound port
    ///
    /// Wire name `Port`; optional; may be `null` (decoded as `None`).
    pub port: Option<i64>,
    /// CVM instance ID
    ///
    /// Wire name `InstanceId`; optional; may be `null` (decoded as `None`).
    pub instance_id: Option<String>,
    /// ENI IP
    ///
    /// Wire name `EniIp`; optional; may be `null` (decoded as `None`).
    pub eni_ip: Option<String>,
    /// Weight of the CVM instance. Value range: \[0, 100\]. If it is not specified for binding
    /// the instance, 10 will be used by default.
    ///
    /// Wire name `Weight`; optional; may be `null` (decoded as `None`).
    pub weight: Option<i64>,
}

impl Serialize for BatchTarget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "BatchTarget")
            .member("ListenerId", &self.listener_id)
            .member("Port", &self.port)
            .member("InstanceId", &self.instance_id)
            .member("EniIp", &self.eni_ip)
            .member("Weight", &self.weight)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for BatchTarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for BatchTarget {
    const NAME: &'static str = "BatchTarget";
    const FIELDS: &'static [&'static str] = &[
        "ListenerId",
        "Port",
        "InstanceId",
        "EniIp",
        "Weight",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ListenerId" => Some(0),
            "Port" => Some(1),
            "InstanceId" => Some(2),
            "EniIp" => Some(3),
            "Weight" => Some(4),
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
            0 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.eni_ip = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.weight = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl BatchTarget {
    /// Creates an empty `BatchTarget`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ListenerId`.
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `EniIp`.
    pub fn eni_ip(mut self, value: impl Into<String>) -> Self {
        self.eni_ip = Some(value.into());
        self
    }

    /// Sets `Weight`.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }
}

impl Validate for BatchTarget {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// City information
///
/// Used by `DescribeInstances`, `DescribeLoadBalancers`, `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct City {
    /// City ID
    ///
    /// Wire name `CityId`.
    pub city_id: Option<String>,
    /// City name
    ///
    /// Wire name `CityName`.
    pub city_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for City {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "City")
            .member("CityId", &self.city_id)
            .member("CityName", &self.city_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for City {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for City {
    const NAME: &'static str = "City";
    const FIELDS: &'static [&'static str] = &["CityId", "CityName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "CityId" => Some(0),
            "CityName" => Some(1),
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
            0 => self.city_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.city_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl City {
    /// Creates an empty `City`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `CityId`.
    pub fn city_id(mut self, value: impl Into<String>) -> Self {
        self.city_id = Some(value.into());
        self
    }

    /// Sets `CityName`.
    pub fn city_name(mut self, value: impl Into<String>) -> Self {
        self.city_name = Some(value.into());
        self
    }
}

/// Country/Region information
///
/// Used by `DescribeInstances`, `DescribeLoadBalancers`, `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Country {
    /// Country/Region ID
    ///
    /// Wire name `CountryId`.
    pub country_id: Option<String>,
    /// Country/Region name
    ///
    /// Wire name `CountryName`.
    pub country_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Country")
            .member("CountryId", &self.country_id)
            .member("CountryName", &self.country_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Country {
    const NAME: &'static str = "Country";
    const FIELDS: &'static [&'static str] = &["CountryId", "CountryName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "CountryId" => Some(0),
            "CountryName" => Some(1),
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
            0 => self.country_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.country_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Country {
    /// Creates an empty `Country`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `CountryId`.
    pub fn country_id(mut self, value: impl Into<String>) -> Self {
        self.country_id = Some(value.into());
        self
    }

    /// Sets `CountryName`.
    pub fn country_name(mut self, value: impl Into<String>) -> Self {
        self.country_name = Some(value.into());
        self
    }
}

/// Data disk information
///
/// Used by `CreateModule`, `DescribeModuleDetail`, `DescribePriceRunInstance`,
/// `ModifyModuleConfig`, `RunInstances`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DataDisk {
    /// Data disk size in GB.
    ///
    /// Wire name `DiskSize`; required.
    pub disk_size: Option<i64>,
    /// Data disk type. Valid values:
    ///
    /// - LOCAL_BASIC: local disk
    ///
    /// - CLOUD_PREMIUM: Premium Cloud Storage
    ///
    /// Default value: LOCAL_BASIC.
    ///
    /// Wire name `DiskType`; optional.
    pub disk_type: Option<DataDiskDiskType>,
}

impl Serialize for DataDisk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DataDisk")
            .member("DiskSize", &self.disk_size)
            .member("DiskType", &self.disk_type)
            .end()
    }
}

impl<'de> Deserialize<'de> for DataDisk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DataDisk {
    const NAME: &'static str = "DataDisk";
    const FIELDS: &'static [&'static str] = &["DiskSize", "DiskType"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "DiskSize" => Some(0),
            "DiskType" => Some(1),
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
            0 => self.disk_size = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.disk_type = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DataDisk {
    /// Creates an empty `DataDisk`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `DiskSize` (required).
    pub fn disk_size(mut self, value: i64) -> Self {
        self.disk_size = Some(value);
        self
    }

    /// Sets `DiskType`.
    pub fn disk_type(mut self, value: impl Into<DataDiskDiskType>) -> Self {
        self.disk_type = Some(value.into());
        self
    }
}

impl Validate for DataDisk {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("DiskSize", &self.disk_size)?;
        Ok(())
    }
}

/// Disk information
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DiskInfo {
    /// Disk type: LOCAL_BASIC.
    ///
    /// Wire name `DiskType`.
    pub disk_type: Option<String>,
    /// Disk ID
    ///
    /// Wire name `DiskId`.
    pub disk_id: Option<String>,
    /// Disk size in GB
    ///
    /// Wire name `DiskSize`.
    pub disk_size: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for DiskInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "DiskInfo")
            .member("DiskType", &self.disk_type)
            .member("DiskId", &self.disk_id)
            .member("DiskSize", &self.disk_size)
            .end()
    }
}

impl<'de> Deserialize<'de> for DiskInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for DiskInfo {
    const NAME: &'static str = "DiskInfo";
    const FIELDS: &'static [&'static str] = &["DiskType", "DiskId", "DiskSize"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "DiskType" => Some(0),
            "DiskId" => Some(1),
            "DiskSize" => Some(2),
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
            1 => self.disk_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.disk_size = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl DiskInfo {
    /// Creates an empty `DiskInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `DiskType`.
    pub fn disk_type(mut self, value: impl Into<String>) -> Self {
        self.disk_type = Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl Into<String>) -> Self {
        self.disk_id = Some(value.into());
        self
    }

    /// Sets `DiskSize`.
    pub fn disk_size(mut self, value: i64) -> Self {
        self.disk_size = Some(value);
        self
    }
}

/// EIP quota information
///
/// Used by `DescribeAddressQuota`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EipQuota {
    /// Quota name. Valid values:
    ///
    /// TOTAL_EIP_QUOTA: quota of EIPs in the current region;
    ///
    /// DAILY_EIP_APPLY: today's number of applications in the current region;
    ///
    /// DAILY_PUBLIC_IP_ASSIGN: number of public IP reassignments in the current region.
    ///
    /// Wire name `QuotaId`.
    pub quota_id: Option<EipQuotaQuotaId>,
    /// Current quantity
    ///
    /// Wire name `QuotaCurrent`.
    pub quota_current: Option<i64>,
    /// Quota
    ///
    /// Wire name `QuotaLimit`.
    pub quota_limit: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for EipQuota {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "EipQuota")
            .member("QuotaId", &self.quota_id)
            .member("QuotaCurrent", &self.quota_current)
            .member("QuotaLimit", &self.quota_limit)
            .end()
    }
}

impl<'de> Deserialize<'de> for EipQuota {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for EipQuota {
    const NAME: &'static str = "EipQuota";
    const FIELDS: &'static [&'static str] = &["QuotaId", "QuotaCurrent", "QuotaLimit"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "QuotaId" => Some(0),
            "QuotaCurrent" => Some(1),
            "QuotaLimit" => Some(2),
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
            0 => self.quota_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.quota_current = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.quota_limit = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl EipQuota {
    /// Creates an empty `EipQuota`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `QuotaId`.
    pub fn quota_id(mut self, value: impl Into<EipQuotaQuotaId>) -> Self {
        self.quota_id = Some(value.into());
        self
    }

    /// Sets `QuotaCurrent`.
    pub fn quota_current(mut self, value: i64) -> Self {
        self.quota_current = Some(value);
        self
    }

    /// Sets `QuotaLimit`.
    pub fn quota_limit(mut self, value: i64) -> Self {
        self.quota_limit = Some(value);
        self
    }
}

/// Enhanced service
///
/// Used by `ResetInstances`, `RunInstances`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EnhancedService {
    /// Whether to enable CWP.
    ///
    /// Wire name `SecurityService`; optional.
    pub security_service: Option<RunSecurityServiceEnabled>,
    /// Whether to enable CM.
    ///
    /// Wire name `MonitorService`; optional.
    pub monitor_service: Option<RunMonitorServiceEnabled>,
    /// Whether to enable IP direct access. If this parameter is not specified, IP direct access
    /// will be enabled by default for Linux images and is currently not supported for Windows
    /// images.
    ///
    /// Wire name `EIPDirectService`; optional.
    pub eip_direct_service: Option<RunEipDirectServiceEnabled>,
}

impl Serialize for EnhancedService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "EnhancedService")
            .member("SecurityService", &self.security_service)
            .member("MonitorService", &self.monitor_service)
            .member("EIPDirectService", &self.eip_direct_service)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for EnhancedService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for EnhancedService {
    const NAME: &'static str = "EnhancedService";
    const FIELDS: &'static [&'static str] = &[
        "SecurityService",
        "MonitorService",
        "EIPDirectService",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityService" => Some(0),
            "MonitorService" => Some(1),
            "EIPDirectService" => Some(2),
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
            0 => self.security_service = map.next_value()?,
            1 => self.monitor_service = map.next_value()?,
            2 => self.eip_direct_service = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl EnhancedService {
    /// Creates an empty `EnhancedService`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityService`.
    pub fn security_service(mut self, value: RunSecurityServiceEnabled) -> Self {
        self.security_service = Some(value);
        self
    }

    /// Sets `MonitorService`.
    pub fn monitor_service(mut self, value: RunMonitorServiceEnabled) -> Self {
        self.monitor_service = Some(value);
        self
    }

    /// Sets `EIPDirectService`.
    pub fn eip_direct_service(mut self, value: RunEipDirectServiceEnabled) -> Self {
        self.eip_direct_service = Some(value);
        self
    }
}

impl Validate for EnhancedService {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_nested("SecurityService", &self.security_service)?;
        validate_nested("MonitorService", &self.monitor_service)?;
        validate_nested("EIPDirectService", &self.eip_direct_service)?;
        Ok(())
    }
}

/// Key-Value pair filter for conditional filtering queries.
///
/// Used by `DescribeAddresses`, `DescribeCustomImageTask`, `DescribeHaVips`,
/// `DescribeImage`, `DescribeInstances`, `DescribeLoadBalancers`, `DescribeModule`,
/// `DescribeMonthPeakNetwork`, `DescribeNetworkInterfaces`, `DescribeNode`,
/// `DescribePackingQuotaGroup`, `DescribePeakNetworkOverview`, `DescribeRouteTables`,
/// `DescribeSecurityGroups`, `DescribeSnapshots`, `DescribeSubnets`, `DescribeVpcs`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Filter {
    /// One or more filter values.
    ///
    /// Wire name `Values`; required.
    pub values: Option<Vec<String>>,
    /// Filter name.
    ///
    /// Wire name `Name`; required.
    pub name: Option<String>,
}

impl Serialize for Filter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Filter")
            .member("Values", &self.values)
            .member("Name", &self.name)
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
    const FIELDS: &'static [&'static str] = &["Values", "Name"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Values" => Some(0),
            "Name" => Some(1),
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
            0 => self.values = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.name = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `Values` (required).
    pub fn values(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.values = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Name` (required).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}

impl Validate for Filter {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Values", &self.values)?;
        require("Name", &self.name)?;
        Ok(())
    }
}

/// HAVIP object.
///
/// Used by `CreateHaVip`, `DescribeHaVips`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HaVip {
    /// Unique HAVIP ID.
    ///
    /// Wire name `HaVipId`.
    pub ha_vip_id: Option<String>,
    /// HAVIP name.
    ///
    /// Wire name `HaVipName`.
    pub ha_vip_name: Option<String>,
    /// Virtual IP address.
    ///
    /// Wire name `Vip`.
    pub vip: Option<String>,
    /// VPC ID of the HAVIP.
    ///
    /// Wire name `VpcId`.
    pub vpc_id: Option<String>,
    /// Subnet ID of the HAVIP.
    ///
    /// Wire name `SubnetId`.
    pub subnet_id: Option<String>,
    /// ID of the ENI associated with the HAVIP.
    ///
    /// Wire name `NetworkInterfaceId`.
    pub network_interface_id: Option<String>,
    /// ID of the bound instance.
    ///
    /// Wire name `InstanceId`.
    pub instance_id: Option<String>,
    /// Bound EIP.
    ///
    /// Wire name `AddressIp`.
    pub address_ip: Option<String>,
    /// Status:
    ///
    /// AVAILABLE: running.
    ///
    /// UNBIND: unbound.
    ///
    /// Wire name `State`.
    pub state: Option<HaVipState>,
    /// Creation time.
    ///
    /// Wire name `CreatedTime`.
    pub created_time: Option<String>,
    /// ID of businesses that use HAVIP.
    ///
    /// Wire name `Business`.
    pub business: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for HaVip {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "HaVip")
            .member("HaVipId", &self.ha_vip_id)
            .member("HaVipName", &self.ha_vip_name)
            .member("Vip", &self.vip)
            .member("VpcId", &self.vpc_id)
            .member("SubnetId", &self.subnet_id)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("InstanceId", &self.instance_id)
            .member("AddressIp", &self.address_ip)
            .member("State", &self.state)
            .member("CreatedTime", &self.created_time)
            .member("Business", &self.business)
            .end()
    }
}

impl<'de> Deserialize<'de> for HaVip {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for HaVip {
    const NAME: &'static str = "HaVip";
    const FIELDS: &'static [&'static str] = &[
        "HaVipId",
        "HaVipName",
        "Vip",
        "VpcId",
        "SubnetId",
        "NetworkInterfaceId",
        "InstanceId",
        "AddressIp",
        "State",
        "CreatedTime",
        "Business",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "HaVipId" => Some(0),
            "HaVipName" => Some(1),
            "Vip" => Some(2),
            "VpcId" => Some(3),
            "SubnetId" => Some(4),
            "NetworkInterfaceId" => Some(5),
            "InstanceId" => Some(6),
            "AddressIp" => Some(7),
            "State" => Some(8),
            "CreatedTime" => Some(9),
            "Business" => Some(10),
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
            2 => self.vip = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.address_ip = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.state = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            10 => self.business = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl HaVip {
    /// Creates an empty `HaVip`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `HaVipId`.
    pub fn ha_vip_id(mut self, value: impl Into<String>) -> Self {
        self.ha_vip_id = Some(value.into());
        self
    }

    /// Sets `HaVipName`.
    pub fn ha_vip_name(mut self, value: impl Into<String>) -> Self {
        self.ha_vip_name = Some(value.into());
        self
    }

    /// Sets `Vip`.
    pub fn vip(mut self, value: impl Into<String>) -> Self {
        self.vip = Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `AddressIp`.
    pub fn address_ip(mut self, value: impl Into<String>) -> Self {
        self.address_ip = Some(value.into());
        self
    }

    /// Sets `State`.
    pub fn state(mut self, value: impl Into<HaVipState>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }

    /// Sets `Business`.
    pub fn business(mut self, value: impl Into<String>) -> Self {
        self.business = Some(value.into());
        self
    }
}

/// CLB health check
///
/// Used by `CreateListener`, `DescribeListeners`, `ModifyListener`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct HealthCheck {
    /// Whether to enable health check. Valid values: 1: enable; 0: disable
    ///
    /// Wire name `HealthSwitch`; optional; may be `null` (decoded as `None`).
    pub health_switch: Option<HealthCheckHealthSwitch>,
    /// Health check response timeout period in seconds. Value range: 2– 60. Default value: 2.
    /// The value of this parameter should be smaller than the check interval.
    ///
    /// Wire name `TimeOut`; optional; may be `null` (decoded as `None`).
    pub time_out: Option<i64>,
    /// Health check interval in seconds. Value range: 5–300. Default value: 5.
    ///
    /// Wire name `IntervalTime`; optional; may be `null` (decoded as `None`).
    pub interval_time: Option<i64>,
    /// Health threshold. Value range: 2–10. Default value: 3, indicating that if a forward is
    /// found healthy three consecutive times, it will be considered normal.
    ///
    /// Wire name `HealthNum`; optional; may be `null` (decoded as `None`).
    pub health_num: Option<i64>,
    /// Unhealthy threshold. Value range: 2–10. Default value: 3, indicating that if a forward
    /// is found unhealthy three consecutive times, it will be considered exceptional.
    ///
    /// Wire name `UnHealthyNum`; optional; may be `null` (decoded as `None`).
    pub un_healthy_num: Option<i64>,
    /// Health check port (a custom check parameter), which is the port of the real server by
    /// default. Unless you want to specify a port, we recommend you leave it empty.
    ///
    /// Wire name `CheckPort`; optional; may be `null` (decoded as `None`).
    pub check_port: Option<i64>,
    /// Health check protocol (a custom check parameter), which is required if the value of
    /// CheckType is CUSTOM. This parameter represents the input format of the health check.
    /// Valid values: HEX, TEXT. If the value is HEX, the characters of SendContext and
    /// RecvContext can only be selected from 0123456789ABCDEF, and the length must be an even
    /// number.
    ///
    /// Wire name `ContextType`; optional; may be `null` (decoded as `None`).
    pub context_type: Option<HealthCheckContextType>,
    /// Health check protocol (a custom check parameter), which is required if the value of
    /// CheckType is CUSTOM. This parameter represents the content of the request sent by the
    /// health check. It can contain up to 500 visible ASCII characters.
    ///
    /// Wire name `SendContext`; optional; may be `null` (decoded as `None`).
    pub send_context: Option<String>,
    /// Health check protocol (a custom check parameter), which is required if the value of
    /// CheckType is CUSTOM. This parameter represents the result returned by the health check.
    /// It can contain up to 500 visible ASCII characters.
    ///
    /// Wire name `RecvContext`; optional; may be `null` (decoded as `None`).
    pub recv_context: Option<String>,
    /// Health check protocol (a custom check parameter). Valid values: TCP, CUSTOM (applicable
    /// only to UDP listeners. If custom health check is used, this parameter will be required).
    ///
    /// Wire name `CheckType`; optional; may be `null` (decoded as `None`).
    pub check_type: Option<HealthCheckCheckType>,
}

impl Serialize for HealthCheck {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "HealthCheck")
            .member("HealthSwitch", &self.health_switch)
            .member("TimeOut", &self.time_out)
            .member("IntervalTime", &self.interval_time)
            .member("HealthNum", &self.health_num)
            .member("UnHealthyNum", &self.un_healthy_num)
            .member("CheckPort", &self.check_port)
            .member("ContextType", &self.context_type)
            .member("SendContext", &self.send_context)
            .member("RecvContext", &self.recv_context)
            .member("CheckType", &self.check_type)
            .end()
    }
}

impl<'de> Deserialize<'de> for HealthCheck {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for HealthCheck {
    const NAME: &'static str = "HealthCheck";
    const FIELDS: &'static [&'static str] = &[
        "HealthSwitch",
        "TimeOut",
        "IntervalTime",
        "HealthNum",
        "UnHealthyNum",
        "CheckPort",
        "ContextType",
        "SendContext",
        "RecvContext",
        "CheckType",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "HealthSwitch" => Some(0),
            "TimeOut" => Some(1),
            "IntervalTime" => Some(2),
            "HealthNum" => Some(3),
            "UnHealthyNum" => Some(4),
            "CheckPort" => Some(5),
            "ContextType" => Some(6),
            "SendContext" => Some(7),
            "RecvContext" => Some(8),
            "CheckType" => Some(9),
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
            0 => self.health_switch = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.time_out = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.interval_time = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.health_num = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.un_healthy_num = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.check_port = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.context_type = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.send_context = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.recv_context = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.check_type = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl HealthCheck {
    /// Creates an empty `HealthCheck`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `HealthSwitch`.
    pub fn health_switch(mut self, value: impl Into<HealthCheckHealthSwitch>) -> Self {
        self.health_switch = Some(value.into());
        self
    }

    /// Sets `TimeOut`.
    pub fn time_out(mut self, value: i64) -> Self {
        self.time_out = Some(value);
        self
    }

    /// Sets `IntervalTime`.
    pub fn interval_time(mut self, value: i64) -> Self {
        self.interval_time = Some(value);
        self
    }

    /// Sets `HealthNum`.
    pub fn health_num(mut self, value: i64) -> Self {
        self.health_num = Some(value);
        self
    }

    /// Sets `UnHealthyNum`.
    pub fn un_healthy_num(mut self, value: i64) -> Self {
        self.un_healthy_num = Some(value);
        self
    }

    /// Sets `CheckPort`.
    pub fn check_port(mut self, value: i64) -> Self {
        self.check_port = Some(value);
        self
    }

    /// Sets `ContextType`.
    pub fn context_type(mut self, value: impl Into<HealthCheckContextType>) -> Self {
        self.context_type = Some(value.into());
        self
    }

    /// Sets `SendContext`.
    pub fn send_context(mut self, value: impl Into<String>) -> Self {
        self.send_context = Some(value.into());
        self
    }

    /// Sets `RecvContext`.
    pub fn recv_context(mut self, value: impl Into<String>) -> Self {
        self.recv_context = Some(value.into());
        self
    }

    /// Sets `CheckType`.
    pub fn check_type(mut self, value: impl Into<HealthCheckCheckType>) -> Self {
        self.check_type = Some(value.into());
        self
    }
}

impl Validate for HealthCheck {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// ISP information
///
/// Used by `DescribeInstances`, `DescribeNode`.
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
    /// ISP ID
    ///
    /// Wire name `ISPId`.
    pub isp_id: Option<String>,
    /// ISP name
    ///
    /// Wire name `ISPName`.
    pub isp_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Isp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Isp")
            .member("ISPId", &self.isp_id)
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
    const FIELDS: &'static [&'static str] = &["ISPId", "ISPName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ISPId" => Some(0),
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
            0 => self.isp_id = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `ISPId`.
    pub fn isp_id(mut self, value: impl Into<String>) -> Self {
        self.isp_id = Some(value.into());
        self
    }

    /// Sets `ISPName`.
    pub fn isp_name(mut self, value: impl Into<String>) -> Self {
        self.isp_name = Some(value.into());
        self
    }
}

/// ISP statistics
///
/// Used by `DescribeModuleDetail`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
///
/// Documented as `ISPCounter`.
#[doc(alias = "ISPCounter")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct IspCounter {
    /// ISP name
    ///
    /// Wire name `ProviderName`.
    pub provider_name: Option<String>,
    /// Number of nodes
    ///
    /// Wire name `ProviderNodeNum`.
    pub provider_node_num: Option<i64>,
    /// Number of instances
    ///
    /// Wire name `ProvederInstanceNum`.
    pub proveder_instance_num: Option<i64>,
    /// Zone instance information structure array
    ///
    /// Wire name `ZoneInstanceInfoSet`.
    pub zone_instance_info_set: Option<Vec<ZoneInstanceInfo>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for IspCounter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "IspCounter")
            .member("ProviderName", &self.provider_name)
            .member("ProviderNodeNum", &self.provider_node_num)
            .member("ProvederInstanceNum", &self.proveder_instance_num)
            .member("ZoneInstanceInfoSet", &self.zone_instance_info_set)
            .end()
    }
}

impl<'de> Deserialize<'de> for IspCounter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for IspCounter {
    const NAME: &'static str = "IspCounter";
    const FIELDS: &'static [&'static str] = &[
        "ProviderName",
        "ProviderNodeNum",
        "ProvederInstanceNum",
        "ZoneInstanceInfoSet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ProviderName" => Some(0),
            "ProviderNodeNum" => Some(1),
            "ProvederInstanceNum" => Some(2),
            "ZoneInstanceInfoSet" => Some(3),
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
            0 => self.provider_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.provider_node_num = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.proveder_instance_num = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.zone_instance_info_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl IspCounter {
    /// Creates an empty `IspCounter`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ProviderName`.
    pub fn provider_name(mut self, value: impl Into<String>) -> Self {
        self.provider_name = Some(value.into());
        self
    }

    /// Sets `ProviderNodeNum`.
    pub fn provider_node_num(mut self, value: i64) -> Self {
        self.provider_node_num = Some(value);
        self
    }

    /// Sets `ProvederInstanceNum`.
    pub fn proveder_instance_num(mut self, value: i64) -> Self {
        self.proveder_instance_num = Some(value);
        self
    }

    /// Sets `ZoneInstanceInfoSet`.
    pub fn zone_instance_info_set(
        mut self,
        value: impl IntoIterator<Item = ZoneInstanceInfo>,
    ) -> Self {
        self.zone_instance_info_set = Some(value.into_iter().collect());
        self
    }
}

/// Image information
///
/// Used by `DescribeImage`, `DescribeInstances`, `DescribeModuleDetail`,
/// `DescribeSnapshots`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Image {
    /// Image ID
    ///
    /// Wire name `ImageId`.
    pub image_id: Option<String>,
    /// Image name
    ///
    /// Wire name `ImageName`.
    pub image_name: Option<String>,
    /// Image status
    ///
    /// Wire name `ImageState`.
    pub image_state: Option<String>,
    /// Image type
    ///
    /// Wire name `ImageType`.
    pub image_type: Option<String>,
    /// OS name
    ///
    /// Wire name `ImageOsName`.
    pub image_os_name: Option<String>,
    /// Image description
    ///
    /// Wire name `ImageDescription`.
    pub image_description: Option<String>,
    /// Image import time
    ///
    /// Wire name `ImageCreateTime`.
    pub image_create_time: Option<String>,
    /// Number of bits of the OS
    ///
    /// Wire name `Architecture`.
    pub architecture: Option<String>,
    /// OS type
    ///
    /// Wire name `OsType`.
    pub os_type: Option<String>,
    /// OS version
    ///
    /// Wire name `OsVersion`.
    pub os_version: Option<String>,
    /// OS platform
    ///
    /// Wire name `Platform`.
    pub platform: Option<String>,
    /// Image owner
    ///
    /// Wire name `ImageOwner`.
    pub image_owner: Option<i64>,
    /// Image size in GB
    ///
    /// Wire name `ImageSize`.
    pub image_size: Option<i64>,
    /// Image source information
    ///
    /// Wire name `SrcImage`.
    pub src_image: Option<SrcImage>,
    /// Image source type
    ///
    /// Wire name `ImageSource`.
    pub image_source: Option<String>,
    /// ID of the task in intermediate or failed status
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// Whether cloud-init is supported
    ///
    /// Wire name `IsSupportCloudInit`.
    pub is_support_cloud_init: Option<bool>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Image {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Image")
            .member("ImageId", &self.image_id)
            .member("ImageName", &self.image_name)
            .member("ImageState", &self.image_state)
            .member("ImageType", &self.image_type)
            .member("ImageOsName", &self.image_os_name)
            .member("ImageDescription", &self.image_description)
            .member("ImageCreateTime", &self.image_create_time)
            .member("Architecture", &self.architecture)
            .member("OsType", &self.os_type)
            .member("OsVersion", &self.os_version)
            .member("Platform", &self.platform)
            .member("ImageOwner", &self.image_owner)
            .member("ImageSize", &self.image_size)
            .member("SrcImage", &self.src_image)
            .member("ImageSource", &self.image_source)
            .member("TaskId", &self.task_id)
            .member("IsSupportCloudInit", &self.is_support_cloud_init)
            .end()
    }
}

impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Image {
    const NAME: &'static str = "Image";
    const FIELDS: &'static [&'static str] = &[
        "ImageId",
        "ImageName",
        "ImageState",
        "ImageType",
        "ImageOsName",
        "ImageDescription",
        "ImageCreateTime",
        "Architecture",
        "OsType",
        "OsVersion",
        "Platform",
        "ImageOwner",
        "ImageSize",
        "SrcImage",
        "ImageSource",
        "TaskId",
        "IsSupportCloudInit",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImageId" => Some(0),
            "ImageName" => Some(1),
            "ImageState" => Some(2),
            "ImageType" => Some(3),
            "ImageOsName" => Some(4),
            "ImageDescription" => Some(5),
            "ImageCreateTime" => Some(6),
            "Architecture" => Some(7),
            "OsType" => Some(8),
            "OsVersion" => Some(9),
            "Platform" => Some(10),
            "ImageOwner" => Some(11),
            "ImageSize" => Some(12),
            "SrcImage" => Some(13),
            "ImageSource" => Some(14),
            "TaskId" => Some(15),
            "IsSupportCloudInit" => Some(16),
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
            0 => self.image_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.image_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.image_state = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.image_type = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.image_os_name = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.image_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => {
                self.image_create_time = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            7 => self.architecture = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.os_type = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.os_version = map.next_value_seed(crate::lenient::Field::new())?,
            10 => self.platform = map.next_value_seed(crate::lenient::Field::new())?,
            11 => self.image_owner = map.next_value_seed(crate::lenient::Field::new())?,
            12 => self.image_size = map.next_value_seed(crate::lenient::Field::new())?,
            13 => self.src_image = map.next_value()?,
            14 => self.image_source = map.next_value_seed(crate::lenient::Field::new())?,
            15 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            16 => {
                self.is_support_cloud_init = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl Image {
    /// Creates an empty `Image`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }

    /// Sets `ImageState`.
    pub fn image_state(mut self, value: impl Into<String>) -> Self {
        self.image_state = Some(value.into());
        self
    }

    /// Sets `ImageType`.
    pub fn image_type(mut self, value: impl Into<String>) -> Self {
        self.image_type = Some(value.into());
        self
    }

    /// Sets `ImageOsName`.
    pub fn image_os_name(mut self, value: impl Into<String>) -> Self {
        self.image_os_name = Some(value.into());
        self
    }

    /// Sets `ImageDescription`.
    pub fn image_description(mut self, value: impl Into<String>) -> Self {
        self.image_description = Some(value.into());
        self
    }

    /// Sets `ImageCreateTime`.
    pub fn image_create_time(mut self, value: impl Into<String>) -> Self {
        self.image_create_time = Some(value.into());
        self
    }

    /// Sets `Architecture`.
    pub fn architecture(mut self, value: impl Into<String>) -> Self {
        self.architecture = Some(value.into());
        self
    }

    /// Sets `OsType`.
    pub fn os_type(mut self, value: impl Into<String>) -> Self {
        self.os_type = Some(value.into());
        self
    }

    /// Sets `OsVersion`.
    pub fn os_version(mut self, value: impl Into<String>) -> Self {
        self.os_version = Some(value.into());
        self
    }

    /// Sets `Platform`.
    pub fn platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }

    /// Sets `ImageOwner`.
    pub fn image_owner(mut self, value: i64) -> Self {
        self.image_owner = Some(value);
        self
    }

    /// Sets `ImageSize`.
    pub fn image_size(mut self, value: i64) -> Self {
        self.image_size = Some(value);
        self
    }

    /// Sets `SrcImage`.
    pub fn src_image(mut self, value: SrcImage) -> Self {
        self.src_image = Some(value);
        self
    }

    /// Sets `ImageSource`.
    pub fn image_source(mut self, value: impl Into<String>) -> Self {
        self.image_source = Some(value.into());
        self
    }

    /// Sets `TaskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `IsSupportCloudInit`.
    pub fn is_support_cloud_init(mut self, value: bool) -> Self {
        self.is_support_cloud_init = Some(value);
        self
    }
}

/// Image size configuration
///
/// Used by `DescribeConfig`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageLimitConfig {
    /// Supported maximum image size in GB, including custom image size for import and central
    /// cloud image size.
    ///
    /// Wire name `MaxImageSize`.
    pub max_image_size: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ImageLimitConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ImageLimitConfig")
            .member("MaxImageSize", &self.max_image_size)
            .end()
    }
}

impl<'de> Deserialize<'de> for ImageLimitConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ImageLimitConfig {
    const NAME: &'static str = "ImageLimitConfig";
    const FIELDS: &'static [&'static str] = &["MaxImageSize"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "MaxImageSize" => Some(0),
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
            self.max_image_size = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl ImageLimitConfig {
    /// Creates an empty `ImageLimitConfig`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `MaxImageSize`.
    pub fn max_image_size(mut self, value: i64) -> Self {
        self.max_image_size = Some(value);
        self
    }
}

/// Supported OS type. Valid values: Windows, Linux.
///
/// Used by `DescribeImportImageOs`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageOsList {
    /// Supported Windows OS
    ///
    /// Wire name `Windows`; may be `null` (decoded as `None`).
    pub windows: Option<Vec<String>>,
    /// Supported Linux OS
    ///
    /// Wire name `Linux`; may be `null` (decoded as `None`).
    pub linux: Option<Vec<String>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ImageOsList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ImageOsList")
            .member("Windows", &self.windows)
            .member("Linux", &self.linux)
            .end()
    }
}

impl<'de> Deserialize<'de> for ImageOsList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ImageOsList {
    const NAME: &'static str = "ImageOsList";
    const FIELDS: &'static [&'static str] = &["Windows", "Linux"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Windows" => Some(0),
            "Linux" => Some(1),
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
            0 => self.windows = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.linux = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ImageOsList {
    /// Creates an empty `ImageOsList`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Windows`.
    pub fn windows(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.windows = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Linux`.
    pub fn linux(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.linux = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

/// Image task
///
/// Used by `DescribeCustomImageTask`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ImageTask {
    /// Image import status. Valid values: PENDING, PROCESSING, SUCCESS, FAILED
    ///
    /// Wire name `State`.
    pub state: Option<ImageTaskState>,
    /// Cause of import failure (FAILED)
    ///
    /// Wire name `Message`; may be `null` (decoded as `None`).
    pub message: Option<String>,
    /// Image name
    ///
    /// Wire name `ImageName`.
    pub image_name: Option<String>,
    /// Creation time
    ///
    /// Wire name `CreateTime`.
    pub create_time: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ImageTask {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ImageTask")
            .member("State", &self.state)
            .member("Message", &self.message)
            .member("ImageName", &self.image_name)
            .member("CreateTime", &self.create_time)
            .end()
    }
}

impl<'de> Deserialize<'de> for ImageTask {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ImageTask {
    const NAME: &'static str = "ImageTask";
    const FIELDS: &'static [&'static str] = &[
        "State",
        "Message",
        "ImageName",
        "CreateTime",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "State" => Some(0),
            "Message" => Some(1),
            "ImageName" => Some(2),
            "CreateTime" => Some(3),
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
            0 => self.state = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.message = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.image_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.create_time = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ImageTask {
    /// Creates an empty `ImageTask`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `State`.
    pub fn state(mut self, value: impl Into<ImageTaskState>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }

    /// Sets `CreateTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }
}

/// Instance information.
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
    /// Instance name, such as ens-34241f3s.
    ///
    /// Wire name `InstanceName`; may be `null` (decoded as `None`).
    pub instance_name: Option<String>,
    /// Instance status. Valid values:
    ///
    /// PENDING: creating
    ///
    /// LAUNCH_FAILED: failed to create
    ///
    /// RUNNING: running
    ///
    /// STOPPED: shut down
    ///
    /// STARTING: starting
    ///
    /// STOPPING: shutting down
    ///
    /// REBOOTING: restarting
    ///
    /// SHUTDOWN: to be terminated
    ///
    /// TERMINATING: terminating.
    ///
    /// Wire name `InstanceState`.
    pub instance_state: Option<InstanceState>,
    /// Information of the image currently used by the instance.
    ///
    /// Wire name `Image`; may be `null` (decoded as `None`).
    pub image: Option<Image>,
    /// Basic information of the current module of the instance.
    ///
    /// Wire name `SimpleModule`; may be `null` (decoded as `None`).
    pub simple_module: Option<SimpleModule>,
    /// Location information of the instance.
    ///
    /// Wire name `Position`; may be `null` (decoded as `None`).
    pub position: Option<Position>,
    /// Network information of the instance.
    ///
    /// Wire name `Internet`; may be `null` (decoded as `None`).
    pub internet: Option<Internet>,
    /// Configuration information of the instance.
    ///
    /// Wire name `InstanceTypeConfig`; may be `null` (decoded as `None`).
    pub instance_type_config: Option<InstanceTypeConfig>,
    /// Instance creation time.
    ///
    /// Wire name `CreateTime`; may be `null` (decoded as `None`).
    pub create_time: Option<String>,
    /// Instance tag information.
    ///
    /// Wire name `TagSet`; may be `null` (decoded as `None`).
    pub tag_set: Option<Vec<Tag>>,
    /// Last operation on the instance.
    ///
    /// Wire name `LatestOperation`; may be `null` (decoded as `None`).
    pub latest_operation: Option<String>,
    /// Result of the last operation on the instance.
    ///
    /// Wire name `LatestOperationState`; may be `null` (decoded as `None`).
    pub latest_operation_state: Option<String>,
    /// Instance business status. Valid values:
    ///
    /// NORMAL: normal
    ///
    /// EXPIRED: expired
    ///
    /// PROTECTIVELY_ISOLATED: isolated.
    ///
    /// Wire name `RestrictState`; may be `null` (decoded as `None`).
    pub restrict_state: Option<InstanceRestrictState>,
    /// System disk size in GB.
    ///
    /// Wire name `SystemDiskSize`; may be `null` (decoded as `None`).
    pub system_disk_size: Option<i64>,
    /// Data disk size in GB.
    ///
    /// Wire name `DataDiskSize`; may be `null` (decoded as `None`).
    pub data_disk_size: Option<i64>,
    /// Instance UUID
    ///
    /// Wire name `UUID`; may be `null` (decoded as `None`).
    pub uuid: Option<String>,
    /// Billing mode.
    ///
    /// 0: postpaid.
    ///
    /// 1: prepaid.
    ///
    /// Wire name `PayMode`; may be `null` (decoded as `None`).
    pub pay_mode: Option<InstancePayMode>,
    /// Expiration time in the format of yyyy-mm-dd HH:mm:ss.
    ///
    /// Wire name `ExpireTime`; may be `null` (decoded as `None`).
    pub expire_time: Option<String>,
    /// Isolation time in the format of yyyy-mm-dd HH:mm:ss.
    ///
    /// Wire name `IsolatedTime`; may be `null` (decoded as `None`).
    pub isolated_time: Option<String>,
    /// Auto-Renewal flag.
    ///
    /// 0: no.
    ///
    /// 1: yes.
    ///
    /// Wire name `RenewFlag`; may be `null` (decoded as `None`).
    pub renew_flag: Option<InstanceRenewFlag>,
    /// Expiration status.
    ///
    /// NORMAL: normal.
    ///
    /// WILL_EXPIRE: about to expire.
    ///
    /// EXPIRED: expired.
    ///
    /// Wire name `ExpireState`; may be `null` (decoded as `None`).
    pub expire_state: Option<InstanceExpireState>,
    /// System disk information
    ///
    /// Wire name `SystemDisk`; may be `null` (decoded as `None`).
    pub system_disk: Option<DiskInfo>,
    /// Data disk information
    ///
    /// Wire name `DataDisks`; may be `null` (decoded as `None`).
    pub data_disks: Option<Vec<DiskInfo>>,
    /// New instance flag
    ///
    /// Wire name `NewFlag`; may be `null` (decoded as `None`).
    pub new_flag: Option<i64>,
    /// Security group of the instance, which can be obtained from the sgId field in the
    /// returned value of the DescribeSecurityGroups API.
    ///
    /// Wire name `SecurityGroupIds`; may be `null` (decoded as `None`).
    pub security_group_ids: Option<Vec<String>>,
    /// VPC attribute
    ///
    /// Wire name `VirtualPrivateCloud`; may be `null` (decoded as `None`).
    pub virtual_private_cloud: Option<VirtualPrivateCloud>,
    /// ISP field of the instance.
    ///
    /// Wire name `ISP`; may be `null` (decoded as `None`).
    pub isp: Option<String>,
    /// Physical location information. Note that this field is currently a reserved field and
    /// null.
    ///
    /// Wire name `PhysicalPosition`; may be `null` (decoded as `None`).
    pub physical_position: Option<PhysicalPosition>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Instance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Instance")
            .member("InstanceId", &self.instance_id)
            .member("InstanceName", &self.instance_name)
            .member("InstanceState", &self.instance_state)
            .member("Image", &self.image)
            .member("SimpleModule", &self.simple_module)
            .member("Position", &self.position)
            .member("Internet", &self.internet)
            .member("InstanceTypeConfig", &self.instance_type_config)
            .member("CreateTime", &self.create_time)
            .member("TagSet", &self.tag_set)
            .member("LatestOperation", &self.latest_operation)
            .member("LatestOperationState", &self.latest_operation_state)
            .member("RestrictState", &self.restrict_state)
            .member("SystemDiskSize", &self.system_disk_size)
            .member("DataDiskSize", &self.data_disk_size)
            .member("UUID", &self.uuid)
            .member("PayMode", &self.pay_mode)
            .member("ExpireTime", &self.expire_time)
            .member("IsolatedTime", &self.isolated_time)
            .member("RenewFlag", &self.renew_flag)
            .member("ExpireState", &self.expire_state)
            .member("SystemDisk", &self.system_disk)
            .member("DataDisks", &self.data_disks)
            .member("NewFlag", &self.new_flag)
            .member("SecurityGroupIds", &self.security_group_ids)
            .member("VirtualPrivateCloud", &self.virtual_private_cloud)
            .member("ISP", &self.isp)
            .member("PhysicalPosition", &self.physical_position)
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
        "InstanceName",
        "InstanceState",
        "Image",
        "SimpleModule",
        "Position",
        "Internet",
        "InstanceTypeConfig",
        "CreateTime",
        "TagSet",
        "LatestOperation",
        "LatestOperationState",
        "RestrictState",
        "SystemDiskSize",
        "DataDiskSize",
        "UUID",
        "PayMode",
        "ExpireTime",
        "IsolatedTime",
        "RenewFlag",
        "ExpireState",
        "SystemDisk",
        "DataDisks",
        "NewFlag",
        "SecurityGroupIds",
        "VirtualPrivateCloud",
        "ISP",
        "PhysicalPosition",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceId" => Some(0),
            "InstanceName" => Some(1),
            "InstanceState" => Some(2),
            "Image" => Some(3),
            "SimpleModule" => Some(4),
            "Position" => Some(5),
            "Internet" => Some(6),
            "InstanceTypeConfig" => Some(7),
            "CreateTime" => Some(8),
            "TagSet" => Some(9),
            "LatestOperation" => Some(10),
            "LatestOperationState" => Some(11),
            "RestrictState" => Some(12),
            "SystemDiskSize" => Some(13),
            "DataDiskSize" => Some(14),
            "UUID" => Some(15),
            "PayMode" => Some(16),
            "ExpireTime" => Some(17),
            "IsolatedTime" => Some(18),
            "RenewFlag" => Some(19),
            "ExpireState" => Some(20),
            "SystemDisk" => Some(21),
            "DataDisks" => Some(22),
            "NewFlag" => Some(23),
            "SecurityGroupIds" => Some(24),
            "VirtualPrivateCloud" => Some(25),
            "ISP" => Some(26),
            "PhysicalPosition" => Some(27),
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
            1 => self.instance_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.instance_state = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.image = map.next_value()?,
            4 => self.simple_module = map.next_value()?,
            5 => self.position = map.next_value()?,
            6 => self.internet = map.next_value()?,
            7 => self.instance_type_config = map.next_value()?,
            8 => self.create_time = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.tag_set = map.next_value()?,
            10 => {
                self.latest_operation = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            11 => {
                self.latest_operation_state = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            12 => {
                self.restrict_state = map.next_value_seed(crate::lenient::Field::new())?;
            }
            13 => {
                self.system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            14 => {
                self.data_disk_size = map.next_value_seed(crate::lenient::Field::new())?;
            }
            15 => self.uuid = map.next_value_seed(crate::lenient::Field::new())?,
            16 => self.pay_mode = map.next_value_seed(crate::lenient::Field::new())?,
            17 => self.expire_time = map.next_value_seed(crate::lenient::Field::new())?,
            18 => self.isolated_time = map.next_value_seed(crate::lenient::Field::new())?,
            19 => self.renew_flag = map.next_value_seed(crate::lenient::Field::new())?,
            20 => self.expire_state = map.next_value_seed(crate::lenient::Field::new())?,
            21 => self.system_disk = map.next_value()?,
            22 => self.data_disks = map.next_value()?,
            23 => self.new_flag = map.next_value_seed(crate::lenient::Field::new())?,
            24 => {
                self.security_group_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            25 => self.virtual_private_cloud = map.next_value()?,
            26 => self.isp = map.next_value_seed(crate::lenient::Field::new())?,
            27 => self.physical_position = map.next_value()?,
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

    /// Sets `InstanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }

    /// Sets `InstanceState`.
    pub fn instance_state(mut self, value: impl Into<InstanceState>) -> Self {
        self.instance_state = Some(value.into());
        self
    }

    /// Sets `Image`.
    pub fn image(mut self, value: Image) -> Self {
        self.image = Some(value);
        self
    }

    /// Sets `SimpleModule`.
    pub fn simple_module(mut self, value: SimpleModule) -> Self {
        self.simple_module = Some(value);
        self
    }

    /// Sets `Position`.
    pub fn position(mut self, value: Position) -> Self {
        self.position = Some(value);
        self
    }

    /// Sets `Internet`.
    pub fn internet(mut self, value: Internet) -> Self {
        self.internet = Some(value);
        self
    }

    /// Sets `InstanceTypeConfig`.
    pub fn instance_type_config(mut self, value: InstanceTypeConfig) -> Self {
        self.instance_type_config = Some(value);
        self
    }

    /// Sets `CreateTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }

    /// Sets `TagSet`.
    pub fn tag_set(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tag_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `LatestOperation`.
    pub fn latest_operation(mut self, value: impl Into<String>) -> Self {
        self.latest_operation = Some(value.into());
        self
    }

    /// Sets `LatestOperationState`.
    pub fn latest_operation_state(mut self, value: impl Into<String>) -> Self {
        self.latest_operation_state = Some(value.into());
        self
    }

    /// Sets `RestrictState`.
    pub fn restrict_state(mut self, value: impl Into<InstanceRestrictState>) -> Self {
        self.restrict_state = Some(value.into());
        self
    }

    /// Sets `SystemDiskSize`.
    pub fn system_disk_size(mut self, value: i64) -> Self {
        self.system_disk_size = Some(value);
        self
    }

    /// Sets `DataDiskSize`.
    pub fn data_disk_size(mut self, value: i64) -> Self {
        self.data_disk_size = Some(value);
        self
    }

    /// Sets `UUID`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }

    /// Sets `PayMode`.
    pub fn pay_mode(mut self, value: impl Into<InstancePayMode>) -> Self {
        self.pay_mode = Some(value.into());
        self
    }

    /// Sets `ExpireTime`.
    pub fn expire_time(mut self, value: impl Into<String>) -> Self {
        self.expire_time = Some(value.into());
        self
    }

    /// Sets `IsolatedTime`.
    pub fn isolated_time(mut self, value: impl Into<String>) -> Self {
        self.isolated_time = Some(value.into());
        self
    }

    /// Sets `RenewFlag`.
    pub fn renew_flag(mut self, value: impl Into<InstanceRenewFlag>) -> Self {
        self.renew_flag = Some(value.into());
        self
    }

    /// Sets `ExpireState`.
    pub fn expire_state(mut self, value: impl Into<InstanceExpireState>) -> Self {
        self.expire_state = Some(value.into());
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: DiskInfo) -> Self {
        self.system_disk = Some(value);
        self
    }

    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: impl IntoIterator<Item = DiskInfo>) -> Self {
        self.data_disks = Some(value.into_iter().collect());
        self
    }

    /// Sets `NewFlag`.
    pub fn new_flag(mut self, value: i64) -> Self {
        self.new_flag = Some(value);
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

    /// Sets `VirtualPrivateCloud`.
    pub fn virtual_private_cloud(mut self, value: VirtualPrivateCloud) -> Self {
        self.virtual_private_cloud = Some(value);
        self
    }

    /// Sets `ISP`.
    pub fn isp(mut self, value: impl Into<String>) -> Self {
        self.isp = Some(value.into());
        self
    }

    /// Sets `PhysicalPosition`.
    pub fn physical_position(mut self, value: PhysicalPosition) -> Self {
        self.physical_position = Some(value);
        self
    }
}

/// Model family configuration
///
/// Used by `DescribeInstanceTypeConfig`, `DescribeInstances`, `DescribeModuleDetail`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceFamilyConfig {
    /// Model name
    ///
    /// Wire name `InstanceFamilyName`.
    pub instance_family_name: Option<String>,
    /// Model ID
    ///
    /// Wire name `InstanceFamily`.
    pub instance_family: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstanceFamilyConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstanceFamilyConfig")
            .member("InstanceFamilyName", &self.instance_family_name)
            .member("InstanceFamily", &self.instance_family)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstanceFamilyConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstanceFamilyConfig {
    const NAME: &'static str = "InstanceFamilyConfig";
    const FIELDS: &'static [&'static str] = &["InstanceFamilyName", "InstanceFamily"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceFamilyName" => Some(0),
            "InstanceFamily" => Some(1),
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
                self.instance_family_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.instance_family = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl InstanceFamilyConfig {
    /// Creates an empty `InstanceFamilyConfig`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceFamilyName`.
    pub fn instance_family_name(mut self, value: impl Into<String>) -> Self {
        self.instance_family_name = Some(value.into());
        self
    }

    /// Sets `InstanceFamily`.
    pub fn instance_family(mut self, value: impl Into<String>) -> Self {
        self.instance_family = Some(value.into());
        self
    }
}

/// Instance family type configuration
///
/// Used by `DescribeInstanceTypeConfig`, `DescribeInstances`, `DescribeModuleDetail`,
/// `DescribePeakBaseOverview`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceFamilyTypeConfig {
    /// Instance model family type ID
    ///
    /// Wire name `InstanceFamilyType`.
    pub instance_family_type: Option<String>,
    /// Instance model family type name
    ///
    /// Wire name `InstanceFamilyTypeName`.
    pub instance_family_type_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstanceFamilyTypeConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstanceFamilyTypeConfig")
            .member("InstanceFamilyType", &self.instance_family_type)
            .member("InstanceFamilyTypeName", &self.instance_family_type_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstanceFamilyTypeConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstanceFamilyTypeConfig {
    const NAME: &'static str = "InstanceFamilyTypeConfig";
    const FIELDS: &'static [&'static str] = &[
        "InstanceFamilyType",
        "InstanceFamilyTypeName",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceFamilyType" => Some(0),
            "InstanceFamilyTypeName" => Some(1),
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
                self.instance_family_type = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.instance_family_type_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl InstanceFamilyTypeConfig {
    /// Creates an empty `InstanceFamilyTypeConfig`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceFamilyType`.
    pub fn instance_family_type(mut self, value: impl Into<String>) -> Self {
        self.instance_family_type = Some(value.into());
        self
    }

    /// Sets `InstanceFamilyTypeName`.
    pub fn instance_family_type_name(mut self, value: impl Into<String>) -> Self {
        self.instance_family_type_name = Some(value.into());
        self
    }
}

/// Instance ENI IP information array
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceNetworkInfo {
    /// Private and public IP information of the instance.
    ///
    /// Wire name `AddressInfoSet`; may be `null` (decoded as `None`).
    pub address_info_set: Option<Vec<AddressInfo>>,
    /// ENI ID.
    ///
    /// Wire name `NetworkInterfaceId`.
    pub network_interface_id: Option<String>,
    /// ENI name.
    ///
    /// Wire name `NetworkInterfaceName`; may be `null` (decoded as `None`).
    pub network_interface_name: Option<String>,
    /// Primary ENI attribute. Valid values: true: primary ENI; false: secondary ENI.
    ///
    /// Wire name `Primary`.
    pub primary: Option<bool>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstanceNetworkInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstanceNetworkInfo")
            .member("AddressInfoSet", &self.address_info_set)
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("NetworkInterfaceName", &self.network_interface_name)
            .member("Primary", &self.primary)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstanceNetworkInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstanceNetworkInfo {
    const NAME: &'static str = "InstanceNetworkInfo";
    const FIELDS: &'static [&'static str] = &[
        "AddressInfoSet",
        "NetworkInterfaceId",
        "NetworkInterfaceName",
        "Primary",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "AddressInfoSet" => Some(0),
            "NetworkInterfaceId" => Some(1),
            "NetworkInterfaceName" => Some(2),
            "Primary" => Some(3),
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
            0 => self.address_info_set = map.next_value()?,
            1 => {
                self.network_interface_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.network_interface_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.primary = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl InstanceNetworkInfo {
    /// Creates an empty `InstanceNetworkInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `AddressInfoSet`.
    pub fn address_info_set(
        mut self,
        value: impl IntoIterator<Item = AddressInfo>,
    ) -> Self {
        self.address_info_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceName`.
    pub fn network_interface_name(mut self, value: impl Into<String>) -> Self {
        self.network_interface_name = Some(value.into());
        self
    }

    /// Sets `Primary`.
    pub fn primary(mut self, value: bool) -> Self {
        self.primary = Some(value);
        self
    }
}

/// Network resource limit of the instance
///
/// Used by `DescribeConfig`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceNetworkLimitConfig {
    /// Number of CPU cores
    ///
    /// Wire name `CpuNum`.
    pub cpu_num: Option<i64>,
    /// ENI quantity limit
    ///
    /// Wire name `NetworkInterfaceLimit`.
    pub network_interface_limit: Option<i64>,
    /// Private IP quantity limit per ENI
    ///
    /// Wire name `InnerIpPerNetworkInterface`.
    pub inner_ip_per_network_interface: Option<i64>,
    /// Public IP limit per instance
    ///
    /// Wire name `PublicIpPerInstance`.
    pub public_ip_per_instance: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstanceNetworkLimitConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstanceNetworkLimitConfig")
            .member("CpuNum", &self.cpu_num)
            .member("NetworkInterfaceLimit", &self.network_interface_limit)
            .member("InnerIpPerNetworkInterface", &self.inner_ip_per_network_interface)
            .member("PublicIpPerInstance", &self.public_ip_per_instance)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstanceNetworkLimitConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstanceNetworkLimitConfig {
    const NAME: &'static str = "InstanceNetworkLimitConfig";
    const FIELDS: &'static [&'static str] = &[
        "CpuNum",
        "NetworkInterfaceLimit",
        "InnerIpPerNetworkInterface",
        "PublicIpPerInstance",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "CpuNum" => Some(0),
            "NetworkInterfaceLimit" => Some(1),
            "InnerIpPerNetworkInterface" => Some(2),
            "PublicIpPerInstance" => Some(3),
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
            0 => self.cpu_num = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.network_interface_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.inner_ip_per_network_interface = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.public_ip_per_instance = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl InstanceNetworkLimitConfig {
    /// Creates an empty `InstanceNetworkLimitConfig`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `CpuNum`.
    pub fn cpu_num(mut self, value: i64) -> Self {
        self.cpu_num = Some(value);
        self
    }

    /// Sets `NetworkInterfaceLimit`.
    pub fn network_interface_limit(mut self, value: i64) -> Self {
        self.network_interface_limit = Some(value);
        self
    }

    /// Sets `InnerIpPerNetworkInterface`.
    pub fn inner_ip_per_network_interface(mut self, value: i64) -> Self {
        self.inner_ip_per_network_interface = Some(value);
        self
    }

    /// Sets `PublicIpPerInstance`.
    pub fn public_ip_per_instance(mut self, value: i64) -> Self {
        self.public_ip_per_instance = Some(value);
        self
    }
}

/// Executable operations for the instance
///
/// Used by `DescribeInstancesDeniedActions`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceOperator {
    /// Instance ID
    ///
    /// Wire name `InstanceId`.
    pub instance_id: Option<String>,
    /// Prohibited operations for the instance
    ///
    /// Wire name `DeniedActions`; may be `null` (decoded as `None`).
    pub denied_actions: Option<Vec<OperatorAction>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstanceOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstanceOperator")
            .member("InstanceId", &self.instance_id)
            .member("DeniedActions", &self.denied_actions)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstanceOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstanceOperator {
    const NAME: &'static str = "InstanceOperator";
    const FIELDS: &'static [&'static str] = &["InstanceId", "DeniedActions"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceId" => Some(0),
            "DeniedActions" => Some(1),
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
            1 => self.denied_actions = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl InstanceOperator {
    /// Creates an empty `InstanceOperator`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `DeniedActions`.
    pub fn denied_actions(
        mut self,
        value: impl IntoIterator<Item = OperatorAction>,
    ) -> Self {
        self.denied_actions = Some(value.into_iter().collect());
        self
    }
}

/// Instance price information
///
/// Used by `DescribePriceRunInstance`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstancePricesPartDetail {
    /// CPU price information
    ///
    /// Wire name `CpuPrice`; required.
    pub cpu_price: Option<PriceDetail>,
    /// Memory price information
    ///
    /// Wire name `MemPrice`; required.
    pub mem_price: Option<PriceDetail>,
    /// Disk price information
    ///
    /// Wire name `DisksPrice`; required.
    pub disks_price: Option<PriceDetail>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstancePricesPartDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstancePricesPartDetail")
            .member("CpuPrice", &self.cpu_price)
            .member("MemPrice", &self.mem_price)
            .member("DisksPrice", &self.disks_price)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstancePricesPartDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstancePricesPartDetail {
    const NAME: &'static str = "InstancePricesPartDetail";
    const FIELDS: &'static [&'static str] = &["CpuPrice", "MemPrice", "DisksPrice"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "CpuPrice" => Some(0),
            "MemPrice" => Some(1),
            "DisksPrice" => Some(2),
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
            0 => self.cpu_price = map.next_value()?,
            1 => self.mem_price = map.next_value()?,
            2 => self.disks_price = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl InstancePricesPartDetail {
    /// Creates an empty `InstancePricesPartDetail`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `CpuPrice` (required).
    pub fn cpu_price(mut self, value: PriceDetail) -> Self {
        self.cpu_price = Some(value);
        self
    }

    /// Sets `MemPrice` (required).
    pub fn mem_price(mut self, value: PriceDetail) -> Self {
        self.mem_price = Some(value);
        self
    }

    /// Sets `DisksPrice` (required).
    pub fn disks_price(mut self, value: PriceDetail) -> Self {
        self.disks_price = Some(value);
        self
    }
}

/// Instance statistics
///
/// Used by `DescribeSecurityGroupAssociationStatistics`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceStatistic {
    /// Instance type
    ///
    /// Wire name `InstanceType`.
    pub instance_type: Option<String>,
    /// Number of instances
    ///
    /// Wire name `InstanceCount`.
    pub instance_count: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstanceStatistic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstanceStatistic")
            .member("InstanceType", &self.instance_type)
            .member("InstanceCount", &self.instance_count)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstanceStatistic {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstanceStatistic {
    const NAME: &'static str = "InstanceStatistic";
    const FIELDS: &'static [&'static str] = &["InstanceType", "InstanceCount"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceType" => Some(0),
            "InstanceCount" => Some(1),
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
            0 => self.instance_type = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.instance_count = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl InstanceStatistic {
    /// Creates an empty `InstanceStatistic`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceType`.
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `InstanceCount`.
    pub fn instance_count(mut self, value: i64) -> Self {
        self.instance_count = Some(value);
        self
    }
}

/// Model configuration
///
/// Used by `DescribeInstanceTypeConfig`, `DescribeInstances`, `DescribeModuleDetail`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceTypeConfig {
    /// Model family configuration information
    ///
    /// Wire name `InstanceFamilyConfig`.
    pub instance_family_config: Option<InstanceFamilyConfig>,
    /// Model
    ///
    /// Wire name `InstanceType`.
    pub instance_type: Option<String>,
    /// Number of CPU cores
    ///
    /// Wire name `Vcpu`.
    pub vcpu: Option<i64>,
    /// Memory size
    ///
    /// Wire name `Memory`.
    pub memory: Option<i64>,
    /// Clock rate
    ///
    /// Wire name `Frequency`.
    pub frequency: Option<String>,
    /// CPU model
    ///
    /// Wire name `CpuModelName`.
    pub cpu_model_name: Option<String>,
    /// Instance family type configuration information
    ///
    /// Wire name `InstanceFamilyTypeConfig`.
    pub instance_family_type_config: Option<InstanceFamilyTypeConfig>,
    /// Extra model information, which is a JSON string in the format of
    /// {"dataDiskSize":3200,"systemDiskSize":60,"systemDiskSizeShow":"default system disk
    /// size:60 GB","dataDiskSizeShow":"local N… SSD: 3200 GB"}. It indicates a special model
    /// if it exists
    ///
    /// Wire name `ExtInfo`; may be `null` (decoded as `None`).
    pub ext_info: Option<String>,
    /// Number of GPU cards
    ///
    /// Wire name `Vgpu`; may be `null` (decoded as `None`).
    pub vgpu: Option<f64>,
    /// GPU model
    ///
    /// Wire name `GpuModelName`; may be `null` (decoded as `None`).
    pub gpu_model_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstanceTypeConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstanceTypeConfig")
            .member("InstanceFamilyConfig", &self.instance_family_config)
            .member("InstanceType", &self.instance_type)
            .member("Vcpu", &self.vcpu)
            .member("Memory", &self.memory)
            .member("Frequency", &self.frequency)
            .member("CpuModelName", &self.cpu_model_name)
            .member("InstanceFamilyTypeConfig", &self.instance_family_type_config)
            .member("ExtInfo", &self.ext_info)
            .member("Vgpu", &self.vgpu)
            .member("GpuModelName", &self.gpu_model_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstanceTypeConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstanceTypeConfig {
    const NAME: &'static str = "InstanceTypeConfig";
    const FIELDS: &'static [&'static str] = &[
        "InstanceFamilyConfig",
        "InstanceType",
        "Vcpu",
        "Memory",
        "Frequency",
        "CpuModelName",
        "InstanceFamilyTypeConfig",
        "ExtInfo",
        "Vgpu",
        "GpuModelName",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceFamilyConfig" => Some(0),
            "InstanceType" => Some(1),
            "Vcpu" => Some(2),
            "Memory" => Some(3),
            "Frequency" => Some(4),
            "CpuModelName" => Some(5),
            "InstanceFamilyTypeConfig" => Some(6),
            "ExtInfo" => Some(7),
            "Vgpu" => Some(8),
            "GpuModelName" => Some(9),
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
            0 => self.instance_family_config = map.next_value()?,
            1 => self.instance_type = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.vcpu = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.memory = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.frequency = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.cpu_model_name = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.instance_family_type_config = map.next_value()?,
            7 => self.ext_info = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.vgpu = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.gpu_model_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl InstanceTypeConfig {
    /// Creates an empty `InstanceTypeConfig`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceFamilyConfig`.
    pub fn instance_family_config(mut self, value: InstanceFamilyConfig) -> Self {
        self.instance_family_config = Some(value);
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `Vcpu`.
    pub fn vcpu(mut self, value: i64) -> Self {
        self.vcpu = Some(value);
        self
    }

    /// Sets `Memory`.
    pub fn memory(mut self, value: i64) -> Self {
        self.memory = Some(value);
        self
    }

    /// Sets `Frequency`.
    pub fn frequency(mut self, value: impl Into<String>) -> Self {
        self.frequency = Some(value.into());
        self
    }

    /// Sets `CpuModelName`.
    pub fn cpu_model_name(mut self, value: impl Into<String>) -> Self {
        self.cpu_model_name = Some(value.into());
        self
    }

    /// Sets `InstanceFamilyTypeConfig`.
    pub fn instance_family_type_config(
        mut self,
        value: InstanceFamilyTypeConfig,
    ) -> Self {
        self.instance_family_type_config = Some(value);
        self
    }

    /// Sets `ExtInfo`.
    pub fn ext_info(mut self, value: impl Into<String>) -> Self {
        self.ext_info = Some(value.into());
        self
    }

    /// Sets `Vgpu`.
    pub fn vgpu(mut self, value: f64) -> Self {
        self.vgpu = Some(value);
        self
    }

    /// Sets `GpuModelName`.
    pub fn gpu_model_name(mut self, value: impl Into<String>) -> Self {
        self.gpu_model_name = Some(value.into());
        self
    }
}

/// Instance price information
///
/// Used by `DescribePriceRunInstance`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstancesPrice {
    /// Instance price details
    ///
    /// Wire name `InstancePricesPartDetail`; required.
    pub instance_prices_part_detail: Option<InstancePricesPartDetail>,
    /// Discount on the total instance price
    ///
    /// Wire name `Discount`; required.
    pub discount: Option<i64>,
    /// Discounted price
    ///
    /// Wire name `DiscountPrice`; required.
    pub discount_price: Option<i64>,
    /// Original cost
    ///
    /// Wire name `OriginalPrice`; required.
    pub original_price: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for InstancesPrice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "InstancesPrice")
            .member("InstancePricesPartDetail", &self.instance_prices_part_detail)
            .member("Discount", &self.discount)
            .member("DiscountPrice", &self.discount_price)
            .member("OriginalPrice", &self.original_price)
            .end()
    }
}

impl<'de> Deserialize<'de> for InstancesPrice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for InstancesPrice {
    const NAME: &'static str = "InstancesPrice";
    const FIELDS: &'static [&'static str] = &[
        "InstancePricesPartDetail",
        "Discount",
        "DiscountPrice",
        "OriginalPrice",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstancePricesPartDetail" => Some(0),
            "Discount" => Some(1),
            "DiscountPrice" => Some(2),
            "OriginalPrice" => Some(3),
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
            0 => self.instance_prices_part_detail = map.next_value()?,
            1 => self.discount = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.discount_price = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.original_price = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl InstancesPrice {
    /// Creates an empty `InstancesPrice`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstancePricesPartDetail` (required).
    pub fn instance_prices_part_detail(
        mut self,
        value: InstancePricesPartDetail,
    ) -> Self {
        self.instance_prices_part_detail = Some(value);
        self
    }

    /// Sets `Discount` (required).
    pub fn discount(mut self, value: i64) -> Self {
        self.discount = Some(value);
        self
    }

    /// Sets `DiscountPrice` (required).
    pub fn discount_price(mut self, value: i64) -> Self {
        self.discount_price = Some(value);
        self
    }

    /// Sets `OriginalPrice` (required).
    pub fn original_price(mut self, value: i64) -> Self {
        self.original_price = Some(value);
        self
    }
}

/// Network information of the instance.
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Internet {
    /// Private network information list of the instance, with the primary ENI followed by
    /// secondary ENIs in the order of binding.
    ///
    /// Wire name `PrivateIPAddressSet`; may be `null` (decoded as `None`).
    pub private_ip_address_set: Option<Vec<PrivateIpAddressInfo>>,
    /// Public network information list of the instance, with the primary ENI followed by
    /// secondary ENIs in the order of binding.
    ///
    /// Wire name `PublicIPAddressSet`; may be `null` (decoded as `None`).
    pub public_ip_address_set: Option<Vec<PublicIpAddressInfo>>,
    /// Network information of the instance.
    ///
    /// Wire name `InstanceNetworkInfoSet`; may be `null` (decoded as `None`).
    pub instance_network_info_set: Option<Vec<InstanceNetworkInfo>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Internet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Internet")
            .member("PrivateIPAddressSet", &self.private_ip_address_set)
            .member("PublicIPAddressSet", &self.public_ip_address_set)
            .member("InstanceNetworkInfoSet", &self.instance_network_info_set)
            .end()
    }
}

impl<'de> Deserialize<'de> for Internet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Internet {
    const NAME: &'static str = "Internet";
    const FIELDS: &'static [&'static str] = &[
        "PrivateIPAddressSet",
        "PublicIPAddressSet",
        "InstanceNetworkInfoSet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PrivateIPAddressSet" => Some(0),
            "PublicIPAddressSet" => Some(1),
            "InstanceNetworkInfoSet" => Some(2),
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
            1 => self.public_ip_address_set = map.next_value()?,
            2 => self.instance_network_info_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl Internet {
    /// Creates an empty `Internet`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PrivateIPAddressSet`.
    pub fn private_ip_address_set(
        mut self,
        value: impl IntoIterator<Item = PrivateIpAddressInfo>,
    ) -> Self {
        self.private_ip_address_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `PublicIPAddressSet`.
    pub fn public_ip_address_set(
        mut self,
        value: impl IntoIterator<Item = PublicIpAddressInfo>,
    ) -> Self {
        self.public_ip_address_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `InstanceNetworkInfoSet`.
    pub fn instance_network_info_set(
        mut self,
        value: impl IntoIterator<Item = InstanceNetworkInfo>,
    ) -> Self {
        self.instance_network_info_set = Some(value.into_iter().collect());
        self
    }
}

/// IPv6 address information.
///
/// Used by `AssignIpv6Addresses`, `CreateNetworkInterface`, `DescribeNetworkInterfaces`,
/// `ModifyIpv6AddressesAttribute`, `ReleaseIpv6Addresses`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Ipv6Address {
    /// IPv6 address, such as 3402:4e00:20:100:0:8cd9:2a67:71f3
    ///
    /// Wire name `Address`; required.
    pub address: Option<String>,
    /// Whether it is the primary IP.
    ///
    /// Wire name `Primary`; optional.
    pub primary: Option<bool>,
    /// EIP instance ID, such as eip-hxlqja90.
    ///
    /// Wire name `AddressId`; optional.
    pub address_id: Option<String>,
    /// Description.
    ///
    /// Wire name `Description`; optional.
    pub description: Option<String>,
    /// Whether the public IP is blocked.
    ///
    /// Wire name `IsWanIpBlocked`; optional.
    pub is_wan_ip_blocked: Option<bool>,
    /// IPv6 address status:
    ///
    /// PENDING: generating
    ///
    /// MIGRATING: migrating
    ///
    /// DELETING: deleting
    ///
    /// AVAILABLE: available
    ///
    /// Wire name `State`; optional.
    pub state: Option<Ipv6AddressState>,
}

impl Serialize for Ipv6Address {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Ipv6Address")
            .member("Address", &self.address)
            .member("Primary", &self.primary)
            .member("AddressId", &self.address_id)
            .member("Description", &self.description)
            .member("IsWanIpBlocked", &self.is_wan_ip_blocked)
            .member("State", &self.state)
            .end()
    }
}

impl<'de> Deserialize<'de> for Ipv6Address {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Ipv6Address {
    const NAME: &'static str = "Ipv6Address";
    const FIELDS: &'static [&'static str] = &[
        "Address",
        "Primary",
        "AddressId",
        "Description",
        "IsWanIpBlocked",
        "State",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Address" => Some(0),
            "Primary" => Some(1),
            "AddressId" => Some(2),
            "Description" => Some(3),
            "IsWanIpBlocked" => Some(4),
            "State" => Some(5),
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
            0 => self.address = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.primary = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.address_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.description = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.is_wan_ip_blocked = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => self.state = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Ipv6Address {
    /// Creates an empty `Ipv6Address`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Address` (required).
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `Primary`.
    pub fn primary(mut self, value: bool) -> Self {
        self.primary = Some(value);
        self
    }

    /// Sets `AddressId`.
    pub fn address_id(mut self, value: impl Into<String>) -> Self {
        self.address_id = Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `IsWanIpBlocked`.
    pub fn is_wan_ip_blocked(mut self, value: bool) -> Self {
        self.is_wan_ip_blocked = Some(value);
        self
    }

    /// Sets `State`.
    pub fn state(mut self, value: impl Into<Ipv6AddressState>) -> Self {
        self.state = Some(value.into());
        self
    }
}

impl Validate for Ipv6Address {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Address", &self.address)?;
        Ok(())
    }
}

/// Key pair information
///
/// Used by `CreateKeyPair`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct KeyPair {
    /// Key pair ID, which is the unique identifier of a key pair.
    ///
    /// Wire name `KeyId`; may be `null` (decoded as `None`).
    pub key_id: Option<String>,
    /// Key pair name.
    ///
    /// Wire name `KeyName`; may be `null` (decoded as `None`).
    pub key_name: Option<String>,
    /// Project ID of the key pair.
    ///
    /// Wire name `ProjectId`; may be `null` (decoded as `None`).
    pub project_id: Option<i64>,
    /// Key pair description.
    ///
    /// Wire name `Description`; may be `null` (decoded as `None`).
    pub description: Option<String>,
    /// Public key (in plain text) of key pair.
    ///
    /// Wire name `PublicKey`; may be `null` (decoded as `None`).
    pub public_key: Option<String>,
    /// Private key (in plaintext) of a key pair. Tencent Cloud do not store private keys.
    /// Therefore, keep them secure.
    ///
    /// Wire name `PrivateKey`; may be `null` (decoded as `None`).
    pub private_key: Option<String>,
    /// List of IDs of the instances associated with the key.
    ///
    /// Wire name `AssociatedInstanceIds`; may be `null` (decoded as `None`).
    pub associated_instance_ids: Option<Vec<String>>,
    /// Creation time in the format of YYYY-MM-DDThh:mm:ssZ according to ISO 8601 standard. UTC
    /// time is used.
    ///
    /// Wire name `CreatedTime`; an ISO 8601 timestamp string such as
    /// `2020-09-22T00:00:00+00:00`; may be `null` (decoded as `None`).
    pub created_time: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for KeyPair {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "KeyPair")
            .member("KeyId", &self.key_id)
            .member("KeyName", &self.key_name)
            .member("ProjectId", &self.project_id)
            .member("Description", &self.description)
            .member("PublicKey", &self.public_key)
            .member("PrivateKey", &self.private_key)
            .member("AssociatedInstanceIds", &self.associated_instance_ids)
            .member("CreatedTime", &self.created_time)
            .end()
    }
}

impl<'de> Deserialize<'de> for KeyPair {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for KeyPair {
    const NAME: &'static str = "KeyPair";
    const FIELDS: &'static [&'static str] = &[
        "KeyId",
        "KeyName",
        "ProjectId",
        "Description",
        "PublicKey",
        "PrivateKey",
        "AssociatedInstanceIds",
        "CreatedTime",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "KeyId" => Some(0),
            "KeyName" => Some(1),
            "ProjectId" => Some(2),
            "Description" => Some(3),
            "PublicKey" => Some(4),
            "PrivateKey" => Some(5),
            "AssociatedInstanceIds" => Some(6),
            "CreatedTime" => Some(7),
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
            0 => self.key_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.key_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.project_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.description = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.public_key = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.private_key = map.next_value_seed(crate::lenient::Field::new())?,
            6 => {
                self.associated_instance_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            7 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl std::fmt::Debug for KeyPair {
    /// Prints every field but the secret ones, which show as `<redacted>`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair")
            .field("key_id", &self.key_id)
            .field("key_name", &self.key_name)
            .field("project_id", &self.project_id)
            .field("description", &self.description)
            .field("public_key", &self.public_key)
            .field("private_key", &self.private_key.as_ref().map(|_| "<redacted>"))
            .field("associated_instance_ids", &self.associated_instance_ids)
            .field("created_time", &self.created_time)
            .finish()
    }
}

impl KeyPair {
    /// Creates an empty `KeyPair`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `KeyId`.
    pub fn key_id(mut self, value: impl Into<String>) -> Self {
        self.key_id = Some(value.into());
        self
    }

    /// Sets `KeyName`.
    pub fn key_name(mut self, value: impl Into<String>) -> Self {
        self.key_name = Some(value.into());
        self
    }

    /// Sets `ProjectId`.
    pub fn project_id(mut self, value: i64) -> Self {
        self.project_id = Some(value);
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `PublicKey`.
    pub fn public_key(mut self, value: impl Into<String>) -> Self {
        self.public_key = Some(value.into());
        self
    }

    /// Sets `PrivateKey`.
    pub fn private_key(mut self, value: impl Into<String>) -> Self {
        self.private_key = Some(value.into());
        self
    }

    /// Sets `AssociatedInstanceIds`.
    pub fn associated_instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.associated_instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }
}

/// CLB listener
///
/// Used by `DescribeListeners`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Listener {
    /// CLB listener ID
    ///
    /// Wire name `ListenerId`; may be `null` (decoded as `None`).
    pub listener_id: Option<String>,
    /// Listener protocol
    ///
    /// Wire name `Protocol`; may be `null` (decoded as `None`).
    pub protocol: Option<String>,
    /// Listener port.
    ///
    /// Wire name `Port`; may be `null` (decoded as `None`).
    pub port: Option<i64>,
    /// Health check information of the listener
    ///
    /// Wire name `HealthCheck`; may be `null` (decoded as `None`).
    pub health_check: Option<HealthCheck>,
    /// Request scheduling method
    ///
    /// Wire name `Scheduler`; may be `null` (decoded as `None`).
    pub scheduler: Option<String>,
    /// Session persistence time
    ///
    /// Wire name `SessionExpireTime`; may be `null` (decoded as `None`).
    pub session_expire_time: Option<i64>,
    /// Listener name
    ///
    /// Wire name `ListenerName`; may be `null` (decoded as `None`).
    pub listener_name: Option<String>,
    /// Listener creation time
    ///
    /// Wire name `CreateTime`; may be `null` (decoded as `None`).
    pub create_time: Option<String>,
    /// Session type of the listener
    ///
    /// Wire name `SessionType`; may be `null` (decoded as `None`).
    pub session_type: Option<String>,
    /// End port of the port range
    ///
    /// Wire name `EndPort`; may be `null` (decoded as `None`).
    pub end_port: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Listener {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Listener")
            .member("ListenerId", &self.listener_id)
            .member("Protocol", &self.protocol)
            .member("Port", &self.port)
            .member("HealthCheck", &self.health_check)
            .member("Scheduler", &self.scheduler)
            .member("SessionExpireTime", &self.session_expire_time)
            .member("ListenerName", &self.listener_name)
            .member("CreateTime", &self.create_time)
            .member("SessionType", &self.session_type)
            .member("EndPort", &self.end_port)
            .end()
    }
}

impl<'de> Deserialize<'de> for Listener {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Listener {
    const NAME: &'static str = "Listener";
    const FIELDS: &'static [&'static str] = &[
        "ListenerId",
        "Protocol",
        "Port",
        "HealthCheck",
        "Scheduler",
        "SessionExpireTime",
        "ListenerName",
        "CreateTime",
        "SessionType",
        "EndPort",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ListenerId" => Some(0),
            "Protocol" => Some(1),
            "Port" => Some(2),
            "HealthCheck" => Some(3),
            "Scheduler" => Some(4),
            "SessionExpireTime" => Some(5),
            "ListenerName" => Some(6),
            "CreateTime" => Some(7),
            "SessionType" => Some(8),
            "EndPort" => Some(9),
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
            0 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.protocol = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.health_check = map.next_value()?,
            4 => self.scheduler = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.session_expire_time = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.listener_name = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.create_time = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.session_type = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.end_port = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Listener {
    /// Creates an empty `Listener`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ListenerId`.
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `Protocol`.
    pub fn protocol(mut self, value: impl Into<String>) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }

    /// Sets `HealthCheck`.
    pub fn health_check(mut self, value: HealthCheck) -> Self {
        self.health_check = Some(value);
        self
    }

    /// Sets `Scheduler`.
    pub fn scheduler(mut self, value: impl Into<String>) -> Self {
        self.scheduler = Some(value.into());
        self
    }

    /// Sets `SessionExpireTime`.
    pub fn session_expire_time(mut self, value: i64) -> Self {
        self.session_expire_time = Some(value);
        self
    }

    /// Sets `ListenerName`.
    pub fn listener_name(mut self, value: impl Into<String>) -> Self {
        self.listener_name = Some(value.into());
        self
    }

    /// Sets `CreateTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }

    /// Sets `SessionType`.
    pub fn session_type(mut self, value: impl Into<String>) -> Self {
        self.session_type = Some(value.into());
        self
    }

    /// Sets `EndPort`.
    pub fn end_port(mut self, value: i64) -> Self {
        self.end_port = Some(value);
        self
    }
}

/// Listener backend
///
/// Used by `DescribeTargets`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListenerBackend {
    /// Listener ID
    ///
    /// Wire name `ListenerId`; may be `null` (decoded as `None`).
    pub listener_id: Option<String>,
    /// Listener protocol
    ///
    /// Wire name `Protocol`; may be `null` (decoded as `None`).
    pub protocol: Option<String>,
    /// Listener port
    ///
    /// Wire name `Port`; may be `null` (decoded as `None`).
    pub port: Option<i64>,
    /// List of real servers bound to the CLB instance
    ///
    /// Wire name `Targets`; may be `null` (decoded as `None`).
    pub targets: Option<Vec<Backend>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ListenerBackend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ListenerBackend")
            .member("ListenerId", &self.listener_id)
            .member("Protocol", &self.protocol)
            .member("Port", &self.port)
            .member("Targets", &self.targets)
            .end()
    }
}

impl<'de> Deserialize<'de> for ListenerBackend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ListenerBackend {
    const NAME: &'static str = "ListenerBackend";
    const FIELDS: &'static [&'static str] = &[
        "ListenerId",
        "Protocol",
        "Port",
        "Targets",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ListenerId" => Some(0),
            "Protocol" => Some(1),
            "Port" => Some(2),
            "Targets" => Some(3),
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
            0 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.protocol = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.targets = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ListenerBackend {
    /// Creates an empty `ListenerBackend`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ListenerId`.
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `Protocol`.
    pub fn protocol(mut self, value: impl Into<String>) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }

    /// Sets `Targets`.
    pub fn targets(mut self, value: impl IntoIterator<Item = Backend>) -> Self {
        self.targets = Some(value.into_iter().collect());
        self
    }
}

/// Listener health status
///
/// Used by `DescribeTargetHealth`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListenerHealth {
    /// Listener ID
    ///
    /// Wire name `ListenerId`; may be `null` (decoded as `None`).
    pub listener_id: Option<String>,
    /// Listener name
    ///
    /// Wire name `ListenerName`; may be `null` (decoded as `None`).
    pub listener_name: Option<String>,
    /// Listener protocol
    ///
    /// Wire name `Protocol`; may be `null` (decoded as `None`).
    pub protocol: Option<String>,
    /// Listener port
    ///
    /// Wire name `Port`; may be `null` (decoded as `None`).
    pub port: Option<i64>,
    /// List of forwarding rules of the listener
    ///
    /// Wire name `Rules`; may be `null` (decoded as `None`).
    pub rules: Option<Vec<RuleHealth>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ListenerHealth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ListenerHealth")
            .member("ListenerId", &self.listener_id)
            .member("ListenerName", &self.listener_name)
            .member("Protocol", &self.protocol)
            .member("Port", &self.port)
            .member("Rules", &self.rules)
            .end()
    }
}

impl<'de> Deserialize<'de> for ListenerHealth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ListenerHealth {
    const NAME: &'static str = "ListenerHealth";
    const FIELDS: &'static [&'static str] = &[
        "ListenerId",
        "ListenerName",
        "Protocol",
        "Port",
        "Rules",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ListenerId" => Some(0),
            "ListenerName" => Some(1),
            "Protocol" => Some(2),
            "Port" => Some(3),
            "Rules" => Some(4),
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
            0 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.listener_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.protocol = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.rules = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ListenerHealth {
    /// Creates an empty `ListenerHealth`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ListenerId`.
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `ListenerName`.
    pub fn listener_name(mut self, value: impl Into<String>) -> Self {
        self.listener_name = Some(value.into());
        self
    }

    /// Sets `Protocol`.
    pub fn protocol(mut self, value: impl Into<String>) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }

    /// Sets `Rules`.
    pub fn rules(mut self, value: impl IntoIterator<Item = RuleHealth>) -> Self {
        self.rules = Some(value.into_iter().collect());
        self
    }
}

/// CLB instance information
///
/// Used by `DescribeLoadBalancers`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoadBalancer {
    /// Region.
    ///
    /// Wire name `Region`; may be `null` (decoded as `None`).
    pub region: Option<String>,
    /// Location information.
    ///
    /// Wire name `Position`; may be `null` (decoded as `None`).
    pub position: Option<Position>,
    /// CLB instance ID.
    ///
    /// Wire name `LoadBalancerId`; may be `null` (decoded as `None`).
    pub load_balancer_id: Option<String>,
    /// CLB instance name.
    ///
    /// Wire name `LoadBalancerName`; may be `null` (decoded as `None`).
    pub load_balancer_name: Option<String>,
    /// Network type of the CLB instance. Valid values: OPEN: public network
    ///
    /// Wire name `LoadBalancerType`; may be `null` (decoded as `None`).
    pub load_balancer_type: Option<String>,
    /// List of VIPs of the CLB instance.
    ///
    /// Wire name `LoadBalancerVips`; may be `null` (decoded as `None`).
    pub load_balancer_vips: Option<Vec<String>>,
    /// CLB instance status. Valid values:
    ///
    /// 0: creating; 1: running.
    ///
    /// Wire name `Status`; may be `null` (decoded as `None`).
    pub status: Option<LoadBalancerStatus>,
    /// CLB instance creation time.
    ///
    /// Wire name `CreateTime`; a timestamp string such as `2020-09-22 00:00:00`; may be `null`
    /// (decoded as `None`).
    pub create_time: Option<String>,
    /// Last status change time of the CLB instance.
    ///
    /// Wire name `StatusTime`; a timestamp string such as `2020-09-22 00:00:00`; may be `null`
    /// (decoded as `None`).
    pub status_time: Option<String>,
    /// VPC ID.
    ///
    /// Wire name `VpcId`; may be `null` (decoded as `None`).
    pub vpc_id: Option<String>,
    /// CLB instance tag information.
    ///
    /// Wire name `Tags`; may be `null` (decoded as `None`).
    pub tags: Option<Vec<TagInfo>>,
    /// ISP of the CLB IP address.
    ///
    /// Wire name `VipIsp`; may be `null` (decoded as `None`).
    pub vip_isp: Option<String>,
    /// Network attribute of the CLB instance.
    ///
    /// Wire name `NetworkAttributes`; may be `null` (decoded as `None`).
    pub network_attributes: Option<LoadBalancerInternetAccessible>,
    /// Security group.
    ///
    /// Wire name `SecureGroups`; may be `null` (decoded as `None`).
    pub secure_groups: Option<Vec<String>>,
    /// Whether the real server opens the traffic from ELB to the internet.
    ///
    /// Wire name `LoadBalancerPassToTarget`; may be `null` (decoded as `None`).
    pub load_balancer_pass_to_target: Option<bool>,
    /// IPv6 address of a CLB instance
    ///
    /// Wire name `AddressIPv6`; may be `null` (decoded as `None`).
    pub address_ipv6: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for LoadBalancer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "LoadBalancer")
            .member("Region", &self.region)
            .member("Position", &self.position)
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("LoadBalancerName", &self.load_balancer_name)
            .member("LoadBalancerType", &self.load_balancer_type)
            .member("LoadBalancerVips", &self.load_balancer_vips)
            .member("Status", &self.status)
            .member("CreateTime", &self.create_time)
            .member("StatusTime", &self.status_time)
            .member("VpcId", &self.vpc_id)
            .member("Tags", &self.tags)
            .member("VipIsp", &self.vip_isp)
            .member("NetworkAttributes", &self.network_attributes)
            .member("SecureGroups", &self.secure_groups)
            .member("LoadBalancerPassToTarget", &self.load_balancer_pass_to_target)
            .member("AddressIPv6", &self.address_ipv6)
            .end()
    }
}

impl<'de> Deserialize<'de> for LoadBalancer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for LoadBalancer {
    const NAME: &'static str = "LoadBalancer";
    const FIELDS: &'static [&'static str] = &[
        "Region",
        "Position",
        "LoadBalancerId",
        "LoadBalancerName",
        "LoadBalancerType",
        "LoadBalancerVips",
        "Status",
        "CreateTime",
        "StatusTime",
        "VpcId",
        "Tags",
        "VipIsp",
        "NetworkAttributes",
        "SecureGroups",
        "LoadBalancerPassToTarget",
        "AddressIPv6",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Region" => Some(0),
            "Position" => Some(1),
            "LoadBalancerId" => Some(2),
            "LoadBalancerName" => Some(3),
            "LoadBalancerType" => Some(4),
            "LoadBalancerVips" => Some(5),
            "Status" => Some(6),
            "CreateTime" => Some(7),
            "StatusTime" => Some(8),
            "VpcId" => Some(9),
            "Tags" => Some(10),
            "VipIsp" => Some(11),
            "NetworkAttributes" => Some(12),
            "SecureGroups" => Some(13),
            "LoadBalancerPassToTarget" => Some(14),
            "AddressIPv6" => Some(15),
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
            0 => self.region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.position = map.next_value()?,
            2 => {
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.load_balancer_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.load_balancer_type = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => {
                self.load_balancer_vips = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.status = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.create_time = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.status_time = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            10 => self.tags = map.next_value()?,
            11 => self.vip_isp = map.next_value_seed(crate::lenient::Field::new())?,
            12 => self.network_attributes = map.next_value()?,
            13 => self.secure_groups = map.next_value_seed(crate::lenient::Field::new())?,
            14 => {
                self.load_balancer_pass_to_target = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            15 => self.address_ipv6 = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl LoadBalancer {
    /// Creates an empty `LoadBalancer`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `Position`.
    pub fn position(mut self, value: Position) -> Self {
        self.position = Some(value);
        self
    }

    /// Sets `LoadBalancerId`.
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `LoadBalancerName`.
    pub fn load_balancer_name(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_name = Some(value.into());
        self
    }

    /// Sets `LoadBalancerType`.
    pub fn load_balancer_type(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_type = Some(value.into());
        self
    }

    /// Sets `LoadBalancerVips`.
    pub fn load_balancer_vips(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.load_balancer_vips = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl Into<LoadBalancerStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `CreateTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }

    /// Sets `StatusTime`.
    pub fn status_time(mut self, value: impl Into<String>) -> Self {
        self.status_time = Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: impl IntoIterator<Item = TagInfo>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }

    /// Sets `VipIsp`.
    pub fn vip_isp(mut self, value: impl Into<String>) -> Self {
        self.vip_isp = Some(value.into());
        self
    }

    /// Sets `NetworkAttributes`.
    pub fn network_attributes(mut self, value: LoadBalancerInternetAccessible) -> Self {
        self.network_attributes = Some(value);
        self
    }

    /// Sets `SecureGroups`.
    pub fn secure_groups(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.secure_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `LoadBalancerPassToTarget`.
    pub fn load_balancer_pass_to_target(mut self, value: bool) -> Self {
        self.load_balancer_pass_to_target = Some(value);
        self
    }

    /// Sets `AddressIPv6`.
    pub fn address_ipv6(mut self, value: impl Into<String>) -> Self {
        self.address_ipv6 = Some(value.into());
        self
    }
}

/// CLB health status
///
/// Used by `DescribeTargetHealth`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoadBalancerHealth {
    /// CLB instance ID
    ///
    /// Wire name `LoadBalancerId`; may be `null` (decoded as `None`).
    pub load_balancer_id: Option<String>,
    /// CLB instance name
    ///
    /// Wire name `LoadBalancerName`; may be `null` (decoded as `None`).
    pub load_balancer_name: Option<String>,
    /// List of listeners
    ///
    /// Wire name `Listeners`; may be `null` (decoded as `None`).
    pub listeners: Option<Vec<ListenerHealth>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for LoadBalancerHealth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "LoadBalancerHealth")
            .member("LoadBalancerId", &self.load_balancer_id)
            .member("LoadBalancerName", &self.load_balancer_name)
            .member("Listeners", &self.listeners)
            .end()
    }
}

impl<'de> Deserialize<'de> for LoadBalancerHealth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for LoadBalancerHealth {
    const NAME: &'static str = "LoadBalancerHealth";
    const FIELDS: &'static [&'static str] = &[
        "LoadBalancerId",
        "LoadBalancerName",
        "Listeners",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "LoadBalancerId" => Some(0),
            "LoadBalancerName" => Some(1),
            "Listeners" => Some(2),
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
                self.load_balancer_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.load_balancer_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.listeners = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl LoadBalancerHealth {
    /// Creates an empty `LoadBalancerHealth`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `LoadBalancerId`.
    pub fn load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// Sets `LoadBalancerName`.
    pub fn load_balancer_name(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_name = Some(value.into());
        self
    }

    /// Sets `Listeners`.
    pub fn listeners(mut self, value: impl IntoIterator<Item = ListenerHealth>) -> Self {
        self.listeners = Some(value.into_iter().collect());
        self
    }
}

/// CLB information such as bandwidth limit.
///
/// Used by `CreateLoadBalancer`, `DescribeLoadBalancers`, `ModifyLoadBalancerAttributes`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoadBalancerInternetAccessible {
    /// Maximum outbound bandwidth in Mbps. Default value: 10.
    ///
    /// Wire name `InternetMaxBandwidthOut`; optional.
    pub internet_max_bandwidth_out: Option<i64>,
}

impl Serialize for LoadBalancerInternetAccessible {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "LoadBalancerInternetAccessible")
            .member("InternetMaxBandwidthOut", &self.internet_max_bandwidth_out)
            .end()
    }
}

impl<'de> Deserialize<'de> for LoadBalancerInternetAccessible {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for LoadBalancerInternetAccessible {
    const NAME: &'static str = "LoadBalancerInternetAccessible";
    const FIELDS: &'static [&'static str] = &["InternetMaxBandwidthOut"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InternetMaxBandwidthOut" => Some(0),
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
            self.internet_max_bandwidth_out = map
                .next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl LoadBalancerInternetAccessible {
    /// Creates an empty `LoadBalancerInternetAccessible`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_out = Some(value);
        self
    }
}

impl Validate for LoadBalancerInternetAccessible {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// Module information
///
/// Used by `DescribeModule`, `DescribeModuleDetail`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Module {
    /// Module ID.
    ///
    /// Wire name `ModuleId`.
    pub module_id: Option<String>,
    /// Module name.
    ///
    /// Wire name `ModuleName`.
    pub module_name: Option<String>,
    /// Module status. Valid values:
    ///
    /// NORMAL: normal.
    ///
    /// DELETING: deleting
    ///
    /// DELETEFAILED: failed to delete.
    ///
    /// Wire name `ModuleState`.
    pub module_state: Option<ModuleState>,
    /// Default system disk size.
    ///
    /// Wire name `DefaultSystemDiskSize`.
    pub default_system_disk_size: Option<i64>,
    /// Default data disk size.
    ///
    /// Wire name `DefaultDataDiskSize`.
    pub default_data_disk_size: Option<i64>,
    /// Default model.
    ///
    /// Wire name `InstanceTypeConfig`.
    pub instance_type_config: Option<InstanceTypeConfig>,
    /// Default image.
    ///
    /// Wire name `DefaultImage`.
    pub default_image: Option<Image>,
    /// Creation time.
    ///
    /// Wire name `CreateTime`.
    pub create_time: Option<String>,
    /// Default outbound bandwidth.
    ///
    /// Wire name `DefaultBandwidth`.
    pub default_bandwidth: Option<i64>,
    /// Tag set.
    ///
    /// Wire name `TagSet`; may be `null` (decoded as `None`).
    pub tag_set: Option<Vec<Tag>>,
    /// Whether to disable IP direct access.
    ///
    /// Wire name `CloseIpDirect`.
    pub close_ip_direct: Option<i64>,
    /// List of default security group IDs.
    ///
    /// Wire name `SecurityGroupIds`.
    pub security_group_ids: Option<Vec<String>>,
    /// Default inbound bandwidth.
    ///
    /// Wire name `DefaultBandwidthIn`.
    pub default_bandwidth_in: Option<i64>,
    /// Custom script data
    ///
    /// Wire name `UserData`.
    pub user_data: Option<String>,
    /// System disk information.
    ///
    /// Wire name `SystemDisk`.
    pub system_disk: Option<SystemDisk>,
    /// Data disk information.
    ///
    /// Wire name `DataDisks`.
    pub data_disks: Option<Vec<DataDisk>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Module {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Module")
            .member("ModuleId", &self.module_id)
            .member("ModuleName", &self.module_name)
            .member("ModuleState", &self.module_state)
            .member("DefaultSystemDiskSize", &self.default_system_disk_size)
            .member("DefaultDataDiskSize", &self.default_data_disk_size)
            .member("InstanceTypeConfig", &self.instance_type_config)
            .member("DefaultImage", &self.default_image)
            .member("CreateTime", &self.create_time)
            .member("DefaultBandwidth", &self.default_bandwidth)
            .member("TagSet", &self.tag_set)
            .member("CloseIpDirect", &self.close_ip_direct)
            .member("SecurityGroupIds", &self.security_group_ids)
            .member("DefaultBandwidthIn", &self.default_bandwidth_in)
            .member("UserData", &self.user_data)
            .member("SystemDisk", &self.system_disk)
            .member("DataDisks", &self.data_disks)
            .end()
    }
}

impl<'de> Deserialize<'de> for Module {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Module {
    const NAME: &'static str = "Module";
    const FIELDS: &'static [&'static str] = &[
        "ModuleId",
        "ModuleName",
        "ModuleState",
        "DefaultSystemDiskSize",
        "DefaultDataDiskSize",
        "InstanceTypeConfig",
        "DefaultImage",
        "CreateTime",
        "DefaultBandwidth",
        "TagSet",
        "CloseIpDirect",
        "SecurityGroupIds",
        "DefaultBandwidthIn",
        "UserData",
        "SystemDisk",
        "DataDisks",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
            "ModuleName" => Some(1),
            "ModuleState" => Some(2),
            "DefaultSystemDiskSize" => Some(3),
            "DefaultDataDiskSize" => Some(4),
            "InstanceTypeConfig" => Some(5),
            "DefaultImage" => Some(6),
            "CreateTime" => Some(7),
            "DefaultBandwidth" => Some(8),
            "TagSet" => Some(9),
            "CloseIpDirect" => Some(10),
            "SecurityGroupIds" => Some(11),
            "DefaultBandwidthIn" => Some(12),
            "UserData" => Some(13),
            "SystemDisk" => Some(14),
            "DataDisks" => Some(15),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.module_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.module_state = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.default_system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.default_data_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => self.instance_type_config = map.next_value()?,
            6 => self.default_image = map.next_value()?,
            7 => self.create_time = map.next_value_seed(crate::lenient::Field::new())?,
            8 => {
                self.default_bandwidth = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            9 => self.tag_set = map.next_value()?,
            10 => {
                self.close_ip_direct = map.next_value_seed(crate::lenient::Field::new())?;
            }
            11 => {
                self.security_group_ids = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            12 => {
                self.default_bandwidth_in = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            13 => self.user_data = map.next_value_seed(crate::lenient::Field::new())?,
            14 => self.system_disk = map.next_value()?,
            15 => self.data_disks = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl std::fmt::Debug for Module {
    /// Prints every field but the secret ones, which show as `<redacted>`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module")
            .field("module_id", &self.module_id)
            .field("module_name", &self.module_name)
            .field("module_state", &self.module_state)
            .field("default_system_disk_size", &self.default_system_disk_size)
            .field("default_data_disk_size", &self.default_data_disk_size)
            .field("instance_type_config", &self.instance_type_config)
            .field("default_image", &self.default_image)
            .field("create_time", &self.create_time)
            .field("default_bandwidth", &self.default_bandwidth)
            .field("tag_set", &self.tag_set)
            .field("close_ip_direct", &self.close_ip_direct)
            .field("security_group_ids", &self.security_group_ids)
            .field("default_bandwidth_in", &self.default_bandwidth_in)
            .field("user_data", &self.user_data.as_ref().map(|_| "<redacted>"))
            .field("system_disk", &self.system_disk)
            .field("data_disks", &self.data_disks)
            .finish()
    }
}

impl Module {
    /// Creates an empty `Module`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId`.
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `ModuleName`.
    pub fn module_name(mut self, value: impl Into<String>) -> Self {
        self.module_name = Some(value.into());
        self
    }

    /// Sets `ModuleState`.
    pub fn module_state(mut self, value: impl Into<ModuleState>) -> Self {
        self.module_state = Some(value.into());
        self
    }

    /// Sets `DefaultSystemDiskSize`.
    pub fn default_system_disk_size(mut self, value: i64) -> Self {
        self.default_system_disk_size = Some(value);
        self
    }

    /// Sets `DefaultDataDiskSize`.
    pub fn default_data_disk_size(mut self, value: i64) -> Self {
        self.default_data_disk_size = Some(value);
        self
    }

    /// Sets `InstanceTypeConfig`.
    pub fn instance_type_config(mut self, value: InstanceTypeConfig) -> Self {
        self.instance_type_config = Some(value);
        self
    }

    /// Sets `DefaultImage`.
    pub fn default_image(mut self, value: Image) -> Self {
        self.default_image = Some(value);
        self
    }

    /// Sets `CreateTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }

    /// Sets `DefaultBandwidth`.
    pub fn default_bandwidth(mut self, value: i64) -> Self {
        self.default_bandwidth = Some(value);
        self
    }

    /// Sets `TagSet`.
    pub fn tag_set(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tag_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `CloseIpDirect`.
    pub fn close_ip_direct(mut self, value: i64) -> Self {
        self.close_ip_direct = Some(value);
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

    /// Sets `DefaultBandwidthIn`.
    pub fn default_bandwidth_in(mut self, value: i64) -> Self {
        self.default_bandwidth_in = Some(value);
        self
    }

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl Into<String>) -> Self {
        self.user_data = Some(value.into());
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: SystemDisk) -> Self {
        self.system_disk = Some(value);
        self
    }

    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: impl IntoIterator<Item = DataDisk>) -> Self {
        self.data_disks = Some(value.into_iter().collect());
        self
    }
}

/// Node statistics
///
/// Used by `DescribeModuleDetail`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModuleCounter {
    /// ISP statistics list
    ///
    /// Wire name `ISPCounterSet`.
    pub isp_counter_set: Option<Vec<IspCounter>>,
    /// Number of provinces/states
    ///
    /// Wire name `ProvinceNum`.
    pub province_num: Option<i64>,
    /// Number of cities
    ///
    /// Wire name `CityNum`.
    pub city_num: Option<i64>,
    /// Number of nodes
    ///
    /// Wire name `NodeNum`.
    pub node_num: Option<i64>,
    /// Number of instances
    ///
    /// Wire name `InstanceNum`.
    pub instance_num: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModuleCounter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModuleCounter")
            .member("ISPCounterSet", &self.isp_counter_set)
            .member("ProvinceNum", &self.province_num)
            .member("CityNum", &self.city_num)
            .member("NodeNum", &self.node_num)
            .member("InstanceNum", &self.instance_num)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModuleCounter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModuleCounter {
    const NAME: &'static str = "ModuleCounter";
    const FIELDS: &'static [&'static str] = &[
        "ISPCounterSet",
        "ProvinceNum",
        "CityNum",
        "NodeNum",
        "InstanceNum",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ISPCounterSet" => Some(0),
            "ProvinceNum" => Some(1),
            "CityNum" => Some(2),
            "NodeNum" => Some(3),
            "InstanceNum" => Some(4),
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
            0 => self.isp_counter_set = map.next_value()?,
            1 => self.province_num = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.city_num = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.node_num = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.instance_num = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ModuleCounter {
    /// Creates an empty `ModuleCounter`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ISPCounterSet`.
    pub fn isp_counter_set(
        mut self,
        value: impl IntoIterator<Item = IspCounter>,
    ) -> Self {
        self.isp_counter_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `ProvinceNum`.
    pub fn province_num(mut self, value: i64) -> Self {
        self.province_num = Some(value);
        self
    }

    /// Sets `CityNum`.
    pub fn city_num(mut self, value: i64) -> Self {
        self.city_num = Some(value);
        self
    }

    /// Sets `NodeNum`.
    pub fn node_num(mut self, value: i64) -> Self {
        self.node_num = Some(value);
        self
    }

    /// Sets `InstanceNum`.
    pub fn instance_num(mut self, value: i64) -> Self {
        self.instance_num = Some(value);
        self
    }
}

/// Item information of the module list
///
/// Used by `DescribeModule`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ModuleItem {
    /// Instance statistics of the node
    ///
    /// Wire name `NodeInstanceNum`.
    pub node_instance_num: Option<NodeInstanceNum>,
    /// Module information
    ///
    /// Wire name `Module`.
    pub module: Option<Module>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ModuleItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ModuleItem")
            .member("NodeInstanceNum", &self.node_instance_num)
            .member("Module", &self.module)
            .end()
    }
}

impl<'de> Deserialize<'de> for ModuleItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ModuleItem {
    const NAME: &'static str = "ModuleItem";
    const FIELDS: &'static [&'static str] = &["NodeInstanceNum", "Module"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NodeInstanceNum" => Some(0),
            "Module" => Some(1),
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
            0 => self.node_instance_num = map.next_value()?,
            1 => self.module = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl ModuleItem {
    /// Creates an empty `ModuleItem`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NodeInstanceNum`.
    pub fn node_instance_num(mut self, value: NodeInstanceNum) -> Self {
        self.node_instance_num = Some(value);
        self
    }

    /// Sets `Module`.
    pub fn module(mut self, value: Module) -> Self {
        self.module = Some(value);
        self
    }
}

/// Bandwidth information of the corresponding month
///
/// Used by `DescribeMonthPeakNetwork`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct MonthNetwork {
    /// Zone information of the node
    ///
    /// Wire name `ZoneInfo`.
    pub zone_info: Option<ZoneInfo>,
    /// Bandwidth month, such as 202103
    ///
    /// Wire name `Month`.
    pub month: Option<String>,
    /// Bandwidth package ID format, such as bwp-xxxxxxxx
    ///
    /// Wire name `BandwidthPkgId`.
    pub bandwidth_pkg_id: Option<String>,
    /// ISP abbreviation. Valid values: CUCC, CTCC, CMCC
    ///
    /// Wire name `Isp`.
    pub isp: Option<MonthNetworkIsp>,
    /// Inbound bandwidth package peak. Value range: 0.0–xxx.xxx
    ///
    /// Wire name `TrafficMaxIn`.
    pub traffic_max_in: Option<f64>,
    /// Outbound bandwidth package peak. Value range: 0.0–xxx.xxx
    ///
    /// Wire name `TrafficMaxOut`.
    pub traffic_max_out: Option<f64>,
    /// Billable bandwidth. Value range: 0.0–xxx.xxx
    ///
    /// Wire name `FeeTraffic`.
    pub fee_traffic: Option<f64>,
    /// Start time of the monthly billable bandwidth in the format of yyyy-mm-dd HH:mm:ss
    ///
    /// Wire name `StartTime`.
    pub start_time: Option<String>,
    /// End time of the monthly billable bandwidth in the format of yyyy-mm-dd HH:mm:ss
    ///
    /// Wire name `EndTime`.
    pub end_time: Option<String>,
    /// Number of actual valid days for the monthly billable bandwidth, which must be an integer
    /// greater than or equal to 0
    ///
    /// Wire name `EffectiveDays`.
    pub effective_days: Option<i64>,
    /// Actual number of days in the specified month, such as 30
    ///
    /// Wire name `MonthDays`.
    pub month_days: Option<i64>,
    /// Proportion of the number of valid days, accurate to four decimal places, such as 0.2134
    ///
    /// Wire name `EffectiveDaysRate`.
    pub effective_days_rate: Option<f64>,
    /// Billable bandwidth package type. Valid values: Address, LoadBalance, AddressIpv6
    ///
    /// Wire name `BandwidthPkgType`.
    pub bandwidth_pkg_type: Option<MonthNetworkBandwidthPkgType>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for MonthNetwork {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "MonthNetwork")
            .member("ZoneInfo", &self.zone_info)
            .member("Month", &self.month)
            .member("BandwidthPkgId", &self.bandwidth_pkg_id)
            .member("Isp", &self.isp)
            .member("TrafficMaxIn", &self.traffic_max_in)
            .member("TrafficMaxOut", &self.traffic_max_out)
            .member("FeeTraffic", &self.fee_traffic)
            .member("StartTime", &self.start_time)
            .member("EndTime", &self.end_time)
            .member("EffectiveDays", &self.effective_days)
            .member("MonthDays", &self.month_days)
            .member("EffectiveDaysRate", &self.effective_days_rate)
            .member("BandwidthPkgType", &self.bandwidth_pkg_type)
            .end()
    }
}

impl<'de> Deserialize<'de> for MonthNetwork {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for MonthNetwork {
    const NAME: &'static str = "MonthNetwork";
    const FIELDS: &'static [&'static str] = &[
        "ZoneInfo",
        "Month",
        "BandwidthPkgId",
        "Isp",
        "TrafficMaxIn",
        "TrafficMaxOut",
        "FeeTraffic",
        "StartTime",
        "EndTime",
        "EffectiveDays",
        "MonthDays",
        "EffectiveDaysRate",
        "BandwidthPkgType",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneInfo" => Some(0),
            "Month" => Some(1),
            "BandwidthPkgId" => Some(2),
            "Isp" => Some(3),
            "TrafficMaxIn" => Some(4),
            "TrafficMaxOut" => Some(5),
            "FeeTraffic" => Some(6),
            "StartTime" => Some(7),
            "EndTime" => Some(8),
            "EffectiveDays" => Some(9),
            "MonthDays" => Some(10),
            "EffectiveDaysRate" => Some(11),
            "BandwidthPkgType" => Some(12),
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
            1 => self.month = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.bandwidth_pkg_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.isp = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.traffic_max_in = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.traffic_max_out = map.next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.fee_traffic = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.start_time = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.end_time = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.effective_days = map.next_value_seed(crate::lenient::Field::new())?,
            10 => self.month_days = map.next_value_seed(crate::lenient::Field::new())?,
            11 => {
                self.effective_days_rate = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            12 => {
                self.bandwidth_pkg_type = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl MonthNetwork {
    /// Creates an empty `MonthNetwork`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ZoneInfo`.
    pub fn zone_info(mut self, value: ZoneInfo) -> Self {
        self.zone_info = Some(value);
        self
    }

    /// Sets `Month`.
    pub fn month(mut self, value: impl Into<String>) -> Self {
        self.month = Some(value.into());
        self
    }

    /// Sets `BandwidthPkgId`.
    pub fn bandwidth_pkg_id(mut self, value: impl Into<String>) -> Self {
        self.bandwidth_pkg_id = Some(value.into());
        self
    }

    /// Sets `Isp`.
    pub fn isp(mut self, value: impl Into<MonthNetworkIsp>) -> Self {
        self.isp = Some(value.into());
        self
    }

    /// Sets `TrafficMaxIn`.
    pub fn traffic_max_in(mut self, value: f64) -> Self {
        self.traffic_max_in = Some(value);
        self
    }

    /// Sets `TrafficMaxOut`.
    pub fn traffic_max_out(mut self, value: f64) -> Self {
        self.traffic_max_out = Some(value);
        self
    }

    /// Sets `FeeTraffic`.
    pub fn fee_traffic(mut self, value: f64) -> Self {
        self.fee_traffic = Some(value);
        self
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

    /// Sets `EffectiveDays`.
    pub fn effective_days(mut self, value: i64) -> Self {
        self.effective_days = Some(value);
        self
    }

    /// Sets `MonthDays`.
    pub fn month_days(mut self, value: i64) -> Self {
        self.month_days = Some(value);
        self
    }

    /// Sets `EffectiveDaysRate`.
    pub fn effective_days_rate(mut self, value: f64) -> Self {
        self.effective_days_rate = Some(value);
        self
    }

    /// Sets `BandwidthPkgType`.
    pub fn bandwidth_pkg_type(
        mut self,
        value: impl Into<MonthNetworkBandwidthPkgType>,
    ) -> Self {
        self.bandwidth_pkg_type = Some(value.into());
        self
    }
}

/// ENI
///
/// Used by `CreateNetworkInterface`, `DescribeNetworkInterfaces`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NetworkInterface {
    /// ENI instance ID, such as eni-f1xjkw1b.
    ///
    /// Wire name `NetworkInterfaceId`.
    pub network_interface_id: Option<String>,
    /// ENI name.
    ///
    /// Wire name `NetworkInterfaceName`.
    pub network_interface_name: Option<String>,
    /// ENI description.
    ///
    /// Wire name `NetworkInterfaceDescription`.
    pub network_interface_description: Option<String>,
    /// Subnet instance ID.
    ///
    /// Wire name `SubnetId`.
    pub subnet_id: Option<String>,
    /// VPC instance ID.
    ///
    /// Wire name `VpcId`.
    pub vpc_id: Option<String>,
    /// Bound security groups.
    ///
    /// Wire name `GroupSet`; may be `null` (decoded as `None`).
    pub group_set: Option<Vec<String>>,
    /// Whether it is the primary ENI.
    ///
    /// Wire name `Primary`.
    pub primary: Option<bool>,
    /// MAC address.
    ///
    /// Wire name `MacAddress`.
    pub mac_address: Option<String>,
    /// ENI status:
    ///
    /// PENDING: creating
    ///
    /// AVAILABLE: available
    ///
    /// ATTACHING: binding
    ///
    /// DETACHING: unbinding
    ///
    /// DELETING: deleting
    ///
    /// Wire name `State`.
    pub state: Option<NetworkInterfaceState>,
    /// Private IP information.
    ///
    /// Wire name `PrivateIpAddressSet`; may be `null` (decoded as `None`).
    pub private_ip_address_set: Option<Vec<PrivateIpAddressSpecification>>,
    /// Bound CVM object.
    ///
    /// Wire name `Attachment`; may be `null` (decoded as `None`).
    pub attachment: Option<NetworkInterfaceAttachment>,
    /// AZ.
    ///
    /// Wire name `Zone`.
    pub zone: Option<String>,
    /// Creation time.
    ///
    /// Wire name `CreatedTime`.
    pub created_time: Option<String>,
    /// List of IPv6 addresses.
    ///
    /// Wire name `Ipv6AddressSet`; may be `null` (decoded as `None`).
    pub ipv6_address_set: Option<Vec<Ipv6Address>>,
    /// Tag key-value pairs.
    ///
    /// Wire name `TagSet`; may be `null` (decoded as `None`).
    pub tag_set: Option<Vec<Tag>>,
    /// ENI type. Valid values: 0: ENI; 1: EVM ENI.
    ///
    /// Wire name `EniType`.
    pub eni_type: Option<NetworkInterfaceEniType>,
    /// ECM region (EcmRegion)
    ///
    /// Wire name `EcmRegion`.
    pub ecm_region: Option<String>,
    /// Type of the resource bound with an ENI. Valid values: cvm and eks.
    ///
    /// Wire name `Business`; may be `null` (decoded as `None`).
    pub business: Option<NetworkInterfaceBusiness>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for NetworkInterface {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "NetworkInterface")
            .member("NetworkInterfaceId", &self.network_interface_id)
            .member("NetworkInterfaceName", &self.network_interface_name)
            .member("NetworkInterfaceDescription", &self.network_interface_description)
            .member("SubnetId", &self.subnet_id)
            .member("VpcId", &self.vpc_id)
            .member("GroupSet", &self.group_set)
            .member("Primary", &self.primary)
            .member("MacAddress", &self.mac_address)
            .member("State", &self.state)
            .member("PrivateIpAddressSet", &self.private_ip_address_set)
            .member("Attachment", &self.attachment)
            .member("Zone", &self.zone)
            .member("CreatedTime", &self.created_time)
            .member("Ipv6AddressSet", &self.ipv6_address_set)
            .member("TagSet", &self.tag_set)
            .member("EniType", &self.eni_type)
            .member("EcmRegion", &self.ecm_region)
            .member("Business", &self.business)
            .end()
    }
}

impl<'de> Deserialize<'de> for NetworkInterface {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for NetworkInterface {
    const NAME: &'static str = "NetworkInterface";
    const FIELDS: &'static [&'static str] = &[
        "NetworkInterfaceId",
        "NetworkInterfaceName",
        "NetworkInterfaceDescription",
        "SubnetId",
        "VpcId",
        "GroupSet",
        "Primary",
        "MacAddress",
        "State",
        "PrivateIpAddressSet",
        "Attachment",
        "Zone",
        "CreatedTime",
        "Ipv6AddressSet",
        "TagSet",
        "EniType",
        "EcmRegion",
        "Business",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NetworkInterfaceId" => Some(0),
            "NetworkInterfaceName" => Some(1),
            "NetworkInterfaceDescription" => Some(2),
            "SubnetId" => Some(3),
            "VpcId" => Some(4),
            "GroupSet" => Some(5),
            "Primary" => Some(6),
            "MacAddress" => Some(7),
            "State" => Some(8),
            "PrivateIpAddressSet" => Some(9),
            "Attachment" => Some(10),
            "Zone" => Some(11),
            "CreatedTime" => Some(12),
            "Ipv6AddressSet" => Some(13),
            "TagSet" => Some(14),
            "EniType" => Some(15),
            "EcmRegion" => Some(16),
            "Business" => Some(17),
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
            1 => {
                self.network_interface_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.network_interface_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.group_set = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.primary = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.mac_address = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.state = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.private_ip_address_set = map.next_value()?,
            10 => self.attachment = map.next_value()?,
            11 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
            12 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            13 => self.ipv6_address_set = map.next_value()?,
            14 => self.tag_set = map.next_value()?,
            15 => self.eni_type = map.next_value_seed(crate::lenient::Field::new())?,
            16 => self.ecm_region = map.next_value_seed(crate::lenient::Field::new())?,
            17 => self.business = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl NetworkInterface {
    /// Creates an empty `NetworkInterface`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(mut self, value: impl Into<String>) -> Self {
        self.network_interface_id = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceName`.
    pub fn network_interface_name(mut self, value: impl Into<String>) -> Self {
        self.network_interface_name = Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceDescription`.
    pub fn network_interface_description(mut self, value: impl Into<String>) -> Self {
        self.network_interface_description = Some(value.into());
        self
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `GroupSet`.
    pub fn group_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Primary`.
    pub fn primary(mut self, value: bool) -> Self {
        self.primary = Some(value);
        self
    }

    /// Sets `MacAddress`.
    pub fn mac_address(mut self, value: impl Into<String>) -> Self {
        self.mac_address = Some(value.into());
        self
    }

    /// Sets `State`.
    pub fn state(mut self, value: impl Into<NetworkInterfaceState>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddressSet`.
    pub fn private_ip_address_set(
        mut self,
        value: impl IntoIterator<Item = PrivateIpAddressSpecification>,
    ) -> Self {
        self.private_ip_address_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `Attachment`.
    pub fn attachment(mut self, value: NetworkInterfaceAttachment) -> Self {
        self.attachment = Some(value);
        self
    }

    /// Sets `Zone`.
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }

    /// Sets `Ipv6AddressSet`.
    pub fn ipv6_address_set(
        mut self,
        value: impl IntoIterator<Item = Ipv6Address>,
    ) -> Self {
        self.ipv6_address_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `TagSet`.
    pub fn tag_set(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tag_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `EniType`.
    pub fn eni_type(mut self, value: impl Into<NetworkInterfaceEniType>) -> Self {
        self.eni_type = Some(value.into());
        self
    }

    /// Sets `EcmRegion`.
    pub fn ecm_region(mut self, value: impl Into<String>) -> Self {
        self.ecm_region = Some(value.into());
        self
    }

    /// Sets `Business`.
    pub fn business(mut self, value: impl Into<NetworkInterfaceBusiness>) -> Self {
        self.business = Some(value.into());
        self
    }
}

/// Binding relationship of the ENI
///
/// Used by `CreateNetworkInterface`, `DescribeNetworkInterfaces`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NetworkInterfaceAttachment {
    /// CVM instance ID.
    ///
    /// Wire name `InstanceId`.
    pub instance_id: Option<String>,
    /// Serial number of the ENI in the CVM instance.
    ///
    /// Wire name `DeviceIndex`.
    pub device_index: Option<i64>,
    /// Account information of the CVM instance owner.
    ///
    /// Wire name `InstanceAccountId`.
    pub instance_account_id: Option<String>,
    /// Binding time.
    ///
    /// Wire name `AttachTime`.
    pub attach_time: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for NetworkInterfaceAttachment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "NetworkInterfaceAttachment")
            .member("InstanceId", &self.instance_id)
            .member("DeviceIndex", &self.device_index)
            .member("InstanceAccountId", &self.instance_account_id)
            .member("AttachTime", &self.attach_time)
            .end()
    }
}

impl<'de> Deserialize<'de> for NetworkInterfaceAttachment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for NetworkInterfaceAttachment {
    const NAME: &'static str = "NetworkInterfaceAttachment";
    const FIELDS: &'static [&'static str] = &[
        "InstanceId",
        "DeviceIndex",
        "InstanceAccountId",
        "AttachTime",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceId" => Some(0),
            "DeviceIndex" => Some(1),
            "InstanceAccountId" => Some(2),
            "AttachTime" => Some(3),
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
            1 => self.device_index = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.instance_account_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.attach_time = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl NetworkInterfaceAttachment {
    /// Creates an empty `NetworkInterfaceAttachment`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `DeviceIndex`.
    pub fn device_index(mut self, value: i64) -> Self {
        self.device_index = Some(value);
        self
    }

    /// Sets `InstanceAccountId`.
    pub fn instance_account_id(mut self, value: impl Into<String>) -> Self {
        self.instance_account_id = Some(value.into());
        self
    }

    /// Sets `AttachTime`.
    pub fn attach_time(mut self, value: impl Into<String>) -> Self {
        self.attach_time = Some(value.into());
        self
    }
}

/// Upper and lower limits of the disk
///
/// Used by `DescribeConfig`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NetworkStorageRange {
    /// Network bandwidth cap
    ///
    /// Wire name `MaxBandwidth`.
    pub max_bandwidth: Option<i64>,
    /// Upper limit of the data disk size
    ///
    /// Wire name `MaxSystemDiskSize`.
    pub max_system_disk_size: Option<i64>,
    /// Lower limit of the network bandwidth
    ///
    /// Wire name `MinBandwidth`.
    pub min_bandwidth: Option<i64>,
    /// Lower limit of the data disk size
    ///
    /// Wire name `MinSystemDiskSize`.
    pub min_system_disk_size: Option<i64>,
    /// Maximum data disk size
    ///
    /// Wire name `MaxDataDiskSize`.
    pub max_data_disk_size: Option<i64>,
    /// Minimum data disk size
    ///
    /// Wire name `MinDataDiskSize`.
    pub min_data_disk_size: Option<i64>,
    /// Suggested bandwidth
    ///
    /// Wire name `SuggestBandwidth`.
    pub suggest_bandwidth: Option<i64>,
    /// Suggested disk size
    ///
    /// Wire name `SuggestDataDiskSize`.
    pub suggest_data_disk_size: Option<i64>,
    /// Suggested system disk size
    ///
    /// Wire name `SuggestSystemDiskSize`.
    pub suggest_system_disk_size: Option<i64>,
    /// Peak number of CPU cores
    ///
    /// Wire name `MaxVcpu`.
    pub max_vcpu: Option<i64>,
    /// Minimum number of CPU cores
    ///
    /// Wire name `MinVcpu`.
    pub min_vcpu: Option<i64>,
    /// Maximum number of CPU cores per request
    ///
    /// Wire name `MaxVcpuPerReq`.
    pub max_vcpu_per_req: Option<i64>,
    /// Bandwidth increment
    ///
    /// Wire name `PerBandwidth`.
    pub per_bandwidth: Option<i64>,
    /// Data disk increment
    ///
    /// Wire name `PerDataDisk`.
    pub per_data_disk: Option<i64>,
    /// Total number of modules
    ///
    /// Wire name `MaxModuleNum`.
    pub max_module_num: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for NetworkStorageRange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "NetworkStorageRange")
            .member("MaxBandwidth", &self.max_bandwidth)
            .member("MaxSystemDiskSize", &self.max_system_disk_size)
            .member("MinBandwidth", &self.min_bandwidth)
            .member("MinSystemDiskSize", &self.min_system_disk_size)
            .member("MaxDataDiskSize", &self.max_data_disk_size)
            .member("MinDataDiskSize", &self.min_data_disk_size)
            .member("SuggestBandwidth", &self.suggest_bandwidth)
            .member("SuggestDataDiskSize", &self.suggest_data_disk_size)
            .member("SuggestSystemDiskSize", &self.suggest_system_disk_size)
            .member("MaxVcpu", &self.max_vcpu)
            .member("MinVcpu", &self.min_vcpu)
            .member("MaxVcpuPerReq", &self.max_vcpu_per_req)
            .member("PerBandwidth", &self.per_bandwidth)
            .member("PerDataDisk", &self.per_data_disk)
            .member("MaxModuleNum", &self.max_module_num)
            .end()
    }
}

impl<'de> Deserialize<'de> for NetworkStorageRange {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for NetworkStorageRange {
    const NAME: &'static str = "NetworkStorageRange";
    const FIELDS: &'static [&'static str] = &[
        "MaxBandwidth",
        "MaxSystemDiskSize",
        "MinBandwidth",
        "MinSystemDiskSize",
        "MaxDataDiskSize",
        "MinDataDiskSize",
        "SuggestBandwidth",
        "SuggestDataDiskSize",
        "SuggestSystemDiskSize",
        "MaxVcpu",
        "MinVcpu",
        "MaxVcpuPerReq",
        "PerBandwidth",
        "PerDataDisk",
        "MaxModuleNum",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "MaxBandwidth" => Some(0),
            "MaxSystemDiskSize" => Some(1),
            "MinBandwidth" => Some(2),
            "MinSystemDiskSize" => Some(3),
            "MaxDataDiskSize" => Some(4),
            "MinDataDiskSize" => Some(5),
            "SuggestBandwidth" => Some(6),
            "SuggestDataDiskSize" => Some(7),
            "SuggestSystemDiskSize" => Some(8),
            "MaxVcpu" => Some(9),
            "MinVcpu" => Some(10),
            "MaxVcpuPerReq" => Some(11),
            "PerBandwidth" => Some(12),
            "PerDataDisk" => Some(13),
            "MaxModuleNum" => Some(14),
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
            0 => self.max_bandwidth = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.max_system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.min_bandwidth = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.min_system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.max_data_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => {
                self.min_data_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => {
                self.suggest_bandwidth = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            7 => {
                self.suggest_data_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            8 => {
                self.suggest_system_disk_size = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            9 => self.max_vcpu = map.next_value_seed(crate::lenient::Field::new())?,
            10 => self.min_vcpu = map.next_value_seed(crate::lenient::Field::new())?,
            11 => {
                self.max_vcpu_per_req = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            12 => self.per_bandwidth = map.next_value_seed(crate::lenient::Field::new())?,
            13 => self.per_data_disk = map.next_value_seed(crate::lenient::Field::new())?,
            14 => {
                self.max_module_num = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl NetworkStorageRange {
    /// Creates an empty `NetworkStorageRange`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `MaxBandwidth`.
    pub fn max_bandwidth(mut self, value: i64) -> Self {
        self.max_bandwidth = Some(value);
        self
    }

    /// Sets `MaxSystemDiskSize`.
    pub fn max_system_disk_size(mut self, value: i64) -> Self {
        self.max_system_disk_size = Some(value);
        self
    }

    /// Sets `MinBandwidth`.
    pub fn min_bandwidth(mut self, value: i64) -> Self {
        self.min_bandwidth = Some(value);
        self
    }

    /// Sets `MinSystemDiskSize`.
    pub fn min_system_disk_size(mut self, value: i64) -> Self {
        self.min_system_disk_size = Some(value);
        self
    }

    /// Sets `MaxDataDiskSize`.
    pub fn max_data_disk_size(mut self, value: i64) -> Self {
        self.max_data_disk_size = Some(value);
        self
    }

    /// Sets `MinDataDiskSize`.
    pub fn min_data_disk_size(mut self, value: i64) -> Self {
        self.min_data_disk_size = Some(value);
        self
    }

    /// Sets `SuggestBandwidth`.
    pub fn suggest_bandwidth(mut self, value: i64) -> Self {
        self.suggest_bandwidth = Some(value);
        self
    }

    /// Sets `SuggestDataDiskSize`.
    pub fn suggest_data_disk_size(mut self, value: i64) -> Self {
        self.suggest_data_disk_size = Some(value);
        self
    }

    /// Sets `SuggestSystemDiskSize`.
    pub fn suggest_system_disk_size(mut self, value: i64) -> Self {
        self.suggest_system_disk_size = Some(value);
        self
    }

    /// Sets `MaxVcpu`.
    pub fn max_vcpu(mut self, value: i64) -> Self {
        self.max_vcpu = Some(value);
        self
    }

    /// Sets `MinVcpu`.
    pub fn min_vcpu(mut self, value: i64) -> Self {
        self.min_vcpu = Some(value);
        self
    }

    /// Sets `MaxVcpuPerReq`.
    pub fn max_vcpu_per_req(mut self, value: i64) -> Self {
        self.max_vcpu_per_req = Some(value);
        self
    }

    /// Sets `PerBandwidth`.
    pub fn per_bandwidth(mut self, value: i64) -> Self {
        self.per_bandwidth = Some(value);
        self
    }

    /// Sets `PerDataDisk`.
    pub fn per_data_disk(mut self, value: i64) -> Self {
        self.per_data_disk = Some(value);
        self
    }

    /// Sets `MaxModuleNum`.
    pub fn max_module_num(mut self, value: i64) -> Self {
        self.max_module_num = Some(value);
        self
    }
}

/// Node information
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
    /// Country/Region information.
    ///
    /// Wire name `Country`.
    pub country: Option<Country>,
    /// Region information.
    ///
    /// Wire name `Area`.
    pub area: Option<Area>,
    /// Province/State information.
    ///
    /// Wire name `Province`.
    pub province: Option<Province>,
    /// City information.
    ///
    /// Wire name `City`.
    pub city: Option<City>,
    /// Region information.
    ///
    /// Wire name `RegionInfo`.
    pub region_info: Option<RegionInfo>,
    /// List of ISPs.
    ///
    /// Wire name `ISPSet`.
    pub isp_set: Option<Vec<Isp>>,
    /// Number of ISPs.
    ///
    /// Wire name `ISPNum`.
    pub isp_num: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Node {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Node")
            .member("ZoneInfo", &self.zone_info)
            .member("Country", &self.country)
            .member("Area", &self.area)
            .member("Province", &self.province)
            .member("City", &self.city)
            .member("RegionInfo", &self.region_info)
            .member("ISPSet", &self.isp_set)
            .member("ISPNum", &self.isp_num)
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
        "Country",
        "Area",
        "Province",
        "City",
        "RegionInfo",
        "ISPSet",
        "ISPNum",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneInfo" => Some(0),
            "Country" => Some(1),
            "Area" => Some(2),
            "Province" => Some(3),
            "City" => Some(4),
            "RegionInfo" => Some(5),
            "ISPSet" => Some(6),
            "ISPNum" => Some(7),
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
            1 => self.country = map.next_value()?,
            2 => self.area = map.next_value()?,
            3 => self.province = map.next_value()?,
            4 => self.city = map.next_value()?,
            5 => self.region_info = map.next_value()?,
            6 => self.isp_set = map.next_value()?,
            7 => self.isp_num = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `Country`.
    pub fn country(mut self, value: Country) -> Self {
        self.country = Some(value);
        self
    }

    /// Sets `Area`.
    pub fn area(mut self, value: Area) -> Self {
        self.area = Some(value);
        self
    }

    /// Sets `Province`.
    pub fn province(mut self, value: Province) -> Self {
        self.province = Some(value);
        self
    }

    /// Sets `City`.
    pub fn city(mut self, value: City) -> Self {
        self.city = Some(value);
        self
    }

    /// Sets `RegionInfo`.
    pub fn region_info(mut self, value: RegionInfo) -> Self {
        self.region_info = Some(value);
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
}

/// Instance number of the node
///
/// Used by `DescribeModule`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct NodeInstanceNum {
    /// Number of nodes
    ///
    /// Wire name `NodeNum`.
    pub node_num: Option<i64>,
    /// Number of instances
    ///
    /// Wire name `InstanceNum`.
    pub instance_num: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for NodeInstanceNum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "NodeInstanceNum")
            .member("NodeNum", &self.node_num)
            .member("InstanceNum", &self.instance_num)
            .end()
    }
}

impl<'de> Deserialize<'de> for NodeInstanceNum {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for NodeInstanceNum {
    const NAME: &'static str = "NodeInstanceNum";
    const FIELDS: &'static [&'static str] = &["NodeNum", "InstanceNum"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "NodeNum" => Some(0),
            "InstanceNum" => Some(1),
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
            0 => self.node_num = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.instance_num = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl NodeInstanceNum {
    /// Creates an empty `NodeInstanceNum`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `NodeNum`.
    pub fn node_num(mut self, value: i64) -> Self {
        self.node_num = Some(value);
        self
    }

    /// Sets `InstanceNum`.
    pub fn instance_num(mut self, value: i64) -> Self {
        self.instance_num = Some(value);
        self
    }
}

/// Operation (action)
///
/// Used by `DescribeInstancesDeniedActions`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OperatorAction {
    /// Executable operation
    ///
    /// Wire name `Action`.
    pub action: Option<String>,
    /// Code
    ///
    /// Wire name `Code`; may be `null` (decoded as `None`).
    pub code: Option<String>,
    /// Specific information
    ///
    /// Wire name `Message`; may be `null` (decoded as `None`).
    pub message: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for OperatorAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "OperatorAction")
            .member("Action", &self.action)
            .member("Code", &self.code)
            .member("Message", &self.message)
            .end()
    }
}

impl<'de> Deserialize<'de> for OperatorAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for OperatorAction {
    const NAME: &'static str = "OperatorAction";
    const FIELDS: &'static [&'static str] = &["Action", "Code", "Message"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Action" => Some(0),
            "Code" => Some(1),
            "Message" => Some(2),
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
            0 => self.action = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.code = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.message = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl OperatorAction {
    /// Creates an empty `OperatorAction`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Action`.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }

    /// Sets `Code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}

/// Supported OS types.
///
/// Used by `DescribeImportImageOs`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OsVersion {
    /// OS type
    ///
    /// Wire name `OsName`.
    pub os_name: Option<String>,
    /// Supported OS versions
    ///
    /// Wire name `OsVersions`; may be `null` (decoded as `None`).
    pub os_versions: Option<Vec<String>>,
    /// Supported OS architecture
    ///
    /// Wire name `Architecture`; may be `null` (decoded as `None`).
    pub architecture: Option<Vec<String>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for OsVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "OsVersion")
            .member("OsName", &self.os_name)
            .member("OsVersions", &self.os_versions)
            .member("Architecture", &self.architecture)
            .end()
    }
}

impl<'de> Deserialize<'de> for OsVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for OsVersion {
    const NAME: &'static str = "OsVersion";
    const FIELDS: &'static [&'static str] = &["OsName", "OsVersions", "Architecture"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "OsName" => Some(0),
            "OsVersions" => Some(1),
            "Architecture" => Some(2),
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
            0 => self.os_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.os_versions = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.architecture = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl OsVersion {
    /// Creates an empty `OsVersion`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `OsName`.
    pub fn os_name(mut self, value: impl Into<String>) -> Self {
        self.os_name = Some(value.into());
        self
    }

    /// Sets `OsVersions`.
    pub fn os_versions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.os_versions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Architecture`.
    pub fn architecture(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.architecture = Some(value.into_iter().map(Into::into).collect());
        self
    }
}

/// A set of correlated packing quotas sorted by instance type priority
///
/// Used by `DescribePackingQuotaGroup`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PackingQuotaGroup {
    /// AZ
    ///
    /// Wire name `Zone`.
    pub zone: Option<String>,
    /// AZ ID
    ///
    /// Wire name `ZoneId`.
    pub zone_id: Option<i64>,
    /// ISP id
    ///
    /// Wire name `ISPId`.
    pub isp_id: Option<String>,
    /// A set of correlated packing quotas
    ///
    /// Wire name `PackingQuotaInfos`.
    pub packing_quota_infos: Option<Vec<PackingQuotaInfo>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PackingQuotaGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PackingQuotaGroup")
            .member("Zone", &self.zone)
            .member("ZoneId", &self.zone_id)
            .member("ISPId", &self.isp_id)
            .member("PackingQuotaInfos", &self.packing_quota_infos)
            .end()
    }
}

impl<'de> Deserialize<'de> for PackingQuotaGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PackingQuotaGroup {
    const NAME: &'static str = "PackingQuotaGroup";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "ZoneId",
        "ISPId",
        "PackingQuotaInfos",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Zone" => Some(0),
            "ZoneId" => Some(1),
            "ISPId" => Some(2),
            "PackingQuotaInfos" => Some(3),
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
            1 => self.zone_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.isp_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.packing_quota_infos = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl PackingQuotaGroup {
    /// Creates an empty `PackingQuotaGroup`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Zone`.
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: i64) -> Self {
        self.zone_id = Some(value);
        self
    }

    /// Sets `ISPId`.
    pub fn isp_id(mut self, value: impl Into<String>) -> Self {
        self.isp_id = Some(value.into());
        self
    }

    /// Sets `PackingQuotaInfos`.
    pub fn packing_quota_infos(
        mut self,
        value: impl IntoIterator<Item = PackingQuotaInfo>,
    ) -> Self {
        self.packing_quota_infos = Some(value.into_iter().collect());
        self
    }
}

/// The information of a set of correlated packing quotas
///
/// Used by `DescribePackingQuotaGroup`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PackingQuotaInfo {
    /// Instance type
    ///
    /// Wire name `InstanceType`.
    pub instance_type: Option<String>,
    /// Packing quota
    ///
    /// Wire name `PackingQuota`.
    pub packing_quota: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PackingQuotaInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PackingQuotaInfo")
            .member("InstanceType", &self.instance_type)
            .member("PackingQuota", &self.packing_quota)
            .end()
    }
}

impl<'de> Deserialize<'de> for PackingQuotaInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PackingQuotaInfo {
    const NAME: &'static str = "PackingQuotaInfo";
    const FIELDS: &'static [&'static str] = &["InstanceType", "PackingQuota"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceType" => Some(0),
            "PackingQuota" => Some(1),
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
            0 => self.instance_type = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.packing_quota = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl PackingQuotaInfo {
    /// Creates an empty `PackingQuotaInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceType`.
    pub fn instance_type(mut self, value: impl Into<String>) -> Self {
        self.instance_type = Some(value.into());
        self
    }

    /// Sets `PackingQuota`.
    pub fn packing_quota(mut self, value: i64) -> Self {
        self.packing_quota = Some(value);
        self
    }
}

/// Peak information
///
/// Used by `DescribePeakBaseOverview`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PeakBase {
    /// Peak CPU
    ///
    /// Wire name `PeakCpuNum`.
    pub peak_cpu_num: Option<i64>,
    /// Peak memory
    ///
    /// Wire name `PeakMemoryNum`.
    pub peak_memory_num: Option<i64>,
    /// Peak disk
    ///
    /// Wire name `PeakStorageNum`.
    pub peak_storage_num: Option<i64>,
    /// Recording time
    ///
    /// Wire name `RecordTime`.
    pub record_time: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PeakBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PeakBase")
            .member("PeakCpuNum", &self.peak_cpu_num)
            .member("PeakMemoryNum", &self.peak_memory_num)
            .member("PeakStorageNum", &self.peak_storage_num)
            .member("RecordTime", &self.record_time)
            .end()
    }
}

impl<'de> Deserialize<'de> for PeakBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PeakBase {
    const NAME: &'static str = "PeakBase";
    const FIELDS: &'static [&'static str] = &[
        "PeakCpuNum",
        "PeakMemoryNum",
        "PeakStorageNum",
        "RecordTime",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PeakCpuNum" => Some(0),
            "PeakMemoryNum" => Some(1),
            "PeakStorageNum" => Some(2),
            "RecordTime" => Some(3),
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
            0 => self.peak_cpu_num = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.peak_memory_num = map.next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.peak_storage_num = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.record_time = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl PeakBase {
    /// Creates an empty `PeakBase`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PeakCpuNum`.
    pub fn peak_cpu_num(mut self, value: i64) -> Self {
        self.peak_cpu_num = Some(value);
        self
    }

    /// Sets `PeakMemoryNum`.
    pub fn peak_memory_num(mut self, value: i64) -> Self {
        self.peak_memory_num = Some(value);
        self
    }

    /// Sets `PeakStorageNum`.
    pub fn peak_storage_num(mut self, value: i64) -> Self {
        self.peak_storage_num = Some(value);
        self
    }

    /// Sets `RecordTime`.
    pub fn record_time(mut self, value: impl Into<String>) -> Self {
        self.record_time = Some(value.into());
        self
    }
}

/// PeakFamilyInfo: peak information of data such as CPU by model type
///
/// Used by `DescribePeakBaseOverview`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PeakFamilyInfo {
    /// Model type information.
    ///
    /// Wire name `InstanceFamily`.
    pub instance_family: Option<InstanceFamilyTypeConfig>,
    /// Peak information of basic data.
    ///
    /// Wire name `PeakBaseSet`.
    pub peak_base_set: Option<Vec<PeakBase>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PeakFamilyInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PeakFamilyInfo")
            .member("InstanceFamily", &self.instance_family)
            .member("PeakBaseSet", &self.peak_base_set)
            .end()
    }
}

impl<'de> Deserialize<'de> for PeakFamilyInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PeakFamilyInfo {
    const NAME: &'static str = "PeakFamilyInfo";
    const FIELDS: &'static [&'static str] = &["InstanceFamily", "PeakBaseSet"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "InstanceFamily" => Some(0),
            "PeakBaseSet" => Some(1),
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
            0 => self.instance_family = map.next_value()?,
            1 => self.peak_base_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl PeakFamilyInfo {
    /// Creates an empty `PeakFamilyInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `InstanceFamily`.
    pub fn instance_family(mut self, value: InstanceFamilyTypeConfig) -> Self {
        self.instance_family = Some(value);
        self
    }

    /// Sets `PeakBaseSet`.
    pub fn peak_base_set(mut self, value: impl IntoIterator<Item = PeakBase>) -> Self {
        self.peak_base_set = Some(value.into_iter().collect());
        self
    }
}

/// Peak network data
///
/// Used by `DescribePeakNetworkOverview`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PeakNetwork {
    /// Recording time.
    ///
    /// Wire name `RecordTime`.
    pub record_time: Option<String>,
    /// Inbound bandwidth data.
    ///
    /// Wire name `PeakInNetwork`.
    pub peak_in_network: Option<String>,
    /// Outbound bandwidth data.
    ///
    /// Wire name `PeakOutNetwork`.
    pub peak_out_network: Option<String>,
    /// Billable bandwidth in bps
    ///
    /// Wire name `ChargeNetwork`.
    pub charge_network: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PeakNetwork {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PeakNetwork")
            .member("RecordTime", &self.record_time)
            .member("PeakInNetwork", &self.peak_in_network)
            .member("PeakOutNetwork", &self.peak_out_network)
            .member("ChargeNetwork", &self.charge_network)
            .end()
    }
}

impl<'de> Deserialize<'de> for PeakNetwork {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PeakNetwork {
    const NAME: &'static str = "PeakNetwork";
    const FIELDS: &'static [&'static str] = &[
        "RecordTime",
        "PeakInNetwork",
        "PeakOutNetwork",
        "ChargeNetwork",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RecordTime" => Some(0),
            "PeakInNetwork" => Some(1),
            "PeakOutNetwork" => Some(2),
            "ChargeNetwork" => Some(3),
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
            0 => self.record_time = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.peak_in_network = map.next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.peak_out_network = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.charge_network = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl PeakNetwork {
    /// Creates an empty `PeakNetwork`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RecordTime`.
    pub fn record_time(mut self, value: impl Into<String>) -> Self {
        self.record_time = Some(value.into());
        self
    }

    /// Sets `PeakInNetwork`.
    pub fn peak_in_network(mut self, value: impl Into<String>) -> Self {
        self.peak_in_network = Some(value.into());
        self
    }

    /// Sets `PeakOutNetwork`.
    pub fn peak_out_network(mut self, value: impl Into<String>) -> Self {
        self.peak_out_network = Some(value.into());
        self
    }

    /// Sets `ChargeNetwork`.
    pub fn charge_network(mut self, value: impl Into<String>) -> Self {
        self.charge_network = Some(value.into());
        self
    }
}

/// Peak network information by region
///
/// Used by `DescribePeakNetworkOverview`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PeakNetworkRegionInfo {
    /// Region information
    ///
    /// Wire name `Region`.
    pub region: Option<String>,
    /// Peak network set
    ///
    /// Wire name `PeakNetworkSet`; may be `null` (decoded as `None`).
    pub peak_network_set: Option<Vec<PeakNetwork>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PeakNetworkRegionInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PeakNetworkRegionInfo")
            .member("Region", &self.region)
            .member("PeakNetworkSet", &self.peak_network_set)
            .end()
    }
}

impl<'de> Deserialize<'de> for PeakNetworkRegionInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PeakNetworkRegionInfo {
    const NAME: &'static str = "PeakNetworkRegionInfo";
    const FIELDS: &'static [&'static str] = &["Region", "PeakNetworkSet"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Region" => Some(0),
            "PeakNetworkSet" => Some(1),
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
            0 => self.region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.peak_network_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl PeakNetworkRegionInfo {
    /// Creates an empty `PeakNetworkRegionInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `PeakNetworkSet`.
    pub fn peak_network_set(
        mut self,
        value: impl IntoIterator<Item = PeakNetwork>,
    ) -> Self {
        self.peak_network_set = Some(value.into_iter().collect());
        self
    }
}

/// Physical location information
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PhysicalPosition {
    /// Rack unit
    ///
    /// Wire name `PosId`; may be `null` (decoded as `None`).
    pub pos_id: Option<String>,
    /// Rack
    ///
    /// Wire name `RackId`; may be `null` (decoded as `None`).
    pub rack_id: Option<String>,
    /// Switch
    ///
    /// Wire name `SwitchId`; may be `null` (decoded as `None`).
    pub switch_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PhysicalPosition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PhysicalPosition")
            .member("PosId", &self.pos_id)
            .member("RackId", &self.rack_id)
            .member("SwitchId", &self.switch_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for PhysicalPosition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PhysicalPosition {
    const NAME: &'static str = "PhysicalPosition";
    const FIELDS: &'static [&'static str] = &["PosId", "RackId", "SwitchId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PosId" => Some(0),
            "RackId" => Some(1),
            "SwitchId" => Some(2),
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
            0 => self.pos_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.rack_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.switch_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl PhysicalPosition {
    /// Creates an empty `PhysicalPosition`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PosId`.
    pub fn pos_id(mut self, value: impl Into<String>) -> Self {
        self.pos_id = Some(value.into());
        self
    }

    /// Sets `RackId`.
    pub fn rack_id(mut self, value: impl Into<String>) -> Self {
        self.rack_id = Some(value.into());
        self
    }

    /// Sets `SwitchId`.
    pub fn switch_id(mut self, value: impl Into<String>) -> Self {
        self.switch_id = Some(value.into());
        self
    }
}

/// Abstract location of the instance, including its AZ, project, and dedicated cluster ID
/// and name.
///
/// Used by `DescribeSnapshots`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Placement {
    /// AZ ID of the cloud disk, which can be obtained from the Zone field in the returned value
    /// of the DescribeZones API.
    ///
    /// Wire name `Zone`; required.
    pub zone: Option<String>,
    /// Cage ID. When it is used as an input parameter, it indicates to manipulate the resources
    /// in the cage with the specified CageId and can be left empty. When it is used as an
    /// output parameter, it represents the cage ID of the resource and can be left empty.
    ///
    /// Wire name `CageId`; optional; may be `null` (decoded as `None`).
    pub cage_id: Option<String>,
    /// Project ID of the instance, which can be obtained from the projectId field in the
    /// returned value of the DescribeProject API. If this parameter is not specified, the
    /// default project ID will be used.
    ///
    /// Wire name `ProjectId`; optional.
    pub project_id: Option<i64>,
    /// Name of the dedicated cluster. When it is used as an input parameter, it is ignored.
    /// When it is used as an output parameter, it represents the name of the dedicated cluster
    /// to which the cloud disk belongs, and it can be left empty.
    ///
    /// Wire name `CdcName`; optional; may be `null` (decoded as `None`).
    pub cdc_name: Option<String>,
    /// Dedicated cluster ID of the instance. When it is used as an input parameter, it
    /// indicates to manipulate the resources in the dedicated cluster with the specified CdcId
    /// and can be left empty. When it is used as an output parameter, it represents the
    /// dedicated cluster ID of the resource and can be left empty.
    ///
    /// Wire name `CdcId`; optional; may be `null` (decoded as `None`).
    pub cdc_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Placement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Placement")
            .member("Zone", &self.zone)
            .member("CageId", &self.cage_id)
            .member("ProjectId", &self.project_id)
            .member("CdcName", &self.cdc_name)
            .member("CdcId", &self.cdc_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for Placement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Placement {
    const NAME: &'static str = "Placement";
    const FIELDS: &'static [&'static str] = &[
        "Zone",
        "CageId",
        "ProjectId",
        "CdcName",
        "CdcId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Zone" => Some(0),
            "CageId" => Some(1),
            "ProjectId" => Some(2),
            "CdcName" => Some(3),
            "CdcId" => Some(4),
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
            1 => self.cage_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.project_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.cdc_name = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.cdc_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Placement {
    /// Creates an empty `Placement`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Zone` (required).
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }

    /// Sets `CageId`.
    pub fn cage_id(mut self, value: impl Into<String>) -> Self {
        self.cage_id = Some(value.into());
        self
    }

    /// Sets `ProjectId`.
    pub fn project_id(mut self, value: i64) -> Self {
        self.project_id = Some(value);
        self
    }

    /// Sets `CdcName`.
    pub fn cdc_name(mut self, value: impl Into<String>) -> Self {
        self.cdc_name = Some(value.into());
        self
    }

    /// Sets `CdcId`.
    pub fn cdc_id(mut self, value: impl Into<String>) -> Self {
        self.cdc_id = Some(value.into());
        self
    }
}

/// Location information of the instance.
///
/// Used by `DescribeInstances`, `DescribeLoadBalancers`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Position {
    /// Zone information of the instance.
    ///
    /// Wire name `ZoneInfo`.
    pub zone_info: Option<ZoneInfo>,
    /// Country/Region information of the instance.
    ///
    /// Wire name `Country`.
    pub country: Option<Country>,
    /// Area information of the instance.
    ///
    /// Wire name `Area`.
    pub area: Option<Area>,
    /// Province/State information of the instance.
    ///
    /// Wire name `Province`.
    pub province: Option<Province>,
    /// City information of the instance.
    ///
    /// Wire name `City`.
    pub city: Option<City>,
    /// Region information of the instance.
    ///
    /// Wire name `RegionInfo`.
    pub region_info: Option<RegionInfo>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Position {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Position")
            .member("ZoneInfo", &self.zone_info)
            .member("Country", &self.country)
            .member("Area", &self.area)
            .member("Province", &self.province)
            .member("City", &self.city)
            .member("RegionInfo", &self.region_info)
            .end()
    }
}

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Position {
    const NAME: &'static str = "Position";
    const FIELDS: &'static [&'static str] = &[
        "ZoneInfo",
        "Country",
        "Area",
        "Province",
        "City",
        "RegionInfo",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneInfo" => Some(0),
            "Country" => Some(1),
            "Area" => Some(2),
            "Province" => Some(3),
            "City" => Some(4),
            "RegionInfo" => Some(5),
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
            1 => self.country = map.next_value()?,
            2 => self.area = map.next_value()?,
            3 => self.province = map.next_value()?,
            4 => self.city = map.next_value()?,
            5 => self.region_info = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl Position {
    /// Creates an empty `Position`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ZoneInfo`.
    pub fn zone_info(mut self, value: ZoneInfo) -> Self {
        self.zone_info = Some(value);
        self
    }

    /// Sets `Country`.
    pub fn country(mut self, value: Country) -> Self {
        self.country = Some(value);
        self
    }

    /// Sets `Area`.
    pub fn area(mut self, value: Area) -> Self {
        self.area = Some(value);
        self
    }

    /// Sets `Province`.
    pub fn province(mut self, value: Province) -> Self {
        self.province = Some(value);
        self
    }

    /// Sets `City`.
    pub fn city(mut self, value: City) -> Self {
        self.city = Some(value);
        self
    }

    /// Sets `RegionInfo`.
    pub fn region_info(mut self, value: RegionInfo) -> Self {
        self.region_info = Some(value);
        self
    }
}

/// Prices of CPU, memory, and other resources
///
/// Used by `DescribePriceRunInstance`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PriceDetail {
    /// Discount, such as 20, which represents 80% off
    ///
    /// Wire name `Discount`; required.
    pub discount: Option<i64>,
    /// Discounted price in cents
    ///
    /// Wire name `DiscountPrice`; required.
    pub discount_price: Option<i64>,
    /// Original price in cents
    ///
    /// Wire name `OriginalPrice`; required.
    pub original_price: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PriceDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PriceDetail")
            .member("Discount", &self.discount)
            .member("DiscountPrice", &self.discount_price)
            .member("OriginalPrice", &self.original_price)
            .end()
    }
}

impl<'de> Deserialize<'de> for PriceDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PriceDetail {
    const NAME: &'static str = "PriceDetail";
    const FIELDS: &'static [&'static str] = &[
        "Discount",
        "DiscountPrice",
        "OriginalPrice",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Discount" => Some(0),
            "DiscountPrice" => Some(1),
            "OriginalPrice" => Some(2),
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
            0 => self.discount = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.discount_price = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.original_price = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl PriceDetail {
    /// Creates an empty `PriceDetail`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Discount` (required).
    pub fn discount(mut self, value: i64) -> Self {
        self.discount = Some(value);
        self
    }

    /// Sets `DiscountPrice` (required).
    pub fn discount_price(mut self, value: i64) -> Self {
        self.discount_price = Some(value);
        self
    }

    /// Sets `OriginalPrice` (required).
    pub fn original_price(mut self, value: i64) -> Self {
        self.original_price = Some(value);
        self
    }
}

/// Private IP information of the instance.
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
///
/// Documented as `PrivateIPAddressInfo`.
#[doc(alias = "PrivateIPAddressInfo")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PrivateIpAddressInfo {
    /// Private IP of the instance.
    ///
    /// Wire name `PrivateIPAddress`; may be `null` (decoded as `None`).
    pub private_ip_address: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PrivateIpAddressInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PrivateIpAddressInfo")
            .member("PrivateIPAddress", &self.private_ip_address)
            .end()
    }
}

impl<'de> Deserialize<'de> for PrivateIpAddressInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PrivateIpAddressInfo {
    const NAME: &'static str = "PrivateIpAddressInfo";
    const FIELDS: &'static [&'static str] = &["PrivateIPAddress"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PrivateIPAddress" => Some(0),
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
            self.private_ip_address = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl PrivateIpAddressInfo {
    /// Creates an empty `PrivateIpAddressInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PrivateIPAddress`.
    pub fn private_ip_address(mut self, value: impl Into<String>) -> Self {
        self.private_ip_address = Some(value.into());
        self
    }
}

/// Private IP information
///
/// Used by `AssignPrivateIpAddresses`, `CreateNetworkInterface`,
/// `DescribeNetworkInterfaces`, `ModifyPrivateIpAddressesAttribute`,
/// `RemovePrivateIpAddresses`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PrivateIpAddressSpecification {
    /// Private IP address.
    ///
    /// Wire name `PrivateIpAddress`; required.
    pub private_ip_address: Option<String>,
    /// Whether it is the primary IP.
    ///
    /// Wire name `Primary`; optional; may be `null` (decoded as `None`).
    pub primary: Option<bool>,
    /// Public IP address.
    ///
    /// Wire name `PublicIpAddress`; optional.
    pub public_ip_address: Option<String>,
    /// EIP instance ID, such as eip-11112222.
    ///
    /// Wire name `AddressId`; optional.
    pub address_id: Option<String>,
    /// Private IP description.
    ///
    /// Wire name `Description`; optional.
    pub description: Option<String>,
    /// Whether the public IP is blocked.
    ///
    /// Wire name `IsWanIpBlocked`; optional; may be `null` (decoded as `None`).
    pub is_wan_ip_blocked: Option<bool>,
    /// IP status:
    ///
    /// PENDING: generating
    ///
    /// MIGRATING: migrating
    ///
    /// DELETING: deleting
    ///
    /// AVAILABLE: available
    ///
    /// Wire name `State`; optional.
    pub state: Option<PrivateIpAddressSpecificationState>,
}

impl Serialize for PrivateIpAddressSpecification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PrivateIpAddressSpecification")
            .member("PrivateIpAddress", &self.private_ip_address)
            .member("Primary", &self.primary)
            .member("PublicIpAddress", &self.public_ip_address)
            .member("AddressId", &self.address_id)
            .member("Description", &self.description)
            .member("IsWanIpBlocked", &self.is_wan_ip_blocked)
            .member("State", &self.state)
            .end()
    }
}

impl<'de> Deserialize<'de> for PrivateIpAddressSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PrivateIpAddressSpecification {
    const NAME: &'static str = "PrivateIpAddressSpecification";
    const FIELDS: &'static [&'static str] = &[
        "PrivateIpAddress",
        "Primary",
        "PublicIpAddress",
        "AddressId",
        "Description",
        "IsWanIpBlocked",
        "State",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PrivateIpAddress" => Some(0),
            "Primary" => Some(1),
            "PublicIpAddress" => Some(2),
            "AddressId" => Some(3),
            "Description" => Some(4),
            "IsWanIpBlocked" => Some(5),
            "State" => Some(6),
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
                self.private_ip_address = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.primary = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.public_ip_address = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.address_id = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.description = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.is_wan_ip_blocked = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.state = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl PrivateIpAddressSpecification {
    /// Creates an empty `PrivateIpAddressSpecification`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `PrivateIpAddress` (required).
    pub fn private_ip_address(mut self, value: impl Into<String>) -> Self {
        self.private_ip_address = Some(value.into());
        self
    }

    /// Sets `Primary`.
    pub fn primary(mut self, value: bool) -> Self {
        self.primary = Some(value);
        self
    }

    /// Sets `PublicIpAddress`.
    pub fn public_ip_address(mut self, value: impl Into<String>) -> Self {
        self.public_ip_address = Some(value.into());
        self
    }

    /// Sets `AddressId`.
    pub fn address_id(mut self, value: impl Into<String>) -> Self {
        self.address_id = Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `IsWanIpBlocked`.
    pub fn is_wan_ip_blocked(mut self, value: bool) -> Self {
        self.is_wan_ip_blocked = Some(value);
        self
    }

    /// Sets `State`.
    pub fn state(
        mut self,
        value: impl Into<PrivateIpAddressSpecificationState>,
    ) -> Self {
        self.state = Some(value.into());
        self
    }
}

impl Validate for PrivateIpAddressSpecification {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("PrivateIpAddress", &self.private_ip_address)?;
        Ok(())
    }
}

/// Province/State information
///
/// Used by `DescribeInstances`, `DescribeLoadBalancers`, `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Province {
    /// Province/State ID
    ///
    /// Wire name `ProvinceId`.
    pub province_id: Option<String>,
    /// Province/State name
    ///
    /// Wire name `ProvinceName`.
    pub province_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Province {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Province")
            .member("ProvinceId", &self.province_id)
            .member("ProvinceName", &self.province_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for Province {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Province {
    const NAME: &'static str = "Province";
    const FIELDS: &'static [&'static str] = &["ProvinceId", "ProvinceName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ProvinceId" => Some(0),
            "ProvinceName" => Some(1),
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
            0 => self.province_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.province_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Province {
    /// Creates an empty `Province`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ProvinceId`.
    pub fn province_id(mut self, value: impl Into<String>) -> Self {
        self.province_id = Some(value.into());
        self
    }

    /// Sets `ProvinceName`.
    pub fn province_name(mut self, value: impl Into<String>) -> Self {
        self.province_name = Some(value.into());
        self
    }
}

/// Public IP information of the instance.
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
///
/// Documented as `PublicIPAddressInfo`.
#[doc(alias = "PublicIPAddressInfo")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PublicIpAddressInfo {
    /// Billing mode.
    ///
    /// Wire name `ChargeMode`.
    pub charge_mode: Option<String>,
    /// Public IP of the instance.
    ///
    /// Wire name `PublicIPAddress`.
    pub public_ip_address: Option<String>,
    /// Public IP ISP of the instance.
    ///
    /// Wire name `ISP`.
    pub isp: Option<Isp>,
    /// Outbound bandwidth cap of the instance in Mbps.
    ///
    /// Wire name `MaxBandwidthOut`.
    pub max_bandwidth_out: Option<i64>,
    /// Inbound bandwidth cap of the instance in Mbps.
    ///
    /// Wire name `MaxBandwidthIn`.
    pub max_bandwidth_in: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for PublicIpAddressInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "PublicIpAddressInfo")
            .member("ChargeMode", &self.charge_mode)
            .member("PublicIPAddress", &self.public_ip_address)
            .member("ISP", &self.isp)
            .member("MaxBandwidthOut", &self.max_bandwidth_out)
            .member("MaxBandwidthIn", &self.max_bandwidth_in)
            .end()
    }
}

impl<'de> Deserialize<'de> for PublicIpAddressInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for PublicIpAddressInfo {
    const NAME: &'static str = "PublicIpAddressInfo";
    const FIELDS: &'static [&'static str] = &[
        "ChargeMode",
        "PublicIPAddress",
        "ISP",
        "MaxBandwidthOut",
        "MaxBandwidthIn",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ChargeMode" => Some(0),
            "PublicIPAddress" => Some(1),
            "ISP" => Some(2),
            "MaxBandwidthOut" => Some(3),
            "MaxBandwidthIn" => Some(4),
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
            0 => self.charge_mode = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.public_ip_address = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.isp = map.next_value()?,
            3 => {
                self.max_bandwidth_out = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.max_bandwidth_in = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl PublicIpAddressInfo {
    /// Creates an empty `PublicIpAddressInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ChargeMode`.
    pub fn charge_mode(mut self, value: impl Into<String>) -> Self {
        self.charge_mode = Some(value.into());
        self
    }

    /// Sets `PublicIPAddress`.
    pub fn public_ip_address(mut self, value: impl Into<String>) -> Self {
        self.public_ip_address = Some(value.into());
        self
    }

    /// Sets `ISP`.
    pub fn isp(mut self, value: Isp) -> Self {
        self.isp = Some(value);
        self
    }

    /// Sets `MaxBandwidthOut`.
    pub fn max_bandwidth_out(mut self, value: i64) -> Self {
        self.max_bandwidth_out = Some(value);
        self
    }

    /// Sets `MaxBandwidthIn`.
    pub fn max_bandwidth_in(mut self, value: i64) -> Self {
        self.max_bandwidth_in = Some(value);
        self
    }
}

/// Region and region name (RegionName)
///
/// Used by `DescribeInstances`, `DescribeLoadBalancers`, `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RegionInfo {
    /// Region
    ///
    /// Wire name `Region`.
    pub region: Option<String>,
    /// Region name
    ///
    /// Wire name `RegionName`.
    pub region_name: Option<String>,
    /// RegionID
    ///
    /// Wire name `RegionId`.
    pub region_id: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RegionInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RegionInfo")
            .member("Region", &self.region)
            .member("RegionName", &self.region_name)
            .member("RegionId", &self.region_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for RegionInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RegionInfo {
    const NAME: &'static str = "RegionInfo";
    const FIELDS: &'static [&'static str] = &["Region", "RegionName", "RegionId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Region" => Some(0),
            "RegionName" => Some(1),
            "RegionId" => Some(2),
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
            0 => self.region = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.region_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.region_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl RegionInfo {
    /// Creates an empty `RegionInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `RegionName`.
    pub fn region_name(mut self, value: impl Into<String>) -> Self {
        self.region_name = Some(value.into());
        self
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: i64) -> Self {
        self.region_id = Some(value);
        self
    }
}

/// Routing policy
///
/// Used by `CreateRouteTable`, `CreateRoutes`, `DeleteRoutes`, `DescribeRouteConflicts`,
/// `DescribeRouteTables`, `ReplaceRoutes`, `ResetRoutes`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Route {
    /// Destination IPv4 IP range
    ///
    /// Wire name `DestinationCidrBlock`; optional.
    pub destination_cidr_block: Option<String>,
    /// Next hop type
    ///
    /// NORMAL_CVM: general CVM;
    ///
    /// Wire name `GatewayType`; optional.
    pub gateway_type: Option<String>,
    /// Next hop address
    ///
    /// You simply need to specify the gateway ID of a different next hop type, and the system
    /// will automatically match the next hop address
    ///
    /// When GatewayType is EIP, the value of GatewayId will be fixed at 0
    ///
    /// Wire name `GatewayId`; optional.
    pub gateway_id: Option<String>,
    /// Unique routing policy ID
    ///
    /// Wire name `RouteItemId`; optional.
    pub route_item_id: Option<String>,
    /// Routing policy description
    ///
    /// Wire name `RouteDescription`; optional.
    pub route_description: Option<String>,
    /// Whether to enable
    ///
    /// Wire name `Enabled`; optional.
    pub enabled: Option<bool>,
    /// Route type. Valid values:
    ///
    /// USER: user route;
    ///
    /// NETD: network probe route, which will be delivered by the system by default when you
    /// create a network probe instance and cannot be edited or deleted;
    ///
    /// CCN: CCN route, which will be delivered by the system by default and cannot be edited or
    /// deleted.
    ///
    /// You can only add and manipulate routes of USER type.
    ///
    /// Wire name `RouteType`; optional.
    pub route_type: Option<RouteType>,
    /// Routing policy ID. The IPv4 routing policy will have a meaningful value, while the IPv6
    /// routing policy is always 0. We recommend you use the unique ID RouteItemId for the
    /// routing policy
    ///
    /// Wire name `RouteId`; optional.
    pub route_id: Option<i64>,
}

impl Serialize for Route {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Route")
            .member("DestinationCidrBlock", &self.destination_cidr_block)
            .member("GatewayType", &self.gateway_type)
            .member("GatewayId", &self.gateway_id)
            .member("RouteItemId", &self.route_item_id)
            .member("RouteDescription", &self.route_description)
            .member("Enabled", &self.enabled)
            .member("RouteType", &self.route_type)
            .member("RouteId", &self.route_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for Route {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Route {
    const NAME: &'static str = "Route";
    const FIELDS: &'static [&'static str] = &[
        "DestinationCidrBlock",
        "GatewayType",
        "GatewayId",
        "RouteItemId",
        "RouteDescription",
        "Enabled",
        "RouteType",
        "RouteId",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "DestinationCidrBlock" => Some(0),
            "GatewayType" => Some(1),
            "GatewayId" => Some(2),
            "RouteItemId" => Some(3),
            "RouteDescription" => Some(4),
            "Enabled" => Some(5),
            "RouteType" => Some(6),
            "RouteId" => Some(7),
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
                self.destination_cidr_block = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.gateway_type = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.gateway_id = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.route_item_id = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.route_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => self.enabled = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.route_type = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.route_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Route {
    /// Creates an empty `Route`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `DestinationCidrBlock`.
    pub fn destination_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.destination_cidr_block = Some(value.into());
        self
    }

    /// Sets `GatewayType`.
    pub fn gateway_type(mut self, value: impl Into<String>) -> Self {
        self.gateway_type = Some(value.into());
        self
    }

    /// Sets `GatewayId`.
    pub fn gateway_id(mut self, value: impl Into<String>) -> Self {
        self.gateway_id = Some(value.into());
        self
    }

    /// Sets `RouteItemId`.
    pub fn route_item_id(mut self, value: impl Into<String>) -> Self {
        self.route_item_id = Some(value.into());
        self
    }

    /// Sets `RouteDescription`.
    pub fn route_description(mut self, value: impl Into<String>) -> Self {
        self.route_description = Some(value.into());
        self
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// Sets `RouteType`.
    pub fn route_type(mut self, value: impl Into<RouteType>) -> Self {
        self.route_type = Some(value.into());
        self
    }

    /// Sets `RouteId`.
    pub fn route_id(mut self, value: i64) -> Self {
        self.route_id = Some(value);
        self
    }
}

impl Validate for Route {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// Route conflict object
///
/// Used by `DescribeRouteConflicts`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RouteConflict {
    /// Route table instance ID
    ///
    /// Wire name `RouteTableId`.
    pub route_table_id: Option<String>,
    /// The conflicting destination ports to be checked
    ///
    /// Wire name `DestinationCidrBlock`.
    pub destination_cidr_block: Option<String>,
    /// List of conflicting routing policies
    ///
    /// Wire name `ConflictSet`; may be `null` (decoded as `None`).
    pub conflict_set: Option<Vec<Route>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RouteConflict {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RouteConflict")
            .member("RouteTableId", &self.route_table_id)
            .member("DestinationCidrBlock", &self.destination_cidr_block)
            .member("ConflictSet", &self.conflict_set)
            .end()
    }
}

impl<'de> Deserialize<'de> for RouteConflict {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RouteConflict {
    const NAME: &'static str = "RouteConflict";
    const FIELDS: &'static [&'static str] = &[
        "RouteTableId",
        "DestinationCidrBlock",
        "ConflictSet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "RouteTableId" => Some(0),
            "DestinationCidrBlock" => Some(1),
            "ConflictSet" => Some(2),
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
                self.destination_cidr_block = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.conflict_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl RouteConflict {
    /// Creates an empty `RouteConflict`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `RouteTableId`.
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `DestinationCidrBlock`.
    pub fn destination_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.destination_cidr_block = Some(value.into());
        self
    }

    /// Sets `ConflictSet`.
    pub fn conflict_set(mut self, value: impl IntoIterator<Item = Route>) -> Self {
        self.conflict_set = Some(value.into_iter().collect());
        self
    }
}

/// Route table
///
/// Used by `CreateRouteTable`, `CreateRoutes`, `DescribeRouteTables`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RouteTable {
    /// VPC instance ID
    ///
    /// Wire name `VpcId`; optional.
    pub vpc_id: Option<String>,
    /// Route table instance ID
    ///
    /// Wire name `RouteTableId`; optional.
    pub route_table_id: Option<String>,
    /// Route table name
    ///
    /// Wire name `RouteTableName`; optional.
    pub route_table_name: Option<String>,
    /// Association relationships of the route table
    ///
    /// Wire name `AssociationSet`; optional; may be `null` (decoded as `None`).
    pub association_set: Option<Vec<RouteTableAssociation>>,
    /// IPv4 routing policy set
    ///
    /// Wire name `RouteSet`; optional; may be `null` (decoded as `None`).
    pub route_set: Option<Vec<Route>>,
    /// Whether it is the default route table
    ///
    /// Wire name `Main`; optional.
    pub main: Option<bool>,
    /// Creation time
    ///
    /// Wire name `CreatedTime`; optional.
    pub created_time: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RouteTable {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RouteTable")
            .member("VpcId", &self.vpc_id)
            .member("RouteTableId", &self.route_table_id)
            .member("RouteTableName", &self.route_table_name)
            .member("AssociationSet", &self.association_set)
            .member("RouteSet", &self.route_set)
            .member("Main", &self.main)
            .member("CreatedTime", &self.created_time)
            .end()
    }
}

impl<'de> Deserialize<'de> for RouteTable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RouteTable {
    const NAME: &'static str = "RouteTable";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "RouteTableId",
        "RouteTableName",
        "AssociationSet",
        "RouteSet",
        "Main",
        "CreatedTime",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "RouteTableId" => Some(1),
            "RouteTableName" => Some(2),
            "AssociationSet" => Some(3),
            "RouteSet" => Some(4),
            "Main" => Some(5),
            "CreatedTime" => Some(6),
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
            1 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => {
                self.route_table_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.association_set = map.next_value()?,
            4 => self.route_set = map.next_value()?,
            5 => self.main = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl RouteTable {
    /// Creates an empty `RouteTable`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `RouteTableId`.
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `RouteTableName`.
    pub fn route_table_name(mut self, value: impl Into<String>) -> Self {
        self.route_table_name = Some(value.into());
        self
    }

    /// Sets `AssociationSet`.
    pub fn association_set(
        mut self,
        value: impl IntoIterator<Item = RouteTableAssociation>,
    ) -> Self {
        self.association_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `RouteSet`.
    pub fn route_set(mut self, value: impl IntoIterator<Item = Route>) -> Self {
        self.route_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `Main`.
    pub fn main(mut self, value: bool) -> Self {
        self.main = Some(value);
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }
}

/// Association relationships of the route table
///
/// Used by `CreateRouteTable`, `CreateRoutes`, `DescribeRouteTables`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RouteTableAssociation {
    /// Subnet instance ID
    ///
    /// Wire name `SubnetId`; optional.
    pub subnet_id: Option<String>,
    /// Route table instance ID
    ///
    /// Wire name `RouteTableId`; optional.
    pub route_table_id: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RouteTableAssociation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RouteTableAssociation")
            .member("SubnetId", &self.subnet_id)
            .member("RouteTableId", &self.route_table_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for RouteTableAssociation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RouteTableAssociation {
    const NAME: &'static str = "RouteTableAssociation";
    const FIELDS: &'static [&'static str] = &["SubnetId", "RouteTableId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SubnetId" => Some(0),
            "RouteTableId" => Some(1),
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
            _ => {}
        }
        Ok(())
    }
}

impl RouteTableAssociation {
    /// Creates an empty `RouteTableAssociation`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `RouteTableId`.
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }
}

/// List of forwarding rules and health status
///
/// Used by `DescribeTargetHealth`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RuleHealth {
    /// Health check status of the real server bound to the rule
    ///
    /// Wire name `Targets`; may be `null` (decoded as `None`).
    pub targets: Option<Vec<TargetHealth>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for RuleHealth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RuleHealth")
            .member("Targets", &self.targets)
            .end()
    }
}

impl<'de> Deserialize<'de> for RuleHealth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for RuleHealth {
    const NAME: &'static str = "RuleHealth";
    const FIELDS: &'static [&'static str] = &["Targets"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Targets" => Some(0),
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
            self.targets = map.next_value()?;
        }
        Ok(())
    }
}

impl RuleHealth {
    /// Creates an empty `RuleHealth`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Targets`.
    pub fn targets(mut self, value: impl IntoIterator<Item = TargetHealth>) -> Self {
        self.targets = Some(value.into_iter().collect());
        self
    }
}

/// IP direct access information
///
/// Used by `ResetInstances`, `RunInstances`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
///
/// Documented as `RunEIPDirectServiceEnabled`.
#[doc(alias = "RunEIPDirectServiceEnabled")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RunEipDirectServiceEnabled {
    /// Whether to enable IP direct access. Valid values:
    ///
    /// TRUE: yes
    ///
    /// FALSE: no
    ///
    /// Default value: TRUE.
    ///
    /// Currently, Windows images do not support IP direct access.
    ///
    /// Wire name `Enabled`; optional.
    pub enabled: Option<bool>,
}

impl Serialize for RunEipDirectServiceEnabled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RunEipDirectServiceEnabled")
            .member("Enabled", &self.enabled)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for RunEipDirectServiceEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for RunEipDirectServiceEnabled {
    const NAME: &'static str = "RunEipDirectServiceEnabled";
    const FIELDS: &'static [&'static str] = &["Enabled"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Enabled" => Some(0),
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
            self.enabled = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl RunEipDirectServiceEnabled {
    /// Creates an empty `RunEipDirectServiceEnabled`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
}

impl Validate for RunEipDirectServiceEnabled {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// CM
///
/// Used by `ResetInstances`, `RunInstances`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RunMonitorServiceEnabled {
    /// Whether to enable.
    ///
    /// Wire name `Enabled`; optional.
    pub enabled: Option<bool>,
}

impl Serialize for RunMonitorServiceEnabled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RunMonitorServiceEnabled")
            .member("Enabled", &self.enabled)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for RunMonitorServiceEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for RunMonitorServiceEnabled {
    const NAME: &'static str = "RunMonitorServiceEnabled";
    const FIELDS: &'static [&'static str] = &["Enabled"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Enabled" => Some(0),
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
            self.enabled = map.next_value_seed(crate::lenient::Field::new())?;
        }
        Ok(())
    }
}

impl RunMonitorServiceEnabled {
    /// Creates an empty `RunMonitorServiceEnabled`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
}

impl Validate for RunMonitorServiceEnabled {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// CWP;
///
/// Used by `ResetInstances`, `RunInstances`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RunSecurityServiceEnabled {
    /// Whether to enable.
    ///
    /// Wire name `Enabled`; optional.
    pub enabled: Option<bool>,
    /// CWP edition. Valid values: 0: Basic Edition; 1: Pro Edition. Currently, only Basic
    /// Edition is supported
    ///
    /// Wire name `Version`; optional.
    pub version: Option<RunSecurityServiceEnabledVersion>,
}

impl Serialize for RunSecurityServiceEnabled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "RunSecurityServiceEnabled")
            .member("Enabled", &self.enabled)
            .member("Version", &self.version)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for RunSecurityServiceEnabled {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for RunSecurityServiceEnabled {
    const NAME: &'static str = "RunSecurityServiceEnabled";
    const FIELDS: &'static [&'static str] = &["Enabled", "Version"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Enabled" => Some(0),
            "Version" => Some(1),
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
            0 => self.enabled = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.version = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl RunSecurityServiceEnabled {
    /// Creates an empty `RunSecurityServiceEnabled`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// Sets `Version`.
    pub fn version(
        mut self,
        value: impl Into<RunSecurityServiceEnabledVersion>,
    ) -> Self {
        self.version = Some(value.into());
        self
    }
}

impl Validate for RunSecurityServiceEnabled {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// Security group object
///
/// Used by `CreateSecurityGroup`, `DescribeSecurityGroups`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SecurityGroup {
    /// Security group instance ID, such as esg-ohuuioma.
    ///
    /// Wire name `SecurityGroupId`; required.
    pub security_group_id: Option<String>,
    /// Security group name, which can be customized with up to 60 characters.
    ///
    /// Wire name `SecurityGroupName`; required.
    pub security_group_name: Option<String>,
    /// Security group remarks, which can contain up to 100 characters.
    ///
    /// Wire name `SecurityGroupDesc`; required.
    pub security_group_desc: Option<String>,
    /// Whether it is the default security group (which cannot be deleted).
    ///
    /// Wire name `IsDefault`; optional.
    pub is_default: Option<bool>,
    /// Security group creation time.
    ///
    /// Wire name `CreatedTime`; optional.
    pub created_time: Option<String>,
    /// Tag key-value pairs.
    ///
    /// Wire name `TagSet`; optional.
    pub tag_set: Option<Vec<Tag>>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for SecurityGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SecurityGroup")
            .member("SecurityGroupId", &self.security_group_id)
            .member("SecurityGroupName", &self.security_group_name)
            .member("SecurityGroupDesc", &self.security_group_desc)
            .member("IsDefault", &self.is_default)
            .member("CreatedTime", &self.created_time)
            .member("TagSet", &self.tag_set)
            .end()
    }
}

impl<'de> Deserialize<'de> for SecurityGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SecurityGroup {
    const NAME: &'static str = "SecurityGroup";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "SecurityGroupName",
        "SecurityGroupDesc",
        "IsDefault",
        "CreatedTime",
        "TagSet",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
            "SecurityGroupName" => Some(1),
            "SecurityGroupDesc" => Some(2),
            "IsDefault" => Some(3),
            "CreatedTime" => Some(4),
            "TagSet" => Some(5),
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
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.security_group_name = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.security_group_desc = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => self.is_default = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.tag_set = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl SecurityGroup {
    /// Creates an empty `SecurityGroup`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId` (required).
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `SecurityGroupName` (required).
    pub fn security_group_name(mut self, value: impl Into<String>) -> Self {
        self.security_group_name = Some(value.into());
        self
    }

    /// Sets `SecurityGroupDesc` (required).
    pub fn security_group_desc(mut self, value: impl Into<String>) -> Self {
        self.security_group_desc = Some(value.into());
        self
    }

    /// Sets `IsDefault`.
    pub fn is_default(mut self, value: bool) -> Self {
        self.is_default = Some(value);
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }

    /// Sets `TagSet`.
    pub fn tag_set(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tag_set = Some(value.into_iter().collect());
        self
    }
}

/// Statistics on the resources associated with the security group
///
/// Used by `DescribeSecurityGroupAssociationStatistics`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SecurityGroupAssociationStatistics {
    /// Security group instance ID.
    ///
    /// Wire name `SecurityGroupId`.
    pub security_group_id: Option<String>,
    /// Number of ECM instances.
    ///
    /// Wire name `ECM`.
    pub ecm: Option<i64>,
    /// Number of ECM modules.
    ///
    /// Wire name `Module`.
    pub module: Option<i64>,
    /// Number of ENI instances.
    ///
    /// Wire name `ENI`.
    pub eni: Option<i64>,
    /// Number of times the security group is referenced by other security groups.
    ///
    /// Wire name `SG`.
    pub sg: Option<i64>,
    /// Number of CLB instances.
    ///
    /// Wire name `CLB`.
    pub clb: Option<i64>,
    /// Binding statistics of all instances.
    ///
    /// Wire name `InstanceStatistics`.
    pub instance_statistics: Option<Vec<InstanceStatistic>>,
    /// Total number of all resources (excluding resources referenced by security groups).
    ///
    /// Wire name `TotalCount`.
    pub total_count: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for SecurityGroupAssociationStatistics {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SecurityGroupAssociationStatistics")
            .member("SecurityGroupId", &self.security_group_id)
            .member("ECM", &self.ecm)
            .member("Module", &self.module)
            .member("ENI", &self.eni)
            .member("SG", &self.sg)
            .member("CLB", &self.clb)
            .member("InstanceStatistics", &self.instance_statistics)
            .member("TotalCount", &self.total_count)
            .end()
    }
}

impl<'de> Deserialize<'de> for SecurityGroupAssociationStatistics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SecurityGroupAssociationStatistics {
    const NAME: &'static str = "SecurityGroupAssociationStatistics";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupId",
        "ECM",
        "Module",
        "ENI",
        "SG",
        "CLB",
        "InstanceStatistics",
        "TotalCount",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupId" => Some(0),
            "ECM" => Some(1),
            "Module" => Some(2),
            "ENI" => Some(3),
            "SG" => Some(4),
            "CLB" => Some(5),
            "InstanceStatistics" => Some(6),
            "TotalCount" => Some(7),
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
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => self.ecm = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.module = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.eni = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.sg = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.clb = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.instance_statistics = map.next_value()?,
            7 => self.total_count = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl SecurityGroupAssociationStatistics {
    /// Creates an empty `SecurityGroupAssociationStatistics`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `ECM`.
    pub fn ecm(mut self, value: i64) -> Self {
        self.ecm = Some(value);
        self
    }

    /// Sets `Module`.
    pub fn module(mut self, value: i64) -> Self {
        self.module = Some(value);
        self
    }

    /// Sets `ENI`.
    pub fn eni(mut self, value: i64) -> Self {
        self.eni = Some(value);
        self
    }

    /// Sets `SG`.
    pub fn sg(mut self, value: i64) -> Self {
        self.sg = Some(value);
        self
    }

    /// Sets `CLB`.
    pub fn clb(mut self, value: i64) -> Self {
        self.clb = Some(value);
        self
    }

    /// Sets `InstanceStatistics`.
    pub fn instance_statistics(
        mut self,
        value: impl IntoIterator<Item = InstanceStatistic>,
    ) -> Self {
        self.instance_statistics = Some(value.into_iter().collect());
        self
    }

    /// Sets `TotalCount`.
    pub fn total_count(mut self, value: i64) -> Self {
        self.total_count = Some(value);
        self
    }
}

/// Security group quota limit
///
/// Used by `DescribeSecurityGroupLimits`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SecurityGroupLimitSet {
    /// Total number of security groups that can be created
    ///
    /// Wire name `SecurityGroupLimit`.
    pub security_group_limit: Option<i64>,
    /// Maximum number of rules under the security group
    ///
    /// Wire name `SecurityGroupPolicyLimit`.
    pub security_group_policy_limit: Option<i64>,
    /// Number of nested security group rules under the security group
    ///
    /// Wire name `ReferedSecurityGroupLimit`.
    pub refered_security_group_limit: Option<i64>,
    /// Number of instances associated with the security group
    ///
    /// Wire name `SecurityGroupInstanceLimit`.
    pub security_group_instance_limit: Option<i64>,
    /// Number of security groups associated with the instance
    ///
    /// Wire name `InstanceSecurityGroupLimit`.
    pub instance_security_group_limit: Option<i64>,
    /// Number of modules associated with the security group
    ///
    /// Wire name `SecurityGroupModuleLimit`.
    pub security_group_module_limit: Option<i64>,
    /// Number of security groups associated with the module
    ///
    /// Wire name `ModuleSecurityGroupLimit`.
    pub module_security_group_limit: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for SecurityGroupLimitSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SecurityGroupLimitSet")
            .member("SecurityGroupLimit", &self.security_group_limit)
            .member("SecurityGroupPolicyLimit", &self.security_group_policy_limit)
            .member("ReferedSecurityGroupLimit", &self.refered_security_group_limit)
            .member("SecurityGroupInstanceLimit", &self.security_group_instance_limit)
            .member("InstanceSecurityGroupLimit", &self.instance_security_group_limit)
            .member("SecurityGroupModuleLimit", &self.security_group_module_limit)
            .member("ModuleSecurityGroupLimit", &self.module_security_group_limit)
            .end()
    }
}

impl<'de> Deserialize<'de> for SecurityGroupLimitSet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SecurityGroupLimitSet {
    const NAME: &'static str = "SecurityGroupLimitSet";
    const FIELDS: &'static [&'static str] = &[
        "SecurityGroupLimit",
        "SecurityGroupPolicyLimit",
        "ReferedSecurityGroupLimit",
        "SecurityGroupInstanceLimit",
        "InstanceSecurityGroupLimit",
        "SecurityGroupModuleLimit",
        "ModuleSecurityGroupLimit",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "SecurityGroupLimit" => Some(0),
            "SecurityGroupPolicyLimit" => Some(1),
            "ReferedSecurityGroupLimit" => Some(2),
            "SecurityGroupInstanceLimit" => Some(3),
            "InstanceSecurityGroupLimit" => Some(4),
            "SecurityGroupModuleLimit" => Some(5),
            "ModuleSecurityGroupLimit" => Some(6),
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
                self.security_group_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            1 => {
                self.security_group_policy_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => {
                self.refered_security_group_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            3 => {
                self.security_group_instance_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.instance_security_group_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => {
                self.security_group_module_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => {
                self.module_security_group_limit = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl SecurityGroupLimitSet {
    /// Creates an empty `SecurityGroupLimitSet`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `SecurityGroupLimit`.
    pub fn security_group_limit(mut self, value: i64) -> Self {
        self.security_group_limit = Some(value);
        self
    }

    /// Sets `SecurityGroupPolicyLimit`.
    pub fn security_group_policy_limit(mut self, value: i64) -> Self {
        self.security_group_policy_limit = Some(value);
        self
    }

    /// Sets `ReferedSecurityGroupLimit`.
    pub fn refered_security_group_limit(mut self, value: i64) -> Self {
        self.refered_security_group_limit = Some(value);
        self
    }

    /// Sets `SecurityGroupInstanceLimit`.
    pub fn security_group_instance_limit(mut self, value: i64) -> Self {
        self.security_group_instance_limit = Some(value);
        self
    }

    /// Sets `InstanceSecurityGroupLimit`.
    pub fn instance_security_group_limit(mut self, value: i64) -> Self {
        self.instance_security_group_limit = Some(value);
        self
    }

    /// Sets `SecurityGroupModuleLimit`.
    pub fn security_group_module_limit(mut self, value: i64) -> Self {
        self.security_group_module_limit = Some(value);
        self
    }

    /// Sets `ModuleSecurityGroupLimit`.
    pub fn module_security_group_limit(mut self, value: i64) -> Self {
        self.module_security_group_limit = Some(value);
        self
    }
}

/// Security group policy object
///
/// Used by `CreateSecurityGroupPolicies`, `DeleteSecurityGroupPolicies`,
/// `DescribeSecurityGroupPolicies`, `ModifySecurityGroupPolicies`,
/// `ReplaceSecurityGroupPolicy`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SecurityGroupPolicy {
    /// Security group policy index number
    ///
    /// Wire name `PolicyIndex`; optional.
    pub policy_index: Option<i64>,
    /// Protocol. Valid values: TCP, UDP, ICMP.
    ///
    /// Wire name `Protocol`; optional.
    pub protocol: Option<SecurityGroupPolicyProtocol>,
    /// Port. Valid values: all, discrete port, range.
    ///
    /// Wire name `Port`; optional.
    pub port: Option<String>,
    /// Protocol port ID or protocol port group ID. ServiceTemplate and Protocol+Port are
    /// mutually exclusive.
    ///
    /// Wire name `ServiceTemplate`; optional.
    pub service_template: Option<ServiceTemplateSpecification>,
    /// IP range or IP address (mutually exclusive).
    ///
    /// Wire name `CidrBlock`; optional.
    pub cidr_block: Option<String>,
    /// Security group instance ID, such as esg-ohuuioma.
    ///
    /// Wire name `SecurityGroupId`; optional.
    pub security_group_id: Option<String>,
    /// IP address ID or IP address group ID.
    ///
    /// Wire name `AddressTemplate`; optional.
    pub address_template: Option<AddressTemplateSpecification>,
    /// ACCEPT or DROP.
    ///
    /// Wire name `Action`; optional.
    pub action: Option<String>,
    /// Security group policy description.
    ///
    /// Wire name `PolicyDescription`; optional.
    pub policy_description: Option<String>,
    /// Modification time, such as 2020-07-22 19:27:23
    ///
    /// Wire name `ModifyTime`; optional; may be `null` (decoded as `None`).
    pub modify_time: Option<String>,
    /// IP range or IPv6 address (mutually exclusive).
    ///
    /// Wire name `Ipv6CidrBlock`; optional; may be `null` (decoded as `None`).
    pub ipv6_cidr_block: Option<String>,
}

impl Serialize for SecurityGroupPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SecurityGroupPolicy")
            .member("PolicyIndex", &self.policy_index)
            .member("Protocol", &self.protocol)
            .member("Port", &self.port)
            .member("ServiceTemplate", &self.service_template)
            .member("CidrBlock", &self.cidr_block)
            .member("SecurityGroupId", &self.security_group_id)
            .member("AddressTemplate", &self.address_template)
            .member("Action", &self.action)
            .member("PolicyDescription", &self.policy_description)
            .member("ModifyTime", &self.modify_time)
            .member("Ipv6CidrBlock", &self.ipv6_cidr_block)
            .end()
    }
}

impl<'de> Deserialize<'de> for SecurityGroupPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SecurityGroupPolicy {
    const NAME: &'static str = "SecurityGroupPolicy";
    const FIELDS: &'static [&'static str] = &[
        "PolicyIndex",
        "Protocol",
        "Port",
        "ServiceTemplate",
        "CidrBlock",
        "SecurityGroupId",
        "AddressTemplate",
        "Action",
        "PolicyDescription",
        "ModifyTime",
        "Ipv6CidrBlock",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "PolicyIndex" => Some(0),
            "Protocol" => Some(1),
            "Port" => Some(2),
            "ServiceTemplate" => Some(3),
            "CidrBlock" => Some(4),
            "SecurityGroupId" => Some(5),
            "AddressTemplate" => Some(6),
            "Action" => Some(7),
            "PolicyDescription" => Some(8),
            "ModifyTime" => Some(9),
            "Ipv6CidrBlock" => Some(10),
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
            1 => self.protocol = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.service_template = map.next_value()?,
            4 => self.cidr_block = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.security_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.address_template = map.next_value()?,
            7 => self.action = map.next_value_seed(crate::lenient::Field::new())?,
            8 => {
                self.policy_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            9 => self.modify_time = map.next_value_seed(crate::lenient::Field::new())?,
            10 => {
                self.ipv6_cidr_block = map.next_value_seed(crate::lenient::Field::new())?;
            }
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

    /// Sets `Protocol`.
    pub fn protocol(mut self, value: impl Into<SecurityGroupPolicyProtocol>) -> Self {
        self.protocol = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: impl Into<String>) -> Self {
        self.port = Some(value.into());
        self
    }

    /// Sets `ServiceTemplate`.
    pub fn service_template(mut self, value: ServiceTemplateSpecification) -> Self {
        self.service_template = Some(value);
        self
    }

    /// Sets `CidrBlock`.
    pub fn cidr_block(mut self, value: impl Into<String>) -> Self {
        self.cidr_block = Some(value.into());
        self
    }

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `AddressTemplate`.
    pub fn address_template(mut self, value: AddressTemplateSpecification) -> Self {
        self.address_template = Some(value);
        self
    }

    /// Sets `Action`.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }

    /// Sets `PolicyDescription`.
    pub fn policy_description(mut self, value: impl Into<String>) -> Self {
        self.policy_description = Some(value.into());
        self
    }

    /// Sets `ModifyTime`.
    pub fn modify_time(mut self, value: impl Into<String>) -> Self {
        self.modify_time = Some(value.into());
        self
    }

    /// Sets `Ipv6CidrBlock`.
    pub fn ipv6_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.ipv6_cidr_block = Some(value.into());
        self
    }
}

impl Validate for SecurityGroupPolicy {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_nested("ServiceTemplate", &self.service_template)?;
        validate_nested("AddressTemplate", &self.address_template)?;
        Ok(())
    }
}

/// Security group policy set
///
/// Used by `CreateSecurityGroupPolicies`, `DeleteSecurityGroupPolicies`,
/// `DescribeSecurityGroupPolicies`, `ModifySecurityGroupPolicies`,
/// `ReplaceSecurityGroupPolicy`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SecurityGroupPolicySet {
    /// The version number of the security group policy, which will automatically increase by
    /// one each time you update the security group policy, so as to prevent expiration of the
    /// updated routing policies. If it is left empty, any conflicts will be ignored.
    ///
    /// Wire name `Version`; optional.
    pub version: Option<String>,
    /// Outbound rule. You must select either an outbound rule or inbound rule.
    ///
    /// Wire name `Egress`; optional.
    pub egress: Option<Vec<SecurityGroupPolicy>>,
    /// Inbound rule. You must select either outbound rule or inbound rule.
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

impl<'de> Deserialize<'de> for SecurityGroupPolicySet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

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

/// Protocol port template
///
/// Used by `CreateSecurityGroupPolicies`, `DeleteSecurityGroupPolicies`,
/// `DescribeSecurityGroupPolicies`, `ModifySecurityGroupPolicies`,
/// `ReplaceSecurityGroupPolicy`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ServiceTemplateSpecification {
    /// Protocol port ID, such as eppm-f5n1f8da.
    ///
    /// Wire name `ServiceId`; required.
    pub service_id: Option<String>,
    /// Protocol port group ID, such as eppmg-f5n1f8da.
    ///
    /// Wire name `ServiceGroupId`; required.
    pub service_group_id: Option<String>,
}

impl Serialize for ServiceTemplateSpecification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ServiceTemplateSpecification")
            .member("ServiceId", &self.service_id)
            .member("ServiceGroupId", &self.service_group_id)
            .end()
    }
}

impl<'de> Deserialize<'de> for ServiceTemplateSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ServiceTemplateSpecification {
    const NAME: &'static str = "ServiceTemplateSpecification";
    const FIELDS: &'static [&'static str] = &["ServiceId", "ServiceGroupId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ServiceId" => Some(0),
            "ServiceGroupId" => Some(1),
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
            0 => self.service_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => {
                self.service_group_id = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl ServiceTemplateSpecification {
    /// Creates an empty `ServiceTemplateSpecification`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ServiceId` (required).
    pub fn service_id(mut self, value: impl Into<String>) -> Self {
        self.service_id = Some(value.into());
        self
    }

    /// Sets `ServiceGroupId` (required).
    pub fn service_group_id(mut self, value: impl Into<String>) -> Self {
        self.service_group_id = Some(value.into());
        self
    }
}

impl Validate for ServiceTemplateSpecification {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ServiceId", &self.service_id)?;
        require("ServiceGroupId", &self.service_group_id)?;
        Ok(())
    }
}

/// Basic information of the module
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SimpleModule {
    /// Module ID
    ///
    /// Wire name `ModuleId`.
    pub module_id: Option<String>,
    /// Module name
    ///
    /// Wire name `ModuleName`.
    pub module_name: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for SimpleModule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SimpleModule")
            .member("ModuleId", &self.module_id)
            .member("ModuleName", &self.module_name)
            .end()
    }
}

impl<'de> Deserialize<'de> for SimpleModule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SimpleModule {
    const NAME: &'static str = "SimpleModule";
    const FIELDS: &'static [&'static str] = &["ModuleId", "ModuleName"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ModuleId" => Some(0),
            "ModuleName" => Some(1),
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
            0 => self.module_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.module_name = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl SimpleModule {
    /// Creates an empty `SimpleModule`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ModuleId`.
    pub fn module_id(mut self, value: impl Into<String>) -> Self {
        self.module_id = Some(value.into());
        self
    }

    /// Sets `ModuleName`.
    pub fn module_name(mut self, value: impl Into<String>) -> Self {
        self.module_name = Some(value.into());
        self
    }
}

/// Snapshot details
///
/// Used by `DescribeSnapshots`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Snapshot {
    /// Snapshot location.
    ///
    /// Wire name `Placement`.
    pub placement: Option<Placement>,
    /// Whether the snapshot is replicated across regions. Valid values:
    ///
    /// true: yes;
    ///
    /// false: no.
    ///
    /// Wire name `CopyFromRemote`.
    pub copy_from_remote: Option<bool>,
    /// Whether the snapshot is a permanent snapshot. Valid values:
    ///
    /// true: yes
    ///
    /// false: no.
    ///
    /// Wire name `IsPermanent`.
    pub is_permanent: Option<bool>,
    /// Snapshot name, i.e., the user-defined snapshot alias. You can call
    /// ModifySnapshotAttribute to modify this field.
    ///
    /// Wire name `SnapshotName`.
    pub snapshot_name: Option<String>,
    /// Snapshot creation progress in percentage. This field will always be 100 once the
    /// snapshot is created successfully.
    ///
    /// Wire name `Percent`.
    pub percent: Option<i64>,
    /// List of images associated with the snapshot.
    ///
    /// Wire name `Images`.
    pub images: Option<Vec<Image>>,
    /// Number of snapshots currently shared.
    ///
    /// Wire name `ShareReference`.
    pub share_reference: Option<i64>,
    /// Snapshot type. Valid values: PRIVATE_SNAPSHOT, SHARED_SNAPSHOT
    ///
    /// Wire name `SnapshotType`.
    pub snapshot_type: Option<SnapshotType>,
    /// Size in GB of the cloud disk for which the snapshot is created.
    ///
    /// Wire name `DiskSize`.
    pub disk_size: Option<i64>,
    /// ID of the cloud disk for which the snapshot is created.
    ///
    /// Wire name `DiskId`.
    pub disk_id: Option<String>,
    /// Destination region to which the snapshot is being replicated. Default value: \[\].
    ///
    /// Wire name `CopyingToRegions`.
    pub copying_to_regions: Option<Vec<String>>,
    /// Snapshot ID.
    ///
    /// Wire name `SnapshotId`.
    pub snapshot_id: Option<String>,
    /// Type of the cloud disk for which the snapshot is created. Valid values:
    ///
    /// SYSTEM_DISK: system disk
    ///
    /// DATA_DISK: data disk.
    ///
    /// Wire name `DiskUsage`.
    pub disk_usage: Option<SnapshotDiskUsage>,
    /// Whether the snapshot is created from an encrypted disk. Valid values:
    ///
    /// true: yes
    ///
    /// false: no.
    ///
    /// Wire name `Encrypt`.
    pub encrypt: Option<bool>,
    /// Snapshot creation time.
    ///
    /// Wire name `CreateTime`; a timestamp string such as `2020-09-22 00:00:00`.
    pub create_time: Option<String>,
    /// Number of images associated with the snapshot.
    ///
    /// Wire name `ImageCount`.
    pub image_count: Option<i64>,
    /// Snapshot status. Valid values:
    ///
    /// NORMAL: normal
    ///
    /// CREATING: creating
    ///
    /// ROLLBACKING: rolling back
    ///
    /// COPYING_FROM_REMOTE: cross-region replicating
    ///
    /// CHECKING_COPIED: verifying the cross-region replicated data
    ///
    /// TORECYCLE: to be repossessed.
    ///
    /// Wire name `SnapshotState`.
    pub snapshot_state: Option<SnapshotState>,
    /// Snapshot expiration time.
    ///
    /// Wire name `DeadlineTime`.
    pub deadline_time: Option<String>,
    /// Time when snapshot sharing starts.
    ///
    /// Wire name `TimeStartShare`; may be `null` (decoded as `None`).
    pub time_start_share: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Snapshot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Snapshot")
            .member("Placement", &self.placement)
            .member("CopyFromRemote", &self.copy_from_remote)
            .member("IsPermanent", &self.is_permanent)
            .member("SnapshotName", &self.snapshot_name)
            .member("Percent", &self.percent)
            .member("Images", &self.images)
            .member("ShareReference", &self.share_reference)
            .member("SnapshotType", &self.snapshot_type)
            .member("DiskSize", &self.disk_size)
            .member("DiskId", &self.disk_id)
            .member("CopyingToRegions", &self.copying_to_regions)
            .member("SnapshotId", &self.snapshot_id)
            .member("DiskUsage", &self.disk_usage)
            .member("Encrypt", &self.encrypt)
            .member("CreateTime", &self.create_time)
            .member("ImageCount", &self.image_count)
            .member("SnapshotState", &self.snapshot_state)
            .member("DeadlineTime", &self.deadline_time)
            .member("TimeStartShare", &self.time_start_share)
            .end()
    }
}

impl<'de> Deserialize<'de> for Snapshot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Snapshot {
    const NAME: &'static str = "Snapshot";
    const FIELDS: &'static [&'static str] = &[
        "Placement",
        "CopyFromRemote",
        "IsPermanent",
        "SnapshotName",
        "Percent",
        "Images",
        "ShareReference",
        "SnapshotType",
        "DiskSize",
        "DiskId",
        "CopyingToRegions",
        "SnapshotId",
        "DiskUsage",
        "Encrypt",
        "CreateTime",
        "ImageCount",
        "SnapshotState",
        "DeadlineTime",
        "TimeStartShare",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Placement" => Some(0),
            "CopyFromRemote" => Some(1),
            "IsPermanent" => Some(2),
            "SnapshotName" => Some(3),
            "Percent" => Some(4),
            "Images" => Some(5),
            "ShareReference" => Some(6),
            "SnapshotType" => Some(7),
            "DiskSize" => Some(8),
            "DiskId" => Some(9),
            "CopyingToRegions" => Some(10),
            "SnapshotId" => Some(11),
            "DiskUsage" => Some(12),
            "Encrypt" => Some(13),
            "CreateTime" => Some(14),
            "ImageCount" => Some(15),
            "SnapshotState" => Some(16),
            "DeadlineTime" => Some(17),
            "TimeStartShare" => Some(18),
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
            0 => self.placement = map.next_value()?,
            1 => {
                self.copy_from_remote = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            2 => self.is_permanent = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.snapshot_name = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.percent = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.images = map.next_value()?,
            6 => {
                self.share_reference = map.next_value_seed(crate::lenient::Field::new())?;
            }
            7 => self.snapshot_type = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.disk_size = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.disk_id = map.next_value_seed(crate::lenient::Field::new())?,
            10 => {
                self.copying_to_regions = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            11 => self.snapshot_id = map.next_value_seed(crate::lenient::Field::new())?,
            12 => self.disk_usage = map.next_value_seed(crate::lenient::Field::new())?,
            13 => self.encrypt = map.next_value_seed(crate::lenient::Field::new())?,
            14 => self.create_time = map.next_value_seed(crate::lenient::Field::new())?,
            15 => self.image_count = map.next_value_seed(crate::lenient::Field::new())?,
            16 => {
                self.snapshot_state = map.next_value_seed(crate::lenient::Field::new())?;
            }
            17 => self.deadline_time = map.next_value_seed(crate::lenient::Field::new())?,
            18 => {
                self.time_start_share = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl Snapshot {
    /// Creates an empty `Snapshot`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Placement`.
    pub fn placement(mut self, value: Placement) -> Self {
        self.placement = Some(value);
        self
    }

    /// Sets `CopyFromRemote`.
    pub fn copy_from_remote(mut self, value: bool) -> Self {
        self.copy_from_remote = Some(value);
        self
    }

    /// Sets `IsPermanent`.
    pub fn is_permanent(mut self, value: bool) -> Self {
        self.is_permanent = Some(value);
        self
    }

    /// Sets `SnapshotName`.
    pub fn snapshot_name(mut self, value: impl Into<String>) -> Self {
        self.snapshot_name = Some(value.into());
        self
    }

    /// Sets `Percent`.
    pub fn percent(mut self, value: i64) -> Self {
        self.percent = Some(value);
        self
    }

    /// Sets `Images`.
    pub fn images(mut self, value: impl IntoIterator<Item = Image>) -> Self {
        self.images = Some(value.into_iter().collect());
        self
    }

    /// Sets `ShareReference`.
    pub fn share_reference(mut self, value: i64) -> Self {
        self.share_reference = Some(value);
        self
    }

    /// Sets `SnapshotType`.
    pub fn snapshot_type(mut self, value: impl Into<SnapshotType>) -> Self {
        self.snapshot_type = Some(value.into());
        self
    }

    /// Sets `DiskSize`.
    pub fn disk_size(mut self, value: i64) -> Self {
        self.disk_size = Some(value);
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl Into<String>) -> Self {
        self.disk_id = Some(value.into());
        self
    }

    /// Sets `CopyingToRegions`.
    pub fn copying_to_regions(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.copying_to_regions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl Into<String>) -> Self {
        self.snapshot_id = Some(value.into());
        self
    }

    /// Sets `DiskUsage`.
    pub fn disk_usage(mut self, value: impl Into<SnapshotDiskUsage>) -> Self {
        self.disk_usage = Some(value.into());
        self
    }

    /// Sets `Encrypt`.
    pub fn encrypt(mut self, value: bool) -> Self {
        self.encrypt = Some(value);
        self
    }

    /// Sets `CreateTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }

    /// Sets `ImageCount`.
    pub fn image_count(mut self, value: i64) -> Self {
        self.image_count = Some(value);
        self
    }

    /// Sets `SnapshotState`.
    pub fn snapshot_state(mut self, value: impl Into<SnapshotState>) -> Self {
        self.snapshot_state = Some(value.into());
        self
    }

    /// Sets `DeadlineTime`.
    pub fn deadline_time(mut self, value: impl Into<String>) -> Self {
        self.deadline_time = Some(value.into());
        self
    }

    /// Sets `TimeStartShare`.
    pub fn time_start_share(mut self, value: impl Into<String>) -> Self {
        self.time_start_share = Some(value.into());
        self
    }
}

/// Image source information
///
/// Used by `DescribeImage`, `DescribeInstances`, `DescribeModuleDetail`,
/// `DescribeSnapshots`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SrcImage {
    /// Image ID
    ///
    /// Wire name `ImageId`.
    pub image_id: Option<String>,
    /// Image name
    ///
    /// Wire name `ImageName`.
    pub image_name: Option<String>,
    /// System name
    ///
    /// Wire name `ImageOsName`.
    pub image_os_name: Option<String>,
    /// Image description
    ///
    /// Wire name `ImageDescription`.
    pub image_description: Option<String>,
    /// Region
    ///
    /// Wire name `Region`.
    pub region: Option<String>,
    /// Region ID
    ///
    /// Wire name `RegionID`.
    pub region_id: Option<i64>,
    /// Region name
    ///
    /// Wire name `RegionName`.
    pub region_name: Option<String>,
    /// Source instance name
    ///
    /// Wire name `InstanceName`.
    pub instance_name: Option<String>,
    /// Source instance ID
    ///
    /// Wire name `InstanceId`.
    pub instance_id: Option<String>,
    /// Source image type
    ///
    /// Wire name `ImageType`.
    pub image_type: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for SrcImage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SrcImage")
            .member("ImageId", &self.image_id)
            .member("ImageName", &self.image_name)
            .member("ImageOsName", &self.image_os_name)
            .member("ImageDescription", &self.image_description)
            .member("Region", &self.region)
            .member("RegionID", &self.region_id)
            .member("RegionName", &self.region_name)
            .member("InstanceName", &self.instance_name)
            .member("InstanceId", &self.instance_id)
            .member("ImageType", &self.image_type)
            .end()
    }
}

impl<'de> Deserialize<'de> for SrcImage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for SrcImage {
    const NAME: &'static str = "SrcImage";
    const FIELDS: &'static [&'static str] = &[
        "ImageId",
        "ImageName",
        "ImageOsName",
        "ImageDescription",
        "Region",
        "RegionID",
        "RegionName",
        "InstanceName",
        "InstanceId",
        "ImageType",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ImageId" => Some(0),
            "ImageName" => Some(1),
            "ImageOsName" => Some(2),
            "ImageDescription" => Some(3),
            "Region" => Some(4),
            "RegionID" => Some(5),
            "RegionName" => Some(6),
            "InstanceName" => Some(7),
            "InstanceId" => Some(8),
            "ImageType" => Some(9),
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
            0 => self.image_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.image_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.image_os_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.image_description = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => self.region = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.region_id = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.region_name = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.instance_name = map.next_value_seed(crate::lenient::Field::new())?,
            8 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            9 => self.image_type = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl SrcImage {
    /// Creates an empty `SrcImage`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl Into<String>) -> Self {
        self.image_name = Some(value.into());
        self
    }

    /// Sets `ImageOsName`.
    pub fn image_os_name(mut self, value: impl Into<String>) -> Self {
        self.image_os_name = Some(value.into());
        self
    }

    /// Sets `ImageDescription`.
    pub fn image_description(mut self, value: impl Into<String>) -> Self {
        self.image_description = Some(value.into());
        self
    }

    /// Sets `Region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `RegionID`.
    pub fn region_id(mut self, value: i64) -> Self {
        self.region_id = Some(value);
        self
    }

    /// Sets `RegionName`.
    pub fn region_name(mut self, value: impl Into<String>) -> Self {
        self.region_name = Some(value.into());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.instance_name = Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `ImageType`.
    pub fn image_type(mut self, value: impl Into<String>) -> Self {
        self.image_type = Some(value.into());
        self
    }
}

/// Subnet object
///
/// Used by `CreateSubnet`, `CreateVpc`, `DescribeDefaultSubnet`, `DescribeSubnets`,
/// `DescribeVpcs`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Subnet {
    /// VPC instance ID.
    ///
    /// Wire name `VpcId`.
    pub vpc_id: Option<String>,
    /// Subnet instance ID, such as subnet-bthucmmy.
    ///
    /// Wire name `SubnetId`.
    pub subnet_id: Option<String>,
    /// Subnet name.
    ///
    /// Wire name `SubnetName`.
    pub subnet_name: Option<String>,
    /// IPv4 CIDR block of the subnet.
    ///
    /// Wire name `CidrBlock`.
    pub cidr_block: Option<String>,
    /// Whether it is the default subnet.
    ///
    /// Wire name `IsDefault`.
    pub is_default: Option<bool>,
    /// Whether to enable broadcast.
    ///
    /// Wire name `EnableBroadcast`.
    pub enable_broadcast: Option<bool>,
    /// Route table instance ID, such as rtb-l2h8d7c2.
    ///
    /// Wire name `RouteTableId`.
    pub route_table_id: Option<String>,
    /// Creation time.
    ///
    /// Wire name `CreatedTime`.
    pub created_time: Option<String>,
    /// Number of available IPs.
    ///
    /// Wire name `AvailableIpAddressCount`.
    pub available_ip_address_count: Option<i64>,
    /// IPv6 CIDR block of the subnet.
    ///
    /// Wire name `Ipv6CidrBlock`.
    pub ipv6_cidr_block: Option<String>,
    /// Associated ACLID
    ///
    /// Wire name `NetworkAclId`.
    pub network_acl_id: Option<String>,
    /// Whether it is an SNAT address pool subnet.
    ///
    /// Wire name `IsRemoteVpcSnat`.
    pub is_remote_vpc_snat: Option<bool>,
    /// Tag key-value pairs.
    ///
    /// Wire name `TagSet`; may be `null` (decoded as `None`).
    pub tag_set: Option<Vec<Tag>>,
    /// Region
    ///
    /// Wire name `Zone`.
    pub zone: Option<String>,
    /// AZ name
    ///
    /// Wire name `ZoneName`; may be `null` (decoded as `None`).
    pub zone_name: Option<String>,
    /// Number of instances
    ///
    /// Wire name `InstanceCount`; may be `null` (decoded as `None`).
    pub instance_count: Option<i64>,
    /// IPv4 CIDR block of the VPC.
    ///
    /// Wire name `VpcCidrBlock`; may be `null` (decoded as `None`).
    pub vpc_cidr_block: Option<String>,
    /// IPv6 CIDR block of the VPC.
    ///
    /// Wire name `VpcIpv6CidrBlock`; may be `null` (decoded as `None`).
    pub vpc_ipv6_cidr_block: Option<String>,
    /// Region
    ///
    /// Wire name `Region`; may be `null` (decoded as `None`).
    pub region: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for Subnet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Subnet")
            .member("VpcId", &self.vpc_id)
            .member("SubnetId", &self.subnet_id)
            .member("SubnetName", &self.subnet_name)
            .member("CidrBlock", &self.cidr_block)
            .member("IsDefault", &self.is_default)
            .member("EnableBroadcast", &self.enable_broadcast)
            .member("RouteTableId", &self.route_table_id)
            .member("CreatedTime", &self.created_time)
            .member("AvailableIpAddressCount", &self.available_ip_address_count)
            .member("Ipv6CidrBlock", &self.ipv6_cidr_block)
            .member("NetworkAclId", &self.network_acl_id)
            .member("IsRemoteVpcSnat", &self.is_remote_vpc_snat)
            .member("TagSet", &self.tag_set)
            .member("Zone", &self.zone)
            .member("ZoneName", &self.zone_name)
            .member("InstanceCount", &self.instance_count)
            .member("VpcCidrBlock", &self.vpc_cidr_block)
            .member("VpcIpv6CidrBlock", &self.vpc_ipv6_cidr_block)
            .member("Region", &self.region)
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
        "VpcId",
        "SubnetId",
        "SubnetName",
        "CidrBlock",
        "IsDefault",
        "EnableBroadcast",
        "RouteTableId",
        "CreatedTime",
        "AvailableIpAddressCount",
        "Ipv6CidrBlock",
        "NetworkAclId",
        "IsRemoteVpcSnat",
        "TagSet",
        "Zone",
        "ZoneName",
        "InstanceCount",
        "VpcCidrBlock",
        "VpcIpv6CidrBlock",
        "Region",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "SubnetId" => Some(1),
            "SubnetName" => Some(2),
            "CidrBlock" => Some(3),
            "IsDefault" => Some(4),
            "EnableBroadcast" => Some(5),
            "RouteTableId" => Some(6),
            "CreatedTime" => Some(7),
            "AvailableIpAddressCount" => Some(8),
            "Ipv6CidrBlock" => Some(9),
            "NetworkAclId" => Some(10),
            "IsRemoteVpcSnat" => Some(11),
            "TagSet" => Some(12),
            "Zone" => Some(13),
            "ZoneName" => Some(14),
            "InstanceCount" => Some(15),
            "VpcCidrBlock" => Some(16),
            "VpcIpv6CidrBlock" => Some(17),
            "Region" => Some(18),
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
            2 => self.subnet_name = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.cidr_block = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.is_default = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.enable_broadcast = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => self.route_table_id = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            8 => {
                self.available_ip_address_count = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            9 => {
                self.ipv6_cidr_block = map.next_value_seed(crate::lenient::Field::new())?;
            }
            10 => {
                self.network_acl_id = map.next_value_seed(crate::lenient::Field::new())?;
            }
            11 => {
                self.is_remote_vpc_snat = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            12 => self.tag_set = map.next_value()?,
            13 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
            14 => self.zone_name = map.next_value_seed(crate::lenient::Field::new())?,
            15 => {
                self.instance_count = map.next_value_seed(crate::lenient::Field::new())?;
            }
            16 => {
                self.vpc_cidr_block = map.next_value_seed(crate::lenient::Field::new())?;
            }
            17 => {
                self.vpc_ipv6_cidr_block = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            18 => self.region = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `SubnetName`.
    pub fn subnet_name(mut self, value: impl Into<String>) -> Self {
        self.subnet_name = Some(value.into());
        self
    }

    /// Sets `CidrBlock`.
    pub fn cidr_block(mut self, value: impl Into<String>) -> Self {
        self.cidr_block = Some(value.into());
        self
    }

    /// Sets `IsDefault`.
    pub fn is_default(mut self, value: bool) -> Self {
        self.is_default = Some(value);
        self
    }

    /// Sets `EnableBroadcast`.
    pub fn enable_broadcast(mut self, value: bool) -> Self {
        self.enable_broadcast = Some(value);
        self
    }

    /// Sets `RouteTableId`.
    pub fn route_table_id(mut self, value: impl Into<String>) -> Self {
        self.route_table_id = Some(value.into());
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }

    /// Sets `AvailableIpAddressCount`.
    pub fn available_ip_address_count(mut self, value: i64) -> Self {
        self.available_ip_address_count = Some(value);
        self
    }

    /// Sets `Ipv6CidrBlock`.
    pub fn ipv6_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.ipv6_cidr_block = Some(value.into());
        self
    }

    /// Sets `NetworkAclId`.
    pub fn network_acl_id(mut self, value: impl Into<String>) -> Self {
        self.network_acl_id = Some(value.into());
        self
    }

    /// Sets `IsRemoteVpcSnat`.
    pub fn is_remote_vpc_snat(mut self, value: bool) -> Self {
        self.is_remote_vpc_snat = Some(value);
        self
    }

    /// Sets `TagSet`.
    pub fn tag_set(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tag_set = Some(value.into_iter().collect());
        self
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

    /// Sets `InstanceCount`.
    pub fn instance_count(mut self, value: i64) -> Self {
        self.instance_count = Some(value);
        self
    }

    /// Sets `VpcCidrBlock`.
    pub fn vpc_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.vpc_cidr_block = Some(value.into());
        self
    }

    /// Sets `VpcIpv6CidrBlock`.
    pub fn vpc_ipv6_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.vpc_ipv6_cidr_block = Some(value.into());
        self
    }

    /// Sets `Region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
}

/// System disk description.
///
/// Used by `CreateModule`, `DescribeModuleDetail`, `DescribePriceRunInstance`,
/// `ModifyModuleConfig`, `RunInstances`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SystemDisk {
    /// Disk type. Valid values:
    ///
    /// - LOCAL_BASIC: local disk;
    ///
    /// - CLOUD_PREMIUM: Premium Cloud Storage;
    ///
    /// Default value: CLOUD_BASIC.
    ///
    /// Wire name `DiskType`; optional.
    pub disk_type: Option<String>,
    /// Disk ID. This parameter is temporarily unavailable.
    ///
    /// Wire name `DiskId`; optional.
    pub disk_id: Option<String>,
    /// Disk size in GB.
    ///
    /// Wire name `DiskSize`; optional.
    pub disk_size: Option<i64>,
}

impl Serialize for SystemDisk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "SystemDisk")
            .member("DiskType", &self.disk_type)
            .member("DiskId", &self.disk_id)
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
    const FIELDS: &'static [&'static str] = &["DiskType", "DiskId", "DiskSize"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "DiskType" => Some(0),
            "DiskId" => Some(1),
            "DiskSize" => Some(2),
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
            1 => self.disk_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.disk_size = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl Into<String>) -> Self {
        self.disk_id = Some(value.into());
        self
    }

    /// Sets `DiskSize`.
    pub fn disk_size(mut self, value: i64) -> Self {
        self.disk_size = Some(value);
        self
    }
}

impl Validate for SystemDisk {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// Tag information.
///
/// Used by `AllocateAddresses`, `CreateModule`, `CreateNetworkInterface`,
/// `CreateSecurityGroup`, `CreateSubnet`, `CreateVpc`, `DescribeDefaultSubnet`,
/// `DescribeInstances`, `DescribeModuleDetail`, `DescribeNetworkInterfaces`,
/// `DescribeSecurityGroups`, `DescribeSubnets`, `DescribeVpcs`, `ModifySubnetAttribute`,
/// `ModifyVpcAttribute`, `RunInstances`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Tag {
    /// Tag key.
    ///
    /// Wire name `Key`; required; may be `null` (decoded as `None`).
    pub key: Option<String>,
    /// Tag value.
    ///
    /// Wire name `Value`; required; may be `null` (decoded as `None`).
    pub value: Option<String>,
}

impl Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Tag")
            .member("Key", &self.key)
            .member("Value", &self.value)
            .end()
    }
}

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for Tag {
    const NAME: &'static str = "Tag";
    const FIELDS: &'static [&'static str] = &["Key", "Value"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Key" => Some(0),
            "Value" => Some(1),
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
            0 => self.key = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.value = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Tag {
    /// Creates an empty `Tag`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Key` (required).
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `Value` (required).
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl Validate for Tag {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Key", &self.key)?;
        require("Value", &self.value)?;
        Ok(())
    }
}

/// Tag information.
///
/// Used by `CreateLoadBalancer`, `DescribeLoadBalancers`.
///
/// Requests and responses contain it: it implements `Serialize`, `Deserialize` (tolerantly)
/// and [`Validate`](crate::action::Validate).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TagInfo {
    /// Tag key.
    ///
    /// Wire name `TagKey`; optional.
    pub tag_key: Option<String>,
    /// Tag value.
    ///
    /// Wire name `TagValue`; optional.
    pub tag_value: Option<String>,
}

impl Serialize for TagInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TagInfo")
            .member("TagKey", &self.tag_key)
            .member("TagValue", &self.tag_value)
            .end()
    }
}

impl<'de> Deserialize<'de> for TagInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for TagInfo {
    const NAME: &'static str = "TagInfo";
    const FIELDS: &'static [&'static str] = &["TagKey", "TagValue"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TagKey" => Some(0),
            "TagValue" => Some(1),
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
            0 => self.tag_key = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.tag_value = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl TagInfo {
    /// Creates an empty `TagInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TagKey`.
    pub fn tag_key(mut self, value: impl Into<String>) -> Self {
        self.tag_key = Some(value.into());
        self
    }

    /// Sets `TagValue`.
    pub fn tag_value(mut self, value: impl Into<String>) -> Self {
        self.tag_value = Some(value.into());
        self
    }
}

impl Validate for TagInfo {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// Resource type tag
///
/// Used by `CreateModule`, `RunInstances`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TagSpecification {
    /// Resource type. Valid values: instance, module
    ///
    /// Wire name `ResourceType`; required.
    pub resource_type: Option<TagSpecificationResourceType>,
    /// Tag list
    ///
    /// Wire name `Tags`; required.
    pub tags: Option<Vec<Tag>>,
}

impl Serialize for TagSpecification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TagSpecification")
            .member("ResourceType", &self.resource_type)
            .member("Tags", &self.tags)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for TagSpecification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for TagSpecification {
    const NAME: &'static str = "TagSpecification";
    const FIELDS: &'static [&'static str] = &["ResourceType", "Tags"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ResourceType" => Some(0),
            "Tags" => Some(1),
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
            0 => self.resource_type = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.tags = map.next_value()?,
            _ => {}
        }
        Ok(())
    }
}

impl TagSpecification {
    /// Creates an empty `TagSpecification`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ResourceType` (required).
    pub fn resource_type(
        mut self,
        value: impl Into<TagSpecificationResourceType>,
    ) -> Self {
        self.resource_type = Some(value.into());
        self
    }

    /// Sets `Tags` (required).
    pub fn tags(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tags = Some(value.into_iter().collect());
        self
    }
}

impl Validate for TagSpecification {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("ResourceType", &self.resource_type)?;
        require("Tags", &self.tags)?;
        validate_list("Tags", &self.tags)?;
        Ok(())
    }
}

/// CLB backend target
///
/// Used by `BatchModifyTargetWeight`, `ModifyTargetPort`, `ModifyTargetWeight`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Target {
    /// Listening port of the real server
    ///
    /// Wire name `Port`; optional; may be `null` (decoded as `None`).
    pub port: Option<i64>,
    /// CVM instance ID
    ///
    /// Wire name `InstanceId`; optional; may be `null` (decoded as `None`).
    pub instance_id: Option<String>,
    /// Forwarding weight of the real server. Value range: \[0, 100\]. Default value: 10.
    ///
    /// Wire name `Weight`; optional; may be `null` (decoded as `None`).
    pub weight: Option<i64>,
    /// You need to pass in this parameter when binding an ENI. It represents the IP address of
    /// the ENI. You must bind an ENI to a CVM instance first before you can bind it to a CLB
    /// instance. Note: you must pass in either InstanceId or EniIp.
    ///
    /// Wire name `EniIp`; optional; may be `null` (decoded as `None`).
    pub eni_ip: Option<String>,
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "Target")
            .member("Port", &self.port)
            .member("InstanceId", &self.instance_id)
            .member("Weight", &self.weight)
            .member("EniIp", &self.eni_ip)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for Target {
    const NAME: &'static str = "Target";
    const FIELDS: &'static [&'static str] = &["Port", "InstanceId", "Weight", "EniIp"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Port" => Some(0),
            "InstanceId" => Some(1),
            "Weight" => Some(2),
            "EniIp" => Some(3),
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
            0 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.instance_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.weight = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.eni_ip = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl Target {
    /// Creates an empty `Target`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }

    /// Sets `Weight`.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }

    /// Sets `EniIp`.
    pub fn eni_ip(mut self, value: impl Into<String>) -> Self {
        self.eni_ip = Some(value.into());
        self
    }
}

impl Validate for Target {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        Ok(())
    }
}

/// Health check status of the backend
///
/// Used by `DescribeTargetHealth`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TargetHealth {
    /// Private IP of the target
    ///
    /// Wire name `IP`; may be `null` (decoded as `None`).
    pub ip: Option<String>,
    /// Port bound to the target
    ///
    /// Wire name `Port`; may be `null` (decoded as `None`).
    pub port: Option<i64>,
    /// Current health status. Valid values: true: healthy; false: unhealthy (e.g., check not
    /// started, checking, or exceptional status). CLB instance will route traffic to only
    /// healthy real servers whose weights are greater than 0.
    ///
    /// Wire name `HealthStatus`; may be `null` (decoded as `None`).
    pub health_status: Option<bool>,
    /// Instance ID of the target
    ///
    /// Wire name `TargetId`; may be `null` (decoded as `None`).
    pub target_id: Option<String>,
    /// Detailed information of the current health status. Valid values: Alive: healthy; Dead:
    /// exceptional; Unknown: check not started/checking/unknown status; Close: health check not
    /// configured.
    ///
    /// Wire name `HealthStatusDetail`; may be `null` (decoded as `None`).
    pub health_status_detail: Option<TargetHealthHealthStatusDetail>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for TargetHealth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TargetHealth")
            .member("IP", &self.ip)
            .member("Port", &self.port)
            .member("HealthStatus", &self.health_status)
            .member("TargetId", &self.target_id)
            .member("HealthStatusDetail", &self.health_status_detail)
            .end()
    }
}

impl<'de> Deserialize<'de> for TargetHealth {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for TargetHealth {
    const NAME: &'static str = "TargetHealth";
    const FIELDS: &'static [&'static str] = &[
        "IP",
        "Port",
        "HealthStatus",
        "TargetId",
        "HealthStatusDetail",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "IP" => Some(0),
            "Port" => Some(1),
            "HealthStatus" => Some(2),
            "TargetId" => Some(3),
            "HealthStatusDetail" => Some(4),
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
            0 => self.ip = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.port = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.health_status = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.target_id = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.health_status_detail = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl TargetHealth {
    /// Creates an empty `TargetHealth`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `IP`.
    pub fn ip(mut self, value: impl Into<String>) -> Self {
        self.ip = Some(value.into());
        self
    }

    /// Sets `Port`.
    pub fn port(mut self, value: i64) -> Self {
        self.port = Some(value);
        self
    }

    /// Sets `HealthStatus`.
    pub fn health_status(mut self, value: bool) -> Self {
        self.health_status = Some(value);
        self
    }

    /// Sets `TargetId`.
    pub fn target_id(mut self, value: impl Into<String>) -> Self {
        self.target_id = Some(value.into());
        self
    }

    /// Sets `HealthStatusDetail`.
    pub fn health_status_detail(
        mut self,
        value: impl Into<TargetHealthHealthStatusDetail>,
    ) -> Self {
        self.health_status_detail = Some(value.into());
        self
    }
}

/// Description of targets and their weights
///
/// Used by `BatchModifyTargetWeight`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TargetsWeightRule {
    /// CLB listener ID
    ///
    /// Wire name `ListenerId`; optional; may be `null` (decoded as `None`).
    pub listener_id: Option<String>,
    /// List of real servers for which to modify the weights
    ///
    /// Wire name `Targets`; optional; may be `null` (decoded as `None`).
    pub targets: Option<Vec<Target>>,
    /// New forwarding weight of the real server. Value range: 0–100.
    ///
    /// Wire name `Weight`; optional; may be `null` (decoded as `None`).
    pub weight: Option<i64>,
}

impl Serialize for TargetsWeightRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TargetsWeightRule")
            .member("ListenerId", &self.listener_id)
            .member("Targets", &self.targets)
            .member("Weight", &self.weight)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for TargetsWeightRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for TargetsWeightRule {
    const NAME: &'static str = "TargetsWeightRule";
    const FIELDS: &'static [&'static str] = &["ListenerId", "Targets", "Weight"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ListenerId" => Some(0),
            "Targets" => Some(1),
            "Weight" => Some(2),
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
            0 => self.listener_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.targets = map.next_value()?,
            2 => self.weight = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl TargetsWeightRule {
    /// Creates an empty `TargetsWeightRule`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ListenerId`.
    pub fn listener_id(mut self, value: impl Into<String>) -> Self {
        self.listener_id = Some(value.into());
        self
    }

    /// Sets `Targets`.
    pub fn targets(mut self, value: impl IntoIterator<Item = Target>) -> Self {
        self.targets = Some(value.into_iter().collect());
        self
    }

    /// Sets `Weight`.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }
}

impl Validate for TargetsWeightRule {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        validate_list("Targets", &self.targets)?;
        Ok(())
    }
}

/// Task query
///
/// Used by `DescribeTaskStatus`.
///
/// Only requests contain it: it implements `Serialize` and
/// [`Validate`](crate::action::Validate); with the `test-util` feature it also implements
/// `Deserialize`, so that a test double can read a sent request back.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TaskInput {
    /// Operation name, i.e., API name, such as CreateImage
    ///
    /// Wire name `Operation`; required.
    pub operation: Option<String>,
    /// Task ID
    ///
    /// Wire name `TaskId`; required.
    pub task_id: Option<String>,
}

impl Serialize for TaskInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TaskInput")
            .member("Operation", &self.operation)
            .member("TaskId", &self.task_id)
            .end()
    }
}

/// Reads a sent request back (test doubles); only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl<'de> Deserialize<'de> for TaskInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

#[cfg(feature = "test-util")]
impl crate::lenient::Fields for TaskInput {
    const NAME: &'static str = "TaskInput";
    const FIELDS: &'static [&'static str] = &["Operation", "TaskId"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Operation" => Some(0),
            "TaskId" => Some(1),
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
            0 => self.operation = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.task_id = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl TaskInput {
    /// Creates an empty `TaskInput`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `Operation` (required).
    pub fn operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(value.into());
        self
    }

    /// Sets `TaskId` (required).
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}

impl Validate for TaskInput {
    fn validate(&self) -> Result<(), MissingRequiredParameter> {
        require("Operation", &self.operation)?;
        require("TaskId", &self.task_id)?;
        Ok(())
    }
}

/// Output parameter of the task query
///
/// Used by `DescribeTaskStatus`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct TaskOutput {
    /// Task ID
    ///
    /// Wire name `TaskId`.
    pub task_id: Option<String>,
    /// Status description
    ///
    /// Wire name `Message`.
    pub message: Option<String>,
    /// Status value. Valid values: SUCCESS, FAILED, OPERATING
    ///
    /// Wire name `Status`.
    pub status: Option<TaskOutputStatus>,
    /// Task submission time
    ///
    /// Wire name `AddTime`.
    pub add_time: Option<String>,
    /// Task end time
    ///
    /// Wire name `EndTime`.
    pub end_time: Option<String>,
    /// Operation name
    ///
    /// Wire name `Operation`.
    pub operation: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for TaskOutput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "TaskOutput")
            .member("TaskId", &self.task_id)
            .member("Message", &self.message)
            .member("Status", &self.status)
            .member("AddTime", &self.add_time)
            .member("EndTime", &self.end_time)
            .member("Operation", &self.operation)
            .end()
    }
}

impl<'de> Deserialize<'de> for TaskOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for TaskOutput {
    const NAME: &'static str = "TaskOutput";
    const FIELDS: &'static [&'static str] = &[
        "TaskId",
        "Message",
        "Status",
        "AddTime",
        "EndTime",
        "Operation",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "TaskId" => Some(0),
            "Message" => Some(1),
            "Status" => Some(2),
            "AddTime" => Some(3),
            "EndTime" => Some(4),
            "Operation" => Some(5),
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
            1 => self.message = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.status = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.add_time = map.next_value_seed(crate::lenient::Field::new())?,
            4 => self.end_time = map.next_value_seed(crate::lenient::Field::new())?,
            5 => self.operation = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl TaskOutput {
    /// Creates an empty `TaskOutput`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `TaskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }

    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl Into<TaskOutputStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `AddTime`.
    pub fn add_time(mut self, value: impl Into<String>) -> Self {
        self.add_time = Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `Operation`.
    pub fn operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(value.into());
        self
    }
}

/// VPC information configuration.
///
/// Used by `DescribeInstances`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VirtualPrivateCloud {
    /// VPC ID, such as vpc-xxx.
    ///
    /// Wire name `VpcId`; required.
    pub vpc_id: Option<String>,
    /// Subnet ID of the VPC, such as subnet-xxx.
    ///
    /// Wire name `SubnetId`; required.
    pub subnet_id: Option<String>,
    /// Whether it is used as a public gateway. The public gateway can be used only when the
    /// instance has a public IP and resides in a VPC. Valid values:
    ///
    /// TRUE: yes
    ///
    /// FALSE: no
    ///
    /// Default value: FALSE.
    ///
    /// Wire name `AsVpcGateway`; optional.
    pub as_vpc_gateway: Option<bool>,
    /// Array of VPC subnet IPs. This parameter can be used to create instances or modify the
    /// VPC attributes of instances.
    ///
    /// Wire name `PrivateIpAddresses`; optional.
    pub private_ip_addresses: Option<Vec<String>>,
    /// Number of the IPv6 addresses to be randomly generated for the ENI.
    ///
    /// Wire name `Ipv6AddressCount`; optional.
    pub ipv6_address_count: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for VirtualPrivateCloud {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "VirtualPrivateCloud")
            .member("VpcId", &self.vpc_id)
            .member("SubnetId", &self.subnet_id)
            .member("AsVpcGateway", &self.as_vpc_gateway)
            .member("PrivateIpAddresses", &self.private_ip_addresses)
            .member("Ipv6AddressCount", &self.ipv6_address_count)
            .end()
    }
}

impl<'de> Deserialize<'de> for VirtualPrivateCloud {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for VirtualPrivateCloud {
    const NAME: &'static str = "VirtualPrivateCloud";
    const FIELDS: &'static [&'static str] = &[
        "VpcId",
        "SubnetId",
        "AsVpcGateway",
        "PrivateIpAddresses",
        "Ipv6AddressCount",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcId" => Some(0),
            "SubnetId" => Some(1),
            "AsVpcGateway" => Some(2),
            "PrivateIpAddresses" => Some(3),
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
            0 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.as_vpc_gateway = map.next_value_seed(crate::lenient::Field::new())?,
            3 => {
                self.private_ip_addresses = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            4 => {
                self.ipv6_address_count = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl VirtualPrivateCloud {
    /// Creates an empty `VirtualPrivateCloud`; set its fields with the chainable setters.
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

    /// Sets `AsVpcGateway`.
    pub fn as_vpc_gateway(mut self, value: bool) -> Self {
        self.as_vpc_gateway = Some(value);
        self
    }

    /// Sets `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i64) -> Self {
        self.ipv6_address_count = Some(value);
        self
    }
}

/// VPC object.
///
/// Used by `CreateVpc`, `DescribeVpcs`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct VpcInfo {
    /// VPC name.
    ///
    /// Wire name `VpcName`.
    pub vpc_name: Option<String>,
    /// VPC instance ID, such as vpc-azd4dt1c.
    ///
    /// Wire name `VpcId`.
    pub vpc_id: Option<String>,
    /// IPv4 CIDR block of the VPC.
    ///
    /// Wire name `CidrBlock`.
    pub cidr_block: Option<String>,
    /// Whether it is the default VPC.
    ///
    /// Wire name `IsDefault`.
    pub is_default: Option<bool>,
    /// Whether to enable multicast.
    ///
    /// Wire name `EnableMulticast`.
    pub enable_multicast: Option<bool>,
    /// Creation time.
    ///
    /// Wire name `CreatedTime`.
    pub created_time: Option<String>,
    /// List of DNS servers.
    ///
    /// Wire name `DnsServerSet`; may be `null` (decoded as `None`).
    pub dns_server_set: Option<Vec<String>>,
    /// DHCP domain option value.
    ///
    /// Wire name `DomainName`.
    pub domain_name: Option<String>,
    /// DHCP option set ID.
    ///
    /// Wire name `DhcpOptionsId`.
    pub dhcp_options_id: Option<String>,
    /// Whether to enable DHCP.
    ///
    /// Wire name `EnableDhcp`.
    pub enable_dhcp: Option<bool>,
    /// IPv6 CIDR block of the VPC.
    ///
    /// Wire name `Ipv6CidrBlock`.
    pub ipv6_cidr_block: Option<String>,
    /// Tag key-value pair
    ///
    /// Wire name `TagSet`; may be `null` (decoded as `None`).
    pub tag_set: Option<Vec<Tag>>,
    /// Secondary CIDR block
    ///
    /// Wire name `AssistantCidrSet`; may be `null` (decoded as `None`).
    pub assistant_cidr_set: Option<Vec<AssistantCidr>>,
    /// Region
    ///
    /// Wire name `Region`.
    pub region: Option<String>,
    /// Description
    ///
    /// Wire name `Description`.
    pub description: Option<String>,
    /// Region name
    ///
    /// Wire name `RegionName`.
    pub region_name: Option<String>,
    /// Number of included subnets
    ///
    /// Wire name `SubnetCount`.
    pub subnet_count: Option<i64>,
    /// Number of included instances
    ///
    /// Wire name `InstanceCount`.
    pub instance_count: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for VpcInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "VpcInfo")
            .member("VpcName", &self.vpc_name)
            .member("VpcId", &self.vpc_id)
            .member("CidrBlock", &self.cidr_block)
            .member("IsDefault", &self.is_default)
            .member("EnableMulticast", &self.enable_multicast)
            .member("CreatedTime", &self.created_time)
            .member("DnsServerSet", &self.dns_server_set)
            .member("DomainName", &self.domain_name)
            .member("DhcpOptionsId", &self.dhcp_options_id)
            .member("EnableDhcp", &self.enable_dhcp)
            .member("Ipv6CidrBlock", &self.ipv6_cidr_block)
            .member("TagSet", &self.tag_set)
            .member("AssistantCidrSet", &self.assistant_cidr_set)
            .member("Region", &self.region)
            .member("Description", &self.description)
            .member("RegionName", &self.region_name)
            .member("SubnetCount", &self.subnet_count)
            .member("InstanceCount", &self.instance_count)
            .end()
    }
}

impl<'de> Deserialize<'de> for VpcInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for VpcInfo {
    const NAME: &'static str = "VpcInfo";
    const FIELDS: &'static [&'static str] = &[
        "VpcName",
        "VpcId",
        "CidrBlock",
        "IsDefault",
        "EnableMulticast",
        "CreatedTime",
        "DnsServerSet",
        "DomainName",
        "DhcpOptionsId",
        "EnableDhcp",
        "Ipv6CidrBlock",
        "TagSet",
        "AssistantCidrSet",
        "Region",
        "Description",
        "RegionName",
        "SubnetCount",
        "InstanceCount",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "VpcName" => Some(0),
            "VpcId" => Some(1),
            "CidrBlock" => Some(2),
            "IsDefault" => Some(3),
            "EnableMulticast" => Some(4),
            "CreatedTime" => Some(5),
            "DnsServerSet" => Some(6),
            "DomainName" => Some(7),
            "DhcpOptionsId" => Some(8),
            "EnableDhcp" => Some(9),
            "Ipv6CidrBlock" => Some(10),
            "TagSet" => Some(11),
            "AssistantCidrSet" => Some(12),
            "Region" => Some(13),
            "Description" => Some(14),
            "RegionName" => Some(15),
            "SubnetCount" => Some(16),
            "InstanceCount" => Some(17),
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
            0 => self.vpc_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.vpc_id = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.cidr_block = map.next_value_seed(crate::lenient::Field::new())?,
            3 => self.is_default = map.next_value_seed(crate::lenient::Field::new())?,
            4 => {
                self.enable_multicast = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            5 => self.created_time = map.next_value_seed(crate::lenient::Field::new())?,
            6 => self.dns_server_set = map.next_value_seed(crate::lenient::Field::new())?,
            7 => self.domain_name = map.next_value_seed(crate::lenient::Field::new())?,
            8 => {
                self.dhcp_options_id = map.next_value_seed(crate::lenient::Field::new())?;
            }
            9 => self.enable_dhcp = map.next_value_seed(crate::lenient::Field::new())?,
            10 => {
                self.ipv6_cidr_block = map.next_value_seed(crate::lenient::Field::new())?;
            }
            11 => self.tag_set = map.next_value()?,
            12 => self.assistant_cidr_set = map.next_value()?,
            13 => self.region = map.next_value_seed(crate::lenient::Field::new())?,
            14 => self.description = map.next_value_seed(crate::lenient::Field::new())?,
            15 => self.region_name = map.next_value_seed(crate::lenient::Field::new())?,
            16 => self.subnet_count = map.next_value_seed(crate::lenient::Field::new())?,
            17 => {
                self.instance_count = map.next_value_seed(crate::lenient::Field::new())?;
            }
            _ => {}
        }
        Ok(())
    }
}

impl VpcInfo {
    /// Creates an empty `VpcInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `VpcName`.
    pub fn vpc_name(mut self, value: impl Into<String>) -> Self {
        self.vpc_name = Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `CidrBlock`.
    pub fn cidr_block(mut self, value: impl Into<String>) -> Self {
        self.cidr_block = Some(value.into());
        self
    }

    /// Sets `IsDefault`.
    pub fn is_default(mut self, value: bool) -> Self {
        self.is_default = Some(value);
        self
    }

    /// Sets `EnableMulticast`.
    pub fn enable_multicast(mut self, value: bool) -> Self {
        self.enable_multicast = Some(value);
        self
    }

    /// Sets `CreatedTime`.
    pub fn created_time(mut self, value: impl Into<String>) -> Self {
        self.created_time = Some(value.into());
        self
    }

    /// Sets `DnsServerSet`.
    pub fn dns_server_set(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dns_server_set = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `DomainName`.
    pub fn domain_name(mut self, value: impl Into<String>) -> Self {
        self.domain_name = Some(value.into());
        self
    }

    /// Sets `DhcpOptionsId`.
    pub fn dhcp_options_id(mut self, value: impl Into<String>) -> Self {
        self.dhcp_options_id = Some(value.into());
        self
    }

    /// Sets `EnableDhcp`.
    pub fn enable_dhcp(mut self, value: bool) -> Self {
        self.enable_dhcp = Some(value);
        self
    }

    /// Sets `Ipv6CidrBlock`.
    pub fn ipv6_cidr_block(mut self, value: impl Into<String>) -> Self {
        self.ipv6_cidr_block = Some(value.into());
        self
    }

    /// Sets `TagSet`.
    pub fn tag_set(mut self, value: impl IntoIterator<Item = Tag>) -> Self {
        self.tag_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `AssistantCidrSet`.
    pub fn assistant_cidr_set(
        mut self,
        value: impl IntoIterator<Item = AssistantCidr>,
    ) -> Self {
        self.assistant_cidr_set = Some(value.into_iter().collect());
        self
    }

    /// Sets `Region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `RegionName`.
    pub fn region_name(mut self, value: impl Into<String>) -> Self {
        self.region_name = Some(value.into());
        self
    }

    /// Sets `SubnetCount`.
    pub fn subnet_count(mut self, value: i64) -> Self {
        self.subnet_count = Some(value);
        self
    }

    /// Sets `InstanceCount`.
    pub fn instance_count(mut self, value: i64) -> Self {
        self.instance_count = Some(value);
        self
    }
}

/// Zone information
///
/// Used by `DescribeInstances`, `DescribeLoadBalancers`, `DescribeMonthPeakNetwork`,
/// `DescribeNode`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZoneInfo {
    /// ZoneId
    ///
    /// Wire name `ZoneId`.
    pub zone_id: Option<i64>,
    /// ZoneName
    ///
    /// Wire name `ZoneName`.
    pub zone_name: Option<String>,
    /// Zone
    ///
    /// Wire name `Zone`.
    pub zone: Option<String>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ZoneInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ZoneInfo")
            .member("ZoneId", &self.zone_id)
            .member("ZoneName", &self.zone_name)
            .member("Zone", &self.zone)
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
    const FIELDS: &'static [&'static str] = &["ZoneId", "ZoneName", "Zone"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneId" => Some(0),
            "ZoneName" => Some(1),
            "Zone" => Some(2),
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
            0 => self.zone_id = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.zone_name = map.next_value_seed(crate::lenient::Field::new())?,
            2 => self.zone = map.next_value_seed(crate::lenient::Field::new())?,
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

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: i64) -> Self {
        self.zone_id = Some(value);
        self
    }

    /// Sets `ZoneName`.
    pub fn zone_name(mut self, value: impl Into<String>) -> Self {
        self.zone_name = Some(value.into());
        self
    }

    /// Sets `Zone`.
    pub fn zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }
}

/// Combination of the instance AZ, number of instances to be created, and ISP;
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
    /// The AZ in which to create an instance.
    ///
    /// Wire name `Zone`; required.
    pub zone: Option<String>,
    /// Number of instances to be created in the current AZ.
    ///
    /// Wire name `InstanceCount`; required.
    pub instance_count: Option<i64>,
    /// ISP name. Valid values:
    ///
    /// CTCC: China Telecom
    ///
    /// CUCC: China Unicom
    ///
    /// CMCC: China Mobile
    ///
    /// If there are multiple ISP names, you need to separate them by semicolons, such as
    /// CMCC;CUCC;CTCC. To use multiple ISPs, contact Tencent Cloud customer service for
    /// assistance.
    ///
    /// Wire name `ISP`; required.
    pub isp: Option<String>,
    /// ID of the specified VPC. You must specify both SubnetId and VpcId or neither
    ///
    /// Wire name `VpcId`; optional.
    pub vpc_id: Option<String>,
    /// ID of the specified subnet. You must specify both SubnetId and VpcId or neither
    ///
    /// Wire name `SubnetId`; optional.
    pub subnet_id: Option<String>,
    /// Private IP of the specified primary ENI. You must specify both SubnetId and VpcId at the
    /// same time. The number of IP addresses must be the same as InstanceCount. You can get the
    /// private IP of the secondary ENI of a multi-IP server through DHCP in the same subnet.
    ///
    /// Wire name `PrivateIpAddresses`; optional.
    pub private_ip_addresses: Option<Vec<String>>,
    /// Number of the IPv6 addresses to be randomly generated for the ENI, which cannot be
    /// greater than 1.
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
            .member("VpcId", &self.vpc_id)
            .member("SubnetId", &self.subnet_id)
            .member("PrivateIpAddresses", &self.private_ip_addresses)
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
        "VpcId",
        "SubnetId",
        "PrivateIpAddresses",
        "Ipv6AddressCount",
    ];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "Zone" => Some(0),
            "InstanceCount" => Some(1),
            "ISP" => Some(2),
            "VpcId" => Some(3),
            "SubnetId" => Some(4),
            "PrivateIpAddresses" => Some(5),
            "Ipv6AddressCount" => Some(6),
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
            4 => self.subnet_id = map.next_value_seed(crate::lenient::Field::new())?,
            5 => {
                self.private_ip_addresses = map
                    .next_value_seed(crate::lenient::Field::new())?;
            }
            6 => {
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

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl Into<String>) -> Self {
        self.subnet_id = Some(value.into());
        self
    }

    /// Sets `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.private_ip_addresses = Some(value.into_iter().map(Into::into).collect());
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

/// Instance information of the zone
///
/// Used by `DescribeModuleDetail`.
///
/// Only responses contain it: it implements `Deserialize` (tolerantly); with the
/// `test-util` feature it also implements `Serialize`, so that a test double can answer
/// with it.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ZoneInstanceInfo {
    /// Zone name
    ///
    /// Wire name `ZoneName`.
    pub zone_name: Option<String>,
    /// Number of instances
    ///
    /// Wire name `InstanceNum`.
    pub instance_num: Option<i64>,
}

/// Encodes a test double's answer; only with the `test-util` feature.
#[cfg(feature = "test-util")]
impl Serialize for ZoneInstanceInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::encode::structure(serializer, "ZoneInstanceInfo")
            .member("ZoneName", &self.zone_name)
            .member("InstanceNum", &self.instance_num)
            .end()
    }
}

impl<'de> Deserialize<'de> for ZoneInstanceInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::lenient::structure(deserializer)
    }
}

impl crate::lenient::Fields for ZoneInstanceInfo {
    const NAME: &'static str = "ZoneInstanceInfo";
    const FIELDS: &'static [&'static str] = &["ZoneName", "InstanceNum"];

    #[inline]
    fn index(name: &str) -> Option<usize> {
        match name {
            "ZoneName" => Some(0),
            "InstanceNum" => Some(1),
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
            0 => self.zone_name = map.next_value_seed(crate::lenient::Field::new())?,
            1 => self.instance_num = map.next_value_seed(crate::lenient::Field::new())?,
            _ => {}
        }
        Ok(())
    }
}

impl ZoneInstanceInfo {
    /// Creates an empty `ZoneInstanceInfo`; set its fields with the chainable setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }

    /// Sets `ZoneName`.
    pub fn zone_name(mut self, value: impl Into<String>) -> Self {
        self.zone_name = Some(value.into());
        self
    }

    /// Sets `InstanceNum`.
    pub fn instance_num(mut self, value: i64) -> Self {
        self.instance_num = Some(value);
        self
    }
}

/// Sorting order.
///
/// The values the documentation gives for `DescribeModule.OrderDirection`,
/// `DescribeInstances.OrderDirection`. A value this SDK version does not know decodes as
/// `Unknown` with the value as sent (decoding never fails on a new value), and encodes back
/// unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderDirection {
    /// `0`: descending.
    Descending,
    /// `1`: ascending.
    Ascending,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl OrderDirection {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Descending => 0,
            Self::Ascending => 1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for OrderDirection {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::Descending,
            1 => Self::Ascending,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for OrderDirection {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for OrderDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for OrderDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for OrderDirection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for OrderDirection {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Whether to retain the data on the data disk.
///
/// The values the documentation gives for `ResetInstances.KeepData`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeepData {
    /// `true`.
    True,
    /// `false`.
    False,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl KeepData {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["true", "false"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "true",
            Self::False => "false",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for KeepData {
    fn from(value: &str) -> Self {
        match value {
            "true" => Self::True,
            "false" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for KeepData {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for KeepData {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for KeepData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for KeepData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for KeepData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for KeepData {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Whether to keep the original settings for the image.
///
/// The values the documentation gives for `ResetInstances.KeepImageLogin`,
/// `RunInstances.KeepImageLogin`. A value this SDK version does not know decodes as
/// `Unknown` with the value as sent (decoding never fails on a new value), and encodes back
/// unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeepImageLogin {
    /// `TRUE`: yes.
    True,
    /// `FALSE`: no.
    False,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl KeepImageLogin {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["TRUE", "FALSE"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "TRUE",
            Self::False => "FALSE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for KeepImageLogin {
    fn from(value: &str) -> Self {
        match value {
            "TRUE" => Self::True,
            "FALSE" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for KeepImageLogin {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for KeepImageLogin {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for KeepImageLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for KeepImageLogin {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for KeepImageLogin {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for KeepImageLogin {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Shutdown type.
///
/// The values the documentation gives for `RebootInstances.StopType`,
/// `StopInstances.StopType`. A value this SDK version does not know decodes as `Unknown`
/// with the value as sent (decoding never fails on a new value), and encodes back
/// unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StopType {
    /// `SOFT`: soft shutdown.
    Soft,
    /// `HARD`: hard shutdown.
    Hard,
    /// `SOFT_FIRST`: perform a soft shutdown first; if it fails, perform a hard shutdown.
    SoftFirst,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl StopType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["SOFT", "HARD", "SOFT_FIRST"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Soft => "SOFT",
            Self::Hard => "HARD",
            Self::SoftFirst => "SOFT_FIRST",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for StopType {
    fn from(value: &str) -> Self {
        match value {
            "SOFT" => Self::Soft,
            "HARD" => Self::Hard,
            "SOFT_FIRST" => Self::SoftFirst,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for StopType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for StopType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for StopType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for StopType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for StopType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for StopType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Instance billing type.
///
/// The values the documentation gives for `RunInstances.InstanceChargeType`,
/// `DescribePriceRunInstance.InstanceChargeType`. A value this SDK version does not know
/// decodes as `Unknown` with the value as sent (decoding never fails on a new value), and
/// encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceChargeType {
    /// `0`: postpaid by resource usage, where the daily peak usage of the CPU, memory, and disk
    /// will be calculated. This billing mode applies only to non-GNR models.
    Code0,
    /// `1`: hourly postpaid at the unit price of xx USD/instance/hour. This billing mode
    /// applies only to GNR models. To enable it, submit a ticket for application.
    Code1,
    /// `2`: monthly postpaid at the unit price of xx USD/instance/month. This billing mode
    /// applies only to GNR models.
    Code2,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl InstanceChargeType {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1, 2];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Code0 => 0,
            Self::Code1 => 1,
            Self::Code2 => 2,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for InstanceChargeType {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::Code0,
            1 => Self::Code1,
            2 => Self::Code2,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for InstanceChargeType {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for InstanceChargeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for InstanceChargeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for InstanceChargeType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for InstanceChargeType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Whether to perform a forced shutdown to make an image.
///
/// The values the documentation gives for `CreateImage.ForcePoweroff`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ForcePoweroff {
    /// `TRUE`: yes.
    True,
    /// `FALSE`: no.
    False,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl ForcePoweroff {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["TRUE", "FALSE"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "TRUE",
            Self::False => "FALSE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ForcePoweroff {
    fn from(value: &str) -> Self {
        match value {
            "TRUE" => Self::True,
            "FALSE" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ForcePoweroff {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for ForcePoweroff {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ForcePoweroff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ForcePoweroff {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ForcePoweroff {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for ForcePoweroff {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Forwarding method of the listener.
///
/// The values the documentation gives for `ModifyListener.Scheduler`,
/// `CreateListener.Scheduler`. A value this SDK version does not know decodes as `Unknown`
/// with the value as sent (decoding never fails on a new value), and encodes back
/// unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scheduler {
    /// `WRR`.
    Wrr,
    /// `LEAST_CONN`.
    LeastConn,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl Scheduler {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["WRR", "LEAST_CONN"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wrr => "WRR",
            Self::LeastConn => "LEAST_CONN",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Scheduler {
    fn from(value: &str) -> Self {
        match value {
            "WRR" => Self::Wrr,
            "LEAST_CONN" => Self::LeastConn,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Scheduler {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for Scheduler {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Scheduler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Scheduler {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Scheduler {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for Scheduler {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Whether the CLB instance is bound to a real server.
///
/// The values the documentation gives for `DescribeLoadBalancers.WithBackend`. A value this
/// SDK version does not know decodes as `Unknown` with the value as sent (decoding never
/// fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WithBackend {
    /// `0`: no.
    No,
    /// `1`: yes.
    Yes,
    /// `-1`: query all.
    QueryAll,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl WithBackend {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1, -1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::No => 0,
            Self::Yes => 1,
            Self::QueryAll => -1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for WithBackend {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::No,
            1 => Self::Yes,
            -1 => Self::QueryAll,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for WithBackend {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for WithBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for WithBackend {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for WithBackend {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for WithBackend {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Current task status.
///
/// The values the documentation gives for `DescribeLoadBalanceTaskStatus.Status`. A value
/// this SDK version does not know decodes as `Unknown` with the value as sent (decoding
/// never fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoadBalanceTaskStatus {
    /// `0`: succeeded.
    Succeeded,
    /// `1`: failed.
    Failed,
    /// `2`: in progress.
    InProgress,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl LoadBalanceTaskStatus {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1, 2];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Succeeded => 0,
            Self::Failed => 1,
            Self::InProgress => 2,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for LoadBalanceTaskStatus {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::Succeeded,
            1 => Self::Failed,
            2 => Self::InProgress,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for LoadBalanceTaskStatus {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for LoadBalanceTaskStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for LoadBalanceTaskStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for LoadBalanceTaskStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for LoadBalanceTaskStatus {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Protocol type of the listener to be queried.
///
/// The values the documentation gives for `DescribeListeners.Protocol`,
/// `CreateListener.Protocol`. A value this SDK version does not know decodes as `Unknown`
/// with the value as sent (decoding never fails on a new value), and encodes back
/// unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `TCP`.
    Tcp,
    /// `UDP`.
    Udp,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl Protocol {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["TCP", "UDP"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Protocol {
    fn from(value: &str) -> Self {
        match value {
            "TCP" => Self::Tcp,
            "UDP" => Self::Udp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Protocol {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for Protocol {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Protocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Protocol {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Protocol {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for Protocol {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// CMCC: China Mobile; CTCC: China Telecom; CUCC: China Unicom.
///
/// The values the documentation gives for `CreateLoadBalancer.VipIsp`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VipIsp {
    /// `CMCC`: China Mobile.
    Cmcc,
    /// `CTCC`: China Telecom.
    Ctcc,
    /// `CUCC`: China Unicom.
    Cucc,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl VipIsp {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["CMCC", "CTCC", "CUCC"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cmcc => "CMCC",
            Self::Ctcc => "CTCC",
            Self::Cucc => "CUCC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for VipIsp {
    fn from(value: &str) -> Self {
        match value {
            "CMCC" => Self::Cmcc,
            "CTCC" => Self::Ctcc,
            "CUCC" => Self::Cucc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for VipIsp {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for VipIsp {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for VipIsp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for VipIsp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for VipIsp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for VipIsp {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// IP version.
///
/// The values the documentation gives for `CreateLoadBalancer.AddressIPVersion`. A value
/// this SDK version does not know decodes as `Unknown` with the value as sent (decoding
/// never fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddressIpVersion {
    /// `IPV4`: default.
    Ipv4,
    /// `IPv6FullChain`: IPv6 version.
    Ipv6FullChain,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl AddressIpVersion {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["IPV4", "IPv6FullChain"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Ipv6FullChain => "IPv6FullChain",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AddressIpVersion {
    fn from(value: &str) -> Self {
        match value {
            "IPV4" => Self::Ipv4,
            "IPv6FullChain" => Self::Ipv6FullChain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for AddressIpVersion {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for AddressIpVersion {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AddressIpVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AddressIpVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AddressIpVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for AddressIpVersion {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Session persistence type.
///
/// The values the documentation gives for `CreateListener.SessionType`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SessionType {
    /// `NORMAL`: the default session persistence type.
    Normal,
    /// `QUIC_CID`: session persistence by QUIC connection ID.
    QuicCid,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl SessionType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["NORMAL", "QUIC_CID"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::QuicCid => "QUIC_CID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SessionType {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "QUIC_CID" => Self::QuicCid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SessionType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for SessionType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SessionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SessionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SessionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for SessionType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// ADD: bind security group;.
///
/// The values the documentation gives for `SetSecurityGroupForLoadbalancers.OperationType`.
/// A value this SDK version does not know decodes as `Unknown` with the value as sent
/// (decoding never fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperationType {
    /// `ADD`: bind security group.
    Add,
    /// `DEL`: unbind security group.
    Del,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl OperationType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["ADD", "DEL"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Del => "DEL",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OperationType {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "DEL" => Self::Del,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for OperationType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for OperationType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for OperationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OperationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OperationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for OperationType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Ipv6 ISP.
///
/// The values the documentation gives for `AssignIpv6Addresses.Ipv6ISP`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Ipv6Isp {
    /// `CTCC`: China Telecom.
    Ctcc,
    /// `CUCC`: China Unicom.
    Cucc,
    /// `CMCC`: China Mobile.
    Cmcc,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl Ipv6Isp {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["CTCC", "CUCC", "CMCC"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ctcc => "CTCC",
            Self::Cucc => "CUCC",
            Self::Cmcc => "CMCC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Ipv6Isp {
    fn from(value: &str) -> Self {
        match value {
            "CTCC" => Self::Ctcc,
            "CUCC" => Self::Cucc,
            "CMCC" => Self::Cmcc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Ipv6Isp {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for Ipv6Isp {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Ipv6Isp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Ipv6Isp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Ipv6Isp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for Ipv6Isp {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Whether "direct access" is enabled for the EIP.
///
/// The values the documentation gives for `ModifyAddressAttribute.EipDirectConnection`. A
/// value this SDK version does not know decodes as `Unknown` with the value as sent
/// (decoding never fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EipDirectConnection {
    /// `TRUE`: yes.
    True,
    /// `FALSE`: no.
    False,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl EipDirectConnection {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["TRUE", "FALSE"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "TRUE",
            Self::False => "FALSE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EipDirectConnection {
    fn from(value: &str) -> Self {
        match value {
            "TRUE" => Self::True,
            "FALSE" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for EipDirectConnection {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for EipDirectConnection {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for EipDirectConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EipDirectConnection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EipDirectConnection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for EipDirectConnection {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Execution result.
///
/// The values the documentation gives for `DescribeTaskResult.Result`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskResult {
    /// `SUCCESS`.
    Success,
    /// `FAILED`.
    Failed,
    /// `RUNNING`.
    Running,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl TaskResult {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["SUCCESS", "FAILED", "RUNNING"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Running => "RUNNING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskResult {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            "RUNNING" => Self::Running,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for TaskResult {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for TaskResult {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TaskResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TaskResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TaskResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for TaskResult {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// CMCC: China Mobile.
///
/// The values the documentation gives for `AllocateAddresses.InternetServiceProvider`. A
/// value this SDK version does not know decodes as `Unknown` with the value as sent
/// (decoding never fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternetServiceProvider {
    /// `CMCC`: China Mobile.
    Cmcc,
    /// `CTCC`: China Telecom.
    Ctcc,
    /// `CUCC`: China Unicom.
    Cucc,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl InternetServiceProvider {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["CMCC", "CTCC", "CUCC"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cmcc => "CMCC",
            Self::Ctcc => "CTCC",
            Self::Cucc => "CUCC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InternetServiceProvider {
    fn from(value: &str) -> Self {
        match value {
            "CMCC" => Self::Cmcc,
            "CTCC" => Self::Ctcc,
            "CUCC" => Self::Cucc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InternetServiceProvider {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for InternetServiceProvider {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for InternetServiceProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for InternetServiceProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InternetServiceProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for InternetServiceProvider {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Sorting order of cloud disks.
///
/// The values the documentation gives for `DescribeSnapshots.Order`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnapshotsOrder {
    /// `ASC`: ascending.
    Asc,
    /// `DESC`: descending.
    Desc,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl SnapshotsOrder {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["ASC", "DESC"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SnapshotsOrder {
    fn from(value: &str) -> Self {
        match value {
            "ASC" => Self::Asc,
            "DESC" => Self::Desc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SnapshotsOrder {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for SnapshotsOrder {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SnapshotsOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnapshotsOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnapshotsOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for SnapshotsOrder {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Statistical period in seconds.
///
/// The values the documentation gives for `DescribePeakNetworkOverview.Period`. A value
/// this SDK version does not know decodes as `Unknown` with the value as sent (decoding
/// never fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PeakNetworkOverviewPeriod {
    /// `60`.
    Code60,
    /// `300`.
    Code300,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl PeakNetworkOverviewPeriod {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[60, 300];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Code60 => 60,
            Self::Code300 => 300,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for PeakNetworkOverviewPeriod {
    fn from(code: i64) -> Self {
        match code {
            60 => Self::Code60,
            300 => Self::Code300,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for PeakNetworkOverviewPeriod {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for PeakNetworkOverviewPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for PeakNetworkOverviewPeriod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for PeakNetworkOverviewPeriod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for PeakNetworkOverviewPeriod {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// EIP status, including 'CREATING' (creating), 'BINDING' (binding), 'BIND' (bound),
/// 'UNBINDING' (unbinding), 'UNBIND' (unbound), 'OFFLINING' (releasing), and 'BIND_ENI'
/// (binding dangling ENI).
///
/// The values the documentation gives for `Address.AddressStatus`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddressStatus {
    /// `CREATING`: creating.
    Creating,
    /// `BINDING`: binding.
    Binding,
    /// `BIND`: bound.
    Bind,
    /// `UNBINDING`: unbinding.
    Unbinding,
    /// `UNBIND`: unbound.
    Unbind,
    /// `OFFLINING`: releasing.
    Offlining,
    /// `BIND_ENI`: binding dangling ENI.
    BindEni,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl AddressStatus {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "CREATING",
        "BINDING",
        "BIND",
        "UNBINDING",
        "UNBIND",
        "OFFLINING",
        "BIND_ENI",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Binding => "BINDING",
            Self::Bind => "BIND",
            Self::Unbinding => "UNBINDING",
            Self::Unbind => "UNBIND",
            Self::Offlining => "OFFLINING",
            Self::BindEni => "BIND_ENI",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AddressStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATING" => Self::Creating,
            "BINDING" => Self::Binding,
            "BIND" => Self::Bind,
            "UNBINDING" => Self::Unbinding,
            "UNBIND" => Self::Unbind,
            "OFFLINING" => Self::Offlining,
            "BIND_ENI" => Self::BindEni,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for AddressStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for AddressStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AddressStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AddressStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AddressStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for AddressStatus {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// ISP.
///
/// The values the documentation gives for `Address.InternetServiceProvider`. A value this
/// SDK version does not know decodes as `Unknown` with the value as sent (decoding never
/// fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddressInternetServiceProvider {
    /// `CTCC`: China Telecom.
    Ctcc,
    /// `CUCC`: China Unicom.
    Cucc,
    /// `CMCC`: China Mobile.
    Cmcc,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl AddressInternetServiceProvider {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["CTCC", "CUCC", "CMCC"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ctcc => "CTCC",
            Self::Cucc => "CUCC",
            Self::Cmcc => "CMCC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AddressInternetServiceProvider {
    fn from(value: &str) -> Self {
        match value {
            "CTCC" => Self::Ctcc,
            "CUCC" => Self::Cucc,
            "CMCC" => Self::Cmcc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for AddressInternetServiceProvider {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for AddressInternetServiceProvider {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AddressInternetServiceProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AddressInternetServiceProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AddressInternetServiceProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for AddressInternetServiceProvider {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Secondary CIDR block type.
///
/// The values the documentation gives for `AssistantCidr.AssistantType`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssistantCidrAssistantType {
    /// `0`: general secondary CIDR block.
    GeneralSecondaryCidrBlock,
    /// `1`: container secondary CIDR block.
    ContainerSecondaryCidrBlock,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl AssistantCidrAssistantType {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::GeneralSecondaryCidrBlock => 0,
            Self::ContainerSecondaryCidrBlock => 1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for AssistantCidrAssistantType {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::GeneralSecondaryCidrBlock,
            1 => Self::ContainerSecondaryCidrBlock,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for AssistantCidrAssistantType {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for AssistantCidrAssistantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for AssistantCidrAssistantType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for AssistantCidrAssistantType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for AssistantCidrAssistantType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Data disk type.
///
/// The values the documentation gives for `DataDisk.DiskType`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataDiskDiskType {
    /// `LOCAL_BASIC`: local disk.
    LocalBasic,
    /// `CLOUD_PREMIUM`: Premium Cloud Storage.
    CloudPremium,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl DataDiskDiskType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["LOCAL_BASIC", "CLOUD_PREMIUM"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LocalBasic => "LOCAL_BASIC",
            Self::CloudPremium => "CLOUD_PREMIUM",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for DataDiskDiskType {
    fn from(value: &str) -> Self {
        match value {
            "LOCAL_BASIC" => Self::LocalBasic,
            "CLOUD_PREMIUM" => Self::CloudPremium,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for DataDiskDiskType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for DataDiskDiskType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for DataDiskDiskType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DataDiskDiskType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DataDiskDiskType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for DataDiskDiskType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Quota name.
///
/// The values the documentation gives for `EipQuota.QuotaId`. A value this SDK version does
/// not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EipQuotaQuotaId {
    /// `TOTAL_EIP_QUOTA`: quota of EIPs in the current region.
    TotalEipQuota,
    /// `DAILY_EIP_APPLY`: today's number of applications in the current region.
    DailyEipApply,
    /// `DAILY_PUBLIC_IP_ASSIGN`: number of public IP reassignments in the current region.
    DailyPublicIpAssign,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl EipQuotaQuotaId {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "TOTAL_EIP_QUOTA",
        "DAILY_EIP_APPLY",
        "DAILY_PUBLIC_IP_ASSIGN",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TotalEipQuota => "TOTAL_EIP_QUOTA",
            Self::DailyEipApply => "DAILY_EIP_APPLY",
            Self::DailyPublicIpAssign => "DAILY_PUBLIC_IP_ASSIGN",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EipQuotaQuotaId {
    fn from(value: &str) -> Self {
        match value {
            "TOTAL_EIP_QUOTA" => Self::TotalEipQuota,
            "DAILY_EIP_APPLY" => Self::DailyEipApply,
            "DAILY_PUBLIC_IP_ASSIGN" => Self::DailyPublicIpAssign,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for EipQuotaQuotaId {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for EipQuotaQuotaId {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for EipQuotaQuotaId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for EipQuotaQuotaId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EipQuotaQuotaId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for EipQuotaQuotaId {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Status:.
///
/// The values the documentation gives for `HaVip.State`. A value this SDK version does not
/// know decodes as `Unknown` with the value as sent (decoding never fails on a new value),
/// and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HaVipState {
    /// `AVAILABLE`: running.
    Available,
    /// `UNBIND`: unbound.
    Unbind,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl HaVipState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["AVAILABLE", "UNBIND"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "AVAILABLE",
            Self::Unbind => "UNBIND",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for HaVipState {
    fn from(value: &str) -> Self {
        match value {
            "AVAILABLE" => Self::Available,
            "UNBIND" => Self::Unbind,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for HaVipState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for HaVipState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for HaVipState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for HaVipState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for HaVipState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for HaVipState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Whether to enable health check.
///
/// The values the documentation gives for `HealthCheck.HealthSwitch`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckHealthSwitch {
    /// `1`: enable.
    Enable,
    /// `0`: disable.
    Disable,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl HealthCheckHealthSwitch {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[1, 0];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Enable => 1,
            Self::Disable => 0,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for HealthCheckHealthSwitch {
    fn from(code: i64) -> Self {
        match code {
            1 => Self::Enable,
            0 => Self::Disable,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for HealthCheckHealthSwitch {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for HealthCheckHealthSwitch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for HealthCheckHealthSwitch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for HealthCheckHealthSwitch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for HealthCheckHealthSwitch {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Health check protocol (a custom check parameter), which is required if the value of
/// CheckType is CUSTOM.
///
/// The values the documentation gives for `HealthCheck.ContextType`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckContextType {
    /// `HEX`.
    Hex,
    /// `TEXT`.
    Text,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl HealthCheckContextType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["HEX", "TEXT"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hex => "HEX",
            Self::Text => "TEXT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for HealthCheckContextType {
    fn from(value: &str) -> Self {
        match value {
            "HEX" => Self::Hex,
            "TEXT" => Self::Text,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for HealthCheckContextType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for HealthCheckContextType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for HealthCheckContextType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for HealthCheckContextType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for HealthCheckContextType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for HealthCheckContextType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Health check protocol (a custom check parameter).
///
/// The values the documentation gives for `HealthCheck.CheckType`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckCheckType {
    /// `TCP`.
    Tcp,
    /// `CUSTOM`: applicable only to UDP listeners. If custom health check is used, this
    /// parameter will be required.
    Custom,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl HealthCheckCheckType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["TCP", "CUSTOM"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Custom => "CUSTOM",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for HealthCheckCheckType {
    fn from(value: &str) -> Self {
        match value {
            "TCP" => Self::Tcp,
            "CUSTOM" => Self::Custom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for HealthCheckCheckType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for HealthCheckCheckType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for HealthCheckCheckType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for HealthCheckCheckType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for HealthCheckCheckType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for HealthCheckCheckType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Image import status.
///
/// The values the documentation gives for `ImageTask.State`. A value this SDK version does
/// not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageTaskState {
    /// `PENDING`.
    Pending,
    /// `PROCESSING`.
    Processing,
    /// `SUCCESS`.
    Success,
    /// `FAILED`.
    Failed,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl ImageTaskState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "PROCESSING",
        "SUCCESS",
        "FAILED",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Processing => "PROCESSING",
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImageTaskState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "PROCESSING" => Self::Processing,
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ImageTaskState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for ImageTaskState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ImageTaskState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ImageTaskState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ImageTaskState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for ImageTaskState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Instance status.
///
/// The values the documentation gives for `Instance.InstanceState`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceState {
    /// `PENDING`: creating.
    Pending,
    /// `LAUNCH_FAILED`: failed to create.
    LaunchFailed,
    /// `RUNNING`: running.
    Running,
    /// `STOPPED`: shut down.
    Stopped,
    /// `STARTING`: starting.
    Starting,
    /// `STOPPING`: shutting down.
    Stopping,
    /// `REBOOTING`: restarting.
    Rebooting,
    /// `SHUTDOWN`: to be terminated.
    Shutdown,
    /// `TERMINATING`: terminating.
    Terminating,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl InstanceState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "LAUNCH_FAILED",
        "RUNNING",
        "STOPPED",
        "STARTING",
        "STOPPING",
        "REBOOTING",
        "SHUTDOWN",
        "TERMINATING",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::LaunchFailed => "LAUNCH_FAILED",
            Self::Running => "RUNNING",
            Self::Stopped => "STOPPED",
            Self::Starting => "STARTING",
            Self::Stopping => "STOPPING",
            Self::Rebooting => "REBOOTING",
            Self::Shutdown => "SHUTDOWN",
            Self::Terminating => "TERMINATING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InstanceState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "LAUNCH_FAILED" => Self::LaunchFailed,
            "RUNNING" => Self::Running,
            "STOPPED" => Self::Stopped,
            "STARTING" => Self::Starting,
            "STOPPING" => Self::Stopping,
            "REBOOTING" => Self::Rebooting,
            "SHUTDOWN" => Self::Shutdown,
            "TERMINATING" => Self::Terminating,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InstanceState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for InstanceState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for InstanceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for InstanceState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InstanceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for InstanceState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Instance business status.
///
/// The values the documentation gives for `Instance.RestrictState`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceRestrictState {
    /// `NORMAL`: normal.
    Normal,
    /// `EXPIRED`: expired.
    Expired,
    /// `PROTECTIVELY_ISOLATED`: isolated.
    ProtectivelyIsolated,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl InstanceRestrictState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "NORMAL",
        "EXPIRED",
        "PROTECTIVELY_ISOLATED",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Expired => "EXPIRED",
            Self::ProtectivelyIsolated => "PROTECTIVELY_ISOLATED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InstanceRestrictState {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "EXPIRED" => Self::Expired,
            "PROTECTIVELY_ISOLATED" => Self::ProtectivelyIsolated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InstanceRestrictState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for InstanceRestrictState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for InstanceRestrictState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for InstanceRestrictState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InstanceRestrictState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for InstanceRestrictState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Billing mode.
///
/// The values the documentation gives for `Instance.PayMode`. A value this SDK version does
/// not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstancePayMode {
    /// `0`: postpaid.
    Postpaid,
    /// `1`: prepaid.
    Prepaid,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl InstancePayMode {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Postpaid => 0,
            Self::Prepaid => 1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for InstancePayMode {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::Postpaid,
            1 => Self::Prepaid,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for InstancePayMode {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for InstancePayMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for InstancePayMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for InstancePayMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for InstancePayMode {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Auto-Renewal flag.
///
/// The values the documentation gives for `Instance.RenewFlag`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceRenewFlag {
    /// `0`: no.
    No,
    /// `1`: yes.
    Yes,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl InstanceRenewFlag {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::No => 0,
            Self::Yes => 1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for InstanceRenewFlag {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::No,
            1 => Self::Yes,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for InstanceRenewFlag {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for InstanceRenewFlag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for InstanceRenewFlag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for InstanceRenewFlag {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for InstanceRenewFlag {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Expiration status.
///
/// The values the documentation gives for `Instance.ExpireState`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceExpireState {
    /// `NORMAL`: normal.
    Normal,
    /// `WILL_EXPIRE`: about to expire.
    WillExpire,
    /// `EXPIRED`: expired.
    Expired,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl InstanceExpireState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["NORMAL", "WILL_EXPIRE", "EXPIRED"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::WillExpire => "WILL_EXPIRE",
            Self::Expired => "EXPIRED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InstanceExpireState {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "WILL_EXPIRE" => Self::WillExpire,
            "EXPIRED" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InstanceExpireState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for InstanceExpireState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for InstanceExpireState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for InstanceExpireState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InstanceExpireState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for InstanceExpireState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// IPv6 address status:.
///
/// The values the documentation gives for `Ipv6Address.State`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Ipv6AddressState {
    /// `PENDING`: generating.
    Pending,
    /// `MIGRATING`: migrating.
    Migrating,
    /// `DELETING`: deleting.
    Deleting,
    /// `AVAILABLE`: available.
    Available,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl Ipv6AddressState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "MIGRATING",
        "DELETING",
        "AVAILABLE",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Migrating => "MIGRATING",
            Self::Deleting => "DELETING",
            Self::Available => "AVAILABLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Ipv6AddressState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "MIGRATING" => Self::Migrating,
            "DELETING" => Self::Deleting,
            "AVAILABLE" => Self::Available,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Ipv6AddressState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for Ipv6AddressState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Ipv6AddressState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Ipv6AddressState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Ipv6AddressState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for Ipv6AddressState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// CLB instance status.
///
/// The values the documentation gives for `LoadBalancer.Status`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoadBalancerStatus {
    /// `0`: creating.
    Creating,
    /// `1`: running.
    Running,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl LoadBalancerStatus {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Creating => 0,
            Self::Running => 1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for LoadBalancerStatus {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::Creating,
            1 => Self::Running,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for LoadBalancerStatus {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for LoadBalancerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for LoadBalancerStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for LoadBalancerStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for LoadBalancerStatus {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Module status.
///
/// The values the documentation gives for `Module.ModuleState`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModuleState {
    /// `NORMAL`: normal.
    Normal,
    /// `DELETING`: deleting.
    Deleting,
    /// `DELETEFAILED`: failed to delete.
    Deletefailed,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl ModuleState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["NORMAL", "DELETING", "DELETEFAILED"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Deleting => "DELETING",
            Self::Deletefailed => "DELETEFAILED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ModuleState {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "DELETING" => Self::Deleting,
            "DELETEFAILED" => Self::Deletefailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ModuleState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for ModuleState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ModuleState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ModuleState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ModuleState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for ModuleState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// ISP abbreviation.
///
/// The values the documentation gives for `MonthNetwork.Isp`. A value this SDK version does
/// not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonthNetworkIsp {
    /// `CUCC`.
    Cucc,
    /// `CTCC`.
    Ctcc,
    /// `CMCC`.
    Cmcc,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl MonthNetworkIsp {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["CUCC", "CTCC", "CMCC"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cucc => "CUCC",
            Self::Ctcc => "CTCC",
            Self::Cmcc => "CMCC",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MonthNetworkIsp {
    fn from(value: &str) -> Self {
        match value {
            "CUCC" => Self::Cucc,
            "CTCC" => Self::Ctcc,
            "CMCC" => Self::Cmcc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for MonthNetworkIsp {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for MonthNetworkIsp {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MonthNetworkIsp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MonthNetworkIsp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MonthNetworkIsp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for MonthNetworkIsp {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Billable bandwidth package type.
///
/// The values the documentation gives for `MonthNetwork.BandwidthPkgType`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonthNetworkBandwidthPkgType {
    /// `Address`.
    Address,
    /// `LoadBalance`.
    LoadBalance,
    /// `AddressIpv6`.
    AddressIpv6,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl MonthNetworkBandwidthPkgType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "Address",
        "LoadBalance",
        "AddressIpv6",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Address => "Address",
            Self::LoadBalance => "LoadBalance",
            Self::AddressIpv6 => "AddressIpv6",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for MonthNetworkBandwidthPkgType {
    fn from(value: &str) -> Self {
        match value {
            "Address" => Self::Address,
            "LoadBalance" => Self::LoadBalance,
            "AddressIpv6" => Self::AddressIpv6,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for MonthNetworkBandwidthPkgType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for MonthNetworkBandwidthPkgType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MonthNetworkBandwidthPkgType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MonthNetworkBandwidthPkgType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MonthNetworkBandwidthPkgType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for MonthNetworkBandwidthPkgType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// ENI status:.
///
/// The values the documentation gives for `NetworkInterface.State`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkInterfaceState {
    /// `PENDING`: creating.
    Pending,
    /// `AVAILABLE`: available.
    Available,
    /// `ATTACHING`: binding.
    Attaching,
    /// `DETACHING`: unbinding.
    Detaching,
    /// `DELETING`: deleting.
    Deleting,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl NetworkInterfaceState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "AVAILABLE",
        "ATTACHING",
        "DETACHING",
        "DELETING",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Available => "AVAILABLE",
            Self::Attaching => "ATTACHING",
            Self::Detaching => "DETACHING",
            Self::Deleting => "DELETING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkInterfaceState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "AVAILABLE" => Self::Available,
            "ATTACHING" => Self::Attaching,
            "DETACHING" => Self::Detaching,
            "DELETING" => Self::Deleting,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for NetworkInterfaceState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for NetworkInterfaceState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for NetworkInterfaceState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkInterfaceState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NetworkInterfaceState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for NetworkInterfaceState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// ENI type.
///
/// The values the documentation gives for `NetworkInterface.EniType`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkInterfaceEniType {
    /// `0`: ENI.
    Eni,
    /// `1`: EVM ENI.
    EvmEni,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl NetworkInterfaceEniType {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::Eni => 0,
            Self::EvmEni => 1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for NetworkInterfaceEniType {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::Eni,
            1 => Self::EvmEni,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for NetworkInterfaceEniType {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for NetworkInterfaceEniType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for NetworkInterfaceEniType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for NetworkInterfaceEniType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for NetworkInterfaceEniType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Type of the resource bound with an ENI.
///
/// The values the documentation gives for `NetworkInterface.Business`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkInterfaceBusiness {
    /// `cvm`.
    Cvm,
    /// `eks`.
    Eks,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl NetworkInterfaceBusiness {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["cvm", "eks"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cvm => "cvm",
            Self::Eks => "eks",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for NetworkInterfaceBusiness {
    fn from(value: &str) -> Self {
        match value {
            "cvm" => Self::Cvm,
            "eks" => Self::Eks,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for NetworkInterfaceBusiness {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for NetworkInterfaceBusiness {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for NetworkInterfaceBusiness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for NetworkInterfaceBusiness {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for NetworkInterfaceBusiness {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for NetworkInterfaceBusiness {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// IP status:.
///
/// The values the documentation gives for `PrivateIpAddressSpecification.State`. A value
/// this SDK version does not know decodes as `Unknown` with the value as sent (decoding
/// never fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivateIpAddressSpecificationState {
    /// `PENDING`: generating.
    Pending,
    /// `MIGRATING`: migrating.
    Migrating,
    /// `DELETING`: deleting.
    Deleting,
    /// `AVAILABLE`: available.
    Available,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl PrivateIpAddressSpecificationState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "MIGRATING",
        "DELETING",
        "AVAILABLE",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Migrating => "MIGRATING",
            Self::Deleting => "DELETING",
            Self::Available => "AVAILABLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrivateIpAddressSpecificationState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "MIGRATING" => Self::Migrating,
            "DELETING" => Self::Deleting,
            "AVAILABLE" => Self::Available,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for PrivateIpAddressSpecificationState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for PrivateIpAddressSpecificationState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PrivateIpAddressSpecificationState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PrivateIpAddressSpecificationState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PrivateIpAddressSpecificationState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for PrivateIpAddressSpecificationState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Route type.
///
/// The values the documentation gives for `Route.RouteType`. A value this SDK version does
/// not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouteType {
    /// `USER`: user route.
    User,
    /// `NETD`: network probe route, which will be delivered by the system by default when you
    /// create a network probe instance and cannot be edited or deleted.
    Netd,
    /// `CCN`: CCN route, which will be delivered by the system by default and cannot be edited
    /// or deleted.
    Ccn,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl RouteType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["USER", "NETD", "CCN"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::Netd => "NETD",
            Self::Ccn => "CCN",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RouteType {
    fn from(value: &str) -> Self {
        match value {
            "USER" => Self::User,
            "NETD" => Self::Netd,
            "CCN" => Self::Ccn,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for RouteType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for RouteType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RouteType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RouteType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RouteType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for RouteType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// CWP edition.
///
/// The values the documentation gives for `RunSecurityServiceEnabled.Version`. A value this
/// SDK version does not know decodes as `Unknown` with the value as sent (decoding never
/// fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunSecurityServiceEnabledVersion {
    /// `0`: Basic Edition.
    BasicEdition,
    /// `1`: Pro Edition.
    ProEdition,
    /// A code the documentation does not list, kept exactly as sent.
    Unknown(i64),
}

impl RunSecurityServiceEnabledVersion {
    /// The documented wire codes, in documentation order.
    pub const VALUES: &'static [i64] = &[0, 1];

    /// The wire code.
    pub fn code(&self) -> i64 {
        match self {
            Self::BasicEdition => 0,
            Self::ProEdition => 1,
            Self::Unknown(code) => *code,
        }
    }
}

impl From<i64> for RunSecurityServiceEnabledVersion {
    fn from(code: i64) -> Self {
        match code {
            0 => Self::BasicEdition,
            1 => Self::ProEdition,
            other => Self::Unknown(other),
        }
    }
}

impl std::str::FromStr for RunSecurityServiceEnabledVersion {
    type Err = std::num::ParseIntError;

    /// Parses the decimal wire code (`"0"`).
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse::<i64>().map(Self::from)
    }
}

impl std::fmt::Display for RunSecurityServiceEnabledVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code())
    }
}

impl Serialize for RunSecurityServiceEnabledVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for RunSecurityServiceEnabledVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for RunSecurityServiceEnabledVersion {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Protocol.
///
/// The values the documentation gives for `SecurityGroupPolicy.Protocol`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecurityGroupPolicyProtocol {
    /// `TCP`.
    Tcp,
    /// `UDP`.
    Udp,
    /// `ICMP`.
    Icmp,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl SecurityGroupPolicyProtocol {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["TCP", "UDP", "ICMP"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Icmp => "ICMP",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SecurityGroupPolicyProtocol {
    fn from(value: &str) -> Self {
        match value {
            "TCP" => Self::Tcp,
            "UDP" => Self::Udp,
            "ICMP" => Self::Icmp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SecurityGroupPolicyProtocol {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for SecurityGroupPolicyProtocol {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SecurityGroupPolicyProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SecurityGroupPolicyProtocol {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SecurityGroupPolicyProtocol {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for SecurityGroupPolicyProtocol {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Snapshot type.
///
/// The values the documentation gives for `Snapshot.SnapshotType`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnapshotType {
    /// `PRIVATE_SNAPSHOT`.
    PrivateSnapshot,
    /// `SHARED_SNAPSHOT`.
    SharedSnapshot,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl SnapshotType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["PRIVATE_SNAPSHOT", "SHARED_SNAPSHOT"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrivateSnapshot => "PRIVATE_SNAPSHOT",
            Self::SharedSnapshot => "SHARED_SNAPSHOT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SnapshotType {
    fn from(value: &str) -> Self {
        match value {
            "PRIVATE_SNAPSHOT" => Self::PrivateSnapshot,
            "SHARED_SNAPSHOT" => Self::SharedSnapshot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SnapshotType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for SnapshotType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SnapshotType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnapshotType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnapshotType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for SnapshotType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Type of the cloud disk for which the snapshot is created.
///
/// The values the documentation gives for `Snapshot.DiskUsage`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnapshotDiskUsage {
    /// `SYSTEM_DISK`: system disk.
    SystemDisk,
    /// `DATA_DISK`: data disk.
    DataDisk,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl SnapshotDiskUsage {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["SYSTEM_DISK", "DATA_DISK"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SystemDisk => "SYSTEM_DISK",
            Self::DataDisk => "DATA_DISK",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SnapshotDiskUsage {
    fn from(value: &str) -> Self {
        match value {
            "SYSTEM_DISK" => Self::SystemDisk,
            "DATA_DISK" => Self::DataDisk,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SnapshotDiskUsage {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for SnapshotDiskUsage {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SnapshotDiskUsage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnapshotDiskUsage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnapshotDiskUsage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for SnapshotDiskUsage {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Snapshot status.
///
/// The values the documentation gives for `Snapshot.SnapshotState`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SnapshotState {
    /// `NORMAL`: normal.
    Normal,
    /// `CREATING`: creating.
    Creating,
    /// `ROLLBACKING`: rolling back.
    Rollbacking,
    /// `COPYING_FROM_REMOTE`: cross-region replicating.
    CopyingFromRemote,
    /// `CHECKING_COPIED`: verifying the cross-region replicated data.
    CheckingCopied,
    /// `TORECYCLE`: to be repossessed.
    Torecycle,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl SnapshotState {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &[
        "NORMAL",
        "CREATING",
        "ROLLBACKING",
        "COPYING_FROM_REMOTE",
        "CHECKING_COPIED",
        "TORECYCLE",
    ];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Creating => "CREATING",
            Self::Rollbacking => "ROLLBACKING",
            Self::CopyingFromRemote => "COPYING_FROM_REMOTE",
            Self::CheckingCopied => "CHECKING_COPIED",
            Self::Torecycle => "TORECYCLE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SnapshotState {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "CREATING" => Self::Creating,
            "ROLLBACKING" => Self::Rollbacking,
            "COPYING_FROM_REMOTE" => Self::CopyingFromRemote,
            "CHECKING_COPIED" => Self::CheckingCopied,
            "TORECYCLE" => Self::Torecycle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SnapshotState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for SnapshotState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for SnapshotState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SnapshotState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SnapshotState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for SnapshotState {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Resource type.
///
/// The values the documentation gives for `TagSpecification.ResourceType`. A value this SDK
/// version does not know decodes as `Unknown` with the value as sent (decoding never fails
/// on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TagSpecificationResourceType {
    /// `instance`.
    Instance,
    /// `module`.
    Module,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl TagSpecificationResourceType {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["instance", "module"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "instance",
            Self::Module => "module",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TagSpecificationResourceType {
    fn from(value: &str) -> Self {
        match value {
            "instance" => Self::Instance,
            "module" => Self::Module,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for TagSpecificationResourceType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for TagSpecificationResourceType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TagSpecificationResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TagSpecificationResourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TagSpecificationResourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for TagSpecificationResourceType {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Detailed information of the current health status.
///
/// The values the documentation gives for `TargetHealth.HealthStatusDetail`. A value this
/// SDK version does not know decodes as `Unknown` with the value as sent (decoding never
/// fails on a new value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetHealthHealthStatusDetail {
    /// `Alive`: healthy.
    Alive,
    /// `Dead`: exceptional.
    Dead,
    /// `Unknown`: check not started/checking/unknown status.
    UnknownValue,
    /// `Close`: health check not configured.
    Close,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl TargetHealthHealthStatusDetail {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["Alive", "Dead", "Unknown", "Close"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alive => "Alive",
            Self::Dead => "Dead",
            Self::UnknownValue => "Unknown",
            Self::Close => "Close",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TargetHealthHealthStatusDetail {
    fn from(value: &str) -> Self {
        match value {
            "Alive" => Self::Alive,
            "Dead" => Self::Dead,
            "Unknown" => Self::UnknownValue,
            "Close" => Self::Close,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for TargetHealthHealthStatusDetail {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for TargetHealthHealthStatusDetail {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TargetHealthHealthStatusDetail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TargetHealthHealthStatusDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TargetHealthHealthStatusDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for TargetHealthHealthStatusDetail {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}

/// Status value.
///
/// The values the documentation gives for `TaskOutput.Status`. A value this SDK version
/// does not know decodes as `Unknown` with the value as sent (decoding never fails on a new
/// value), and encodes back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskOutputStatus {
    /// `SUCCESS`.
    Success,
    /// `FAILED`.
    Failed,
    /// `OPERATING`.
    Operating,
    /// A value the documentation does not list, kept exactly as sent.
    Unknown(String),
}

impl TaskOutputStatus {
    /// The documented wire values, in documentation order.
    pub const VALUES: &'static [&'static str] = &["SUCCESS", "FAILED", "OPERATING"];

    /// The wire value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Operating => "OPERATING",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskOutputStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            "OPERATING" => Self::Operating,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for TaskOutputStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::str::FromStr for TaskOutputStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TaskOutputStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TaskOutputStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TaskOutputStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <Self as crate::lenient::Lenient>::deserialize(deserializer)
    }
}

impl crate::lenient::Lenient for TaskOutputStatus {
    fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as crate::lenient::Lenient>::deserialize(deserializer).map(Self::from)
    }
}
