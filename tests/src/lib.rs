//! Workspace-level end-to-end suites (ecm-sdk against ecm-emulator) live in `tests/`.
