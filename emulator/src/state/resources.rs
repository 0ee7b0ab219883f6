//! The resource declarations: one table entry per resource kind, read by the engine
//! ([`super::engine`]). Every error code named here is one the action documents (a unit test
//! checks them against the spec), every filter name one its Describe action documents.
//!
//! Paths are dotted member paths into an item as the Describe action prints it
//! (`Module.ModuleId`) or into the request's parameters (`ZoneInstanceCountISPSet`).

/// One resource kind.
#[derive(Debug)]
pub(crate) struct Kind {
    /// Short name, used in messages, the state file and [`crate::EmulatorHandle`] methods.
    pub(crate) name: &'static str,
    /// Id prefix as the docs print ids (`ein-`, `esg-`…); none: the id is digits (an import
    /// task's, `21`).
    pub(crate) prefix: &'static str,
    /// Where the item carries its id.
    pub(crate) id: &'static str,
    pub(crate) create: Create,
    pub(crate) describe: Describe,
    pub(crate) modify: &'static [Modify],
    pub(crate) delete: Option<Delete>,
    /// Further delete actions (DeleteLoadBalancerListeners beside DeleteListener).
    pub(crate) more_deletes: &'static [Delete],
    /// State-changing actions (StopInstances…).
    pub(crate) operations: &'static [Operation],
    /// Where the item carries its state, if it has one.
    pub(crate) state: Option<&'static str>,
    /// Resources this one refers to.
    pub(crate) refs: &'static [Ref],
    /// Counts of referring resources printed on the item (a VPC's `SubnetCount`).
    pub(crate) counts: &'static [Count],
    /// Further read-only actions printing counts of what refers to the named resources.
    pub(crate) views: &'static [View],
    /// Address-range rules (subnets within their VPC, no overlap).
    pub(crate) cidr: Option<Cidr>,
    /// Where the item carries its creation time (`YYYY-MM-DD hh:mm:ss`).
    pub(crate) created_at: Option<&'static str>,
    /// At most this many per account; more are refused with `code` (documented by the
    /// create action).
    pub(crate) cap: Cap,
    /// Every account starts with the items of the Describe action's documented example
    /// (the images DescribeImage lists).
    pub(crate) seeded: bool,
}

#[derive(Debug)]
pub(crate) struct Cap {
    pub(crate) limit: usize,
    pub(crate) code: &'static str,
}

/// The action that creates resources of a kind.
#[derive(Debug)]
pub(crate) struct Create {
    pub(crate) action: &'static str,
    /// Parameters copied onto the item: (parameter, item path).
    pub(crate) set: &'static [(&'static str, &'static str)],
    /// Where the request's tags are (`Tags` as `[{Key, Value}]`, or `TagSpecification` as
    /// `[{Tags: [...]}]`), copied to the item's `TagSet`.
    pub(crate) tags: Option<TagSource>,
    /// How the answer carries what was created.
    pub(crate) output: Output,
    /// One request creates several: one per element of a list parameter, times a count.
    pub(crate) fan_out: Option<FanOut>,
    /// The state a new resource starts in, and the state it settles into after the delay.
    pub(crate) initial: Option<(&'static str, &'static str)>,
    /// Parameters naming catalogue entries (an image, an instance type): the entry must exist
    /// and is copied onto the item.
    pub(crate) lookups: &'static [Lookup],
    /// A count parameter (`AddressCount`): that many are created, 1 by default; at most `max`,
    /// else `code`.
    pub(crate) count: Option<(&'static str, u64, &'static str)>,
    /// Template members that describe the example's own resource and start empty (`null`).
    pub(crate) blank: &'static [&'static str],
    /// Members whose values together are unique among the resources sharing the member at
    /// `scope` (a listener's protocol and port on its load balancer; `""`: the account),
    /// else `code`.
    pub(crate) unique: Option<Unique>,
    /// A text parameter's documented form (a key pair's name).
    pub(crate) text: Option<TextRule>,
}

/// A text parameter of at most `max` characters, each an ASCII letter, digit or underscore
/// where `word` says so, else `code`.
#[derive(Debug)]
pub(crate) struct TextRule {
    pub(crate) param: &'static str,
    pub(crate) max: usize,
    pub(crate) word: bool,
    pub(crate) code: &'static str,
}

#[derive(Debug)]
pub(crate) struct Unique {
    pub(crate) members: &'static [&'static str],
    pub(crate) scope: &'static str,
    pub(crate) code: &'static str,
}

/// A parameter naming a catalogue entry.
#[derive(Debug)]
pub(crate) struct Lookup {
    pub(crate) param: &'static str,
    pub(crate) seed: &'static Seed,
    /// Where the entry is copied on the item.
    pub(crate) path: &'static str,
    /// Code of the create action for an unknown entry.
    pub(crate) code: &'static str,
}

/// Catalogue data: the entries of a documented example's list, by key.
#[derive(Debug)]
pub(crate) struct Seed {
    pub(crate) action: &'static str,
    pub(crate) list: &'static str,
    pub(crate) key: &'static str,
}

/// The public images DescribeImage's example lists.
pub(crate) const IMAGES: Seed = Seed {
    action: "DescribeImage",
    list: "ImageSet",
    key: "ImageId",
};

/// The instance types DescribeInstanceTypeConfig's example lists.
pub(crate) const INSTANCE_TYPES: Seed = Seed {
    action: "DescribeInstanceTypeConfig",
    list: "InstanceTypeConfigSet",
    key: "InstanceType",
};

/// The zones DescribeNode's example lists (RunInstances' zones must be among them).
pub(crate) const NODES: Seed = Seed {
    action: "DescribeNode",
    list: "NodeSet",
    key: "ZoneInfo.Zone",
};

#[derive(Debug, Clone, Copy)]
pub(crate) enum TagSource {
    /// `[{Key, Value}]` in this parameter, copied to `TagSet`.
    Pairs(&'static str),
    /// `[{ResourceType, Tags: [{Key, Value}]}]` in this parameter, copied to `TagSet`.
    Specification(&'static str),
    /// This parameter copied as it is to this item path (`Tags` of `{TagKey, TagValue}`).
    Named(&'static str, &'static str),
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Output {
    /// `{"ModuleId": "em-…"}`.
    Id(&'static str),
    /// `{"InstanceIdSet": ["ein-…", …]}`.
    Ids(&'static str),
    /// `{"SecurityGroup": {…the item…}}`.
    Item(&'static str),
    /// Nothing but the task the action starts (CreateImage answers only a `TaskId`).
    Task,
    /// Nothing but the request id (ImportImage).
    Nothing,
}

#[derive(Debug)]
pub(crate) struct FanOut {
    /// The list parameter; each element creates `count` resources.
    pub(crate) list: &'static str,
    pub(crate) count: &'static str,
    /// Members of each element copied onto the item: (member, item path).
    pub(crate) set: &'static [(&'static str, &'static str)],
    /// The element's member naming a zone DescribeNode lists, the item path that receives
    /// the node's position, and the code for an unknown zone.
    pub(crate) zone: Option<(&'static str, &'static str, &'static str)>,
    /// Most resources one request may create, and the code beyond it.
    pub(crate) max_total: (u64, &'static str),
    /// Members of each element naming other resources, which must exist.
    pub(crate) refs: &'static [FanRef],
    /// Where a scalar element itself goes (CreateListener's `Ports`).
    pub(crate) each: Option<&'static str>,
    /// Lists zipped with the fan-out list, element by element: (parameter, item path).
    pub(crate) parallel: &'static [(&'static str, &'static str)],
    /// With several created, the first `set` parameter names them `name1`, `name2`…
    pub(crate) numbered: bool,
}

/// A member of a fan-out element naming another resource (an instance's VPC and subnet).
#[derive(Debug)]
pub(crate) struct FanRef {
    pub(crate) member: &'static str,
    pub(crate) kind: &'static str,
    /// Where the item records the id.
    pub(crate) path: &'static str,
    /// Code of the create action for an unknown id.
    pub(crate) not_found: &'static str,
    /// Code of the referenced kind's delete action while this resource refers to it.
    pub(crate) blocks_delete: &'static str,
}

/// The Describe action of a kind.
#[derive(Debug)]
pub(crate) struct Describe {
    pub(crate) action: &'static str,
    /// The output list and count.
    pub(crate) items: &'static str,
    pub(crate) total: &'static str,
    /// An id-list parameter (`VpcIds`), and the code when it is combined with `Filters`
    /// although the docs forbid that.
    pub(crate) ids: Option<(&'static str, Option<&'static str>)>,
    pub(crate) filters: &'static [Filter],
    /// Parameters that filter like `Filters` do (DescribeLoadBalancers' `LoadBalancerName`,
    /// `VpcId`…): the filter's name is the parameter's.
    pub(crate) param_filters: &'static [Filter],
    /// Code for an undocumented filter name.
    pub(crate) unknown_filter: &'static str,
    /// Most `Filter.Values` per filter and most filters per request, and the code beyond.
    pub(crate) max_values: usize,
    pub(crate) max_filters: usize,
    pub(crate) too_many: &'static str,
    /// Default and largest `Limit`, and the code for a `Limit`/`Offset` out of range.
    pub(crate) default_limit: u64,
    pub(crate) max_limit: u64,
    pub(crate) bad_page: &'static str,
    /// Newest first unless `OrderDirection` is 1 (the docs' default for instances and
    /// modules); otherwise creation order.
    pub(crate) newest_first: bool,
    /// Item members the model keeps but Describe does not print (a listener's load balancer).
    pub(crate) hide: &'static [&'static str],
    /// Parameters that filter by the resources referring to an item (a load balancer's
    /// listeners' targets).
    pub(crate) joins: &'static [Join],
}

impl Describe {
    /// What most Describe actions share: `TotalCount`, no id list, at most 10 filters of
    /// at most 5 values, `Limit` 20 by default and at most 100, creation order. A
    /// declaration names its action, list and codes and overrides the rest where its
    /// documentation differs (`..Describe::DEFAULTS`); the codes left empty here are checked
    /// to be set and documented by the tests below.
    pub(crate) const DEFAULTS: Describe = Describe {
        action: "",
        items: "",
        total: "TotalCount",
        ids: None,
        filters: &[],
        param_filters: &[],
        unknown_filter: "",
        max_values: 5,
        max_filters: 10,
        too_many: "",
        default_limit: 20,
        max_limit: 100,
        bad_page: "",
        newest_first: false,
        hide: &[],
        joins: &[],
    };

    /// A kind that no Describe action lists.
    pub(crate) const NONE: Describe = Describe {
        total: "",
        max_values: 0,
        max_filters: 0,
        default_limit: 0,
        max_limit: 0,
        ..Describe::DEFAULTS
    };
}

/// A Describe parameter filtering by what the resources of `kind` whose `via` names the item
/// hold at `path`.
#[derive(Debug)]
pub(crate) struct Join {
    pub(crate) param: &'static str,
    pub(crate) kind: &'static str,
    pub(crate) via: &'static str,
    pub(crate) path: &'static str,
    pub(crate) test: JoinTest,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum JoinTest {
    /// Some value there is one of the parameter's values (`BackendPrivateIps`).
    AnyOf,
    /// `1`: there is some value; `0`: there is none; `-1`: either (`WithBackend`).
    Presence,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Filter {
    pub(crate) name: &'static str,
    pub(crate) path: &'static str,
    pub(crate) matching: Match,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Match {
    Exact,
    /// Substring match, where the docs say "fuzzy".
    Fuzzy,
    /// Every item matches: the model keeps no such restriction (any image suits any
    /// instance type).
    Always,
    /// `tag-key`: some tag has this key.
    TagKey,
    /// `tag:KEY`: the tag KEY has one of the values (the name is a prefix).
    TagValue,
}

/// An action changing attributes.
#[derive(Debug)]
pub(crate) struct Modify {
    pub(crate) action: &'static str,
    /// The id parameter, and whether it is a list.
    pub(crate) id: (&'static str, bool),
    pub(crate) set: &'static [(&'static str, &'static str)],
    /// Catalogue entries the action names, copied onto the item (a module's image).
    pub(crate) lookups: &'static [Lookup],
    pub(crate) tags: Option<TagSource>,
    pub(crate) not_found: &'static str,
}

#[derive(Debug)]
pub(crate) struct Delete {
    pub(crate) action: &'static str,
    pub(crate) id: (&'static str, bool),
    pub(crate) not_found: &'static str,
    /// Conditions on the resource's members (an ENI must not be attached).
    pub(crate) guards: &'static [Guard],
    /// Only resources whose member at this path is the parameter's value (the listeners of
    /// one load balancer): (parameter, path). Without ids, all of them.
    pub(crate) scope: Option<(&'static str, &'static str)>,
}

/// A condition on a member of the resource an action names, refused with `code`.
#[derive(Debug)]
pub(crate) struct Guard {
    pub(crate) path: &'static str,
    pub(crate) expect: Expect,
    pub(crate) code: &'static str,
}

/// What a [`Guard`] expects of its member.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Expect {
    /// Absent, `null` or empty (an ENI not attached yet).
    Empty,
    /// Equal to this parameter (the instance the ENI is attached to).
    Param(&'static str),
    /// Equal to the member at `path` of the `kind` resource this parameter names (an
    /// instance in the ENI's VPC).
    Shared {
        param: &'static str,
        kind: &'static str,
        path: &'static str,
    },
}

/// A state-changing action: allowed `from` these states, the resource passes through `via`
/// and settles in `to` (`None`: it is gone).
#[derive(Debug)]
pub(crate) struct Operation {
    pub(crate) action: &'static str,
    pub(crate) ids: &'static str,
    pub(crate) from: &'static [&'static str],
    pub(crate) via: &'static str,
    pub(crate) to: Option<&'static str>,
    /// Code when a resource is in another state.
    pub(crate) refused: &'static str,
    pub(crate) not_found: &'static str,
    /// Parameters recorded on the resource: (parameter, item path).
    pub(crate) set: &'static [(&'static str, &'static str)],
    /// Item paths emptied (`null`).
    pub(crate) clear: &'static [&'static str],
    /// Parameters naming other resources that must exist: (parameter, kind, code).
    pub(crate) checks: &'static [(&'static str, &'static str, &'static str)],
    /// Conditions on the resource's members beyond its state.
    pub(crate) guards: &'static [Guard],
    /// Most ids per request, and the code beyond.
    pub(crate) max: (usize, &'static str),
}

/// A reference from this kind to another, set by a create parameter.
#[derive(Debug)]
pub(crate) struct Ref {
    pub(crate) param: &'static str,
    pub(crate) list: bool,
    pub(crate) kind: &'static str,
    /// Where the item records the referenced id(s).
    pub(crate) path: &'static str,
    /// Code of the create action for an unknown id.
    pub(crate) not_found: &'static str,
    /// Code of the referenced kind's delete action while this resource refers to it.
    pub(crate) blocks_delete: &'static str,
    /// Instead of blocking it, the referenced resource's deletion deletes this one too (a
    /// load balancer's listeners).
    pub(crate) cascade: bool,
    /// Values copied from the referenced resource: (its path, this item's path).
    pub(crate) copy: &'static [(&'static str, &'static str)],
}

/// A read-only action answering, for each resource its id list names, its id and counts of
/// the resources referring to it (DescribeSecurityGroupAssociationStatistics).
#[derive(Debug)]
pub(crate) struct View {
    pub(crate) action: &'static str,
    pub(crate) ids: &'static str,
    pub(crate) not_found: &'static str,
    pub(crate) items: &'static str,
    /// The item's member printing the id.
    pub(crate) id: &'static str,
    pub(crate) counts: &'static [Count],
    /// Members that are always 0: what the model does not count.
    pub(crate) zero: &'static [&'static str],
    /// The member printing the sum of the counts.
    pub(crate) total: Option<&'static str>,
}

#[derive(Debug)]
pub(crate) struct Count {
    pub(crate) path: &'static str,
    pub(crate) kind: &'static str,
    /// The referring kind's item path holding this resource's id.
    pub(crate) via: &'static str,
}

#[derive(Debug)]
pub(crate) struct Cidr {
    /// The item path of the block (set from the parameter of the same name).
    pub(crate) path: &'static str,
    pub(crate) malformed: &'static str,
    /// Within the referenced resource's block (its kind, its path), else this code.
    pub(crate) within: Option<(&'static str, &'static str, &'static str)>,
    /// Siblings (same reference) must not overlap, else this code.
    pub(crate) no_overlap: Option<(&'static str, &'static str)>,
}

const TAG_FILTERS: [Filter; 2] = [
    Filter {
        name: "tag-key",
        path: "TagSet",
        matching: Match::TagKey,
    },
    Filter {
        name: "tag:",
        path: "TagSet",
        matching: Match::TagValue,
    },
];

const fn f(name: &'static str, path: &'static str, matching: Match) -> Filter {
    Filter {
        name,
        path,
        matching,
    }
}

/// The modelled kinds.
pub(crate) const KINDS: &[Kind] = &[
    Kind {
        name: "security-group",
        prefix: "esg-",
        id: "SecurityGroupId",
        create: Create {
            action: "CreateSecurityGroup",
            set: &[
                ("GroupName", "SecurityGroupName"),
                ("GroupDescription", "SecurityGroupDesc"),
            ],
            tags: Some(TagSource::Pairs("Tags")),
            output: Output::Item("SecurityGroup"),
            fan_out: None,
            initial: None,
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeSecurityGroups",
            items: "SecurityGroupSet",
            ids: Some(("SecurityGroupIds", Some("InvalidParameter"))),
            filters: &[
                f("security-group-id", "SecurityGroupId", Match::Exact),
                f("security-group-name", "SecurityGroupName", Match::Exact),
                TAG_FILTERS[0],
                TAG_FILTERS[1],
            ],
            unknown_filter: "InvalidParameterValue",
            too_many: "InvalidParameterValue",
            bad_page: "InvalidParameterValue",
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifySecurityGroupAttribute",
            id: ("SecurityGroupId", false),
            set: &[
                ("GroupName", "SecurityGroupName"),
                ("GroupDescription", "SecurityGroupDesc"),
            ],
            tags: None,
            lookups: &[],
            not_found: "ResourceNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteSecurityGroup",
            id: ("SecurityGroupId", false),
            not_found: "ResourceNotFound",
            guards: &[],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: None,
        refs: &[],
        counts: &[],
        views: &[View {
            action: "DescribeSecurityGroupAssociationStatistics",
            ids: "SecurityGroupIds",
            not_found: "ResourceNotFound",
            items: "SecurityGroupAssociationStatisticsSet",
            id: "SecurityGroupId",
            counts: &[
                Count {
                    path: "ECM",
                    kind: "instance",
                    via: "SecurityGroupIds",
                },
                Count {
                    path: "Module",
                    kind: "module",
                    via: "Module.SecurityGroupIds",
                },
                Count {
                    path: "ENI",
                    kind: "network-interface",
                    via: "GroupSet",
                },
                Count {
                    path: "CLB",
                    kind: "load-balancer",
                    via: "SecurityGroups",
                },
            ],
            zero: &["SG"],
            total: Some("TotalCount"),
        }],
        cidr: None,
        created_at: None,
        cap: Cap {
            limit: 500,
            code: "InvalidParameterValue.LimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "module",
        prefix: "em-",
        id: "Module.ModuleId",
        create: Create {
            action: "CreateModule",
            set: &[
                ("ModuleName", "Module.ModuleName"),
                ("DefaultBandWidth", "Module.DefaultBandwidth"),
                ("DefaultBandWidthIn", "Module.DefaultBandwidthIn"),
                ("DefaultImageId", "Module.DefaultImage.ImageId"),
                ("InstanceType", "Module.InstanceTypeConfig.InstanceType"),
                ("DefaultSystemDiskSize", "Module.DefaultSystemDiskSize"),
                ("DefaultDataDiskSize", "Module.DefaultDataDiskSize"),
            ],
            tags: Some(TagSource::Specification("TagSpecification")),
            output: Output::Id("ModuleId"),
            fan_out: None,
            initial: Some(("NORMAL", "NORMAL")),
            lookups: &[
                Lookup {
                    param: "DefaultImageId",
                    seed: &IMAGES,
                    path: "Module.DefaultImage",
                    code: "InvalidParameterValue.InvalidImageID",
                },
                Lookup {
                    param: "InstanceType",
                    seed: &INSTANCE_TYPES,
                    path: "Module.InstanceTypeConfig",
                    code: "InvalidParameterValue.InvalidInstanceTypeConfigID",
                },
            ],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeModule",
            items: "ModuleItemSet",
            filters: &[
                f("module-name", "Module.ModuleName", Match::Exact),
                f("module-id", "Module.ModuleId", Match::Exact),
                f("image-id", "Module.DefaultImage.ImageId", Match::Exact),
                f(
                    "instance-family",
                    "Module.InstanceTypeConfig.InstanceFamilyConfig.InstanceFamily",
                    Match::Exact,
                ),
                f("security-group-id", "Module.SecurityGroupIds", Match::Exact),
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.InvalidFilter",
            bad_page: "InvalidParameterValue.InvaildPageParam",
            newest_first: true,
            ..Describe::DEFAULTS
        },
        modify: &[
            Modify {
                action: "ModifyModuleName",
                id: ("ModuleId", false),
                set: &[("ModuleName", "Module.ModuleName")],
                tags: None,
                lookups: &[],
                not_found: "InvalidParameterValue.InvalidModuleID",
            },
            Modify {
                action: "ModifyModuleNetwork",
                id: ("ModuleId", false),
                set: &[
                    ("DefaultBandwidth", "Module.DefaultBandwidth"),
                    ("DefaultBandwidthIn", "Module.DefaultBandwidthIn"),
                ],
                tags: None,
                lookups: &[],
                not_found: "InvalidParameterValue.InvalidModuleID",
            },
            Modify {
                action: "ModifyModuleImage",
                id: ("ModuleId", false),
                set: &[],
                tags: None,
                lookups: &[Lookup {
                    param: "DefaultImageId",
                    seed: &IMAGES,
                    path: "Module.DefaultImage",
                    code: "InvalidParameterValue.InvalidImageID",
                }],
                not_found: "InvalidParameterValue.InvalidModuleID",
            },
            Modify {
                action: "ModifyModuleConfig",
                id: ("ModuleId", false),
                set: &[
                    ("DefaultDataDiskSize", "Module.DefaultDataDiskSize"),
                    ("DefaultSystemDiskSize", "Module.DefaultSystemDiskSize"),
                    ("SystemDisk", "Module.SystemDisk"),
                    ("DataDisks", "Module.DataDisks"),
                ],
                tags: None,
                lookups: &[Lookup {
                    param: "InstanceType",
                    seed: &INSTANCE_TYPES,
                    path: "Module.InstanceTypeConfig",
                    code: "InvalidParameterValue.InvalidInstanceTypeConfigID",
                }],
                not_found: "InvalidParameterValue.InvalidModuleID",
            },
        ],
        delete: Some(Delete {
            action: "DeleteModule",
            id: ("ModuleId", false),
            not_found: "InvalidParameterValue.InvalidModuleID",
            guards: &[],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: Some("Module.ModuleState"),
        refs: &[Ref {
            param: "SecurityGroups",
            list: true,
            kind: "security-group",
            path: "Module.SecurityGroupIds",
            not_found: "ResourceNotFound",
            blocks_delete: "ResourceInUse",
            cascade: false,
            copy: &[],
        }],
        counts: &[Count {
            path: "NodeInstanceNum.InstanceNum",
            kind: "instance",
            via: "SimpleModule.ModuleId",
        }],
        views: &[],
        cidr: None,
        created_at: Some("Module.CreateTime"),
        cap: Cap {
            limit: 500,
            code: "InvalidParameterValue.InvaildModuleNum",
        },
        seeded: false,
    },
    Kind {
        name: "instance",
        prefix: "ein-",
        id: "InstanceId",
        create: Create {
            action: "RunInstances",
            set: &[
                ("InstanceName", "InstanceName"),
                ("ImageId", "Image.ImageId"),
                ("InstanceType", "InstanceTypeConfig.InstanceType"),
                ("SystemDiskSize", "SystemDiskSize"),
                ("DataDiskSize", "DataDiskSize"),
            ],
            tags: Some(TagSource::Specification("TagSpecification")),
            output: Output::Ids("InstanceIdSet"),
            fan_out: Some(FanOut {
                list: "ZoneInstanceCountISPSet",
                count: "InstanceCount",
                set: &[
                    ("ISP", "ISP"),
                    (
                        "PrivateIpAddresses",
                        "VirtualPrivateCloud.PrivateIpAddresses",
                    ),
                ],
                zone: Some(("Zone", "Position", "InvalidParameterValue.InvalidZone")),
                max_total: (100, "InvalidParameterValue.InvalidZoneInstanceCount"),
                refs: &[
                    FanRef {
                        member: "VpcId",
                        kind: "vpc",
                        path: "VirtualPrivateCloud.VpcId",
                        not_found: "InvalidParameterValue",
                        blocks_delete: "ResourceInUse",
                    },
                    FanRef {
                        member: "SubnetId",
                        kind: "subnet",
                        path: "VirtualPrivateCloud.SubnetId",
                        not_found: "InvalidParameterValue.SubnetNotExist",
                        blocks_delete: "ResourceInUse",
                    },
                ],
                each: None,
                parallel: &[],
                numbered: true,
            }),
            initial: Some(("PENDING", "RUNNING")),
            lookups: &[
                Lookup {
                    param: "ImageId",
                    seed: &IMAGES,
                    path: "Image",
                    code: "InvalidParameterValue.InvalidImageID",
                },
                Lookup {
                    param: "InstanceType",
                    seed: &INSTANCE_TYPES,
                    path: "InstanceTypeConfig",
                    code: "InvalidParameterValue.InvalidInstanceTypeConfigID",
                },
            ],
            count: None,
            blank: &["VirtualPrivateCloud.VpcId", "VirtualPrivateCloud.SubnetId"],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeInstances",
            items: "InstanceSet",
            filters: &[
                f("zone", "Position.ZoneInfo.Zone", Match::Exact),
                f("zone-name", "Position.ZoneInfo.ZoneName", Match::Fuzzy),
                f("module-id", "SimpleModule.ModuleId", Match::Exact),
                f("instance-id", "InstanceId", Match::Exact),
                f("instance-name", "InstanceName", Match::Fuzzy),
                f(
                    "ip-address",
                    "VirtualPrivateCloud.PrivateIpAddresses",
                    Match::Exact,
                ),
                f("instance-uuid", "UUID", Match::Exact),
                f("instance-state", "InstanceState", Match::Exact),
                f("internet-service-provider", "ISP", Match::Exact),
                TAG_FILTERS[0],
                TAG_FILTERS[1],
                f(
                    "instance-family",
                    "InstanceTypeConfig.InstanceFamilyConfig.InstanceFamily",
                    Match::Exact,
                ),
                f("module-name", "SimpleModule.ModuleName", Match::Fuzzy),
                f("image-id", "Image.ImageId", Match::Exact),
                f("vpc-id", "VirtualPrivateCloud.VpcId", Match::Exact),
                f("subnet-id", "VirtualPrivateCloud.SubnetId", Match::Exact),
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.ParameterValueTooLarge",
            bad_page: "InvalidParameterValue.InvaildPageParam",
            newest_first: true,
            hide: &["KeyIds"],
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyInstancesAttribute",
            id: ("InstanceIdSet", true),
            set: &[("InstanceName", "InstanceName")],
            tags: None,
            lookups: &[],
            not_found: "InvalidParameterValue.InvalidInstanceID",
        }],
        delete: None,
        more_deletes: &[],
        operations: &[
            Operation {
                action: "StopInstances",
                ids: "InstanceIdSet",
                from: &["RUNNING"],
                via: "STOPPING",
                to: Some("STOPPED"),
                refused: "ResourceUnavailable.InstanceNotRunning",
                not_found: "InvalidParameterValue.InvalidInstanceID",
                set: &[],
                clear: &[],
                checks: &[],
                guards: &[],
                max: (100, "InvalidParameterValue.ParameterValueTooLarge"),
            },
            Operation {
                action: "StartInstances",
                ids: "InstanceIdSet",
                from: &["STOPPED"],
                via: "STARTING",
                to: Some("RUNNING"),
                refused: "FailedOperation.InstanceNotAllStopped",
                not_found: "InvalidParameterValue.InvalidInstanceID",
                set: &[],
                clear: &[],
                checks: &[],
                guards: &[],
                max: (100, "InvalidParameterValue.ParameterValueTooLarge"),
            },
            Operation {
                action: "RebootInstances",
                ids: "InstanceIdSet",
                from: &["RUNNING"],
                via: "REBOOTING",
                to: Some("RUNNING"),
                refused: "ResourceUnavailable.InstanceNotRunning",
                not_found: "ResourceNotFound.InstanceNotExist",
                set: &[],
                clear: &[],
                checks: &[],
                guards: &[],
                max: (100, "InvalidParameterValue.ParameterValueTooLarge"),
            },
            Operation {
                action: "TerminateInstances",
                ids: "InstanceIdSet",
                from: &["RUNNING", "STOPPED", "LAUNCH_FAILED", "SHUTDOWN"],
                via: "TERMINATING",
                to: None,
                refused: "FailedOperation.OperationNotAllow",
                not_found: "ResourceNotFound.InstanceNotExist",
                set: &[],
                clear: &[],
                checks: &[],
                guards: &[],
                max: (100, "InvalidParameterValue.ParameterValueTooLarge"),
            },
        ],
        state: Some("InstanceState"),
        refs: &[
            Ref {
                param: "ModuleId",
                list: false,
                kind: "module",
                path: "SimpleModule.ModuleId",
                not_found: "InvalidParameterValue.InvalidModuleID",
                blocks_delete: "FailedOperation.InstanceInModule",
                cascade: false,
                copy: &[
                    ("Module.ModuleName", "SimpleModule.ModuleName"),
                    ("Module.DefaultImage", "Image"),
                    ("Module.InstanceTypeConfig", "InstanceTypeConfig"),
                    ("Module.DefaultSystemDiskSize", "SystemDiskSize"),
                    ("Module.DefaultDataDiskSize", "DataDiskSize"),
                ],
            },
            Ref {
                param: "SecurityGroupIds",
                list: true,
                kind: "security-group",
                path: "SecurityGroupIds",
                not_found: "InvalidParameterValue.InvalidSecurityGroupID",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[],
            },
            Ref {
                param: "KeyIds",
                list: true,
                kind: "key-pair",
                path: "KeyIds",
                not_found: "InvalidParameterValue",
                // Key pairs have no documented delete action.
                blocks_delete: "",
                cascade: false,
                copy: &[],
            },
        ],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreateTime"),
        cap: Cap {
            limit: 20_000,
            code: "ResourceInsufficient.InstanceQuotaNotEnough",
        },
        seeded: false,
    },
    Kind {
        name: "vpc",
        prefix: "vpc-",
        id: "VpcId",
        create: Create {
            action: "CreateVpc",
            set: &[
                ("VpcName", "VpcName"),
                ("CidrBlock", "CidrBlock"),
                ("Description", "Description"),
                ("EcmRegion", "Region"),
            ],
            tags: Some(TagSource::Pairs("Tags")),
            output: Output::Item("Vpc"),
            fan_out: None,
            initial: None,
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeVpcs",
            items: "VpcSet",
            ids: Some(("VpcIds", Some("InvalidParameter.Coexist"))),
            filters: &[
                f("vpc-name", "VpcName", Match::Fuzzy),
                f("vpc-id", "VpcId", Match::Exact),
                f("cidr-block", "CidrBlock", Match::Fuzzy),
                f("region", "Region", Match::Exact),
                TAG_FILTERS[0],
                TAG_FILTERS[1],
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.FilterLimitExceeded",
            bad_page: "InvalidParameterValue",
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyVpcAttribute",
            id: ("VpcId", false),
            set: &[("VpcName", "VpcName"), ("Description", "Description")],
            tags: Some(TagSource::Pairs("Tags")),
            lookups: &[],
            not_found: "ResourceNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteVpc",
            id: ("VpcId", false),
            not_found: "ResourceNotFound",
            guards: &[],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: None,
        refs: &[],
        counts: &[Count {
            path: "SubnetCount",
            kind: "subnet",
            via: "VpcId",
        }],
        views: &[],
        cidr: Some(Cidr {
            path: "CidrBlock",
            malformed: "InvalidParameterValue.Malformed",
            within: None,
            no_overlap: None,
        }),
        created_at: Some("CreatedTime"),
        cap: Cap {
            limit: 20,
            code: "LimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "subnet",
        prefix: "subnet-",
        id: "SubnetId",
        create: Create {
            action: "CreateSubnet",
            set: &[
                ("SubnetName", "SubnetName"),
                ("CidrBlock", "CidrBlock"),
                ("Zone", "Zone"),
                ("EcmRegion", "Region"),
            ],
            tags: Some(TagSource::Pairs("Tags")),
            output: Output::Item("Subnet"),
            fan_out: None,
            initial: None,
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeSubnets",
            items: "SubnetSet",
            ids: Some(("SubnetIds", Some("InvalidParameter.Coexist"))),
            filters: &[
                f("subnet-id", "SubnetId", Match::Exact),
                f("subnet-name", "SubnetName", Match::Fuzzy),
                f("cidr-block", "CidrBlock", Match::Fuzzy),
                f("vpc-id", "VpcId", Match::Exact),
                f("vpc-cidr-block", "VpcCidrBlock", Match::Fuzzy),
                f("region", "Region", Match::Exact),
                f("zone", "Zone", Match::Exact),
                TAG_FILTERS[0],
                TAG_FILTERS[1],
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.FilterLimitExceeded",
            bad_page: "InvalidParameterValue.Range",
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifySubnetAttribute",
            id: ("SubnetId", false),
            set: &[("SubnetName", "SubnetName")],
            tags: Some(TagSource::Pairs("Tags")),
            lookups: &[],
            not_found: "ResourceNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteSubnet",
            id: ("SubnetId", false),
            not_found: "ResourceNotFound",
            guards: &[],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: None,
        refs: &[Ref {
            param: "VpcId",
            list: false,
            kind: "vpc",
            path: "VpcId",
            not_found: "ResourceNotFound",
            blocks_delete: "ResourceInUse",
            cascade: false,
            copy: &[("CidrBlock", "VpcCidrBlock")],
        }],
        counts: &[],
        views: &[],
        cidr: Some(Cidr {
            path: "CidrBlock",
            malformed: "InvalidParameterValue.Malformed",
            within: Some(("vpc", "CidrBlock", "InvalidParameterValue.SubnetRange")),
            no_overlap: Some(("VpcId", "InvalidParameterValue.SubnetConflict")),
        }),
        created_at: Some("CreatedTime"),
        cap: Cap {
            limit: 200,
            code: "LimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "route-table",
        prefix: "rtb-",
        id: "RouteTableId",
        create: Create {
            action: "CreateRouteTable",
            set: &[("RouteTableName", "RouteTableName")],
            tags: None,
            output: Output::Item("RouteTable"),
            fan_out: None,
            initial: None,
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeRouteTables",
            items: "RouteTableSet",
            ids: Some(("RouteTableIds", Some("InvalidParameter.Coexist"))),
            filters: &[
                f("route-table-id", "RouteTableId", Match::Exact),
                f("route-table-name", "RouteTableName", Match::Exact),
                f("vpc-id", "VpcId", Match::Exact),
                f("association.main", "Main", Match::Exact),
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.LimitExceeded",
            bad_page: "InvalidParameterValue.Malformed",
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyRouteTableAttribute",
            id: ("RouteTableId", false),
            set: &[("RouteTableName", "RouteTableName")],
            tags: None,
            lookups: &[],
            not_found: "ResourceNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteRouteTable",
            id: ("RouteTableId", false),
            not_found: "ResourceNotFound",
            guards: &[Guard {
                path: "AssociationSet",
                expect: Expect::Empty,
                code: "UnsupportedOperation.DelRouteWithSubnet",
            }],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: None,
        refs: &[Ref {
            param: "VpcId",
            list: false,
            kind: "vpc",
            path: "VpcId",
            not_found: "ResourceNotFound",
            blocks_delete: "ResourceInUse",
            cascade: false,
            copy: &[],
        }],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreatedTime"),
        cap: Cap {
            limit: 100,
            code: "LimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "network-interface",
        prefix: "eni-",
        id: "NetworkInterfaceId",
        create: Create {
            action: "CreateNetworkInterface",
            set: &[
                ("NetworkInterfaceName", "NetworkInterfaceName"),
                ("NetworkInterfaceDescription", "NetworkInterfaceDescription"),
                ("EcmRegion", "EcmRegion"),
            ],
            tags: Some(TagSource::Pairs("Tags")),
            output: Output::Item("NetworkInterface"),
            fan_out: None,
            initial: Some(("PENDING", "AVAILABLE")),
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeNetworkInterfaces",
            items: "NetworkInterfaceSet",
            ids: Some(("NetworkInterfaceIds", Some("InvalidParameter.Coexist"))),
            filters: &[
                f("vpc-id", "VpcId", Match::Exact),
                f("subnet-id", "SubnetId", Match::Exact),
                f("network-interface-id", "NetworkInterfaceId", Match::Exact),
                f(
                    "attachment.instance-id",
                    "Attachment.InstanceId",
                    Match::Exact,
                ),
                f("groups.security-group-id", "GroupSet", Match::Exact),
                f(
                    "network-interface-name",
                    "NetworkInterfaceName",
                    Match::Exact,
                ),
                f(
                    "network-interface-description",
                    "NetworkInterfaceDescription",
                    Match::Exact,
                ),
                f(
                    "address-ip",
                    "PrivateIpAddressSet.PrivateIpAddress",
                    Match::Exact,
                ),
                TAG_FILTERS[0],
                TAG_FILTERS[1],
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.ParameterValueTooLarge",
            bad_page: "InvalidParameterValue.Malformed",
            ..Describe::DEFAULTS
        },
        modify: &[],
        delete: Some(Delete {
            action: "DeleteNetworkInterface",
            id: ("NetworkInterfaceId", false),
            not_found: "ResourceNotFound",
            guards: &[Guard {
                path: "Attachment.InstanceId",
                expect: Expect::Empty,
                code: "ResourceInUse",
            }],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[
            Operation {
                action: "AttachNetworkInterface",
                ids: "NetworkInterfaceId",
                from: &["AVAILABLE"],
                via: "ATTACHING",
                to: Some("AVAILABLE"),
                refused: "UnsupportedOperation.InvalidState",
                not_found: "ResourceNotFound",
                set: &[("InstanceId", "Attachment.InstanceId")],
                clear: &[],
                checks: &[("InstanceId", "instance", "ResourceNotFound")],
                guards: &[
                    Guard {
                        path: "Attachment.InstanceId",
                        expect: Expect::Empty,
                        code: "UnsupportedOperation.AttachmentAlreadyExists",
                    },
                    Guard {
                        path: "VpcId",
                        expect: Expect::Shared {
                            param: "InstanceId",
                            kind: "instance",
                            path: "VirtualPrivateCloud.VpcId",
                        },
                        code: "UnsupportedOperation.VpcMismatch",
                    },
                ],
                max: (1, "InvalidParameterValue"),
            },
            Operation {
                action: "DetachNetworkInterface",
                ids: "NetworkInterfaceId",
                from: &["AVAILABLE"],
                via: "DETACHING",
                to: Some("AVAILABLE"),
                refused: "UnsupportedOperation.InvalidState",
                not_found: "ResourceNotFound",
                set: &[],
                clear: &["Attachment"],
                checks: &[("InstanceId", "instance", "ResourceNotFound")],
                guards: &[Guard {
                    path: "Attachment.InstanceId",
                    expect: Expect::Param("InstanceId"),
                    code: "UnsupportedOperation",
                }],
                max: (1, "InvalidParameterValue"),
            },
            Operation {
                action: "MigrateNetworkInterface",
                ids: "NetworkInterfaceId",
                from: &["AVAILABLE"],
                via: "ATTACHING",
                to: Some("AVAILABLE"),
                refused: "InvalidParameterValue",
                not_found: "ResourceNotFound",
                set: &[("DestinationInstanceId", "Attachment.InstanceId")],
                clear: &[],
                checks: &[
                    ("SourceInstanceId", "instance", "ResourceNotFound"),
                    ("DestinationInstanceId", "instance", "ResourceNotFound"),
                ],
                guards: &[
                    Guard {
                        path: "Attachment.InstanceId",
                        expect: Expect::Param("SourceInstanceId"),
                        code: "UnsupportedOperation.AttachmentNotFound",
                    },
                    Guard {
                        path: "VpcId",
                        expect: Expect::Shared {
                            param: "DestinationInstanceId",
                            kind: "instance",
                            path: "VirtualPrivateCloud.VpcId",
                        },
                        code: "InvalidParameterValue",
                    },
                ],
                max: (1, "InvalidParameterValue"),
            },
        ],
        state: Some("State"),
        refs: &[
            Ref {
                param: "VpcId",
                list: false,
                kind: "vpc",
                path: "VpcId",
                not_found: "ResourceNotFound",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[],
            },
            Ref {
                param: "SubnetId",
                list: false,
                kind: "subnet",
                path: "SubnetId",
                not_found: "ResourceNotFound",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[("Zone", "Zone")],
            },
            Ref {
                param: "SecurityGroupIds",
                list: true,
                kind: "security-group",
                path: "GroupSet",
                not_found: "ResourceNotFound",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[],
            },
        ],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreatedTime"),
        cap: Cap {
            limit: 500,
            code: "LimitExceeded.EniQuotaLimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "havip",
        prefix: "havip-",
        id: "HaVipId",
        create: Create {
            action: "CreateHaVip",
            set: &[("HaVipName", "HaVipName"), ("Vip", "Vip")],
            tags: None,
            output: Output::Item("HaVip"),
            fan_out: None,
            initial: Some(("UNBIND", "UNBIND")),
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeHaVips",
            items: "HaVipSet",
            ids: Some(("HaVipIds", Some("InvalidParameter.Coexist"))),
            filters: &[
                f("havip-id", "HaVipId", Match::Exact),
                f("havip-name", "HaVipName", Match::Exact),
                f("vpc-id", "VpcId", Match::Exact),
                f("subnet-id", "SubnetId", Match::Exact),
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.InvalidFilter",
            bad_page: "InvalidParameterValue.InvaildPageParam",
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyHaVipAttribute",
            id: ("HaVipId", false),
            set: &[("HaVipName", "HaVipName")],
            tags: None,
            lookups: &[],
            not_found: "ResourceNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteHaVip",
            id: ("HaVipId", false),
            not_found: "ResourceNotFound",
            guards: &[],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: Some("State"),
        refs: &[
            Ref {
                param: "VpcId",
                list: false,
                kind: "vpc",
                path: "VpcId",
                not_found: "ResourceNotFound",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[],
            },
            Ref {
                param: "SubnetId",
                list: false,
                kind: "subnet",
                path: "SubnetId",
                not_found: "ResourceNotFound",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[],
            },
        ],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreatedTime"),
        cap: Cap {
            limit: 100,
            code: "LimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "address",
        prefix: "eip-",
        id: "AddressId",
        create: Create {
            action: "AllocateAddresses",
            set: &[],
            tags: None,
            output: Output::Ids("AddressSet"),
            fan_out: None,
            initial: Some(("CREATING", "UNBIND")),
            lookups: &[],
            count: Some((
                "AddressCount",
                100,
                "InvalidParameterValue.InvalidAddressCount",
            )),
            blank: &["InstanceId", "NetworkInterfaceId", "PrivateAddressIp"],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeAddresses",
            items: "AddressSet",
            ids: Some(("AddressIds", Some("InvalidParameter"))),
            filters: &[
                f("address-id", "AddressId", Match::Exact),
                f("address-name", "AddressName", Match::Exact),
                f("address-ip", "AddressIp", Match::Exact),
                f("address-status", "AddressStatus", Match::Exact),
                f("instance-id", "InstanceId", Match::Exact),
                f("private-ip-address", "PrivateAddressIp", Match::Exact),
                f("network-interface-id", "NetworkInterfaceId", Match::Exact),
                f("is-arrears", "IsArrears", Match::Exact),
            ],
            unknown_filter: "InvalidParameterValue",
            too_many: "InvalidParameterValue.ParameterValueTooLarge",
            bad_page: "InvalidParameterValue",
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyAddressAttribute",
            id: ("AddressId", false),
            set: &[("AddressName", "AddressName")],
            tags: None,
            lookups: &[],
            not_found: "UnsupportedOperation.AddressIdNotFound",
        }],
        delete: None,
        more_deletes: &[],
        operations: &[
            Operation {
                action: "AssociateAddress",
                ids: "AddressId",
                from: &["UNBIND"],
                via: "BINDING",
                to: Some("BIND"),
                refused: "UnsupportedOperation.StatusNotPermit",
                not_found: "UnsupportedOperation.AddressIdNotFound",
                set: &[
                    ("InstanceId", "InstanceId"),
                    ("NetworkInterfaceId", "NetworkInterfaceId"),
                    ("PrivateIpAddress", "PrivateAddressIp"),
                ],
                clear: &[],
                checks: &[
                    (
                        "InstanceId",
                        "instance",
                        "InvalidParameterValue.InvalidInstanceID",
                    ),
                    (
                        "NetworkInterfaceId",
                        "network-interface",
                        "InvalidParameterValue.InvaildEniID",
                    ),
                ],
                guards: &[],
                max: (1, "InvalidParameterValue"),
            },
            Operation {
                action: "DisassociateAddress",
                ids: "AddressId",
                from: &["BIND"],
                via: "UNBINDING",
                to: Some("UNBIND"),
                refused: "UnsupportedOperation.StatusNotPermit",
                not_found: "UnsupportedOperation.AddressIdNotFound",
                set: &[],
                clear: &["InstanceId", "NetworkInterfaceId", "PrivateAddressIp"],
                checks: &[],
                guards: &[],
                max: (1, "InvalidParameterValue"),
            },
            Operation {
                action: "ReleaseAddresses",
                ids: "AddressIds",
                from: &["UNBIND"],
                via: "OFFLINING",
                to: None,
                refused: "UnsupportedOperation.StatusNotPermit",
                not_found: "UnsupportedOperation.AddressIdNotFound",
                set: &[],
                clear: &[],
                checks: &[],
                guards: &[],
                max: (100, "InvalidParameterValue"),
            },
        ],
        state: Some("AddressStatus"),
        refs: &[],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreatedTime"),
        cap: Cap {
            limit: 100,
            code: "LimitExceeded.AddressQuotaLimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "image",
        prefix: "img-",
        id: "ImageId",
        create: Create {
            action: "CreateImage",
            set: &[
                ("ImageName", "ImageName"),
                ("ImageDescription", "ImageDescription"),
            ],
            tags: None,
            output: Output::Task,
            fan_out: None,
            initial: Some(("CREATING", "NORMAL")),
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeImage",
            items: "ImageSet",
            filters: &[
                f("image-id", "ImageId", Match::Exact),
                f("image-type", "ImageType", Match::Exact),
                f("instance-type", "ImageId", Match::Always),
                f("image-name", "ImageName", Match::Fuzzy),
                f("image-os", "ImageOsName", Match::Fuzzy),
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue.ParameterValueTooLarge",
            bad_page: "InvalidParameterValue.InvaildPageParam",
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyImageAttribute",
            id: ("ImageId", false),
            set: &[
                ("ImageName", "ImageName"),
                ("ImageDescription", "ImageDescription"),
            ],
            tags: None,
            lookups: &[],
            not_found: "ResourceNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteImage",
            id: ("ImageIDSet", true),
            not_found: "InvalidParameterValue.InvalidImageID",
            guards: &[],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: Some("ImageState"),
        refs: &[Ref {
            param: "InstanceId",
            list: false,
            kind: "instance",
            path: "SrcImage.InstanceId",
            not_found: "InvalidParameterValue.InvalidInstanceID",
            blocks_delete: "FailedOperation.OperationNotAllow",
            cascade: false,
            copy: &[("InstanceName", "SrcImage.InstanceName")],
        }],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("ImageCreateTime"),
        cap: Cap {
            limit: 100,
            code: "ResourceInsufficient.InvaildPrivateImageNum",
        },
        seeded: true,
    },
    Kind {
        name: "load-balancer",
        prefix: "lb-",
        id: "LoadBalancerId",
        create: Create {
            action: "CreateLoadBalancer",
            set: &[
                ("LoadBalancerName", "LoadBalancerName"),
                ("LoadBalancerType", "LoadBalancerType"),
                ("VipIsp", "VipIsp"),
                ("EcmRegion", "Region"),
            ],
            tags: Some(TagSource::Named("Tags", "Tags")),
            output: Output::Ids("LoadBalancerIds"),
            fan_out: None,
            initial: None,
            lookups: &[],
            count: Some(("Number", 20, "InvalidParameterValue.InvalidLoadBalancerNum")),
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeLoadBalancers",
            items: "LoadBalancerSet",
            ids: Some(("LoadBalancerIds", None)),
            param_filters: &[
                f("LoadBalancerName", "LoadBalancerName", Match::Exact),
                f("LoadBalancerVips", "LoadBalancerVips", Match::Exact),
                f("VpcId", "VpcId", Match::Exact),
                f("SecurityGroup", "SecurityGroups", Match::Exact),
                f("EcmRegion", "Region", Match::Exact),
            ],
            filters: &[f("tag-key", "Tags", Match::TagKey)],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            max_values: 100,
            too_many: "InvalidParameterValue.Length",
            bad_page: "InvalidParameterValue.Range",
            joins: &[
                Join {
                    param: "BackendPrivateIps",
                    kind: "listener",
                    via: "LoadBalancerId",
                    path: "Targets.PrivateIpAddresses",
                    test: JoinTest::AnyOf,
                },
                Join {
                    param: "WithBackend",
                    kind: "listener",
                    via: "LoadBalancerId",
                    path: "Targets.InstanceId",
                    test: JoinTest::Presence,
                },
            ],
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyLoadBalancerAttributes",
            id: ("LoadBalancerId", false),
            set: &[("LoadBalancerName", "LoadBalancerName")],
            tags: None,
            lookups: &[],
            not_found: "InvalidParameter.LBIdNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteLoadBalancer",
            id: ("LoadBalancerIds", true),
            not_found: "InvalidParameter.LBIdNotFound",
            guards: &[],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: None,
        refs: &[
            Ref {
                param: "VpcId",
                list: false,
                kind: "vpc",
                path: "VpcId",
                not_found: "InvalidParameterValue",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[],
            },
            Ref {
                param: "SecurityGroups",
                list: true,
                kind: "security-group",
                path: "SecurityGroups",
                not_found: "InvalidParameterValue",
                blocks_delete: "ResourceInUse",
                cascade: false,
                copy: &[],
            },
        ],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreateTime"),
        cap: Cap {
            limit: 100,
            code: "LimitExceeded.LBLimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "listener",
        prefix: "lbl-",
        id: "ListenerId",
        create: Create {
            action: "CreateListener",
            set: &[
                ("Protocol", "Protocol"),
                ("HealthCheck", "HealthCheck"),
                ("SessionExpireTime", "SessionExpireTime"),
                ("Scheduler", "Scheduler"),
                ("SessionType", "SessionType"),
            ],
            tags: None,
            output: Output::Ids("ListenerIds"),
            fan_out: Some(FanOut {
                list: "Ports",
                count: "",
                set: &[],
                zone: None,
                max_total: (50, "LimitExceeded"),
                refs: &[],
                each: Some("Port"),
                parallel: &[("ListenerNames", "ListenerName"), ("EndPorts", "EndPort")],
                numbered: false,
            }),
            initial: None,
            lookups: &[],
            count: None,
            blank: &[],
            unique: Some(Unique {
                members: &["Protocol", "Port"],
                scope: "LoadBalancerId",
                code: "FailedOperation",
            }),
            text: None,
        },
        describe: Describe {
            action: "DescribeListeners",
            items: "Listeners",
            ids: Some(("ListenerIds", None)),
            param_filters: &[
                f("LoadBalancerId", "LoadBalancerId", Match::Exact),
                f("Protocol", "Protocol", Match::Exact),
                f("Port", "Port", Match::Exact),
            ],
            unknown_filter: "InvalidParameter.FormatError",
            max_values: 100,
            too_many: "InvalidParameterValue.Length",
            default_limit: 100,
            bad_page: "InvalidParameter.FormatError",
            hide: &["LoadBalancerId", "Targets"],
            ..Describe::DEFAULTS
        },
        modify: &[Modify {
            action: "ModifyListener",
            id: ("ListenerId", false),
            set: &[
                ("ListenerName", "ListenerName"),
                ("SessionExpireTime", "SessionExpireTime"),
                ("HealthCheck", "HealthCheck"),
                ("Scheduler", "Scheduler"),
            ],
            tags: None,
            lookups: &[],
            not_found: "ResourceNotFound",
        }],
        delete: Some(Delete {
            action: "DeleteListener",
            id: ("ListenerId", false),
            not_found: "ResourceNotFound",
            guards: &[],
            scope: Some(("LoadBalancerId", "LoadBalancerId")),
        }),
        more_deletes: &[Delete {
            action: "DeleteLoadBalancerListeners",
            id: ("ListenerIds", true),
            not_found: "InvalidParameter.FormatError",
            guards: &[],
            scope: Some(("LoadBalancerId", "LoadBalancerId")),
        }],
        operations: &[],
        state: None,
        refs: &[Ref {
            param: "LoadBalancerId",
            list: false,
            kind: "load-balancer",
            path: "LoadBalancerId",
            not_found: "ResourceNotFound",
            blocks_delete: "FailedOperation",
            cascade: true,
            copy: &[],
        }],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreateTime"),
        cap: Cap {
            limit: 500,
            code: "LimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "snapshot",
        prefix: "snap-",
        id: "SnapshotId",
        // ECM documents no action that creates snapshots: every account starts with the ones
        // DescribeSnapshots' example lists, which can be described and deleted.
        create: Create {
            action: "",
            set: &[],
            tags: None,
            output: Output::Ids("SnapshotIds"),
            fan_out: None,
            initial: None,
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: None,
        },
        describe: Describe {
            action: "DescribeSnapshots",
            items: "SnapshotSet",
            ids: Some(("SnapshotIds", Some("InvalidParameterValue"))),
            filters: &[
                f("snapshot-id", "SnapshotId", Match::Exact),
                f("snapshot-name", "SnapshotName", Match::Exact),
                f("snapshot-state", "SnapshotState", Match::Exact),
                f("disk-usage", "DiskUsage", Match::Exact),
                f("project-id", "Placement.ProjectId", Match::Exact),
                f("disk-id", "DiskId", Match::Exact),
                f("zone", "Placement.Zone", Match::Exact),
                f("encrypt", "Encrypt", Match::Exact),
                f("snapshot-type", "SnapshotType", Match::Exact),
            ],
            unknown_filter: "InvalidParameterValue.InvalidFilter",
            too_many: "InvalidParameterValue",
            bad_page: "InvalidParameterValue",
            ..Describe::DEFAULTS
        },
        modify: &[],
        delete: Some(Delete {
            action: "DeleteSnapshots",
            id: ("SnapshotIds", true),
            not_found: "InvalidParameterValue.InvalidSnapshotId",
            guards: &[Guard {
                path: "Images",
                expect: Expect::Empty,
                code: "UnsupportedOperation.SnapshotHasBindedImage",
            }],
            scope: None,
        }),
        more_deletes: &[],
        operations: &[],
        state: Some("SnapshotState"),
        refs: &[],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreateTime"),
        cap: Cap {
            limit: 100,
            code: "LimitExceeded",
        },
        seeded: true,
    },
    Kind {
        name: "key-pair",
        prefix: "skey-",
        id: "KeyId",
        // ECM documents no action that describes key pairs: CreateKeyPair answers the pair,
        // RunInstances' `KeyIds` must name created ones.
        create: Create {
            action: "CreateKeyPair",
            set: &[("KeyName", "KeyName")],
            tags: None,
            output: Output::Item("KeyPair"),
            fan_out: None,
            initial: None,
            lookups: &[],
            count: None,
            blank: &[],
            unique: None,
            text: Some(TextRule {
                param: "KeyName",
                max: 25,
                word: true,
                code: "InvalidParameterValue.InvalidKeyPairName",
            }),
        },
        describe: Describe::NONE,
        modify: &[],
        delete: None,
        more_deletes: &[],
        operations: &[],
        state: None,
        refs: &[],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: None,
        cap: Cap {
            limit: 100,
            code: "InvalidParameterValue.LimitExceeded",
        },
        seeded: false,
    },
    Kind {
        name: "image-import",
        prefix: "",
        id: "TaskId",
        // ImportImage answers nothing but the request id; DescribeCustomImageTask finds the
        // task by the image's id. The docs give the import no name: the task's `ImageName` is
        // the imported image's id.
        create: Create {
            action: "ImportImage",
            set: &[
                ("ImageId", "ImageId"),
                ("ImageId", "ImageName"),
                ("ImageDescription", "ImageDescription"),
                ("SourceRegion", "SourceRegion"),
            ],
            tags: None,
            output: Output::Nothing,
            fan_out: None,
            initial: Some(("PROCESSING", "SUCCESS")),
            lookups: &[],
            count: None,
            blank: &["Message"],
            unique: Some(Unique {
                members: &["ImageId"],
                scope: "",
                code: "InvalidParameterValue.ImageDuplicate",
            }),
            text: None,
        },
        describe: Describe {
            action: "DescribeCustomImageTask",
            items: "ImageTaskSet",
            filters: &[
                f("task-id", "TaskId", Match::Exact),
                f("image-id", "ImageId", Match::Exact),
                f("image-name", "ImageName", Match::Exact),
            ],
            unknown_filter: "InvalidParameterValue",
            too_many: "InvalidParameterValue",
            bad_page: "InvalidParameterValue",
            hide: &["TaskId", "ImageId", "ImageDescription", "SourceRegion"],
            ..Describe::DEFAULTS
        },
        modify: &[],
        delete: None,
        more_deletes: &[],
        operations: &[],
        state: Some("State"),
        refs: &[],
        counts: &[],
        views: &[],
        cidr: None,
        created_at: Some("CreateTime"),
        cap: Cap {
            limit: 100,
            code: "ResourceInsufficient.InvaildPrivateImageNum",
        },
        seeded: false,
    },
];

/// Ordered rule lists a resource owns (a security group's policies): described, added to,
/// deleted from, replaced by index and replaced wholesale, with a version that changes on
/// every change.
#[derive(Debug)]
pub(crate) struct RuleSet {
    /// The owning kind and the parameter naming the owner.
    pub(crate) owner: &'static str,
    pub(crate) owner_param: &'static str,
    /// The parameter and output member holding `{Version, <lists>…}`.
    pub(crate) member: &'static str,
    pub(crate) lists: &'static [&'static str],
    pub(crate) index: &'static str,
    /// Members compared to find duplicates and the rules a delete names.
    pub(crate) identity: &'static [&'static str],
    pub(crate) describe: &'static str,
    pub(crate) add: &'static str,
    pub(crate) delete: &'static str,
    pub(crate) replace: &'static str,
    pub(crate) set: &'static str,
    pub(crate) not_found: &'static str,
    pub(crate) version_mismatch: &'static str,
    pub(crate) duplicate: &'static str,
    /// Most rules per list, and the code beyond (documented by the add action).
    pub(crate) cap: (usize, &'static str),
}

/// The rule lists.
pub(crate) const RULE_SETS: &[RuleSet] = &[RuleSet {
    owner: "security-group",
    owner_param: "SecurityGroupId",
    member: "SecurityGroupPolicySet",
    lists: &["Egress", "Ingress"],
    index: "PolicyIndex",
    identity: &[
        "Protocol",
        "Port",
        "CidrBlock",
        "Ipv6CidrBlock",
        "SecurityGroupId",
        "Action",
    ],
    describe: "DescribeSecurityGroupPolicies",
    add: "CreateSecurityGroupPolicies",
    delete: "DeleteSecurityGroupPolicies",
    replace: "ReplaceSecurityGroupPolicy",
    set: "ModifySecurityGroupPolicies",
    not_found: "ResourceNotFound",
    version_mismatch: "UnsupportedOperation.VersionMismatch",
    duplicate: "UnsupportedOperation.DuplicatePolicy",
    cap: (100, "LimitExceeded.SecurityGroupPolicySet"),
}];

/// Lists of elements a resource's item carries and its own actions change: a route table's
/// routes, an ENI's private IPv4 and IPv6 addresses. The list starts empty on a new owner.
#[derive(Debug)]
pub(crate) struct MemberList {
    /// Short name of an element, used in messages.
    pub(crate) name: &'static str,
    /// The owning kind, and the item path of the list.
    pub(crate) owner: &'static str,
    pub(crate) path: &'static str,
    /// Member groups a request may name an element by, in order (`RouteId` or `RouteItemId`;
    /// a target's `InstanceId` and `Port` together); a bare value (`RouteIds: [678]`) is
    /// compared with the first group's first member. The member `""` is the element itself
    /// (an instance's key ids are bare strings).
    pub(crate) keys: &'static [&'static [&'static str]],
    /// The element's address or block: unique among the elements in scope (unused with
    /// [`Addressing::Key`]).
    pub(crate) address: &'static str,
    /// Members naming other resources, which must exist; some of their values are copied.
    pub(crate) refs: &'static [ElementRef],
    /// What the address is, which decides its checks and how missing ones are assigned.
    pub(crate) addressing: Addressing,
    /// Members the model assigns to each new element.
    pub(crate) generated: &'static [(&'static str, Generate)],
    /// Members a new element gets unless the request gives them.
    pub(crate) defaults: &'static [(&'static str, Constant)],
    /// Elements whose member of this name is `true` cannot be removed or moved (an ENI's
    /// primary address).
    pub(crate) fixed: Option<&'static str>,
    /// Most elements per owner.
    pub(crate) cap: usize,
    pub(crate) actions: &'static [MemberAction],
    /// The owner's create action adds elements too (an [`MemberOp::Add`] whose parameters are
    /// the create action's): at least one, the first of them `fixed`.
    pub(crate) on_create: Option<MemberAction>,
}

/// What a member list's address is.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Addressing {
    /// A destination IPv4 block (`192.168.0.0/16`), unique within its owner, which must not
    /// overlap the block of the resource the owner refers to: (owner's path of the reference,
    /// the referenced kind, its block's path).
    Block {
        disjoint: (&'static str, &'static str, &'static str),
    },
    /// An IPv4 address within the block of the resource the owner refers to (an ENI's subnet),
    /// unique among the owners sharing that reference; free ones are assigned in order.
    Ipv4 {
        within: (&'static str, &'static str, &'static str),
    },
    /// An IPv6 address, unique in the account; free ones are assigned from the emulator's
    /// documentation prefix (`2001:db8::/32`).
    Ipv6,
    /// No address: the first key group is unique within the owner (a target's instance and
    /// port).
    Key,
}

/// A member of an element naming another resource (a target's instance).
#[derive(Debug)]
pub(crate) struct ElementRef {
    pub(crate) member: &'static str,
    pub(crate) kind: &'static str,
    /// The referenced resource's member at `.0` must equal the owner's at `.1` (a subnet in
    /// its route table's VPC), else the action's `conflict` code.
    pub(crate) same: Option<(&'static str, &'static str)>,
    /// Values copied from the referenced resource: (its path, the element's member).
    pub(crate) copy: &'static [(&'static str, &'static str)],
}

/// Where a member-list action finds the owner.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Owner {
    /// This parameter (`RouteTableId`).
    Param(&'static str),
    /// This member of each element (BatchRegisterTargets' `Targets[].ListenerId`).
    PerElement(&'static str),
    /// This member of each element, whose `list` member holds the elements
    /// (BatchModifyTargetWeight's `ModifyList[].{ListenerId, Targets}`).
    Nested {
        member: &'static str,
        list: &'static str,
    },
    /// None: the action lists owners ([`MemberOp::List`]).
    Listed,
    /// Each owner this list parameter names, with the same elements (the instances
    /// DisassociateInstancesKeyPairs names).
    Each(&'static str),
}

/// A member the model assigns.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Generate {
    /// A number unique in the account (a route's `RouteId`).
    Serial,
    /// An id with this prefix (a route's `RouteItemId`, `rti-`).
    Id(&'static str),
    /// The model time (`YYYY-MM-DD hh:mm:ss`, a target's `RegisteredTime`).
    Now,
}

/// A constant member value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Constant {
    Bool(bool),
    Number(u64),
    Text(&'static str),
    EmptyList,
}

/// What a member-list action does.
#[derive(Debug, Clone, Copy)]
pub(crate) enum MemberOp {
    /// Adds the elements the parameter lists, and as many assigned ones as `count` says.
    Add { count: Option<&'static str> },
    /// Removes the named elements.
    Remove,
    /// Changes the named elements' members to the given ones; an element without the
    /// member `fallback.1` takes the parameter `fallback.0` (ModifyTargetWeight's `Weight`).
    Update {
        fallback: Option<(&'static str, &'static str)>,
    },
    /// Sets a member of the named elements to a parameter's value (ModifyTargetPort's
    /// `NewPort` → `Port`).
    Assign(&'static str, &'static str),
    /// Lists owners projected to `members` (with the list), under `items`: those the
    /// `filters` select ((parameter, owner path); a list parameter matches any of its values).
    List {
        items: &'static str,
        members: &'static [&'static str],
        filters: &'static [(&'static str, &'static str)],
    },
    /// Replaces the whole list (and records `rename` parameter → owner path, if given).
    Reset {
        rename: Option<(&'static str, &'static str)>,
    },
    /// [`Add`](MemberOp::Add) (without a count) or [`Remove`](MemberOp::Remove), as the
    /// parameter `param` says (SetSecurityGroupForLoadbalancers' `OperationType` ADD / DEL).
    Switch {
        param: &'static str,
        add: &'static str,
        remove: &'static str,
    },
    /// Sets a member of the named elements (a route's `Enabled`).
    Flag(&'static str, bool),
    /// Moves the named element from the owner to the owner this parameter names.
    Move { to: &'static str },
    /// Makes the element `{key: <the parameter key>, owner: <the owner's id>}` the owner's,
    /// taking it from whichever owner had it (a subnet's route table association).
    Claim {
        key: &'static str,
        owner: &'static str,
    },
    /// Lists, for each block the parameter gives, the elements overlapping it, under
    /// `RouteConflictSet`-like output `(list, block member, elements member)`.
    Conflicts {
        output: (&'static str, &'static str, &'static str),
    },
}

/// How a member-list action answers.
#[derive(Debug, Clone, Copy)]
pub(crate) enum MemberOutput {
    /// Nothing but the request id (and a task, if the action documents one).
    Empty,
    /// An empty list under this member (BatchRegisterTargets' `FailListenerIdSet`: the model
    /// refuses the whole request rather than failing some listeners).
    EmptyList(&'static str),
    /// The added elements under this member.
    Added(&'static str),
    /// The owner as its Describe action prints it, under (list, count).
    Owner(&'static str, &'static str),
}

/// One action on a member list.
#[derive(Debug)]
pub(crate) struct MemberAction {
    pub(crate) action: &'static str,
    pub(crate) op: MemberOp,
    pub(crate) owner: Owner,
    /// The owner must have this parameter's value at this path (a listener's load balancer).
    pub(crate) scope: Option<(&'static str, &'static str)>,
    /// The parameter listing elements (objects, or bare keys).
    pub(crate) elements: &'static str,
    pub(crate) output: MemberOutput,
    /// Unknown owner (or element, without `missing`).
    pub(crate) not_found: &'static str,
    /// Unknown element.
    pub(crate) missing: Option<&'static str>,
    /// An element naming a resource that does not exist.
    pub(crate) unknown_ref: Option<&'static str>,
    /// A malformed address, or an element the model cannot accept as given.
    pub(crate) malformed: &'static str,
    /// An address already in use.
    pub(crate) duplicate: Option<&'static str>,
    /// A block overlapping the owner's reference's block, or an address outside it.
    pub(crate) conflict: Option<&'static str>,
    /// Beyond the list's cap, or more than 10 elements at once where the docs say so.
    pub(crate) cap: Option<&'static str>,
    /// Removing or moving a fixed element; the owner in a state other than `ready`.
    pub(crate) refused: Option<&'static str>,
}

const ROUTE_DEFAULTS: &[(&str, Constant)] = &[
    ("GatewayType", Constant::Text("NORMAL_CVM")),
    ("GatewayId", Constant::Text("")),
    ("RouteDescription", Constant::Text("")),
    ("Enabled", Constant::Bool(true)),
    ("RouteType", Constant::Text("USER")),
];

const fn route_action(
    action: &'static str,
    op: MemberOp,
    elements: &'static str,
    output: MemberOutput,
) -> MemberAction {
    MemberAction {
        action,
        op,
        owner: Owner::Param("RouteTableId"),
        scope: None,
        elements,
        output,
        not_found: "ResourceNotFound",
        missing: None,
        unknown_ref: None,
        malformed: "InvalidParameterValue.Malformed",
        duplicate: Some("InvalidParameterValue.Duplicate"),
        conflict: Some("InvalidParameterValue.VpcCidrConflict"),
        cap: Some("LimitExceeded"),
        refused: None,
    }
}

const fn eni_action(
    action: &'static str,
    op: MemberOp,
    owner: &'static str,
    elements: &'static str,
    output: MemberOutput,
) -> MemberAction {
    MemberAction {
        action,
        op,
        owner: Owner::Param(owner),
        scope: None,
        elements,
        output,
        not_found: "ResourceNotFound",
        missing: None,
        unknown_ref: None,
        malformed: "InvalidParameterValue.Malformed",
        duplicate: None,
        conflict: None,
        cap: None,
        refused: None,
    }
}

/// The member lists.
pub(crate) const MEMBER_LISTS: &[MemberList] = &[
    MemberList {
        name: "route",
        owner: "route-table",
        path: "RouteSet",
        keys: &[&["RouteId"], &["RouteItemId"]],
        refs: &[],
        address: "DestinationCidrBlock",
        addressing: Addressing::Block {
            disjoint: ("VpcId", "vpc", "CidrBlock"),
        },
        generated: &[
            ("RouteId", Generate::Serial),
            ("RouteItemId", Generate::Id("rti-")),
        ],
        defaults: ROUTE_DEFAULTS,
        fixed: None,
        cap: 200,
        on_create: None,
        actions: &[
            route_action(
                "CreateRoutes",
                MemberOp::Add { count: None },
                "Routes",
                MemberOutput::Owner("RouteTableSet", "TotalCount"),
            ),
            MemberAction {
                duplicate: None,
                conflict: None,
                cap: None,
                malformed: "InvalidParameter.InvalidDataFormat",
                ..route_action(
                    "DeleteRoutes",
                    MemberOp::Remove,
                    "Routes",
                    MemberOutput::Empty,
                )
            },
            route_action(
                "ReplaceRoutes",
                MemberOp::Update { fallback: None },
                "Routes",
                MemberOutput::Empty,
            ),
            MemberAction {
                malformed: "InvalidParameterValue",
                not_found: "InvalidParameterValue",
                ..route_action(
                    "ResetRoutes",
                    MemberOp::Reset {
                        rename: Some(("RouteTableName", "RouteTableName")),
                    },
                    "Routes",
                    MemberOutput::Empty,
                )
            },
            MemberAction {
                duplicate: None,
                conflict: None,
                cap: None,
                ..route_action(
                    "EnableRoutes",
                    MemberOp::Flag("Enabled", true),
                    "RouteIds",
                    MemberOutput::Empty,
                )
            },
            MemberAction {
                duplicate: None,
                conflict: None,
                cap: None,
                ..route_action(
                    "DisableRoutes",
                    MemberOp::Flag("Enabled", false),
                    "RouteIds",
                    MemberOutput::Empty,
                )
            },
            MemberAction {
                duplicate: None,
                conflict: None,
                cap: None,
                ..route_action(
                    "DescribeRouteConflicts",
                    MemberOp::Conflicts {
                        output: ("RouteConflictSet", "DestinationCidrBlock", "ConflictSet"),
                    },
                    "DestinationCidrBlocks",
                    MemberOutput::Empty,
                )
            },
        ],
    },
    MemberList {
        name: "private IP",
        owner: "network-interface",
        path: "PrivateIpAddressSet",
        keys: &[&["PrivateIpAddress"]],
        refs: &[],
        address: "PrivateIpAddress",
        addressing: Addressing::Ipv4 {
            within: ("SubnetId", "subnet", "CidrBlock"),
        },
        generated: &[],
        defaults: &[
            ("Primary", Constant::Bool(false)),
            ("PublicIpAddress", Constant::Text("")),
            ("AddressId", Constant::Text("")),
            ("Description", Constant::Text("")),
            ("IsWanIpBlocked", Constant::Bool(false)),
            ("State", Constant::Text("AVAILABLE")),
        ],
        fixed: Some("Primary"),
        cap: 20,
        on_create: Some(MemberAction {
            duplicate: Some("ResourceInUse"),
            conflict: Some("InvalidParameterValue.Range"),
            cap: Some("InvalidParameterValue.LimitExceeded"),
            ..eni_action(
                "CreateNetworkInterface",
                MemberOp::Add {
                    count: Some("SecondaryPrivateIpAddressCount"),
                },
                "NetworkInterfaceId",
                "PrivateIpAddresses",
                MemberOutput::Empty,
            )
        }),
        actions: &[
            MemberAction {
                duplicate: Some("ResourceInUse"),
                conflict: Some("InvalidParameterValue.Range"),
                cap: Some("LimitExceeded.PrivateIPQuotaLimitExceeded"),
                ..eni_action(
                    "AssignPrivateIpAddresses",
                    MemberOp::Add {
                        count: Some("SecondaryPrivateIpAddressCount"),
                    },
                    "NetworkInterfaceId",
                    "PrivateIpAddresses",
                    MemberOutput::Added("PrivateIpAddressSet"),
                )
            },
            MemberAction {
                refused: Some("UnsupportedOperation"),
                ..eni_action(
                    "RemovePrivateIpAddresses",
                    MemberOp::Remove,
                    "NetworkInterfaceId",
                    "PrivateIpAddresses",
                    MemberOutput::Empty,
                )
            },
            eni_action(
                "ModifyPrivateIpAddressesAttribute",
                MemberOp::Update { fallback: None },
                "NetworkInterfaceId",
                "PrivateIpAddresses",
                MemberOutput::Empty,
            ),
            MemberAction {
                malformed: "InvalidParameterValue",
                refused: Some("UnsupportedOperation"),
                ..eni_action(
                    "MigratePrivateIpAddress",
                    MemberOp::Move {
                        to: "DestinationNetworkInterfaceId",
                    },
                    "SourceNetworkInterfaceId",
                    "PrivateIpAddress",
                    MemberOutput::Empty,
                )
            },
        ],
    },
    MemberList {
        name: "IPv6 address",
        owner: "network-interface",
        path: "Ipv6AddressSet",
        keys: &[&["Address"]],
        refs: &[],
        address: "Address",
        addressing: Addressing::Ipv6,
        generated: &[],
        defaults: &[
            ("AddressId", Constant::Text("")),
            ("Primary", Constant::Bool(false)),
            ("Description", Constant::Text("")),
            ("IsWanIpBlocked", Constant::Bool(false)),
            ("State", Constant::Text("AVAILABLE")),
        ],
        fixed: None,
        cap: 10,
        on_create: None,
        actions: &[
            MemberAction {
                duplicate: Some("InvalidParameterValue"),
                cap: Some("LimitExceeded.AddressQuotaLimitExceeded"),
                ..eni_action(
                    "AssignIpv6Addresses",
                    MemberOp::Add {
                        count: Some("Ipv6AddressCount"),
                    },
                    "NetworkInterfaceId",
                    "Ipv6Addresses",
                    MemberOutput::Added("Ipv6AddressSet"),
                )
            },
            eni_action(
                "ReleaseIpv6Addresses",
                MemberOp::Remove,
                "NetworkInterfaceId",
                "Ipv6Addresses",
                MemberOutput::Empty,
            ),
            eni_action(
                "ModifyIpv6AddressesAttribute",
                MemberOp::Update { fallback: None },
                "NetworkInterfaceId",
                "Ipv6Addresses",
                MemberOutput::Empty,
            ),
        ],
    },
    MemberList {
        name: "target",
        owner: "listener",
        path: "Targets",
        keys: &[&["InstanceId", "Port"]],
        address: "",
        refs: &[ElementRef {
            member: "InstanceId",
            kind: "instance",
            same: None,
            copy: &[
                ("InstanceName", "InstanceName"),
                (
                    "VirtualPrivateCloud.PrivateIpAddresses",
                    "PrivateIpAddresses",
                ),
            ],
        }],
        addressing: Addressing::Key,
        generated: &[("RegisteredTime", Generate::Now)],
        defaults: &[
            ("Weight", Constant::Number(10)),
            ("EniId", Constant::Text("")),
            ("InstanceName", Constant::Text("")),
            ("PublicIpAddresses", Constant::EmptyList),
            ("PrivateIpAddresses", Constant::EmptyList),
        ],
        fixed: None,
        cap: 100,
        on_create: None,
        actions: &[
            MemberAction {
                duplicate: Some("FailedOperation"),
                cap: Some("LimitExceeded"),
                ..target_action(
                    "BatchRegisterTargets",
                    MemberOp::Add { count: None },
                    Owner::PerElement("ListenerId"),
                    "Targets",
                    MemberOutput::EmptyList("FailListenerIdSet"),
                )
            },
            target_action(
                "BatchDeregisterTargets",
                MemberOp::Remove,
                Owner::PerElement("ListenerId"),
                "Targets",
                MemberOutput::EmptyList("FailListenerIdSet"),
            ),
            MemberAction {
                not_found: "ResourceNotFound",
                ..target_action(
                    "ModifyTargetWeight",
                    MemberOp::Update {
                        fallback: Some(("Weight", "Weight")),
                    },
                    Owner::Param("ListenerId"),
                    "Targets",
                    MemberOutput::Empty,
                )
            },
            MemberAction {
                not_found: "ResourceNotFound",
                ..target_action(
                    "ModifyTargetPort",
                    MemberOp::Assign("NewPort", "Port"),
                    Owner::Param("ListenerId"),
                    "Targets",
                    MemberOutput::Empty,
                )
            },
            MemberAction {
                not_found: "ResourceNotFound",
                ..target_action(
                    "BatchModifyTargetWeight",
                    MemberOp::Update { fallback: None },
                    Owner::Nested {
                        member: "ListenerId",
                        list: "Targets",
                    },
                    "ModifyList",
                    MemberOutput::Empty,
                )
            },
            MemberAction {
                not_found: "ResourceNotFound",
                ..target_action(
                    "DescribeTargets",
                    MemberOp::List {
                        items: "Listeners",
                        members: &["ListenerId", "Protocol", "Port", "Targets"],
                        filters: &[
                            ("LoadBalancerId", "LoadBalancerId"),
                            ("ListenerIds", "ListenerId"),
                            ("Port", "Port"),
                        ],
                    },
                    Owner::Listed,
                    "",
                    MemberOutput::Empty,
                )
            },
        ],
    },
    MemberList {
        name: "subnet association",
        owner: "route-table",
        path: "AssociationSet",
        keys: &[&["SubnetId"]],
        address: "",
        refs: &[ElementRef {
            member: "SubnetId",
            kind: "subnet",
            same: Some(("VpcId", "VpcId")),
            copy: &[],
        }],
        addressing: Addressing::Key,
        generated: &[],
        defaults: &[],
        fixed: None,
        cap: 200,
        on_create: None,
        actions: &[MemberAction {
            unknown_ref: Some("ResourceNotFound"),
            conflict: Some("UnsupportedOperation.VpcMismatch"),
            ..eni_action(
                "ReplaceRouteTableAssociation",
                MemberOp::Claim {
                    key: "SubnetId",
                    owner: "RouteTableId",
                },
                "RouteTableId",
                "SubnetId",
                MemberOutput::Empty,
            )
        }],
    },
    MemberList {
        name: "key pair",
        owner: "instance",
        path: "KeyIds",
        keys: &[&[""]],
        address: "",
        refs: &[],
        addressing: Addressing::Key,
        generated: &[],
        defaults: &[],
        fixed: None,
        cap: 100,
        on_create: None,
        actions: &[MemberAction {
            action: "DisassociateInstancesKeyPairs",
            op: MemberOp::Remove,
            owner: Owner::Each("InstanceIds"),
            scope: None,
            elements: "KeyIds",
            output: MemberOutput::Empty,
            not_found: "InvalidParameterValue",
            missing: Some("InvalidParameterValue.InvalidKeyPairId"),
            unknown_ref: None,
            malformed: "InvalidParameterValue",
            duplicate: None,
            conflict: None,
            cap: None,
            refused: None,
        }],
    },
    MemberList {
        name: "security group",
        owner: "instance",
        path: "SecurityGroupIds",
        keys: &[&[""]],
        address: "",
        refs: &[ElementRef {
            member: "",
            kind: "security-group",
            same: None,
            copy: &[],
        }],
        addressing: Addressing::Key,
        generated: &[],
        defaults: &[],
        fixed: None,
        cap: 5,
        on_create: None,
        actions: &[
            MemberAction {
                action: "AssociateSecurityGroups",
                op: MemberOp::Add { count: None },
                owner: Owner::Each("InstanceIds"),
                scope: None,
                elements: "SecurityGroupIds",
                output: MemberOutput::Empty,
                not_found: "InvalidParameterValue.InvalidInstanceID",
                missing: None,
                unknown_ref: Some("InvalidParameterValue"),
                malformed: "InvalidParameter.InvalidDataFormat",
                duplicate: Some("InvalidParameterValue"),
                conflict: None,
                cap: Some("LimitExceeded.SecurityGroupInstanceLimitExceeded"),
                refused: None,
            },
            MemberAction {
                action: "DisassociateSecurityGroups",
                op: MemberOp::Remove,
                owner: Owner::Each("InstanceIds"),
                scope: None,
                elements: "SecurityGroupIds",
                output: MemberOutput::Empty,
                not_found: "InvalidParameterValue.InvalidInstanceID",
                missing: Some("InvalidParameter.InvalidDataFormat"),
                unknown_ref: None,
                malformed: "InvalidParameter.InvalidDataFormat",
                duplicate: None,
                conflict: None,
                cap: None,
                refused: None,
            },
        ],
    },
    MemberList {
        name: "security group",
        owner: "load-balancer",
        path: "SecurityGroups",
        keys: &[&[""]],
        address: "",
        refs: &[ElementRef {
            member: "",
            kind: "security-group",
            same: None,
            copy: &[],
        }],
        addressing: Addressing::Key,
        generated: &[],
        defaults: &[],
        fixed: None,
        cap: 5,
        on_create: None,
        actions: &[
            MemberAction {
                action: "SetLoadBalancerSecurityGroups",
                op: MemberOp::Reset { rename: None },
                owner: Owner::Param("LoadBalancerId"),
                scope: None,
                elements: "SecurityGroups",
                output: MemberOutput::Empty,
                not_found: "InvalidParameter",
                missing: None,
                unknown_ref: Some("InvalidParameterValue"),
                malformed: "InvalidParameter.FormatError",
                duplicate: Some("InvalidParameterValue"),
                conflict: None,
                cap: Some("InvalidParameterValue.Length"),
                refused: None,
            },
            MemberAction {
                action: "SetSecurityGroupForLoadbalancers",
                op: MemberOp::Switch {
                    param: "OperationType",
                    add: "ADD",
                    remove: "DEL",
                },
                owner: Owner::Each("LoadBalancerIds"),
                scope: None,
                elements: "SecurityGroup",
                output: MemberOutput::Empty,
                not_found: "InvalidParameter.LBIdNotFound",
                missing: Some("InvalidParameterValue"),
                unknown_ref: Some("InvalidParameterValue"),
                malformed: "InvalidParameter.FormatError",
                duplicate: Some("InvalidParameterValue"),
                conflict: None,
                cap: Some("InvalidParameterValue.Length"),
                refused: None,
            },
        ],
    },
    MemberList {
        name: "security group",
        owner: "module",
        path: "Module.SecurityGroupIds",
        keys: &[&[""]],
        address: "",
        refs: &[ElementRef {
            member: "",
            kind: "security-group",
            same: None,
            copy: &[],
        }],
        addressing: Addressing::Key,
        generated: &[],
        defaults: &[],
        fixed: None,
        cap: 5,
        on_create: None,
        actions: &[MemberAction {
            action: "ModifyModuleSecurityGroups",
            op: MemberOp::Reset { rename: None },
            owner: Owner::Param("ModuleId"),
            scope: None,
            elements: "SecurityGroupIdSet",
            output: MemberOutput::Empty,
            not_found: "InvalidParameterValue.InvalidModuleID",
            missing: None,
            unknown_ref: Some("ResourceNotFound"),
            malformed: "InvalidParameter.InvalidDataFormat",
            duplicate: Some("InvalidParameterValue.Duplicate"),
            conflict: None,
            cap: Some("LimitExceeded.ModuleSecurityGroupLimitExceeded"),
            refused: None,
        }],
    },
];

const fn target_action(
    action: &'static str,
    op: MemberOp,
    owner: Owner,
    elements: &'static str,
    output: MemberOutput,
) -> MemberAction {
    MemberAction {
        action,
        op,
        owner,
        scope: Some(("LoadBalancerId", "LoadBalancerId")),
        elements,
        output,
        not_found: "InvalidParameter.ListenerIdNotFound",
        missing: Some("ResourceNotFound"),
        unknown_ref: Some("InvalidParameter"),
        malformed: "InvalidParameter.FormatError",
        duplicate: None,
        conflict: None,
        cap: None,
        refused: None,
    }
}

/// What goes when the resource it names goes (an ENI's attachment to a terminated instance,
/// a listener's targets on it).
#[derive(Debug)]
pub(crate) struct Link {
    /// The kind holding the reference.
    pub(crate) kind: &'static str,
    pub(crate) at: LinkAt,
    /// The kind the reference names.
    pub(crate) target: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum LinkAt {
    /// The id at `path`; `clear` is set to `null` (an ENI's `Attachment`).
    Member {
        path: &'static str,
        clear: &'static str,
    },
    /// The id at `member` of the elements of the list at `list`; those elements are removed.
    Element {
        list: &'static str,
        member: &'static str,
    },
}

/// The links.
pub(crate) const LINKS: &[Link] = &[
    Link {
        kind: "network-interface",
        at: LinkAt::Member {
            path: "Attachment.InstanceId",
            clear: "Attachment",
        },
        target: "instance",
    },
    Link {
        kind: "listener",
        at: LinkAt::Element {
            list: "Targets",
            member: "InstanceId",
        },
        target: "instance",
    },
    Link {
        kind: "route-table",
        at: LinkAt::Element {
            list: "AssociationSet",
            member: "SubnetId",
        },
        target: "subnet",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use ecm_spec::Spec;

    fn documented(spec: &Spec, action: &str, code: &str) -> bool {
        let action = spec
            .action(action)
            .unwrap_or_else(|| panic!("{action} is documented"));
        action.errors.iter().any(|e| e.code == code)
            || spec.error_codes.common.iter().any(|e| e.code == code)
    }

    /// Every code the table answers with is one the answering action (or the common chapter)
    /// documents.
    #[test]
    fn every_declared_code_is_documented_by_its_action() {
        let spec = Spec::embedded().unwrap();
        let mut checked = 0;
        let mut check = |action: &str, code: &str| {
            assert!(
                documented(&spec, action, code),
                "{action} does not document {code}"
            );
            checked += 1;
        };
        for kind in KINDS {
            let create = kind.create.action;
            if spec.action(create).is_none() {
                assert!(kind.seeded, "{} has no create action", kind.name);
            } else {
                check(create, kind.cap.code);
            }
            if let Some(unique) = &kind.create.unique {
                check(create, unique.code);
            }
            if let Some(text) = &kind.create.text {
                check(create, text.code);
            }
            for lookup in kind.create.lookups {
                check(create, lookup.code);
            }
            if let Some(fan_out) = &kind.create.fan_out {
                check(create, fan_out.max_total.1);
                for reference in fan_out.refs {
                    check(create, reference.not_found);
                    let target = KINDS.iter().find(|k| k.name == reference.kind).unwrap();
                    check(
                        target.delete.as_ref().unwrap().action,
                        reference.blocks_delete,
                    );
                }
                if let Some((_, _, code)) = fan_out.zone {
                    check(create, code);
                }
            }
            for reference in kind.refs {
                check(create, reference.not_found);
                let target = KINDS.iter().find(|k| k.name == reference.kind).unwrap();
                if let Some(delete) = &target.delete {
                    check(delete.action, reference.blocks_delete);
                }
            }
            if let Some(cidr) = &kind.cidr {
                check(create, cidr.malformed);
                if let Some((_, _, code)) = cidr.within {
                    check(create, code);
                }
                if let Some((_, code)) = cidr.no_overlap {
                    check(create, code);
                }
            }
            let describe = &kind.describe;
            assert_eq!(
                describe.action.is_empty(),
                describe.items.is_empty(),
                "{}: a Describe action names its list",
                kind.name
            );
            if spec.action(describe.action).is_none() {
                assert!(
                    spec.action(create).is_some(),
                    "{} is not modelled",
                    kind.name
                );
                continue;
            }
            check(describe.action, describe.unknown_filter);
            check(describe.action, describe.too_many);
            check(describe.action, describe.bad_page);
            if let Some((_, Some(code))) = describe.ids {
                check(describe.action, code);
            }
            for modify in kind.modify {
                check(modify.action, modify.not_found);
                for lookup in modify.lookups {
                    check(modify.action, lookup.code);
                }
            }
            for view in kind.views {
                check(view.action, view.not_found);
            }
            for delete in kind.delete.iter().chain(kind.more_deletes) {
                check(delete.action, delete.not_found);
                for guard in delete.guards {
                    check(delete.action, guard.code);
                }
            }
            for operation in kind.operations {
                check(operation.action, operation.refused);
                check(operation.action, operation.not_found);
                check(operation.action, operation.max.1);
                for (_, _, code) in operation.checks {
                    check(operation.action, code);
                }
                for guard in operation.guards {
                    check(operation.action, guard.code);
                }
            }
            if let Some((_, _, code)) = kind.create.count {
                check(create, code);
            }
        }
        for rules in RULE_SETS {
            for action in [
                rules.describe,
                rules.add,
                rules.delete,
                rules.replace,
                rules.set,
            ] {
                check(action, rules.not_found);
            }
            for action in [rules.add, rules.delete, rules.replace] {
                check(action, rules.version_mismatch);
            }
            check(rules.add, rules.duplicate);
            check(rules.add, rules.cap.1);
        }
        for list in MEMBER_LISTS {
            for action in list.actions.iter().chain(&list.on_create) {
                check(action.action, action.not_found);
                check(action.action, action.malformed);
                for code in [
                    action.duplicate,
                    action.conflict,
                    action.cap,
                    action.refused,
                ]
                .into_iter()
                .flatten()
                {
                    check(action.action, code);
                }
            }
        }
        assert!(checked > 50, "{checked}");
    }

    /// The declared filters are exactly the names each Describe action's `Filters`
    /// description lists.
    #[test]
    fn declared_filters_are_the_documented_ones() {
        let spec = Spec::embedded().unwrap();
        for kind in KINDS {
            let Some(action) = spec.action(kind.describe.action) else {
                continue;
            };
            let Some(filters) = action.inputs.iter().find(|input| input.name == "Filters") else {
                assert!(kind.describe.filters.is_empty(), "{}", kind.describe.action);
                continue;
            };
            let description = &filters.description;
            let mut documented = documented_filter_names(description);
            if documented.is_empty()
                && let Some(set) = &action.filters
            {
                // Written `name - Array of String - …` (DescribeSnapshots): the spec's list.
                documented = set.filters.iter().map(|f| f.name.clone()).collect();
                documented.sort();
            }
            let mut declared: Vec<String> = kind
                .describe
                .filters
                .iter()
                .map(|f| match f.matching {
                    Match::TagValue => "tag:tag-key".to_owned(),
                    _ => f.name.to_owned(),
                })
                .collect();
            declared.sort();
            assert_eq!(declared, documented, "{}", kind.describe.action);
        }
        let instances = KINDS.iter().find(|k| k.name == "instance").unwrap();
        assert_eq!(instances.describe.filters.len(), 16);
    }

    /// Filter names as the docs print them: at the start of a line or after a sentence, a
    /// lower-case word with hyphens (or `tag:tag-key`), followed by its type.
    fn documented_filter_names(description: &str) -> Vec<String> {
        let mut names = Vec::new();
        for segment in description.split('\n').flat_map(|line| line.split(". ")) {
            let segment = segment.trim().trim_end_matches('.');
            let mut words = segment.split_whitespace();
            let (Some(name), Some(next)) = (words.next(), words.next()) else {
                continue;
            };
            let next = if next == "-" {
                words.next().unwrap_or("")
            } else {
                next
            };
            let next = next.trim_start_matches('-');
            let looks_like_name = name
                .chars()
                .all(|c| c.is_ascii_lowercase() || matches!(c, '-' | ':' | '.'))
                && name.chars().next().is_some_and(|c| c.is_ascii_lowercase());
            if looks_like_name && next.eq_ignore_ascii_case("string") {
                names.push(name.to_owned());
            }
        }
        names.sort();
        names.dedup();
        names
    }
}
