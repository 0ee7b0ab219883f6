//! The extracted spec against the documentation's own lists and the counts of
//! `spec/docs/NOTES.md` (a reader's map of the docs; every number there was counted in the
//! text, not produced by this extractor).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::extract_support::{action, data_type, docs, spec};
use ecm_spec::{Field, RegionRequirement, TypeRef};

fn all_inputs() -> impl Iterator<Item = &'static Field> {
    spec().actions.iter().flat_map(|a| &a.inputs)
}

fn all_outputs() -> impl Iterator<Item = &'static Field> {
    spec().actions.iter().flat_map(|a| &a.outputs)
}

fn all_members() -> impl Iterator<Item = &'static Field> {
    spec().data_types.iter().flat_map(|t| &t.members)
}

fn names<'a, T: 'a>(
    items: impl IntoIterator<Item = &'a T>,
    name: impl Fn(&T) -> &str,
) -> BTreeSet<String> {
    items.into_iter().map(|i| name(i).to_owned()).collect()
}

#[test]
fn actions_and_data_types_are_exactly_those_release_1_introduced() {
    let spec = spec();
    assert_eq!(spec.actions.len(), 124);
    assert_eq!(spec.data_types.len(), 99);
    let release_1 = spec
        .releases
        .iter()
        .find(|r| r.number == 1)
        .expect("Release 1");
    assert_eq!(release_1.new_actions.len(), 124);
    assert_eq!(release_1.new_data_types.len(), 99);
    assert_eq!(
        names(&spec.actions, |a| &a.name),
        release_1.new_actions.iter().cloned().collect()
    );
    assert_eq!(
        names(&spec.data_types, |t| &t.name),
        release_1.new_data_types.iter().cloned().collect()
    );
}

#[test]
fn every_data_type_has_a_hyperlink_anchor() {
    // The dump's hyperlink blocks link every referenced data type as `…/45776#Name` (spec/docs/NOTES.md, T11).
    let anchors: BTreeSet<&str> = docs()
        .lines()
        .filter(|l| l.starts_with("https://www.tencentcloud.com/document/api/1119/45776#"))
        .filter_map(|l| l.split('#').nth(1))
        .collect();
    assert_eq!(anchors.len(), 99);
    assert_eq!(
        names(&spec().data_types, |t| &t.name),
        anchors.iter().map(|a| a.to_string()).collect()
    );
}

#[test]
fn category_tables_cover_every_page_and_agree_with_the_page_headers() {
    let spec = spec();
    let expected = [
        ("Region APIs", 1),
        ("Module APIs", 11),
        ("Instance APIs", 15),
        ("Image APIs", 7),
        ("VPC APIs", 4),
        ("Subnet APIs", 6),
        ("Route Table APIs", 12),
        ("CLB APIs", 19),
        ("ENI APIs", 13),
        ("EIP APIs", 9),
        ("HAVIP APIs", 4),
        ("Other API", 8),
        ("Snapshot APIs", 2),
        ("Key APIs", 2),
        ("Security Group APIs", 11),
    ];
    let tables: Vec<(&str, usize)> = spec
        .categories
        .iter()
        .map(|c| (c.name.as_str(), c.actions.len()))
        .collect();
    assert_eq!(tables, expected);
    let listed: BTreeSet<String> = spec
        .categories
        .iter()
        .flat_map(|c| c.actions.clone())
        .collect();
    assert_eq!(listed, names(&spec.actions, |a| &a.name));
    for category in &spec.categories {
        for name in &category.actions {
            assert_eq!(action(name).category, category.name, "{name}");
        }
    }

    // Independently of the extractor: the page-header block of the first page of each category
    // prints the category above the action title (`Region APIs` / `DescribeNode` / `Last
    // updated…`); pages follow in category blocks.
    let lines: Vec<&str> = docs().lines().collect();
    let mut page_categories: Vec<(String, String)> = Vec::new();
    for window in lines.windows(3) {
        let [category, title, updated] = window else {
            continue;
        };
        if updated.starts_with("Last updated") && !category.trim().is_empty() {
            if let Some(action) = spec.action(title.trim()) {
                page_categories.push((category.trim().to_owned(), action.name.clone()));
            }
        }
    }
    assert_eq!(page_categories.len(), 15);
    let mut current = None;
    for action in &spec.actions {
        if let Some((category, _)) = page_categories.iter().find(|(_, a)| *a == action.name) {
            current = Some(category.clone());
        }
        assert_eq!(Some(&action.category), current.as_ref(), "{}", action.name);
    }
}

#[test]
fn every_page_states_the_domain_and_the_rate_limit_of_its_category_row() {
    for action in &spec().actions {
        assert_eq!(action.domain, "ecm.tencentcloudapi.com", "{}", action.name);
        assert_eq!(action.rate_limit_per_second, 20, "{}", action.name);
        assert_eq!(
            action.region,
            RegionRequirement::NotRequired,
            "{}",
            action.name
        );
        assert!(!action.description.is_empty() && !action.feature.is_empty());
    }
    assert_eq!(
        action("DetachNetworkInterface").feature,
        "Unbinds ENI from CVM instance"
    );
    assert_eq!(
        action("DescribeMonthPeakNetwork").feature,
        "Gets the monthly peak and billable inbound/outbound bandwidth values of your node"
    );
}

#[test]
fn parameter_counts_match_the_notes() {
    // spec/docs/NOTES.md, §7: 409 input params (208 required; 101 list-typed, all with `.N`), 220 output params
    // counting the 124 RequestId rows, which the spec leaves out.
    assert_eq!(all_inputs().count(), 409);
    assert_eq!(
        all_inputs().filter(|f| f.required == Some(true)).count(),
        208
    );
    assert!(all_inputs().all(|f| f.required.is_some()));
    assert_eq!(all_inputs().filter(|f| f.list).count(), 101);
    assert!(all_inputs().filter(|f| f.list).all(|f| f.ty.is_array()));
    assert_eq!(all_outputs().count(), 220 - 124);
    assert!(all_outputs().all(|f| f.required.is_none() && !f.list));
    let only_request_id = spec()
        .actions
        .iter()
        .filter(|a| a.outputs.is_empty())
        .count();
    assert_eq!(only_request_id, 63);
    let without_input: Vec<&str> = spec()
        .actions
        .iter()
        .filter(|a| a.inputs.is_empty())
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(
        without_input,
        [
            "DescribeImportImageOs",
            "DescribeSecurityGroupLimits",
            "DescribeInstanceTypeConfig",
            "DescribeConfig",
            "DescribeBaseOverview"
        ]
    );
    let largest = spec()
        .actions
        .iter()
        .max_by_key(|a| a.inputs.len())
        .unwrap();
    assert_eq!(
        (largest.name.as_str(), largest.inputs.len()),
        ("RunInstances", 21)
    );
    let with_filters = spec()
        .actions
        .iter()
        .filter(|a| a.inputs.iter().any(|f| f.name == "Filters" && f.list))
        .count();
    assert_eq!(with_filters, 17);
}

#[test]
fn member_counts_match_the_notes() {
    // spec/docs/NOTES.md, §8: 543 members; 32 types with a Required column, 67 without; largest Instance (28).
    assert_eq!(all_members().count(), 543);
    let with_required = spec()
        .data_types
        .iter()
        .filter(|t| t.members.iter().all(|m| m.required.is_some()))
        .count();
    let without_required = spec()
        .data_types
        .iter()
        .filter(|t| t.members.iter().all(|m| m.required.is_none()))
        .count();
    assert_eq!((with_required, without_required), (32, 67));
    assert!(
        all_members().all(|m| !m.list),
        "members never carry `.N` (T14)"
    );
    let largest = spec()
        .data_types
        .iter()
        .max_by_key(|t| t.members.len())
        .unwrap();
    assert_eq!(
        (largest.name.as_str(), largest.members.len()),
        ("Instance", 28)
    );
    // Required tables decided by the header, not by reachability (T13).
    for name in ["RouteTable", "SecurityGroup", "Placement"] {
        assert!(
            data_type(name).members.iter().all(|m| m.required.is_some()),
            "{name}"
        );
    }
    assert!(
        data_type("ModuleItem")
            .members
            .iter()
            .all(|m| m.required.is_none())
    );
}

#[test]
fn nullable_fields_match_the_notes() {
    // spec/docs/NOTES.md, §8: 206 fields carry the note: 2 inputs, 36 outputs, 168 members.
    let count =
        |fields: &mut dyn Iterator<Item = &'static Field>| fields.filter(|f| f.nullable).count();
    assert_eq!(
        (
            count(&mut all_inputs()),
            count(&mut all_outputs()),
            count(&mut all_members())
        ),
        (2, 36, 168)
    );
    for field in all_inputs().chain(all_outputs()).chain(all_members()) {
        assert!(
            !field.description.to_lowercase().contains("may return null"),
            "{}: {}",
            field.name,
            field.description
        );
    }
}

#[test]
fn type_spellings_match_the_histogram_of_the_notes() {
    // spec/docs/NOTES.md, §9, over all 1,172 fields including the 124 RequestId rows (String).
    let mut histogram: BTreeMap<String, usize> = BTreeMap::new();
    for field in all_inputs().chain(all_outputs()).chain(all_members()) {
        let key = match &field.ty {
            TypeRef::Primitive(p) => p.doc_name().to_owned(),
            TypeRef::Struct(_) => "<Type>".to_owned(),
            TypeRef::Array(inner) => match inner.as_ref() {
                TypeRef::Struct(_) => "Array of <Type>".to_owned(),
                other => format!("Array of {other}"),
            },
        };
        *histogram.entry(key).or_default() += 1;
    }
    let expected: BTreeMap<String, usize> = [
        ("String", 637 - 124),
        ("Integer", 209),
        ("Boolean", 44),
        ("Float", 5),
        ("Timestamp", 4),
        ("Timestamp ISO8601", 1),
        ("Array of String", 72),
        ("Array of Integer", 4),
        ("Array of <Type>", 118),
        ("<Type>", 78),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    assert_eq!(histogram, expected);
}

#[test]
fn every_named_type_resolves_and_every_data_type_is_reachable() {
    let spec = spec();
    let types: HashMap<&str, &ecm_spec::DataType> = spec
        .data_types
        .iter()
        .map(|t| (t.name.as_str(), t))
        .collect();
    for field in all_inputs().chain(all_outputs()).chain(all_members()) {
        if let Some(name) = field.ty.struct_name() {
            assert!(
                types.contains_key(name),
                "{} has unknown type {name}",
                field.name
            );
        }
    }
    // Which actions reach each type, transitively through members.
    let mut reached_by: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for action in &spec.actions {
        let mut stack: Vec<&str> = action
            .inputs
            .iter()
            .chain(&action.outputs)
            .filter_map(|f| f.ty.struct_name())
            .collect();
        let mut seen = BTreeSet::new();
        while let Some(name) = stack.pop() {
            if seen.insert(name) {
                reached_by
                    .entry(name)
                    .or_default()
                    .insert(action.name.as_str());
                stack.extend(
                    types[name]
                        .members
                        .iter()
                        .filter_map(|m| m.ty.struct_name()),
                );
            }
        }
    }
    assert_eq!(
        reached_by.len(),
        99,
        "every data type is reachable from an action"
    );
    // `Used by actions` lists exactly the reaching actions, except that it omits DescribeModule
    // for the 8 types reachable only through DescribeModule → ModuleItem → Module (spec/docs/NOTES.md, §8).
    let omitted = [
        "DataDisk",
        "Image",
        "InstanceFamilyConfig",
        "InstanceFamilyTypeConfig",
        "InstanceTypeConfig",
        "SrcImage",
        "SystemDisk",
        "Tag",
    ];
    for data_type in &spec.data_types {
        let mut used_by: BTreeSet<&str> = data_type.used_by.iter().map(String::as_str).collect();
        if omitted.contains(&data_type.name.as_str()) {
            assert!(used_by.insert("DescribeModule"), "{}", data_type.name);
        }
        assert_eq!(
            used_by,
            reached_by[data_type.name.as_str()],
            "{}",
            data_type.name
        );
    }
}

#[test]
fn examples_match_the_notes() {
    let spec = spec();
    let total: usize = spec.actions.iter().map(|a| a.examples.len()).sum();
    assert_eq!(total, 130);
    let several: Vec<(&str, usize)> = spec
        .actions
        .iter()
        .filter(|a| a.examples.len() != 1)
        .map(|a| (a.name.as_str(), a.examples.len()))
        .collect();
    assert_eq!(
        several,
        [
            ("DescribeInstances", 3),
            ("ModifyAddressAttribute", 2),
            ("DeleteSecurityGroupPolicies", 4)
        ]
    );
    let json_form: BTreeSet<&str> = spec
        .actions
        .iter()
        .filter(|a| {
            a.examples
                .iter()
                .any(|e| e.input_form == ecm_spec::ExampleInputForm::Json)
        })
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(
        json_form,
        BTreeSet::from([
            "CreateLoadBalancer",
            "ModifyHaVipAttribute",
            "DescribeHaVips",
            "DeleteHaVip",
            "CreateHaVip",
            "DisassociateInstancesKeyPairs",
            "CreateKeyPair"
        ])
    );
    for action in &spec.actions {
        for example in &action.examples {
            assert!(example.output.is_object(), "{}", action.name);
            assert!(example.input.is_object(), "{}", action.name);
            assert!(!example.title.is_empty(), "{}", action.name);
        }
    }
    let with_filters = spec
        .actions
        .iter()
        .flat_map(|a| &a.examples)
        .filter(|e| {
            e.input_params
                .iter()
                .any(|(name, _)| name.starts_with("Filters.0.Name"))
        })
        .count();
    assert_eq!(with_filters, 10);
}

#[test]
fn error_tables_match_the_notes() {
    let spec = spec();
    let rows: usize = spec.actions.iter().map(|a| a.errors.len()).sum();
    assert_eq!(rows, 1155);
    let distinct: BTreeSet<&str> = spec
        .actions
        .iter()
        .flat_map(|a| &a.errors)
        .map(|e| e.code.as_str())
        .collect();
    assert_eq!(distinct.len(), 175);
    let smallest = spec.actions.iter().min_by_key(|a| a.errors.len()).unwrap();
    let largest = spec.actions.iter().max_by_key(|a| a.errors.len()).unwrap();
    assert_eq!(
        (smallest.name.as_str(), smallest.errors.len()),
        ("DescribeImportImageOs", 1)
    );
    assert_eq!(
        (largest.name.as_str(), largest.errors.len()),
        ("RunInstances", 60)
    );

    assert_eq!(spec.error_codes.common.len(), 38);
    assert_eq!(spec.error_codes.service.len(), 164);
    let common: BTreeSet<&str> = spec
        .error_codes
        .common
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let service: BTreeSet<&str> = spec
        .error_codes
        .service
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    assert!(common.is_disjoint(&service));
    for code in &distinct {
        assert!(common.contains(code) || service.contains(code), "{code}");
    }
    assert!(
        service.is_subset(&distinct),
        "every service code is used by an action"
    );
    let common_in_tables: BTreeSet<&str> = distinct.intersection(&common).copied().collect();
    assert_eq!(
        common_in_tables,
        BTreeSet::from([
            "AuthFailure.UnauthorizedOperation",
            "FailedOperation",
            "InternalError",
            "InvalidParameter",
            "InvalidParameterValue",
            "LimitExceeded",
            "MissingParameter",
            "ResourceInUse",
            "ResourceInsufficient",
            "ResourceNotFound",
            "UnsupportedOperation"
        ])
    );
    // The 12 codes only the Error Codes chapter lists (spec/docs/NOTES.md, §6).
    for code in [
        "ActionOffline",
        "AuthFailure.InvalidAuthorization",
        "InvalidRequest",
        "IpInBlacklist",
        "IpNotInWhitelist",
        "NoSuchProduct",
        "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        "RequestLimitExceeded.IPLimitExceeded",
        "RequestLimitExceeded.UinLimitExceeded",
        "RequestSizeLimitExceeded",
        "ResponseSizeLimitExceeded",
        "ServiceUnavailable",
    ] {
        assert!(common.contains(code), "{code}");
    }
    // No description anywhere for exactly three codes (T22).
    let empty: Vec<&str> = spec
        .all_error_codes()
        .filter(|c| c.description.is_empty())
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(
        empty,
        [
            "InvalidParameterValue.SubnetNotExist",
            "ResourceInsufficient.PrivateIPQuotaNotEnough",
            "ResourcesSoldOut.SpecifiedInstanceType"
        ]
    );
}

#[test]
fn truncated_error_descriptions_are_completed_from_action_tables() {
    let description = |code: &str| {
        spec()
            .all_error_codes()
            .find(|c| c.code == code)
            .map(|c| c.description.as_str())
            .unwrap()
    };
    // Error Codes chapter, line 34318: `…cannot be performed in the cu` / `status.`
    assert_eq!(
        description("FailedOperation.InvalidStatus"),
        "This operation cannot be performed in the current status."
    );
    // Line 34635: `…a subnet can` / `be deleted.` — the cut inverted the meaning.
    assert_eq!(
        description("UnsupportedOperation.DelRouteWithSubnet"),
        "The route table associated with a subnet cannot be deleted."
    );
    // Line 34679: the description repeats the code, truncated.
    assert_eq!(
        description("UnsupportedOperation.SnapshotHasBindedImage"),
        "UnsupportedOperation.SnapshotHasBindedImage"
    );
    // The Error Codes chapter's longer text wins over the Responses chapter's.
    assert!(
        description("AuthFailure.SecretIdNotFound").starts_with("Key does not exist. Check if")
    );
}

#[test]
fn service_facts_match_the_request_structure_chapter() {
    let service = &spec().service;
    assert_eq!(service.name, "ecm");
    assert_eq!(service.version, "2019-07-19");
    assert_eq!(service.default_domain, "ecm.tencentcloudapi.com");
    // spec/docs/NOTES.md, §4, lines 1112-1154.
    let regions: Vec<(&str, Option<&str>, &str)> = service
        .regions
        .iter()
        .map(|r| (r.name.as_str(), r.region.as_deref(), r.domain.as_str()))
        .collect();
    assert_eq!(
        regions,
        [
            (
                "Local access region (recommended, only for non-financial availability zones)",
                None,
                "ecm.tencentcloudapi.com"
            ),
            (
                "South China (Guangzhou)",
                Some("ap-guangzhou"),
                "ecm.ap-guangzhou.tencentcloudapi.com"
            ),
            (
                "East China (Shanghai)",
                Some("ap-shanghai"),
                "ecm.ap-shanghai.tencentcloudapi.com"
            ),
            (
                "North China (Beijing)",
                Some("ap-beijing"),
                "ecm.ap-beijing.tencentcloudapi.com"
            ),
            (
                "Southwest China (Chengdu)",
                Some("ap-chengdu"),
                "ecm.ap-chengdu.tencentcloudapi.com"
            ),
            (
                "Southwest China (Chongqing)",
                Some("ap-chongqing"),
                "ecm.ap-chongqing.tencentcloudapi.com"
            ),
            (
                "Hong Kong, Macao, Taiwan (Hong Kong, China)",
                Some("ap-hongkong"),
                "ecm.ap-hongkong.tencentcloudapi.com"
            ),
            (
                "Southeast Asia (Singapore)",
                Some("ap-singapore"),
                "ecm.ap-singapore.tencentcloudapi.com"
            ),
            (
                "Southeast Asia (Bangkok)",
                Some("ap-bangkok"),
                "ecm.ap-bangkok.tencentcloudapi.com"
            ),
            (
                "South Asia (Mumbai)",
                Some("ap-mumbai"),
                "ecm.ap-mumbai.tencentcloudapi.com"
            ),
            (
                "Northeast Asia (Seoul)",
                Some("ap-seoul"),
                "ecm.ap-seoul.tencentcloudapi.com"
            ),
            (
                "Northeast Asia (Tokyo)",
                Some("ap-tokyo"),
                "ecm.ap-tokyo.tencentcloudapi.com"
            ),
            (
                "U.S. East Coast (Virginia)",
                Some("na-ashburn"),
                "ecm.na-ashburn.tencentcloudapi.com"
            ),
            (
                "U.S. West Coast (Silicon Valley)",
                Some("na-siliconvalley"),
                "ecm.na-siliconvalley.tencentcloudapi.com"
            ),
            (
                "North America (Toronto)",
                Some("na-toronto"),
                "ecm.na-toronto.tencentcloudapi.com"
            ),
            (
                "Europe (Frankfurt)",
                Some("eu-frankfurt"),
                "ecm.eu-frankfurt.tencentcloudapi.com"
            ),
        ]
    );
    assert_eq!(service.protocols, ["HTTPS"]);
    let methods: Vec<(&str, bool)> = service
        .http_methods
        .iter()
        .map(|m| (m.method.as_str(), m.recommended))
        .collect();
    assert_eq!(methods, [("POST", true), ("GET", false)]);
    let content_types: Vec<(&str, Vec<&str>, bool, bool)> = service
        .content_types
        .iter()
        .map(|c| {
            (
                c.media_type.as_str(),
                c.signature_methods.iter().map(String::as_str).collect(),
                c.recommended,
                c.restricted,
            )
        })
        .collect();
    assert_eq!(
        content_types,
        [
            ("application/json", vec!["TC3-HMAC-SHA256"], true, false),
            (
                "application/x-www-form-urlencoded",
                vec!["HmacSHA1", "HmacSHA256"],
                false,
                false
            ),
            ("multipart/form-data", vec!["TC3-HMAC-SHA256"], false, true),
        ]
    );
    assert_eq!(service.size_limits.get_bytes, 32 * 1024);
    assert_eq!(service.size_limits.post_v1_bytes, 1024 * 1024);
    assert_eq!(service.size_limits.post_tc3_bytes, 10 * 1024 * 1024);
    assert_eq!(service.character_encoding, "UTF-8");
    let params = |list: &[ecm_spec::CommonParam]| -> Vec<(String, String, bool)> {
        list.iter()
            .map(|p| (p.name.clone(), p.ty.to_string(), p.required))
            .collect()
    };
    let expect = |rows: &[(&str, &str, bool)]| -> Vec<(String, String, bool)> {
        rows.iter()
            .map(|(n, t, r)| (n.to_string(), t.to_string(), *r))
            .collect()
    };
    assert_eq!(
        params(&service.common_params_v3),
        expect(&[
            ("X-TC-Action", "String", true),
            ("X-TC-Region", "String", true),
            ("X-TC-Timestamp", "Integer", true),
            ("X-TC-Version", "String", true),
            ("Authorization", "String", true),
            ("X-TC-Token", "String", false),
        ])
    );
    assert_eq!(
        params(&service.common_params_v1),
        expect(&[
            ("Action", "String", true),
            ("Region", "String", true),
            ("Timestamp", "Integer", true),
            ("Nonce", "Integer", true),
            ("SecretId", "String", true),
            ("Signature", "String", true),
            ("Version", "String", true),
            ("SignatureMethod", "String", false),
            ("Token", "String", false),
        ])
    );
}

#[test]
fn releases_match_the_history_chapter() {
    let releases = &spec().releases;
    let dates: Vec<(u32, &str)> = releases
        .iter()
        .map(|r| (r.number, r.time.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            (4, "2023-02-06 10:39:47"),
            (3, "2022-06-20 14:29:01"),
            (2, "2022-06-01 18:38:21"),
            (1, "2022-03-10 11:19:26")
        ]
    );
    let changes: Vec<String> =
        releases
            .iter()
            .flat_map(|r| {
                r.modified_actions
                    .iter()
                    .map(move |a| format!("{} {}: {}", r.number, a.name, a.new_inputs.join(",")))
                    .chain(r.modified_data_types.iter().map(move |t| {
                        format!("{} {}: {}", r.number, t.name, t.new_members.join(","))
                    }))
            })
            .collect();
    assert_eq!(
        changes,
        [
            "4 CreateLoadBalancer: AddressIPVersion,SubnetId",
            "4 DescribePriceRunInstance: InstanceChargeType",
            "4 LoadBalancer: AddressIPv6",
            "3 AssignIpv6Addresses: Ipv6ISP",
            "2 NetworkInterface: Business",
        ]
    );
    // Every release-note addition is present in the tables (spec/docs/NOTES.md, §2).
    for release in releases {
        for modified in &release.modified_actions {
            for input in &modified.new_inputs {
                assert!(
                    action(&modified.name)
                        .inputs
                        .iter()
                        .any(|f| f.name == *input)
                );
            }
        }
        for modified in &release.modified_data_types {
            for member in &modified.new_members {
                assert!(
                    data_type(&modified.name)
                        .members
                        .iter()
                        .any(|m| m.name == *member)
                );
            }
        }
    }
}

#[test]
fn pagination_is_derived_for_the_twelve_offset_limit_actions() {
    let paginated: Vec<&str> = spec()
        .actions
        .iter()
        .filter(|a| a.pagination.is_some())
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(paginated.len(), 12, "{paginated:?}");
    let instances = action("DescribeInstances").pagination.as_ref().unwrap();
    assert_eq!(
        (
            instances.items.as_str(),
            instances.default_limit,
            instances.max_limit
        ),
        ("InstanceSet", Some(20), Some(100))
    );
    // DescribeSubnets documents `Limit` as a String.
    let subnets = action("DescribeSubnets").pagination.as_ref().unwrap();
    assert_eq!(subnets.limit_type.to_string(), "String");
}

#[test]
fn hand_checked_parameter_tables() {
    // Read off the docs: lines 4392-4420, 4703-4707, 8692-8711, 14921-14955.
    let fields = |list: &[Field]| -> Vec<String> {
        list.iter()
            .map(|f| {
                let required = match f.required {
                    Some(true) => " required",
                    _ => "",
                };
                let list = if f.list { " list" } else { "" };
                format!("{}: {}{required}{list}", f.name, f.ty)
            })
            .collect()
    };
    assert_eq!(
        fields(&action("DescribeNode").inputs),
        ["Filters: Array of Filter list"]
    );
    assert_eq!(
        fields(&action("DescribeNode").outputs),
        ["NodeSet: Array of Node", "TotalCount: Integer"]
    );
    assert_eq!(
        fields(&action("ModifyModuleNetwork").inputs),
        [
            "ModuleId: String required",
            "DefaultBandwidth: Integer required",
            "DefaultBandwidthIn: Integer"
        ]
    );
    assert_eq!(
        fields(&action("DescribeInstancesDeniedActions").inputs),
        ["InstanceIdSet: Array of String required list"]
    );
    assert_eq!(
        fields(&action("DescribeInstancesDeniedActions").outputs),
        ["InstanceOperatorSet: Array of InstanceOperator"]
    );
    assert_eq!(
        action("DescribeInstancesDeniedActions").inputs[0].description,
        "None"
    );
    assert_eq!(
        fields(&action("CreateVpc").inputs),
        [
            "VpcName: String required",
            "CidrBlock: String required",
            "EcmRegion: String required",
            "EnableMulticast: String",
            "DnsServers: Array of String list",
            "DomainName: String",
            "Tags: Array of Tag list",
            "Description: String",
        ]
    );
    assert_eq!(
        fields(&data_type("Backend").members)[3..5],
        [
            "PrivateIpAddresses: Array of String",
            "RegisteredTime: Timestamp"
        ]
    );
    assert_eq!(
        fields(&data_type("KeyPair").members)[7],
        "CreatedTime: Timestamp ISO8601"
    );
}
