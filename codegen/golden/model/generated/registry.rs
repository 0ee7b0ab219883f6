// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! The registry of actions: one table of every action's metadata and one macro
//! naming every request type, both sorted by wire name.

use crate::action::{Action, ActionMeta};
use crate::actions::{
    CreateSecurityGroupPoliciesRequest, DescribeImportImageOsRequest,
    DescribeInstancesRequest, DescribeNodeRequest, DescribeSubnetsRequest,
    RunInstancesRequest,
};

/// The metadata of all 6 actions, sorted by wire name (binary-searchable).
#[doc(hidden)]
pub static ACTIONS: &[&ActionMeta] = &[
    <CreateSecurityGroupPoliciesRequest as Action>::META,
    <DescribeImportImageOsRequest as Action>::META,
    <DescribeInstancesRequest as Action>::META,
    <DescribeNodeRequest as Action>::META,
    <DescribeSubnetsRequest as Action>::META,
    <RunInstancesRequest as Action>::META,
];

/// Calls the macro `$callback` with every request type of the API, sorted by wire
/// name: `$callback! { DescribeAddressQuotaRequest, … }`, paths relative to
/// `ecm_sdk::actions`. For code that needs each action's types (test tables, fuzz
/// harnesses), so that none writes its own list of actions.
#[doc(hidden)]
#[macro_export]
macro_rules! __for_each_action {
    ($callback:ident) => {
        $callback ! { CreateSecurityGroupPoliciesRequest, DescribeImportImageOsRequest,
        DescribeInstancesRequest, DescribeNodeRequest, DescribeSubnetsRequest,
        RunInstancesRequest }
    };
}
