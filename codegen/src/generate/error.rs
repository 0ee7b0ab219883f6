//! Why generation can fail.

use std::fmt;

/// A spec the generator cannot turn into Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GenerateError {
    /// A field's type names a data structure the spec does not define.
    UnknownType {
        /// Where the type is used, e.g. `DescribeNode input Filters`.
        context: String,
        /// The unresolved data-structure name.
        name: String,
    },
    /// Two spec names map to the same Rust name in one scope.
    NameCollision {
        /// The scope, e.g. `data structures` or `members of Instance`.
        scope: String,
        /// The Rust name both map to.
        rust_name: String,
        /// The first spec name.
        first: String,
        /// The second spec name.
        second: String,
    },
    /// A name that yields no valid Rust identifier (empty, starting with a digit, …).
    InvalidName {
        /// Where the name occurs.
        context: String,
        /// The name as written in the spec.
        name: String,
    },
    /// The spec describes something the generator does not support (e.g. a pagination
    /// whose item output is not a list).
    Unsupported {
        /// Where it occurs.
        context: String,
        /// What is wrong.
        problem: String,
    },
    /// The generator produced tokens that do not parse as Rust (a generator bug).
    InvalidOutput {
        /// The file being generated.
        file: String,
        /// The parser's message.
        message: String,
    },
}

impl fmt::Display for GenerateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GenerateError::UnknownType { context, name } => write!(
                f,
                "{context}: type `{name}` is not a data structure of the spec"
            ),
            GenerateError::NameCollision {
                scope,
                rust_name,
                first,
                second,
            } => write!(
                f,
                "{scope}: `{first}` and `{second}` both map to the Rust name `{rust_name}`"
            ),
            GenerateError::InvalidName { context, name } => {
                write!(f, "{context}: `{name}` does not yield a Rust identifier")
            }
            GenerateError::Unsupported { context, problem } => write!(f, "{context}: {problem}"),
            GenerateError::InvalidOutput { file, message } => write!(
                f,
                "generated `{file}` is not valid Rust (generator bug): {message}"
            ),
        }
    }
}

impl std::error::Error for GenerateError {}
