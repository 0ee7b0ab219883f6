//! Error answers produced by the emulator itself (as opposed to registered error replies).

/// An error answer: a documented error code and a message naming what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rejection {
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

impl Rejection {
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> Rejection {
        Rejection {
            code,
            message: message.into(),
        }
    }

    pub(crate) fn missing_parameter(name: &str, action: &str) -> Rejection {
        Rejection::new(
            "MissingParameter",
            format!("The request is missing a required parameter `{name}` (action {action})."),
        )
    }

    pub(crate) fn unknown_parameter(name: &str, action: &str) -> Rejection {
        Rejection::new(
            "UnknownParameter",
            format!("The parameter `{name}` is not recognized by action {action}."),
        )
    }

    pub(crate) fn invalid_parameter(message: String) -> Rejection {
        Rejection::new("InvalidParameter", message)
    }
}
