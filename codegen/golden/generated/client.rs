// @generated from codegen/tests/fixtures/mini.json by `cargo xtask regen`. Do not edit by hand:
// change the spec or the generator (codegen/src/generate/) and run `cargo xtask regen`.

//! A `Client` method per action: `client.describe_node(request)` is
//! `client.send(request)` with the request and response types spelt out.

use crate::actions::*;

/// The actions of the documentation's "Region APIs" category.
impl crate::Client {
    /// Gets node list (`DescribeNode`).
    ///
    /// Sends a [`DescribeNodeRequest`](crate::actions::DescribeNodeRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn describe_node(
        &self,
        request: DescribeNodeRequest,
    ) -> Result<DescribeNodeResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Instance APIs" category.
impl crate::Client {
    /// Creates instance (`RunInstances`).
    ///
    /// Sends a [`RunInstancesRequest`](crate::actions::RunInstancesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn run_instances(
        &self,
        request: RunInstancesRequest,
    ) -> Result<RunInstancesResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets instance list (`DescribeInstances`).
    ///
    /// Sends a [`DescribeInstancesRequest`](crate::actions::DescribeInstancesRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_instances(
        &self,
        request: DescribeInstancesRequest,
    ) -> Result<DescribeInstancesResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Image APIs" category.
impl crate::Client {
    /// Gets the supported OSes of imported images (`DescribeImportImageOs`).
    ///
    /// Sends a [`DescribeImportImageOsRequest`](crate::actions::DescribeImportImageOsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_import_image_os(
        &self,
        request: DescribeImportImageOsRequest,
    ) -> Result<DescribeImportImageOsResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Subnet APIs" category.
impl crate::Client {
    /// Queries subnet list (`DescribeSubnets`).
    ///
    /// Sends a [`DescribeSubnetsRequest`](crate::actions::DescribeSubnetsRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_subnets(
        &self,
        request: DescribeSubnetsRequest,
    ) -> Result<DescribeSubnetsResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Security Group APIs" category.
impl crate::Client {
    /// Creates security group policies (`CreateSecurityGroupPolicies`).
    ///
    /// Sends a
    /// [`CreateSecurityGroupPoliciesRequest`](crate::actions::CreateSecurityGroupPoliciesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn create_security_group_policies(
        &self,
        request: CreateSecurityGroupPoliciesRequest,
    ) -> Result<CreateSecurityGroupPoliciesResponse, crate::Error> {
        self.send(request).await
    }
}
