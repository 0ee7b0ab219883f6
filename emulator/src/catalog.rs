//! The spec compiled once at start into the lookup structures the request path needs:
//! actions by name, input schemas with data-structure references resolved to indices, and
//! each action's default answer pre-serialised.

use std::collections::HashMap;
use std::sync::Arc;

use ecm_spec::{Primitive, RegionRequirement, SizeLimits, Spec, TypeRef};

use crate::reply::{PreparedReply, Reply};

/// The compiled spec.
#[derive(Debug)]
pub(crate) struct Catalog {
    /// Service name (`ecm`), the TC3 credential-scope service.
    pub(crate) service: String,
    /// The API version every request must name.
    pub(crate) version: String,
    pub(crate) size_limits: SizeLimits,
    actions: HashMap<Box<str>, ActionEntry>,
    objects: Vec<ObjectSchema>,
}

/// One action, ready to serve.
#[derive(Debug)]
pub(crate) struct ActionEntry {
    pub(crate) name: Arc<str>,
    pub(crate) region_required: bool,
    /// The input parameters as an object schema.
    pub(crate) input: ObjectId,
    /// The first documented example's output, with a slot for the RequestId.
    pub(crate) default_reply: Arc<PreparedReply>,
}

/// Index of an [`ObjectSchema`] in the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ObjectId(usize);

/// The shape of a value.
#[derive(Debug, Clone)]
pub(crate) enum Schema {
    Primitive(Primitive),
    Object(ObjectId),
    Array(Box<Schema>),
}

/// An object: an action's inputs or a data structure's members.
#[derive(Debug)]
pub(crate) struct ObjectSchema {
    /// `DescribeNode input` or the data structure's name, for messages.
    pub(crate) name: String,
    pub(crate) fields: Vec<FieldSchema>,
}

#[derive(Debug)]
pub(crate) struct FieldSchema {
    pub(crate) name: Box<str>,
    pub(crate) schema: Schema,
    pub(crate) required: bool,
}

impl ObjectSchema {
    /// The field named `name`. Objects are small (at most a few dozen fields), so a linear scan
    /// beats hashing.
    pub(crate) fn field(&self, name: &str) -> Option<&FieldSchema> {
        self.fields.iter().find(|field| &*field.name == name)
    }
}

/// Why a spec cannot be served.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CatalogError {
    #[error("the spec has no actions")]
    NoActions,
    #[error("the spec names action `{0}` twice")]
    DuplicateAction(String),
    #[error("{owner}.{field} refers to data structure `{name}`, which the spec does not define")]
    UnknownDataType {
        owner: String,
        field: String,
        name: String,
    },
    #[error("the first example of `{action}` has an output that is not a JSON object")]
    BadExampleOutput { action: String },
}

impl Catalog {
    pub(crate) fn build(spec: &Spec) -> Result<Catalog, CatalogError> {
        if spec.actions.is_empty() {
            return Err(CatalogError::NoActions);
        }
        let mut builder = Builder {
            spec,
            objects: Vec::new(),
            by_type: HashMap::new(),
        };
        let mut actions = HashMap::with_capacity(spec.actions.len());
        for action in &spec.actions {
            let owner = format!("{} input", action.name);
            let fields = action
                .inputs
                .iter()
                .map(|field| builder.field(&owner, field))
                .collect::<Result<Vec<_>, _>>()?;
            let input = builder.push(ObjectSchema {
                name: owner,
                fields,
            });
            let output = match action.examples.first() {
                Some(example) => example.output.clone(),
                None => serde_json::Value::Object(serde_json::Map::new()),
            };
            let default_reply = PreparedReply::new(&Reply::Output(output)).map_err(|_| {
                CatalogError::BadExampleOutput {
                    action: action.name.clone(),
                }
            })?;
            let entry = ActionEntry {
                name: Arc::from(action.name.as_str()),
                region_required: action.region == RegionRequirement::Required,
                input,
                default_reply: Arc::new(default_reply),
            };
            if actions
                .insert(action.name.clone().into_boxed_str(), entry)
                .is_some()
            {
                return Err(CatalogError::DuplicateAction(action.name.clone()));
            }
        }
        Ok(Catalog {
            service: spec.service.name.clone(),
            version: spec.service.version.clone(),
            size_limits: spec.service.size_limits,
            actions,
            objects: builder.objects,
        })
    }

    pub(crate) fn action(&self, name: &str) -> Option<&ActionEntry> {
        self.actions.get(name)
    }

    pub(crate) fn object(&self, id: ObjectId) -> &ObjectSchema {
        &self.objects[id.0]
    }
}

struct Builder<'a> {
    spec: &'a Spec,
    objects: Vec<ObjectSchema>,
    by_type: HashMap<String, ObjectId>,
}

impl Builder<'_> {
    fn push(&mut self, object: ObjectSchema) -> ObjectId {
        self.objects.push(object);
        ObjectId(self.objects.len() - 1)
    }

    fn field(&mut self, owner: &str, field: &ecm_spec::Field) -> Result<FieldSchema, CatalogError> {
        Ok(FieldSchema {
            name: field.name.clone().into_boxed_str(),
            schema: self.schema(owner, &field.name, &field.ty)?,
            required: field.required == Some(true),
        })
    }

    fn schema(&mut self, owner: &str, field: &str, ty: &TypeRef) -> Result<Schema, CatalogError> {
        Ok(match ty {
            TypeRef::Primitive(primitive) => Schema::Primitive(*primitive),
            TypeRef::Array(element) => Schema::Array(Box::new(self.schema(owner, field, element)?)),
            TypeRef::Struct(name) => Schema::Object(self.data_type(owner, field, name)?),
        })
    }

    fn data_type(
        &mut self,
        owner: &str,
        field: &str,
        name: &str,
    ) -> Result<ObjectId, CatalogError> {
        if let Some(id) = self.by_type.get(name) {
            return Ok(*id);
        }
        let data_type = self
            .spec
            .data_type(name)
            .ok_or_else(|| CatalogError::UnknownDataType {
                owner: owner.to_owned(),
                field: field.to_owned(),
                name: name.to_owned(),
            })?;
        // Reserve the slot first so that a structure reaching itself resolves to this id.
        let id = self.push(ObjectSchema {
            name: name.to_owned(),
            fields: Vec::new(),
        });
        self.by_type.insert(name.to_owned(), id);
        let fields = data_type
            .members
            .iter()
            .map(|member| self.field(name, member))
            .collect::<Result<Vec<_>, _>>()?;
        self.objects[id.0].fields = fields;
        Ok(id)
    }
}
