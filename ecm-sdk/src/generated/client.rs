// @generated from spec/ecm.json by `cargo xtask regen`. Do not edit by hand:
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

/// The actions of the documentation's "Module APIs" category.
impl crate::Client {
    /// Modifies the default bandwidth cap of module (`ModifyModuleNetwork`).
    ///
    /// Sends a [`ModifyModuleNetworkRequest`](crate::actions::ModifyModuleNetworkRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn modify_module_network(
        &self,
        request: ModifyModuleNetworkRequest,
    ) -> Result<ModifyModuleNetworkResponse, crate::Error> {
        self.send(request).await
    }

    /// Renames module (`ModifyModuleName`).
    ///
    /// Sends a [`ModifyModuleNameRequest`](crate::actions::ModifyModuleNameRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn modify_module_name(
        &self,
        request: ModifyModuleNameRequest,
    ) -> Result<ModifyModuleNameResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies the default image of module (`ModifyModuleImage`).
    ///
    /// Sends a [`ModifyModuleImageRequest`](crate::actions::ModifyModuleImageRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn modify_module_image(
        &self,
        request: ModifyModuleImageRequest,
    ) -> Result<ModifyModuleImageResponse, crate::Error> {
        self.send(request).await
    }

    /// Displays module details (`DescribeModuleDetail`).
    ///
    /// Sends a [`DescribeModuleDetailRequest`](crate::actions::DescribeModuleDetailRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_module_detail(
        &self,
        request: DescribeModuleDetailRequest,
    ) -> Result<DescribeModuleDetailResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets module list (`DescribeModule`).
    ///
    /// Sends a [`DescribeModuleRequest`](crate::actions::DescribeModuleRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn describe_module(
        &self,
        request: DescribeModuleRequest,
    ) -> Result<DescribeModuleResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes business module (`DeleteModule`).
    ///
    /// Sends a [`DeleteModuleRequest`](crate::actions::DeleteModuleRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn delete_module(
        &self,
        request: DeleteModuleRequest,
    ) -> Result<DeleteModuleResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates module (`CreateModule`).
    ///
    /// Sends a [`CreateModuleRequest`](crate::actions::CreateModuleRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_module(
        &self,
        request: CreateModuleRequest,
    ) -> Result<CreateModuleResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies module configuration (`ModifyModuleConfig`).
    ///
    /// Sends a [`ModifyModuleConfigRequest`](crate::actions::ModifyModuleConfigRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn modify_module_config(
        &self,
        request: ModifyModuleConfigRequest,
    ) -> Result<ModifyModuleConfigResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies the IP direct access of module (`ModifyModuleIpDirect`).
    ///
    /// Sends a [`ModifyModuleIpDirectRequest`](crate::actions::ModifyModuleIpDirectRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_module_ip_direct(
        &self,
        request: ModifyModuleIpDirectRequest,
    ) -> Result<ModifyModuleIpDirectResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies the default security group of module (`ModifyModuleSecurityGroups`).
    ///
    /// Sends a
    /// [`ModifyModuleSecurityGroupsRequest`](crate::actions::ModifyModuleSecurityGroupsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_module_security_groups(
        &self,
        request: ModifyModuleSecurityGroupsRequest,
    ) -> Result<ModifyModuleSecurityGroupsResponse, crate::Error> {
        self.send(request).await
    }

    /// Specifies whether to prohibit public IP assignment for a module
    /// (`ModifyModuleDisableWanIp`).
    ///
    /// Sends a
    /// [`ModifyModuleDisableWanIpRequest`](crate::actions::ModifyModuleDisableWanIpRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_module_disable_wan_ip(
        &self,
        request: ModifyModuleDisableWanIpRequest,
    ) -> Result<ModifyModuleDisableWanIpResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Instance APIs" category.
impl crate::Client {
    /// Terminates instance (`TerminateInstances`).
    ///
    /// Sends a [`TerminateInstancesRequest`](crate::actions::TerminateInstancesRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn terminate_instances(
        &self,
        request: TerminateInstancesRequest,
    ) -> Result<TerminateInstancesResponse, crate::Error> {
        self.send(request).await
    }

    /// Resets the bandwidth cap of instance (`ResetInstancesMaxBandwidth`).
    ///
    /// Sends a
    /// [`ResetInstancesMaxBandwidthRequest`](crate::actions::ResetInstancesMaxBandwidthRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn reset_instances_max_bandwidth(
        &self,
        request: ResetInstancesMaxBandwidthRequest,
    ) -> Result<ResetInstancesMaxBandwidthResponse, crate::Error> {
        self.send(request).await
    }

    /// Reinstalls instance (`ResetInstances`).
    ///
    /// Sends a [`ResetInstancesRequest`](crate::actions::ResetInstancesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn reset_instances(
        &self,
        request: ResetInstancesRequest,
    ) -> Result<ResetInstancesResponse, crate::Error> {
        self.send(request).await
    }

    /// Restarts instance (`RebootInstances`).
    ///
    /// Sends a [`RebootInstancesRequest`](crate::actions::RebootInstancesRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn reboot_instances(
        &self,
        request: RebootInstancesRequest,
    ) -> Result<RebootInstancesResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies instance attributes (`ModifyInstancesAttribute`).
    ///
    /// Sends a
    /// [`ModifyInstancesAttributeRequest`](crate::actions::ModifyInstancesAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_instances_attribute(
        &self,
        request: ModifyInstancesAttributeRequest,
    ) -> Result<ModifyInstancesAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets the list of prohibited operations (`DescribeInstancesDeniedActions`).
    ///
    /// Sends a
    /// [`DescribeInstancesDeniedActionsRequest`](crate::actions::DescribeInstancesDeniedActionsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_instances_denied_actions(
        &self,
        request: DescribeInstancesDeniedActionsRequest,
    ) -> Result<DescribeInstancesDeniedActionsResponse, crate::Error> {
        self.send(request).await
    }

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

    /// Shuts down instance (`StopInstances`).
    ///
    /// Sends a [`StopInstancesRequest`](crate::actions::StopInstancesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn stop_instances(
        &self,
        request: StopInstancesRequest,
    ) -> Result<StopInstancesResponse, crate::Error> {
        self.send(request).await
    }

    /// Starts instance (`StartInstances`).
    ///
    /// Sends a [`StartInstancesRequest`](crate::actions::StartInstancesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn start_instances(
        &self,
        request: StartInstancesRequest,
    ) -> Result<StartInstancesResponse, crate::Error> {
        self.send(request).await
    }

    /// Resets instance password (`ResetInstancesPassword`).
    ///
    /// Sends a
    /// [`ResetInstancesPasswordRequest`](crate::actions::ResetInstancesPasswordRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn reset_instances_password(
        &self,
        request: ResetInstancesPasswordRequest,
    ) -> Result<ResetInstancesPasswordResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries the VNC URL of instance (`DescribeInstanceVncUrl`).
    ///
    /// Sends a
    /// [`DescribeInstanceVncUrlRequest`](crate::actions::DescribeInstanceVncUrlRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_instance_vnc_url(
        &self,
        request: DescribeInstanceVncUrlRequest,
    ) -> Result<DescribeInstanceVncUrlResponse, crate::Error> {
        self.send(request).await
    }

    /// Unbinds security group (`DisassociateSecurityGroups`).
    ///
    /// Sends a
    /// [`DisassociateSecurityGroupsRequest`](crate::actions::DisassociateSecurityGroupsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn disassociate_security_groups(
        &self,
        request: DisassociateSecurityGroupsRequest,
    ) -> Result<DisassociateSecurityGroupsResponse, crate::Error> {
        self.send(request).await
    }

    /// Binds security group (`AssociateSecurityGroups`).
    ///
    /// Sends a
    /// [`AssociateSecurityGroupsRequest`](crate::actions::AssociateSecurityGroupsRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn associate_security_groups(
        &self,
        request: AssociateSecurityGroupsRequest,
    ) -> Result<AssociateSecurityGroupsResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries instance price (`DescribePriceRunInstance`).
    ///
    /// Sends a
    /// [`DescribePriceRunInstanceRequest`](crate::actions::DescribePriceRunInstanceRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_price_run_instance(
        &self,
        request: DescribePriceRunInstanceRequest,
    ) -> Result<DescribePriceRunInstanceResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets instance information (`DescribeInstances`).
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
    /// Displays image list (`DescribeImage`).
    ///
    /// Sends a [`DescribeImageRequest`](crate::actions::DescribeImageRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn describe_image(
        &self,
        request: DescribeImageRequest,
    ) -> Result<DescribeImageResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes image (`DeleteImage`).
    ///
    /// Sends a [`DeleteImageRequest`](crate::actions::DeleteImageRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn delete_image(
        &self,
        request: DeleteImageRequest,
    ) -> Result<DeleteImageResponse, crate::Error> {
        self.send(request).await
    }

    /// Imports image (`ImportImage`).
    ///
    /// Sends a [`ImportImageRequest`](crate::actions::ImportImageRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn import_image(
        &self,
        request: ImportImageRequest,
    ) -> Result<ImportImageResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries the list of operating systems supported by image imported from external resource
    /// (`DescribeImportImageOs`).
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

    /// Queries image import task (`DescribeCustomImageTask`).
    ///
    /// Sends a
    /// [`DescribeCustomImageTaskRequest`](crate::actions::DescribeCustomImageTaskRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn describe_custom_image_task(
        &self,
        request: DescribeCustomImageTaskRequest,
    ) -> Result<DescribeCustomImageTaskResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies image attributes (`ModifyImageAttribute`).
    ///
    /// Sends a [`ModifyImageAttributeRequest`](crate::actions::ModifyImageAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_image_attribute(
        &self,
        request: ModifyImageAttributeRequest,
    ) -> Result<ModifyImageAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates image (`CreateImage`).
    ///
    /// Sends a [`CreateImageRequest`](crate::actions::CreateImageRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_image(
        &self,
        request: CreateImageRequest,
    ) -> Result<CreateImageResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "VPC APIs" category.
impl crate::Client {
    /// Modifies VPC attributes (`ModifyVpcAttribute`).
    ///
    /// Sends a [`ModifyVpcAttributeRequest`](crate::actions::ModifyVpcAttributeRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn modify_vpc_attribute(
        &self,
        request: ModifyVpcAttributeRequest,
    ) -> Result<ModifyVpcAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes VPC (`DeleteVpc`).
    ///
    /// Sends a [`DeleteVpcRequest`](crate::actions::DeleteVpcRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn delete_vpc(
        &self,
        request: DeleteVpcRequest,
    ) -> Result<DeleteVpcResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates VPC (`CreateVpc`).
    ///
    /// Sends a [`CreateVpcRequest`](crate::actions::CreateVpcRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_vpc(
        &self,
        request: CreateVpcRequest,
    ) -> Result<CreateVpcResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries VPC list (`DescribeVpcs`).
    ///
    /// Sends a [`DescribeVpcsRequest`](crate::actions::DescribeVpcsRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn describe_vpcs(
        &self,
        request: DescribeVpcsRequest,
    ) -> Result<DescribeVpcsResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Subnet APIs" category.
impl crate::Client {
    /// Creates subnet (`CreateSubnet`).
    ///
    /// Sends a [`CreateSubnetRequest`](crate::actions::CreateSubnetRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_subnet(
        &self,
        request: CreateSubnetRequest,
    ) -> Result<CreateSubnetResponse, crate::Error> {
        self.send(request).await
    }

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

    /// Modifies subnet attributes (`ModifySubnetAttribute`).
    ///
    /// Sends a [`ModifySubnetAttributeRequest`](crate::actions::ModifySubnetAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_subnet_attribute(
        &self,
        request: ModifySubnetAttributeRequest,
    ) -> Result<ModifySubnetAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes subnet (`DeleteSubnet`).
    ///
    /// Sends a [`DeleteSubnetRequest`](crate::actions::DeleteSubnetRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn delete_subnet(
        &self,
        request: DeleteSubnetRequest,
    ) -> Result<DeleteSubnetResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies default subnet (`ModifyDefaultSubnet`).
    ///
    /// Sends a [`ModifyDefaultSubnetRequest`](crate::actions::ModifyDefaultSubnetRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn modify_default_subnet(
        &self,
        request: ModifyDefaultSubnetRequest,
    ) -> Result<ModifyDefaultSubnetResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries default subnet in AZ (`DescribeDefaultSubnet`).
    ///
    /// Sends a [`DescribeDefaultSubnetRequest`](crate::actions::DescribeDefaultSubnetRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_default_subnet(
        &self,
        request: DescribeDefaultSubnetRequest,
    ) -> Result<DescribeDefaultSubnetResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Route Table APIs" category.
impl crate::Client {
    /// Creates route table (`CreateRouteTable`).
    ///
    /// Sends a [`CreateRouteTableRequest`](crate::actions::CreateRouteTableRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn create_route_table(
        &self,
        request: CreateRouteTableRequest,
    ) -> Result<CreateRouteTableResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries the list of objects in route table (`DescribeRouteTables`).
    ///
    /// Sends a [`DescribeRouteTablesRequest`](crate::actions::DescribeRouteTablesRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn describe_route_tables(
        &self,
        request: DescribeRouteTablesRequest,
    ) -> Result<DescribeRouteTablesResponse, crate::Error> {
        self.send(request).await
    }

    /// Replaces route table binding relationship (`ReplaceRouteTableAssociation`).
    ///
    /// Sends a
    /// [`ReplaceRouteTableAssociationRequest`](crate::actions::ReplaceRouteTableAssociationRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn replace_route_table_association(
        &self,
        request: ReplaceRouteTableAssociationRequest,
    ) -> Result<ReplaceRouteTableAssociationResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies route table attributes (`ModifyRouteTableAttribute`).
    ///
    /// Sends a
    /// [`ModifyRouteTableAttributeRequest`](crate::actions::ModifyRouteTableAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_route_table_attribute(
        &self,
        request: ModifyRouteTableAttributeRequest,
    ) -> Result<ModifyRouteTableAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Resets route table name and routing policies (`ResetRoutes`).
    ///
    /// Sends a [`ResetRoutesRequest`](crate::actions::ResetRoutesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn reset_routes(
        &self,
        request: ResetRoutesRequest,
    ) -> Result<ResetRoutesResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes route table (`DeleteRouteTable`).
    ///
    /// Sends a [`DeleteRouteTableRequest`](crate::actions::DeleteRouteTableRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn delete_route_table(
        &self,
        request: DeleteRouteTableRequest,
    ) -> Result<DeleteRouteTableResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates routing policy (`CreateRoutes`).
    ///
    /// Sends a [`CreateRoutesRequest`](crate::actions::CreateRoutesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_routes(
        &self,
        request: CreateRoutesRequest,
    ) -> Result<CreateRoutesResponse, crate::Error> {
        self.send(request).await
    }

    /// Replaces routing policy (`ReplaceRoutes`).
    ///
    /// Sends a [`ReplaceRoutesRequest`](crate::actions::ReplaceRoutesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn replace_routes(
        &self,
        request: ReplaceRoutesRequest,
    ) -> Result<ReplaceRoutesResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries the list of routing policy conflicts (`DescribeRouteConflicts`).
    ///
    /// Sends a
    /// [`DescribeRouteConflictsRequest`](crate::actions::DescribeRouteConflictsRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_route_conflicts(
        &self,
        request: DescribeRouteConflictsRequest,
    ) -> Result<DescribeRouteConflictsResponse, crate::Error> {
        self.send(request).await
    }

    /// Enables subnet route (`EnableRoutes`).
    ///
    /// Sends a [`EnableRoutesRequest`](crate::actions::EnableRoutesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn enable_routes(
        &self,
        request: EnableRoutesRequest,
    ) -> Result<EnableRoutesResponse, crate::Error> {
        self.send(request).await
    }

    /// Disables subnet route (`DisableRoutes`).
    ///
    /// Sends a [`DisableRoutesRequest`](crate::actions::DisableRoutesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn disable_routes(
        &self,
        request: DisableRoutesRequest,
    ) -> Result<DisableRoutesResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes routing policies (`DeleteRoutes`).
    ///
    /// Sends a [`DeleteRoutesRequest`](crate::actions::DeleteRoutesRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn delete_routes(
        &self,
        request: DeleteRoutesRequest,
    ) -> Result<DeleteRoutesResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "CLB APIs" category.
impl crate::Client {
    /// Modifies the forwarding weight of real server bound to listener (`ModifyTargetWeight`).
    ///
    /// Sends a [`ModifyTargetWeightRequest`](crate::actions::ModifyTargetWeightRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn modify_target_weight(
        &self,
        request: ModifyTargetWeightRequest,
    ) -> Result<ModifyTargetWeightResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies the port of real server bound to listener (`ModifyTargetPort`).
    ///
    /// Sends a [`ModifyTargetPortRequest`](crate::actions::ModifyTargetPortRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn modify_target_port(
        &self,
        request: ModifyTargetPortRequest,
    ) -> Result<ModifyTargetPortResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies CLB instance attributes (`ModifyLoadBalancerAttributes`).
    ///
    /// Sends a
    /// [`ModifyLoadBalancerAttributesRequest`](crate::actions::ModifyLoadBalancerAttributesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_load_balancer_attributes(
        &self,
        request: ModifyLoadBalancerAttributesRequest,
    ) -> Result<ModifyLoadBalancerAttributesResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies CLB listener attributes (`ModifyListener`).
    ///
    /// Sends a [`ModifyListenerRequest`](crate::actions::ModifyListenerRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn modify_listener(
        &self,
        request: ModifyListenerRequest,
    ) -> Result<ModifyListenerResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries the list of real servers bound to CLB instance (`DescribeTargets`).
    ///
    /// Sends a [`DescribeTargetsRequest`](crate::actions::DescribeTargetsRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_targets(
        &self,
        request: DescribeTargetsRequest,
    ) -> Result<DescribeTargetsResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets the health check status of CLB real server (`DescribeTargetHealth`).
    ///
    /// Sends a [`DescribeTargetHealthRequest`](crate::actions::DescribeTargetHealthRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_target_health(
        &self,
        request: DescribeTargetHealthRequest,
    ) -> Result<DescribeTargetHealthResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries CLB instance list (`DescribeLoadBalancers`).
    ///
    /// Sends a [`DescribeLoadBalancersRequest`](crate::actions::DescribeLoadBalancersRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_load_balancers(
        &self,
        request: DescribeLoadBalancersRequest,
    ) -> Result<DescribeLoadBalancersResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries the task status of CLB instance (`DescribeLoadBalanceTaskStatus`).
    ///
    /// Sends a
    /// [`DescribeLoadBalanceTaskStatusRequest`](crate::actions::DescribeLoadBalanceTaskStatusRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_load_balance_task_status(
        &self,
        request: DescribeLoadBalanceTaskStatusRequest,
    ) -> Result<DescribeLoadBalanceTaskStatusResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries CLB listener list (`DescribeListeners`).
    ///
    /// Sends a [`DescribeListenersRequest`](crate::actions::DescribeListenersRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_listeners(
        &self,
        request: DescribeListenersRequest,
    ) -> Result<DescribeListenersResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes multiple CLB listeners (`DeleteLoadBalancerListeners`).
    ///
    /// Sends a
    /// [`DeleteLoadBalancerListenersRequest`](crate::actions::DeleteLoadBalancerListenersRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn delete_load_balancer_listeners(
        &self,
        request: DeleteLoadBalancerListenersRequest,
    ) -> Result<DeleteLoadBalancerListenersResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes CLB instance (`DeleteLoadBalancer`).
    ///
    /// Sends a [`DeleteLoadBalancerRequest`](crate::actions::DeleteLoadBalancerRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn delete_load_balancer(
        &self,
        request: DeleteLoadBalancerRequest,
    ) -> Result<DeleteLoadBalancerResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes CLB listener (`DeleteListener`).
    ///
    /// Sends a [`DeleteListenerRequest`](crate::actions::DeleteListenerRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn delete_listener(
        &self,
        request: DeleteListenerRequest,
    ) -> Result<DeleteListenerResponse, crate::Error> {
        self.send(request).await
    }

    /// Purchases CLB instance (`CreateLoadBalancer`).
    ///
    /// Sends a [`CreateLoadBalancerRequest`](crate::actions::CreateLoadBalancerRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn create_load_balancer(
        &self,
        request: CreateLoadBalancerRequest,
    ) -> Result<CreateLoadBalancerResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates CLB listener (`CreateListener`).
    ///
    /// Sends a [`CreateListenerRequest`](crate::actions::CreateListenerRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_listener(
        &self,
        request: CreateListenerRequest,
    ) -> Result<CreateListenerResponse, crate::Error> {
        self.send(request).await
    }

    /// Batch binds backend targets (`BatchRegisterTargets`).
    ///
    /// Sends a [`BatchRegisterTargetsRequest`](crate::actions::BatchRegisterTargetsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn batch_register_targets(
        &self,
        request: BatchRegisterTargetsRequest,
    ) -> Result<BatchRegisterTargetsResponse, crate::Error> {
        self.send(request).await
    }

    /// Batch modifies the forwarding weights of real servers bound to listener
    /// (`BatchModifyTargetWeight`).
    ///
    /// Sends a
    /// [`BatchModifyTargetWeightRequest`](crate::actions::BatchModifyTargetWeightRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn batch_modify_target_weight(
        &self,
        request: BatchModifyTargetWeightRequest,
    ) -> Result<BatchModifyTargetWeightResponse, crate::Error> {
        self.send(request).await
    }

    /// Batch unbinds real servers (`BatchDeregisterTargets`).
    ///
    /// Sends a
    /// [`BatchDeregisterTargetsRequest`](crate::actions::BatchDeregisterTargetsRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn batch_deregister_targets(
        &self,
        request: BatchDeregisterTargetsRequest,
    ) -> Result<BatchDeregisterTargetsResponse, crate::Error> {
        self.send(request).await
    }

    /// Binds or unbinds security group to or from multiple CLB instances
    /// (`SetSecurityGroupForLoadbalancers`).
    ///
    /// Sends a
    /// [`SetSecurityGroupForLoadbalancersRequest`](crate::actions::SetSecurityGroupForLoadbalancersRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn set_security_group_for_loadbalancers(
        &self,
        request: SetSecurityGroupForLoadbalancersRequest,
    ) -> Result<SetSecurityGroupForLoadbalancersResponse, crate::Error> {
        self.send(request).await
    }

    /// Configures security groups for CLB instance (`SetLoadBalancerSecurityGroups`).
    ///
    /// Sends a
    /// [`SetLoadBalancerSecurityGroupsRequest`](crate::actions::SetLoadBalancerSecurityGroupsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn set_load_balancer_security_groups(
        &self,
        request: SetLoadBalancerSecurityGroupsRequest,
    ) -> Result<SetLoadBalancerSecurityGroupsResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "ENI APIs" category.
impl crate::Client {
    /// Creates ENI (`CreateNetworkInterface`).
    ///
    /// Sends a
    /// [`CreateNetworkInterfaceRequest`](crate::actions::CreateNetworkInterfaceRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn create_network_interface(
        &self,
        request: CreateNetworkInterfaceRequest,
    ) -> Result<CreateNetworkInterfaceResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries ENI list (`DescribeNetworkInterfaces`).
    ///
    /// Sends a
    /// [`DescribeNetworkInterfacesRequest`](crate::actions::DescribeNetworkInterfacesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_network_interfaces(
        &self,
        request: DescribeNetworkInterfacesRequest,
    ) -> Result<DescribeNetworkInterfacesResponse, crate::Error> {
        self.send(request).await
    }

    /// Binds ENI to CVM instance (`AttachNetworkInterface`).
    ///
    /// Sends a
    /// [`AttachNetworkInterfaceRequest`](crate::actions::AttachNetworkInterfaceRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn attach_network_interface(
        &self,
        request: AttachNetworkInterfaceRequest,
    ) -> Result<AttachNetworkInterfaceResponse, crate::Error> {
        self.send(request).await
    }

    /// Unbinds ENI from CVM instance (`DetachNetworkInterface`).
    ///
    /// Sends a
    /// [`DetachNetworkInterfaceRequest`](crate::actions::DetachNetworkInterfaceRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn detach_network_interface(
        &self,
        request: DetachNetworkInterfaceRequest,
    ) -> Result<DetachNetworkInterfaceResponse, crate::Error> {
        self.send(request).await
    }

    /// Migrates ENI (`MigrateNetworkInterface`).
    ///
    /// Sends a
    /// [`MigrateNetworkInterfaceRequest`](crate::actions::MigrateNetworkInterfaceRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn migrate_network_interface(
        &self,
        request: MigrateNetworkInterfaceRequest,
    ) -> Result<MigrateNetworkInterfaceResponse, crate::Error> {
        self.send(request).await
    }

    /// Applies for private IP for ENI (`AssignPrivateIpAddresses`).
    ///
    /// Sends a
    /// [`AssignPrivateIpAddressesRequest`](crate::actions::AssignPrivateIpAddressesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn assign_private_ip_addresses(
        &self,
        request: AssignPrivateIpAddressesRequest,
    ) -> Result<AssignPrivateIpAddressesResponse, crate::Error> {
        self.send(request).await
    }

    /// Returns the private IPs of ENI (`RemovePrivateIpAddresses`).
    ///
    /// Sends a
    /// [`RemovePrivateIpAddressesRequest`](crate::actions::RemovePrivateIpAddressesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn remove_private_ip_addresses(
        &self,
        request: RemovePrivateIpAddressesRequest,
    ) -> Result<RemovePrivateIpAddressesResponse, crate::Error> {
        self.send(request).await
    }

    /// Migrates private IP from ENI (`MigratePrivateIpAddress`).
    ///
    /// Sends a
    /// [`MigratePrivateIpAddressRequest`](crate::actions::MigratePrivateIpAddressRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn migrate_private_ip_address(
        &self,
        request: MigratePrivateIpAddressRequest,
    ) -> Result<MigratePrivateIpAddressResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes ENI (`DeleteNetworkInterface`).
    ///
    /// Sends a
    /// [`DeleteNetworkInterfaceRequest`](crate::actions::DeleteNetworkInterfaceRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn delete_network_interface(
        &self,
        request: DeleteNetworkInterfaceRequest,
    ) -> Result<DeleteNetworkInterfaceResponse, crate::Error> {
        self.send(request).await
    }

    /// Releases IPv6 address (`ReleaseIpv6Addresses`).
    ///
    /// Sends a [`ReleaseIpv6AddressesRequest`](crate::actions::ReleaseIpv6AddressesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn release_ipv6_addresses(
        &self,
        request: ReleaseIpv6AddressesRequest,
    ) -> Result<ReleaseIpv6AddressesResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies the IPv6 address attributes of ENI (`ModifyIpv6AddressesAttribute`).
    ///
    /// Sends a
    /// [`ModifyIpv6AddressesAttributeRequest`](crate::actions::ModifyIpv6AddressesAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_ipv6_addresses_attribute(
        &self,
        request: ModifyIpv6AddressesAttributeRequest,
    ) -> Result<ModifyIpv6AddressesAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Assigns IPv6 address (`AssignIpv6Addresses`).
    ///
    /// Sends a [`AssignIpv6AddressesRequest`](crate::actions::AssignIpv6AddressesRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn assign_ipv6_addresses(
        &self,
        request: AssignIpv6AddressesRequest,
    ) -> Result<AssignIpv6AddressesResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies the private IP information of ENI (`ModifyPrivateIpAddressesAttribute`).
    ///
    /// Sends a
    /// [`ModifyPrivateIpAddressesAttributeRequest`](crate::actions::ModifyPrivateIpAddressesAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_private_ip_addresses_attribute(
        &self,
        request: ModifyPrivateIpAddressesAttributeRequest,
    ) -> Result<ModifyPrivateIpAddressesAttributeResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "EIP APIs" category.
impl crate::Client {
    /// Releases EIP (`ReleaseAddresses`).
    ///
    /// Sends a [`ReleaseAddressesRequest`](crate::actions::ReleaseAddressesRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn release_addresses(
        &self,
        request: ReleaseAddressesRequest,
    ) -> Result<ReleaseAddressesResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies EIP bandwidth (`ModifyAddressesBandwidth`).
    ///
    /// Sends a
    /// [`ModifyAddressesBandwidthRequest`](crate::actions::ModifyAddressesBandwidthRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_addresses_bandwidth(
        &self,
        request: ModifyAddressesBandwidthRequest,
    ) -> Result<ModifyAddressesBandwidthResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies EIP attributes (`ModifyAddressAttribute`).
    ///
    /// Sends a
    /// [`ModifyAddressAttributeRequest`](crate::actions::ModifyAddressAttributeRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn modify_address_attribute(
        &self,
        request: ModifyAddressAttributeRequest,
    ) -> Result<ModifyAddressAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Unbinds EIP (`DisassociateAddress`).
    ///
    /// Sends a [`DisassociateAddressRequest`](crate::actions::DisassociateAddressRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn disassociate_address(
        &self,
        request: DisassociateAddressRequest,
    ) -> Result<DisassociateAddressResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries the execution result of async task (`DescribeTaskResult`).
    ///
    /// Sends a [`DescribeTaskResultRequest`](crate::actions::DescribeTaskResultRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_task_result(
        &self,
        request: DescribeTaskResultRequest,
    ) -> Result<DescribeTaskResultResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries EIP list (`DescribeAddresses`).
    ///
    /// Sends a [`DescribeAddressesRequest`](crate::actions::DescribeAddressesRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_addresses(
        &self,
        request: DescribeAddressesRequest,
    ) -> Result<DescribeAddressesResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries EIP quota (`DescribeAddressQuota`).
    ///
    /// Sends a [`DescribeAddressQuotaRequest`](crate::actions::DescribeAddressQuotaRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_address_quota(
        &self,
        request: DescribeAddressQuotaRequest,
    ) -> Result<DescribeAddressQuotaResponse, crate::Error> {
        self.send(request).await
    }

    /// Binds EIP (`AssociateAddress`).
    ///
    /// Sends a [`AssociateAddressRequest`](crate::actions::AssociateAddressRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn associate_address(
        &self,
        request: AssociateAddressRequest,
    ) -> Result<AssociateAddressResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates EIP (`AllocateAddresses`).
    ///
    /// Sends a [`AllocateAddressesRequest`](crate::actions::AllocateAddressesRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn allocate_addresses(
        &self,
        request: AllocateAddressesRequest,
    ) -> Result<AllocateAddressesResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "HAVIP APIs" category.
impl crate::Client {
    /// Modifies HAVIP attributes (`ModifyHaVipAttribute`).
    ///
    /// Sends a [`ModifyHaVipAttributeRequest`](crate::actions::ModifyHaVipAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_ha_vip_attribute(
        &self,
        request: ModifyHaVipAttributeRequest,
    ) -> Result<ModifyHaVipAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries HAVIP list (`DescribeHaVips`).
    ///
    /// Sends a [`DescribeHaVipsRequest`](crate::actions::DescribeHaVipsRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn describe_ha_vips(
        &self,
        request: DescribeHaVipsRequest,
    ) -> Result<DescribeHaVipsResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes HAVIP (`DeleteHaVip`).
    ///
    /// Sends a [`DeleteHaVipRequest`](crate::actions::DeleteHaVipRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn delete_ha_vip(
        &self,
        request: DeleteHaVipRequest,
    ) -> Result<DeleteHaVipResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates HAVIP (`CreateHaVip`).
    ///
    /// Sends a [`CreateHaVipRequest`](crate::actions::CreateHaVipRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_ha_vip(
        &self,
        request: CreateHaVipRequest,
    ) -> Result<CreateHaVipResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Other API" category.
impl crate::Client {
    /// Gets peak network data (`DescribePeakNetworkOverview`).
    ///
    /// Sends a
    /// [`DescribePeakNetworkOverviewRequest`](crate::actions::DescribePeakNetworkOverviewRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_peak_network_overview(
        &self,
        request: DescribePeakNetworkOverviewRequest,
    ) -> Result<DescribePeakNetworkOverviewResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets the peak data of basic information (`DescribePeakBaseOverview`).
    ///
    /// Sends a
    /// [`DescribePeakBaseOverviewRequest`](crate::actions::DescribePeakBaseOverviewRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_peak_base_overview(
        &self,
        request: DescribePeakBaseOverviewRequest,
    ) -> Result<DescribePeakBaseOverviewResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets model configuration list (`DescribeInstanceTypeConfig`).
    ///
    /// Sends a
    /// [`DescribeInstanceTypeConfigRequest`](crate::actions::DescribeInstanceTypeConfigRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_instance_type_config(
        &self,
        request: DescribeInstanceTypeConfigRequest,
    ) -> Result<DescribeInstanceTypeConfigResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets configuration limit information (`DescribeConfig`).
    ///
    /// Sends a [`DescribeConfigRequest`](crate::actions::DescribeConfigRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn describe_config(
        &self,
        request: DescribeConfigRequest,
    ) -> Result<DescribeConfigResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets basic data displayed on overview page (`DescribeBaseOverview`).
    ///
    /// Sends a [`DescribeBaseOverviewRequest`](crate::actions::DescribeBaseOverviewRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_base_overview(
        &self,
        request: DescribeBaseOverviewRequest,
    ) -> Result<DescribeBaseOverviewResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets task status (`DescribeTaskStatus`).
    ///
    /// Sends a [`DescribeTaskStatusRequest`](crate::actions::DescribeTaskStatusRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_task_status(
        &self,
        request: DescribeTaskStatusRequest,
    ) -> Result<DescribeTaskStatusResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets the monthly peak and billable inbound/outbound bandwidth values of your node
    /// (`DescribeMonthPeakNetwork`).
    ///
    /// Sends a
    /// [`DescribeMonthPeakNetworkRequest`](crate::actions::DescribeMonthPeakNetworkRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_month_peak_network(
        &self,
        request: DescribeMonthPeakNetworkRequest,
    ) -> Result<DescribeMonthPeakNetworkResponse, crate::Error> {
        self.send(request).await
    }

    /// Gets the set of packing quotas (`DescribePackingQuotaGroup`).
    ///
    /// Sends a
    /// [`DescribePackingQuotaGroupRequest`](crate::actions::DescribePackingQuotaGroupRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_packing_quota_group(
        &self,
        request: DescribePackingQuotaGroupRequest,
    ) -> Result<DescribePackingQuotaGroupResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Snapshot APIs" category.
impl crate::Client {
    /// Queries snapshot list (`DescribeSnapshots`).
    ///
    /// Sends a [`DescribeSnapshotsRequest`](crate::actions::DescribeSnapshotsRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_snapshots(
        &self,
        request: DescribeSnapshotsRequest,
    ) -> Result<DescribeSnapshotsResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes snapshot (`DeleteSnapshots`).
    ///
    /// Sends a [`DeleteSnapshotsRequest`](crate::actions::DeleteSnapshotsRequest); see it for
    /// the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn delete_snapshots(
        &self,
        request: DeleteSnapshotsRequest,
    ) -> Result<DeleteSnapshotsResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Key APIs" category.
impl crate::Client {
    /// Unbinds key pair (`DisassociateInstancesKeyPairs`).
    ///
    /// Sends a
    /// [`DisassociateInstancesKeyPairsRequest`](crate::actions::DisassociateInstancesKeyPairsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn disassociate_instances_key_pairs(
        &self,
        request: DisassociateInstancesKeyPairsRequest,
    ) -> Result<DisassociateInstancesKeyPairsResponse, crate::Error> {
        self.send(request).await
    }

    /// Creates key pair (`CreateKeyPair`).
    ///
    /// Sends a [`CreateKeyPairRequest`](crate::actions::CreateKeyPairRequest); see it for the
    /// parameters, the rate limit and the documented error codes. A request missing a required
    /// parameter fails before any I/O.
    pub async fn create_key_pair(
        &self,
        request: CreateKeyPairRequest,
    ) -> Result<CreateKeyPairResponse, crate::Error> {
        self.send(request).await
    }
}

/// The actions of the documentation's "Security Group APIs" category.
impl crate::Client {
    /// Creates security group (`CreateSecurityGroup`).
    ///
    /// Sends a [`CreateSecurityGroupRequest`](crate::actions::CreateSecurityGroupRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn create_security_group(
        &self,
        request: CreateSecurityGroupRequest,
    ) -> Result<CreateSecurityGroupResponse, crate::Error> {
        self.send(request).await
    }

    /// Replaces one routing policy of security group (`ReplaceSecurityGroupPolicy`).
    ///
    /// Sends a
    /// [`ReplaceSecurityGroupPolicyRequest`](crate::actions::ReplaceSecurityGroupPolicyRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn replace_security_group_policy(
        &self,
        request: ReplaceSecurityGroupPolicyRequest,
    ) -> Result<ReplaceSecurityGroupPolicyResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies the outbound and inbound rules of security group
    /// (`ModifySecurityGroupPolicies`).
    ///
    /// Sends a
    /// [`ModifySecurityGroupPoliciesRequest`](crate::actions::ModifySecurityGroupPoliciesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_security_group_policies(
        &self,
        request: ModifySecurityGroupPoliciesRequest,
    ) -> Result<ModifySecurityGroupPoliciesResponse, crate::Error> {
        self.send(request).await
    }

    /// Modifies security group attributes (`ModifySecurityGroupAttribute`).
    ///
    /// Sends a
    /// [`ModifySecurityGroupAttributeRequest`](crate::actions::ModifySecurityGroupAttributeRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn modify_security_group_attribute(
        &self,
        request: ModifySecurityGroupAttributeRequest,
    ) -> Result<ModifySecurityGroupAttributeResponse, crate::Error> {
        self.send(request).await
    }

    /// Views security group (`DescribeSecurityGroups`).
    ///
    /// Sends a
    /// [`DescribeSecurityGroupsRequest`](crate::actions::DescribeSecurityGroupsRequest); see it
    /// for the parameters, the rate limit and the documented error codes. A request missing a
    /// required parameter fails before any I/O.
    pub async fn describe_security_groups(
        &self,
        request: DescribeSecurityGroupsRequest,
    ) -> Result<DescribeSecurityGroupsResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries security group rule (`DescribeSecurityGroupPolicies`).
    ///
    /// Sends a
    /// [`DescribeSecurityGroupPoliciesRequest`](crate::actions::DescribeSecurityGroupPoliciesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_security_group_policies(
        &self,
        request: DescribeSecurityGroupPoliciesRequest,
    ) -> Result<DescribeSecurityGroupPoliciesResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries security group quota (`DescribeSecurityGroupLimits`).
    ///
    /// Sends a
    /// [`DescribeSecurityGroupLimitsRequest`](crate::actions::DescribeSecurityGroupLimitsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_security_group_limits(
        &self,
        request: DescribeSecurityGroupLimitsRequest,
    ) -> Result<DescribeSecurityGroupLimitsResponse, crate::Error> {
        self.send(request).await
    }

    /// Queries association statistics of security group
    /// (`DescribeSecurityGroupAssociationStatistics`).
    ///
    /// Sends a
    /// [`DescribeSecurityGroupAssociationStatisticsRequest`](crate::actions::DescribeSecurityGroupAssociationStatisticsRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn describe_security_group_association_statistics(
        &self,
        request: DescribeSecurityGroupAssociationStatisticsRequest,
    ) -> Result<DescribeSecurityGroupAssociationStatisticsResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes security group rule (`DeleteSecurityGroupPolicies`).
    ///
    /// Sends a
    /// [`DeleteSecurityGroupPoliciesRequest`](crate::actions::DeleteSecurityGroupPoliciesRequest);
    /// see it for the parameters, the rate limit and the documented error codes. A request
    /// missing a required parameter fails before any I/O.
    pub async fn delete_security_group_policies(
        &self,
        request: DeleteSecurityGroupPoliciesRequest,
    ) -> Result<DeleteSecurityGroupPoliciesResponse, crate::Error> {
        self.send(request).await
    }

    /// Deletes security group (`DeleteSecurityGroup`).
    ///
    /// Sends a [`DeleteSecurityGroupRequest`](crate::actions::DeleteSecurityGroupRequest); see
    /// it for the parameters, the rate limit and the documented error codes. A request missing
    /// a required parameter fails before any I/O.
    pub async fn delete_security_group(
        &self,
        request: DeleteSecurityGroupRequest,
    ) -> Result<DeleteSecurityGroupResponse, crate::Error> {
        self.send(request).await
    }

    /// Adds security group policy (`CreateSecurityGroupPolicies`).
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
