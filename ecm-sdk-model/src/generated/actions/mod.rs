// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! Requests and responses of the 124 ECM API actions.
//!
//! Each action `X` has an `XRequest` (implementing [`Action`](crate::action::Action), and
//! [`Paginated`](crate::action::Paginated) for `Offset`/`Limit` list actions) and an
//! `XResponse`, and a client method `Client::x` that sends it. Requests are built with
//! `new()` and chainable setters:
//!
//! ```
//! use ecm_sdk::actions::{DescribeNodeRequest, DescribeNodeFilter};
//!
//! let request = DescribeNodeRequest::new()
//!     .filters([DescribeNodeFilter::instance_family(["SN3ne"])]);
//! ```
//!
//! # Conventions
//!
//! - **Names.** A wire name is split into words at case changes; a run of capitals is one
//!   word (an acronym) and a `v` followed by a digit stays with it (`IPv6`). Fields and
//!   methods are the words in snake_case (`ZoneInstanceCountISPSet` →
//!   `zone_instance_count_isp_set`, `VPCId` → `vpc_id`, `AddressIPv6` →
//!   `address_ipv6`); a Rust keyword becomes a raw identifier (`type` → `r#type`). Types
//!   and error-code variants follow the same rule in UpperCamelCase (`ZoneInstanceCountISP`
//!   → `ZoneInstanceCountIsp`, `MFAExpired` → `MfaExpired`); a renamed type keeps its
//!   documented name as a search alias. Every field states its wire name, under which it is
//!   encoded and decoded.
//! - **Required parameters.** Every request field and data-structure member is an `Option`,
//!   required ones too. Sending a request whose required parameter is `None` fails before
//!   any I/O with an error naming the parameter's wire path (e.g. `Filters.0.Name`); see
//!   [`Validate`](crate::action::Validate).
//! - **Read-only actions.** Actions whose name starts with the word `Describe`, `Get` or
//!   `Inquire` are read-only (`ActionMeta::read_only`); all others change resources.
//! - **Types.** `Integer` → `i64`, `Float` → `f64`, `Boolean` → `bool`; `String`,
//!   `Timestamp` and `Timestamp ISO8601` → `String`; `Array of X` → `Vec<X>`.
//! - **Responses** decode tolerantly: a missing field, a `null` or an unknown extra field
//!   never fails. Every response has `request_id`. Responses have `new()` and chainable
//!   setters too, so that a test can build the answer it wants the service to give (see
//!   `ecm_sdk::transport::ReplayTransport`).
//! - **Serde.** The SDK encodes requests and decodes responses, so requests implement
//!   `Serialize` and responses `Deserialize`. The other direction is for test doubles only
//!   and compiled only with the `test-util` feature: then requests also implement
//!   `Deserialize` (a test reads what was sent as the typed request) and responses
//!   `Serialize` (a test answers with a typed response); see
//!   `ecm_sdk::transport::ReplayTransport`. A data structure in [`types`](crate::types)
//!   follows the requests and responses that contain it (its documentation says which);
//!   value sets always implement both.
//! - **Scalars** decode leniently where nothing is lost, because the documentation's own
//!   examples print some values in another JSON form than their documented type: an
//!   `Integer` also from a string holding an integer in canonical decimal form
//!   (`"490001"`), a `Float` from a string holding a JSON number, a `Boolean` from the
//!   strings `"true"`/`"false"` in any case, a `String` from a JSON integer or boolean
//!   (`1528600` → `"1528600"`). Anything else (`"4.5"` or `2000.0` for an `Integer`, `1`
//!   for a `Boolean`, `1.5` for a `String`) is a decoding error. Encoding always uses the
//!   documented type.

mod region;
mod module;
mod instance;
mod image;
mod vpc;
mod subnet;
mod route_table;
mod clb;
mod eni;
mod eip;
mod havip;
mod other;
mod snapshot;
mod key;
mod security_group;
pub use region::{DescribeNodeRequest, DescribeNodeResponse, DescribeNodeFilter};
pub use module::{
    ModifyModuleNetworkRequest, ModifyModuleNetworkResponse, ModifyModuleNameRequest,
    ModifyModuleNameResponse, ModifyModuleImageRequest, ModifyModuleImageResponse,
    DescribeModuleDetailRequest, DescribeModuleDetailResponse, DescribeModuleRequest,
    DescribeModuleResponse, DescribeModuleFilter, DeleteModuleRequest,
    DeleteModuleResponse, CreateModuleRequest, CreateModuleResponse,
    ModifyModuleConfigRequest, ModifyModuleConfigResponse, ModifyModuleIpDirectRequest,
    ModifyModuleIpDirectResponse, ModifyModuleSecurityGroupsRequest,
    ModifyModuleSecurityGroupsResponse, ModifyModuleDisableWanIpRequest,
    ModifyModuleDisableWanIpResponse,
};
pub use instance::{
    TerminateInstancesRequest, TerminateInstancesResponse,
    ResetInstancesMaxBandwidthRequest, ResetInstancesMaxBandwidthResponse,
    ResetInstancesRequest, ResetInstancesResponse, RebootInstancesRequest,
    RebootInstancesResponse, ModifyInstancesAttributeRequest,
    ModifyInstancesAttributeResponse, DescribeInstancesDeniedActionsRequest,
    DescribeInstancesDeniedActionsResponse, RunInstancesRequest, RunInstancesResponse,
    StopInstancesRequest, StopInstancesResponse, StartInstancesRequest,
    StartInstancesResponse, ResetInstancesPasswordRequest,
    ResetInstancesPasswordResponse, DescribeInstanceVncUrlRequest,
    DescribeInstanceVncUrlResponse, DisassociateSecurityGroupsRequest,
    DisassociateSecurityGroupsResponse, AssociateSecurityGroupsRequest,
    AssociateSecurityGroupsResponse, DescribePriceRunInstanceRequest,
    DescribePriceRunInstanceResponse, DescribeInstancesRequest,
    DescribeInstancesResponse, DescribeInstancesFilter,
};
pub use image::{
    DescribeImageRequest, DescribeImageResponse, DescribeImageFilter, DeleteImageRequest,
    DeleteImageResponse, ImportImageRequest, ImportImageResponse,
    DescribeImportImageOsRequest, DescribeImportImageOsResponse,
    DescribeCustomImageTaskRequest, DescribeCustomImageTaskResponse,
    DescribeCustomImageTaskFilter, ModifyImageAttributeRequest,
    ModifyImageAttributeResponse, CreateImageRequest, CreateImageResponse,
};
pub use vpc::{
    ModifyVpcAttributeRequest, ModifyVpcAttributeResponse, DeleteVpcRequest,
    DeleteVpcResponse, CreateVpcRequest, CreateVpcResponse, DescribeVpcsRequest,
    DescribeVpcsResponse, DescribeVpcsFilter,
};
pub use subnet::{
    CreateSubnetRequest, CreateSubnetResponse, DescribeSubnetsRequest,
    DescribeSubnetsResponse, DescribeSubnetsFilter, ModifySubnetAttributeRequest,
    ModifySubnetAttributeResponse, DeleteSubnetRequest, DeleteSubnetResponse,
    ModifyDefaultSubnetRequest, ModifyDefaultSubnetResponse,
    DescribeDefaultSubnetRequest, DescribeDefaultSubnetResponse,
};
pub use route_table::{
    CreateRouteTableRequest, CreateRouteTableResponse, DescribeRouteTablesRequest,
    DescribeRouteTablesResponse, DescribeRouteTablesFilter,
    ReplaceRouteTableAssociationRequest, ReplaceRouteTableAssociationResponse,
    ModifyRouteTableAttributeRequest, ModifyRouteTableAttributeResponse,
    ResetRoutesRequest, ResetRoutesResponse, DeleteRouteTableRequest,
    DeleteRouteTableResponse, CreateRoutesRequest, CreateRoutesResponse,
    ReplaceRoutesRequest, ReplaceRoutesResponse, DescribeRouteConflictsRequest,
    DescribeRouteConflictsResponse, EnableRoutesRequest, EnableRoutesResponse,
    DisableRoutesRequest, DisableRoutesResponse, DeleteRoutesRequest,
    DeleteRoutesResponse,
};
pub use clb::{
    ModifyTargetWeightRequest, ModifyTargetWeightResponse, ModifyTargetPortRequest,
    ModifyTargetPortResponse, ModifyLoadBalancerAttributesRequest,
    ModifyLoadBalancerAttributesResponse, ModifyListenerRequest, ModifyListenerResponse,
    DescribeTargetsRequest, DescribeTargetsResponse, DescribeTargetHealthRequest,
    DescribeTargetHealthResponse, DescribeLoadBalancersRequest,
    DescribeLoadBalancersResponse, DescribeLoadBalancersFilter,
    DescribeLoadBalanceTaskStatusRequest, DescribeLoadBalanceTaskStatusResponse,
    DescribeListenersRequest, DescribeListenersResponse,
    DeleteLoadBalancerListenersRequest, DeleteLoadBalancerListenersResponse,
    DeleteLoadBalancerRequest, DeleteLoadBalancerResponse, DeleteListenerRequest,
    DeleteListenerResponse, CreateLoadBalancerRequest, CreateLoadBalancerResponse,
    CreateListenerRequest, CreateListenerResponse, BatchRegisterTargetsRequest,
    BatchRegisterTargetsResponse, BatchModifyTargetWeightRequest,
    BatchModifyTargetWeightResponse, BatchDeregisterTargetsRequest,
    BatchDeregisterTargetsResponse, SetSecurityGroupForLoadbalancersRequest,
    SetSecurityGroupForLoadbalancersResponse, SetLoadBalancerSecurityGroupsRequest,
    SetLoadBalancerSecurityGroupsResponse,
};
pub use eni::{
    CreateNetworkInterfaceRequest, CreateNetworkInterfaceResponse,
    DescribeNetworkInterfacesRequest, DescribeNetworkInterfacesResponse,
    DescribeNetworkInterfacesFilter, AttachNetworkInterfaceRequest,
    AttachNetworkInterfaceResponse, DetachNetworkInterfaceRequest,
    DetachNetworkInterfaceResponse, MigrateNetworkInterfaceRequest,
    MigrateNetworkInterfaceResponse, AssignPrivateIpAddressesRequest,
    AssignPrivateIpAddressesResponse, RemovePrivateIpAddressesRequest,
    RemovePrivateIpAddressesResponse, MigratePrivateIpAddressRequest,
    MigratePrivateIpAddressResponse, DeleteNetworkInterfaceRequest,
    DeleteNetworkInterfaceResponse, ReleaseIpv6AddressesRequest,
    ReleaseIpv6AddressesResponse, ModifyIpv6AddressesAttributeRequest,
    ModifyIpv6AddressesAttributeResponse, AssignIpv6AddressesRequest,
    AssignIpv6AddressesResponse, ModifyPrivateIpAddressesAttributeRequest,
    ModifyPrivateIpAddressesAttributeResponse,
};
pub use eip::{
    ReleaseAddressesRequest, ReleaseAddressesResponse, ModifyAddressesBandwidthRequest,
    ModifyAddressesBandwidthResponse, ModifyAddressAttributeRequest,
    ModifyAddressAttributeResponse, DisassociateAddressRequest,
    DisassociateAddressResponse, DescribeTaskResultRequest, DescribeTaskResultResponse,
    DescribeAddressesRequest, DescribeAddressesResponse, DescribeAddressesFilter,
    DescribeAddressQuotaRequest, DescribeAddressQuotaResponse, AssociateAddressRequest,
    AssociateAddressResponse, AllocateAddressesRequest, AllocateAddressesResponse,
};
pub use havip::{
    ModifyHaVipAttributeRequest, ModifyHaVipAttributeResponse, DescribeHaVipsRequest,
    DescribeHaVipsResponse, DescribeHaVipsFilter, DeleteHaVipRequest,
    DeleteHaVipResponse, CreateHaVipRequest, CreateHaVipResponse,
};
pub use other::{
    DescribePeakNetworkOverviewRequest, DescribePeakNetworkOverviewResponse,
    DescribePeakNetworkOverviewFilter, DescribePeakBaseOverviewRequest,
    DescribePeakBaseOverviewResponse, DescribeInstanceTypeConfigRequest,
    DescribeInstanceTypeConfigResponse, DescribeConfigRequest, DescribeConfigResponse,
    DescribeBaseOverviewRequest, DescribeBaseOverviewResponse, DescribeTaskStatusRequest,
    DescribeTaskStatusResponse, DescribeMonthPeakNetworkRequest,
    DescribeMonthPeakNetworkResponse, DescribePackingQuotaGroupRequest,
    DescribePackingQuotaGroupResponse, DescribePackingQuotaGroupFilter,
};
pub use snapshot::{
    DescribeSnapshotsRequest, DescribeSnapshotsResponse, DescribeSnapshotsFilter,
    DeleteSnapshotsRequest, DeleteSnapshotsResponse,
};
pub use key::{
    DisassociateInstancesKeyPairsRequest, DisassociateInstancesKeyPairsResponse,
    CreateKeyPairRequest, CreateKeyPairResponse,
};
pub use security_group::{
    CreateSecurityGroupRequest, CreateSecurityGroupResponse,
    ReplaceSecurityGroupPolicyRequest, ReplaceSecurityGroupPolicyResponse,
    ModifySecurityGroupPoliciesRequest, ModifySecurityGroupPoliciesResponse,
    ModifySecurityGroupAttributeRequest, ModifySecurityGroupAttributeResponse,
    DescribeSecurityGroupsRequest, DescribeSecurityGroupsResponse,
    DescribeSecurityGroupsFilter, DescribeSecurityGroupPoliciesRequest,
    DescribeSecurityGroupPoliciesResponse, DescribeSecurityGroupLimitsRequest,
    DescribeSecurityGroupLimitsResponse,
    DescribeSecurityGroupAssociationStatisticsRequest,
    DescribeSecurityGroupAssociationStatisticsResponse,
    DeleteSecurityGroupPoliciesRequest, DeleteSecurityGroupPoliciesResponse,
    DeleteSecurityGroupRequest, DeleteSecurityGroupResponse,
    CreateSecurityGroupPoliciesRequest, CreateSecurityGroupPoliciesResponse,
};

/// A check that runs on one action's request type; see [`visit_every_action`].
/// For the SDK's own tests; not part of the public API.
#[cfg(feature = "test-util")]
#[doc(hidden)]
pub trait ActionVisitor {
    /// Runs the check on the request type `A`.
    fn visit<A: crate::action::Action + serde::de::DeserializeOwned>(&mut self);
}

/// Runs `visitor` on the request type of every action, in documentation order, so
/// that the SDK's tests cover all actions without listing them.
#[cfg(feature = "test-util")]
#[doc(hidden)]
pub fn visit_every_action(visitor: &mut impl ActionVisitor) {
    visitor.visit::<DescribeNodeRequest>();
    visitor.visit::<ModifyModuleNetworkRequest>();
    visitor.visit::<ModifyModuleNameRequest>();
    visitor.visit::<ModifyModuleImageRequest>();
    visitor.visit::<DescribeModuleDetailRequest>();
    visitor.visit::<DescribeModuleRequest>();
    visitor.visit::<DeleteModuleRequest>();
    visitor.visit::<CreateModuleRequest>();
    visitor.visit::<ModifyModuleConfigRequest>();
    visitor.visit::<ModifyModuleIpDirectRequest>();
    visitor.visit::<ModifyModuleSecurityGroupsRequest>();
    visitor.visit::<ModifyModuleDisableWanIpRequest>();
    visitor.visit::<TerminateInstancesRequest>();
    visitor.visit::<ResetInstancesMaxBandwidthRequest>();
    visitor.visit::<ResetInstancesRequest>();
    visitor.visit::<RebootInstancesRequest>();
    visitor.visit::<ModifyInstancesAttributeRequest>();
    visitor.visit::<DescribeInstancesDeniedActionsRequest>();
    visitor.visit::<RunInstancesRequest>();
    visitor.visit::<StopInstancesRequest>();
    visitor.visit::<StartInstancesRequest>();
    visitor.visit::<ResetInstancesPasswordRequest>();
    visitor.visit::<DescribeInstanceVncUrlRequest>();
    visitor.visit::<DisassociateSecurityGroupsRequest>();
    visitor.visit::<AssociateSecurityGroupsRequest>();
    visitor.visit::<DescribePriceRunInstanceRequest>();
    visitor.visit::<DescribeInstancesRequest>();
    visitor.visit::<DescribeImageRequest>();
    visitor.visit::<DeleteImageRequest>();
    visitor.visit::<ImportImageRequest>();
    visitor.visit::<DescribeImportImageOsRequest>();
    visitor.visit::<DescribeCustomImageTaskRequest>();
    visitor.visit::<ModifyImageAttributeRequest>();
    visitor.visit::<CreateImageRequest>();
    visitor.visit::<ModifyVpcAttributeRequest>();
    visitor.visit::<DeleteVpcRequest>();
    visitor.visit::<CreateVpcRequest>();
    visitor.visit::<DescribeVpcsRequest>();
    visitor.visit::<CreateSubnetRequest>();
    visitor.visit::<DescribeSubnetsRequest>();
    visitor.visit::<ModifySubnetAttributeRequest>();
    visitor.visit::<DeleteSubnetRequest>();
    visitor.visit::<ModifyDefaultSubnetRequest>();
    visitor.visit::<DescribeDefaultSubnetRequest>();
    visitor.visit::<CreateRouteTableRequest>();
    visitor.visit::<DescribeRouteTablesRequest>();
    visitor.visit::<ReplaceRouteTableAssociationRequest>();
    visitor.visit::<ModifyRouteTableAttributeRequest>();
    visitor.visit::<ResetRoutesRequest>();
    visitor.visit::<DeleteRouteTableRequest>();
    visitor.visit::<CreateRoutesRequest>();
    visitor.visit::<ReplaceRoutesRequest>();
    visitor.visit::<DescribeRouteConflictsRequest>();
    visitor.visit::<EnableRoutesRequest>();
    visitor.visit::<DisableRoutesRequest>();
    visitor.visit::<DeleteRoutesRequest>();
    visitor.visit::<ModifyTargetWeightRequest>();
    visitor.visit::<ModifyTargetPortRequest>();
    visitor.visit::<ModifyLoadBalancerAttributesRequest>();
    visitor.visit::<ModifyListenerRequest>();
    visitor.visit::<DescribeTargetsRequest>();
    visitor.visit::<DescribeTargetHealthRequest>();
    visitor.visit::<DescribeLoadBalancersRequest>();
    visitor.visit::<DescribeLoadBalanceTaskStatusRequest>();
    visitor.visit::<DescribeListenersRequest>();
    visitor.visit::<DeleteLoadBalancerListenersRequest>();
    visitor.visit::<DeleteLoadBalancerRequest>();
    visitor.visit::<DeleteListenerRequest>();
    visitor.visit::<CreateLoadBalancerRequest>();
    visitor.visit::<CreateListenerRequest>();
    visitor.visit::<BatchRegisterTargetsRequest>();
    visitor.visit::<BatchModifyTargetWeightRequest>();
    visitor.visit::<BatchDeregisterTargetsRequest>();
    visitor.visit::<SetSecurityGroupForLoadbalancersRequest>();
    visitor.visit::<SetLoadBalancerSecurityGroupsRequest>();
    visitor.visit::<CreateNetworkInterfaceRequest>();
    visitor.visit::<DescribeNetworkInterfacesRequest>();
    visitor.visit::<AttachNetworkInterfaceRequest>();
    visitor.visit::<DetachNetworkInterfaceRequest>();
    visitor.visit::<MigrateNetworkInterfaceRequest>();
    visitor.visit::<AssignPrivateIpAddressesRequest>();
    visitor.visit::<RemovePrivateIpAddressesRequest>();
    visitor.visit::<MigratePrivateIpAddressRequest>();
    visitor.visit::<DeleteNetworkInterfaceRequest>();
    visitor.visit::<ReleaseIpv6AddressesRequest>();
    visitor.visit::<ModifyIpv6AddressesAttributeRequest>();
    visitor.visit::<AssignIpv6AddressesRequest>();
    visitor.visit::<ModifyPrivateIpAddressesAttributeRequest>();
    visitor.visit::<ReleaseAddressesRequest>();
    visitor.visit::<ModifyAddressesBandwidthRequest>();
    visitor.visit::<ModifyAddressAttributeRequest>();
    visitor.visit::<DisassociateAddressRequest>();
    visitor.visit::<DescribeTaskResultRequest>();
    visitor.visit::<DescribeAddressesRequest>();
    visitor.visit::<DescribeAddressQuotaRequest>();
    visitor.visit::<AssociateAddressRequest>();
    visitor.visit::<AllocateAddressesRequest>();
    visitor.visit::<ModifyHaVipAttributeRequest>();
    visitor.visit::<DescribeHaVipsRequest>();
    visitor.visit::<DeleteHaVipRequest>();
    visitor.visit::<CreateHaVipRequest>();
    visitor.visit::<DescribeSnapshotsRequest>();
    visitor.visit::<DeleteSnapshotsRequest>();
    visitor.visit::<CreateSecurityGroupRequest>();
    visitor.visit::<ReplaceSecurityGroupPolicyRequest>();
    visitor.visit::<ModifySecurityGroupPoliciesRequest>();
    visitor.visit::<ModifySecurityGroupAttributeRequest>();
    visitor.visit::<DescribeSecurityGroupsRequest>();
    visitor.visit::<DescribeSecurityGroupPoliciesRequest>();
    visitor.visit::<DescribeSecurityGroupLimitsRequest>();
    visitor.visit::<DescribeSecurityGroupAssociationStatisticsRequest>();
    visitor.visit::<DeleteSecurityGroupPoliciesRequest>();
    visitor.visit::<DeleteSecurityGroupRequest>();
    visitor.visit::<CreateSecurityGroupPoliciesRequest>();
    visitor.visit::<DisassociateInstancesKeyPairsRequest>();
    visitor.visit::<CreateKeyPairRequest>();
    visitor.visit::<DescribePeakNetworkOverviewRequest>();
    visitor.visit::<DescribePeakBaseOverviewRequest>();
    visitor.visit::<DescribeInstanceTypeConfigRequest>();
    visitor.visit::<DescribeConfigRequest>();
    visitor.visit::<DescribeBaseOverviewRequest>();
    visitor.visit::<DescribeTaskStatusRequest>();
    visitor.visit::<DescribeMonthPeakNetworkRequest>();
    visitor.visit::<DescribePackingQuotaGroupRequest>();
}
