//! The spec resolved into Rust terms: names checked for collisions, types resolved, recursion
//! found, pagination checked. Rendering works from this model only, so every way a spec can be
//! unusable surfaces here as a [`GenerateError`].

use std::collections::{BTreeMap, BTreeSet};

use ecm_spec::{Action, DataType, Field, Primitive, Spec, TypeRef};

use super::GenerateError;
use super::direction::{self, Direction};
use super::naming::{category_module, is_identifier, snake_case, upper_camel_case};
use super::value_sets::{Owner, ValueSets};

/// Rust names that generated type names must not shadow (prelude, serde, the action contract).
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Action",
    "ActionMeta",
    "Box",
    "Clone",
    "Debug",
    "Default",
    "Deserialize",
    "Err",
    "From",
    "Into",
    "IntoIterator",
    "Iterator",
    "MissingRequiredParameter",
    "None",
    "Ok",
    "Option",
    "Paginated",
    "PartialEq",
    "RegionRequirement",
    "Result",
    "Self",
    "Send",
    "Serialize",
    "ServiceMeta",
    "Some",
    "String",
    "Sync",
    "ToString",
    "Validate",
    "Vec",
];

/// The most members a structure may have (the `RequestId` a response gets included): the
/// runtime's shared `Deserialize` (`crate::lenient::Fields`) takes that many.
const MAX_MEMBERS: usize = 64;

/// Refuses a structure with more than [`MAX_MEMBERS`] members.
fn check_member_count(context: &str, count: usize) -> Result<(), GenerateError> {
    if count > MAX_MEMBERS {
        return Err(GenerateError::Unsupported {
            context: context.to_owned(),
            problem: format!("{count} members; a structure may have at most {MAX_MEMBERS}"),
        });
    }
    Ok(())
}

/// Method names generated on every request and data structure, which setters must not take.
const RESERVED_METHOD_NAMES: &[&str] = &["new"];

/// The Rust type of a field's value (the field itself is always an `Option` of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RustType {
    /// `String`, also for timestamps.
    String,
    /// `i64`.
    Integer,
    /// `f64`.
    Float,
    /// `bool`.
    Boolean,
    /// A generated data structure, by Rust name.
    Struct(String),
    /// A generated value-set enum, by Rust name (see `value_sets`).
    Enum(String),
    /// `Vec<T>`.
    Vec(Box<RustType>),
}

/// A field with its Rust name and type.
#[derive(Debug)]
pub(crate) struct FieldModel<'a> {
    pub(crate) field: &'a Field,
    /// snake_case name (before keyword escaping).
    pub(crate) rust_name: String,
    pub(crate) ty: RustType,
    /// Stored as `Option<Box<T>>` because the structure contains itself through it.
    pub(crate) boxed: bool,
    /// For a `Filters` input with documented filters: the typed filter's Rust name.
    pub(crate) typed_filter: Option<String>,
}

/// A data structure.
#[derive(Debug)]
pub(crate) struct DataTypeModel<'a> {
    pub(crate) data_type: &'a DataType,
    pub(crate) rust_name: String,
    pub(crate) fields: Vec<FieldModel<'a>>,
    /// Whether requests, responses or both reach it: which impls it gets.
    pub(crate) direction: Direction,
}

/// Offset/limit pagination of an action.
#[derive(Debug)]
pub(crate) struct PaginationModel {
    /// Input field (snake name) and whether it is documented as `String`.
    pub(crate) offset: (String, bool),
    pub(crate) limit: (String, bool),
    /// Output field carrying the total; whether it is documented as `String`.
    pub(crate) total_count: (String, bool),
    /// Output field carrying the items, and the item type.
    pub(crate) items: String,
    pub(crate) item_type: RustType,
    pub(crate) max_limit: Option<u32>,
}

/// An action.
#[derive(Debug)]
pub(crate) struct ActionModel<'a> {
    pub(crate) action: &'a Action,
    /// `DescribeNode` (UpperCamelCase of the wire name).
    pub(crate) base_name: String,
    /// `describe_node`.
    pub(crate) method_name: String,
    pub(crate) inputs: Vec<FieldModel<'a>>,
    pub(crate) outputs: Vec<FieldModel<'a>>,
    /// Whether the response gets the common `RequestId` field (unless an output already has it).
    pub(crate) add_request_id: bool,
    pub(crate) read_only: bool,
    pub(crate) pagination: Option<PaginationModel>,
    /// Error codes of the page's table, in order, duplicates removed.
    pub(crate) error_codes: Vec<&'a str>,
}

impl ActionModel<'_> {
    pub(crate) fn request_name(&self) -> String {
        format!("{}Request", self.base_name)
    }

    pub(crate) fn response_name(&self) -> String {
        format!("{}Response", self.base_name)
    }
}

/// The actions of one category, generated into one file.
#[derive(Debug)]
pub(crate) struct CategoryModel {
    /// The category title, e.g. `Route Table APIs`.
    pub(crate) title: String,
    /// The module (and file) name, e.g. `route_table`.
    pub(crate) module: String,
    /// Indexes into [`Model::actions`], in documentation order.
    pub(crate) actions: Vec<usize>,
}

/// The whole spec in Rust terms.
#[derive(Debug)]
pub(crate) struct Model<'a> {
    pub(crate) spec: &'a Spec,
    pub(crate) data_types: Vec<DataTypeModel<'a>>,
    pub(crate) actions: Vec<ActionModel<'a>>,
    pub(crate) categories: Vec<CategoryModel>,
    /// The documented value sets, one enum each.
    pub(crate) value_sets: ValueSets,
}

/// The read-only rule: actions whose first word is `Describe`, `Get` or `Inquire` only read.
pub(crate) fn is_read_only(action_name: &str) -> bool {
    super::naming::words(action_name)
        .first()
        .is_some_and(|first| matches!(first.as_str(), "Describe" | "Get" | "Inquire"))
}

/// Records Rust names of one scope and reports the first collision.
struct Scope<'s> {
    name: String,
    seen: BTreeMap<String, &'s str>,
}

impl<'s> Scope<'s> {
    fn new(name: impl Into<String>) -> Self {
        Scope {
            name: name.into(),
            seen: BTreeMap::new(),
        }
    }

    fn claim(&mut self, rust_name: &str, spec_name: &'s str) -> Result<(), GenerateError> {
        if let Some(first) = self.seen.get(rust_name) {
            return Err(GenerateError::NameCollision {
                scope: self.name.clone(),
                rust_name: rust_name.to_owned(),
                first: (*first).to_owned(),
                second: spec_name.to_owned(),
            });
        }
        self.seen.insert(rust_name.to_owned(), spec_name);
        Ok(())
    }
}

fn checked_name(
    rust_name: String,
    spec_name: &str,
    context: &str,
) -> Result<String, GenerateError> {
    if is_identifier(&rust_name) {
        Ok(rust_name)
    } else {
        Err(GenerateError::InvalidName {
            context: context.to_owned(),
            name: spec_name.to_owned(),
        })
    }
}

impl<'a> Model<'a> {
    pub(crate) fn new(spec: &'a Spec) -> Result<Self, GenerateError> {
        // Data-structure names first: fields refer to them.
        let mut type_names: BTreeMap<&str, String> = BTreeMap::new();
        let mut type_scope = Scope::new("data structures");
        for reserved in RESERVED_TYPE_NAMES {
            type_scope.claim(reserved, "a name the generated code relies on")?;
        }
        for data_type in &spec.data_types {
            let rust_name = checked_name(
                upper_camel_case(&data_type.name),
                &data_type.name,
                "data structure",
            )?;
            type_scope.claim(&rust_name, &data_type.name)?;
            type_names.insert(&data_type.name, rust_name);
        }

        let reserved: BTreeSet<String> = spec
            .data_types
            .iter()
            .map(|d| upper_camel_case(&d.name))
            .chain(spec.actions.iter().flat_map(|a| {
                let base = upper_camel_case(&a.name);
                [
                    format!("{base}Request"),
                    format!("{base}Response"),
                    format!("{base}Filter"),
                ]
            }))
            .chain(RESERVED_TYPE_NAMES.iter().map(|n| (*n).to_owned()))
            .collect();
        let value_sets = super::value_sets::plan(spec, &|name| reserved.contains(name))?;
        for value_set in &value_sets.enums {
            type_scope.claim(&value_set.rust_name, "a value set")?;
        }
        let boxed = recursive_members(spec);
        let directions = direction::of_data_types(spec);
        let mut data_types = Vec::with_capacity(spec.data_types.len());
        for data_type in &spec.data_types {
            let context = format!("data structure {}", data_type.name);
            let owner = Owner::DataType(data_type.name.clone());
            let enum_of = |field: &Field| {
                value_sets
                    .of(&owner, &field.name)
                    .map(|e| e.rust_name.clone())
            };
            let fields = fields(
                &data_type.members,
                &context,
                &type_names,
                |member| boxed.contains(&(data_type.name.as_str(), member.name.as_str())),
                &enum_of,
            )?;
            check_member_count(&context, fields.len())?;
            data_types.push(DataTypeModel {
                data_type,
                rust_name: type_names[data_type.name.as_str()].clone(),
                fields,
                direction: directions[data_type.name.as_str()],
            });
        }

        // Requests and responses share the action files with the imported data structures.
        let mut action_scope = type_scope;
        action_scope.name = "data structures and action types".to_owned();
        let mut method_scope = Scope::new("client methods");
        let mut actions = Vec::with_capacity(spec.actions.len());
        for action in &spec.actions {
            let base_name = checked_name(upper_camel_case(&action.name), &action.name, "action")?;
            let method_name = checked_name(snake_case(&action.name), &action.name, "action")?;
            let owner = Owner::Action(action.name.clone());
            let enum_of = |field: &Field| {
                value_sets
                    .of(&owner, &field.name)
                    .map(|e| e.rust_name.clone())
            };
            let mut inputs = fields(
                &action.inputs,
                &format!("{} input", action.name),
                &type_names,
                |_| false,
                &enum_of,
            )?;
            if let Some(filter_set) = &action.filters {
                let typed = format!("{base_name}Filter");
                for input in &mut inputs {
                    let filters = RustType::Vec(Box::new(RustType::Struct("Filter".into())));
                    if input.field.name == filter_set.parameter && input.ty == filters {
                        action_scope.claim(&typed, &action.name)?;
                        input.typed_filter = Some(typed.clone());
                    }
                }
            }
            let model = ActionModel {
                action,
                inputs,
                outputs: fields(
                    &action.outputs,
                    &format!("{} output", action.name),
                    &type_names,
                    |_| false,
                    &enum_of,
                )?,
                add_request_id: !action.outputs.iter().any(|o| o.name == "RequestId"),
                read_only: is_read_only(&action.name),
                pagination: None,
                error_codes: dedup(action.errors.iter().map(|e| e.code.as_str())),
                base_name,
                method_name,
            };
            check_member_count(&format!("{} input", action.name), model.inputs.len())?;
            check_member_count(
                &format!("{} output", action.name),
                model.outputs.len() + usize::from(model.add_request_id),
            )?;
            action_scope.claim(&model.request_name(), &action.name)?;
            action_scope.claim(&model.response_name(), &action.name)?;
            method_scope.claim(&model.method_name, &action.name)?;
            if model.add_request_id {
                let mut scope = Scope::new(format!("outputs of {}", action.name));
                scope.claim("request_id", "RequestId")?;
                for output in &model.outputs {
                    scope.claim(&output.rust_name, &output.field.name)?;
                }
            }
            let pagination = pagination(&model)?;
            actions.push(ActionModel {
                pagination,
                ..model
            });
        }

        let categories = categories(spec, &actions)?;
        Ok(Model {
            spec,
            data_types,
            actions,
            categories,
            value_sets,
        })
    }
}

fn dedup<'s>(items: impl Iterator<Item = &'s str>) -> Vec<&'s str> {
    let mut seen = BTreeSet::new();
    items.filter(|item| seen.insert(*item)).collect()
}

fn fields<'a>(
    fields: &'a [Field],
    context: &str,
    type_names: &BTreeMap<&str, String>,
    is_boxed: impl Fn(&Field) -> bool,
    enum_of: &dyn Fn(&Field) -> Option<String>,
) -> Result<Vec<FieldModel<'a>>, GenerateError> {
    let mut scope = Scope::new(format!("fields of {context}"));
    for reserved in RESERVED_METHOD_NAMES {
        scope.claim(reserved, "a generated method")?;
    }
    let mut models = Vec::with_capacity(fields.len());
    for field in fields {
        let field_context = format!("{context} {}", field.name);
        let rust_name = checked_name(snake_case(&field.name), &field.name, &field_context)?;
        scope.claim(&rust_name, &field.name)?;
        let mut ty = rust_type(&field.ty, &field_context, type_names)?;
        if let Some(name) = enum_of(field) {
            ty = with_enum(ty, name);
        }
        models.push(FieldModel {
            field,
            rust_name,
            ty,
            boxed: is_boxed(field),
            typed_filter: None,
        });
    }
    Ok(models)
}

fn rust_type(
    ty: &TypeRef,
    context: &str,
    type_names: &BTreeMap<&str, String>,
) -> Result<RustType, GenerateError> {
    Ok(match ty {
        TypeRef::Primitive(Primitive::String)
        | TypeRef::Primitive(Primitive::Timestamp)
        | TypeRef::Primitive(Primitive::TimestampIso8601) => RustType::String,
        TypeRef::Primitive(Primitive::Integer) => RustType::Integer,
        TypeRef::Primitive(Primitive::Float) => RustType::Float,
        TypeRef::Primitive(Primitive::Boolean) => RustType::Boolean,
        TypeRef::Struct(name) => match type_names.get(name.as_str()) {
            Some(rust_name) => RustType::Struct(rust_name.clone()),
            None => {
                return Err(GenerateError::UnknownType {
                    context: context.to_owned(),
                    name: name.clone(),
                });
            }
        },
        TypeRef::Array(inner) => RustType::Vec(Box::new(rust_type(inner, context, type_names)?)),
    })
}

/// The scalar (element) type replaced by the value-set enum `name`.
fn with_enum(ty: RustType, name: String) -> RustType {
    match ty {
        RustType::Vec(inner) => RustType::Vec(Box::new(with_enum(*inner, name))),
        RustType::String | RustType::Integer => RustType::Enum(name),
        other => other,
    }
}

/// Members `(data type, member)` whose (non-list) structure type leads back to the data type
/// itself; they must be boxed for the type to have a finite size.
fn recursive_members(spec: &Spec) -> BTreeSet<(&str, &str)> {
    let direct = |name: &str| -> Vec<&str> {
        spec.data_type(name)
            .map(|data_type| {
                data_type
                    .members
                    .iter()
                    .filter_map(|member| match &member.ty {
                        TypeRef::Struct(target) => Some(target.as_str()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let reaches = |from: &str, to: &str| -> bool {
        let mut stack = vec![from];
        let mut seen = BTreeSet::new();
        while let Some(current) = stack.pop() {
            if current == to {
                return true;
            }
            if seen.insert(current) {
                stack.extend(direct(current));
            }
        }
        false
    };
    let mut boxed = BTreeSet::new();
    for data_type in &spec.data_types {
        for member in &data_type.members {
            if let TypeRef::Struct(target) = &member.ty {
                if reaches(target, &data_type.name) {
                    boxed.insert((data_type.name.as_str(), member.name.as_str()));
                }
            }
        }
    }
    boxed
}

fn pagination(action: &ActionModel<'_>) -> Result<Option<PaginationModel>, GenerateError> {
    let Some(pagination) = &action.action.pagination else {
        return Ok(None);
    };
    let context = format!("{} pagination", action.action.name);
    let unsupported = |problem: String| GenerateError::Unsupported {
        context: context.clone(),
        problem,
    };
    let find = |fields: &[FieldModel<'_>], name: &str, side: &str| {
        fields
            .iter()
            .find(|f| f.field.name == name)
            .map(|f| (f.rust_name.clone(), f.ty.clone()))
            .ok_or_else(|| unsupported(format!("{side} `{name}` does not exist")))
    };
    let counter = |(rust_name, ty): (String, RustType), name: &str| match ty {
        RustType::Integer => Ok((rust_name, false)),
        RustType::String => Ok((rust_name, true)),
        other => Err(unsupported(format!(
            "`{name}` has type {other:?}; a page counter must be Integer or String"
        ))),
    };
    let offset = counter(
        find(&action.inputs, &pagination.offset, "input")?,
        &pagination.offset,
    )?;
    let limit = counter(
        find(&action.inputs, &pagination.limit, "input")?,
        &pagination.limit,
    )?;
    let total_count = counter(
        find(&action.outputs, &pagination.total_count, "output")?,
        &pagination.total_count,
    )?;
    let (items, items_ty) = find(&action.outputs, &pagination.items, "output")?;
    let RustType::Vec(item_type) = items_ty else {
        return Err(unsupported(format!(
            "item output `{}` is not a list",
            pagination.items
        )));
    };
    Ok(Some(PaginationModel {
        offset,
        limit,
        total_count,
        items,
        item_type: *item_type,
        max_limit: pagination.max_limit,
    }))
}

fn categories(
    spec: &Spec,
    actions: &[ActionModel<'_>],
) -> Result<Vec<CategoryModel>, GenerateError> {
    // Documentation order: the category tables first, then any category only an action names.
    let mut titles: Vec<&str> = Vec::new();
    for title in spec
        .categories
        .iter()
        .map(|c| c.name.as_str())
        .chain(actions.iter().map(|a| a.action.category.as_str()))
    {
        if !titles.contains(&title) {
            titles.push(title);
        }
    }
    let mut module_scope = Scope::new("category modules");
    module_scope.claim("mod", "the actions module itself")?;
    let mut categories = Vec::new();
    for title in titles {
        let members: Vec<usize> = actions
            .iter()
            .enumerate()
            .filter(|(_, a)| a.action.category == title)
            .map(|(i, _)| i)
            .collect();
        if members.is_empty() {
            continue;
        }
        let module = checked_name(category_module(title), title, "category")?;
        module_scope.claim(&module, title)?;
        categories.push(CategoryModel {
            title: title.to_owned(),
            module,
            actions: members,
        });
    }
    Ok(categories)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_rule() {
        assert!(is_read_only("DescribeNode"));
        assert!(is_read_only("GetThing"));
        assert!(is_read_only("InquirePriceRunInstances"));
        assert!(!is_read_only("RunInstances"));
        assert!(!is_read_only("Getaway"));
    }
}
