//! Specs the generator cannot turn into Rust fail with a clear error, never a panic; a
//! structure that contains itself is boxed.

use ecm_codegen::generate::{GenerateError, generate};
use ecm_spec::{Field, Spec, TypeRef};

fn mini() -> Spec {
    Spec::from_json(include_str!("../fixtures/mini.json")).expect("fixture parses")
}

fn member(name: &str, ty: &str) -> Field {
    Field {
        name: name.to_owned(),
        ty: TypeRef::parse(ty).unwrap(),
        list: false,
        required: None,
        nullable: false,
        description: format!("{name}."),
        values: Vec::new(),
    }
}

fn data_type<'s>(spec: &'s mut Spec, name: &str) -> &'s mut ecm_spec::DataType {
    spec.data_types.iter_mut().find(|d| d.name == name).unwrap()
}

fn action<'s>(spec: &'s mut Spec, name: &str) -> &'s mut ecm_spec::Action {
    spec.actions.iter_mut().find(|a| a.name == name).unwrap()
}

#[test]
fn a_type_that_resolves_nowhere() {
    let mut spec = mini();
    action(&mut spec, "DescribeNode").inputs[0].ty = TypeRef::parse("Array of Filtre").unwrap();
    let error = generate(&spec).unwrap_err();
    assert_eq!(
        error,
        GenerateError::UnknownType {
            context: "DescribeNode input Filters".into(),
            name: "Filtre".into()
        }
    );
    assert_eq!(
        error.to_string(),
        "DescribeNode input Filters: type `Filtre` is not a data structure of the spec"
    );
}

#[test]
fn two_members_with_one_rust_name() {
    let mut spec = mini();
    data_type(&mut spec, "Subnet")
        .members
        .push(member("VpcId", "String"));
    assert_eq!(
        generate(&spec).unwrap_err().to_string(),
        "fields of data structure Subnet: `VPCId` and `VpcId` both map to the Rust name `vpc_id`"
    );
}

#[test]
fn two_data_structures_with_one_rust_name() {
    let mut spec = mini();
    let mut isp = data_type(&mut spec, "ISP").clone();
    isp.name = "Isp".into();
    spec.data_types.push(isp);
    assert!(matches!(
        generate(&spec).unwrap_err(),
        GenerateError::NameCollision { rust_name, first, second, .. }
            if rust_name == "Isp" && first == "ISP" && second == "Isp"
    ));
}

#[test]
fn a_data_structure_named_like_a_prelude_type() {
    let mut spec = mini();
    let mut option = data_type(&mut spec, "ISP").clone();
    option.name = "Option".into();
    spec.data_types.push(option);
    assert!(matches!(
        generate(&spec).unwrap_err(),
        GenerateError::NameCollision { rust_name, .. } if rust_name == "Option"
    ));
}

#[test]
fn a_data_structure_named_like_a_request() {
    let mut spec = mini();
    let mut clash = data_type(&mut spec, "ISP").clone();
    clash.name = "DescribeNodeRequest".into();
    spec.data_types.push(clash);
    assert!(matches!(
        generate(&spec).unwrap_err(),
        GenerateError::NameCollision { rust_name, .. } if rust_name == "DescribeNodeRequest"
    ));
}

#[test]
fn a_member_named_like_the_constructor() {
    let mut spec = mini();
    data_type(&mut spec, "Subnet")
        .members
        .push(member("New", "Boolean"));
    assert!(matches!(
        generate(&spec).unwrap_err(),
        GenerateError::NameCollision { rust_name, second, .. }
            if rust_name == "new" && second == "New"
    ));
}

#[test]
fn a_name_without_an_identifier() {
    let mut spec = mini();
    data_type(&mut spec, "Subnet")
        .members
        .push(member("1stZone", "String"));
    assert_eq!(
        generate(&spec).unwrap_err(),
        GenerateError::InvalidName {
            context: "data structure Subnet 1stZone".into(),
            name: "1stZone".into()
        }
    );
}

#[test]
fn pagination_over_something_that_is_not_a_list() {
    let mut spec = mini();
    let describe = action(&mut spec, "DescribeInstances");
    describe.pagination.as_mut().unwrap().items = "TotalCount".into();
    assert_eq!(
        generate(&spec).unwrap_err().to_string(),
        "DescribeInstances pagination: item output `TotalCount` is not a list"
    );

    let mut spec = mini();
    let describe = action(&mut spec, "DescribeInstances");
    describe.pagination.as_mut().unwrap().offset = "Start".into();
    assert_eq!(
        generate(&spec).unwrap_err().to_string(),
        "DescribeInstances pagination: input `Start` does not exist"
    );
}

#[test]
fn error_codes_that_collide_or_are_malformed() {
    let mut spec = mini();
    let mut code = spec.error_codes.service[0].clone();
    code.code = "FailedOperation.Invalidstatus".into();
    spec.error_codes.service.push(code.clone());
    code.code = "FailedOperation.InvalidSTATUS".into();
    spec.error_codes.service.push(code.clone());
    assert!(matches!(
        generate(&spec).unwrap_err(),
        GenerateError::NameCollision { rust_name, .. } if rust_name == "InvalidStatus"
    ));

    let mut spec = mini();
    code.code = "Failed Operation".into();
    spec.error_codes.common.push(code.clone());
    assert_eq!(
        generate(&spec).unwrap_err(),
        GenerateError::InvalidName {
            context: "error code".into(),
            name: "Failed Operation".into()
        }
    );
}

#[test]
fn a_structure_containing_itself_is_boxed() {
    let mut spec = mini();
    // `SystemDisk`: requests and responses contain it, so it is also validated.
    data_type(&mut spec, "SystemDisk")
        .members
        .push(member("Parent", "SystemDisk"));
    let files = generate(&spec).unwrap();
    let types = &files
        .iter()
        .find(|f| f.path == "types.rs")
        .unwrap()
        .contents;
    assert!(
        types.contains("pub parent: Option<Box<SystemDisk>>,"),
        "{types}"
    );
    assert!(types.contains("self.parent = Some(Box::new(value));"));
    assert!(types.contains("missing.within(\"Parent\", None)"));
    // Lists need no box.
    assert!(types.contains("pub isp_set: Option<Vec<Isp>>,"));
}

/// The runtime's shared `Deserialize` takes up to 64 members; a response's `RequestId`
/// counts.
#[test]
fn a_structure_with_more_than_64_members() {
    let mut spec = mini();
    let members = &mut data_type(&mut spec, "Subnet").members;
    while members.len() < 64 {
        let name = format!("Extra{}", members.len());
        members.push(member(&name, "String"));
    }
    assert!(generate(&spec).is_ok(), "64 members are fine");
    data_type(&mut spec, "Subnet")
        .members
        .push(member("OneTooMany", "String"));
    assert_eq!(
        generate(&spec).unwrap_err().to_string(),
        "data structure Subnet: 65 members; a structure may have at most 64"
    );

    let mut spec = mini();
    let outputs = &mut action(&mut spec, "DescribeSubnets").outputs;
    while outputs.len() < 64 {
        let name = format!("Extra{}", outputs.len());
        outputs.push(member(&name, "String"));
    }
    assert_eq!(
        generate(&spec).unwrap_err().to_string(),
        "DescribeSubnets output: 65 members; a structure may have at most 64"
    );
}
